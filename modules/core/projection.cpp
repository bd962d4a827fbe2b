#include "core/projection.h"

namespace ioc::core {

QStringList projectionStatements(const Projection &p)
{
    QStringList names;
    QStringList extracts;
    QStringList extractsOld;
    for (const auto &column : p.columns) {
        names.append(column.first);
        extracts.append(QStringLiteral("json_extract(new.properties, '%1')").arg(column.second));
        extractsOld.append(QStringLiteral("json_extract(properties, '%1')").arg(column.second));
    }
    const QString insert
        = QStringLiteral("INSERT OR REPLACE INTO %1 (fid, %2) VALUES (new.fid, %3);")
              .arg(p.table, names.join(QStringLiteral(", ")), extracts.join(QStringLiteral(", ")));
    // The same rows for every cached feature of the collection: run once here, and again
    // by sync when a first sync that deferred the triggers completes (mirrorschema.cpp).
    const QString fill = QStringLiteral(
        "INSERT OR REPLACE INTO %1 (fid, %2) SELECT fid, %3 FROM features WHERE collection = '%4'")
                             .arg(p.table, names.join(QStringLiteral(", ")),
                                 extractsOld.join(QStringLiteral(", ")), p.collection);
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
