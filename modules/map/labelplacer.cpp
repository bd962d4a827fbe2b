#include "map/labelplacer.h"

#include <cmath>

namespace ioc::map {

LabelPlacer::LabelPlacer(double cellSize) : m_cell(cellSize) {}

template<typename F> void LabelPlacer::forCells(const QRectF &r, F &&f) const
{
    const int x0 = int(std::floor(r.left() / m_cell)), x1 = int(std::floor(r.right() / m_cell));
    const int y0 = int(std::floor(r.top() / m_cell)), y1 = int(std::floor(r.bottom() / m_cell));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            f((quint64(quint32(y)) << 32) | quint32(x));
}

bool LabelPlacer::isFree(const QRectF &r) const
{
    bool free = true;
    forCells(r, [&](quint64 key) {
        if (!free)
            return;
        const auto it = m_grid.constFind(key);
        if (it == m_grid.cend())
            return;
        for (int i : *it) {
            if (m_rects.at(i).intersects(r)) {
                free = false;
                return;
            }
        }
    });
    return free;
}

void LabelPlacer::reserve(const QRectF &r)
{
    const int idx = m_rects.size();
    m_rects.append(r);
    forCells(r, [&](quint64 key) { m_grid[key].append(idx); });
}

bool LabelPlacer::tryPlace(const QRectF &r)
{
    if (!isFree(r))
        return false;
    reserve(r);
    return true;
}

} // namespace ioc::map
