#pragma once

#include "ui/uimodule.h"

namespace ioc::education {

// Education & training: schools by level and national-standard status, students and
// teachers, pupils per teacher, closures by day and cause.
class EducationModule final : public ui::DashboardModule
{
public:
    EducationModule();
    QList<core::Migration> cacheMigrations() const override;
    QList<core::CollectionContract> dataContract() const override;

protected:
    QList<core::RecordTableModel::PropertyColumn> recordColumns() const override;
};

} // namespace ioc::education
