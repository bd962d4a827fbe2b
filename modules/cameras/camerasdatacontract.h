#pragma once

#include "core/datacontract.h"

namespace ioc::cameras {

// What the cameras module reads from cam_cameras and cam_events (CamerasDashboard, its
// event projection, the Camera tab and grid, the Records columns and the alert rules).
QList<core::CollectionContract> camerasDataContract();

} // namespace ioc::cameras
