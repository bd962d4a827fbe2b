#pragma once

#include "map/mapviewport.h"

#include <QImage>

class QPainter;

namespace ioc::map {

struct FrameSources;

// Out of MapWidget: the images a map blits between renders, and the rules for when they
// still serve. The basemap, its labels and the feature layers are rendered into images
// larger than the widget (a margin on each side), so that a pan frame only moves them;
// each image remembers the data generation it was drawn from, so that a layer update
// re-renders the feature image alone.

// One render's images, or the cache's. In a render's result a null image is one that was
// not asked for (unchanged).
struct FrameImages
{
    MapViewport view; // the images' own (enlarged) viewport
    qreal dpr = 0;
    QImage base;
    QImage labels; // basemap labels, over the features; null under raster tiles; goes with base
    QImage features;
    int baseGen = -1;
    int featureGen = -1;
};

// Renders the images asked for (the base with its labels, the features) of `view`; any
// thread.
FrameImages renderFrameImages(const FrameSources &src, const MapViewport &view, qreal dpr,
    bool base, bool features, int baseGen, int featureGen);

class FrameCache
{
public:
    // The viewport the images are rendered for: `view` with a margin on each side, a
    // quarter of the widget, so that a normal drag stays inside the cache.
    static MapViewport enlargedView(const MapViewport &view);

    const FrameImages &images() const { return m_images; }
    // Nothing to show at `dpr`: the first frame, or a screen of another pixel ratio.
    bool isEmptyAt(qreal dpr) const { return m_images.base.isNull() || m_images.dpr != dpr; }
    // The images cover `view` at its zoom (a pan within the margin).
    bool covers(const MapViewport &view) const;
    // ... and are of the data's generations.
    bool isCurrentFor(const MapViewport &view, int baseGen, int featureGen) const;

    // What a render for `target` (an enlargedView()) at `dpr` has to redraw.
    struct Needs
    {
        bool base = false;
        bool features = false;
    };
    Needs needs(const MapViewport &target, qreal dpr, int baseGen, int featureGen) const;

    // A complete render (both images) replaces the cache.
    void replace(const FrameImages &images) { m_images = images; }
    // A pool thread's render comes in: for the cache's own view, the images it brings
    // replace theirs; for another view, only a complete render does (a partial one for a
    // view the cache has meanwhile left is useless).
    void merge(const FrameImages &result);
    // The base image is a stand-in (drawn without the tile cache): the next render
    // redraws it.
    void markBaseProvisional() { --m_images.baseGen; }

    // Draws the base, the features and the labels for `view` at `dpr`: a pure pan is an
    // unscaled blit snapped to the device pixel grid, a zoom in progress scales.
    void draw(QPainter &p, const MapViewport &view, qreal dpr) const;

private:
    void draw(QPainter &p, const QImage &image, const MapViewport &view, qreal dpr) const;

    FrameImages m_images;
};

} // namespace ioc::map
