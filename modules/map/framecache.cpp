#include "map/framecache.h"

#include "map/framerenderer.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace ioc::map {

namespace {

int marginFor(const QSize &s)
{
    // A quarter of the widget each side: a normal drag stays inside the cache.
    return std::max(128, std::max(s.width(), s.height()) / 4);
}

} // namespace

FrameImages renderFrameImages(const FrameSources &src, const MapViewport &view, qreal dpr,
    bool base, bool features, int baseGen, int featureGen)
{
    FrameImages r;
    r.view = view;
    r.dpr = dpr;
    r.baseGen = baseGen;
    r.featureGen = featureGen;
    if (base)
        r.base = renderBaseImage(src, view, dpr, &r.labels);
    if (features)
        r.features = renderFeatureImage(src, view, dpr);
    return r;
}

MapViewport FrameCache::enlargedView(const MapViewport &view)
{
    MapViewport c = view;
    const int m = marginFor(view.size());
    c.setSize(view.size() + QSize(2 * m, 2 * m));
    return c;
}

bool FrameCache::covers(const MapViewport &view) const
{
    if (m_images.base.isNull() || std::abs(m_images.view.zoom() - view.zoom()) > 1e-9)
        return false;
    return m_images.view.worldBounds().contains(view.worldBounds());
}

bool FrameCache::isCurrentFor(const MapViewport &view, int baseGen, int featureGen) const
{
    return covers(view) && m_images.baseGen == baseGen && m_images.featureGen == featureGen;
}

FrameCache::Needs FrameCache::needs(
    const MapViewport &target, qreal dpr, int baseGen, int featureGen) const
{
    const bool sameView = !m_images.base.isNull() && m_images.dpr == dpr
        && m_images.view.size() == target.size()
        && std::abs(m_images.view.zoom() - target.zoom()) < 1e-9
        && m_images.view.centerWorld() == target.centerWorld();
    return { !sameView || m_images.baseGen != baseGen,
        !sameView || m_images.featureGen != featureGen };
}

void FrameCache::merge(const FrameImages &r)
{
    const bool sameView = !m_images.base.isNull() && m_images.dpr == r.dpr
        && m_images.view.size() == r.view.size() && m_images.view.zoom() == r.view.zoom()
        && m_images.view.centerWorld() == r.view.centerWorld();
    if (!sameView) {
        // A view change always renders both images; a partial result for a view the
        // cache has meanwhile left (sync first frame) is useless.
        if (!r.base.isNull() && !r.features.isNull())
            m_images = r;
        return;
    }
    if (!r.base.isNull()) {
        m_images.base = r.base;
        m_images.labels = r.labels;
        m_images.baseGen = r.baseGen;
    }
    if (!r.features.isNull()) {
        m_images.features = r.features;
        m_images.featureGen = r.featureGen;
    }
}

void FrameCache::draw(QPainter &p, const MapViewport &view, qreal dpr) const
{
    draw(p, m_images.base, view, dpr);
    draw(p, m_images.features, view, dpr);
    draw(p, m_images.labels, view, dpr);
}

void FrameCache::draw(QPainter &p, const QImage &image, const MapViewport &view, qreal dpr) const
{
    if (image.isNull())
        return;
    const QRectF wr = m_images.view.worldBounds();
    const QPointF tl = view.worldToScreen(wr.topLeft());
    if (std::abs(m_images.view.zoom() - view.zoom()) < 1e-9 && m_images.dpr == dpr) {
        // Pure pan: an unscaled blit, snapped to the device pixel grid so it stays sharp.
        const qreal cached = m_images.dpr;
        p.drawImage(
            QPointF(std::round(tl.x() * cached) / cached, std::round(tl.y() * cached) / cached),
            image);
    } else {
        p.save();
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        p.drawImage(QRectF(tl, view.worldToScreen(wr.bottomRight())), image);
        p.restore();
    }
}

} // namespace ioc::map
