// An acknowledgement made on one workstation reaches another through the data center:
// engine A → outbox → SyncEngine flush → simulator → SyncEngine run on B → B's mirror →
// engine B merges it ("acknowledged by <operator>").

#include "alerts/alertengine.h"
#include "alerttestrules.h"
#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/outboxstore.h"
#include "simulatorprocess.h"
#include "sync/syncengine.h"
#include "testfeatures.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace ioc::alerts;

namespace {

struct Workstation
{
    QTemporaryDir dir;
    std::unique_ptr<core::LocalCache> cache;
    std::unique_ptr<AlertEngine> engine;

    Workstation()
    {
        cache = std::make_unique<core::LocalCache>(dir.path());
        if (cache->open())
            qFatal("cannot open the cache");
        QDir(dir.path()).mkpath(QStringLiteral("rules"));
        QFile file(dir.filePath(QStringLiteral("rules/test.json")));
        file.open(QIODevice::WriteOnly);
        file.write(test::alertTestRules());
        file.close();
        // The same crafted condition on both workstations.
        cache->features().upsert(
            { test::attributeFeature(QStringLiteral("health_occupancy"), QStringLiteral("ho-7"),
                { { QStringLiteral("facility_id"), QStringLiteral("hf-7") },
                    { QStringLiteral("date"), QStringLiteral("2026-11-26") },
                    { QStringLiteral("occupancy_rate"), 104.5 } }) });
        engine = std::make_unique<AlertEngine>(dir.path());
        engine->setRuleDirectories({ dir.filePath(QStringLiteral("rules")) });
        engine->start();
    }

    QStringList mirrorIds(const QString &collection) const
    {
        QStringList ids;
        QSqlQuery query(cache->mirror().connection());
        query.prepare(QStringLiteral("SELECT id FROM features WHERE collection = ?"));
        query.addBindValue(collection);
        query.exec();
        while (query.next())
            ids.append(query.value(0).toString());
        return ids;
    }
};

} // namespace

class TestAlertSync : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgementRoundTripToASecondWorkstation()
    {
        test::SimulatorProcess sim;
        QString error;
        QVERIFY2(sim.start({ QStringLiteral("--rate"), QStringLiteral("0") }, &error),
            qPrintable(error));
        sync::SyncSettings settings;
        settings.baseUrl = sim.url();
        settings.requestTimeout = std::chrono::seconds(10);

        Workstation a;
        Workstation b;
        QCOMPARE(a.engine->alerts().size(), 1);
        const Alert alert = a.engine->alerts().first();
        QCOMPARE(b.engine->alerts().first().id, alert.id); // same condition, same id
        QCOMPARE(b.engine->alerts().first().state, AlertState::Raised);

        a.engine->acknowledge(
            alert.id, QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("đã gọi BV"));
        {
            sync::SyncEngine sender(a.dir.path(), settings, {});
            QSignalSpy sent(&sender, &sync::SyncEngine::outboxChanged);
            sender.flushOutbox();
            QVERIFY(sent.wait(10000));
            QCOMPARE(sent.last().at(0).toInt(), 0); // nothing pending
            QCOMPARE(sent.last().at(1).toInt(), 0); // nothing rejected
        }
        {
            sync::SyncEngine receiver(
                b.dir.path(), settings, { QStringLiteral("op_acknowledgements") });
            QSignalSpy done(&receiver, &sync::SyncEngine::runOnceFinished);
            receiver.runOnce();
            QVERIFY(done.wait(30000));
        }
        const QStringList acks = b.mirrorIds(QStringLiteral("op_acknowledgements"));
        QCOMPARE(acks.size(), 1);
        // What SyncEngine::featuresChanged delivers in the app (connected by the integrator).
        QSignalSpy changed(b.engine.get(), &AlertEngine::alertsChanged);
        b.engine->onFeaturesChanged(QStringLiteral("op_acknowledgements"), acks, {});
        QCOMPARE(changed.size(), 1);
        const Alert merged = *b.engine->alert(alert.id);
        QCOMPARE(merged.state, AlertState::Acknowledged);
        QCOMPARE(merged.ackBy, QStringLiteral("Nguyễn Thị Lan"));
        QCOMPARE(merged.ackNote, QStringLiteral("đã gọi BV"));
        QCOMPARE(merged.ackAt, a.engine->alert(alert.id)->ackAt);

        // A's own acknowledgement coming back is not applied twice.
        {
            sync::SyncEngine own(a.dir.path(), settings, { QStringLiteral("op_acknowledgements") });
            QSignalSpy done(&own, &sync::SyncEngine::runOnceFinished);
            own.runOnce();
            QVERIFY(done.wait(30000));
        }
        a.engine->onFeaturesChanged(QStringLiteral("op_acknowledgements"),
            a.mirrorIds(QStringLiteral("op_acknowledgements")), {});
        int acknowledgements = 0;
        for (const AlertTransition &t : a.engine->history(alert.id))
            acknowledgements += t.transition == QLatin1String("acknowledged") ? 1 : 0;
        QCOMPARE(acknowledgements, 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertSync)
#include "tst_alertsync.moc"
