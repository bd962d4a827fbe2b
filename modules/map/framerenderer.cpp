#include "map/framerenderer.h"

#include "map/basemapdata.h"
#include "map/basemaprenderer.h"
#include "map/labelplacer.h"
#include "map/mapviewport.h"
#include "map/mbtilesreader.h"
#include "map/pointlayer.h"
#include "map/pointrenderer.h"
#include "map/rastertiles.h"
#include "map/xyztilesource.h"

#include <QPainter>

namespace ioc::map {

namespace {
QImage makeImage(const MapViewport &view, qreal dpr, bool opaque)
{
    const QSize px = (QSizeF(view.size()) * dpr).toSize().expandedTo(QSize(1, 1));
    QImage img(px, opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    if (!opaque)
        img.fill(Qt::transparent);
    return img;
}
} // namespace

QImage renderBaseImage(
    const FrameSources &src, const MapViewport &view, qreal dpr, QImage *labelsOut)
{
    QImage img = makeImage(view, dpr, true);
    img.fill(src.style.sea);
    QPainter p(&img);
    LabelPlacer labels;
    const bool raster = (src.tiles && src.tiles->isOpen()) || src.xyz;
    std::unique_ptr<QPainter> lp;
    if (labelsOut) {
        *labelsOut = QImage();
        if (!raster) {
            *labelsOut = makeImage(view, dpr, false);
            lp = std::make_unique<QPainter>(labelsOut);
        }
    }
    if (src.basemap)
        renderBasemap(p, *src.basemap, view, src.style, labels,
            src.choropleth.isEmpty() ? nullptr : &src.choropleth, lp.get());
    if (src.tiles && src.tiles->isOpen()) {
        // Raster tiles cover the vector map where they exist; where the file has a hole
        // the vector map stays visible. Vector labels are lost under tiles, which is
        // acceptable because raster basemaps carry their own.
        renderRasterTiles(p, *src.tiles, view);
    } else if (src.xyz) {
        // Same for XYZ tiles: what is not cached yet (or failed) leaves the vector map.
        const int z = tileZoomFor(view, src.xyz->minZoom(), src.xyz->maxZoom(), dpr);
        drawTiles(p, view, src.xyz->tiles(tilesCovering(view, z)));
    }
    return img;
}

QImage renderFeatureImage(const FrameSources &src, const MapViewport &view, qreal dpr)
{
    QImage img = makeImage(view, dpr, false);
    QPainter p(&img);
    auto layers = src.pointLayers;
    std::stable_sort(layers.begin(), layers.end(),
        [](const auto &a, const auto &b) { return a->options().zOrder < b->options().zOrder; });
    for (const auto &layer : std::as_const(layers))
        renderPointLayer(p, *layer, view, src.style);
    return img;
}

} // namespace ioc::map
