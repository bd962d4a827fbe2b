#include "core/mirrorsnapshot.h"

#include "core/localcache.h"
#include "core/logging.h"
#include "core/mirrorschema.h"
#include "core/snapshotschema.h"
#include "core/sqlitedefence.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ioc::core {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// One short-lived connection of its own (DEFENSIVE; the schema trusted, because a real
// mirror's module indexes use json_extract() and SQLite 3.40 refuses to read such a
// schema untrusted; a snapshot's foreign triggers and views are dropped by
// rebuildSnapshotSchema() before anything is written to it), removed when it goes out of scope, so
// these functions never disturb the per-thread connections of SqliteFile.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, bool readOnly, SchemaTrust trust)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("ioc-snapshot-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
        else
            m_ok = openDefensively(db, &m_error, trust);
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool ok() const { return m_ok; }
    const QString &error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

CacheError corrupt(const QString &path, const QString &why)
{
    return CacheError::make(CacheError::Kind::Corrupt, path,
        QCoreApplication::translate("MirrorSnapshot", "%1 is not a usable IOC Desktop snapshot: %2")
            .arg(native(path), why));
}

} // namespace

CacheError exportMirrorSnapshot(const QString &mirrorPath, const QString &destination,
    const QString &appVersion, SnapshotManifest *written)
{
    if (!QFileInfo::exists(mirrorPath)) {
        return CacheError::make(CacheError::Kind::Sql, mirrorPath,
            QCoreApplication::translate(
                "MirrorSnapshot", "There is no local cache to export at %1.")
                .arg(native(mirrorPath)));
    }
    // VACUUM INTO refuses an existing target; write next to the destination first so
    // that the final rename stays on one file system and a failure leaves no half file.
    const QString partial = destination + QLatin1String(".partial");
    removeWithSidecars(partial);

    SnapshotManifest manifest;
    manifest.format = kSnapshotFormat;
    manifest.appVersion = appVersion;
    manifest.createdUtc = QDateTime::currentDateTimeUtc();
    {
        ScopedConnection source(mirrorPath, /*readOnly=*/true, SchemaTrust::Own);
        if (!source.ok()) {
            return CacheError::make(CacheError::Kind::Sql, mirrorPath,
                QCoreApplication::translate("MirrorSnapshot", "Cannot open the local cache %1: %2")
                    .arg(native(mirrorPath), source.error()));
        }
        // A collection in the middle of its bulk first sync has no search or projection
        // rows yet; a copy taken now would lack them wherever it is imported.
        QSqlQuery loading(source.db());
        if (loading.exec(QStringLiteral("SELECT group_concat(collection, ', ') FROM bulk_load"))
            && loading.next() && !loading.value(0).isNull()) {
            return CacheError::make(CacheError::Kind::Sql, mirrorPath,
                QCoreApplication::translate("MirrorSnapshot",
                    "A first sync of %1 is still running: export the snapshot when it has "
                    "finished.")
                    .arg(loading.value(0).toString()));
        }
        loading.finish();
        QSqlQuery vacuum(source.db());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(partial);
        if (!vacuum.exec()) {
            CacheError error = sqlError(vacuum, destination,
                QCoreApplication::translate("MirrorSnapshot", "Cannot write the snapshot"));
            removeWithSidecars(partial);
            return error;
        }
    }
    {
        ScopedConnection copy(partial, /*readOnly=*/false, SchemaTrust::Own);
        QSqlDatabase db = copy.db();
        QString why;
        // One self-contained file: no -wal beside it when it is copied to a USB stick.
        bool ok
            = copy.ok() && execStatement(db, QStringLiteral("PRAGMA journal_mode = DELETE"), &why);
        QSqlQuery query(db);
        if (ok) {
            ok = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
            manifest.mirrorSchemaVersion = ok ? query.value(0).toInt() : 0;
            query.finish();
        }
        if (ok) {
            ok = query.exec(QStringLiteral("SELECT count(*) FROM features")) && query.next();
            manifest.featureCount = ok ? query.value(0).toLongLong() : 0;
            query.finish();
        }
        ok = ok
            && execStatement(db,
                QStringLiteral("DROP TABLE IF EXISTS %1")
                    .arg(QLatin1String(kSnapshotManifestTable)),
                &why)
            && execStatement(db,
                QStringLiteral("CREATE TABLE %1 (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                    .arg(QLatin1String(kSnapshotManifestTable)),
                &why);
        const QList<QPair<QString, QString>> rows = {
            { QStringLiteral("format"), QString::number(manifest.format) },
            { QStringLiteral("app_version"), manifest.appVersion },
            { QStringLiteral("mirror_schema"), QString::number(manifest.mirrorSchemaVersion) },
            { QStringLiteral("created_utc"), manifest.createdUtc.toString(Qt::ISODate) },
            { QStringLiteral("feature_count"), QString::number(manifest.featureCount) },
        };
        for (const auto &row : rows) {
            if (!ok)
                break;
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO %1 (key, value) VALUES (?, ?)")
                               .arg(QLatin1String(kSnapshotManifestTable)));
            insert.addBindValue(row.first);
            insert.addBindValue(row.second);
            ok = insert.exec();
            if (!ok)
                why = insert.lastError().text();
        }
        if (!ok) {
            if (why.isEmpty())
                why = query.lastError().text();
            removeWithSidecars(partial);
            return CacheError::make(CacheError::Kind::Sql, destination,
                QCoreApplication::translate("MirrorSnapshot", "Cannot write the snapshot %1: %2")
                    .arg(native(destination), why));
        }
    }
    if (QFileInfo::exists(destination) && !QFile::remove(destination)) {
        removeWithSidecars(partial);
        return CacheError::make(CacheError::Kind::NotWritable, destination,
            QCoreApplication::translate("MirrorSnapshot", "Cannot replace %1.")
                .arg(native(destination)));
    }
    if (!QFile::rename(partial, destination)) {
        removeWithSidecars(partial);
        return CacheError::make(CacheError::Kind::NotWritable, destination,
            QCoreApplication::translate("MirrorSnapshot", "Cannot write the snapshot %1.")
                .arg(native(destination)));
    }
    qCInfo(lcCache) << "snapshot written:" << destination << manifest.featureCount << "features";
    if (written)
        *written = manifest;
    return CacheError::none();
}

CacheError inspectSnapshot(
    const QString &path, const QHash<QString, int> &knownModuleVersions, SnapshotManifest *out)
{
    if (!QFileInfo(path).isFile())
        return CacheError::make(CacheError::Kind::Sql, path,
            QCoreApplication::translate("MirrorSnapshot", "%1 does not exist.").arg(native(path)));
    ScopedConnection connection(path, /*readOnly=*/true, SchemaTrust::Own);
    if (!connection.ok())
        return corrupt(path, connection.error());
    QSqlDatabase db = connection.db();

    // The full check (not quick_check): a snapshot has travelled on USB sticks and mail.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")))
        return corrupt(path, check.lastError().text());
    QStringList problems;
    while (check.next() && problems.size() < 5)
        problems.append(check.value(0).toString());
    check.finish();
    if (problems != QStringList { QStringLiteral("ok") }) {
        return corrupt(path,
            problems.isEmpty() ? QCoreApplication::translate(
                "MirrorSnapshot", "the integrity check gave no answer")
                               : problems.join(QStringLiteral("; ")));
    }

    SnapshotManifest manifest;
    QSqlQuery rows(db);
    if (!rows.exec(
            QStringLiteral("SELECT key, value FROM %1").arg(QLatin1String(kSnapshotManifestTable))))
        return corrupt(path,
            QCoreApplication::translate("MirrorSnapshot",
                "it has no snapshot manifest (it is not a file written by Export snapshot)"));
    QHash<QString, QString> values;
    while (rows.next())
        values.insert(rows.value(0).toString(), rows.value(1).toString());
    rows.finish();
    manifest.format = values.value(QStringLiteral("format")).toInt();
    manifest.appVersion = values.value(QStringLiteral("app_version"));
    manifest.mirrorSchemaVersion = values.value(QStringLiteral("mirror_schema")).toInt();
    manifest.createdUtc
        = QDateTime::fromString(values.value(QStringLiteral("created_utc")), Qt::ISODate);
    manifest.featureCount = values.value(QStringLiteral("feature_count")).toLongLong();
    if (out)
        *out = manifest;

    if (manifest.format > kSnapshotFormat) {
        return CacheError::make(CacheError::Kind::NewerSchema, path,
            QCoreApplication::translate("MirrorSnapshot",
                "The snapshot %1 was written by a newer IOC Desktop (%2) in a format this "
                "version cannot read. Update IOC Desktop first.")
                .arg(native(path), manifest.appVersion));
    }
    if (manifest.format < 1)
        return corrupt(path,
            QCoreApplication::translate("MirrorSnapshot", "its manifest has no format version"));

    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return corrupt(path, version.lastError().text());
    const int schema = version.value(0).toInt();
    version.finish();
    const int known = mirrorMigrations().constLast().version;
    if (schema > known) {
        return CacheError::make(CacheError::Kind::NewerSchema, path,
            QCoreApplication::translate("MirrorSnapshot",
                "The snapshot %1 comes from a newer IOC Desktop (%2, cache schema %3; this "
                "version knows up to %4). Update IOC Desktop before importing it.")
                .arg(native(path), manifest.appVersion)
                .arg(schema)
                .arg(known));
    }
    if (schema < 1)
        return corrupt(
            path, QCoreApplication::translate("MirrorSnapshot", "it holds no cache tables"));

    QSqlQuery modules(db);
    if (modules.exec(QStringLiteral("SELECT module_id, version FROM module_schema"))) {
        while (modules.next()) {
            const QString id = modules.value(0).toString();
            const int moduleVersion = modules.value(1).toInt();
            if (knownModuleVersions.contains(id) && moduleVersion > knownModuleVersions.value(id)) {
                return CacheError::make(CacheError::Kind::NewerSchema, path,
                    QCoreApplication::translate("MirrorSnapshot",
                        "The snapshot %1 comes from a newer IOC Desktop (%2): the tables of "
                        "module %3 are at version %4, this version knows up to %5. Update "
                        "IOC Desktop before importing it.")
                        .arg(native(path), manifest.appVersion, id)
                        .arg(moduleVersion)
                        .arg(knownModuleVersions.value(id)));
            }
        }
    }
    return CacheError::none();
}

CacheError importMirrorSnapshot(const QString &dataDir, const QString &snapshot,
    const QHash<QString, int> &knownModuleVersions, SnapshotManifest *manifest)
{
    const QDir dir(dataDir);
    if (!QDir().mkpath(dataDir)) {
        return CacheError::make(CacheError::Kind::NotWritable, dataDir,
            QCoreApplication::translate("MirrorSnapshot", "Cannot create the data directory %1.")
                .arg(native(dataDir)));
    }
    const QString mirror = dir.filePath(QLatin1String(LocalCache::kMirrorFileName));
    const QString staged = mirror + QLatin1String(".importing");
    const QString previous = mirror + QLatin1String(".before-import");

    // Check the copy we are going to use, not the original: the stick may be pulled.
    removeWithSidecars(staged);
    if (!QFile::copy(snapshot, staged)) {
        removeWithSidecars(staged);
        if (!QFileInfo(snapshot).isFile())
            return CacheError::make(CacheError::Kind::Sql, snapshot,
                QCoreApplication::translate("MirrorSnapshot", "%1 does not exist.")
                    .arg(native(snapshot)));
        return CacheError::make(CacheError::Kind::NotWritable, dataDir,
            QCoreApplication::translate(
                "MirrorSnapshot", "Cannot copy the snapshot into %1 (is the disk full?).")
                .arg(native(dataDir)));
    }
    QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner);
    if (CacheError error = inspectSnapshot(staged, knownModuleVersions, manifest)) {
        removeWithSidecars(staged);
        error.path = snapshot;
        error.message.replace(native(staged), native(snapshot));
        return error;
    }
    {
        // The manifest describes the file in transit, not a live mirror.
        ScopedConnection copy(staged, /*readOnly=*/false, SchemaTrust::Own);
        QSqlDatabase db = copy.db();
        QString why;
        if (!copy.ok()
            || !execStatement(db,
                QStringLiteral("DROP TABLE %1").arg(QLatin1String(kSnapshotManifestTable)), &why)) {
            removeWithSidecars(staged);
            return CacheError::make(CacheError::Kind::Sql, staged,
                QCoreApplication::translate(
                    "MirrorSnapshot", "Cannot prepare the snapshot copy: %1")
                    .arg(why));
        }
        QSqlQuery version(db);
        const int schema = version.exec(QStringLiteral("PRAGMA user_version")) && version.next()
            ? version.value(0).toInt()
            : 0;
        version.finish();
        if (!rebuildSnapshotSchema(db, schema, &why)) {
            db.close();
            removeWithSidecars(staged);
            return corrupt(snapshot, why);
        }
    }

    // Swap: old mirror aside (with its WAL, which belongs to it), new one in, old one gone.
    removeWithSidecars(previous);
    const bool hadMirror = QFileInfo::exists(mirror);
    if (hadMirror) {
        if (!QFile::rename(mirror, previous)) {
            removeWithSidecars(staged);
            return CacheError::make(CacheError::Kind::NotWritable, mirror,
                QCoreApplication::translate("MirrorSnapshot",
                    "Cannot move the current cache %1 aside; nothing was changed.")
                    .arg(native(mirror)));
        }
        for (const char *suffix : { "-wal", "-shm" }) {
            const QString side = mirror + QLatin1String(suffix);
            if (QFileInfo::exists(side))
                QFile::rename(side, previous + QLatin1String(suffix));
        }
    }
    if (!QFile::rename(staged, mirror)) {
        if (hadMirror) {
            QFile::rename(previous, mirror);
            for (const char *suffix : { "-wal", "-shm" }) {
                if (QFileInfo::exists(previous + QLatin1String(suffix)))
                    QFile::rename(previous + QLatin1String(suffix), mirror + QLatin1String(suffix));
            }
        }
        removeWithSidecars(staged);
        return CacheError::make(CacheError::Kind::NotWritable, mirror,
            QCoreApplication::translate("MirrorSnapshot",
                "Cannot put the snapshot in place of %1; the current cache was kept.")
                .arg(native(mirror)));
    }
    removeWithSidecars(previous);
    qCInfo(lcCache) << "snapshot imported:" << snapshot << "into" << mirror;
    return CacheError::none();
}

} // namespace ioc::core
