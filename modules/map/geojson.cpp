#include "map/geojson.h"

#include "map/mercator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace ioc::map {
namespace {

struct Parser
{
    GeoLayer &layer;
    int featureIndex = 0;

    void warn(const QString &what)
    {
        // Cap the list: a file with 10,000 broken rings should not flood the log.
        if (layer.warnings.size() < 50)
            layer.warnings << QStringLiteral("%1: feature %2: %3").arg(layer.name).arg(featureIndex).arg(what);
    }

    bool position(const QJsonValue &v, QPointF &out)
    {
        const QJsonArray a = v.toArray();
        if (a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
            return false;
        const double lon = a.at(0).toDouble();
        const double lat = a.at(1).toDouble();
        if (!std::isfinite(lon) || !std::isfinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90)
            return false;
        out = mercator::project(lon, lat);
        return true;
    }

    bool positions(const QJsonValue &v, QVector<QPointF> &out)
    {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (const QJsonValue &p : a) {
            QPointF w;
            if (!position(p, w))
                return false;
            out.append(w);
        }
        return true;
    }

    // A linear ring needs >= 4 positions and must be closed (RFC 7946 §3.1.6).
    // An unclosed ring is closed with a warning; anything shorter is dropped.
    bool ring(const QJsonValue &v, QVector<QPointF> &out, bool outer)
    {
        if (!positions(v, out)) {
            warn(QStringLiteral("%1 ring has an invalid coordinate, skipped").arg(outer ? "outer" : "inner"));
            return false;
        }
        if (out.size() >= 3 && out.first() != out.last()) {
            warn(QStringLiteral("ring is not closed, closing it"));
            out.append(out.first());
        }
        if (out.size() < 4) {
            warn(QStringLiteral("ring has %1 positions (needs 4), skipped").arg(out.size()));
            return false;
        }
        return true;
    }

    void polygon(const QJsonValue &v, GeoFeature &f)
    {
        const QJsonArray rings = v.toArray();
        for (int i = 0; i < rings.size(); ++i) {
            QVector<QPointF> r;
            if (ring(rings.at(i), r, i == 0)) {
                f.parts.append(r);
                f.isHole.append(i > 0);
            } else if (i == 0) {
                return; // without its outer ring the holes mean nothing
            }
        }
    }

    bool geometry(const QJsonObject &g, GeoFeature &f)
    {
        const QString type = g.value(QLatin1String("type")).toString();
        const QJsonValue c = g.value(QLatin1String("coordinates"));
        if (type == QLatin1String("Point")) {
            f.kind = GeoFeature::Kind::Point;
            QPointF w;
            if (!position(c, w)) {
                warn(QStringLiteral("invalid Point coordinate, skipped"));
                return false;
            }
            f.parts = {{w}};
        } else if (type == QLatin1String("MultiPoint")) {
            f.kind = GeoFeature::Kind::Point;
            QVector<QPointF> pts;
            if (!positions(c, pts) || pts.isEmpty()) {
                warn(QStringLiteral("invalid or empty MultiPoint, skipped"));
                return false;
            }
            f.parts = {pts};
        } else if (type == QLatin1String("LineString") || type == QLatin1String("MultiLineString")) {
            f.kind = GeoFeature::Kind::Line;
            const QJsonArray lines = type == QLatin1String("LineString") ? QJsonArray{c} : c.toArray();
            for (const QJsonValue &l : lines) {
                QVector<QPointF> pts;
                if (positions(l, pts) && pts.size() >= 2)
                    f.parts.append(pts);
                else
                    warn(QStringLiteral("invalid line part, skipped"));
            }
        } else if (type == QLatin1String("Polygon")) {
            f.kind = GeoFeature::Kind::Polygon;
            polygon(c, f);
        } else if (type == QLatin1String("MultiPolygon")) {
            f.kind = GeoFeature::Kind::Polygon;
            for (const QJsonValue &p : c.toArray())
                polygon(p, f);
        } else {
            warn(QStringLiteral("unsupported geometry type '%1', skipped").arg(type));
            return false;
        }
        if (f.parts.isEmpty()) {
            warn(QStringLiteral("%1 has no usable coordinates, skipped").arg(type));
            return false;
        }
        for (const auto &part : f.parts) {
            double x0 = 2, y0 = 2, x1 = -1, y1 = -1;
            for (const QPointF &p : part) {
                x0 = std::min(x0, p.x());
                y0 = std::min(y0, p.y());
                x1 = std::max(x1, p.x());
                y1 = std::max(y1, p.y());
            }
            const QRectF r(QPointF(x0, y0), QPointF(x1, y1));
            f.partBounds.append(r);
            f.bounds = f.bounds.isNull() ? r : f.bounds.united(r);
        }
        return true;
    }
};

} // namespace

GeoLayer parseGeoJson(const QByteArray &json, const QString &name)
{
    GeoLayer layer;
    layer.name = name;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        layer.error = QStringLiteral("%1: not valid JSON at offset %2: %3")
                          .arg(name).arg(pe.offset).arg(pe.errorString());
        return layer;
    }
    const QJsonObject root = doc.object();
    const QString type = root.value(QLatin1String("type")).toString();
    QJsonArray features;
    if (type == QLatin1String("FeatureCollection"))
        features = root.value(QLatin1String("features")).toArray();
    else if (type == QLatin1String("Feature"))
        features.append(root);
    else {
        layer.error = QStringLiteral("%1: not a GeoJSON Feature or FeatureCollection").arg(name);
        return layer;
    }
    Parser p{layer};
    layer.features.reserve(features.size());
    for (const QJsonValue &fv : features) {
        const QJsonObject fo = fv.toObject();
        GeoFeature f;
        f.properties = fo.value(QLatin1String("properties")).toObject().toVariantMap();
        if (fo.value(QLatin1String("geometry")).isObject() && p.geometry(fo.value(QLatin1String("geometry")).toObject(), f))
            layer.features.append(std::move(f));
        else if (!fo.value(QLatin1String("geometry")).isObject())
            p.warn(QStringLiteral("no geometry, skipped"));
        ++p.featureIndex;
    }
    return layer;
}

GeoLayer readGeoJsonFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        GeoLayer layer;
        layer.name = name;
        layer.error = QStringLiteral("%1: cannot open %2: %3").arg(name, path, file.errorString());
        return layer;
    }
    return parseGeoJson(file.readAll(), name);
}

} // namespace ioc::map
