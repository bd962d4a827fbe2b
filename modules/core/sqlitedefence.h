#pragma once

class QSqlDatabase;
class QString;

namespace ioc::core {

enum class SchemaTrust {
    // A file IOC Desktop made and keeps (the mirror, the operator store, the tile cache):
    // its triggers are ours and use json_extract() and FTS5, which SQLite 3.40 does not
    // mark innocuous, so its schema stays trusted.
    Own,
    // A file from elsewhere (a snapshot on a USB stick, an MBTiles file): its triggers,
    // views and defaults may not call functions or virtual tables not marked innocuous.
    Foreign,
};

// Sets up a connection so a file is data, never code: SQLITE_DBCONFIG_DEFENSIVE always
// (no writes to the schema table or other ways to corrupt the file by SQL), and
// trusted_schema off for a foreign file. False with *error when SQLite refuses.
bool openDefensively(const QSqlDatabase &db, QString *error, SchemaTrust trust);

} // namespace ioc::core
