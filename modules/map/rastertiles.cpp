#include "map/rastertiles.h"

#include "map/mapviewport.h"

#include <QPainter>
#include <cmath>

namespace ioc::map {
namespace {
struct TileRange
{
    int x0 = 0, x1 = -1, y0 = 0, y1 = -1;
    qint64 count() const { return x1 < x0 || y1 < y0 ? 0 : qint64(x1 - x0 + 1) * (y1 - y0 + 1); }
};

TileRange rangeFor(const QRectF &world, int z)
{
    const int n = 1 << z;
    TileRange r;
    r.x0 = std::clamp(int(std::floor(world.left() * n)), 0, n - 1);
    r.x1 = std::clamp(int(std::floor(world.right() * n)), 0, n - 1);
    r.y0 = std::clamp(int(std::floor(world.top() * n)), 0, n - 1);
    r.y1 = std::clamp(int(std::floor(world.bottom() * n)), 0, n - 1);
    return r;
}

QRectF worldRectOf(const QGeoRectangle &area)
{
    return QRectF(mercator::project(area.topLeft()), mercator::project(area.bottomRight()))
        .normalized();
}
} // namespace

int tileZoomFor(const MapViewport &view, int minZoom, int maxZoom, qreal devicePixelRatio)
{
    const double z = view.zoom() + std::log2(std::max<qreal>(1.0, devicePixelRatio));
    return std::clamp(int(std::lround(z)), minZoom, std::max(minZoom, maxZoom));
}

QVector<mercator::TileId> tilesCovering(const MapViewport &view, int z, int limit)
{
    const TileRange r = rangeFor(view.worldBounds(), z);
    QVector<mercator::TileId> ids;
    if (r.count() > limit)
        return ids;
    ids.reserve(int(r.count()));
    // Centre first: a fetcher working through the list fills the middle of the view first.
    const double n = double(1 << z);
    const double cx = view.centerWorld().x() * n - 0.5, cy = view.centerWorld().y() * n - 0.5;
    for (int y = r.y0; y <= r.y1; ++y)
        for (int x = r.x0; x <= r.x1; ++x)
            ids.append({ x, y, z });
    std::stable_sort(ids.begin(), ids.end(), [cx, cy](const auto &a, const auto &b) {
        return std::hypot(a.x - cx, a.y - cy) < std::hypot(b.x - cx, b.y - cy);
    });
    return ids;
}

void drawTiles(QPainter &p, const MapViewport &view, const QHash<mercator::TileId, QImage> &tiles)
{
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (auto it = tiles.cbegin(); it != tiles.cend(); ++it) {
        const QRectF wr = mercator::tileWorldRect(it.key());
        // Snap outward to whole pixels so neighbouring tiles leave no hairline seams.
        const QRectF sr(view.worldToScreen(wr.topLeft()), view.worldToScreen(wr.bottomRight()));
        p.drawImage(QRectF(sr.toAlignedRect()), it.value());
    }
    p.restore();
}

qint64 tileCountInArea(const QGeoRectangle &area, int minZoom, int maxZoom)
{
    if (!area.isValid())
        return 0;
    const QRectF w = worldRectOf(area);
    qint64 n = 0;
    for (int z = std::max(0, minZoom); z <= std::min(maxZoom, mercator::kMaxZoom); ++z)
        n += rangeFor(w, z).count();
    return n;
}

QVector<mercator::TileId> tilesInArea(const QGeoRectangle &area, int minZoom, int maxZoom)
{
    QVector<mercator::TileId> ids;
    if (!area.isValid())
        return ids;
    const QRectF w = worldRectOf(area);
    for (int z = std::max(0, minZoom); z <= std::min(maxZoom, mercator::kMaxZoom); ++z) {
        const TileRange r = rangeFor(w, z);
        for (int y = r.y0; y <= r.y1; ++y)
            for (int x = r.x0; x <= r.x1; ++x)
                ids.append({ x, y, z });
    }
    return ids;
}

} // namespace ioc::map
