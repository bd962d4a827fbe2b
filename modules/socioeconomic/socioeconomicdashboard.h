#pragma once

#include "core/dashboard.h"
#include "core/sqlitefile.h"
#include "socioeconomic/socioeconomicfigures.h"

namespace ioc::socioeconomic {

// The figures of one indicator (the selector) and the headline ones, read through
// SeFigures: cards, its trend against plan and last year, by district, year on year, and the
// province's targets scoreboard.
class SocioeconomicDashboard final : public core::DashboardProvider
{
public:
    core::DashboardData compute(
        const core::SqliteFile &mirror, const core::DashboardQuery &query) const override;

    // The indicator shown when nothing is chosen: revenue has a plan and is watched monthly.
    static constexpr const char *kDefaultIndicator = "BUDGET_REV";
    // Fixed cards after the selected indicator.
    static QStringList headlineIndicators();
};

// The granularity the indicator can be shown in: never finer than it is reported.
core::TimeFilter effectiveTimeFilter(const core::TimeFilter &filter, bool quarterly);

// Cache migration: an index on the observations' indicator, so one indicator's series is
// read without parsing the other 21.
QList<core::Migration> seCacheMigrations();

} // namespace ioc::socioeconomic
