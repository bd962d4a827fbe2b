#include "ui/severityicon.h"

#include "alerts/alertlistmodel.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

namespace ioc::ui {

namespace {

QPixmap draw(alerts::Severity severity, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1, 1, size - 2, size - 2);
    QPainterPath shape;
    QColor fill;
    QString mark = QStringLiteral("!");
    switch (severity) {
    case alerts::Severity::Critical: {
        // A diamond: at 16 px an octagon reads as a circle (info's shape).
        fill = QColor(QStringLiteral("#c92a2a"));
        QPolygonF diamond;
        diamond << QPointF(box.center().x(), box.top()) << QPointF(box.right(), box.center().y())
                << QPointF(box.center().x(), box.bottom()) << QPointF(box.left(), box.center().y());
        shape.addPolygon(diamond);
        break;
    }
    case alerts::Severity::Warning: {
        fill = QColor(QStringLiteral("#e8890c"));
        QPolygonF triangle;
        triangle << QPointF(box.center().x(), box.top()) << box.bottomRight() << box.bottomLeft();
        shape.addPolygon(triangle);
        break;
    }
    case alerts::Severity::Info:
        fill = QColor(QStringLiteral("#1c7ed6"));
        shape.addEllipse(box);
        mark = QStringLiteral("i");
        break;
    }
    shape.closeSubpath();
    p.setPen(QPen(fill.darker(140), 1));
    p.setBrush(fill);
    p.drawPath(shape);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.6));
    p.setFont(font);
    p.setPen(Qt::white);
    QRectF text = box;
    if (severity == alerts::Severity::Warning)
        text.setTop(box.top() + size * 0.2);
    p.drawText(text, Qt::AlignCenter, mark);
    return pixmap;
}

} // namespace

QIcon severityIcon(alerts::Severity severity)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 })
        icon.addPixmap(draw(severity, size));
    return icon;
}

QString severityGlyph(alerts::Severity severity)
{
    switch (severity) {
    case alerts::Severity::Critical:
        return QStringLiteral("◆");
    case alerts::Severity::Warning:
        return QStringLiteral("▲");
    case alerts::Severity::Info:
        return QStringLiteral("●");
    }
    return {};
}

QString severityText(alerts::Severity severity)
{
    return severityGlyph(severity) + QLatin1Char(' ') + alerts::severityLabel(severity);
}

} // namespace ioc::ui
