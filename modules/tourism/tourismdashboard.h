#pragma once

#include "core/dashboard.h"
#include "core/sqlitefile.h"

namespace ioc::tourism {

// Figures of tourism and accommodation, from tour_establishments and tour_attractions
// (read directly) and the projections of tour_occupancy and tour_arrivals.
//
// Definitions:
//  - visitors, overnight and international visitors: monthly arrivals of the months whose
//    first day lies in the range; for the province the province totals, for a smaller area
//    the visitors of its attractions (the data center publishes no other breakdown). Monthly
//    data stops at the last complete month: a period without it shows the latest month with
//    data and says so. Same period last year = the same months a year earlier, so holiday
//    months compare with holiday months;
//  - occupancy %: Σ rooms occupied / Σ rooms over the establishment-days reported;
//  - guests registered and foreign guests registered (residence declarations): Σ of the
//    establishments' daily guest lists;
//  - rooms: of the area's establishments as registered;
//  - revenue is not published by the data center: no revenue figure is shown.
// Establishments and attractions belong wholly to the area holding most of their unit.
class TourismDashboard final : public core::DashboardProvider
{
public:
    core::DashboardData compute(
        const core::SqliteFile &mirror, const core::DashboardQuery &query) const override;

    // An establishment with no guest list over this many days up to the period's end has
    // stopped reporting.
    static constexpr int kSilentDays = 3;
    static constexpr int kMaxDailyPoints = 92;
};

// Vietnam's public holidays (fixed dates, and Tết and Hùng Kings' day as announced for
// 2024-2026), for the holiday markers of the daily charts; empty name = not a holiday.
QString holidayName(const QDate &day);

QList<core::Migration> tourismCacheMigrations();

} // namespace ioc::tourism
