#pragma once

#include "ui/uimodule.h"

namespace ioc::socioeconomic {

// Socio-economic indicators: the catalogue by field, each indicator's trend against plan,
// by district (choropleth), year on year, and the targets scoreboard.
class SocioeconomicModule final : public ui::DashboardModule
{
public:
    SocioeconomicModule();
    QList<core::Migration> cacheMigrations() const override;
    QList<core::CollectionContract> dataContract() const override;

protected:
    QList<core::RecordTableModel::PropertyColumn> recordColumns() const override;
};

} // namespace ioc::socioeconomic
