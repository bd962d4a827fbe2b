#include "map/pointrenderer.h"

#include "map/basemaprenderer.h"
#include "map/mapstyle.h"
#include "map/mapviewport.h"
#include "map/pointlayer.h"

#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <cmath>
#include <vector>

namespace ioc::map {

bool drawsClustered(const PointLayerData &layer, double zoom)
{
    return layer.options().clustered && zoom < PointLayerData::kMaxClusterZoom + 1;
}

double clusterRadiusPx(int count)
{
    return count <= 1 ? 0 : 9 + 3.5 * std::log10(double(count));
}

namespace {

QString countText(int n)
{
    if (n < 1000)
        return QString::number(n);
    if (n < 10000)
        return QString::number(n / 1000.0, 'f', 1) + QLatin1Char('k');
    if (n < 1000000)
        return QString::number(n / 1000) + QLatin1Char('k');
    return QString::number(n / 1000000.0, 'f', 1) + QLatin1Char('M');
}

QImage markerSprite(const QColor &fill, const QColor &outline, double radius, qreal dpr)
{
    const int side = int(std::ceil((2 * radius + 3) * dpr));
    QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    img.setDevicePixelRatio(dpr);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(outline, 1.2));
    p.setBrush(fill);
    const double c = side / dpr / 2.0;
    p.drawEllipse(QPointF(c, c), radius, radius);
    return img;
}

QImage bubbleSprite(const QColor &fill, const QColor &outline, int radius, qreal dpr)
{
    const double half = radius + 5;
    QImage img(QSize(int(std::ceil(2 * half * dpr)), int(std::ceil(2 * half * dpr))), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    img.setDevicePixelRatio(dpr);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QColor halo = fill;
    halo.setAlpha(90);
    p.setPen(Qt::NoPen);
    p.setBrush(halo);
    p.drawEllipse(QPointF(half, half), radius + 4, radius + 4);
    p.setPen(QPen(outline, 1.5));
    p.setBrush(fill);
    p.drawEllipse(QPointF(half, half), radius, radius);
    return img;
}

} // namespace

void renderPointLayer(QPainter &p, const PointLayerData &layer, const MapViewport &view, const MapStyle &style)
{
    if (!layer.options().visible || layer.size() == 0)
        return;
    const double r = layer.options().radiusPx;
    const QRectF world = view.worldBounds(r + 40);
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    const QColor outline = style.kind == MapStyle::Kind::Light ? QColor(255, 255, 255) : QColor(10, 14, 20);
    // One sprite per style, indexed like the layer's styles: no lookups per point.
    QVector<QImage> sprites(layer.styleCount());
    for (int k = 0; k < sprites.size(); ++k)
        sprites[k] = markerSprite(layer.styleColour(k), outline, r, dpr);
    const double spriteHalf = (2 * r + 3) / 2.0;

    // One bit per 2×2 px cell and style (first 8 styles): skip a marker whose centre
    // cell was already stamped with the same style. A marker is ~13 px across, so a
    // 1 px shift is invisible, and the work is bounded by the screen size rather than
    // the point count (a million points cost what a screenful does).
    constexpr int kCell = 2;
    const int w = (view.size().width() + kCell - 1) / kCell, h = (view.size().height() + kCell - 1) / kCell;
    std::vector<quint8> stamped(size_t(std::max(0, w * h)), 0);
    const double scale = view.scale();
    const QPointF origin = view.worldToScreen(QPointF(0, 0));
    auto drawPoint = [&](int idx) {
        const QPointF &wp = layer.world(idx);
        const double sx = origin.x() + wp.x() * scale, sy = origin.y() + wp.y() * scale;
        const int slot = layer.styleIndex(idx);
        const int x = int(sx) / kCell, y = int(sy) / kCell;
        if (slot < 8 && sx >= 0 && sy >= 0 && x >= 0 && y >= 0 && x < w && y < h) {
            quint8 &cell = stamped[size_t(y) * size_t(w) + size_t(x)];
            const quint8 bit = quint8(1u << slot);
            if (cell & bit)
                return;
            cell |= bit;
        }
        p.drawImage(QPointF(sx - spriteHalf, sy - spriteHalf), sprites.at(slot));
    };

    if (!drawsClustered(layer, view.zoom())) {
        layer.forPointsIn(world, drawPoint);
        return;
    }

    const int z = int(std::floor(view.zoom()));
    const QFont font = mapFont(style, 11, true);
    const QFontMetricsF fm(font);
    const double textDy = (fm.ascent() - fm.descent()) / 2;
    const QColor cc = layer.options().clusterColour;
    QHash<int, QImage> bubbles;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    layer.forClustersIn(z, world, [&](const PointLayerData::Cluster &c) {
        if (c.count == 1) {
            drawPoint(layer.order().at(c.first));
            return;
        }
        const QPointF s = view.worldToScreen(c.world);
        // Bubbles come in a handful of sizes: stamp pre-rendered ones.
        const int rad = int(std::lround(clusterRadiusPx(c.count)));
        auto it = bubbles.find(rad);
        if (it == bubbles.end())
            it = bubbles.insert(rad, bubbleSprite(cc, outline, rad, dpr));
        const double half = rad + 5;
        p.drawImage(QPointF(s.x() - half, s.y() - half), *it);
        // drawText(QPointF) skips the rect-and-flags layout pass, the costliest part
        // of a bubble; digits are the same few glyphs, so their advances are cached.
        const QString text = countText(c.count);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QPointF(s.x() - fm.horizontalAdvance(text) / 2, s.y() + textDy), text);
    });
    p.restore();
}

PointHit hitTestPointLayer(const PointLayerData &layer, const MapViewport &view, const QPointF &screen,
                           bool withClusterBounds)
{
    PointHit hit;
    if (!layer.options().visible || layer.size() == 0)
        return hit;
    const double tol = layer.options().radiusPx + 4;
    const QPointF w = view.screenToWorld(screen);
    if (drawsClustered(layer, view.zoom())) {
        const int z = int(std::floor(view.zoom()));
        const double reach = (clusterRadiusPx(layer.size()) + tol) / view.scale();
        layer.forClustersIn(z, QRectF(w - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)),
                            [&](const PointLayerData::Cluster &c) {
            const QPointF s = view.worldToScreen(c.world);
            const double d = std::hypot(s.x() - screen.x(), s.y() - screen.y());
            const double rad = c.count > 1 ? clusterRadiusPx(c.count) + 2 : tol;
            if (d > rad || d >= hit.distancePx)
                return;
            hit.distancePx = d;
            hit.world = c.world;
            if (c.count == 1) {
                hit.kind = PointHit::Kind::Point;
                hit.pointIndex = layer.order().at(c.first);
                hit.count = 1;
            } else {
                hit.kind = PointHit::Kind::Cluster;
                hit.count = c.count;
                hit.pointIndex = -1;
                hit.clusterBounds = withClusterBounds ? layer.clusterBounds(c) : QRectF();
            }
        });
        return hit;
    }
    const int idx = layer.nearestPoint(w, tol / view.scale());
    if (idx >= 0) {
        hit.kind = PointHit::Kind::Point;
        hit.pointIndex = idx;
        hit.count = 1;
        hit.world = layer.world(idx);
        const QPointF s = view.worldToScreen(hit.world);
        hit.distancePx = std::hypot(s.x() - screen.x(), s.y() - screen.y());
    }
    return hit;
}

} // namespace ioc::map
