#include "map/mapviewport.h"

#include "map/mercator.h"

#include <algorithm>
#include <cmath>

namespace ioc::map {

MapViewport::MapViewport(const QPointF &centerWorld, double zoom, const QSize &size)
    : m_size(size)
{
    setZoom(zoom);
    setCenterWorld(centerWorld);
}

QGeoCoordinate MapViewport::center() const
{
    return mercator::unproject(m_center);
}

double MapViewport::scale() const
{
    return mercator::worldSizePixels(m_zoom);
}

void MapViewport::setCenterWorld(const QPointF &w)
{
    // No wrap-around: the app is about one province, and a clamped world keeps
    // the maths (and the spatial indexes) free of the antimeridian.
    m_center = QPointF(std::clamp(w.x(), 0.0, 1.0), std::clamp(w.y(), 0.0, 1.0));
}

void MapViewport::setCenter(const QGeoCoordinate &c)
{
    setCenterWorld(mercator::project(c));
}

void MapViewport::setZoom(double zoom)
{
    if (!std::isfinite(zoom))
        return;
    m_zoom = std::clamp(zoom, m_minZoom, m_maxZoom);
}

void MapViewport::setZoomLimits(double minZoom, double maxZoom)
{
    m_minZoom = std::clamp(minZoom, double(mercator::kMinZoom), double(mercator::kMaxZoom));
    m_maxZoom = std::clamp(maxZoom, m_minZoom, double(mercator::kMaxZoom));
    setZoom(m_zoom);
}

QPointF MapViewport::worldToScreen(const QPointF &w) const
{
    const double s = scale();
    return QPointF((w.x() - m_center.x()) * s + m_size.width() / 2.0,
                   (w.y() - m_center.y()) * s + m_size.height() / 2.0);
}

QPointF MapViewport::screenToWorld(const QPointF &p) const
{
    const double s = scale();
    return QPointF(m_center.x() + (p.x() - m_size.width() / 2.0) / s,
                   m_center.y() + (p.y() - m_size.height() / 2.0) / s);
}

QPointF MapViewport::geoToScreen(const QGeoCoordinate &c) const
{
    return worldToScreen(mercator::project(c));
}

QGeoCoordinate MapViewport::screenToGeo(const QPointF &p) const
{
    return mercator::unproject(screenToWorld(p));
}

QRectF MapViewport::worldBounds(double marginPx) const
{
    const QPointF tl = screenToWorld(QPointF(-marginPx, -marginPx));
    const QPointF br = screenToWorld(QPointF(m_size.width() + marginPx, m_size.height() + marginPx));
    return QRectF(tl, br);
}

QGeoRectangle MapViewport::geoBounds() const
{
    const QRectF r = worldBounds();
    return QGeoRectangle(mercator::unproject(r.topLeft()), mercator::unproject(r.bottomRight()));
}

void MapViewport::panBy(const QPointF &deltaPx)
{
    setCenterWorld(m_center - deltaPx / scale());
}

void MapViewport::zoomAround(double newZoom, const QPointF &anchor)
{
    const QPointF before = screenToWorld(anchor);
    setZoom(newZoom);
    const QPointF after = screenToWorld(anchor);
    setCenterWorld(m_center + (before - after));
}

void MapViewport::fitBounds(const QGeoRectangle &r, double paddingPx)
{
    if (!r.isValid())
        return;
    const QPointF tl = mercator::project(r.topLeft());
    const QPointF br = mercator::project(r.bottomRight());
    const double w = std::max(1e-12, br.x() - tl.x());
    const double h = std::max(1e-12, br.y() - tl.y());
    const double availW = std::max(1.0, m_size.width() - 2 * paddingPx);
    const double availH = std::max(1.0, m_size.height() - 2 * paddingPx);
    const double scaleFit = std::min(availW / w, availH / h);
    setZoom(std::log2(scaleFit / mercator::kTileSize));
    setCenterWorld((tl + br) / 2.0);
}

double MapViewport::metersPerPixel() const
{
    return mercator::metersPerPixel(center().latitude(), m_zoom);
}

} // namespace ioc::map
