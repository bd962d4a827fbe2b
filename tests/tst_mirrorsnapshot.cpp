// Snapshot export/import: a round trip keeps every feature and search entry, and a damaged,
// foreign or newer snapshot is refused before anything in the data directory changes.

#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/mirrorschema.h"
#include "core/mirrorsnapshot.h"
#include "testfeatures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void execOn(const QString &path, const QString &sql)
{
    core::SqliteFile file(path, QStringLiteral("raw"));
    QSqlQuery query(file.connection());
    QVERIFY2(query.exec(sql), qPrintable(sql));
}

} // namespace

class TestMirrorSnapshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;

    QString freshDir() { return m_tmp.filePath(QStringLiteral("d%1").arg(++m_counter)); }

    // A data directory with a few features in two collections, Vietnamese included.
    QString populatedDir()
    {
        const QString dir = freshDir();
        core::LocalCache cache(dir);
        if (cache.open())
            return {};
        const QList<core::Feature> features = {
            pointFeature(QStringLiteral("edu_schools"), QStringLiteral("s1"), 105.9, 18.34,
                { { QStringLiteral("name"), QStringLiteral("Trường THPT Hồng Lĩnh") } }),
            pointFeature(QStringLiteral("edu_schools"), QStringLiteral("s2"), 105.7, 18.5,
                { { QStringLiteral("name"), QStringLiteral("Trường Tiểu học Đức Thọ") } }),
            attributeFeature(QStringLiteral("doc_tasks"), QStringLiteral("t1"),
                { { QStringLiteral("title"), QStringLiteral("Báo cáo quý") } }),
        };
        if (cache.features().upsert(features))
            return {};
        return dir;
    }

    QString mirrorOf(const QString &dir) const
    {
        return QDir(dir).filePath(QLatin1String(core::LocalCache::kMirrorFileName));
    }

    // A second data directory with its own (different) mirror, to see that refusals keep it.
    QString otherDirWithOneFeature()
    {
        const QString dir = freshDir();
        core::LocalCache cache(dir);
        if (cache.open())
            return {};
        if (cache.features().upsert(
                { attributeFeature(QStringLiteral("hlt_facilities"), QStringLiteral("h1"), {}) }))
            return {};
        return dir;
    }

    void expectRefusedAndUntouched(const QString &snapshot, core::CacheError::Kind kind)
    {
        const QString target = otherDirWithOneFeature();
        QVERIFY(!target.isEmpty());
        const QByteArray before = fileHash(mirrorOf(target));
        QVERIFY(!before.isEmpty());
        const core::CacheError error = core::importMirrorSnapshot(target, snapshot, {});
        QCOMPARE(error.kind, kind);
        QVERIFY2(
            error.message.contains(QDir::toNativeSeparators(snapshot)), qPrintable(error.message));
        QCOMPARE(fileHash(mirrorOf(target)), before);
        // Nothing left behind from the attempt.
        const QStringList leftovers = QDir(target).entryList(
            { QStringLiteral("*.importing*"), QStringLiteral("*.before-import*") }, QDir::Files);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
        core::LocalCache cache(target);
        QVERIFY(!cache.open());
        QCOMPARE(cache.features().count({ QStringLiteral("hlt_facilities") }), 1);
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void roundTripKeepsFeaturesSearchAndCursors()
    {
        const QString source = populatedDir();
        QVERIFY(!source.isEmpty());
        execOn(mirrorOf(source),
            QStringLiteral(
                "INSERT INTO module_schema (module_id, version) VALUES ('education', 2)"));
        const QString snapshot = m_tmp.filePath(QStringLiteral("round trip ảnh chụp.iocsnap"));
        core::SnapshotManifest written;
        QVERIFY(!core::exportMirrorSnapshot(
            mirrorOf(source), snapshot, QStringLiteral("9.8.7"), &written));
        QCOMPARE(written.featureCount, 3);
        QCOMPARE(written.mirrorSchemaVersion, core::mirrorMigrations().constLast().version);
        QVERIFY(!QFile::exists(snapshot + QStringLiteral("-wal")));

        core::SnapshotManifest inspected;
        QVERIFY(
            !core::inspectSnapshot(snapshot, { { QStringLiteral("education"), 2 } }, &inspected));
        QCOMPARE(inspected.appVersion, QStringLiteral("9.8.7"));
        QCOMPARE(inspected.featureCount, 3);
        QVERIFY(qAbs(inspected.createdUtc.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // Import over an existing, different mirror; the operator store stays as it was.
        const QString target = otherDirWithOneFeature();
        const QString operatorFile
            = QDir(target).filePath(QLatin1String(core::LocalCache::kOperatorFileName));
        const QByteArray operatorBefore = fileHash(operatorFile);
        QVERIFY(
            !core::importMirrorSnapshot(target, snapshot, { { QStringLiteral("education"), 2 } }));
        QCOMPARE(fileHash(operatorFile), operatorBefore);
        QVERIFY(
            QDir(target)
                .entryList({ QStringLiteral("*.before-import*"), QStringLiteral("*.importing*") })
                .isEmpty());

        core::LocalCache cache(target);
        QVERIFY(!cache.open());
        QCOMPARE(cache.features().count({ QStringLiteral("edu_schools") }), 2);
        QCOMPARE(cache.features().count({ QStringLiteral("doc_tasks") }), 1);
        QCOMPARE(cache.features().count({ QStringLiteral("hlt_facilities") }), 0);
        const auto found
            = cache.features().search(QStringLiteral("duc tho"), { QStringLiteral("edu_schools") });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, QStringLiteral("s2"));
        // The manifest belongs to the file in transit, not to the live mirror.
        QSqlQuery query(cache.mirror().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                               .arg(QLatin1String(core::kSnapshotManifestTable))));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void importIntoEmptyDirectoryWorks()
    {
        const QString source = populatedDir();
        const QString snapshot = m_tmp.filePath(QStringLiteral("empty-target.iocsnap"));
        QVERIFY(!core::exportMirrorSnapshot(mirrorOf(source), snapshot, QStringLiteral("1")));
        const QString target = freshDir();
        QVERIFY(!core::importMirrorSnapshot(target, snapshot, {}));
        core::LocalCache cache(target);
        QVERIFY(!cache.open());
        QCOMPARE(cache.features().count({ QStringLiteral("edu_schools") }), 2);
    }

    void exportReplacesAnExistingFile()
    {
        const QString source = populatedDir();
        const QString snapshot = m_tmp.filePath(QStringLiteral("again.iocsnap"));
        QVERIFY(!core::exportMirrorSnapshot(mirrorOf(source), snapshot, QStringLiteral("1")));
        QVERIFY(!core::exportMirrorSnapshot(mirrorOf(source), snapshot, QStringLiteral("2")));
        core::SnapshotManifest manifest;
        QVERIFY(!core::inspectSnapshot(snapshot, {}, &manifest));
        QCOMPARE(manifest.appVersion, QStringLiteral("2"));
    }

    // A collection halfway through its bulk first sync has no search or projection rows
    // yet: a copy of it would lack them wherever it is imported.
    void exportDuringABulkFirstSyncIsRefused()
    {
        const QString source = populatedDir();
        execOn(mirrorOf(source), QStringLiteral("INSERT INTO bulk_load VALUES ('ps_dossiers')"));
        const QString snapshot = m_tmp.filePath(QStringLiteral("mid-sync.iocsnap"));
        const core::CacheError error
            = core::exportMirrorSnapshot(mirrorOf(source), snapshot, QStringLiteral("1"));
        QVERIFY(error);
        QVERIFY2(error.message.contains(QStringLiteral("ps_dossiers")), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(snapshot));
    }

    void garbageFileIsRefused()
    {
        const QString snapshot = m_tmp.filePath(QStringLiteral("garbage.iocsnap"));
        QFile file(snapshot);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray junk(32 * 1024, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = static_cast<char>((i * 7919) % 251);
        file.write(junk);
        file.close();
        expectRefusedAndUntouched(snapshot, core::CacheError::Kind::Corrupt);
    }

    void damagedSnapshotIsRefused()
    {
        const QString source = populatedDir();
        const QString snapshot = m_tmp.filePath(QStringLiteral("damaged.iocsnap"));
        QVERIFY(!core::exportMirrorSnapshot(mirrorOf(source), snapshot, QStringLiteral("1")));
        // Overwrite pages in the middle of the file (keeping the header): what a bad
        // sector or a truncated download does. integrity_check must notice.
        QFile file(snapshot);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        QVERIFY(file.seek(4096));
        file.write(QByteArray(int(size - 4096), '\xA5'));
        file.close();
        expectRefusedAndUntouched(snapshot, core::CacheError::Kind::Corrupt);
    }

    void sqliteFileWithoutManifestIsRefused()
    {
        // A raw mirror copied by hand is not a snapshot: no manifest, refused by name.
        const QString source = populatedDir();
        const QString copy = m_tmp.filePath(QStringLiteral("raw-mirror.sqlite"));
        QVERIFY(!core::exportMirrorSnapshot(mirrorOf(source), copy, QStringLiteral("1")));
        execOn(
            copy, QStringLiteral("DROP TABLE %1").arg(QLatin1String(core::kSnapshotManifestTable)));
        expectRefusedAndUntouched(copy, core::CacheError::Kind::Corrupt);
    }

    void newerMirrorSchemaIsRefused()
    {
        const QString source = populatedDir();
        const QString snapshot = m_tmp.filePath(QStringLiteral("newer.iocsnap"));
        QVERIFY(!core::exportMirrorSnapshot(mirrorOf(source), snapshot, QStringLiteral("99.0")));
        execOn(snapshot, QStringLiteral("PRAGMA user_version = 999"));
        expectRefusedAndUntouched(snapshot, core::CacheError::Kind::NewerSchema);
    }

    void newerModuleTablesAreRefused()
    {
        const QString source = populatedDir();
        execOn(mirrorOf(source),
            QStringLiteral(
                "INSERT INTO module_schema (module_id, version) VALUES ('education', 7)"));
        const QString snapshot = m_tmp.filePath(QStringLiteral("newer-module.iocsnap"));
        QVERIFY(!core::exportMirrorSnapshot(mirrorOf(source), snapshot, QStringLiteral("99.0")));
        const QString target = otherDirWithOneFeature();
        const QByteArray before = fileHash(mirrorOf(target));
        const core::CacheError error
            = core::importMirrorSnapshot(target, snapshot, { { QStringLiteral("education"), 3 } });
        QCOMPARE(error.kind, core::CacheError::Kind::NewerSchema);
        QVERIFY(error.message.contains(QStringLiteral("education")));
        QCOMPARE(fileHash(mirrorOf(target)), before);
    }

    void missingSnapshotIsAClearError()
    {
        const QString target = otherDirWithOneFeature();
        const QByteArray before = fileHash(mirrorOf(target));
        const QString missing = m_tmp.filePath(QStringLiteral("no-such.iocsnap"));
        const core::CacheError error = core::importMirrorSnapshot(target, missing, {});
        QVERIFY(error.isError());
        QVERIFY(error.message.contains(QDir::toNativeSeparators(missing)));
        QCOMPARE(fileHash(mirrorOf(target)), before);
    }

    // A snapshot is data, not code: triggers, views and tables the file brought along are
    // dropped, derived_fill and module versions emptied (the modules rebuild their tables),
    // and no resume point or server verdict survives the journey.
    void importDropsForeignCodeAndResumeState()
    {
        const QString source = populatedDir();
        QVERIFY(!source.isEmpty());
        for (const char *sql : {
                 "CREATE TRIGGER planted AFTER UPDATE ON sync_state BEGIN DELETE FROM features; "
                 "END",
                 "CREATE VIEW peek AS SELECT id FROM features",
                 "CREATE TABLE edu_facts (fid INTEGER PRIMARY KEY, x)",
                 "CREATE INDEX edu_facts_x ON edu_facts (x)",
                 // A module index on an expression (se_observation_indicator is one).
                 "CREATE INDEX edu_name ON features (json_extract(properties, '$.name'))",
                 // As a module's projection trigger does (json_extract is not innocuous:
                 // exporting our own mirror must still work).
                 "CREATE TRIGGER edu_facts_insert AFTER INSERT ON features BEGIN INSERT INTO "
                 "edu_facts (fid, x) VALUES (new.fid, json_extract(new.properties, '$.name')); "
                 "END",
                 "INSERT INTO derived_fill (name, collection, fill_sql) VALUES ('edu_facts', "
                 "'edu_schools', 'DELETE FROM features')",
                 "INSERT INTO module_schema (module_id, version) VALUES ('education', 1)",
                 "INSERT INTO sync_state (collection, next_url, mode, pages_done, "
                 "datetime_verdict, page_limit, max_updated_at) VALUES ('edu_schools', "
                 "'http://elsewhere.example/items?token=1', 'initial', 3, 1, 10, "
                 "'2026-11-01T00:00:00Z')",
             })
            execOn(mirrorOf(source), QString::fromLatin1(sql));
        const QString snapshot = m_tmp.filePath(QStringLiteral("planted.iocsnap"));
        QVERIFY(!core::exportMirrorSnapshot(mirrorOf(source), snapshot, QStringLiteral("1")));
        const QString target = freshDir();
        const core::CacheError error = core::importMirrorSnapshot(target, snapshot, {});
        QVERIFY2(!error, qPrintable(error.message));

        core::LocalCache cache(target);
        QVERIFY(!cache.open());
        QCOMPARE(cache.features().count({ QStringLiteral("edu_schools") }), 2);
        QSqlQuery query(cache.mirror().connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT group_concat(name) FROM sqlite_master WHERE name IN "
            "('planted', 'peek', 'edu_facts', 'edu_facts_x', 'edu_name') OR type IN ('trigger', "
            "'view')")));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).isNull(), qPrintable(query.value(0).toString()));
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM derived_fill), "
                                          "(SELECT count(*) FROM module_schema)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QCOMPARE(query.value(1).toInt(), 0);
        QVERIFY(query.exec(
            QStringLiteral("SELECT next_url, mode, pages_done, datetime_verdict, page_limit, "
                           "max_updated_at FROM sync_state WHERE collection = 'edu_schools'")));
        QVERIFY(query.next());
        for (int column = 0; column < 5; ++column) {
            if (column == 2)
                QCOMPARE(query.value(column).toInt(), 0);
            else
                QVERIFY2(query.value(column).isNull(), qPrintable(query.value(column).toString()));
        }
        // What the data says stays: the cursor of the data it holds.
        QCOMPARE(query.value(5).toString(), QStringLiteral("2026-11-01T00:00:00Z"));
    }

    // A core table whose definition differs from ours (here a column with a default
    // expression) is not ours: the file is refused and the current cache kept.
    void anAlteredCoreTableIsRefused()
    {
        const QString source = populatedDir();
        execOn(mirrorOf(source),
            QStringLiteral("ALTER TABLE sync_state ADD COLUMN extra TEXT DEFAULT 'x'"));
        const QString snapshot = m_tmp.filePath(QStringLiteral("altered.iocsnap"));
        QVERIFY(!core::exportMirrorSnapshot(mirrorOf(source), snapshot, QStringLiteral("1")));
        expectRefusedAndUntouched(snapshot, core::CacheError::Kind::Corrupt);
    }

    void exportWithoutCacheIsAClearError()
    {
        const QString dir = freshDir();
        const core::CacheError error = core::exportMirrorSnapshot(
            mirrorOf(dir), m_tmp.filePath(QStringLiteral("x.iocsnap")), QStringLiteral("1"));
        QVERIFY(error.isError());
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("x.iocsnap"))));
    }
};

QTEST_GUILESS_MAIN(TestMirrorSnapshot)
#include "tst_mirrorsnapshot.moc"
