#pragma once

#include "core/dashboard.h"
#include "core/sqlitefile.h"

namespace ioc::documents {

// Figures of documents and directives, from the doc_document_facts and doc_task_facts
// projections.
//
// Definitions (province days, UTC+7):
//  - documents in a range: issued_at in it, by direction;
//  - a task is open at instant t when assigned by t and not completed by t; overdue at t
//    when open with its deadline before t; due soon: open now, deadline within 3 days;
//  - completion on time: tasks completed in the range with on_time / completed × 100.
// Area: a task belongs to its assignee agency's unit, a document to the agency on the
// other side (the sender of an incoming one, the addressee of an outgoing one); provincial
// departments count for the whole province only.
class DocumentsDashboard final : public core::DashboardProvider
{
public:
    core::Granularity defaultGranularity() const override { return core::Granularity::Week; }
    core::DashboardData compute(
        const core::SqliteFile &mirror, const core::DashboardQuery &query) const override;
};

QList<core::Migration> docCacheMigrations();

} // namespace ioc::documents
