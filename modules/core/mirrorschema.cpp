#include "core/mirrorschema.h"

#include "core/feature.h"
#include "core/textfold.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace ioc::core {

qint64 pointGridRow(double lat)
{
    return static_cast<qint64>(std::floor((lat + 90.0) / kPointGridDegrees));
}

qint64 pointGridColumn(double lon)
{
    return static_cast<qint64>(std::floor((lon + 180.0) / kPointGridDegrees));
}

qint64 pointGridCell(double lon, double lat)
{
    return pointGridRow(lat) * kPointGridColumns + pointGridColumn(lon);
}

namespace {

Migration featuresAndSyncState()
{
    return Migration::fromStatements(1, QStringLiteral("features, spatial indexes, sync state"),
        {
            QStringLiteral(R"(CREATE TABLE features (
                fid INTEGER PRIMARY KEY,
                collection TEXT NOT NULL,
                id TEXT NOT NULL,
                geometry TEXT,
                min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL,
                cell INTEGER,
                properties TEXT NOT NULL DEFAULT '{}',
                updated_at TEXT,
                content_hash TEXT NOT NULL,
                UNIQUE (collection, id)))"),
            QStringLiteral("CREATE INDEX features_point_cell ON features (collection, cell) "
                           "WHERE cell IS NOT NULL"),
            QStringLiteral("CREATE INDEX features_updated ON features (collection, updated_at)"),
            QStringLiteral("CREATE VIRTUAL TABLE features_rtree USING rtree "
                           "(fid, min_lon, max_lon, min_lat, max_lat)"),
            QStringLiteral(R"(CREATE TABLE sync_state (
                collection TEXT PRIMARY KEY,
                last_success TEXT,
                last_attempt TEXT,
                last_error TEXT,
                next_url TEXT,
                etag TEXT,
                last_modified TEXT,
                max_updated_at TEXT))"),
        });
}

// v2 adds search. Rows cached under v1 are indexed here, so an upgraded cache finds them
// without waiting for the next sync.
Migration fullTextSearch()
{
    Migration migration;
    migration.version = 2;
    migration.description = QStringLiteral("full-text search, module schema versions");
    migration.apply = [](QSqlDatabase &db, QString *error) {
        const QStringList ddl = {
            QStringLiteral("CREATE VIRTUAL TABLE features_fts USING fts5 "
                           "(text, tokenize = 'unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TABLE module_schema (module_id TEXT PRIMARY KEY, "
                           "version INTEGER NOT NULL)"),
        };
        for (const QString &sql : ddl) {
            if (!execStatement(db, sql, error))
                return false;
        }
        QSqlQuery select(db);
        select.setForwardOnly(true);
        if (!select.exec(QStringLiteral("SELECT fid, id, properties FROM features"))) {
            *error = QStringLiteral("cannot read features to index them");
            return false;
        }
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO features_fts (rowid, text) VALUES (?, ?)"));
        while (select.next()) {
            const QJsonObject properties
                = QJsonDocument::fromJson(select.value(2).toByteArray()).object();
            insert.addBindValue(select.value(0));
            insert.addBindValue(
                foldForSearch(searchTextOf(select.value(1).toString(), properties)));
            if (!insert.exec()) {
                *error = QStringLiteral("cannot index feature %1").arg(select.value(1).toString());
                return false;
            }
        }
        return true;
    };
    return migration;
}

// v3: what sync needs beyond v1's sync_state. Quarantine keeps features that failed
// validation (with the reason and capped raw text) so a "Data issues" view can list them;
// the (collection, updated_at) index goes: nothing reads it (sync keeps max_updated_at in
// sync_state) and every insert paid for it.
Migration quarantineAndSyncProgress()
{
    return Migration::fromStatements(3, QStringLiteral("quarantine, sync progress"),
        {
            QStringLiteral(R"(CREATE TABLE quarantine (
                qid INTEGER PRIMARY KEY,
                collection TEXT NOT NULL,
                feature_id TEXT,
                reason TEXT NOT NULL,
                raw TEXT,
                seen_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX quarantine_collection ON quarantine (collection)"),
            QStringLiteral("DROP INDEX features_updated"),
            QStringLiteral("ALTER TABLE sync_state ADD COLUMN last_reconciled TEXT"),
            QStringLiteral("ALTER TABLE sync_state ADD COLUMN mode TEXT"),
            QStringLiteral(
                "ALTER TABLE sync_state ADD COLUMN pages_done INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE sync_state ADD COLUMN features_done INTEGER NOT NULL DEFAULT 0"),
        });
}

// v4: a first sync defers what can be built in bulk afterwards. While a collection is in
// bulk_load, features go in without their search rows (kept in search_backlog) and the
// projection triggers stand aside; when the collection's first complete pass ends, the
// search index and each projection listed in derived_fill are filled in one statement
// each. Per-row maintenance of those structures cost 3–4× the feature insert itself
// (docs/performance.md).
Migration deferredDerivedData()
{
    return Migration::fromStatements(4, QStringLiteral("bulk first syncs"),
        {
            QStringLiteral("CREATE TABLE bulk_load (collection TEXT PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE search_backlog (fid INTEGER PRIMARY KEY, text TEXT)"),
            QStringLiteral(R"(CREATE TABLE derived_fill (
                name TEXT PRIMARY KEY,
                collection TEXT NOT NULL,
                fill_sql TEXT NOT NULL))"),
        });
}

// v5: what sync learned about a server it did not write (docs/sync.md, "Capabilities"):
// whether its datetime filter proved reliable (NULL = not probed yet, 1, 0) and a page
// size it accepts when ours was refused; an index that keeps one quarantine row per
// feature and reason.
Migration serverCapabilities()
{
    return Migration::fromStatements(5, QStringLiteral("server capabilities"),
        {
            QStringLiteral("ALTER TABLE sync_state ADD COLUMN datetime_verdict INTEGER"),
            QStringLiteral("ALTER TABLE sync_state ADD COLUMN page_limit INTEGER"),
            // Quarantine rows are replaced per feature and reason, not piled up.
            QStringLiteral(
                "CREATE INDEX quarantine_feature ON quarantine (collection, feature_id)"),
        });
}

// v6: pages that failed the same way more than once (docs/reliability.md, "Never
// wedged"): how often, why, since when; `skipped` when the run went on past a record that
// could not be read even alone.
Migration failingPages()
{
    return Migration::fromStatements(6, QStringLiteral("failing pages"),
        {
            QStringLiteral(R"(CREATE TABLE failed_pages (
                collection TEXT NOT NULL,
                url TEXT NOT NULL,
                reason TEXT NOT NULL,
                failures INTEGER NOT NULL,
                first_seen TEXT NOT NULL,
                last_seen TEXT NOT NULL,
                skipped INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (collection, url)))"),
        });
}

} // namespace

QList<Migration> mirrorMigrations()
{
    return { featuresAndSyncState(), fullTextSearch(), quarantineAndSyncProgress(),
        deferredDerivedData(), serverCapabilities(), failingPages() };
}

} // namespace ioc::core
