#pragma once

#include <QColor>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;


namespace ioc::map {

// A value per administrative unit shown as fills of the district polygons, with a legend.
// The module decides the classes and colours (it knows its indicator); the map draws.
struct Choropleth
{
    QString keyProperty = QStringLiteral("gso_code"); // district property the keys refer to
    QHash<QString, QColor> colours;                    // key -> fill (alpha respected)
    QString legendTitle;
    QVector<QPair<QString, QColor>> legend;            // class label -> colour, top to bottom
    bool isEmpty() const { return colours.isEmpty(); }
};

// The legend box, anchored at its bottom-left corner; returns the rectangle it used.
QRectF drawChoroplethLegend(QPainter &p, const Choropleth &c, const QPointF &bottomLeft,
                            const QColor &background, const QColor &foreground, const QString &fontFamily);

} // namespace ioc::map
