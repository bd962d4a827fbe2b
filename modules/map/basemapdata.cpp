#include "map/basemapdata.h"

#include "map/maplog.h"
#include "map/mercator.h"
#include "map/resourcedir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QPolygonF>
#include <algorithm>

namespace ioc::map {
namespace {

// Label anchor of a polygon feature: the area centroid of its largest ring if that lies
// inside the ring, else the midpoint of the widest horizontal run through the ring's
// middle (good enough for the concave district shapes, and cheap).
QPointF labelAnchor(const GeoFeature &f)
{
    int best = -1;
    double bestArea = 0;
    for (int i = 0; i < f.parts.size(); ++i) {
        double a = 0;
        const auto &r = f.parts.at(i);
        for (int k = 0; k + 1 < r.size(); ++k)
            a += r[k].x() * r[k + 1].y() - r[k + 1].x() * r[k].y();
        if (std::abs(a) > bestArea) {
            bestArea = std::abs(a);
            best = i;
        }
    }
    if (best < 0)
        return f.bounds.center();
    const auto &r = f.parts.at(best);
    double cx = 0, cy = 0, a2 = 0;
    for (int k = 0; k + 1 < r.size(); ++k) {
        const double cr = r[k].x() * r[k + 1].y() - r[k + 1].x() * r[k].y();
        a2 += cr;
        cx += (r[k].x() + r[k + 1].x()) * cr;
        cy += (r[k].y() + r[k + 1].y()) * cr;
    }
    const QPolygonF poly(r);
    if (a2 != 0) {
        const QPointF c(cx / (3 * a2), cy / (3 * a2));
        if (poly.containsPoint(c, Qt::OddEvenFill))
            return c;
    }
    const double y = f.partBounds.at(best).center().y();
    QVector<double> xs;
    for (int k = 0; k + 1 < r.size(); ++k) {
        const QPointF a = r[k], b = r[k + 1];
        if ((a.y() <= y) != (b.y() <= y))
            xs.append(a.x() + (y - a.y()) / (b.y() - a.y()) * (b.x() - a.x()));
    }
    std::sort(xs.begin(), xs.end());
    double bestW = -1;
    QPointF out = f.partBounds.at(best).center();
    for (int k = 0; k + 1 < xs.size(); k += 2) {
        if (xs[k + 1] - xs[k] > bestW) {
            bestW = xs[k + 1] - xs[k];
            out = QPointF((xs[k] + xs[k + 1]) / 2, y);
        }
    }
    return out;
}

QString cleanDistrictName(QString s)
{
    // "Huyện Kỳ Anh (incl. Thị xã Kỳ Anh, split off 2015)": the note is for data users.
    const int paren = s.indexOf(QLatin1String(" ("));
    if (paren > 0)
        s.truncate(paren);
    return s;
}

} // namespace

std::shared_ptr<const BasemapData> BasemapData::load(const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    auto d = std::make_shared<BasemapData>();
    d->geoDir = dir;
    const QDir geo(dir);
    auto read = [&](const char *file) { return readGeoJsonFile(geo.filePath(QLatin1String(file))); };
    d->land = read("land_gshhg_f.geojson");
    d->coastline = read("coastline_gshhg_f.geojson");
    d->rivers = read("rivers_gshhg_wdb2.geojson");
    d->province = read("hatinh_province.geojson");
    d->districts = read("hatinh_districts.geojson");
    d->settlements = read("hatinh_settlements.geojson");
    d->neighbourProvinces = read("context_admin1_ne.geojson");
    d->places = read("places_ne10m.geojson");
    d->national = read("vietnam_national.geojson");
    d->nationalNeighbours = read("vietnam_neighbours.geojson");

    // README: the *_gshhg and *_ne files are clipped to lon 104.9–106.8, lat 17.7–19.0.
    d->contextWorldRect = QRectF(mercator::project(104.9, 19.0), mercator::project(106.8, 17.7));
    for (const GeoFeature &f : std::as_const(d->province.features))
        d->provinceWorldRect = d->provinceWorldRect.isNull() ? f.bounds : d->provinceWorldRect.united(f.bounds);

    for (const GeoFeature &f : std::as_const(d->districts.features)) {
        QString name = cleanDistrictName(f.text("name_vi"));
        if (name.isEmpty())
            name = f.text("name");
        d->districtLabels.append({labelAnchor(f), name, 0});
    }
    for (const GeoFeature &f : std::as_const(d->neighbourProvinces.features)) {
        if (f.text("name") == QLatin1String("Ha Tinh"))
            continue; // the province itself is labelled by its districts
        QString name = f.text("name");
        if (f.text("iso_a2") == QLatin1String("LA"))
            name += QStringLiteral(" (Lào)");
        d->neighbourLabels.append({labelAnchor(f), name, 1});
    }
    for (const GeoFeature &f : std::as_const(d->settlements.features)) {
        const QString code = f.text("feature_code");
        // PPLA2 = seat of a district: label those before ordinary hamlets.
        const int rank = code == QLatin1String("PPLA2") ? 2 : 3;
        const QString name = f.text("name_vi").isEmpty() ? f.text("name") : f.text("name_vi");
        if (!f.parts.isEmpty() && !f.parts.first().isEmpty())
            d->settlementLabels.append({f.parts.first().first(), name, rank});
    }
    std::stable_sort(d->settlementLabels.begin(), d->settlementLabels.end(),
                     [](const Label &a, const Label &b) { return a.rank < b.rank; });

    const QStringList problems = d->problems();
    for (const QString &p : problems)
        qCWarning(lcMap).noquote() << p;
    qCInfo(lcMap) << "basemap loaded from" << dir << "in" << timer.elapsed() << "ms,"
                  << problems.size() << "problem(s)";
    return d;
}

std::shared_ptr<const BasemapData> BasemapData::shared()
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const BasemapData>> cache;
    const QString dir = geoDataDirectory();
    QMutexLocker lock(&mutex);
    auto it = cache.find(dir);
    if (it == cache.end())
        it = cache.insert(dir, load(dir));
    return *it;
}

QGeoRectangle BasemapData::provinceBounds() const
{
    if (provinceWorldRect.isNull()) // fall back to the bbox documented in the geo README
        return QGeoRectangle(QGeoCoordinate(18.7611, 105.1035), QGeoCoordinate(17.9117, 106.4964));
    return QGeoRectangle(mercator::unproject(provinceWorldRect.topLeft()),
                         mercator::unproject(provinceWorldRect.bottomRight()));
}

QStringList BasemapData::problems() const
{
    QStringList out;
    for (const GeoLayer *l : {&land, &coastline, &rivers, &province, &districts, &settlements,
                              &neighbourProvinces, &places, &national, &nationalNeighbours}) {
        if (!l->error.isEmpty())
            out << l->error;
        out << l->warnings;
    }
    return out;
}

} // namespace ioc::map
