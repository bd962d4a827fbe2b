#pragma once

#include <QColor>
#include <QGeoCoordinate>
#include <QString>
#include <QVector>

class QPainter;

namespace ioc::map {

class MapViewport;
struct MapStyle;

enum class AlertSeverity { Info = 0, Minor = 1, Major = 2, Critical = 3 };

// A marker the alert engine places on the map; it pulses, faster and larger with severity.
struct AlertMarker
{
    QString id;
    QGeoCoordinate position;
    AlertSeverity severity = AlertSeverity::Info;
    QString text; // tooltip
};

QColor severityColour(AlertSeverity s);

// Draws the markers with a pulse ring at animation time `seconds` (any monotonic clock).
// Alerts are few (tens) and change often, so they are drawn every frame instead of
// into the cached layer images.
void drawAlertMarkers(QPainter &p, const QVector<AlertMarker> &alerts, const MapViewport &view,
                      const MapStyle &style, double seconds);

// Index of the alert under a screen position, or -1.
int hitTestAlerts(const QVector<AlertMarker> &alerts, const MapViewport &view, const QPointF &screen);

// Screen area a marker's pulse can cover (to repaint only that).
double alertReachPx(AlertSeverity s);

} // namespace ioc::map
