#pragma once

#include "core/recordtablemodel.h"

#include <QByteArray>
#include <QStringList>

namespace ioc::core {

class SqliteFile;

// One CSV line as spreadsheets expect it: fields quoted when they hold a comma, quote or
// line break (quotes doubled), CRLF at the end.
QByteArray csvLine(const QStringList &fields);
// Excel reads UTF-8 only after a byte-order mark; without it Vietnamese turns to mojibake.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// Writes every record a browser shows — all pages, not only the rows scrolled to — with
// the same columns, filter and value labels, as UTF-8 CSV with a BOM. Safe on a worker
// thread: it reads through that thread's own connection of `mirror`. Returns the number of
// records written, or -1 with *error set.
qint64 writeRecordsCsv(const SqliteFile &mirror, const QStringList &collections,
    const QList<RecordTableModel::PropertyColumn> &columns, const QString &filter,
    const QString &path, QString *error);

} // namespace ioc::core
