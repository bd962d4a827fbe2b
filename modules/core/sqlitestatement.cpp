#include "core/sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace ioc::core {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (m_db
        && sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            != SQLITE_OK)
        m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QByteArray &utf8)
{
    // SQLITE_TRANSIENT: SQLite copies the bytes, so temporaries are safe to pass.
    sqlite3_bind_text(
        m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    bind(index, text.toUtf8());
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        // Read the error before reset() can overwrite it.
        m_errorCode = sqlite3_extended_errcode(m_db);
        m_errorMessage = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        return false;
    }
    sqlite3_reset(m_stmt);
    return true;
}

bool SqliteStatement::next()
{
    return sqlite3_step(m_stmt) == SQLITE_ROW;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray(text, sqlite3_column_bytes(m_stmt, column));
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

QString SqliteStatement::errorMessage() const
{
    if (!m_errorMessage.isEmpty())
        return m_errorMessage;
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

int SqliteStatement::errorCode() const
{
    if (m_errorCode != 0)
        return m_errorCode;
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

} // namespace ioc::core
