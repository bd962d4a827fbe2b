#include "adminfixture.h"
#include "cameras/cameradetailpanel.h"
#include "cameras/cameraqueries.h"
#include "cameras/camerasdashboard.h"
#include "cameras/camerasmodule.h"
#include "cameras/eventreviews.h"
#include "cameras/snapshotview.h"
#include "core/outboxstore.h"
#include "map/mapwidget.h"
#include "simulatorprocess.h"
#include "sync/syncengine.h"
#include "ui/moduledock.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUuid>

using namespace ioc;
using namespace ioc::test;

namespace {

const QTimeZone kProvince(7 * 3600);
const QDate kToday(2026, 11, 20);
// "Now" of the provider for kToday: the end of that province day.
const QDateTime kNow = QDateTime(kToday.addDays(1), QTime(0, 0), kProvince).toUTC();

struct Camera
{
    QString id;
    QString unit;
    QString status;
    QDateTime heartbeat;
};
const QList<Camera> kCameras {
    { QStringLiteral("cam-0"), QStringLiteral("2001"), QStringLiteral("online"),
        QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC) },
    { QStringLiteral("cam-1"), QStringLiteral("2001"), QStringLiteral("offline"),
        kNow.addSecs(-5 * 60) }, // 5 minutes
    { QStringLiteral("cam-2"), QStringLiteral("2002"), QStringLiteral("degraded"),
        QDateTime(QDate(2026, 11, 19), QTime(3, 0), Qt::UTC) },
    { QStringLiteral("cam-3"), QStringLiteral("2002"), QStringLiteral("offline"),
        kNow.addSecs(-30 * 3600) }, // 30 hours
};
const QStringList kKinds { QStringLiteral("traffic"), QStringLiteral("crowd"),
    QStringLiteral("fire_smoke"), QStringLiteral("flooding") };

struct Event
{
    QString id;
    int camera;
    QString kind;
    QDateTime at;
};
QList<Event> makeEvents()
{
    QList<Event> list;
    const QDateTime start(QDate(2026, 11, 18), QTime(0, 10), kProvince);
    for (int i = 0; i < 240; ++i)
        list.append({ QStringLiteral("ev-%1").arg(i), (i * 7) % 4,
            kKinds[(i * 3) % 4 == 3 ? 3 : i % 3], start.addSecs(qint64(i) * 17 * 60).toUTC() });
    return list;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

class TestCameras : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<core::LocalCache> m_cache;
    QList<Event> m_events;
    cameras::CamerasDashboard m_provider;
    // Verdicts the test wrote, by event id (the reference for the false-positive rate).
    QHash<QString, bool> m_falsePositive;

    core::DashboardData compute(const core::UnitRef &area, const QDate &anchor)
    {
        core::DashboardQuery query;
        query.area = area;
        query.time.granularity = core::Granularity::Day;
        query.time.anchor = anchor;
        query.today = kToday;
        return m_provider.compute(m_cache->mirror(), query);
    }
    static const core::KpiValue &kpi(const core::DashboardData &data, const QString &id)
    {
        for (const core::KpiValue &k : data.kpis)
            if (k.id == id)
                return k;
        qFatal("no KPI %s", qPrintable(id));
    }
    static const core::ChartData &chart(const core::DashboardData &data, const QString &id)
    {
        for (const core::ChartData &c : data.charts)
            if (c.id == id)
                return c;
        qFatal("no chart %s", qPrintable(id));
    }
    static bool cameraIn(int c, const QString &area)
    {
        if (area.isEmpty())
            return true;
        if (area == QLatin1String("436"))
            return kCameras[c].unit == QLatin1String("2001");
        if (area == QLatin1String("437"))
            return kCameras[c].unit == QLatin1String("2002");
        return kCameras[c].unit == area;
    }
    QList<Event> eventsOn(const QDate &day, const QString &area) const
    {
        QList<Event> list;
        for (const Event &e : m_events)
            if (e.at.toTimeZone(kProvince).date() == day && cameraIn(e.camera, area))
                list.append(e);
        return list;
    }
    void review(const QString &eventId, bool falsePositive, const QDateTime &when)
    {
        cameras::EventReview r { QUuid::createUuid().toString(QUuid::WithoutBraces), eventId,
            falsePositive ? cameras::EventReview::Verdict::FalsePositive
                          : cameras::EventReview::Verdict::Confirmed,
            QStringLiteral("Nguyễn Thị Lan"), when };
        cameras::EventReviewStore store(m_cache->operatorStore());
        QVERIFY(!store.record(r, QStringLiteral("cam-x")));
        m_falsePositive.insert(eventId, falsePositive);
    }

private slots:
    void initTestCase()
    {
        m_cache = openFixtureCache(
            m_tmp.path(), QStringLiteral("cameras"), cameras::camerasCacheMigrations());
        QVERIFY(m_cache);
        QList<core::Feature> features;
        for (int c = 0; c < kCameras.size(); ++c)
            features.append(pointFeature(QStringLiteral("cam_cameras"), kCameras[c].id,
                105.9 - 0.05 * c, 18.34 + 0.05 * c,
                { { QStringLiteral("name"), QStringLiteral("Camera ngã tư %1").arg(c) },
                    { QStringLiteral("kind"), QStringLiteral("traffic") },
                    { QStringLiteral("status"), kCameras[c].status },
                    { QStringLiteral("last_heartbeat"), iso(kCameras[c].heartbeat) },
                    { QStringLiteral("unit_code"), kCameras[c].unit },
                    { QStringLiteral("snapshot_url"),
                        QStringLiteral("/snapshots/%1.jpg").arg(kCameras[c].id) } }));
        m_events = makeEvents();
        for (const Event &e : std::as_const(m_events))
            features.append(pointFeature(QStringLiteral("cam_events"), e.id,
                105.9 - 0.05 * e.camera, 18.34 + 0.05 * e.camera,
                { { QStringLiteral("name"), QStringLiteral("Phát hiện %1").arg(e.kind) },
                    { QStringLiteral("camera_id"), kCameras[e.camera].id },
                    { QStringLiteral("kind"), e.kind },
                    { QStringLiteral("subkind"), e.kind + QStringLiteral("_x") },
                    { QStringLiteral("confidence"), 0.8 },
                    { QStringLiteral("detected_at"), iso(e.at) },
                    { QStringLiteral("unit_code"), kCameras[e.camera].unit } }));
        QVERIFY(!m_cache->features().upsert(features));
        // Reviews: local ones, and one from another workstation that came back through sync
        // and overrides an older local verdict on the same event.
        const QDateTime t(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        const QList<Event> today = eventsOn(kToday, QString());
        for (int i = 0; i < 20; ++i)
            review(today[i].id, i % 4 == 0, t.addSecs(i));
        QJsonObject synced { { QStringLiteral("kind"), QStringLiteral("event_review") },
            { QStringLiteral("event_id"), today[1].id },
            { QStringLiteral("verdict"), QStringLiteral("false_positive") },
            { QStringLiteral("operator"), QStringLiteral("Trần Văn Hùng") },
            { QStringLiteral("reviewed_at"), iso(t.addSecs(3600)) } };
        QVERIFY(!m_cache->features().upsert({ attributeFeature(QStringLiteral("op_notes"),
            QUuid::createUuid().toString(QUuid::WithoutBraces), synced) }));
        m_falsePositive.insert(today[1].id, true);
    }

    void eventsLandInTheProjection()
    {
        QSqlQuery q(m_cache->mirror().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cam_event_facts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(m_events.size()));
    }

    void kpisEqualTheRawData_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<bool>("before");
        QTest::newRow("province") << QString() << true;
        QTest::newRow("former district 437") << QStringLiteral("437") << true;
        QTest::newRow("new commune 2001") << QStringLiteral("2001") << false;
    }
    void kpisEqualTheRawData()
    {
        QFETCH(QString, area);
        QFETCH(bool, before);
        const auto data
            = compute({ area, before ? core::AdminEra::Before : core::AdminEra::After }, kToday);
        double total = 0, online = 0, offline = 0;
        for (int c = 0; c < kCameras.size(); ++c)
            if (cameraIn(c, area)) {
                total += 1;
                online += kCameras[c].status == QLatin1String("online") ? 1 : 0;
                offline += kCameras[c].status == QLatin1String("offline") ? 1 : 0;
            }
        QCOMPARE(*kpi(data, QStringLiteral("online_rate")).value, online / total * 100);
        QCOMPARE(*kpi(data, QStringLiteral("offline")).value, offline);
        auto counts = [&](const QDate &day) {
            double events = 0, critical = 0, reviewed = 0, falsePositives = 0;
            for (const Event &e : eventsOn(day, area)) {
                events += 1;
                critical
                    += e.kind == QLatin1String("fire_smoke") || e.kind == QLatin1String("flooding")
                    ? 1
                    : 0;
                if (m_falsePositive.contains(e.id)) {
                    reviewed += 1;
                    falsePositives += m_falsePositive.value(e.id) ? 1 : 0;
                }
            }
            return std::array<double, 4> { events, critical, reviewed, falsePositives };
        };
        const auto now = counts(kToday);
        const auto before_ = counts(kToday.addDays(-1));
        QCOMPARE(*kpi(data, QStringLiteral("events")).value, now[0]);
        QCOMPARE(*kpi(data, QStringLiteral("events")).previous, before_[0]);
        QCOMPARE(*kpi(data, QStringLiteral("critical")).value, now[1]);
        QCOMPARE(*kpi(data, QStringLiteral("false_positive_rate")).value, now[3] / now[2] * 100);
        QVERIFY(!kpi(data, QStringLiteral("events")).lastYear); // nothing a year ago
        QCOMPARE(kpi(data, QStringLiteral("events")).trend.at(10), before_[0]);
        QVERIFY(std::isnan(kpi(data, QStringLiteral("events")).trend.at(0)));

        // Detections by kind and hour of day.
        const auto &byHour = chart(data, QStringLiteral("events_by_hour"));
        QVector<double> traffic(24, 0.0);
        for (const Event &e : eventsOn(kToday, area))
            if (e.kind == QLatin1String("traffic"))
                traffic[e.at.toTimeZone(kProvince).time().hour()] += 1;
        QCOMPARE(byHour.series[0].values, traffic);
        // Offline duration: cam-1 5 minutes, cam-3 30 hours.
        const auto &duration = chart(data, QStringLiteral("offline_duration"));
        QCOMPARE(duration.series[0].values[0], cameraIn(1, area) ? 1.0 : 0.0);
        QCOMPARE(duration.series[0].values[4], cameraIn(3, area) ? 1.0 : 0.0);
        // Availability at the last hour: both offline cameras are down; 24 hours earlier
        // only cam-3 was.
        const auto &availability = chart(data, QStringLiteral("availability"));
        QCOMPARE(availability.series[0].values.last(), (total - offline) / total * 100);
        const double downFirst = cameraIn(3, area) ? 1 : 0;
        QCOMPARE(availability.series[0].values.first(), (total - downFirst) / total * 100);

        // Map: cameras clustered; detections split by age, the newest on top.
        int cameraPoints = 0, eventPoints = 0;
        for (const auto &layer : data.layers) {
            if (layer.id == QLatin1String(cameras::CamerasDashboard::kCameraLayer)) {
                cameraPoints = layer.points.size();
                QVERIFY(layer.clustered);
            } else
                eventPoints += layer.points.size();
        }
        QCOMPARE(cameraPoints, int(total));
        QCOMPARE(eventPoints, int(now[0]));
    }

    void eventLayersDecayWithAge()
    {
        const auto data = compute({}, kToday);
        QHash<QString, int> perLayer;
        double lastRadius = 1e9;
        for (const auto &layer : data.layers) {
            if (!layer.id.startsWith(QLatin1String(cameras::CamerasDashboard::kEventLayerPrefix)))
                continue;
            perLayer.insert(layer.id, layer.points.size());
            QVERIFY(layer.radiusPx < lastRadius); // older: smaller
            lastRadius = layer.radiusPx;
        }
        int lastHour = 0, sixHours = 0;
        for (const Event &e : eventsOn(kToday, QString())) {
            const qint64 age = e.at.secsTo(kNow);
            lastHour += age < 3600 ? 1 : 0;
            sixHours += age >= 3600 && age < 6 * 3600 ? 1 : 0;
        }
        QCOMPARE(perLayer.value(QStringLiteral("cam_events_1h")), lastHour);
        QCOMPARE(perLayer.value(QStringLiteral("cam_events_6h")), sixHours);
    }

    void aRunningDayComparesUpToTheSameTime()
    {
        // 12:00 in the province on kToday: yesterday counts up to 12:00 as well.
        const QDateTime noon(kToday, QTime(12, 0), kProvince);
        cameras::CamerasDashboard provider([noon] { return noon.toUTC(); });
        core::DashboardQuery query;
        query.time.granularity = core::Granularity::Day;
        query.time.anchor = kToday;
        query.today = kToday;
        const auto data = provider.compute(m_cache->mirror(), query);
        double yesterdayMorning = 0;
        for (const Event &e : eventsOn(kToday.addDays(-1), QString()))
            yesterdayMorning += e.at.toTimeZone(kProvince).time() <= QTime(12, 0) ? 1 : 0;
        const auto &events = kpi(data, QStringLiteral("events"));
        QCOMPARE(*events.previous, yesterdayMorning);
        QVERIFY(yesterdayMorning < eventsOn(kToday.addDays(-1), QString()).size());
        QVERIFY(events.periodLabel.contains(QStringLiteral("12:00")));
        // Without a running day (the end of kToday has passed) whole days compare.
        const auto whole = compute({}, kToday);
        QCOMPARE(*kpi(whole, QStringLiteral("events")).previous,
            double(eventsOn(kToday.addDays(-1), QString()).size()));
    }

    void reviewIsQueuedInTheOutbox()
    {
        core::OutboxStore outbox(m_cache->operatorStore());
        const int before = outbox.pendingCount();
        const QString eventId = m_events.first().id;
        review(eventId, true, QDateTime(kToday, QTime(10, 0), Qt::UTC));
        const auto pending = outbox.pending();
        QCOMPARE(pending.size(), before + 1);
        const core::OutboxItem &item = pending.last();
        QCOMPARE(item.collection, QStringLiteral("op_notes"));
        const QJsonObject feature = QJsonDocument::fromJson(item.payload).object();
        QCOMPARE(feature.value(QStringLiteral("id")).toString(), item.uuid);
        const QJsonObject p = feature.value(QStringLiteral("properties")).toObject();
        QCOMPARE(p.value(QStringLiteral("kind")).toString(), QStringLiteral("event_review"));
        QCOMPARE(p.value(QStringLiteral("event_id")).toString(), eventId);
        QCOMPARE(p.value(QStringLiteral("verdict")).toString(), QStringLiteral("false_positive"));
        QCOMPARE(p.value(QStringLiteral("operator")).toString(), QStringLiteral("Nguyễn Thị Lan"));
        QCOMPARE(p.value(QStringLiteral("reviewed_at")).toString(),
            QStringLiteral("2026-11-20T10:00:00Z"));
        const auto reviews
            = cameras::loadEventReviews(&m_cache->mirror(), &m_cache->operatorStore());
        QCOMPARE(reviews.value(eventId).verdict, cameras::EventReview::Verdict::FalsePositive);
    }

    void detailPanelShowsSnapshotDetectionsAndVerdicts()
    {
        // A picture cached earlier: the dock is offline, so that is what it must show.
        QImage picture(480, 270, QImage::Format_RGB32);
        picture.fill(QColor(QStringLiteral("#336699")));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture.save(&buffer, "JPEG"));
        cameras::SnapshotCache cache(
            QDir(m_cache->dataDir()).filePath(QStringLiteral("snapshots")));
        QVERIFY(cache.store(
            QStringLiteral("cam-0"), jpeg, QDateTime::currentDateTimeUtc().addSecs(-600)));

        cameras::CamerasModule module;
        ui::ModuleContext context;
        context.cache = m_cache.get();
        context.offline = true;
        context.operatorName = QStringLiteral("Lê Minh");
        std::unique_ptr<QWidget> content(module.createDockContent(context, nullptr));
        auto *dock = qobject_cast<ui::ModuleDock *>(content.get());
        QVERIFY(dock);
        auto *panel = dock->findChild<cameras::CameraDetailPanel *>();
        QVERIFY(panel);
        dock->resize(1400, 900);
        dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(dock));

        // Read on the thread pool: shown when it arrives.
        QSignalSpy shown(panel, &cameras::CameraDetailPanel::cameraShown);
        emit dock->map()->featureClicked(QStringLiteral("cam_cameras"), QStringLiteral("cam-0"));
        QVERIFY(shown.wait(5000));
        QCOMPARE(panel->cameraId(), QStringLiteral("cam-0"));
        QCOMPARE(dock->currentTabPage(), panel);
        QVERIFY(panel->headerText().contains(QStringLiteral("Camera ngã tư 0")));
        QVERIFY(!panel->snapshotView()->snapshot().image.isNull());
        QCOMPARE(panel->snapshotView()->snapshot().image.size(), QSize(480, 270));
        QVERIFY(!panel->snapshotView()->snapshot().live);
        // Its latest detections, newest first, at most kRecentDetections.
        int ofCam0 = 0;
        for (const Event &e : std::as_const(m_events))
            ofCam0 += e.camera == 0 ? 1 : 0;
        QCOMPARE(panel->detectionList()->topLevelItemCount(),
            std::min(ofCam0, cameras::CameraDetailPanel::kRecentDetections));

        // A detection clicked on the map opens its camera with it selected; a verdict shows.
        QString eventOfCam0;
        for (auto it = m_events.crbegin(); it != m_events.crend(); ++it)
            if (it->camera == 0) {
                eventOfCam0 = it->id;
                break;
            }
        shown.clear();
        emit dock->map()->featureClicked(QStringLiteral("cam_events_old"), eventOfCam0);
        QVERIFY(shown.wait(5000));
        QCOMPARE(panel->cameraId(), QStringLiteral("cam-0"));
        QCOMPARE(
            panel->detectionList()->currentItem()->data(0, Qt::UserRole).toString(), eventOfCam0);
        QCOMPARE(panel->verdictShown(eventOfCam0), QString());
        core::OutboxStore outbox(m_cache->operatorStore());
        const int queued = outbox.pendingCount();
        QSignalSpy reviewed(panel, &cameras::CameraDetailPanel::reviewed);
        QVERIFY(panel->review(eventOfCam0, cameras::EventReview::Verdict::Confirmed));
        QVERIFY(reviewed.wait(5000));
        QTRY_COMPARE(panel->verdictShown(eventOfCam0), cameras::CameraDetailPanel::tr("Confirmed"));
        QCOMPARE(outbox.pendingCount(), queued + 1);
        QVERIFY(outbox.pending().last().payload.contains(eventOfCam0.toUtf8()));

        // What the camera grid reads: the cameras asked for, in that order, unknown ones
        // left out.
        const QList<cameras::CameraRef> refs = cameras::readCameraRefs(m_cache->mirror(),
            { QStringLiteral("cam-1"), QStringLiteral("no-such-camera"), QStringLiteral("cam-0") });
        QCOMPARE(refs.size(), 2);
        QCOMPARE(refs.at(0).id, QStringLiteral("cam-1"));
        QCOMPARE(refs.at(1).id, QStringLiteral("cam-0"));
        QVERIFY(refs.at(1).name.contains(QStringLiteral("Camera ngã tư 0")));
    }

    void reviewRoundTripsThroughTheSimulator()
    {
        test::SimulatorProcess sim;
        QString error;
        QVERIFY2(sim.start({ QStringLiteral("--rate"), QStringLiteral("0") }, &error),
            qPrintable(error));
        QTemporaryDir dir;
        auto cache = std::make_unique<core::LocalCache>(dir.path());
        QVERIFY(!cache->open());
        cameras::EventReview r { QUuid::createUuid().toString(QUuid::WithoutBraces),
            QStringLiteral("ev-7"), cameras::EventReview::Verdict::FalsePositive,
            QStringLiteral("Nguyễn Thị Lan"), QDateTime::currentDateTimeUtc() };
        QVERIFY(
            !cameras::EventReviewStore(cache->operatorStore()).record(r, QStringLiteral("cam-3")));
        sync::SyncSettings settings;
        settings.baseUrl = sim.url();
        settings.requestTimeout = std::chrono::seconds(10);
        const QStringList collections { QStringLiteral("op_notes") };
        {
            sync::SyncEngine engine(dir.path(), settings, collections);
            QSignalSpy outboxDone(&engine, &sync::SyncEngine::outboxChanged);
            engine.flushOutbox();
            QTRY_COMPARE_WITH_TIMEOUT(
                core::OutboxStore(cache->operatorStore()).pendingCount(), 0, 15000);
            QSignalSpy done(&engine, &sync::SyncEngine::runOnceFinished);
            engine.runOnce();
            QVERIFY(done.wait(30000));
        }
        // Back from the data center, as every workstation sees it.
        const auto fromMirror = cameras::loadEventReviews(&cache->mirror(), nullptr);
        QVERIFY(fromMirror.contains(QStringLiteral("ev-7")));
        QCOMPARE(fromMirror.value(QStringLiteral("ev-7")).uuid, r.uuid);
        QCOMPARE(fromMirror.value(QStringLiteral("ev-7")).verdict,
            cameras::EventReview::Verdict::FalsePositive);
        QCOMPARE(fromMirror.value(QStringLiteral("ev-7")).operatorName, r.operatorName);
    }
};

QTEST_MAIN(TestCameras)
#include "tst_cameras.moc"
