#pragma once

#include "core/cacheerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

class QSqlQuery;

namespace ioc::core {

// One step of a schema. Versions count up from 1; PRAGMA user_version holds the last
// applied step. A step runs inside the same transaction as its version bump, so a crash
// mid-migration leaves the previous version intact.
struct Migration
{
    int version = 0;
    QString description;
    std::function<bool(QSqlDatabase &db, QString *error)> apply;

    static Migration fromStatements(
        int version, const QString &description, const QStringList &statements);
};

// One SQLite file. QtSql connections belong to the thread that opened them, so
// connection() hands each thread its own, opened on first use with the same pragmas.
class SqliteFile
{
public:
    SqliteFile(const QString &path, const QString &role);
    ~SqliteFile();

    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    const QString &path() const { return m_path; }
    const QString &role() const { return m_role; }

    // The calling thread's connection; invalid (with *error set) if it cannot be opened.
    QSqlDatabase connection(CacheError *error = nullptr) const;

    // Closes and forgets every connection this object opened (all threads must be done).
    void closeAll();

    // PRAGMA quick_check: cheap enough for every start, catches torn or foreign files.
    CacheError quickCheck() const;

    int schemaVersion(CacheError *error = nullptr) const;

    // Brings the schema to targetVersion (default: the last migration). Refuses a file
    // whose version is newer than anything this build knows.
    CacheError migrate(const QList<Migration> &migrations, int targetVersion = -1) const;

private:
    QString connectionName() const;

    QString m_path;
    QString m_role;
    mutable QStringList m_openedNames;
};

// Turns a failed query into a CacheError (recognising "disk full" and "read-only").
CacheError sqlError(const QSqlQuery &query, const QString &path, const QString &what);

// Commits db's open transaction. A COMMIT can fail where the statements did not: with a
// large page cache the pages reach the WAL only now, so a full disk shows up here
// (SQLITE_FULL). Then the transaction is rolled back — left open it would hold the write
// lock and swallow the connection's later writes — and the error says what happened.
CacheError commitTransaction(QSqlDatabase &db, const QString &path, const QString &what);

// Whether an error text (a CacheError message, a sync report's error) says the disk was
// full: for layers that only see the text.
bool mentionsDiskFull(const QString &message);

// Runs one statement with no bound values (DDL, pragmas). Returns false and fills *error.
bool execStatement(QSqlDatabase &db, const QString &sql, QString *error);

} // namespace ioc::core
