#include "core/operatorschema.h"

namespace ioc::core {

QList<Migration> operatorMigrations()
{
    return {
        Migration::fromStatements(1, QStringLiteral("acknowledgements, notes, outbox, layouts"),
            {
                QStringLiteral(R"(CREATE TABLE acknowledgements (
                    uuid TEXT PRIMARY KEY,
                    alert_key TEXT NOT NULL,
                    module_id TEXT NOT NULL,
                    operator TEXT NOT NULL,
                    note TEXT,
                    acknowledged_at TEXT NOT NULL))"),
                QStringLiteral(
                    "CREATE INDEX acknowledgements_alert ON acknowledgements (alert_key)"),
                QStringLiteral(R"(CREATE TABLE notes (
                    uuid TEXT PRIMARY KEY,
                    collection TEXT,
                    feature_id TEXT,
                    operator TEXT NOT NULL,
                    body TEXT NOT NULL,
                    created_at TEXT NOT NULL))"),
                // seq keeps the operator's order: the outbox sends strictly in it.
                QStringLiteral(R"(CREATE TABLE outbox (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    uuid TEXT NOT NULL UNIQUE,
                    collection TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_attempt TEXT,
                    state TEXT NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'sent', 'rejected')),
                    last_error TEXT))"),
                QStringLiteral(R"(CREATE TABLE layouts (
                    name TEXT PRIMARY KEY,
                    state BLOB NOT NULL,
                    geometry BLOB,
                    saved_at TEXT NOT NULL))"),
            }),
        // Directives an operator or leader gave from an alert or a KPI: kept here for
        // good, sent through the outbox like any other operator action.
        Migration::fromStatements(2, QStringLiteral("directives"),
            {
                QStringLiteral(R"(CREATE TABLE directives (
                    uuid TEXT PRIMARY KEY,
                    module_id TEXT NOT NULL,
                    source TEXT,
                    assignee_agency TEXT NOT NULL,
                    assignee_name TEXT,
                    deadline TEXT NOT NULL,
                    body TEXT NOT NULL,
                    operator TEXT NOT NULL,
                    created_at TEXT NOT NULL))"),
            }),
    };
}

} // namespace ioc::core
