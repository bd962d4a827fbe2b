#pragma once

#include "core/dashboard.h"
#include "core/sqlitefile.h"

namespace ioc::publicservices {

// Figures of the one-stop offices, from the ps_dossier_facts projection of ps_dossiers.
//
// Definitions (days are province days, UTC+7):
//  - received in a range: received_at in it; resolved: status "resolved", resolved_at in it;
//  - on-time rate: resolved on time / resolved × 100 (dossiers resolved in the range);
//  - open at instant t: received by t and not resolved (nor rejected) by t;
//    overdue at t: open at t with due_at before t; paused (additional_info_required) dossiers
//    count as open: the data has no pause dates to stop their clock;
//  - online rate: received online / received × 100.
// Decision 766/QĐ-TTg index groups the data supports: "progress" (on-time rate) and
// "online service" (online rate). Transparency, digitisation and satisfaction need data
// the data center does not publish.
// An area counts each unit's dossiers times the unit's share in it (core::AdminGeography);
// rates of an area are its rolled-up numerators over its rolled-up denominators.
class PublicServicesDashboard final : public core::DashboardProvider
{
public:
    core::DashboardData compute(
        const core::SqliteFile &mirror, const core::DashboardQuery &query) const override;
};

QList<core::Migration> psCacheMigrations();

} // namespace ioc::publicservices
