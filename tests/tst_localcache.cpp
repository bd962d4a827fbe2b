#include "core/featurestore.h"
#include "core/layoutseal.h"
#include "core/layoutstore.h"
#include "core/localcache.h"
#include "core/mirrorschema.h"
#include "core/operatorschema.h"
#include "core/outboxstore.h"
#include "testfeatures.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

class TestLocalCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dataDir;

    QString mirrorPath() const { return QDir(m_dataDir).filePath(QStringLiteral("mirror.sqlite")); }
    QString operatorPath() const
    {
        return QDir(m_dataDir).filePath(QStringLiteral("operator.sqlite"));
    }

    static void writeGarbage(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray junk(64 * 1024, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = static_cast<char>((i * 7919) % 251);
        file.write(junk);
    }

    static void setUserVersion(const QString &path, int version)
    {
        core::SqliteFile file(path, QStringLiteral("raw"));
        QSqlQuery query(file.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    }

    static qint64 qrand64()
    {
        static qint64 n = 0;
        return ++n;
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_dataDir = m_tmp.filePath(QStringLiteral("data-") + QString::number(qrand64()));
    }

    void freshDirectoryGetsBothFilesAtLatestSchema()
    {
        core::LocalCache cache(m_dataDir);
        QVERIFY(!cache.open());
        QVERIFY(cache.notices().isEmpty());
        QVERIFY(QFile::exists(mirrorPath()));
        QVERIFY(QFile::exists(operatorPath()));
        QCOMPARE(cache.mirror().schemaVersion(), core::mirrorMigrations().constLast().version);
        QCOMPARE(
            cache.operatorStore().schemaVersion(), core::operatorMigrations().constLast().version);

        QSqlQuery query(cache.mirror().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // The mirror can be synced again (NORMAL); the operator store cannot (FULL: a
        // power cut must not lose the last acknowledgement).
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QSqlQuery operatorQuery(cache.operatorStore().connection());
        QVERIFY(operatorQuery.exec(QStringLiteral("PRAGMA synchronous")) && operatorQuery.next());
        QCOMPARE(operatorQuery.value(0).toInt(), 2);
    }

    // Every earlier mirror version must upgrade, keeping (and indexing) what it held.
    void mirrorMigratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        const int latest = core::mirrorMigrations().constLast().version;
        for (int v = 1; v < latest; ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void mirrorMigratesFromEveryEarlierVersion()
    {
        QFETCH(int, fromVersion);
        QVERIFY(QDir().mkpath(m_dataDir));
        {
            core::SqliteFile old(mirrorPath(), QStringLiteral("old"));
            QVERIFY(!old.migrate(core::mirrorMigrations(), fromVersion));
            QCOMPARE(old.schemaVersion(), fromVersion);
            // A row as the v1 code wrote it (the features table exists since v1).
            QSqlQuery insert(old.connection());
            insert.prepare(QStringLiteral("INSERT INTO features (collection, id, properties, "
                                          "content_hash) VALUES (?, ?, ?, ?)"));
            insert.addBindValue(QStringLiteral("edu_schools"));
            insert.addBindValue(QStringLiteral("old-1"));
            insert.addBindValue(QStringLiteral(R"({"name":"Trường Tiểu học Cẩm Xuyên"})"));
            insert.addBindValue(QStringLiteral("h"));
            QVERIFY(insert.exec());
            if (fromVersion >= 2) {
                // From v2 on, the writer also indexed the row for search.
                QSqlQuery fts(old.connection());
                fts.prepare(QStringLiteral("INSERT INTO features_fts (rowid, text) VALUES (?, ?)"));
                fts.addBindValue(insert.lastInsertId());
                fts.addBindValue(QStringLiteral("old-1 truong tieu hoc cam xuyen"));
                QVERIFY(fts.exec());
            }
        }
        core::LocalCache cache(m_dataDir);
        QVERIFY(!cache.open());
        QCOMPARE(cache.mirror().schemaVersion(), core::mirrorMigrations().constLast().version);
        QCOMPARE(cache.features().count({ QStringLiteral("edu_schools") }), 1);
        const auto found = cache.features().search(
            QStringLiteral("cam xuyen"), { QStringLiteral("edu_schools") });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, QStringLiteral("old-1"));
    }

    // The outbox is rebuilt by v4 (a new state): queued actions keep their order, state
    // and sequence numbers, and later actions still queue after them.
    void outboxSurvivesItsRebuild()
    {
        QVERIFY(QDir().mkpath(m_dataDir));
        const QDateTime when
            = QDateTime::fromString(QStringLiteral("2026-12-01T08:00:00Z"), Qt::ISODate);
        {
            core::SqliteFile old(operatorPath(), QStringLiteral("old"));
            QVERIFY(!old.migrate(core::operatorMigrations(), 3));
            core::OutboxStore outbox(old);
            QVERIFY(!outbox.acknowledge(QStringLiteral("u-1"), QStringLiteral("a-1"),
                QStringLiteral("health"), QStringLiteral("Lan"), QString(), when));
            QVERIFY(!outbox.acknowledge(QStringLiteral("u-2"), QStringLiteral("a-2"),
                QStringLiteral("health"), QStringLiteral("Lan"), QString(), when.addSecs(1)));
            QVERIFY(!outbox.markRejected(QStringLiteral("u-1"), QStringLiteral("HTTP 422"), when));
        }
        core::LocalCache cache(m_dataDir);
        QVERIFY(!cache.open());
        core::OutboxStore outbox(cache.operatorStore());
        QCOMPARE(outbox.rejected().size(), 1);
        QCOMPARE(outbox.rejected().first().lastError, QStringLiteral("HTTP 422"));
        QCOMPARE(outbox.pending().size(), 1);
        const qint64 secondSeq = outbox.pending().first().seq;
        QVERIFY(!outbox.acknowledge(QStringLiteral("u-3"), QStringLiteral("a-3"),
            QStringLiteral("health"), QStringLiteral("Lan"), QString(), when.addSecs(2)));
        QCOMPARE(outbox.pending().size(), 2);
        QVERIFY(outbox.pending().last().seq > secondSeq);
    }

    // Named layouts saved before they were sealed (operator store v4) are sealed by the
    // v5 migration as they were: none is lost, and each comes back byte for byte.
    void layoutsSavedBeforeSealingSurvive()
    {
        QVERIFY(QDir().mkpath(m_dataDir));
        // Its length from the literal (20 bytes): a hand-counted 22 read past its end.
        static const char raw[] = "\x00\x00\x00\xff\x00\x00\x00\x01 state bytes";
        const QByteArray state(raw, sizeof raw - 1);
        {
            core::SqliteFile old(operatorPath(), QStringLiteral("old"));
            QVERIFY(!old.migrate(core::operatorMigrations(), 4));
            QSqlQuery insert(old.connection());
            insert.prepare(QStringLiteral("INSERT INTO layouts (name, state, geometry, saved_at) "
                                          "VALUES (?, ?, ?, ?)"));
            insert.addBindValue(QStringLiteral("Ca đêm"));
            insert.addBindValue(state);
            insert.addBindValue(QByteArray("geometry"));
            insert.addBindValue(QStringLiteral("2026-12-01T08:00:00.000Z"));
            QVERIFY(insert.exec());
        }
        core::LocalCache cache(m_dataDir);
        QVERIFY(!cache.open());
        const auto layout = core::LayoutStore(cache.operatorStore()).load(QStringLiteral("Ca đêm"));
        QVERIFY(layout);
        QVERIFY(!layout->damaged);
        QCOMPARE(layout->state, state);
        QCOMPARE(layout->geometry, QByteArray("geometry"));
    }

    // The seal: what was sealed comes back; one changed bit, a cut or no seal at all
    // does not.
    void aLayoutSealCatchesDamage()
    {
        const QByteArray bytes("\x00\x00\x00\xff layout", 12);
        const QByteArray sealed = core::sealLayoutBytes(bytes);
        QCOMPARE(core::unsealLayoutBytes(sealed).value_or(QByteArray()), bytes);
        QCOMPARE(core::unsealLayoutBytes(core::sealLayoutBytes({})).value_or("x"), QByteArray());
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray damaged = sealed;
            damaged[i] = char(damaged.at(i) ^ 0x01);
            QVERIFY2(!core::unsealLayoutBytes(damaged), qPrintable(QString::number(i)));
        }
        QVERIFY(!core::unsealLayoutBytes(sealed.chopped(1)));
        QVERIFY(!core::unsealLayoutBytes(bytes));
        QVERIFY(!core::unsealLayoutBytes({}));
    }

    void newerMirrorSchemaIsRefusedAndLeftUntouched()
    {
        {
            core::LocalCache cache(m_dataDir);
            QVERIFY(!cache.open());
            QVERIFY(!cache.features().upsert(
                { attributeFeature(QStringLiteral("doc_tasks"), QStringLiteral("t1"), {}) }));
        }
        setUserVersion(mirrorPath(), 99);
        core::LocalCache cache(m_dataDir);
        const core::CacheError error = cache.open();
        QCOMPARE(error.kind, core::CacheError::Kind::NewerSchema);
        QVERIFY(error.message.contains(QStringLiteral("newer version")));
        QVERIFY(error.message.contains(mirrorPath()));
        QCOMPARE(cache.mirror().schemaVersion(), 99);
        QSqlQuery query(cache.mirror().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM features")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void newerOperatorSchemaIsRefused()
    {
        {
            core::LocalCache cache(m_dataDir);
            QVERIFY(!cache.open());
        }
        setUserVersion(operatorPath(), 42);
        core::LocalCache cache(m_dataDir);
        const core::CacheError error = cache.open();
        QCOMPARE(error.kind, core::CacheError::Kind::NewerSchema);
        QVERIFY(error.message.contains(operatorPath()));
    }

    void corruptMirrorIsMovedAsideAndRebuilt()
    {
        {
            core::LocalCache cache(m_dataDir);
            QVERIFY(!cache.open());
        }
        QFile::remove(mirrorPath() + QStringLiteral("-wal"));
        QFile::remove(mirrorPath() + QStringLiteral("-shm"));
        writeGarbage(mirrorPath());

        core::LocalCache cache(m_dataDir);
        QVERIFY2(!cache.open(), "a corrupt mirror must not stop the application");
        QCOMPARE(cache.notices().size(), 1);
        QVERIFY(cache.notices().first().contains(QStringLiteral(".corrupt-")));
        const QStringList aside
            = QDir(m_dataDir).entryList({ QStringLiteral("mirror.sqlite.corrupt-*") });
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(QDir(m_dataDir).filePath(aside.first())).size(), 64 * 1024);
        // The new mirror works.
        QVERIFY(!cache.features().upsert(
            { attributeFeature(QStringLiteral("doc_tasks"), QStringLiteral("t1"), {}) }));
        QCOMPARE(cache.features().count({ QStringLiteral("doc_tasks") }), 1);
    }

    void corruptOperatorStoreIsNeverReplaced()
    {
        QVERIFY(QDir().mkpath(m_dataDir));
        writeGarbage(operatorPath());
        const QByteArray before = [&] {
            QFile f(operatorPath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        core::LocalCache cache(m_dataDir);
        const core::CacheError error = cache.open();
        QCOMPARE(error.kind, core::CacheError::Kind::Corrupt);
        QVERIFY(error.message.contains(operatorPath()));
        QVERIFY(error.message.contains(QStringLiteral("will not replace")));
        QFile after(operatorPath());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        QVERIFY(QDir(m_dataDir).entryList({ QStringLiteral("operator.sqlite.*") }).isEmpty());
    }

    void unwritableDataDirIsAClearError()
    {
        // A path below a regular file can never be created, even by root.
        QFile blocker(m_tmp.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        core::LocalCache cache(m_tmp.filePath(QStringLiteral("blocker/data")));
        const core::CacheError error = cache.open();
        QCOMPARE(error.kind, core::CacheError::Kind::NotWritable);
        QVERIFY(error.message.contains(QStringLiteral("blocker")));
    }

    void fullDiskKeepsWhatWasStored()
    {
        core::LocalCache cache(m_dataDir);
        QVERIFY(!cache.open());
        QVERIFY(!cache.features().upsert(
            { attributeFeature(QStringLiteral("doc_tasks"), QStringLiteral("kept"), {}) }));
        {
            // Simulate a full disk: SQLite reports SQLITE_FULL when max_page_count is hit.
            QSqlQuery query(cache.mirror().connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
            const int pages = query.value(0).toInt();
            QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        }
        QList<core::Feature> big;
        const QString blob(4000, QLatin1Char('x'));
        for (int i = 0; i < 200; ++i)
            big.append(
                attributeFeature(QStringLiteral("doc_tasks"), QStringLiteral("big-%1").arg(i),
                    { { QStringLiteral("body"), blob + QString::number(i) } }));
        const core::CacheError error = cache.features().upsert(big);
        QCOMPARE(error.kind, core::CacheError::Kind::DiskFull);
        QVERIFY(error.message.contains(QStringLiteral("disk is full")));
        QCOMPARE(cache.features().count({ QStringLiteral("doc_tasks") }), 1);
        QVERIFY(cache.features()
                    .feature(QStringLiteral("doc_tasks"), QStringLiteral("kept"))
                    .has_value());
    }

    void moduleMigrationsAreVersionedPerModule()
    {
        core::LocalCache cache(m_dataDir);
        QVERIFY(!cache.open());
        int applied = 0;
        core::Migration first
            = core::Migration::fromStatements(1, QStringLiteral("camera status projection"),
                { QStringLiteral("CREATE TABLE cam_status (id TEXT PRIMARY KEY, status TEXT)") });
        core::Migration counting;
        counting.version = 2;
        counting.description = QStringLiteral("counting step");
        counting.apply = [&applied](QSqlDatabase &, QString *) {
            ++applied;
            return true;
        };

        QVERIFY(!cache.applyModuleMigrations(QStringLiteral("cameras"), { first, counting }));
        QVERIFY(!cache.applyModuleMigrations(QStringLiteral("cameras"), { first, counting }));
        QCOMPARE(applied, 1);
        QSqlQuery query(cache.mirror().connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT version FROM module_schema WHERE module_id = 'cameras'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);

        // A failing step rolls back alone and is reported with the module and step.
        core::Migration broken = core::Migration::fromStatements(
            3, QStringLiteral("broken"), { QStringLiteral("CREATE TABLE cam_status (x)") });
        const core::CacheError error
            = cache.applyModuleMigrations(QStringLiteral("cameras"), { first, counting, broken });
        QVERIFY(error.isError());
        QVERIFY(error.message.contains(QStringLiteral("cameras")));
        QVERIFY(query.exec(
            QStringLiteral("SELECT version FROM module_schema WHERE module_id = 'cameras'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
