#pragma once

#include "map/pointlayer.h"

#include <QVector>

namespace ioc::core {
struct DashboardLayer;
}

namespace ioc::map {

// A module's layer (core::DashboardLayer, computed without widgets) as the points the map
// draws: one conversion for the dock, the briefing and the benches.
QVector<MapPoint> mapPoints(const core::DashboardLayer &layer);

} // namespace ioc::map
