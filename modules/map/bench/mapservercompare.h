#pragma once

#include "map/framerenderer.h"
#include "map/mapviewport.h"
#include "map/pointlayer.h"

#include <QString>
#include <QVector>

// The MapServer side of ioc-map-bench: the same basemap polygons and the same points,
// rendered to a 1920×1080 PNG by `map2img` (Debian mapserver-bin), timed next to our
// render of the same frame encoded to PNG.
namespace ioc::map::bench {

// A point shapefile (.shp/.shx/.dbf with a `status` field) from the bench points:
// MapServer reads shapefiles natively, without OGR's GeoJSON parser in the way.
bool writePointShapefile(const QString &basePath, const QVector<MapPoint> &points, QString *error);

// A mapfile drawing land, the province's districts and rivers (the repo's GeoJSON via
// OGR) and the points coloured by status, for exactly `view`'s extent.
// withLayers = false: the same map with no layers, to time map2img's start-up alone.
QString writeMapfile(const QString &dir, const QString &geoDir, const QString &pointsShp,
    const MapViewport &view, bool withLayers);

// Runs the comparison and prints it; returns false (with a line saying why) when
// map2img is not installed or fails.
bool runMapServerComparison(const QString &workDir, const QString &geoDir,
    const QVector<MapPoint> &points, const FrameSources &ours, const MapViewport &view, int runs);

} // namespace ioc::map::bench
