#pragma once

#include "ui/uimodule.h"

namespace ioc::tourism {

// Smart tourism & accommodation: visitors, room occupancy with holidays marked, guest
// registrations (foreign guests' residence declarations), establishments and attractions.
class TourismModule final : public ui::DashboardModule
{
public:
    TourismModule();
    QList<core::Migration> cacheMigrations() const override;
    QList<core::CollectionContract> dataContract() const override;

protected:
    QList<core::RecordTableModel::PropertyColumn> recordColumns() const override;
};

} // namespace ioc::tourism
