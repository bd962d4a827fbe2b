#pragma once

#include "core/dashboard.h"
#include "core/sqlitefile.h"

namespace ioc::education {

// Figures of the schools, from edu_schools (678 rows, read directly) and the projection of
// edu_school_days (open/closed per school and school day).
//
// Definitions:
//  - schools, students, teachers, classes and the national-standard share are the school
//    register as it stands: the data center publishes no history of them, so they have no
//    comparison and no trend (the dock says "as registered");
//  - pupils per teacher: Σ students / Σ teachers of the area's schools;
//  - schools closed: schools reported closed on the latest school day with reports in the
//    period (up to today); its trend is the same count on each bucket's latest school day;
//  - closures by day and cause: closed schools per reported day of the period (its last
//    31 days at most), by cause.
// Schools belong wholly to the area holding most of their commune (core::placeInArea).
class EducationDashboard final : public core::DashboardProvider
{
public:
    core::Granularity defaultGranularity() const override { return core::Granularity::Week; }
    core::DashboardData compute(
        const core::SqliteFile &mirror, const core::DashboardQuery &query) const override;

    static constexpr int kClosureDays = 31;
};

QList<core::Migration> educationCacheMigrations();

} // namespace ioc::education
