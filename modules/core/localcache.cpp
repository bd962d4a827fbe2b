#include "core/localcache.h"

#include "core/featurestore.h"
#include "core/logging.h"
#include "core/mirrorschema.h"
#include "core/operatorschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

namespace ioc::core {

LocalCache::LocalCache(const QString &dataDir)
    : m_dataDir(QDir(dataDir).absolutePath())
    , m_mirror(std::make_unique<SqliteFile>(
          QDir(m_dataDir).filePath(QLatin1String(kMirrorFileName)), QStringLiteral("mirror")))
    , m_operator(std::make_unique<SqliteFile>(
          QDir(m_dataDir).filePath(QLatin1String(kOperatorFileName)), QStringLiteral("operator")))
    , m_features(std::make_unique<FeatureStore>(*m_mirror))
{ }

LocalCache::~LocalCache() = default;

CacheError LocalCache::checkDirectory() const
{
    if (!QDir().mkpath(m_dataDir)) {
        return CacheError::make(CacheError::Kind::NotWritable, m_dataDir,
            QCoreApplication::translate("LocalCache", "Cannot create the data directory %1.")
                .arg(QDir::toNativeSeparators(m_dataDir)));
    }
    // QFileInfo::isWritable does not see read-only mounts; a real write does.
    QTemporaryFile probe(QDir(m_dataDir).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open()) {
        return CacheError::make(CacheError::Kind::NotWritable, m_dataDir,
            QCoreApplication::translate("LocalCache",
                "The data directory %1 is not writable. Choose another "
                "with --data-dir or fix its permissions.")
                .arg(QDir::toNativeSeparators(m_dataDir)));
    }
    return CacheError::none();
}

CacheError LocalCache::open()
{
    m_notices.clear();
    if (CacheError error = checkDirectory())
        return error;

    // The operator store first: if it is damaged we stop before touching anything else.
    if (CacheError error = m_operator->quickCheck()) {
        m_operator->closeAll();
        if (error.kind == CacheError::Kind::Corrupt) {
            error.message = QCoreApplication::translate("LocalCache",
                "The operator store %1 is damaged (%2). It holds acknowledgements "
                "and notes that exist nowhere else, so IOC Desktop will not "
                "replace it. Copy it for your administrator, then move it away "
                "to start with an empty store.")
                                .arg(QDir::toNativeSeparators(m_operator->path()), error.message);
        }
        return error;
    }
    if (CacheError error = m_operator->migrate(operatorMigrations())) {
        m_operator->closeAll();
        return error;
    }
    return openMirror();
}

CacheError LocalCache::openMirror()
{
    CacheError check = m_mirror->quickCheck();
    if (check.kind == CacheError::Kind::Corrupt) {
        if (CacheError moved = moveAsideCorruptMirror(check.message))
            return moved;
        check = m_mirror->quickCheck();
    }
    if (check)
        return check;
    return m_mirror->migrate(mirrorMigrations());
}

CacheError LocalCache::moveAsideCorruptMirror(const QString &reason)
{
    m_mirror->closeAll();
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = m_mirror->path() + QLatin1String(".corrupt-") + stamp;
    qCWarning(lcCache) << "mirror is corrupt:" << reason << "- moving it to" << aside;
    if (!QFile::rename(m_mirror->path(), aside)) {
        return CacheError::make(CacheError::Kind::NotWritable, m_mirror->path(),
            QCoreApplication::translate("LocalCache",
                "The cache %1 is damaged and could "
                "not be moved aside.")
                .arg(QDir::toNativeSeparators(m_mirror->path())));
    }
    // The WAL and shared-memory files belong to the damaged database, not to the new one.
    for (const char *suffix : { "-wal", "-shm" }) {
        const QString side = m_mirror->path() + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, aside + QLatin1String(suffix));
    }
    m_notices.append(QCoreApplication::translate("LocalCache",
        "The local data cache was damaged and has been "
        "rebuilt empty; it will fill again at the next "
        "sync. The damaged file was kept as %1.")
                         .arg(QDir::toNativeSeparators(aside)));
    return CacheError::none();
}

CacheError LocalCache::applyModuleMigrations(
    const QString &moduleId, const QList<Migration> &migrations)
{
    if (migrations.isEmpty())
        return CacheError::none();
    QSqlDatabase db = m_mirror->connection();
    QSqlQuery current(db);
    current.prepare(QStringLiteral("SELECT version FROM module_schema WHERE module_id = ?"));
    current.addBindValue(moduleId);
    if (!current.exec())
        return sqlError(current, m_mirror->path(), QStringLiteral("Cannot read module schema"));
    const int from = current.next() ? current.value(0).toInt() : 0;
    current.finish();
    const int latest = migrations.constLast().version;
    if (from > latest) {
        return CacheError::make(CacheError::Kind::NewerSchema, m_mirror->path(),
            QStringLiteral("Module %1's tables in %2 are from a newer version "
                           "(%3 > %4).")
                .arg(moduleId, m_mirror->path())
                .arg(from)
                .arg(latest));
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= from)
            continue;
        if (!db.transaction())
            return CacheError::make(CacheError::Kind::Sql, m_mirror->path(),
                QStringLiteral("Cannot start a transaction"));
        QString why;
        QSqlQuery record(db);
        record.prepare(
            QStringLiteral("INSERT INTO module_schema (module_id, version) VALUES (?, ?) "
                           "ON CONFLICT (module_id) DO UPDATE SET version = excluded.version"));
        record.addBindValue(moduleId);
        record.addBindValue(migration.version);
        const bool ok = migration.apply(db, &why) && record.exec();
        if (!ok || !db.commit()) {
            db.rollback();
            return CacheError::make(CacheError::Kind::Sql, m_mirror->path(),
                QStringLiteral("Module %1 schema %2 (%3) failed: %4")
                    .arg(moduleId)
                    .arg(migration.version)
                    .arg(migration.description, why));
        }
    }
    return CacheError::none();
}

} // namespace ioc::core
