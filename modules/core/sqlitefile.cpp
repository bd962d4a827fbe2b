#include "core/sqlitefile.h"

#include "core/localcache.h"
#include "core/logging.h"
#include "core/sqlitedefence.h"

#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace ioc::core {

namespace {

// SQLite extended result codes surface in QSqlError::nativeErrorCode() as text.
constexpr int kSqliteFull = 13;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;
constexpr const char *kDiskFullWords = "the disk is full";

QMutex &namesMutex()
{
    static QMutex mutex;
    return mutex;
}

CacheError::Kind kindForNativeCode(const QString &nativeCode)
{
    bool ok = false;
    const int primary = nativeCode.toInt(&ok) & 0xff;
    if (!ok)
        return CacheError::Kind::Sql;
    switch (primary) {
    case kSqliteFull:
        return CacheError::Kind::DiskFull;
    case kSqliteReadOnly:
        return CacheError::Kind::NotWritable;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return CacheError::Kind::Corrupt;
    default:
        return CacheError::Kind::Sql;
    }
}

} // namespace

Migration Migration::fromStatements(
    int version, const QString &description, const QStringList &statements)
{
    Migration migration;
    migration.version = version;
    migration.description = description;
    migration.apply = [statements](QSqlDatabase &db, QString *error) {
        for (const QString &sql : statements) {
            if (!execStatement(db, sql, error))
                return false;
        }
        return true;
    };
    return migration;
}

bool execStatement(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text() + QLatin1String(" — in: ") + sql.simplified().left(120);
    return false;
}

CacheError sqlError(const QSqlQuery &query, const QString &path, const QString &what)
{
    const QSqlError err = query.lastError();
    const CacheError::Kind kind = kindForNativeCode(err.nativeErrorCode());
    QString message = what + QLatin1String(": ") + err.text();
    if (kind == CacheError::Kind::DiskFull)
        message = what + QLatin1String(": ") + QLatin1String(kDiskFullWords)
            + QLatin1String("; nothing was written and nothing already stored was lost (")
            + err.text() + QLatin1Char(')');
    return CacheError::make(kind, path, message);
}

CacheError commitTransaction(QSqlDatabase &db, const QString &path, const QString &what)
{
    QSqlQuery commit(db);
    if (commit.exec(QStringLiteral("COMMIT")))
        return CacheError::none();
    const CacheError error = sqlError(commit, path, what);
    commit.finish();
    db.rollback(); // fails harmlessly when SQLite already rolled back
    return error;
}

bool mentionsDiskFull(const QString &message)
{
    // Ours (sqlError, FeatureStore) and SQLite's own text for SQLITE_FULL.
    return message.contains(QLatin1String(kDiskFullWords))
        || message.contains(QLatin1String("database or disk is full"));
}

SqliteFile::SqliteFile(const QString &path, const QString &role)
    : m_path(path)
    , m_role(role)
{ }

SqliteFile::~SqliteFile()
{
    closeAll();
}

QString SqliteFile::connectionName() const
{
    return QStringLiteral("ioc-%1-%2-%3")
        .arg(m_role)
        .arg(reinterpret_cast<quintptr>(this), 0, 16)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase SqliteFile::connection(CacheError *error) const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, /*open=*/false);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    {
        QMutexLocker lock(&namesMutex());
        m_openedNames.append(name);
    }
    if (!db.open()) {
        if (error)
            *error = CacheError::make(CacheError::Kind::NotWritable, m_path,
                QStringLiteral("Cannot open %1: %2").arg(m_path, db.lastError().text()));
        return db;
    }
    QString refused;
    if (!openDefensively(db, &refused, SchemaTrust::Own)) {
        if (error)
            *error = CacheError::make(CacheError::Kind::NotWritable, m_path,
                QStringLiteral("Cannot open %1 safely: %2").arg(m_path, refused));
        return db;
    }
    // WAL lets the sync thread write while the UI reads; NORMAL is durable at each
    // checkpoint and is what measured.md's insert rates were taken with. The operator
    // store is the one file that exists nowhere else (acknowledgements not yet sent, the
    // outbox): FULL, so a power cut cannot take the last acknowledgement with it. Its
    // writes are a few rows per operator action; the mirror can be synced again.
    const bool irreplaceable
        = QFileInfo(m_path).fileName() == QLatin1String(LocalCache::kOperatorFileName);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        irreplaceable ? QStringLiteral("PRAGMA synchronous = FULL")
                      : QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        // 64 MiB page cache per connection (negative = KiB): measured.md saw 5–6 s of
        // system time per million indexed inserts go away with it; modest for a laptop.
        QStringLiteral("PRAGMA cache_size = -65536"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            if (error)
                *error = sqlError(query, m_path, QStringLiteral("Cannot open %1").arg(m_path));
            return db;
        }
    }
    if (error)
        *error = CacheError::none();
    return db;
}

void SqliteFile::closeAll()
{
    QStringList names;
    {
        QMutexLocker lock(&namesMutex());
        names.swap(m_openedNames);
    }
    for (const QString &name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

CacheError SqliteFile::quickCheck() const
{
    CacheError error;
    QSqlDatabase db = connection(&error);
    if (error)
        return error.kind == CacheError::Kind::NotWritable
            ? error
            : CacheError::make(CacheError::Kind::Corrupt, m_path, error.message);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        CacheError err = sqlError(query, m_path, QStringLiteral("Integrity check failed"));
        if (err.kind == CacheError::Kind::Sql)
            err.kind = CacheError::Kind::Corrupt;
        return err;
    }
    if (!query.next() || query.value(0).toString() != QLatin1String("ok")) {
        return CacheError::make(CacheError::Kind::Corrupt, m_path,
            QStringLiteral("Integrity check failed: %1").arg(query.value(0).toString()));
    }
    return CacheError::none();
}

int SqliteFile::schemaVersion(CacheError *error) const
{
    QSqlDatabase db = connection(error);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = sqlError(query, m_path, QStringLiteral("Cannot read schema version"));
        return -1;
    }
    return query.value(0).toInt();
}

CacheError SqliteFile::migrate(const QList<Migration> &migrations, int targetVersion) const
{
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (targetVersion < 0)
        targetVersion = latest;

    CacheError error;
    const int current = schemaVersion(&error);
    if (error)
        return error;
    if (current > latest) {
        return CacheError::make(CacheError::Kind::NewerSchema, m_path,
            QStringLiteral("%1 was written by a newer version of IOC Desktop (schema %2; this "
                           "version knows up to %3). It was left untouched; update IOC Desktop "
                           "or choose another data directory.")
                .arg(m_path)
                .arg(current)
                .arg(latest));
    }

    QSqlDatabase db = connection();
    for (const Migration &migration : migrations) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        qCInfo(lcCache) << m_role << "schema" << migration.version << migration.description;
        if (!db.transaction())
            return CacheError::make(CacheError::Kind::Sql, m_path, db.lastError().text());
        QString why;
        const bool applied = migration.apply(db, &why)
            && execStatement(
                db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), &why);
        if (!applied || !db.commit()) {
            db.rollback();
            return CacheError::make(CacheError::Kind::Sql, m_path,
                QStringLiteral("Schema upgrade to version %1 (%2) failed: %3")
                    .arg(migration.version)
                    .arg(migration.description, why));
        }
    }
    return CacheError::none();
}

} // namespace ioc::core
