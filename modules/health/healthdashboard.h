#pragma once

#include "core/dashboard.h"
#include "core/sqlitefile.h"

namespace ioc::health {

// Figures of the health sector, from the projections of health_occupancy, health_cases and
// health_vaccination and from the facilities themselves (233 rows, read directly).
//
// Definitions (days are province days; dates in the data are already local):
//  - occupancy % of a range: Σ occupied beds / Σ beds over the hospital-days reported in it;
//  - inpatients: Σ occupied / number of days reported (the average day of the range);
//  - over capacity: hospitals whose last reported day in the range is above 100 %;
//  - cases: the weeks whose Monday (week_start) lies in the range, of the selected disease
//    (all diseases when none is selected);
//  - vaccination coverage: Σ vaccinated / Σ target population of the months whose first day
//    lies in the range; monthly data stops at the last complete month, so a running month
//    shows the latest month with data and says so;
//  - beds: all facilities of the area, as registered (no history: no comparison).
// Facilities belong wholly to the area holding most of their commune (core::placeInArea);
// case and vaccination rows of a unit are weighted into an area by population share.
class HealthDashboard final : public core::DashboardProvider
{
public:
    core::DashboardData compute(
        const core::SqliteFile &mirror, const core::DashboardQuery &query) const override;

    // The national expanded-programme target the coverage is held against (%).
    static constexpr double kCoverageTarget = 95.0;
    static constexpr int kHospitalsInChart = 8;
};

QList<core::Migration> healthCacheMigrations();

} // namespace ioc::health
