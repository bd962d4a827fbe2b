#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QPolygonF>
#include <QString>

class QPainter;

namespace ioc::map {

class BasemapData;
struct Choropleth;
class LabelPlacer;
class MapViewport;
struct MapStyle;

// Draws the offline vector basemap for a viewport. A pure function of its inputs (the
// data is immutable), so it runs on worker threads into a QImage as well as on the UI
// thread; the painter's device decides the device pixel ratio.
// `choropleth` (optional) fills the district polygons under the boundaries and labels.
// `labelPainter` (optional) receives the labels instead of `p`, so they can be laid over
// the feature layers: a cluster bubble must not hide a district's or the city's name.
void renderBasemap(QPainter &p, const BasemapData &data, const MapViewport &view,
    const MapStyle &style, LabelPlacer &labels, const Choropleth *choropleth = nullptr,
    QPainter *labelPainter = nullptr);

// Projects a ring or line to screen, dropping vertices closer than `tolerancePx` to the
// previous kept one (cheap per-zoom simplification; the last vertex is always kept).
QPolygonF toScreen(const QVector<QPointF> &world, const MapViewport &view, double tolerancePx);

// Text with a contrasting outline, legible on any background.
void drawHaloText(QPainter &p, const QPointF &baseline, const QString &text, const QFont &font,
    const QColor &fg, const QColor &halo, double haloWidth = 3.0);

QFont mapFont(const MapStyle &style, double pointSizePx, bool bold = false, bool italic = false);

} // namespace ioc::map
