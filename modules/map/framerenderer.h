#pragma once

#include "map/choropleth.h"
#include "map/mapstyle.h"

#include <QImage>
#include <QVector>
#include <memory>

namespace ioc::map {

class BasemapData;
class MapViewport;
class MbTilesReader;
class PointLayerData;
class XyzTileSource;

// Everything a frame is drawn from, as immutable shared snapshots: a copy of this can be
// handed to a worker thread while the UI keeps changing its own.
struct FrameSources
{
    std::shared_ptr<const BasemapData> basemap;
    std::shared_ptr<const MbTilesReader> tiles;
    // Used only when `tiles` (MBTiles) is absent or not open: a file the operator chose
    // for offline use wins over a network source.
    std::shared_ptr<const XyzTileSource> xyz;
    QVector<std::shared_ptr<const PointLayerData>> pointLayers; // in draw order
    MapStyle style = MapStyle::light();
    Choropleth choropleth;
};

// The static layers (vector basemap, raster tiles over it), opaque. With `labels`, the
// basemap's labels go into that transparent image instead, to be drawn over the feature
// layers; it is left null when raster tiles are drawn (they carry their own labels).
QImage renderBaseImage(
    const FrameSources &src, const MapViewport &view, qreal dpr, QImage *labels = nullptr);
// The feature layers (points, clusters), transparent.
QImage renderFeatureImage(const FrameSources &src, const MapViewport &view, qreal dpr);

} // namespace ioc::map
