#include "core/operatorschema.h"

#include "core/layoutseal.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ioc::core {

namespace {

bool sealStoredLayouts(QSqlDatabase &db, QString *error)
{
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral("SELECT name, state, geometry FROM layouts"))) {
        *error = rows.lastError().text();
        return false;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE layouts SET state = ?, geometry = ? WHERE name = ?"));
    while (rows.next()) {
        update.addBindValue(sealLayoutBytes(rows.value(1).toByteArray()));
        update.addBindValue(sealLayoutBytes(rows.value(2).toByteArray()));
        update.addBindValue(rows.value(0));
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

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
        // v2: the alert engine's lifecycle (modules/alerts). `alerts` is the current state
        // of each alert by its deterministic id; `alert_history` keeps every transition
        // (never updated, only appended); `alert_silences` are snoozes of one alert, a rule
        // or an area until a time.
        Migration::fromStatements(2, QStringLiteral("alerts, alert history, silences"),
            {
                QStringLiteral(R"(CREATE TABLE alerts (
                    id TEXT PRIMARY KEY,
                    rule_id TEXT NOT NULL,
                    module_id TEXT NOT NULL,
                    severity INTEGER NOT NULL,
                    subject TEXT NOT NULL,
                    time_window TEXT NOT NULL DEFAULT '',
                    source_id TEXT,
                    unit_code TEXT,
                    lon REAL, lat REAL,
                    value REAL,
                    message_vi TEXT NOT NULL,
                    message_en TEXT NOT NULL,
                    condition_active INTEGER NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('raised', 'acknowledged', 'resolved')),
                    first_raised_at TEXT NOT NULL,
                    raised_at TEXT NOT NULL,
                    last_seen_at TEXT NOT NULL,
                    raise_count INTEGER NOT NULL DEFAULT 1,
                    ack_by TEXT, ack_at TEXT, ack_note TEXT,
                    resolved_at TEXT, resolved_by TEXT, resolve_note TEXT))"),
                QStringLiteral("CREATE INDEX alerts_rule ON alerts (rule_id, condition_active)"),
                QStringLiteral("CREATE INDEX alerts_state ON alerts (state, module_id)"),
                QStringLiteral(R"(CREATE TABLE alert_history (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    alert_id TEXT NOT NULL,
                    at TEXT NOT NULL,
                    transition TEXT NOT NULL,
                    actor TEXT,
                    note TEXT,
                    origin TEXT NOT NULL,
                    ref TEXT))"),
                QStringLiteral("CREATE INDEX alert_history_alert ON alert_history (alert_id)"),
                QStringLiteral("CREATE INDEX alert_history_ref ON alert_history (ref)"),
                QStringLiteral(R"(CREATE TABLE alert_silences (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    alert_id TEXT,
                    rule_id TEXT,
                    unit_code TEXT,
                    until TEXT NOT NULL,
                    who TEXT NOT NULL,
                    why TEXT,
                    created_at TEXT NOT NULL))"),
            }),
        // v3: directives an operator or leader gave from an alert or a KPI: kept here for
        // good, sent through the outbox like any other operator action.
        Migration::fromStatements(3, QStringLiteral("directives"),
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
        // v4: what an operator decided about an action the data center refused: send it
        // again or discard it, by whom and when (never deleted). The outbox gains the
        // state 'discarded' (SQLite cannot alter a CHECK, so the table is rebuilt with
        // its rows and sequence numbers as they were).
        Migration::fromStatements(4, QStringLiteral("outbox decisions"),
            {
                QStringLiteral(R"(CREATE TABLE outbox_v4 (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    uuid TEXT NOT NULL UNIQUE,
                    collection TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_attempt TEXT,
                    state TEXT NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'sent', 'rejected', 'discarded')),
                    last_error TEXT))"),
                QStringLiteral("INSERT INTO outbox_v4 (seq, uuid, collection, payload, "
                               "created_at, attempts, last_attempt, state, last_error) "
                               "SELECT seq, uuid, collection, payload, created_at, attempts, "
                               "last_attempt, state, last_error FROM outbox"),
                QStringLiteral("DROP TABLE outbox"),
                QStringLiteral("ALTER TABLE outbox_v4 RENAME TO outbox"),
                QStringLiteral(R"(CREATE TABLE outbox_decisions (
                    id INTEGER PRIMARY KEY,
                    uuid TEXT NOT NULL,
                    decision TEXT NOT NULL CHECK (decision IN ('resend', 'discard')),
                    operator TEXT NOT NULL,
                    decided_at TEXT NOT NULL,
                    refusal TEXT))"),
                QStringLiteral("CREATE INDEX outbox_decisions_uuid ON outbox_decisions (uuid)"),
            }),
        // v5: layouts are stored sealed (core/layoutseal.h); those saved before are
        // sealed as they are, once, so no operator loses a named layout.
        Migration { 5, QStringLiteral("sealed layouts"), sealStoredLayouts },
    };
}

} // namespace ioc::core
