#pragma once

#include <QGeoPositionInfo>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace ioc::map {

class MapViewport;
struct MapStyle;

// The data credit line required by the licences of resources/geo (see its README).
QString attributionText();

// A round length (1, 2 or 5 × 10^n metres) that fits in maxPx at this scale.
double niceScaleLengthMeters(double metersPerPixel, double maxPx);
QString formatDistance(double meters);
// "18.34250° N, 105.90570° E"
QString formatCoordinate(const QGeoCoordinate &c);

// Fixed-position map furniture, drawn on top of the (panning) cached layers.
void drawScaleBar(QPainter &p, const MapViewport &view, const MapStyle &style, const QPointF &bottomLeft);
void drawNorthArrow(QPainter &p, const QRectF &rect, const MapStyle &style);
QRectF drawAttribution(QPainter &p, const QRectF &widgetRect, const MapStyle &style);
void drawCoordinateReadout(QPainter &p, const QPointF &topLeft, const MapStyle &style, const QGeoCoordinate &c);
// Position dot with its horizontal accuracy circle (metres -> pixels at the current zoom).
void drawMyLocation(QPainter &p, const MapViewport &view, const QGeoPositionInfo &info);

} // namespace ioc::map
