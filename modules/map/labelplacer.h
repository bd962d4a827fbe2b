#pragma once

#include <QHash>
#include <QRectF>
#include <QVector>

namespace ioc::map {

// Greedy label placement: callers offer labels in priority order and a label is kept
// only if its rectangle touches no rectangle already taken. Taken rectangles are
// bucketed in a coarse screen grid so each test only looks at its neighbours.
class LabelPlacer
{
public:
    explicit LabelPlacer(double cellSize = 64.0);

    bool isFree(const QRectF &r) const;
    // Takes the rectangle if free; returns whether it did.
    bool tryPlace(const QRectF &r);
    // Marks a rectangle as taken regardless (map controls, the inset, ...).
    void reserve(const QRectF &r);
    int placedCount() const { return m_rects.size(); }

private:
    template<typename F> void forCells(const QRectF &r, F &&f) const;
    double m_cell;
    QVector<QRectF> m_rects;
    QHash<quint64, QVector<int>> m_grid;
};

} // namespace ioc::map
