#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace ioc::core {

// A prepared statement on the SQLite C API, for the few hot paths (sync's page writes)
// where QSqlQuery's per-value QVariant boxing costs more than the database work
// (measured: 203k vs 880k plain inserts/s, docs/performance.md). Everything else uses
// QtSql. The handle comes from the QSQLITE driver, so both share one connection and
// one transaction.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();

    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Binding: 1-based indexes as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QByteArray &utf8); // text; empty array binds ''
    void bindText(int index, const QString &text);
    void bindNull(int index);

    // Runs to completion (no rows expected). Resets the statement for reuse.
    bool exec();
    // Steps once: true if a row is available.
    bool next();
    qint64 columnInt64(int column) const;
    QByteArray columnText(int column) const;
    bool columnIsNull(int column) const;
    void reset();

    // The last error of the connection, with the SQLite result code.
    QString errorMessage() const;
    int errorCode() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_errorCode = 0;
    QString m_errorMessage;
};

// The raw handle of a QSQLITE connection (nullptr if it is not SQLite or not open).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace ioc::core
