#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace ioc::map {

class MapViewport;
class PointLayerData;
struct MapStyle;

// Whether a layer is drawn clustered at this zoom (clustering stops past kMaxClusterZoom).
bool drawsClustered(const PointLayerData &layer, double zoom);

// Draws one point layer: cluster bubbles with counts, or single markers. Many markers
// are stamped from a pre-rendered sprite, and a marker landing on a pixel already
// covered by the same colour is skipped, so a million unclustered points stay bounded
// by the screen size rather than the point count.
void renderPointLayer(QPainter &p, const PointLayerData &layer, const MapViewport &view,
                      const MapStyle &style);

struct PointHit
{
    enum class Kind { None, Point, Cluster };
    Kind kind = Kind::None;
    int pointIndex = -1;   // Kind::Point
    int count = 0;         // Kind::Cluster
    QRectF clusterBounds;  // world, Kind::Cluster
    QPointF world;
    double distancePx = 1e9;
};

// What is under a screen position, using the same clustering as the renderer.
// clusterBounds visits every member, so it is only filled in when asked for (a click),
// not on every hover move.
PointHit hitTestPointLayer(const PointLayerData &layer, const MapViewport &view, const QPointF &screen,
                           bool withClusterBounds = false);

double clusterRadiusPx(int count);

} // namespace ioc::map
