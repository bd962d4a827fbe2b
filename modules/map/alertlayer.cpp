#include "map/alertlayer.h"

#include "map/mapstyle.h"
#include "map/mapviewport.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace ioc::map {

QColor severityColour(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::Critical: return QColor(0xd7, 0x26, 0x1e);
    case AlertSeverity::Major: return QColor(0xf0, 0x7d, 0x1a);
    case AlertSeverity::Minor: return QColor(0xe6, 0xc2, 0x1f);
    case AlertSeverity::Info: break;
    }
    return QColor(0x2b, 0x8c, 0xd6);
}

double alertReachPx(AlertSeverity s)
{
    return 12 + 6 * int(s) + 2;
}

void drawAlertMarkers(QPainter &p, const QVector<AlertMarker> &alerts, const MapViewport &view,
                      const MapStyle &style, double seconds)
{
    if (alerts.isEmpty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF screen(QPointF(-40, -40), QSizeF(view.size()) + QSizeF(80, 80));
    const QColor outline = style.kind == MapStyle::Kind::Light ? Qt::white : QColor(10, 14, 20);
    for (const AlertMarker &a : alerts) {
        if (!a.position.isValid())
            continue;
        const QPointF s = view.geoToScreen(a.position);
        if (!screen.contains(s))
            continue;
        const QColor c = severityColour(a.severity);
        const int sev = int(a.severity);
        const double period = 1.6 - 0.3 * sev; // critical pulses fastest
        const double phase = std::fmod(seconds, period) / period;
        const double maxR = 12 + 6 * sev;
        QColor ring = c;
        ring.setAlphaF(float(0.6 * (1.0 - phase)));
        p.setPen(QPen(ring, 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(s, 6 + phase * (maxR - 6), 6 + phase * (maxR - 6));
        // Core: a triangle (warning sign shape) so it reads as an alert, not a data point.
        QPainterPath tri;
        const double r = 7 + sev;
        tri.moveTo(s + QPointF(0, -r));
        tri.lineTo(s + QPointF(r * 0.9, r * 0.6));
        tri.lineTo(s + QPointF(-r * 0.9, r * 0.6));
        tri.closeSubpath();
        p.setPen(QPen(outline, 1.5));
        p.setBrush(c);
        p.drawPath(tri);
        p.setPen(QPen(outline, 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(s + QPointF(0, -r * 0.45), s + QPointF(0, r * 0.1));
        p.drawPoint(s + QPointF(0, r * 0.35));
    }
    p.restore();
}

int hitTestAlerts(const QVector<AlertMarker> &alerts, const MapViewport &view, const QPointF &screen)
{
    int best = -1;
    double bestD = 1e9;
    for (int i = 0; i < alerts.size(); ++i) {
        if (!alerts.at(i).position.isValid())
            continue;
        const QPointF s = view.geoToScreen(alerts.at(i).position);
        const double d = std::hypot(s.x() - screen.x(), s.y() - screen.y());
        if (d <= 10 + int(alerts.at(i).severity) && d < bestD) {
            bestD = d;
            best = i;
        }
    }
    return best;
}

} // namespace ioc::map
