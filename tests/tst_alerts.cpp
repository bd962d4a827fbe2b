// The alert engine on crafted data: each rule kind, lifecycle, identity, silences,
// acknowledgements, incremental evaluation.
//
// Over 600 lines: one QtTest class over one engine fixture (cache, rules, clock); each
// rule kind and lifecycle step is a short test using the same helpers.

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "alerttestrules.h"
#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/outboxstore.h"
#include "testfeatures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace ioc::alerts;

namespace {

const QDateTime kStart = QDateTime::fromString(QStringLiteral("2026-04-15T03:00:00Z"), Qt::ISODate);

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// One workstation: a cache, its rules directory and an engine with a settable clock.
struct Workstation
{
    QTemporaryDir dir;
    std::unique_ptr<core::LocalCache> cache;
    std::unique_ptr<AlertEngine> engine;
    QDateTime now = kStart;

    explicit Workstation(const QByteArray &rules = test::alertTestRules())
    {
        cache = std::make_unique<core::LocalCache>(dir.path());
        if (cache->open())
            qFatal("cannot open the cache");
        QDir(dir.path()).mkpath(QStringLiteral("rules"));
        QFile file(dir.filePath(QStringLiteral("rules/test.json")));
        file.open(QIODevice::WriteOnly);
        file.write(rules);
        file.close();
        engine = std::make_unique<AlertEngine>(dir.path());
        engine->setRuleDirectories({ dir.filePath(QStringLiteral("rules")) });
        engine->setClock([this] { return now; });
    }

    // Stores features in the mirror without telling the engine.
    void store(const QList<core::Feature> &features)
    {
        if (cache->features().upsert(features))
            qFatal("upsert failed");
    }
    // Stores and tells the engine, as sync does after a batch.
    void put(const core::Feature &feature)
    {
        store({ feature });
        engine->onFeaturesChanged(feature.collection, { feature.id }, {});
    }

    QList<Alert> alertsOf(const QString &ruleId) const
    {
        QList<Alert> list;
        for (const Alert &a : engine->alerts()) {
            if (a.ruleId == ruleId)
                list.append(a);
        }
        return list;
    }
    std::optional<Alert> only(const QString &ruleId) const
    {
        const QList<Alert> list = alertsOf(ruleId);
        if (list.size() != 1)
            return std::nullopt;
        return list.first();
    }
    int historyCount(const QString &alertId, const QString &transition) const
    {
        int n = 0;
        for (const AlertTransition &t : engine->history(alertId))
            n += t.transition == transition ? 1 : 0;
        return n;
    }
};

core::Feature occupancy(
    const QString &id, double rate, const QString &facility = QStringLiteral("hf-1"))
{
    return test::attributeFeature(QStringLiteral("health_occupancy"), id,
        { { QStringLiteral("facility_id"), facility },
            { QStringLiteral("date"), QStringLiteral("2026-04-15") },
            { QStringLiteral("occupancy_rate"), rate },
            { QStringLiteral("unit_code"), QStringLiteral("18028") } });
}

core::Feature dossier(const QString &id, const QDateTime &due, const QString &status)
{
    return test::attributeFeature(QStringLiteral("ps_dossiers"), id,
        { { QStringLiteral("code"), QStringLiteral("H22-") + id },
            { QStringLiteral("due_at"), iso(due) }, { QStringLiteral("status"), status },
            { QStringLiteral("unit_code"), QStringLiteral("18028") } });
}

core::Feature camera(const QString &id, const QString &status, const QDateTime &heartbeat)
{
    return test::pointFeature(QStringLiteral("cam_cameras"), id, 105.9, 18.34,
        { { QStringLiteral("name"), QStringLiteral("Ngã tư ") + id },
            { QStringLiteral("status"), status },
            { QStringLiteral("last_heartbeat"), iso(heartbeat) },
            { QStringLiteral("unit_code"), QStringLiteral("18028") } });
}

core::Feature cases(int week, int count, const QString &unit = QStringLiteral("18028"))
{
    const QDate start = QDate(2026, 1, 5).addDays(7 * week);
    return test::attributeFeature(QStringLiteral("health_cases"),
        QStringLiteral("hc-%1-%2").arg(unit).arg(week),
        { { QStringLiteral("disease"), QStringLiteral("dengue") },
            { QStringLiteral("unit_code"), unit },
            { QStringLiteral("week_start"), start.toString(Qt::ISODate) },
            { QStringLiteral("cases"), count } });
}

core::Feature flooding(int n, const QDateTime &at, const QString &unit = QStringLiteral("18028"))
{
    return test::pointFeature(QStringLiteral("cam_events"), QStringLiteral("ev-%1").arg(n), 105.9,
        18.34,
        { { QStringLiteral("kind"), QStringLiteral("flooding") },
            { QStringLiteral("camera_id"), QStringLiteral("cam-1") },
            { QStringLiteral("detected_at"), iso(at) }, { QStringLiteral("unit_code"), unit } });
}

core::Feature observation(const QString &month, double value)
{
    return test::attributeFeature(QStringLiteral("se_observations"), QStringLiteral("obs-") + month,
        { { QStringLiteral("indicator"), QStringLiteral("BUDGET_REV") },
            { QStringLiteral("unit_code"), QStringLiteral("42") },
            { QStringLiteral("period_start"), month + QStringLiteral("-01") },
            { QStringLiteral("value"), value } });
}

core::Feature target(int year, double value)
{
    return test::attributeFeature(QStringLiteral("se_targets"),
        QStringLiteral("tgt-BUDGET_REV-%1").arg(year),
        { { QStringLiteral("indicator"), QStringLiteral("BUDGET_REV") },
            { QStringLiteral("unit_code"), QStringLiteral("42") }, { QStringLiteral("year"), year },
            { QStringLiteral("target"), value } });
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private slots:
    void defaultRulesAreValid()
    {
        RuleBook book;
        book.setDirectories({ QStringLiteral(":/alerts/rules") });
        const QList<RuleError> errors = book.reload();
        for (const RuleError &e : errors)
            qWarning("%s", qPrintable(e.toString()));
        QVERIFY(errors.isEmpty());
        QSet<QString> modules;
        for (const Rule &r : book.rules())
            modules.insert(r.module);
        QCOMPARE(modules.size(), 7);
    }

    void thresholdRaisesAtBoundaryResolvesAndReraises()
    {
        Workstation ws;
        ws.engine->start();
        QSignalSpy raised(ws.engine.get(), &AlertEngine::alertRaised);
        ws.put(occupancy(QStringLiteral("ho-1"), 90.0)); // "> 90": the limit itself is fine
        QVERIFY(ws.alertsOf(QStringLiteral("t.occupancy")).isEmpty());
        ws.put(occupancy(QStringLiteral("ho-1"), 90.1));
        auto a = ws.only(QStringLiteral("t.occupancy"));
        QVERIFY(a);
        QCOMPARE(a->state, AlertState::Raised);
        QCOMPARE(a->messageEn, QStringLiteral("Occupancy 90.1% at hf-1"));
        QCOMPARE(raised.size(), 1);
        ws.put(occupancy(QStringLiteral("ho-1"), 85));
        a = ws.only(QStringLiteral("t.occupancy"));
        QCOMPARE(a->state, AlertState::Resolved);
        QVERIFY(a->resolvedBy.isEmpty()); // automatically
        ws.put(occupancy(QStringLiteral("ho-1"), 97));
        const auto again = ws.only(QStringLiteral("t.occupancy"));
        QCOMPARE(again->id, a->id);
        QCOMPARE(again->state, AlertState::Raised);
        QCOMPARE(again->raiseCount, 2);
        QCOMPARE(raised.size(), 2);
        QCOMPARE(ws.historyCount(a->id, QStringLiteral("reraised")), 1);
        QCOMPARE(ws.historyCount(a->id, QStringLiteral("resolved")), 1);
    }

    void planDeviationProRata()
    {
        Workstation ws;
        ws.store({ target(2026, 1200) });
        // Jan–Mar covered: pro-rata plan 300; 270 is exactly 90 % (not below).
        ws.store({ observation(QStringLiteral("2026-01"), 90),
            observation(QStringLiteral("2026-02"), 90),
            observation(QStringLiteral("2026-03"), 90) });
        ws.engine->start();
        QVERIFY(ws.alertsOf(QStringLiteral("t.revenue")).isEmpty());
        ws.put(observation(QStringLiteral("2026-03"), 89));
        auto a = ws.only(QStringLiteral("t.revenue"));
        QVERIFY(a);
        QCOMPARE(a->state, AlertState::Raised);
        // Vietnamese writes a decimal comma, English a decimal point.
        QCOMPARE(a->messageVi, QStringLiteral("Thu ngân sách đạt 89,7%"));
        QCOMPARE(a->messageEn, QStringLiteral("Revenue at 89.7%"));
        // A lower plan (the target collection changes) clears it.
        ws.put(target(2026, 1000));
        QCOMPARE(ws.only(QStringLiteral("t.revenue"))->state, AlertState::Resolved);
        ws.put(target(2026, 1300));
        a = ws.only(QStringLiteral("t.revenue"));
        QCOMPARE(a->state, AlertState::Raised);
        QCOMPARE(a->raiseCount, 2);
    }

    void deadlineOverdueOnTheClock()
    {
        Workstation ws;
        const QDateTime due = kStart.addSecs(600);
        ws.store({ dossier(QStringLiteral("d1"), due, QStringLiteral("processing")) });
        ws.engine->start();
        ws.engine->evaluateTimeRules(due.addSecs(-1));
        QVERIFY(ws.alertsOf(QStringLiteral("t.overdue")).isEmpty());
        ws.now = due;
        ws.engine->evaluateTimeRules(due); // due time reached: overdue
        QCOMPARE(ws.only(QStringLiteral("t.overdue"))->state, AlertState::Raised);
        ws.put(dossier(QStringLiteral("d1"), due, QStringLiteral("resolved")));
        QCOMPARE(ws.only(QStringLiteral("t.overdue"))->state, AlertState::Resolved);
        ws.put(dossier(QStringLiteral("d1"), due, QStringLiteral("received")));
        QCOMPARE(ws.only(QStringLiteral("t.overdue"))->state, AlertState::Raised);
        QCOMPARE(ws.only(QStringLiteral("t.overdue"))->raiseCount, 2);
    }

    void stalenessHeartbeat()
    {
        Workstation ws;
        ws.store({ camera(QStringLiteral("cam-1"), QStringLiteral("offline"), kStart) });
        ws.engine->start();
        ws.engine->evaluateTimeRules(kStart.addSecs(600)); // exactly 10 min: not yet
        QVERIFY(ws.alertsOf(QStringLiteral("t.camera")).isEmpty());
        ws.now = kStart.addSecs(601);
        ws.engine->evaluateTimeRules(ws.now);
        const auto a = ws.only(QStringLiteral("t.camera"));
        QVERIFY(a);
        QCOMPARE(a->messageVi, QStringLiteral("Camera Ngã tư cam-1 mất tín hiệu"));
        QVERIFY(a->hasPosition());
        ws.put(camera(QStringLiteral("cam-1"), QStringLiteral("online"), ws.now));
        QCOMPARE(ws.only(QStringLiteral("t.camera"))->state, AlertState::Resolved);
        const QDateTime down = ws.now.addSecs(60);
        ws.now = down;
        ws.put(camera(QStringLiteral("cam-1"), QStringLiteral("offline"), down));
        QCOMPARE(
            ws.only(QStringLiteral("t.camera"))->state, AlertState::Resolved); // fresh heartbeat
        ws.now = down.addSecs(11 * 60);
        ws.engine->evaluateTimeRules(ws.now);
        QCOMPARE(ws.only(QStringLiteral("t.camera"))->state, AlertState::Raised);
        QCOMPARE(ws.only(QStringLiteral("t.camera"))->raiseCount, 2);
    }

    void spikeEwmaBoundary()
    {
        // Flat history of 4 cases: mean 4, variance 0, spread floored at √4 = 2, so z ≥ 3
        // needs 4 + 3·2 = 10 cases.
        Workstation ws;
        QList<core::Feature> history;
        for (int w = 0; w < 10; ++w)
            history.append(cases(w, 4));
        ws.store(history);
        ws.engine->start();
        ws.put(cases(10, 9));
        QVERIFY(ws.alertsOf(QStringLiteral("t.dengue")).isEmpty());
        ws.put(cases(10, 10));
        auto a = ws.only(QStringLiteral("t.dengue"));
        QVERIFY(a);
        QCOMPARE(a->window, QStringLiteral("2026-03-16"));
        QCOMPARE(a->severity, Severity::Critical);
        ws.put(cases(10, 5));
        QCOMPARE(ws.only(QStringLiteral("t.dengue"))->state, AlertState::Resolved);
        ws.put(cases(10, 30));
        a = ws.only(QStringLiteral("t.dengue"));
        QCOMPARE(a->state, AlertState::Raised);
        QCOMPARE(a->raiseCount, 2);
        // Too little history: another commune with 3 weeks never alerts.
        ws.store({ cases(0, 1, QStringLiteral("18031")), cases(1, 1, QStringLiteral("18031")) });
        ws.put(cases(2, 50, QStringLiteral("18031")));
        QCOMPARE(ws.alertsOf(QStringLiteral("t.dengue")).size(), 1);
    }

    void countInWindowBursts()
    {
        Workstation ws;
        ws.engine->start();
        const QDateTime t = kStart;
        ws.now = t.addSecs(30 * 60);
        ws.put(flooding(1, t));
        ws.put(flooding(2, t.addSecs(15 * 60)));
        QVERIFY(ws.alertsOf(QStringLiteral("t.flooding")).isEmpty());
        // Third event 30 min after the first: still within the window (inclusive).
        ws.put(flooding(3, t.addSecs(30 * 60)));
        auto a = ws.only(QStringLiteral("t.flooding"));
        QVERIFY(a);
        QCOMPARE(a->window, iso(t));
        QCOMPARE(a->messageEn, QStringLiteral("3 floodings in 18028"));
        // A fourth event keeps the same alert (same burst): dedup.
        ws.now = t.addSecs(40 * 60);
        ws.put(flooding(4, t.addSecs(40 * 60)));
        QCOMPARE(ws.alertsOf(QStringLiteral("t.flooding")).size(), 1);
        // 30 minutes after the last event the burst is over.
        ws.now = t.addSecs(70 * 60);
        ws.engine->evaluateTimeRules(ws.now);
        QCOMPARE(ws.only(QStringLiteral("t.flooding"))->state, AlertState::Resolved);
        // Three events 31 minutes apart in total: never three in one window.
        const QDateTime u = t.addSecs(3 * 3600);
        ws.now = u.addSecs(31 * 60);
        ws.put(flooding(5, u));
        ws.put(flooding(6, u.addSecs(60)));
        ws.put(flooding(7, u.addSecs(31 * 60)));
        QCOMPARE(ws.alertsOf(QStringLiteral("t.flooding")).size(), 1);
        // Two more make three within 30 minutes: a new alert (its window is the burst's
        // first event), while the first, resolved one stays resolved.
        ws.now = u.addSecs(33 * 60);
        ws.put(flooding(8, u.addSecs(32 * 60)));
        ws.put(flooding(9, u.addSecs(33 * 60)));
        const QList<Alert> both = ws.alertsOf(QStringLiteral("t.flooding"));
        QCOMPARE(both.size(), 2);
        for (const Alert &x : both) {
            if (x.id == a->id)
                QCOMPARE(x.state, AlertState::Resolved);
            else
                QCOMPARE(x.window, iso(u));
        }
    }

    void lookupAndAgeFieldsInMessages()
    {
        Workstation ws(R"({"format": 1, "rules": [
            {"id": "t.full", "module": "health", "kind": "threshold", "severity": "critical",
             "scope": "feature", "collection": "health_occupancy", "value": "occupancy_rate",
             "op": ">", "limit": 100,
             "lookup": {"facility": {"from": "facility_id", "collection": "health_facilities", "property": "name"}},
             "message": {"vi": "Quá tải: {facility} {value}%", "en": "Over capacity: {facility} {value}%"}},
            {"id": "t.dark", "module": "cameras", "kind": "staleness", "severity": "warning",
             "scope": "feature", "collection": "cam_cameras", "time": "last_heartbeat", "max_age_minutes": 10,
             "message": {"vi": "{name} mất tín hiệu {age_vi}", "en": "{name} offline for {age_en}"}}]})");
        ws.store(
            { test::pointFeature(QStringLiteral("health_facilities"), QStringLiteral("hf-1"), 105.9,
                  18.34, { { QStringLiteral("name"), QStringLiteral("Bệnh viện Đa khoa tỉnh") } }),
                camera(QStringLiteral("cam-9"), QStringLiteral("offline"),
                    kStart.addSecs(-3 * 3600)) });
        ws.engine->start();
        ws.put(occupancy(QStringLiteral("ho-1"), 104.5));
        QCOMPARE(ws.only(QStringLiteral("t.full"))->messageVi,
            QStringLiteral("Quá tải: Bệnh viện Đa khoa tỉnh 104,5%"));
        QCOMPARE(ws.only(QStringLiteral("t.dark"))->messageVi,
            QStringLiteral("Ngã tư cam-9 mất tín hiệu 3 giờ"));
        QCOMPARE(ws.only(QStringLiteral("t.dark"))->messageEn,
            QStringLiteral("Ngã tư cam-9 offline for 3 h"));
        // A facility the mirror does not know shows its id rather than nothing.
        ws.put(occupancy(QStringLiteral("ho-2"), 101, QStringLiteral("hf-404")));
        bool sawId = false;
        for (const Alert &a : ws.alertsOf(QStringLiteral("t.full")))
            sawId = sawId || a.messageEn == QLatin1String("Over capacity: hf-404 101%");
        QVERIFY(sawId);
    }

    void groupedRulesResolveWhenAGroupEmpties()
    {
        Workstation ws(R"({"format": 1, "rules": [
            {"id": "t.outage", "module": "cameras", "kind": "count_in_window", "severity": "critical",
             "scope": "commune", "collection": "cam_cameras",
             "where": [{"property": "status", "op": "==", "value": "offline"}],
             "group_by": ["unit_code"], "min_count": 3,
             "message": {"vi": "{count} camera mất tín hiệu", "en": "{count} cameras offline"}},
            {"id": "t.soon", "module": "publicservices", "kind": "deadline", "severity": "info",
             "scope": "feature", "collection": "ps_dossiers",
             "where": [{"property": "status", "op": "==", "value": "processing"}],
             "due": "due_at", "within_minutes": 60, "group_by": ["unit_code"], "min_count": 2,
             "message": {"vi": "{count} hồ sơ sắp đến hạn", "en": "{count} dossiers due soon"}}]})");
        ws.engine->start();
        for (int i = 0; i < 3; ++i)
            ws.put(camera(QStringLiteral("cam-%1").arg(i), QStringLiteral("offline"), kStart));
        auto outage = ws.only(QStringLiteral("t.outage"));
        QVERIFY(outage);
        QCOMPARE(outage->subject, QStringLiteral("[\"18028\"]"));
        QCOMPARE(outage->messageEn, QStringLiteral("3 cameras offline"));
        // One camera moves to another commune: the group it left drops below the count.
        core::Feature moved = camera(QStringLiteral("cam-2"), QStringLiteral("offline"), kStart);
        moved.propertiesJson.replace("18028", "18031");
        ws.put(moved);
        QCOMPARE(ws.only(QStringLiteral("t.outage"))->state, AlertState::Resolved);
        ws.put(camera(QStringLiteral("cam-3"), QStringLiteral("offline"), kStart));
        QCOMPARE(ws.only(QStringLiteral("t.outage"))->state, AlertState::Raised);

        // Due within the hour: 61 minutes away is not yet "soon"; 60 is.
        ws.store({ dossier(
                       QStringLiteral("d1"), kStart.addSecs(3600), QStringLiteral("processing")),
            dossier(QStringLiteral("d2"), kStart.addSecs(3660), QStringLiteral("processing")) });
        ws.engine->evaluateTimeRules(kStart);
        QVERIFY(ws.alertsOf(QStringLiteral("t.soon")).isEmpty());
        ws.now = kStart.addSecs(60);
        ws.engine->evaluateTimeRules(ws.now);
        QCOMPARE(
            ws.only(QStringLiteral("t.soon"))->messageEn, QStringLiteral("2 dossiers due soon"));
        // Once overdue they are no longer "due soon".
        ws.now = kStart.addSecs(3600);
        ws.engine->evaluateTimeRules(ws.now);
        QCOMPARE(ws.only(QStringLiteral("t.soon"))->state, AlertState::Resolved);
    }

    // The engine indexes what each rule finds its rows by: a grouped staleness rule without
    // an equality filter its groups and time, one with a filter that filter; an index no
    // rule wants any more is dropped (it only costs sync time).
    void indexesFollowTheRules()
    {
        Workstation ws(R"({"format": 1, "rules": [
            {"id": "t.quiet", "module": "tourism", "kind": "staleness", "severity": "warning",
             "scope": "feature", "collection": "tour_occupancy", "group_by": ["establishment_id"],
             "time": "date", "max_age_minutes": 4320,
             "message": {"vi": "{establishment_id} ngừng báo cáo", "en": "{establishment_id} quiet"}},
            {"id": "t.missing", "module": "socioeconomic", "kind": "staleness", "severity": "warning",
             "scope": "province", "collection": "se_observations",
             "where": [{"property": "frequency", "op": "==", "value": "monthly"}],
             "group_by": ["indicator"], "time": "period_start", "max_age_minutes": 108000,
             "message": {"vi": "{indicator} thiếu số liệu", "en": "{indicator} missing"}}]})");
        QSqlQuery stale(ws.cache->mirror().connection());
        QVERIFY(stale.exec(QStringLiteral("CREATE INDEX alerts_cam_cameras_status ON features "
                                          "(json_extract(properties, '$.status')) "
                                          "WHERE collection = 'cam_cameras'")));
        ws.engine->start();
        QSqlQuery names(ws.cache->mirror().connection());
        QVERIFY(names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                          "AND name LIKE 'alerts_%' ORDER BY name")));
        QStringList indexes;
        while (names.next())
            indexes.append(names.value(0).toString());
        QCOMPARE(indexes,
            (QStringList { QStringLiteral("alerts_se_observations_frequency"),
                QStringLiteral("alerts_tour_occupancy_establishment_id__date") }));

        // And the staleness rule still finds what it should through its index.
        ws.put(
            test::pointFeature(QStringLiteral("tour_occupancy"), QStringLiteral("o1"), 105.9, 18.34,
                { { QStringLiteral("establishment_id"), QStringLiteral("est-1") },
                    { QStringLiteral("date"), kStart.addDays(-4).toString(Qt::ISODate) } }));
        ws.put(
            test::pointFeature(QStringLiteral("tour_occupancy"), QStringLiteral("o2"), 105.9, 18.34,
                { { QStringLiteral("establishment_id"), QStringLiteral("est-2") },
                    { QStringLiteral("date"), kStart.addDays(-1).toString(Qt::ISODate) } }));
        const auto quiet = ws.only(QStringLiteral("t.quiet"));
        QVERIFY(quiet);
        QCOMPARE(quiet->messageEn, QStringLiteral("est-1 quiet"));
    }

    void dedupAcrossSyncs()
    {
        Workstation ws;
        ws.engine->start();
        for (int sync = 0; sync < 3; ++sync) {
            ws.put(occupancy(QStringLiteral("ho-1"), 95));
            ws.engine->evaluateAll();
            ws.engine->evaluateTimeRules(ws.now);
        }
        const auto a = ws.only(QStringLiteral("t.occupancy"));
        QVERIFY(a);
        QCOMPARE(ws.historyCount(a->id, QStringLiteral("raised")), 1);
        // A restarted engine finds the alert in the operator store and does not raise it again.
        ws.engine = std::make_unique<AlertEngine>(ws.dir.path());
        ws.engine->setRuleDirectories({ ws.dir.filePath(QStringLiteral("rules")) });
        ws.engine->setClock([&ws] { return ws.now; });
        QSignalSpy raised(ws.engine.get(), &AlertEngine::alertRaised);
        ws.engine->start();
        QCOMPARE(raised.size(), 0);
        QCOMPARE(ws.alertsOf(QStringLiteral("t.occupancy")).size(), 1);
        QCOMPARE(ws.historyCount(a->id, QStringLiteral("raised")), 1);
    }

    void identityIsDeterministicAcrossCaches()
    {
        Workstation one;
        Workstation two;
        two.now = kStart.addSecs(5); // evaluated at a slightly different time
        const QList<core::Feature> data = { occupancy(QStringLiteral("ho-1"), 95),
            dossier(QStringLiteral("d1"), kStart.addSecs(-60), QStringLiteral("processing")),
            flooding(1, kStart.addSecs(-120)), flooding(2, kStart.addSecs(-60)),
            flooding(3, kStart) };
        one.store(data);
        two.store(data);
        one.engine->start();
        two.engine->start();
        QSet<QString> a;
        QSet<QString> b;
        for (const Alert &x : one.engine->alerts())
            a.insert(x.id);
        for (const Alert &x : two.engine->alerts())
            b.insert(x.id);
        QCOMPARE(a.size(), 3);
        QCOMPARE(a, b);
    }

    void incrementalEvaluationSkipsUnchangedFeatures()
    {
        Workstation ws;
        ws.engine->start();
        // Both rows exceed the limit, but only ho-1 is reported as changed.
        ws.store({ occupancy(QStringLiteral("ho-1"), 95, QStringLiteral("hf-1")),
            occupancy(QStringLiteral("ho-2"), 99, QStringLiteral("hf-2")) });
        ws.engine->onFeaturesChanged(
            QStringLiteral("health_occupancy"), { QStringLiteral("ho-1") }, {});
        const QList<Alert> alerts = ws.alertsOf(QStringLiteral("t.occupancy"));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().sourceId, QStringLiteral("ho-1"));
        QCOMPARE(ws.engine->lastStats().rulesEvaluated, 1); // only the rule on that collection
        QCOMPARE(ws.engine->lastStats().fullPasses, 0);
        QCOMPARE(ws.engine->lastStats().subjectsEvaluated, 1);
        // A full evaluation finds the other one: it was skipped, not missed by the rule.
        ws.engine->evaluateAll();
        QCOMPARE(ws.alertsOf(QStringLiteral("t.occupancy")).size(), 2);
        // Removing a feature resolves its alert.
        QVERIFY(!ws.cache->features().remove(
            QStringLiteral("health_occupancy"), { QStringLiteral("ho-2") }));
        ws.engine->onFeaturesChanged(
            QStringLiteral("health_occupancy"), {}, { QStringLiteral("ho-2") });
        int resolved = 0;
        for (const Alert &a : ws.alertsOf(QStringLiteral("t.occupancy")))
            resolved += a.state == AlertState::Resolved ? 1 : 0;
        QCOMPARE(resolved, 1);
    }

    void silenceHidesThenExpires()
    {
        Workstation ws;
        ws.engine->start();
        QSignalSpy raised(ws.engine.get(), &AlertEngine::alertRaised);
        const QDateTime until = kStart.addSecs(3600);
        ws.engine->silence({}, QStringLiteral("t.occupancy"), {}, until, QStringLiteral("lan"),
            QStringLiteral("bảo trì hệ thống"));
        ws.put(occupancy(QStringLiteral("ho-1"), 95));
        auto a = ws.only(QStringLiteral("t.occupancy"));
        QVERIFY(a->isSilenced(ws.now));
        QCOMPARE(raised.size(), 0); // no beep, no flash
        ws.now = until.addSecs(-1);
        ws.engine->evaluateTimeRules(ws.now);
        QCOMPARE(raised.size(), 0);
        ws.now = until;
        ws.engine->evaluateTimeRules(ws.now);
        a = ws.only(QStringLiteral("t.occupancy"));
        QVERIFY(!a->silencedUntil.isValid());
        QCOMPARE(raised.size(), 1);
        QCOMPARE(ws.historyCount(a->id, QStringLiteral("silence_expired")), 1);
        // A silence of an area covers only alerts there.
        ws.engine->silence(
            {}, {}, QStringLiteral("99999"), until.addSecs(3600), QStringLiteral("lan"), {});
        QVERIFY(!ws.only(QStringLiteral("t.occupancy"))->silencedUntil.isValid());
    }

    void acknowledgeQueuesOutboxAndOperatorResolves()
    {
        Workstation ws;
        ws.engine->start();
        ws.put(occupancy(QStringLiteral("ho-1"), 95));
        const QString id = ws.only(QStringLiteral("t.occupancy"))->id;
        ws.engine->acknowledge(
            id, QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("đã gọi bệnh viện"));
        auto a = ws.engine->alert(id);
        QCOMPARE(a->state, AlertState::Acknowledged);
        QCOMPARE(a->ackBy, QStringLiteral("Nguyễn Thị Lan"));
        core::OutboxStore outbox(ws.cache->operatorStore());
        const auto pending = outbox.pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().collection, QStringLiteral("op_acknowledgements"));
        const QJsonObject props = QJsonDocument::fromJson(pending.first().payload)
                                      .object()
                                      .value(QStringLiteral("properties"))
                                      .toObject();
        QCOMPARE(props.value(QStringLiteral("alert_key")).toString(), id);
        QCOMPARE(
            props.value(QStringLiteral("note")).toString(), QStringLiteral("đã gọi bệnh viện"));
        // The operator resolves it with a note; the condition still holds, so it stays resolved
        // until the condition clears and comes back.
        ws.engine->resolve(
            id, QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("đã chuyển bệnh nhân"));
        ws.engine->evaluateAll();
        QCOMPARE(ws.engine->alert(id)->state, AlertState::Resolved);
        QCOMPARE(ws.engine->alert(id)->resolvedBy, QStringLiteral("Nguyễn Thị Lan"));
        ws.put(occupancy(QStringLiteral("ho-1"), 80));
        ws.put(occupancy(QStringLiteral("ho-1"), 96));
        a = ws.engine->alert(id);
        QCOMPARE(a->state, AlertState::Raised);
        QVERIFY(a->ackBy.isEmpty());
    }

    void historyFiltersAndExportsCsv()
    {
        Workstation ws;
        ws.engine->start();
        ws.put(occupancy(QStringLiteral("ho-1"), 95));
        ws.put(flooding(1, kStart.addSecs(-120)));
        ws.put(flooding(2, kStart.addSecs(-60)));
        ws.put(flooding(3, kStart));
        const QString id = ws.only(QStringLiteral("t.occupancy"))->id;
        ws.engine->acknowledge(id, QStringLiteral("Lan"), QStringLiteral("gọi BV, \"khẩn\""));
        AlertStore store(ws.cache->operatorStore());
        HistoryFilter filter;
        QCOMPARE(store.queryHistory(filter).size(), 3); // two raised, one acknowledged
        filter.module = QStringLiteral("health");
        QCOMPARE(store.queryHistory(filter).size(), 2);
        filter.transition = QStringLiteral("acknowledged");
        const QList<HistoryRow> rows = store.queryHistory(filter);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().transition.actor, QStringLiteral("Lan"));
        filter = {};
        filter.minSeverity = int(Severity::Critical);
        QCOMPARE(store.queryHistory(filter).size(), 1); // the flooding
        filter = {};
        filter.from = kStart.addSecs(3600); // history is stamped with the engine's clock
        QCOMPARE(store.queryHistory(filter).size(), 0);
        const QByteArray csv = historyCsv(rows, QStringLiteral("vi"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBFtime_utc,alert_id,module,severity,"));
        QVERIFY(csv.contains(",acknowledged,Lan,\"gọi BV, \"\"khẩn\"\"\",local,"));
    }

    void remoteAcknowledgementMerges()
    {
        Workstation ws;
        ws.engine->start();
        ws.put(occupancy(QStringLiteral("ho-1"), 95));
        const QString id = ws.only(QStringLiteral("t.occupancy"))->id;
        const QString uuid = QStringLiteral("5b0c1f0e-3c55-4b86-9a8e-1f6f2d7c9a10");
        const core::Feature ack = test::attributeFeature(QStringLiteral("op_acknowledgements"),
            uuid,
            { { QStringLiteral("alert_key"), id },
                { QStringLiteral("operator"), QStringLiteral("Trần Văn Minh") },
                { QStringLiteral("acknowledged_at"), QStringLiteral("2026-04-15T03:42:00.000Z") },
                { QStringLiteral("note"), QStringLiteral("đã xử lý") } });
        ws.put(ack);
        ws.put(ack); // arriving twice changes nothing
        const auto a = ws.engine->alert(id);
        QCOMPARE(a->state, AlertState::Acknowledged);
        QCOMPARE(a->ackBy, QStringLiteral("Trần Văn Minh"));
        QCOMPARE(
            a->ackAt, QDateTime::fromString(QStringLiteral("2026-04-15T03:42:00Z"), Qt::ISODate));
        QCOMPARE(ws.historyCount(id, QStringLiteral("acknowledged")), 1);
    }

    void invalidRulesFilesAreRefusedWithReasons_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("reason");
        const QByteArray good
            = R"("id": "r1", "module": "health", "kind": "threshold", "severity": "warning",
            "scope": "feature", "collection": "health_occupancy", "value": "occupancy_rate", "op": ">",
            "limit": 90, "message": {"vi": "a", "en": "b"})";
        auto file
            = [](const QByteArray &rule) { return "{\"format\": 1, \"rules\": [{" + rule + "}]}"; };
        QTest::newRow("not json") << QByteArray("{\"format\": 1, \"rules\": [") << QString()
                                  << "not valid JSON";
        QTest::newRow("unknown field") << file(good + ", \"treshold\": 3") << "r1"
                                       << "unknown field \"treshold\"";
        QTest::newRow("wrong type")
            << file(QByteArray(good).replace("\"limit\": 90", "\"limit\": \"90\"")) << "r1"
            << "field \"limit\" must be a number";
        QTest::newRow("unknown collection")
            << file(QByteArray(good).replace("health_occupancy", "health_beds")) << "r1"
            << "unknown collection \"health_beds\"";
        QTest::newRow("bad expression")
            << file(QByteArray(good).replace("\"occupancy_rate\"", "\"occupied / (beds\"")) << "r1"
            << "bad expression";
        QTest::newRow("unknown kind")
            << file(QByteArray(good).replace("threshold", "treshold")) << "r1"
            << "unknown value \"treshold\"";
        QTest::newRow("missing field")
            << file(QByteArray(good).replace("\"op\": \">\",", "")) << "r1"
            << "missing field \"op\"";
        QTest::newRow("bad operator")
            << file(QByteArray(good).replace("\"op\": \">\"", "\"op\": \"=>\"")) << "r1"
            << "unknown operator";
        QTest::newRow("duplicate id")
            << QByteArray("{\"format\": 1, \"rules\": [{" + good + "}, {" + good + "}]}") << "r1"
            << "duplicate rule id";
        QTest::newRow("message language missing")
            << file(QByteArray(good).replace("\"vi\": \"a\", ", "")) << "r1"
            << "field \"message\"";
        QTest::newRow("not a rules file")
            << QByteArray("[1, 2]") << QString() << "expected {\"format\": 1";
    }

    void invalidRulesFilesAreRefusedWithReasons()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, ruleId);
        QFETCH(QString, reason);
        const RuleFile parsed
            = parseRules(json, QStringLiteral("/etc/rules/x.json"), protocolCollections());
        QVERIFY(parsed.rules.isEmpty());
        QVERIFY(!parsed.errors.isEmpty());
        const RuleError &e = parsed.errors.first();
        QCOMPARE(e.file, QStringLiteral("/etc/rules/x.json"));
        QCOMPARE(e.ruleId, ruleId);
        QVERIFY2(e.reason.contains(reason), qPrintable(e.toString()));
    }

    void badFileKeepsPreviousRulesInForce()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("province.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::alertTestRules());
        file.close();
        RuleBook book;
        book.setDirectories({ dir.path() });
        QVERIFY(book.reload().isEmpty());
        const int count = int(book.rules().size());
        QCOMPARE(count, 6);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            QByteArray(test::alertTestRules()).replace("\"limit\": 90", "\"limit\": ninety"));
        file.close();
        const QList<RuleError> errors = book.reload();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(book.rules().size(), count); // the last good version stays in force
        // An override by id replaces a default.
        QTemporaryDir second;
        QFile override(second.filePath(QStringLiteral("override.json")));
        QVERIFY(override.open(QIODevice::WriteOnly));
        QByteArray one = test::alertTestRules();
        override.write(
            R"({"format": 1, "rules": [{"id": "t.occupancy", "module": "health", "kind": "threshold",
            "severity": "critical", "scope": "feature", "collection": "health_occupancy", "value": "occupancy_rate",
            "op": ">", "limit": 95, "message": {"vi": "a", "en": "b"}}]})");
        override.close();
        book.setDirectories({ dir.path(), second.path() });
        book.reload();
        QCOMPARE(book.rules().size(), count);
        for (const Rule &r : book.rules()) {
            if (r.id == QLatin1String("t.occupancy"))
                QCOMPARE(r.limit, 95.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
