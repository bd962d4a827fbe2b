#include "map/overviewinset.h"

#include "map/basemapdata.h"
#include "map/basemaprenderer.h"
#include "map/labelplacer.h"
#include "map/mapstyle.h"
#include "map/mapviewport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace ioc::map {
namespace {

QPainterPath featurePath(const GeoFeature &f, const MapViewport &v)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto &part : f.parts) {
        const QPolygonF poly = toScreen(part, v, 0.6);
        if (poly.size() >= 3)
            path.addPolygon(poly);
    }
    return path;
}

} // namespace

void drawOverviewInset(QPainter &p, const QRectF &rect, const BasemapData &d, const MapStyle &s)
{
    p.save();
    p.translate(rect.topLeft());
    const QRectF local(QPointF(0, 0), rect.size());
    p.setClipRect(local);
    p.setRenderHint(QPainter::Antialiasing, true);

    // Viet Nam with both archipelagos: lon 101.8–117.6, lat 7.0–23.6.
    MapViewport v;
    v.setSize(rect.size().toSize());
    v.fitBounds(QGeoRectangle(QGeoCoordinate(23.6, 101.8), QGeoCoordinate(7.0, 117.6)), 2);

    p.fillRect(local, s.sea);
    p.setPen(Qt::NoPen);
    p.setBrush(s.foreignLand);
    for (const GeoFeature &f : d.nationalNeighbours.features)
        p.drawPath(featurePath(f, v));

    const QColor vnFill = s.kind == MapStyle::Kind::Light ? QColor(0xf3, 0xe6, 0xc4) : QColor(0x3a, 0x44, 0x52);
    const QColor vnLine = s.kind == MapStyle::Kind::Light ? QColor(0xa0, 0x80, 0x50) : QColor(0x8a, 0x9a, 0xb0);
    for (const GeoFeature &f : d.national.features) {
        if (f.text("role") != QLatin1String("country"))
            continue;
        p.setPen(QPen(vnLine, 0.6));
        p.setBrush(vnFill);
        p.drawPath(featurePath(f, v));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(vnLine);
    for (const GeoFeature &f : d.national.features) {
        if (f.text("role") != QLatin1String("archipelago_markers"))
            continue;
        for (const QPointF &w : f.parts.first())
            p.drawEllipse(v.worldToScreen(w), 0.9, 0.9);
    }

    // The province: filled in the accent colour plus a box, since it is only a few pixels.
    const QColor accent(0xd6, 0x3b, 0x2f);
    p.setBrush(accent);
    for (const GeoFeature &f : d.province.features)
        p.drawPath(featurePath(f, v));
    if (!d.provinceWorldRect.isNull()) {
        const QRectF pr(v.worldToScreen(d.provinceWorldRect.topLeft()), v.worldToScreen(d.provinceWorldRect.bottomRight()));
        p.setPen(QPen(accent, 1.2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(pr.adjusted(-3, -3, 3, 3));
    }

    LabelPlacer labels;
    const QFont archFont = mapFont(s, 9, true);
    const QFont seaFont = mapFont(s, 9, false, true);
    const QFontMetricsF fm(archFont);
    for (const GeoFeature &f : d.national.features) {
        if (f.text("role") != QLatin1String("label"))
            continue;
        const QString name = f.text("name_vi");
        const QPointF a = v.worldToScreen(f.parts.first().first());
        const double w = fm.horizontalAdvance(name);
        // Centred under the islands, pulled inside the frame if it would be cut.
        double x = std::clamp(a.x() - w / 2, 2.0, local.width() - w - 2);
        double y = a.y() + fm.ascent() + 6;
        if (y > local.height() - 2)
            y = a.y() - 6;
        labels.reserve(QRectF(x, y - fm.ascent(), w, fm.height()));
        drawHaloText(p, QPointF(x, y), name, archFont, s.text, s.halo, 2.5);
    }
    const QFontMetricsF sfm(seaFont);
    for (const GeoFeature &f : d.national.features) {
        if (f.text("role") != QLatin1String("sea_label") || f.text("id") != QLatin1String("bien_dong"))
            continue;
        const QString name = f.text("name_vi");
        const QPointF a = v.worldToScreen(f.parts.first().first());
        const QRectF r(a.x() - sfm.horizontalAdvance(name) / 2, a.y() - sfm.height() / 2,
                       sfm.horizontalAdvance(name), sfm.height());
        if (local.contains(r) && labels.tryPlace(r))
            drawHaloText(p, QPointF(r.left(), r.top() + sfm.ascent()), name, seaFont, s.seaText, s.halo, 2.5);
    }

    p.setClipping(false);
    p.setPen(QPen(s.controlFg, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(local.adjusted(0.5, 0.5, -0.5, -0.5));
    p.restore();
}

} // namespace ioc::map
