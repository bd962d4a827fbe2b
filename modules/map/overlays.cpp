#include "map/overlays.h"

#include "map/basemaprenderer.h"
#include "map/mapstyle.h"
#include "map/mapviewport.h"
#include "map/mercator.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace ioc::map {

QString attributionText()
{
    return QStringLiteral(
        "© WOF, Quattroshapes, GeoNames (CC-BY) · Natural Earth · GSHHG, DCW-GMT (LGPL-3.0)");
}

double niceScaleLengthMeters(double metersPerPixel, double maxPx)
{
    if (!(metersPerPixel > 0) || !(maxPx > 0))
        return 0;
    const double maxM = metersPerPixel * maxPx;
    const double pow10 = std::pow(10.0, std::floor(std::log10(maxM)));
    for (double f : { 5.0, 2.0, 1.0 }) {
        if (f * pow10 <= maxM)
            return f * pow10;
    }
    return pow10;
}

QString formatDistance(double m)
{
    if (m >= 1000)
        return QStringLiteral("%1 km").arg(m / 1000.0, 0, 'g', 3);
    return QStringLiteral("%1 m").arg(m, 0, 'g', 3);
}

QString formatCoordinate(const QGeoCoordinate &c)
{
    if (!c.isValid())
        return {};
    return QStringLiteral("%1° %2, %3° %4")
        .arg(std::abs(c.latitude()), 0, 'f', 5)
        .arg(c.latitude() >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
        .arg(std::abs(c.longitude()), 0, 'f', 5)
        .arg(c.longitude() >= 0 ? QLatin1Char('E') : QLatin1Char('W'));
}

void drawScaleBar(
    QPainter &p, const MapViewport &view, const MapStyle &style, const QPointF &bottomLeft)
{
    const double mpp = view.metersPerPixel();
    const double meters = niceScaleLengthMeters(mpp, 120);
    if (meters <= 0)
        return;
    const double px = meters / mpp;
    const QFont f = mapFont(style, 11);
    const QString label = formatDistance(meters);
    const double tw = QFontMetricsF(f).horizontalAdvance(label);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF bg(bottomLeft.x() - 4, bottomLeft.y() - 22, std::max(px, tw) + 12, 26);
    p.setPen(Qt::NoPen);
    p.setBrush(style.controlBg);
    p.drawRoundedRect(bg, 3, 3);
    QPen pen(style.controlFg, 1.6);
    pen.setCapStyle(Qt::FlatCap);
    p.setPen(pen);
    const double y = bottomLeft.y() - 2;
    p.drawLine(QPointF(bottomLeft.x() + 2, y), QPointF(bottomLeft.x() + 2 + px, y));
    p.drawLine(QPointF(bottomLeft.x() + 2, y), QPointF(bottomLeft.x() + 2, y - 6));
    p.drawLine(QPointF(bottomLeft.x() + 2 + px, y), QPointF(bottomLeft.x() + 2 + px, y - 6));
    p.setFont(f);
    p.drawText(QPointF(bottomLeft.x() + 4, y - 7), label);
    p.restore();
}

void drawNorthArrow(QPainter &p, const QRectF &r, const MapStyle &s)
{
    // The map is never rotated, so north is always up; the arrow is a reading aid.
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(s.controlBg);
    p.drawEllipse(r);
    const QPointF c = r.center();
    const double h = r.height() * 0.36, w = r.width() * 0.16;
    QPainterPath north, south;
    north.moveTo(c + QPointF(0, -h));
    north.lineTo(c + QPointF(w, 0));
    north.lineTo(c + QPointF(-w, 0));
    north.closeSubpath();
    south.moveTo(c + QPointF(0, h));
    south.lineTo(c + QPointF(w, 0));
    south.lineTo(c + QPointF(-w, 0));
    south.closeSubpath();
    p.setBrush(QColor(0xd6, 0x3b, 0x2f));
    p.drawPath(north);
    p.setBrush(s.controlFg);
    p.drawPath(south);
    const QFont f = mapFont(s, r.height() * 0.24, true);
    p.setFont(f);
    p.setPen(s.controlFg);
    p.drawText(QRectF(r.left(), r.top() - 1, r.width(), r.height() * 0.3),
        Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("N"));
    p.restore();
}

QRectF drawAttribution(QPainter &p, const QRectF &w, const MapStyle &s)
{
    const QFont f = mapFont(s, 10);
    const QFontMetricsF fm(f);
    const QString full = attributionText();
    // Narrow docks elide rather than wrap over the map; the full text is in About.
    const QString text = fm.elidedText(full, Qt::ElideMiddle, std::max(40.0, w.width() - 12));
    const QRectF r(w.right() - fm.horizontalAdvance(text) - 8, w.bottom() - fm.height() - 2,
        fm.horizontalAdvance(text) + 8, fm.height() + 2);
    p.save();
    p.fillRect(r, s.controlBg);
    p.setFont(f);
    p.setPen(s.controlFg);
    p.drawText(r, Qt::AlignCenter, text);
    p.restore();
    return r;
}

void drawCoordinateReadout(
    QPainter &p, const QPointF &topLeft, const MapStyle &style, const QGeoCoordinate &c)
{
    const QString text = formatCoordinate(c);
    if (text.isEmpty())
        return;
    const QFont f = mapFont(style, 11);
    const QFontMetricsF fm(f);
    const QRectF r(topLeft, QSizeF(fm.horizontalAdvance(text) + 10, fm.height() + 4));
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(style.controlBg);
    p.drawRoundedRect(r, 3, 3);
    p.setFont(f);
    p.setPen(style.controlFg);
    p.drawText(r, Qt::AlignCenter, text);
    p.restore();
}

void drawMyLocation(QPainter &p, const MapViewport &view, const QGeoPositionInfo &info)
{
    if (!info.isValid() || !info.coordinate().isValid())
        return;
    const QPointF s = view.geoToScreen(info.coordinate());
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor blue(0x1a, 0x73, 0xe8);
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
        const double acc = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
        const double r = acc / view.metersPerPixel();
        if (std::isfinite(r) && r > 8) {
            QColor fill = blue;
            fill.setAlpha(40);
            QColor edge = blue;
            edge.setAlpha(120);
            p.setPen(QPen(edge, 1));
            p.setBrush(fill);
            p.drawEllipse(s, r, r);
        }
    }
    p.setPen(QPen(Qt::white, 2.5));
    p.setBrush(blue);
    p.drawEllipse(s, 7, 7);
    p.restore();
}

} // namespace ioc::map
