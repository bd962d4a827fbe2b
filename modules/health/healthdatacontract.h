#pragma once

#include "core/datacontract.h"

namespace ioc::health {

// What the health module reads from its four collections (HealthDashboard, its
// projections, the Facility tab, the Records columns and the alert rules).
QList<core::CollectionContract> healthDataContract();

} // namespace ioc::health
