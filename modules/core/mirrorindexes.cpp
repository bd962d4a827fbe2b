#include "core/mirrorindexes.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ioc::core {

namespace {

// Names are written into SQL text (CREATE INDEX takes no bound values), so only plain
// identifiers get there.
bool isIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

bool ensureRecordTable(QSqlDatabase &db, QString *error)
{
    return execStatement(db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS derived_indexes ("
                       "name TEXT PRIMARY KEY, owner TEXT NOT NULL, collection TEXT NOT NULL, "
                       "definition TEXT NOT NULL, created_at TEXT NOT NULL)"),
        error);
}

// The indexes on `features` whose name starts with the owner's prefix, as SQLite has them.
QSet<QString> existingIndexes(QSqlDatabase &db, const QString &owner)
{
    QSet<QString> names;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                 "AND tbl_name = 'features' AND substr(name, 1, ?) = ?"));
    const QString prefix = owner + QLatin1Char('_');
    query.addBindValue(int(prefix.size()));
    query.addBindValue(prefix);
    if (query.exec()) {
        while (query.next())
            names.insert(query.value(0).toString());
    }
    return names;
}

bool dropIndex(QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM derived_indexes WHERE name = ?"));
    forget.addBindValue(name);
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return execStatement(db, QStringLiteral("DROP INDEX IF EXISTS \"%1\"").arg(quoted), error)
        && forget.exec();
}

bool recordIndex(QSqlDatabase &db, const QString &owner, const DerivedIndex &index)
{
    QSqlQuery record(db);
    record.prepare(QStringLiteral("INSERT OR REPLACE INTO derived_indexes "
                                  "(name, owner, collection, definition, created_at) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    record.addBindValue(index.name);
    record.addBindValue(owner);
    record.addBindValue(index.collection);
    record.addBindValue(index.createSql());
    record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return record.exec();
}

} // namespace

QString DerivedIndex::createSql() const
{
    return QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON features (%2) WHERE collection = '%3'")
        .arg(name, expressions.join(QStringLiteral(", ")), collection);
}

QHash<QString, QString> recordedDerivedIndexes(const SqliteFile &mirror, const QString &owner)
{
    QHash<QString, QString> recorded;
    QSqlQuery query(mirror.connection());
    query.prepare(QStringLiteral("SELECT name, definition FROM derived_indexes WHERE owner = ?"));
    query.addBindValue(owner);
    if (query.exec()) { // no table yet: nothing recorded
        while (query.next())
            recorded.insert(query.value(0).toString(), query.value(1).toString());
    }
    return recorded;
}

DerivedIndexReport ensureDerivedIndexes(
    const SqliteFile &mirror, const QString &owner, const QList<DerivedIndex> &wanted)
{
    DerivedIndexReport report;
    QSqlDatabase db = mirror.connection();
    QString error;
    if (!isIdentifier(owner)) {
        report.errors.append(QStringLiteral("\"%1\" cannot own mirror indexes").arg(owner));
        return report;
    }
    if (!ensureRecordTable(db, &error)) {
        report.errors.append(QStringLiteral("cannot keep the index record: ") + error);
        return report;
    }
    const QHash<QString, QString> recorded = recordedDerivedIndexes(mirror, owner);
    const QSet<QString> existing = existingIndexes(db, owner);
    const QString prefix = owner + QLatin1Char('_');
    QSet<QString> wantedNames;
    for (const DerivedIndex &index : wanted) {
        if (!isIdentifier(index.name) || !index.name.startsWith(prefix)
            || !isIdentifier(index.collection) || index.expressions.isEmpty()) {
            report.errors.append(
                QStringLiteral("refused the index \"%1\" on \"%2\": not a plain name of %3")
                    .arg(index.name, index.collection, owner));
            continue;
        }
        if (wantedNames.contains(index.name))
            continue; // declared twice
        wantedNames.insert(index.name);
        const auto previous = recorded.constFind(index.name);
        const bool exists = existing.contains(index.name);
        // Same name, other definition (the owner changed how it writes the expressions).
        if (exists && previous != recorded.constEnd() && *previous != index.createSql()) {
            if (!dropIndex(db, index.name, &error)) {
                report.errors.append(error);
                continue;
            }
            report.dropped.append(index.name);
        } else if (exists && previous != recorded.constEnd()) {
            report.present.insert(index.name);
            continue;
        }
        QSqlQuery create(db);
        if (!create.exec(index.createSql()) || !recordIndex(db, owner, index)) {
            report.errors.append(QStringLiteral("cannot create the index %1: %2")
                                     .arg(index.name, create.lastError().text()));
            continue;
        }
        if (!exists || previous != recorded.constEnd())
            report.created.append(index.name);
        report.present.insert(index.name);
    }
    // Indexes the owner no longer asks for only slow every write of their collection.
    QSet<QString> unwanted = existing;
    for (auto it = recorded.constBegin(); it != recorded.constEnd(); ++it)
        unwanted.insert(it.key());
    unwanted.subtract(wantedNames);
    for (const QString &name : std::as_const(unwanted)) {
        if (!dropIndex(db, name, &error)) {
            report.errors.append(
                QStringLiteral("cannot drop the unused index %1: %2").arg(name, error));
            continue;
        }
        if (existing.contains(name))
            report.dropped.append(name);
    }
    return report;
}

} // namespace ioc::core
