#include "map/pointlayer.h"

#include "map/maplog.h"
#include "map/mercator.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace ioc::map {
namespace {

constexpr int kBits = PointLayerData::kMaxClusterZoom + 2; // grid 2^kBits per world side

quint64 spread(quint32 v)
{
    quint64 x = v;
    x = (x | (x << 16)) & 0x0000FFFF0000FFFFull;
    x = (x | (x << 8)) & 0x00FF00FF00FF00FFull;
    x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0Full;
    x = (x | (x << 2)) & 0x3333333333333333ull;
    x = (x | (x << 1)) & 0x5555555555555555ull;
    return x;
}

quint32 compact(quint64 x)
{
    x &= 0x5555555555555555ull;
    x = (x | (x >> 1)) & 0x3333333333333333ull;
    x = (x | (x >> 2)) & 0x0F0F0F0F0F0F0F0Full;
    x = (x | (x >> 4)) & 0x00FF00FF00FF00FFull;
    x = (x | (x >> 8)) & 0x0000FFFF0000FFFFull;
    x = (x | (x >> 16)) & 0x00000000FFFFFFFFull;
    return quint32(x);
}

quint64 morton(quint32 ix, quint32 iy)
{
    return spread(ix) | (spread(iy) << 1);
}

quint32 cellOf(double w, int bits)
{
    const double n = double(1u << bits);
    return quint32(std::clamp(w * n, 0.0, n - 1));
}

} // namespace

std::shared_ptr<const PointLayerData> PointLayerData::build(const QString &layerId,
                                                            const QVector<MapPoint> &points,
                                                            const PointLayerOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    auto d = std::shared_ptr<PointLayerData>(new PointLayerData);
    d->m_layerId = layerId;
    d->m_options = options;
    const int n = int(points.size());
    d->m_world.reserve(n);
    d->m_ids.reserve(n);
    d->m_style.reserve(n);
    QHash<QString, quint16> styleIndex;
    bool anyTooltip = false;
    int skipped = 0;
    for (const MapPoint &p : points) {
        if (!std::isfinite(p.lon) || !std::isfinite(p.lat) || std::abs(p.lon) > 180 || std::abs(p.lat) > 90) {
            ++skipped; // a bad coordinate from a feed must not poison the whole layer
            continue;
        }
        d->m_world.append(mercator::project(p.lon, p.lat));
        d->m_ids.append(p.id);
        auto it = styleIndex.find(p.styleKey);
        if (it == styleIndex.end()) {
            it = styleIndex.insert(p.styleKey, quint16(d->m_styleColours.size()));
            d->m_styleColours.append(options.styleColours.value(p.styleKey, options.defaultColour));
        }
        d->m_style.append(*it);
        anyTooltip = anyTooltip || !p.tooltip.isEmpty();
    }
    if (anyTooltip) {
        d->m_tooltips.reserve(n);
        for (const MapPoint &p : points)
            if (std::isfinite(p.lon) && std::isfinite(p.lat) && std::abs(p.lon) <= 180 && std::abs(p.lat) <= 90)
                d->m_tooltips.append(p.tooltip);
    }
    if (skipped)
        qCWarning(lcMap) << "layer" << layerId << ": skipped" << skipped << "point(s) with invalid coordinates";

    const int m = int(d->m_world.size());
    d->m_indexById.reserve(m);
    for (int i = 0; i < m; ++i)
        d->m_indexById.insert(d->m_ids.at(i), i);

    std::vector<std::pair<quint64, int>> keyed(static_cast<size_t>(m));
    for (int i = 0; i < m; ++i) {
        const QPointF &w = d->m_world.at(i);
        keyed[size_t(i)] = {morton(cellOf(w.x(), kBits), cellOf(w.y(), kBits)), i};
    }
    std::sort(keyed.begin(), keyed.end());
    d->m_order.resize(m);
    for (int i = 0; i < m; ++i)
        d->m_order[i] = keyed[size_t(i)].second;

    // Finest level from the sorted points, then each coarser level from its child level:
    // merging runs of equal parent key keeps the ranges contiguous (Morton prefix).
    d->m_levels.resize(kMaxClusterZoom + 1);
    {
        QVector<Cluster> &fine = d->m_levels[kMaxClusterZoom];
        for (int i = 0; i < m;) {
            int j = i;
            double sx = 0, sy = 0;
            while (j < m && keyed[size_t(j)].first == keyed[size_t(i)].first) {
                const QPointF &w = d->m_world.at(keyed[size_t(j)].second);
                sx += w.x();
                sy += w.y();
                ++j;
            }
            fine.append({keyed[size_t(i)].first, QPointF(sx / (j - i), sy / (j - i)), i, j - i});
            i = j;
        }
    }
    for (int z = kMaxClusterZoom - 1; z >= 0; --z) {
        const QVector<Cluster> &child = d->m_levels[z + 1];
        QVector<Cluster> &level = d->m_levels[z];
        for (int i = 0; i < child.size();) {
            const quint64 key = child[i].key >> 2;
            Cluster c{key, QPointF(), child[i].first, 0};
            double sx = 0, sy = 0;
            int j = i;
            while (j < child.size() && (child[j].key >> 2) == key) {
                sx += child[j].world.x() * child[j].count;
                sy += child[j].world.y() * child[j].count;
                c.count += child[j].count;
                ++j;
            }
            c.world = QPointF(sx / c.count, sy / c.count);
            level.append(c);
            i = j;
        }
    }
    qCDebug(lcMap) << "layer" << layerId << "indexed" << m << "points in" << timer.elapsed() << "ms";
    return d;
}

std::shared_ptr<const PointLayerData> PointLayerData::withVisible(bool visible) const
{
    auto copy = std::shared_ptr<PointLayerData>(new PointLayerData(*this));
    copy->m_options.visible = visible;
    return copy;
}

QString PointLayerData::tooltip(int i) const
{
    const QString t = i < m_tooltips.size() ? m_tooltips.at(i) : QString();
    return t.isEmpty() ? m_ids.at(i) : t;
}

QColor PointLayerData::colour(int i) const
{
    return m_styleColours.value(m_style.at(i), m_options.defaultColour);
}

const QVector<PointLayerData::Cluster> &PointLayerData::clusters(int zoom) const
{
    return m_levels.at(std::clamp(zoom, 0, kMaxClusterZoom));
}

void PointLayerData::forClustersIn(int zoom, const QRectF &world, const std::function<void(const Cluster &)> &f) const
{
    zoom = std::clamp(zoom, 0, kMaxClusterZoom);
    const QVector<Cluster> &level = m_levels.at(zoom);
    if (level.isEmpty())
        return;
    const int bits = zoom + 2;
    const quint32 x0 = cellOf(world.left(), bits), x1 = cellOf(world.right(), bits);
    const quint32 y0 = cellOf(world.top(), bits), y1 = cellOf(world.bottom(), bits);
    const quint64 cells = quint64(x1 - x0 + 1) * (y1 - y0 + 1);
    if (cells > quint64(level.size())) {
        // The rectangle has more cells than the level has clusters: scan instead.
        for (const Cluster &c : level) {
            const quint32 x = compact(c.key), y = compact(c.key >> 1);
            if (x >= x0 && x <= x1 && y >= y0 && y <= y1)
                f(c);
        }
        return;
    }
    for (quint32 y = y0; y <= y1; ++y) {
        for (quint32 x = x0; x <= x1; ++x) {
            const quint64 key = morton(x, y);
            const auto it = std::lower_bound(level.cbegin(), level.cend(), key,
                                             [](const Cluster &c, quint64 k) { return c.key < k; });
            if (it != level.cend() && it->key == key)
                f(*it);
        }
    }
}

int PointLayerData::levelForQuery(const QRectF &world) const
{
    // The coarsest level whose cells are still small against the rectangle: few cells
    // to look up, few points outside the rectangle to reject.
    const double extent = std::max(world.width(), world.height());
    int z = extent > 0 ? int(std::floor(std::log2(1.0 / extent))) : kMaxClusterZoom;
    return std::clamp(z, 0, kMaxClusterZoom);
}

void PointLayerData::forPointsIn(const QRectF &world, const std::function<void(int)> &f) const
{
    forClustersIn(levelForQuery(world), world.adjusted(-1e-12, -1e-12, 1e-12, 1e-12), [&](const Cluster &c) {
        for (int k = c.first; k < c.first + c.count; ++k) {
            const int idx = m_order.at(k);
            if (world.contains(m_world.at(idx)))
                f(idx);
        }
    });
}

int PointLayerData::nearestPoint(const QPointF &world, double radius) const
{
    int best = -1;
    double bestD2 = radius * radius;
    forPointsIn(QRectF(world - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)), [&](int i) {
        const QPointF d = m_world.at(i) - world;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        if (d2 <= bestD2) {
            bestD2 = d2;
            best = i;
        }
    });
    return best;
}

QRectF PointLayerData::clusterBounds(const Cluster &c) const
{
    double x0 = 2, y0 = 2, x1 = -1, y1 = -1;
    for (int k = c.first; k < c.first + c.count; ++k) {
        const QPointF &w = m_world.at(m_order.at(k));
        x0 = std::min(x0, w.x());
        y0 = std::min(y0, w.y());
        x1 = std::max(x1, w.x());
        y1 = std::max(y1, w.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace ioc::map
