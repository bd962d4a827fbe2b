#pragma once

#include "core/sqlitefile.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace ioc::core {

// A typed projection of one collection's properties: a plain table (fid + columns) that
// SQLite triggers on `features` keep in step with every insert, update and delete, so
// sync needs to know nothing about it and module queries use ordinary indexed columns
// instead of parsing JSON row by row. Created (and filled from what is already cached) by
// a module's cache migration, which also registers its fill statement in derived_fill:
// during a bulk first sync the triggers stand aside and sync runs that statement once at
// the end.
struct Projection
{
    QString table;
    QString collection;
    QList<QPair<QString, QString>> columns; // column name -> JSON path ("$.status")
    // One index per entry: "received_at" or, covering, "received_at, unit_code, status"
    // (named after its first column).
    QStringList indexedColumns;
};

// The statements of a migration that creates `projection`, its triggers and indexes,
// and fills it from the features already cached.
QStringList projectionStatements(const Projection &projection);

// The fill statement of a derived_fill entry, rebuilt from the table, column names and
// JSON paths read out of the stored text, which must have exactly the form
// projectionStatements() writes, for `collection`, into a table that is not one of the
// mirror's own. No SQL text read from a file is ever run as it is: the file may come
// from anywhere (docs/reliability.md). std::nullopt when the entry is not such a fill.
std::optional<QString> rebuiltFillStatement(const QString &stored, const QString &collection);

} // namespace ioc::core
