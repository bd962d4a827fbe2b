// Sync against the simulator on loopback, started and stopped by each test.
//
// Over 600 lines: one QtTest class sharing the simulator fixture (simulatorprocess.h)
// and the cache helpers; each sync behaviour is one short test.

#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/outboxstore.h"
#include "simulatorprocess.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"
#include "testfeatures.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ioc;
using namespace ioc::sync;

namespace {

// Small collections so each test takes seconds; a page limit that makes several pages.
const QStringList kCollections = { QStringLiteral("health_facilities"),
    QStringLiteral("edu_schools"), QStringLiteral("admin_units"), QStringLiteral("ps_offices") };

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::LocalCache> m_cache;

    SyncSettings settingsFor(const test::SimulatorProcess &sim) const
    {
        SyncSettings settings;
        settings.baseUrl = sim.url();
        settings.pageLimit = 100;
        settings.requestTimeout = std::chrono::seconds(10);
        return settings;
    }

    QList<SyncReport> syncOnce(const SyncSettings &settings,
        const QStringList &collections = kCollections, SyncEngine *existing = nullptr)
    {
        SyncEngine local(m_dir->path(), settings, collections);
        SyncEngine &engine = existing ? *existing : local;
        QSignalSpy done(&engine, &SyncEngine::runOnceFinished);
        engine.runOnce();
        if (!done.wait(60000))
            return {};
        return done.first().first().value<QList<SyncReport>>();
    }

    static SyncReport reportFor(const QList<SyncReport> &reports, const QString &collection)
    {
        for (const SyncReport &report : reports) {
            if (report.collection == collection)
                return report;
        }
        return {};
    }

    QSet<QString> cachedIds(const QString &collection) const
    {
        QSet<QString> ids;
        QSqlQuery query(m_cache->mirror().connection());
        query.prepare(QStringLiteral("SELECT id FROM features WHERE collection = ?"));
        query.addBindValue(collection);
        query.exec();
        while (query.next())
            ids.insert(query.value(0).toString());
        return ids;
    }

    bool integrityOk() const
    {
        QSqlQuery query(m_cache->mirror().connection());
        return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
            && query.value(0).toString() == QLatin1String("ok");
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery query(m_cache->mirror().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    // What a bulk first sync deferred was built: nothing left loading or waiting, and every
    // cached feature has its search row.
    bool derivedDataComplete() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM bulk_load")) == 0
            && scalar(QStringLiteral("SELECT count(*) FROM search_backlog")) == 0
            && scalar(QStringLiteral("SELECT count(*) FROM features_fts"))
            == scalar(QStringLiteral("SELECT count(*) FROM features"));
    }

    static bool startSim(test::SimulatorProcess &sim, const QStringList &args)
    {
        QString error;
        if (sim.start(args, &error))
            return true;
        qWarning("%s", qPrintable(error));
        return false;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cache = std::make_unique<core::LocalCache>(m_dir->path());
        QVERIFY(!m_cache->open());
    }

    void cleanup()
    {
        m_cache.reset();
        m_dir.reset();
    }

    void firstSyncThenIncrementalThenNotModified()
    {
        test::SimulatorProcess sim;
        QVERIFY(startSim(sim,
            { QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--seed"),
                QStringLiteral("3") }));
        const SyncSettings settings = settingsFor(sim);

        QList<SyncReport> reports = syncOnce(settings);
        QCOMPARE(reports.size(), kCollections.size());
        for (const QString &collection : kCollections) {
            const SyncReport report = reportFor(reports, collection);
            QVERIFY2(report.succeeded(), qPrintable(collection + QLatin1Char(' ') + report.error));
            QCOMPARE(report.mode, QStringLiteral("initial"));
            const QSet<QString> source = sim.allIds(collection);
            QVERIFY(!source.isEmpty());
            QCOMPARE(cachedIds(collection), source);
            QCOMPARE(report.inserted, source.size());
            QVERIFY(report.pages >= source.size() / 100);
        }
        QVERIFY(integrityOk());
        QVERIFY(derivedDataComplete());

        reports = syncOnce(settings);
        for (const SyncReport &report : reports) {
            QVERIFY2(report.succeeded(), qPrintable(report.error));
            QCOMPARE(report.mode, QStringLiteral("incremental"));
            QCOMPARE(report.inserted + report.updated + report.deleted, 0);
        }
        // Same cursor, same URL: the server's ETag answers 304 and nothing is downloaded.
        reports = syncOnce(settings);
        for (const SyncReport &report : reports)
            QCOMPARE(report.outcome, SyncReport::Outcome::NotModified);
    }

    void minimalServerWithMappedIds()
    {
        QTemporaryDir dir;
        const QString idMap = dir.filePath(QStringLiteral("idmap.json"));
        {
            QFile file(idMap);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"health_facilities":"co_so_y_te","edu_schools":"truong_hoc"})");
        }
        test::SimulatorProcess sim;
        QVERIFY(startSim(sim,
            { QStringLiteral("--minimal"), QStringLiteral("--id-map"), idMap,
                QStringLiteral("--rate"), QStringLiteral("0") }));
        SyncSettings settings = settingsFor(sim);
        settings.mappings.insert(
            QStringLiteral("health_facilities"), { QStringLiteral("co_so_y_te"), {} });
        settings.mappings.insert(
            QStringLiteral("edu_schools"), { QStringLiteral("truong_hoc"), {} });
        const QStringList collections
            = { QStringLiteral("health_facilities"), QStringLiteral("edu_schools") };

        QList<SyncReport> reports = syncOnce(settings, collections);
        for (const SyncReport &report : reports)
            QVERIFY2(report.succeeded(),
                qPrintable(report.collection + QLatin1Char(' ') + report.error));
        QCOMPARE(cachedIds(QStringLiteral("health_facilities")),
            sim.allIds(QStringLiteral("co_so_y_te")));
        QCOMPARE(
            cachedIds(QStringLiteral("edu_schools")), sim.allIds(QStringLiteral("truong_hoc")));

        // A server without datetime filtering is kept right by reconciliation alone.
        reports = syncOnce(settings, collections);
        for (const SyncReport &report : reports) {
            QVERIFY2(report.succeeded(), qPrintable(report.error));
            QCOMPARE(report.mode, QStringLiteral("reconcile"));
        }
        // A mapped collection the server lacks is reported, not fatal.
        settings.mappings.insert(QStringLiteral("ps_offices"), { QStringLiteral("khong_co"), {} });
        reports
            = syncOnce(settings, { QStringLiteral("ps_offices"), QStringLiteral("edu_schools") });
        QCOMPARE(reportFor(reports, QStringLiteral("ps_offices")).outcome,
            SyncReport::Outcome::MissingAtSource);
        QVERIFY(reportFor(reports, QStringLiteral("edu_schools")).succeeded());
    }

    void incrementalSyncPicksUpLiveChanges()
    {
        test::SimulatorProcess sim;
        QVERIFY(startSim(sim,
            { QStringLiteral("--rate"), QStringLiteral("600"), QStringLiteral("--clock-speed"),
                QStringLiteral("60") }));
        const SyncSettings settings = settingsFor(sim);
        const QStringList collections = { QStringLiteral("cam_cameras") };
        QVERIFY(
            reportFor(syncOnce(settings, collections), QStringLiteral("cam_cameras")).succeeded());
        QTest::qWait(2500); // ≈ 2.5 simulated minutes of camera status changes
        const SyncReport report
            = reportFor(syncOnce(settings, collections), QStringLiteral("cam_cameras"));
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.mode, QStringLiteral("incremental"));
        QVERIFY2(report.updated > 0, "live changes must arrive through the incremental read");
        QVERIFY(report.fetched < 1800); // not the whole collection again
        QCOMPARE(
            cachedIds(QStringLiteral("cam_cameras")), sim.allIds(QStringLiteral("cam_cameras")));
    }

    void reconciliationRemovesWhatTheSourceDeleted()
    {
        test::SimulatorProcess sim;
        QVERIFY(startSim(sim, { QStringLiteral("--rate"), QStringLiteral("0") }));
        const SyncSettings settings = settingsFor(sim);
        const QStringList collections = { QStringLiteral("ps_offices") };
        QVERIFY(
            reportFor(syncOnce(settings, collections), QStringLiteral("ps_offices")).succeeded());
        // A feature the source no longer has (deleted there since the last pass).
        QVERIFY(!m_cache->features().upsert(
            { test::attributeFeature(QStringLiteral("ps_offices"), QStringLiteral("ghost"), {}) }));
        QSqlQuery query(m_cache->mirror().connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE sync_state SET last_reconciled = '2020-01-01T00:00:00.000Z'")));

        const SyncReport report
            = reportFor(syncOnce(settings, collections), QStringLiteral("ps_offices"));
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.mode, QStringLiteral("reconcile"));
        QCOMPARE(report.deleted, 1);
        QCOMPARE(cachedIds(QStringLiteral("ps_offices")), sim.allIds(QStringLiteral("ps_offices")));
    }

    // The alert engine learns what changed from featuresChanged: every new or changed
    // feature once, nothing that is unchanged, and what reconciliation removed.
    void featuresChangedListsOnlyRealChanges()
    {
        test::SimulatorProcess sim;
        QVERIFY(startSim(sim, { QStringLiteral("--rate"), QStringLiteral("0") }));
        const SyncSettings settings = settingsFor(sim);
        const QString collection = QStringLiteral("ps_offices");
        const QStringList collections = { collection };
        using Changes = QList<QPair<QStringList, QStringList>>;
        auto syncCollecting = [&](Changes *changes) {
            SyncEngine engine(m_dir->path(), settings, collections);
            connect(&engine, &SyncEngine::featuresChanged, this,
                [&](const QString &which, const QStringList &changed, const QStringList &removed) {
                    QCOMPARE(which, collection);
                    changes->append({ changed, removed });
                });
            return reportFor(syncOnce(settings, collections, &engine), collection);
        };

        Changes first;
        QVERIFY(syncCollecting(&first).succeeded());
        QStringList changed;
        for (const auto &change : std::as_const(first)) {
            changed += change.first;
            QVERIFY(change.second.isEmpty());
        }
        const QSet<QString> source = sim.allIds(collection);
        QCOMPARE(changed.size(), source.size()); // each once
        QCOMPARE(QSet<QString>(changed.begin(), changed.end()), source);

        // One feature altered locally, one the source does not have: a forced full pass
        // must report exactly the first as changed and the second as removed.
        const QString altered = *source.begin();
        QSqlQuery query(m_cache->mirror().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE features SET content_hash = 'stale' "
                                          "WHERE collection = '%1' AND id = '%2'")
                               .arg(collection, altered)));
        QVERIFY(!m_cache->features().upsert(
            { test::attributeFeature(collection, QStringLiteral("ghost"), {}) }));
        QVERIFY(query.exec(
            QStringLiteral("UPDATE sync_state SET last_reconciled = '2020-01-01T00:00:00.000Z'")));
        Changes second;
        const SyncReport report = syncCollecting(&second);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.mode, QStringLiteral("reconcile"));
        QStringList changedAgain;
        QStringList removed;
        for (const auto &change : std::as_const(second)) {
            changedAgain += change.first;
            removed += change.second;
        }
        QCOMPARE(changedAgain, QStringList { altered });
        QCOMPARE(removed, QStringList { QStringLiteral("ghost") });
        QCOMPARE(report.unchanged, source.size() - 1);
    }

    void droppedConnectionsResumeWithoutLossOrDuplicates()
    {
        test::SimulatorProcess sim;
        QVERIFY(startSim(sim,
            { QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--drop-rate"),
                QStringLiteral("0.3") }));
        const SyncSettings settings = settingsFor(sim);
        bool sawFailure = false;
        bool sawResume = false;
        QStringList remaining = kCollections;
        for (int attempt = 0; attempt < 40 && !remaining.isEmpty(); ++attempt) {
            const QList<SyncReport> reports = syncOnce(settings, remaining);
            for (const SyncReport &report : reports) {
                sawResume = sawResume || report.resumed;
                if (report.succeeded())
                    remaining.removeAll(report.collection);
                else
                    sawFailure = true;
            }
        }
        QVERIFY2(remaining.isEmpty(), qPrintable(remaining.join(QLatin1Char(','))));
        QVERIFY(sawFailure);
        QVERIFY(sawResume);
        QVERIFY(integrityOk());
        QVERIFY(derivedDataComplete());
        test::SimulatorProcess clean;
        QVERIFY(startSim(clean, { QStringLiteral("--rate"), QStringLiteral("0") }));
        for (const QString &collection : kCollections)
            QCOMPARE(cachedIds(collection), clean.allIds(collection));
    }

    void killedProcessResumes()
    {
        test::SimulatorProcess sim;
        QVERIFY(startSim(sim,
            { QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--latency-ms"),
                QStringLiteral("40") }));
        const QStringList args = { QStringLiteral("--sync-once"), QStringLiteral("--data-dir"),
            m_dir->path(), QStringLiteral("--data-center"), sim.url().toString() };
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IOC_NO_KEYRING"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(qEnvironmentVariable("IOC_DESKTOP_EXE"), args);
        QVERIFY(first.waitForStarted());
        QTest::qWait(2500);
        QCOMPARE(first.state(), QProcess::Running); // still syncing: 24 collections, 40 ms a page
        first.kill();
        first.waitForFinished();
        // Killed in the middle of a bulk first sync: something was left to build.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM bulk_load")) > 0);

        QVERIFY(integrityOk());
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(qEnvironmentVariable("IOC_DESKTOP_EXE"), args);
        QVERIFY(second.waitForFinished(240000));
        const QString out = QString::fromUtf8(second.readAllStandardOutput());
        QVERIFY2(second.exitCode() == 0,
            qPrintable(out + QString::fromUtf8(second.readAllStandardError())));
        QVERIFY(integrityOk());
        for (const QString &collection : { QStringLiteral("health_facilities"),
                 QStringLiteral("cam_cameras"), QStringLiteral("admin_units") })
            QCOMPARE(cachedIds(collection), sim.allIds(collection));
        QVERIFY(derivedDataComplete());
        // The app's own projections (deferred by the killed bulk load) hold every row.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ps_dossier_facts")),
            scalar(
                QStringLiteral("SELECT count(*) FROM features WHERE collection = 'ps_dossiers'")));
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM ps_dossier_facts")) > 0);
    }

    // Stopped after the last page was stored but before the run's end was recorded (the
    // bulk build is seconds long): the next run records the end and builds, downloading
    // nothing again.
    void stoppedBeforeTheEndIsRecordedDownloadsNothingAgain()
    {
        test::SimulatorProcess sim;
        QVERIFY(startSim(sim, { QStringLiteral("--rate"), QStringLiteral("0") }));
        const SyncSettings settings = settingsFor(sim);
        const QString c = QStringLiteral("health_facilities");
        QList<SyncReport> reports = syncOnce(settings, { c });
        QVERIFY(reportFor(reports, c).succeeded());
        const qint64 pages = reportFor(reports, c).pages;
        // Put the cache back in the state the stop leaves: pages stored, search rows
        // waiting, the run still open.
        QSqlQuery setup(m_cache->mirror().connection());
        QVERIFY(setup.exec(QStringLiteral(
            "UPDATE sync_state SET mode = 'initial', next_url = NULL, last_success = NULL, "
            "pages_done = %1 WHERE collection = 'health_facilities'")
                               .arg(pages)));
        QVERIFY(setup.exec(QStringLiteral("INSERT INTO bulk_load VALUES ('health_facilities')")));
        QVERIFY(setup.exec(
            QStringLiteral("INSERT INTO search_backlog SELECT rowid, text FROM features_fts")));
        QVERIFY(setup.exec(QStringLiteral("DELETE FROM features_fts")));

        reports = syncOnce(settings, { c });
        const SyncReport report = reportFor(reports, c);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.fetched, 0);
        QCOMPARE(report.pages, 0);
        QVERIFY(report.derivedBuilt);
        QVERIFY(derivedDataComplete());
        QCOMPARE(cachedIds(c), sim.allIds(c));
        QVERIFY(m_cache->features().lastSuccessfulSync({ c }).has_value());
        // And the next run is an ordinary one.
        reports = syncOnce(settings, { c });
        QVERIFY(!reportFor(reports, c).derivedBuilt);
        QCOMPARE(reportFor(reports, c).mode, QStringLiteral("incremental"));
    }

    void malformedFeaturesAreQuarantinedNothingElseLost()
    {
        test::SimulatorProcess sim;
        QVERIFY(startSim(sim,
            { QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--malformed-rate"),
                QStringLiteral("0.4") }));
        const SyncSettings settings = settingsFor(sim);
        QStringList remaining = kCollections;
        for (int attempt = 0; attempt < 40 && !remaining.isEmpty(); ++attempt) {
            for (const SyncReport &report : syncOnce(settings, remaining)) {
                if (report.succeeded())
                    remaining.removeAll(report.collection);
            }
        }
        QVERIFY2(remaining.isEmpty(), qPrintable(remaining.join(QLatin1Char(','))));
        SyncStore store(m_cache->mirror());
        qint64 quarantined = 0;
        qint64 duplicates = 0;
        QSet<QString> quarantinedIds;
        for (const QuarantineRow &row : store.quarantine(kCollections, 100000)) {
            ++quarantined;
            quarantinedIds.insert(row.featureId);
            QVERIFY(!row.reason.isEmpty());
            if (row.reason.contains(QStringLiteral("duplicate id")))
                ++duplicates;
        }
        QVERIFY2(quarantined > 0, "the fault must have produced quarantined features");
        test::SimulatorProcess clean;
        QVERIFY(startSim(clean, { QStringLiteral("--rate"), QStringLiteral("0") }));
        qint64 missing = 0;
        for (const QString &collection : kCollections) {
            const QSet<QString> source = clean.allIds(collection);
            const QSet<QString> cached = cachedIds(collection);
            // Nothing that is not at the source got in…
            QVERIFY((cached - source).isEmpty());
            missing += (source - quarantinedIds - cached).size();
        }
        // …and every source feature is cached or quarantined, except those a duplicated
        // id hid from the response (the server sent another feature under their id).
        QVERIFY2(missing <= duplicates,
            qPrintable(QStringLiteral("%1 missing, %2 duplicates").arg(missing).arg(duplicates)));
        QVERIFY(integrityOk());

        // One clean reconciliation pass and the cache is exactly the source again.
        QSqlQuery query(m_cache->mirror().connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE sync_state SET last_reconciled = '2020-01-01T00:00:00.000Z'")));
        SyncSettings cleanSettings = settingsFor(clean);
        for (const SyncReport &report : syncOnce(cleanSettings))
            QVERIFY2(report.succeeded(), qPrintable(report.error));
        for (const QString &collection : kCollections)
            QCOMPARE(cachedIds(collection), clean.allIds(collection));
    }

    void tokenIsRequiredAndNeverLogged()
    {
        const QString token = QStringLiteral("s3cr3t-t0ken-42");
        test::SimulatorProcess sim;
        QVERIFY(startSim(sim,
            { QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--token"), token }));
        g_log.clear();
        g_previousHandler = qInstallMessageHandler(captureMessages);
        SyncSettings settings = settingsFor(sim);
        const QStringList collections
            = { QStringLiteral("ps_offices"), QStringLiteral("edu_schools") };
        QList<SyncReport> reports = syncOnce(settings, collections);
        for (const SyncReport &report : reports)
            QCOMPARE(report.outcome, SyncReport::Outcome::AuthFailed);
        settings.token = QStringLiteral("wrong");
        reports = syncOnce(settings, collections);
        bool named401 = false;
        for (const SyncReport &report : reports) {
            QCOMPARE(report.outcome, SyncReport::Outcome::AuthFailed);
            named401 = named401 || report.error.contains(QStringLiteral("401"));
        }
        QVERIFY(named401);
        settings.token = token;
        reports = syncOnce(settings, collections);
        for (const SyncReport &report : reports)
            QVERIFY2(report.succeeded(), qPrintable(report.error));

        // The outbox uses the token too.
        core::OutboxStore outbox(m_cache->operatorStore());
        QVERIFY(!outbox.acknowledge(QUuid::createUuid().toString(QUuid::WithoutBraces),
            QStringLiteral("k"), QStringLiteral("health"), QStringLiteral("lan"), QString(),
            QDateTime::currentDateTimeUtc()));
        SyncEngine engine(m_dir->path(), settings, collections);
        QSignalSpy outboxDone(&engine, &SyncEngine::outboxChanged);
        engine.flushOutbox();
        QVERIFY(outboxDone.wait(10000));
        qInstallMessageHandler(g_previousHandler);
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(token), qPrintable(line));
    }

    void retryAfterSetsTheNextAttempt()
    {
        test::SimulatorProcess sim;
        QVERIFY(startSim(sim,
            { QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--throttle"),
                QStringLiteral("1") }));
        const SyncSettings settings = settingsFor(sim);
        const QDateTime fixedNow(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
        SyncEngine engine(m_dir->path(), settings, kCollections);
        engine.setClock([fixedNow] { return fixedNow; });
        engine.setMaxConcurrentRuns(4);
        const QList<SyncReport> reports = syncOnce(settings, kCollections, &engine);
        bool sawThrottle = false;
        for (const SyncReport &report : reports) {
            if (report.retryAfter) {
                sawThrottle = true;
                QCOMPARE(
                    engine.dueAt(report.collection), fixedNow.addSecs(report.retryAfter->count()));
            }
        }
        QVERIFY2(sawThrottle, "four collections at once must exceed one request per second");
    }

    void outboxSendsInOrderRetriesIdempotentlyAndKeepsRejections()
    {
        test::SimulatorProcess sim;
        QVERIFY(startSim(sim, { QStringLiteral("--rate"), QStringLiteral("0") }));
        const SyncSettings settings = settingsFor(sim);
        QStringList uuids;
        {
            core::OutboxStore outbox(m_cache->operatorStore());
            for (int i = 0; i < 3; ++i) {
                uuids.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
                QVERIFY(!outbox.acknowledge(uuids.last(), QStringLiteral("alert-%1").arg(i),
                    QStringLiteral("health"), QStringLiteral("lan"),
                    QStringLiteral("gọi giám đốc bệnh viện"),
                    QDateTime::currentDateTimeUtc().addSecs(i)));
            }
            // Not a UUID: the center refuses it (400); it must be kept, marked rejected.
            QVERIFY(!outbox.addNote(QStringLiteral("not-a-uuid"), QStringLiteral("cam_cameras"),
                QStringLiteral("cam-1"), QStringLiteral("minh"), QStringLiteral("báo động giả"),
                QDateTime::currentDateTimeUtc()));
            QCOMPARE(outbox.pendingCount(), 4);
        }
        // A new engine (as after a restart) finds the queue in the operator store.
        {
            SyncEngine engine(m_dir->path(), settings, {});
            QSignalSpy sent(&engine, &SyncEngine::outboxChanged);
            engine.flushOutbox();
            QVERIFY(sent.wait(10000));
            QCOMPARE(sent.first().at(0).toInt(), 0); // nothing pending
            QCOMPARE(sent.first().at(1).toInt(), 1); // one rejected
        }
        core::OutboxStore outbox(m_cache->operatorStore());
        QCOMPARE(outbox.pendingCount(), 0);
        const auto rejected = outbox.rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().uuid, QStringLiteral("not-a-uuid"));
        QVERIFY(rejected.first().lastError.contains(QStringLiteral("400")));

        // Every acknowledgement arrived, once, and comes back through sync.
        QCOMPARE(sim.allIds(QStringLiteral("op_acknowledgements")),
            QSet<QString>(uuids.begin(), uuids.end()));
        // Sending the same action again (a retry after a lost answer) changes nothing.
        QSqlQuery query(m_cache->operatorStore().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE uuid = '%1'")
                               .arg(uuids.first())));
        {
            SyncEngine engine(m_dir->path(), settings, {});
            QSignalSpy sent(&engine, &SyncEngine::outboxChanged);
            engine.flushOutbox();
            QVERIFY(sent.wait(10000));
        }
        QCOMPARE(sim.allIds(QStringLiteral("op_acknowledgements")).size(), 3);
        const SyncReport back
            = reportFor(syncOnce(settings, { QStringLiteral("op_acknowledgements") }),
                QStringLiteral("op_acknowledgements"));
        QVERIFY(back.succeeded());
        QCOMPARE(cachedIds(QStringLiteral("op_acknowledgements")),
            QSet<QString>(uuids.begin(), uuids.end()));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
