#include "core/projection.h"

#include <QRegularExpression>
#include <QSet>

namespace ioc::core {

namespace {

// The one statement that fills a projection table from the cached features.
QString fillStatement(const QString &table, const QStringList &names, const QStringList &paths,
    const QString &collection)
{
    QStringList extracts;
    for (const QString &path : paths)
        extracts.append(QStringLiteral("json_extract(properties, '%1')").arg(path));
    return QStringLiteral(
        "INSERT OR REPLACE INTO %1 (fid, %2) SELECT fid, %3 FROM features WHERE collection = '%4'")
        .arg(table, names.join(QStringLiteral(", ")), extracts.join(QStringLiteral(", ")),
            collection);
}

} // namespace

std::optional<QString> rebuiltFillStatement(const QString &stored, const QString &collection)
{
    // Names and paths as projections use them; anything else (a quote, a semicolon, a
    // function) fails the match and the entry is not run.
    static const QRegularExpression pattern(QStringLiteral(
        "^INSERT OR REPLACE INTO ([a-z][a-z0-9_]*) \\(fid, ([a-z0-9_, ]+)\\) SELECT fid, "
        "((?:json_extract\\(properties, '\\$\\.[A-Za-z0-9_]+'\\)(?:, )?)+) FROM features "
        "WHERE collection = '([a-z0-9_]+)'$"));
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_]*$"));
    static const QRegularExpression path(QStringLiteral("'(\\$\\.[A-Za-z0-9_]+)'"));
    // The mirror's own tables are never a projection's target.
    static const QSet<QString> coreTables { QStringLiteral("features"),
        QStringLiteral("sync_state"), QStringLiteral("quarantine"), QStringLiteral("bulk_load"),
        QStringLiteral("search_backlog"), QStringLiteral("derived_fill"),
        QStringLiteral("module_schema"), QStringLiteral("failed_pages") };
    const QRegularExpressionMatch match = pattern.match(stored);
    if (!match.hasMatch() || match.captured(4) != collection)
        return std::nullopt;
    const QString table = match.captured(1);
    if (coreTables.contains(table) || table.startsWith(QLatin1String("features_")))
        return std::nullopt;
    const QStringList names = match.captured(2).split(QStringLiteral(", "));
    QStringList paths;
    for (auto it = path.globalMatch(match.captured(3)); it.hasNext();)
        paths.append(it.next().captured(1));
    if (names.size() != paths.size())
        return std::nullopt;
    for (const QString &name : names) {
        if (!identifier.match(name).hasMatch())
            return std::nullopt;
    }
    return fillStatement(table, names, paths, collection);
}

QStringList projectionStatements(const Projection &p)
{
    QStringList names;
    QStringList extracts;
    for (const auto &column : p.columns) {
        names.append(column.first);
        extracts.append(QStringLiteral("json_extract(new.properties, '%1')").arg(column.second));
    }
    const QString insert
        = QStringLiteral("INSERT OR REPLACE INTO %1 (fid, %2) VALUES (new.fid, %3);")
              .arg(p.table, names.join(QStringLiteral(", ")), extracts.join(QStringLiteral(", ")));
    // The same rows for every cached feature of the collection: run once here, and again
    // by sync when a first sync that deferred the triggers completes (mirrorschema.cpp).
    QStringList paths;
    for (const auto &column : p.columns)
        paths.append(column.second);
    const QString fill = fillStatement(p.table, names, paths, p.collection);
    // Row by row only outside a bulk first sync of the collection.
    const QString when = QStringLiteral("new.collection = '%1' AND NOT EXISTS (SELECT 1 FROM "
                                        "bulk_load WHERE collection = '%1')")
                             .arg(p.collection);
    QString quotedFill = fill;
    quotedFill.replace(QLatin1Char('\''), QLatin1String("''"));
    QStringList statements {
        QStringLiteral("CREATE TABLE %1 (fid INTEGER PRIMARY KEY, %2)")
            .arg(p.table, names.join(QStringLiteral(", "))),
        QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON features WHEN %2 BEGIN %3 END")
            .arg(p.table, when, insert),
        QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE ON features WHEN %2 BEGIN %3 END")
            .arg(p.table, when, insert),
        QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON features "
                       "WHEN old.collection = '%2' BEGIN DELETE FROM %1 WHERE fid = old.fid; END")
            .arg(p.table, p.collection),
        fill,
        QStringLiteral("INSERT OR REPLACE INTO derived_fill (name, collection, fill_sql) "
                       "VALUES ('%1', '%2', '%3')")
            .arg(p.table, p.collection, quotedFill),
    };
    for (const QString &columns : p.indexedColumns)
        statements.append(
            QStringLiteral("CREATE INDEX %1_%2 ON %1 (%3)")
                .arg(p.table, columns.section(QLatin1Char(','), 0, 0).trimmed(), columns));
    return statements;
}

} // namespace ioc::core
