#pragma once

#include "ui/uimodule.h"

namespace ioc::documents {

// Documents and operations: incoming and outgoing documents (searchable in Records), the
// leadership's tasks to agencies with deadlines, per-agency scoreboard, overdue trend.
class DocumentsModule final : public ui::DashboardModule
{
public:
    DocumentsModule();
    QList<core::Migration> cacheMigrations() const override;
    QList<core::CollectionContract> dataContract() const override;
    // The shared dock plus a "Directives" tab: directives given from alerts and KPIs in
    // any module, from the operator store, with their sending state.
    ui::ModuleDock *createDockContent(const ui::ModuleContext &context, QWidget *parent) override;

protected:
    QList<core::RecordTableModel::PropertyColumn> recordColumns() const override;
};

} // namespace ioc::documents
