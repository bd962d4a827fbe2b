#include "map/regionindex.h"

#include "map/maplog.h"
#include "map/mercator.h"

#include <geos_c.h>

#include <QRectF>
#include <cstdarg>
#include <cstdio>

namespace ioc::map {

struct RegionIndex::Region
{
    QString key;
    GEOSGeometry *geom = nullptr;
    const GEOSPreparedGeometry *prepared = nullptr;
    QRectF lonLatBounds;
};

namespace {

GEOSContextHandle_t ctx(void *p)
{
    return static_cast<GEOSContextHandle_t>(p);
}

void geosMessage(const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    qCDebug(lcMap) << "GEOS:" << buf;
}

// Normalised world coordinates back to lon/lat for GEOS (predicates are invariant under
// the monotone Mercator mapping only for axis tests, so work in lon/lat proper).
QVector<QPointF> toLonLat(const QVector<QPointF> &world)
{
    QVector<QPointF> out;
    out.reserve(world.size());
    for (const QPointF &w : world) {
        const QGeoCoordinate c = mercator::unproject(w);
        out.append(QPointF(c.longitude(), c.latitude()));
    }
    return out;
}

GEOSGeometry *makeRing(GEOSContextHandle_t h, const QVector<QPointF> &pts)
{
    if (pts.size() < 4)
        return nullptr;
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(h, unsigned(pts.size()), 2);
    if (!seq)
        return nullptr;
    for (int i = 0; i < pts.size(); ++i) {
        GEOSCoordSeq_setX_r(h, seq, unsigned(i), pts[i].x());
        GEOSCoordSeq_setY_r(h, seq, unsigned(i), pts[i].y());
    }
    return GEOSGeom_createLinearRing_r(h, seq); // takes ownership of seq, null on error
}

} // namespace

RegionIndex::RegionIndex()
{
    GEOSContextHandle_t h = GEOS_init_r();
    GEOSContext_setNoticeHandler_r(h, geosMessage);
    GEOSContext_setErrorHandler_r(h, geosMessage);
    m_ctx = h;
}

RegionIndex::~RegionIndex()
{
    for (Region *r : std::as_const(m_regions)) {
        GEOSPreparedGeom_destroy_r(ctx(m_ctx), r->prepared);
        GEOSGeom_destroy_r(ctx(m_ctx), r->geom);
        delete r;
    }
    GEOS_finish_r(ctx(m_ctx));
}

bool RegionIndex::addGeometry(const QString &key, void *g)
{
    GEOSContextHandle_t h = ctx(m_ctx);
    auto *geom = static_cast<GEOSGeometry *>(g);
    if (GEOSisValid_r(h, geom) != 1) {
        char *reason = GEOSisValidReason_r(h, geom);
        m_warnings << QStringLiteral("region %1: invalid polygon (%2), repaired").arg(key, QString::fromUtf8(reason ? reason : "?"));
        GEOSFree_r(h, reason);
        GEOSGeometry *fixed = GEOSMakeValid_r(h, geom);
        GEOSGeom_destroy_r(h, geom);
        geom = fixed;
        if (!geom) {
            m_warnings << QStringLiteral("region %1: could not be repaired, skipped").arg(key);
            return false;
        }
    }
    auto *r = new Region;
    r->key = key;
    r->geom = geom;
    r->prepared = GEOSPrepare_r(h, geom);
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    GEOSGeom_getXMin_r(h, geom, &x0);
    GEOSGeom_getYMin_r(h, geom, &y0);
    GEOSGeom_getXMax_r(h, geom, &x1);
    GEOSGeom_getYMax_r(h, geom, &y1);
    r->lonLatBounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    QMutexLocker lock(&m_mutex);
    m_regions.append(r);
    return true;
}

bool RegionIndex::addPolygon(const QString &key, const QVector<QVector<QPointF>> &rings)
{
    QVector<bool> holes(rings.size(), true);
    if (!holes.isEmpty())
        holes[0] = false;
    return addRings(key, rings, holes);
}

bool RegionIndex::addRings(const QString &key, const QVector<QVector<QPointF>> &rings, const QVector<bool> &isHole)
{
    GEOSContextHandle_t h = ctx(m_ctx);
    QVector<GEOSGeometry *> polygons;
    GEOSGeometry *shell = nullptr;
    QVector<GEOSGeometry *> holes;
    auto flush = [&]() {
        if (!shell)
            return;
        if (GEOSGeometry *poly = GEOSGeom_createPolygon_r(h, shell, holes.data(), unsigned(holes.size())))
            polygons.append(poly);
        shell = nullptr;
        holes.clear();
    };
    for (int i = 0; i < rings.size(); ++i) {
        const bool hole = i < isHole.size() && isHole.at(i);
        if (hole && !shell)
            continue; // the outer ring was unusable, so are its holes
        GEOSGeometry *lr = makeRing(h, rings.at(i));
        if (!lr) {
            m_warnings << QStringLiteral("region %1: unusable ring %2 skipped").arg(key).arg(i);
            if (!hole)
                flush();
            continue;
        }
        if (hole) {
            holes.append(lr);
        } else {
            flush();
            shell = lr;
        }
    }
    flush();
    if (polygons.isEmpty())
        return false;
    GEOSGeometry *geom = polygons.size() == 1
        ? polygons.first()
        : GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polygons.data(), unsigned(polygons.size()));
    return geom && addGeometry(key, geom);
}

int RegionIndex::addLayer(const GeoLayer &layer, const QString &keyProperty)
{
    int added = 0;
    for (const GeoFeature &f : layer.features) {
        if (f.kind != GeoFeature::Kind::Polygon)
            continue;
        QVector<QVector<QPointF>> rings;
        for (const auto &part : f.parts)
            rings.append(toLonLat(part));
        if (addRings(f.properties.value(keyProperty).toString(), rings, f.isHole))
            ++added;
    }
    return added;
}

QString RegionIndex::regionAt(double lon, double lat) const
{
    QMutexLocker lock(&m_mutex);
    GEOSContextHandle_t h = ctx(m_ctx);
    GEOSGeometry *pt = nullptr;
    for (const Region *r : m_regions) {
        if (lon < r->lonLatBounds.left() || lon > r->lonLatBounds.right()
            || lat < r->lonLatBounds.top() || lat > r->lonLatBounds.bottom())
            continue;
        if (!pt)
            pt = GEOSGeom_createPointFromXY_r(h, lon, lat);
        if (GEOSPreparedIntersects_r(h, r->prepared, pt) == 1) {
            GEOSGeom_destroy_r(h, pt);
            return r->key;
        }
    }
    if (pt)
        GEOSGeom_destroy_r(h, pt);
    return {};
}

QString RegionIndex::regionAt(const QGeoCoordinate &c) const
{
    return c.isValid() ? regionAt(c.longitude(), c.latitude()) : QString();
}

int RegionIndex::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_regions.size());
}

} // namespace ioc::map
