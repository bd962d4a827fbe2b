#pragma once

#include "ui/uimodule.h"

namespace ioc::health {

// Health: hospitals by bed occupancy, weekly case reports with their anomaly band,
// vaccination coverage against the target, commune stations by national-standard status.
class HealthModule final : public ui::DashboardModule
{
public:
    HealthModule();
    QList<core::Migration> cacheMigrations() const override;
    QList<core::CollectionContract> dataContract() const override;
    // The dashboard dock plus a "Facility" tab (FacilityDetail) filled by map clicks.
    ui::ModuleDock *createDockContent(const ui::ModuleContext &context, QWidget *parent) override;

protected:
    QList<core::RecordTableModel::PropertyColumn> recordColumns() const override;
};

} // namespace ioc::health
