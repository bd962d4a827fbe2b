#pragma once

#include "map/mercator.h"

#include <QGeoRectangle>
#include <QHash>
#include <QImage>
#include <QVector>

class QPainter;

namespace ioc::map {

class MapViewport;

// Tile arithmetic shared by the raster sources (MBTiles, XYZ) and the offline download.

// The zoom level whose tiles best match the view's device pixels, within [minZoom,
// maxZoom]: on a 2x screen one level deeper, so 256 px tiles are not blown up (blurry).
int tileZoomFor(const MapViewport &view, int minZoom, int maxZoom, qreal devicePixelRatio = 1.0);
// The tiles at zoom z covering the view; empty if that would be more than `limit` tiles
// (the source's zoom range is far below the view: nothing useful to draw).
QVector<mercator::TileId> tilesCovering(const MapViewport &view, int z, int limit = 4096);
// Draws tiles at their place in the view; absent tiles leave what is underneath visible.
void drawTiles(QPainter &p, const MapViewport &view, const QHash<mercator::TileId, QImage> &tiles);

// Tiles covering a geographic area over a zoom range (for "save this area offline").
qint64 tileCountInArea(const QGeoRectangle &area, int minZoom, int maxZoom);
QVector<mercator::TileId> tilesInArea(const QGeoRectangle &area, int minZoom, int maxZoom);

} // namespace ioc::map
