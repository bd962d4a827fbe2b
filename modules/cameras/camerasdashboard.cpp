#include "cameras/camerasdashboard.h"

#include "cameras/eventreviews.h"
#include "cameras/tr.h"
#include "core/localcache.h"
#include "core/placefilters.h"
#include "core/projection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace ioc::cameras {

namespace {

const QTimeZone kProvince(7 * 3600);
const QStringList kKinds { QStringLiteral("traffic"), QStringLiteral("crowd"),
    QStringLiteral("fire_smoke"), QStringLiteral("flooding") };

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("traffic"))
        return Tr::tr("Traffic");
    if (kind == QLatin1String("crowd"))
        return Tr::tr("Crowd and intrusion");
    if (kind == QLatin1String("fire_smoke"))
        return Tr::tr("Fire and smoke");
    if (kind == QLatin1String("flooding"))
        return Tr::tr("Flooding");
    return kind;
}

struct Camera
{
    QString id;
    QString name;
    QString status;
    QDateTime heartbeat;
    QString unit;
    double lon = 0;
    double lat = 0;
};

struct Event
{
    QString id;
    QString camera;
    QString kind;
    QString subkind;
    QString name;
    int hour = 0; // province time
    qint64 ageSeconds = 0; // before "now"
    QString timeLabel; // "HH:mm dd/MM", province time
    int confidencePercent = 0;
    double lon = 0;
    double lat = 0;
};

struct EventCounts
{
    double events = 0, critical = 0, reviewed = 0, falsePositives = 0;
};

bool isCritical(const QString &kind)
{
    return kind == QLatin1String("fire_smoke") || kind == QLatin1String("flooding");
}

class CameraData
{
public:
    CameraData(
        const core::SqliteFile &mirror, const core::AdminGeography &geo, const core::UnitRef &area)
        : m_mirror(mirror)
    {
        core::forEachRow(mirror,
            QStringLiteral("SELECT id, json_extract(properties, '$.name'), "
                           "json_extract(properties, '$.status'), "
                           "json_extract(properties, '$.last_heartbeat'), "
                           "json_extract(properties, '$.unit_code'), min_lon, min_lat "
                           "FROM features WHERE collection = 'cam_cameras' AND cell IS NOT NULL"),
            {}, [&](const QSqlQuery &q) {
                Camera c { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
                    q.value(4).toString(), q.value(5).toDouble(), q.value(6).toDouble() };
                // Cameras carry the commune they are in today: the new units.
                if (core::placeInArea(geo, { c.unit, core::AdminEra::After }, area)) {
                    cameras.append(c);
                    inArea.insert(c.id);
                }
            });
        // The operator store sits next to the mirror (core::LocalCache).
        const QString operatorPath
            = QFileInfo(mirror.path())
                  .dir()
                  .filePath(QLatin1String(core::LocalCache::kOperatorFileName));
        std::unique_ptr<core::SqliteFile> store;
        if (QFileInfo::exists(operatorPath))
            store = std::make_unique<core::SqliteFile>(
                operatorPath, QStringLiteral("camera-reviews"));
        reviews = loadEventReviews(&mirror, store.get());
    }

    QList<Camera> cameras;
    QSet<QString> inArea;
    QHash<QString, EventReview> reviews;

    // Detections of the range from the area's cameras. Times, hours and ages come out of
    // SQLite as text and numbers: parsing 100,000 timestamps in Qt costs seconds.
    // `untilTime` ("HH:mm:ss", province time): only detections up to that time of each day.
    QList<Event> events(const core::DateRange &range, bool withPlace, const QDateTime &now = {},
        const QString &untilTime = {}) const
    {
        QList<Event> list;
        const auto [from, to] = core::utcBounds(range);
        QVariantList binds;
        if (withPlace)
            binds.append(now.toUTC().toString(Qt::ISODateWithMs));
        binds << from << to;
        const QString cut = untilTime.isEmpty()
            ? QString()
            : QStringLiteral(" AND time(e.detected_at, '+7 hours') <= ?");
        if (!untilTime.isEmpty())
            binds << untilTime;
        core::forEachRow(m_mirror,
            withPlace
                ? QStringLiteral(
                      "SELECT f.id, e.camera_id, e.kind, e.subkind, "
                      "CAST(round((julianday(?) - julianday(e.detected_at)) * 86400) AS INTEGER), "
                      "strftime('%H:%M %d/%m', e.detected_at, '+7 hours'), "
                      "CAST(round(e.confidence * 100) AS INTEGER), f.min_lon, f.min_lat, e.name "
                      "FROM cam_event_facts e JOIN features f USING (fid) "
                      "WHERE e.detected_at >= ? AND e.detected_at < ?")
                    + cut
                : QStringLiteral("SELECT f.id, e.camera_id, e.kind "
                                 "FROM cam_event_facts e JOIN features f USING (fid) "
                                 "WHERE e.detected_at >= ? AND e.detected_at < ?")
                    + cut,
            binds, [&](const QSqlQuery &q) {
                const QString camera = q.value(1).toString();
                if (!inArea.contains(camera))
                    return;
                Event e;
                e.id = q.value(0).toString();
                e.camera = camera;
                e.kind = q.value(2).toString();
                if (withPlace) {
                    e.subkind = q.value(3).toString();
                    e.ageSeconds = q.value(4).toLongLong();
                    e.timeLabel = q.value(5).toString();
                    e.hour = QStringView(e.timeLabel).left(2).toInt();
                    e.confidencePercent = q.value(6).toInt();
                    e.lon = q.value(7).toDouble();
                    e.lat = q.value(8).toDouble();
                    e.name = q.value(9).toString();
                }
                list.append(e);
            });
        return list;
    }

    EventCounts counts(const QList<Event> &events) const
    {
        EventCounts c;
        for (const Event &e : events) {
            c.events += 1;
            c.critical += isCritical(e.kind) ? 1 : 0;
            const auto it = reviews.constFind(e.id);
            if (it != reviews.constEnd()) {
                c.reviewed += 1;
                c.falsePositives += it->verdict == EventReview::Verdict::FalsePositive ? 1 : 0;
            }
        }
        return c;
    }

private:
    const core::SqliteFile &m_mirror;
};

} // namespace

CamerasDashboard::CamerasDashboard(Clock clock)
    : m_clock(std::move(clock))
{ }

QDateTime CamerasDashboard::nowFor(const QDate &today) const
{
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    if (!today.isValid() || now.toTimeZone(kProvince).date() == today)
        return now;
    return QDateTime(today.addDays(1), QTime(0, 0), kProvince).toUTC();
}

QList<core::Migration> camerasCacheMigrations()
{
    core::Projection events { QStringLiteral("cam_event_facts"), QStringLiteral("cam_events"),
        { { QStringLiteral("camera_id"), QStringLiteral("$.camera_id") },
            { QStringLiteral("kind"), QStringLiteral("$.kind") },
            { QStringLiteral("subkind"), QStringLiteral("$.subkind") },
            { QStringLiteral("name"), QStringLiteral("$.name") },
            { QStringLiteral("confidence"), QStringLiteral("$.confidence") },
            { QStringLiteral("detected_at"), QStringLiteral("$.detected_at") },
            { QStringLiteral("unit_code"), QStringLiteral("$.unit_code") } },
        { QStringLiteral("detected_at"), QStringLiteral("camera_id") } };
    return { core::Migration::fromStatements(
        1, QStringLiteral("camera event projection"), core::projectionStatements(events)) };
}

core::DashboardData CamerasDashboard::compute(
    const core::SqliteFile &mirror, const core::DashboardQuery &query) const
{
    core::DashboardData data;
    const core::DashboardFrame frame = core::beginDashboard(mirror, query, &data);
    const core::AdminGeography &geo = *frame.geography;
    const QDate today = frame.today;
    const QDateTime now = nowFor(today);
    CameraData c(mirror, geo, query.area);
    const core::TimeFilter::Compared &compared = frame.compared;
    const core::DateRange period = compared.current;
    const QList<core::DateRange> &buckets = frame.buckets;
    const int n = int(buckets.size());

    core::KpiValue online = core::makeKpi(QStringLiteral("online_rate"), Tr::tr("Cameras online"),
        QStringLiteral("%"), n, true, true);
    core::KpiValue offline = core::makeKpi(
        QStringLiteral("offline"), Tr::tr("Cameras offline"), Tr::tr("cameras"), n, false, false);
    core::KpiValue events = core::makeKpi(
        QStringLiteral("events"), Tr::tr("AI detections"), Tr::tr("detections"), n, false, false);
    core::KpiValue critical = core::makeKpi(QStringLiteral("critical"),
        Tr::tr("Fire, smoke and flooding"), Tr::tr("detections"), n, false, false);
    core::KpiValue falseRate = core::makeKpi(QStringLiteral("false_positive_rate"),
        Tr::tr("False detections (reviewed)"), QStringLiteral("%"), n, true, false);

    double onlineCount = 0, offlineCount = 0;
    for (const Camera &cam : std::as_const(c.cameras)) {
        onlineCount += cam.status == QLatin1String("online") ? 1 : 0;
        offlineCount += cam.status == QLatin1String("offline") ? 1 : 0;
    }
    online.value = core::percentOf(onlineCount, double(c.cameras.size()));
    if (!c.cameras.isEmpty())
        offline.value = offlineCount;
    online.periodLabel = offline.periodLabel = Tr::tr("Now");

    const QList<Event> periodEvents = c.events(period, true, now);
    const EventCounts current = c.counts(periodEvents);
    // No detection at all means the cache does not reach there (7 days are kept), not 0.
    auto anyEvents = [&](const core::DateRange &range) {
        bool any = false;
        core::forEachRow(mirror,
            QStringLiteral("SELECT 1 FROM cam_event_facts WHERE detected_at >= ? AND "
                           "detected_at < ? LIMIT 1"),
            { core::utcBounds(range).first, core::utcBounds(range).second },
            [&](const QSqlQuery &) { any = true; });
        return any;
    };
    // A day still running is compared with the earlier days up to the same time of day.
    const bool dayRunning = query.time.granularity == core::Granularity::Day && period.last == today
        && now.toTimeZone(kProvince).date() == today;
    const QString untilTime
        = dayRunning ? now.toTimeZone(kProvince).toString(QStringLiteral("HH:mm:ss")) : QString();
    core::fillCompared(
        frame, [&](const core::DateRange &range, std::optional<double> core::KpiValue::*slot) {
            if (!anyEvents(range))
                return;
            const EventCounts counts = slot == &core::KpiValue::value
                ? current
                : c.counts(c.events(range, false, {}, untilTime));
            events.*slot = counts.events;
            critical.*slot = counts.critical;
            falseRate.*slot = core::percentOf(counts.falsePositives, counts.reviewed);
        });
    for (int i = 0; i < n; ++i) {
        if (buckets[i].first > today || !anyEvents(buckets[i]))
            continue;
        const EventCounts counts
            = buckets[i] == period ? current : c.counts(c.events(buckets[i], false));
        events.trend[i] = counts.events;
        critical.trend[i] = counts.critical;
        if (const auto rate = core::percentOf(counts.falsePositives, counts.reviewed))
            falseRate.trend[i] = *rate;
    }
    if (compared.toDate)
        for (core::KpiValue *k : { &events, &critical })
            k->periodLabel = Tr::tr("To date: %1 days of each period").arg(period.days());
    if (dayRunning)
        for (core::KpiValue *k : { &events, &critical })
            k->periodLabel = Tr::tr("Up to %1 on each day").arg(untilTime.left(5));
    falseRate.periodLabel = Tr::tr("%1 of %2 detections reviewed")
                                .arg(QLocale().toString(current.reviewed))
                                .arg(QLocale().toString(current.events));
    // Detections first: the dock's trend chart opens on the first card, and the cameras'
    // status has no history to draw.
    data.kpis = { events, critical, online, offline, falseRate };

    // Events by kind and hour of day.
    {
        core::ChartData chart;
        chart.id = QStringLiteral("events_by_hour");
        chart.title = Tr::tr("Detections by kind and hour of day");
        chart.unit = Tr::tr("detections");
        chart.kind = core::ChartData::Kind::Bar;
        for (int h = 0; h < 24; ++h)
            chart.categories.append(QStringLiteral("%1h").arg(h));
        for (const QString &kind : kKinds)
            chart.series.append({ kindLabel(kind), QVector<double>(24, 0.0) });
        for (const Event &e : periodEvents) {
            const int k = int(kKinds.indexOf(e.kind));
            if (k >= 0)
                chart.series[k].values[e.hour] += 1;
        }
        data.charts.append(chart);
    }

    // Detections by type with the operators' verdicts.
    {
        QHash<QString, QPair<QString, QVector<double>>> bySubkind; // label, counts
        for (const Event &e : periodEvents) {
            auto &row = bySubkind[e.subkind];
            if (row.second.isEmpty()) {
                row.first = e.name.isEmpty() ? e.subkind : e.name;
                row.second = QVector<double>(3, 0.0);
            }
            row.second[0] += 1;
            const auto it = c.reviews.constFind(e.id);
            if (it != c.reviews.constEnd())
                row.second[it->verdict == EventReview::Verdict::Confirmed ? 1 : 2] += 1;
        }
        QList<QPair<double, QString>> order;
        for (auto it = bySubkind.constBegin(); it != bySubkind.constEnd(); ++it)
            order.append({ it->second[0], it.key() });
        std::sort(order.begin(), order.end());
        core::ChartData chart;
        chart.id = QStringLiteral("events_by_type");
        chart.title = Tr::tr("Detections by type and verdict");
        chart.unit = Tr::tr("detections");
        chart.kind = core::ChartData::Kind::HorizontalBar;
        core::ChartSeries detected { Tr::tr("Detected"), {} };
        core::ChartSeries confirmed { Tr::tr("Confirmed"), {} };
        core::ChartSeries rejected { Tr::tr("False positive"), {} };
        for (const auto &o : std::as_const(order)) {
            const auto &row = bySubkind[o.second];
            chart.categories.append(row.first);
            detected.values.append(row.second[0]);
            confirmed.values.append(row.second[1]);
            rejected.values.append(row.second[2]);
        }
        chart.series = { detected, confirmed, rejected };
        data.charts.append(chart);
    }

    // Availability over the 24 hours up to now or the end of the period.
    {
        const QDateTime end
            = std::min(now, QDateTime(period.last.addDays(1), QTime(0, 0), kProvince).toUTC());
        core::ChartData chart;
        chart.id = QStringLiteral("availability");
        chart.title = Tr::tr("Camera availability, last 24 hours");
        chart.unit = QStringLiteral("%");
        core::ChartSeries series { Tr::tr("Cameras available"), {} };
        for (int h = 23; h >= 0; --h) {
            const QDateTime at = end.addSecs(-3600 * h);
            chart.categories.append(at.toTimeZone(kProvince).toString(QStringLiteral("HH:mm")));
            double down = 0;
            for (const Camera &cam : std::as_const(c.cameras))
                if (cam.status == QLatin1String("offline") && cam.heartbeat.isValid()
                    && cam.heartbeat <= at)
                    down += 1;
            series.values.append(c.cameras.isEmpty()
                    ? qQNaN()
                    : (c.cameras.size() - down) / double(c.cameras.size()) * 100.0);
        }
        chart.series = { series };
        chart.note = Tr::tr("From the current outages (offline since the last heartbeat); outages "
                            "already over are not published.");
        data.charts.append(chart);
    }

    // How long the offline cameras have been down.
    {
        const QList<qint64> limits { 10 * 60, 3600, 6 * 3600, 24 * 3600, 7 * 24 * 3600 };
        core::ChartData chart;
        chart.id = QStringLiteral("offline_duration");
        chart.title = Tr::tr("Offline cameras by time since last heartbeat");
        chart.unit = Tr::tr("cameras");
        chart.kind = core::ChartData::Kind::Bar;
        chart.categories = { Tr::tr("< 10 min"), Tr::tr("10–60 min"), Tr::tr("1–6 h"),
            Tr::tr("6–24 h"), Tr::tr("1–7 days"), Tr::tr("> 7 days") };
        core::ChartSeries series { Tr::tr("Cameras offline"), QVector<double>(6, 0.0) };
        for (const Camera &cam : std::as_const(c.cameras)) {
            if (cam.status != QLatin1String("offline") || !cam.heartbeat.isValid())
                continue;
            const qint64 seconds = cam.heartbeat.secsTo(now);
            int bucket = int(limits.size());
            for (int i = 0; i < limits.size(); ++i)
                if (seconds < limits[i]) {
                    bucket = i;
                    break;
                }
            series.values[bucket] += 1;
        }
        chart.series = { series };
        data.charts.append(chart);
    }

    // Choropleth: share of cameras offline by former district.
    {
        QHash<QString, QPair<double, double>> byDistrict;
        for (const Camera &cam : std::as_const(c.cameras)) {
            const QString district = geo.districtOf({ cam.unit, core::AdminEra::After });
            if (district.isEmpty())
                continue;
            byDistrict[district].first += cam.status == QLatin1String("offline") ? 1 : 0;
            byDistrict[district].second += 1;
        }
        for (auto it = byDistrict.constBegin(); it != byDistrict.constEnd(); ++it)
            data.choropleth.insert(it.key(), it->first / it->second * 100.0);
        data.choroplethTitle = Tr::tr("Cameras offline by former district");
        data.choroplethUnit = QStringLiteral("%");
        data.choroplethHigherIsBetter = false;
    }

    // Cameras by status (clustered), detections by age: the newest largest and opaque.
    {
        const QLocale locale;
        core::DashboardLayer cameras { QLatin1String(kCameraLayer), {}, {}, 5, 2 };
        cameras.clustered = true;
        cameras.colours = {
            { QStringLiteral("online"), QColor(QStringLiteral("#2b8a3e")) },
            { QStringLiteral("degraded"), QColor(QStringLiteral("#f59f00")) },
            { QStringLiteral("offline"), QColor(QStringLiteral("#868e96")) },
        };
        const QHash<QString, QString> statusLabels { { QStringLiteral("online"), Tr::tr("online") },
            { QStringLiteral("degraded"), Tr::tr("degraded") },
            { QStringLiteral("offline"), Tr::tr("offline") } };
        for (const Camera &cam : std::as_const(c.cameras))
            cameras.points.append({ cam.id, cam.lon, cam.lat, cam.status,
                Tr::tr("%1\n%2, last heartbeat %3")
                    .arg(cam.name, statusLabels.value(cam.status, cam.status),
                        cam.heartbeat.isValid() ? locale.toString(
                            cam.heartbeat.toTimeZone(kProvince), QStringLiteral("HH:mm dd/MM"))
                                                : Tr::tr("unknown")) });
        const QHash<QString, QColor> kindColours {
            { QStringLiteral("traffic"), QColor(QStringLiteral("#1971c2")) },
            { QStringLiteral("crowd"), QColor(QStringLiteral("#9c36b5")) },
            { QStringLiteral("fire_smoke"), QColor(QStringLiteral("#e03131")) },
            { QStringLiteral("flooding"), QColor(QStringLiteral("#0c8599")) },
        };
        struct Age
        {
            const char *id;
            qint64 maxSeconds;
            double radius;
            int alpha;
        };
        const Age ages[] = { { "1h", 3600, 8, 255 }, { "6h", 6 * 3600, 6, 190 },
            { "24h", 24 * 3600, 4.5, 120 }, { "old", std::numeric_limits<qint64>::max(), 3, 70 } };
        QList<core::DashboardLayer> ageLayers;
        int z = 6;
        for (const Age &age : ages) {
            core::DashboardLayer layer { QLatin1String(kEventLayerPrefix) + QLatin1String(age.id),
                {}, {}, age.radius, z-- };
            for (auto it = kindColours.constBegin(); it != kindColours.constEnd(); ++it) {
                QColor colour = it.value();
                colour.setAlpha(age.alpha);
                layer.colours.insert(it.key(), colour);
            }
            // Many detections of a busy day: clustered like the cameras when dense.
            layer.clustered = true;
            ageLayers.append(layer);
        }
        for (const Event &e : periodEvents) {
            const qint64 age = e.ageSeconds;
            int a = 0;
            while (a < 3 && age >= ages[a].maxSeconds)
                ++a;
            const auto review = c.reviews.constFind(e.id);
            const QString verdict = review == c.reviews.constEnd() ? QString()
                : review->verdict == EventReview::Verdict::Confirmed
                ? QStringLiteral("\n") + Tr::tr("Confirmed")
                : QStringLiteral("\n") + Tr::tr("False positive");
            ageLayers[a].points.append({ e.id, e.lon, e.lat, e.kind,
                Tr::tr("%1 (%2 %)\n%3, camera %4")
                        .arg(e.name, QString::number(e.confidencePercent), e.timeLabel, e.camera)
                    + verdict });
        }
        data.layers = { cameras };
        data.layers += ageLayers;
    }
    return data;
}

} // namespace ioc::cameras
