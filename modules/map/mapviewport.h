#pragma once

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QPointF>
#include <QRectF>
#include <QSize>

namespace ioc::map {

// What part of the world a map shows: a centre in normalised world coordinates
// (see mercator.h), a fractional zoom and a size in logical pixels. A value type so a
// render job on another thread can take its own copy.
class MapViewport
{
public:
    MapViewport() = default;
    MapViewport(const QPointF &centerWorld, double zoom, const QSize &size);

    QPointF centerWorld() const { return m_center; }
    QGeoCoordinate center() const;
    double zoom() const { return m_zoom; }
    QSize size() const { return m_size; }
    // Pixels per unit of normalised world at this zoom.
    double scale() const;

    void setCenterWorld(const QPointF &w);
    void setCenter(const QGeoCoordinate &c);
    void setZoom(double zoom);
    void setSize(const QSize &size) { m_size = size; }
    void setZoomLimits(double minZoom, double maxZoom);
    double minZoom() const { return m_minZoom; }
    double maxZoom() const { return m_maxZoom; }

    QPointF worldToScreen(const QPointF &w) const;
    QPointF screenToWorld(const QPointF &p) const;
    QPointF geoToScreen(const QGeoCoordinate &c) const;
    QGeoCoordinate screenToGeo(const QPointF &p) const;
    // The visible area in world coordinates, optionally grown by a margin in pixels.
    QRectF worldBounds(double marginPx = 0) const;
    QGeoRectangle geoBounds() const;

    // Moves the map content by a screen delta (drag right = content moves right).
    void panBy(const QPointF &deltaPx);
    // Changes zoom keeping the world point under `anchor` (screen) fixed: wheel toward cursor.
    void zoomAround(double newZoom, const QPointF &anchor);
    // Centres and zooms so the rectangle fits with `paddingPx` on each side.
    void fitBounds(const QGeoRectangle &r, double paddingPx = 24);
    double metersPerPixel() const;

private:
    QPointF m_center{0.5, 0.5};
    double m_zoom = 0;
    QSize m_size{256, 256};
    double m_minZoom = 0;
    double m_maxZoom = 19;
};

} // namespace ioc::map
