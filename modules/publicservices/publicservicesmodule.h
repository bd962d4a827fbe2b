#pragma once

#include "ui/uimodule.h"

namespace ioc::publicservices {

// Online public services and one-stop offices: dossier flow, on-time and online rates,
// overdue ageing, offices on the map by backlog and on-time rate.
class PublicServicesModule final : public ui::DashboardModule
{
public:
    PublicServicesModule();
    QList<core::Migration> cacheMigrations() const override;
    QList<core::CollectionContract> dataContract() const override;

protected:
    QList<core::RecordTableModel::PropertyColumn> recordColumns() const override;
};

} // namespace ioc::publicservices
