#pragma once

#include "core/datacontract.h"

namespace ioc::education {

// What the education module reads from edu_schools and edu_school_days
// (EducationDashboard, its projection, the Records columns and the alert rules).
QList<core::CollectionContract> educationDataContract();

} // namespace ioc::education
