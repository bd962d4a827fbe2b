#include "map/choropleth.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace ioc::map {

QRectF drawChoroplethLegend(QPainter &p, const Choropleth &c, const QPointF &bottomLeft,
    const QColor &background, const QColor &foreground, const QString &fontFamily)
{
    if (c.legend.isEmpty())
        return {};
    QFont f(fontFamily);
    f.setPixelSize(11);
    QFont bold = f;
    bold.setBold(true);
    const QFontMetricsF fm(f), bm(bold);
    const double row = fm.height() + 3, swatch = 14;
    double w = bm.horizontalAdvance(c.legendTitle);
    for (const auto &e : c.legend)
        w = std::max(w, swatch + 6 + fm.horizontalAdvance(e.first));
    const double h = (c.legendTitle.isEmpty() ? 0 : bm.height() + 4) + row * c.legend.size();
    const QRectF box(bottomLeft.x(), bottomLeft.y() - h - 12, w + 16, h + 12);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(background);
    p.drawRoundedRect(box, 4, 4);
    double y = box.top() + 6;
    p.setPen(foreground);
    if (!c.legendTitle.isEmpty()) {
        p.setFont(bold);
        p.drawText(QPointF(box.left() + 8, y + bm.ascent()), c.legendTitle);
        y += bm.height() + 4;
    }
    p.setFont(f);
    for (const auto &e : c.legend) {
        p.setPen(QPen(foreground, 0.6));
        p.setBrush(e.second);
        p.drawRect(QRectF(box.left() + 8, y + (row - swatch) / 2, swatch, swatch - 2));
        p.setPen(foreground);
        p.drawText(QPointF(box.left() + 8 + swatch + 6, y + fm.ascent() + 1), e.first);
        y += row;
    }
    p.restore();
    return box;
}

} // namespace ioc::map
