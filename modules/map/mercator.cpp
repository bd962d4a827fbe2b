#include "map/mercator.h"

#include <QtMath>
#include <algorithm>

namespace ioc::map::mercator {

double clampLatitude(double lat)
{
    return std::clamp(lat, -kMaxLatitude, kMaxLatitude);
}

QPointF project(double lon, double lat)
{
    const double phi = qDegreesToRadians(clampLatitude(lat));
    const double x = (lon + 180.0) / 360.0;
    const double y = 0.5 - std::log(std::tan(M_PI / 4.0 + phi / 2.0)) / (2.0 * M_PI);
    return {x, y};
}

QPointF project(const QGeoCoordinate &c)
{
    return project(c.longitude(), c.latitude());
}

QGeoCoordinate unproject(const QPointF &world)
{
    const double x = std::clamp(world.x(), 0.0, 1.0);
    const double y = std::clamp(world.y(), 0.0, 1.0);
    const double lon = x * 360.0 - 180.0;
    const double lat = qRadiansToDegrees(std::atan(std::sinh(M_PI * (1.0 - 2.0 * y))));
    return QGeoCoordinate(lat, lon);
}

QPointF toMeters(double lon, double lat)
{
    const QPointF w = project(lon, lat);
    return {(w.x() - 0.5) * 2.0 * kHalfCircumference, (0.5 - w.y()) * 2.0 * kHalfCircumference};
}

QGeoCoordinate fromMeters(const QPointF &m)
{
    return unproject(QPointF(m.x() / (2.0 * kHalfCircumference) + 0.5,
                             0.5 - m.y() / (2.0 * kHalfCircumference)));
}

double worldSizePixels(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

double metersPerPixel(double lat, double zoom)
{
    return std::cos(qDegreesToRadians(clampLatitude(lat))) * 2.0 * kHalfCircumference
           / worldSizePixels(zoom);
}

bool TileId::isValid() const
{
    return z >= kMinZoom && z <= kMaxZoom && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z);
}

TileId tileAt(double lon, double lat, int z)
{
    z = std::clamp(z, kMinZoom, kMaxZoom);
    const QPointF w = project(lon, lat);
    const int n = 1 << z;
    const int x = std::clamp(int(std::floor(w.x() * n)), 0, n - 1);
    const int y = std::clamp(int(std::floor(w.y() * n)), 0, n - 1);
    return {x, y, z};
}

QRectF tileWorldRect(const TileId &t)
{
    const double n = double(1 << t.z);
    return QRectF(t.x / n, t.y / n, 1.0 / n, 1.0 / n);
}

QGeoRectangle tileBounds(const TileId &t)
{
    const QRectF r = tileWorldRect(t);
    return QGeoRectangle(unproject(r.topLeft()), unproject(r.bottomRight()));
}

} // namespace ioc::map::mercator
