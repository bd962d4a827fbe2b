#include "core/sqlitedefence.h"

#include "core/sqlitestatement.h"

#include <QSqlDatabase>
#include <QString>
#include <sqlite3.h>

namespace ioc::core {

bool openDefensively(const QSqlDatabase &db, QString *error, SchemaTrust trust)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = QStringLiteral("not an open SQLite connection");
        return false;
    }
    const int wantTrusted = trust == SchemaTrust::Own ? 1 : 0;
    int defensive = 0;
    int trusted = -1;
    if (sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &defensive) != SQLITE_OK
        || sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, wantTrusted, &trusted)
            != SQLITE_OK
        || defensive != 1 || trusted != wantTrusted) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    return true;
}

} // namespace ioc::core
