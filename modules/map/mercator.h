#pragma once

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QPointF>
#include <QRectF>

// Web Mercator (EPSG:3857) and XYZ tile math.
// "World" coordinates are the projected plane normalised to [0,1]²: x grows east from
// lon -180, y grows south from lat +85.0511. Normalising keeps zoom out of the stored
// geometry, so the basemap is projected once and reused at every zoom.
namespace ioc::map::mercator {

inline constexpr double kMaxLatitude = 85.05112877980659; // atan(sinh(pi)): square world
inline constexpr double kEarthRadius = 6378137.0;          // WGS 84 semi-major axis, metres
inline constexpr double kHalfCircumference = 20037508.342789244;
inline constexpr int kTileSize = 256;
inline constexpr int kMinZoom = 0;
inline constexpr int kMaxZoom = 19;

double clampLatitude(double lat);

// lon/lat (degrees) -> normalised world; latitude is clamped to the Mercator limit.
QPointF project(double lon, double lat);
QPointF project(const QGeoCoordinate &c);
// normalised world -> lon/lat. Input outside [0,1] is clamped.
QGeoCoordinate unproject(const QPointF &world);

// lon/lat <-> EPSG:3857 metres (what GIS tools print; used by the tests against known values).
QPointF toMeters(double lon, double lat);
QGeoCoordinate fromMeters(const QPointF &metres);

// Pixels across the world at a (possibly fractional) zoom.
double worldSizePixels(double zoom);
// Ground metres per logical pixel at a latitude and zoom.
double metersPerPixel(double lat, double zoom);

struct TileId
{
    int x = 0;
    int y = 0;
    int z = 0;
    bool isValid() const;
    // MBTiles stores rows bottom-up (TMS); XYZ counts top-down.
    int tmsY() const { return (1 << z) - 1 - y; }
    friend bool operator==(const TileId &a, const TileId &b)
    {
        return a.x == b.x && a.y == b.y && a.z == b.z;
    }
};
inline size_t qHash(const TileId &t, size_t seed = 0)
{
    return ::qHash((quint64(t.z) << 58) ^ (quint64(t.x) << 29) ^ quint64(t.y), seed);
}

// The tile containing a coordinate at zoom z (0..19); coordinates on the
// east/south edge fall in the last tile rather than outside the grid.
TileId tileAt(double lon, double lat, int z);
// The tile's geographic bounds (north-west to south-east corners).
QGeoRectangle tileBounds(const TileId &tile);
// The tile's bounds in normalised world coordinates.
QRectF tileWorldRect(const TileId &tile);

} // namespace ioc::map::mercator
