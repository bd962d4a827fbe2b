#pragma once

#include "core/datacontract.h"

namespace ioc::tourism {

// What the tourism module reads from its four collections (TourismDashboard, its
// projections, the Records columns and the alert rules).
QList<core::CollectionContract> tourismDataContract();

} // namespace ioc::tourism
