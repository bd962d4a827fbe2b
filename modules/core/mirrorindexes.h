#pragma once

#include "core/sqlitefile.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Indexes on the mirror that a module derives at run time: the alert rules' partial
// indexes depend on the rulebook loaded, so they cannot be a versioned step of
// mirrorMigrations(). They are made by one named, idempotent step instead,
// ensureDerivedIndexes(), which keeps a record of what it created in the mirror table
// `derived_indexes` (created by the step itself, IF NOT EXISTS).
//
// Why the record is not a mirror migration: a v7 would make every snapshot this build
// exports unreadable by v6 builds, for a table that can always be rebuilt. The record and
// the indexes are derived data like the modules' projections: an imported snapshot drops
// both (snapshotschema.h) and the next ensure step recreates them; a rebuilt mirror
// starts without either.
namespace ioc::core {

// A partial index over one collection's rows of `features`.
struct DerivedIndex
{
    QString name; // "<owner>_…": letters, digits and '_'
    QString collection; // letters, digits and '_' (it is written into the SQL)
    QStringList expressions; // SQL from the owner, e.g. json_extract(properties, '$.x')

    // CREATE INDEX IF NOT EXISTS <name> ON features (<expressions>) WHERE collection = '…'
    QString createSql() const;
};

struct DerivedIndexReport
{
    QSet<QString> present; // the wanted indexes that exist now (queries may name them)
    QStringList created;
    QStringList dropped;
    QStringList errors; // one sentence per index refused or failed
};

// Makes the mirror hold exactly `wanted` of `owner`'s indexes: creates the missing ones,
// drops those the owner recorded before and no longer wants, and records the result.
// Indexes named "<owner>_…" on `features` that the record does not list (made before the
// record existed) are taken over: recorded if wanted, dropped if not. Refuses (in
// errors) a name or collection that is not a plain identifier or a name without the
// owner's prefix. Runs on the calling thread's connection; safe to repeat.
DerivedIndexReport ensureDerivedIndexes(
    const SqliteFile &mirror, const QString &owner, const QList<DerivedIndex> &wanted);

// What the record lists for `owner`: index name → its CREATE statement.
QHash<QString, QString> recordedDerivedIndexes(const SqliteFile &mirror, const QString &owner);

} // namespace ioc::core
