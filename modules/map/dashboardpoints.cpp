#include "map/dashboardpoints.h"

#include "core/dashboard.h"

namespace ioc::map {

QVector<MapPoint> mapPoints(const core::DashboardLayer &layer)
{
    QVector<MapPoint> points;
    points.reserve(layer.points.size());
    for (const core::DashboardPoint &p : layer.points)
        points.append(MapPoint(p.id, p.lon, p.lat, p.styleKey, p.tooltip));
    return points;
}

} // namespace ioc::map
