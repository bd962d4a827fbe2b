#pragma once

#include <QRectF>

class QPainter;

namespace ioc::map {

class BasemapData;
struct MapStyle;

// The national overview inset locating the province in Viet Nam. Maps published in
// Viet Nam must show Quần đảo Hoàng Sa and Quần đảo Trường Sa as Vietnamese territory:
// the `country` polygon (which includes them) is filled, each island is drawn as a dot
// from `archipelago_markers` (outlines are sub-pixel at this scale), and both
// archipelagos are always labelled from the `label` points, never dropped for collisions.
void drawOverviewInset(QPainter &p, const QRectF &rect, const BasemapData &data, const MapStyle &style);

} // namespace ioc::map
