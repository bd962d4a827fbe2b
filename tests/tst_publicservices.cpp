#include "adminfixture.h"
#include "publicservices/publicservicesdashboard.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <optional>

using namespace ioc;
using namespace ioc::test;

namespace {

struct Dossier
{
    QString id;
    QString unit;
    QString office;
    QString agency;
    bool online = false;
    QDateTime received;
    QDateTime due;
    std::optional<QDateTime> resolved;
    QString status;
};

const QTimeZone kProvince(7 * 3600);

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// Deterministic dossiers from 1 Aug to mid-November 2026 in the two new communes.
QList<Dossier> makeDossiers()
{
    QList<Dossier> list;
    const QDateTime start(QDate(2026, 8, 1), QTime(8, 0), kProvince);
    for (int i = 0; i < 900; ++i) {
        Dossier d;
        d.id = QStringLiteral("HS-%1").arg(i);
        d.unit = i % 3 == 0 ? QStringLiteral("2002") : QStringLiteral("2001");
        d.office = d.unit == QLatin1String("2001") ? QStringLiteral("office-1")
                                                   : QStringLiteral("office-2");
        d.agency = QStringLiteral("UBND %1").arg(d.unit);
        d.online = i % 5 < 2;
        d.received = start.addSecs(qint64(i) * 3 * 3600 + (i % 7) * 600);
        d.due = d.received.addDays(3 + i % 4);
        if (i % 6 != 0) {
            d.resolved = d.received.addDays(i % 9).addSecs(3600);
            d.status = QStringLiteral("resolved");
        } else {
            d.status = i % 12 == 0 ? QStringLiteral("processing")
                                   : QStringLiteral("additional_info_required");
        }
        list.append(d);
    }
    return list;
}

QDateTime dayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), kProvince);
}

} // namespace

class TestPublicServices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<core::LocalCache> m_cache;
    QList<Dossier> m_dossiers;
    publicservices::PublicServicesDashboard m_provider;
    const QDate m_today { 2026, 11, 20 };

    core::DashboardData compute(const QString &area, core::AdminEra era, const QDate &anchor)
    {
        core::DashboardQuery query;
        query.area = { area, era };
        query.time.granularity = core::Granularity::Month;
        query.time.anchor = anchor;
        query.today = m_today;
        return m_provider.compute(m_cache->mirror(), query);
    }
    static const core::KpiValue *kpi(const core::DashboardData &data, const QString &id)
    {
        for (const core::KpiValue &k : data.kpis)
            if (k.id == id)
                return &k;
        return nullptr;
    }
    static const core::ChartData *chart(const core::DashboardData &data, const QString &id)
    {
        for (const core::ChartData &c : data.charts)
            if (c.id == id)
                return &c;
        return nullptr;
    }

    // The independent reference: plain loops over the crafted dossiers.
    double weightOf(const Dossier &d, const QString &area) const
    {
        if (area.isEmpty())
            return 1.0;
        if (area == QLatin1String("436"))
            return d.unit == QLatin1String("2001") ? 1.0 : kShare2002In436;
        if (area == QLatin1String("437"))
            return d.unit == QLatin1String("2001") ? 0.0 : kShare2002In437;
        return d.unit == area ? 1.0 : 0.0;
    }
    struct Expected
    {
        double received = 0, online = 0, resolved = 0, onTime = 0, overdue = 0;
    };
    Expected expected(const QDate &first, const QDate &last, const QString &area) const
    {
        Expected e;
        const QDateTime from = dayStart(first);
        const QDateTime to = dayStart(last.addDays(1));
        for (const Dossier &d : m_dossiers) {
            const double w = weightOf(d, area);
            if (d.received >= from && d.received < to) {
                e.received += w;
                e.online += d.online ? w : 0;
            }
            if (d.resolved && *d.resolved >= from && *d.resolved < to) {
                e.resolved += w;
                e.onTime += *d.resolved <= d.due ? w : 0;
            }
            const bool open = d.received <= to && (!d.resolved || *d.resolved > to);
            if (open && d.due < to)
                e.overdue += w;
        }
        return e;
    }

private slots:
    void initTestCase()
    {
        m_cache = openFixtureCache(
            m_tmp.path(), QStringLiteral("publicservices"), publicservices::psCacheMigrations());
        QVERIFY(m_cache);
        m_dossiers = makeDossiers();
        QList<core::Feature> features;
        for (const Dossier &d : std::as_const(m_dossiers)) {
            QJsonObject p { { QStringLiteral("unit_code"), d.unit },
                { QStringLiteral("office_id"), d.office }, { QStringLiteral("agency"), d.agency },
                { QStringLiteral("field"), QStringLiteral("Hộ tịch") },
                { QStringLiteral("channel"),
                    d.online ? QStringLiteral("online") : QStringLiteral("in_person") },
                { QStringLiteral("status"), d.status },
                { QStringLiteral("received_at"), iso(d.received) },
                { QStringLiteral("due_at"), iso(d.due) },
                { QStringLiteral("resolved_at"),
                    d.resolved ? QJsonValue(iso(*d.resolved)) : QJsonValue() },
                { QStringLiteral("on_time"),
                    d.resolved ? QJsonValue(*d.resolved <= d.due) : QJsonValue() } };
            features.append(attributeFeature(QStringLiteral("ps_dossiers"), d.id, p));
        }
        features.append(
            pointFeature(QStringLiteral("ps_offices"), QStringLiteral("office-1"), 105.9, 18.34,
                { { QStringLiteral("name"), QStringLiteral("Bộ phận Một cửa Thành Sen") },
                    { QStringLiteral("unit_code"), QStringLiteral("2001") },
                    { QStringLiteral("valid_from"), QStringLiteral("2025-07-01") },
                    { QStringLiteral("active"), true } }));
        features.append(
            pointFeature(QStringLiteral("ps_offices"), QStringLiteral("office-2"), 105.8, 18.45,
                { { QStringLiteral("name"), QStringLiteral("Bộ phận Một cửa Trần Phú") },
                    { QStringLiteral("unit_code"), QStringLiteral("2002") },
                    { QStringLiteral("valid_from"), QStringLiteral("2025-07-01") },
                    { QStringLiteral("active"), true } }));
        QVERIFY(!m_cache->features().upsert(features));
    }

    void dossiersLandInTheProjectionAndFollowUpdates()
    {
        QSqlQuery q(m_cache->mirror().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ps_dossier_facts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(m_dossiers.size()));
        // An update through the store reaches the projection (the trigger), a delete too.
        auto changed = attributeFeature(QStringLiteral("ps_dossiers"), QStringLiteral("HS-extra"),
            { { QStringLiteral("status"), QStringLiteral("received") },
                { QStringLiteral("received_at"), QStringLiteral("2020-01-01T00:00:00Z") } });
        QVERIFY(!m_cache->features().upsert({ changed }));
        changed.propertiesJson = R"({"status":"rejected","received_at":"2020-01-01T00:00:00Z"})";
        QVERIFY(!m_cache->features().upsert({ changed }));
        QVERIFY(q.exec(
            QStringLiteral("SELECT f.status FROM ps_dossier_facts f JOIN features USING (fid) "
                           "WHERE features.id = 'HS-extra'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("rejected"));
        QVERIFY(!m_cache->features().remove(
            QStringLiteral("ps_dossiers"), { QStringLiteral("HS-extra") }));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ps_dossier_facts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(m_dossiers.size()));
    }

    void kpisEqualIndependentCounts_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<int>("era");
        QTest::newRow("province") << QString() << int(core::AdminEra::After);
        QTest::newRow("new commune 2002") << QStringLiteral("2002") << int(core::AdminEra::After);
        QTest::newRow("former district 436")
            << QStringLiteral("436") << int(core::AdminEra::Before);
        QTest::newRow("former district 437")
            << QStringLiteral("437") << int(core::AdminEra::Before);
    }

    void kpisEqualIndependentCounts()
    {
        QFETCH(QString, area);
        QFETCH(int, era);
        const auto data = compute(area, core::AdminEra(era), QDate(2026, 10, 10));
        const Expected oct = expected(QDate(2026, 10, 1), QDate(2026, 10, 31), area);
        const Expected sep = expected(QDate(2026, 9, 1), QDate(2026, 9, 30), area);
        QCOMPARE(*kpi(data, QStringLiteral("received"))->value, oct.received);
        QCOMPARE(*kpi(data, QStringLiteral("received"))->previous, sep.received);
        QCOMPARE(*kpi(data, QStringLiteral("resolved"))->value, oct.resolved);
        QCOMPARE(
            *kpi(data, QStringLiteral("on_time_rate"))->value, oct.onTime / oct.resolved * 100);
        QCOMPARE(*kpi(data, QStringLiteral("online_rate"))->value, oct.online / oct.received * 100);
        QCOMPARE(*kpi(data, QStringLiteral("overdue"))->value, oct.overdue);
        QCOMPARE(*kpi(data, QStringLiteral("overdue"))->previous, sep.overdue);
        // No dossier a year ago in the cache: no comparison, rather than "+∞ %".
        QVERIFY(!kpi(data, QStringLiteral("received"))->lastYear);

        // Overdue ageing buckets add up to the overdue count of the same instant.
        const core::ChartData *ageing = chart(data, QStringLiteral("overdue_ageing"));
        double sum = 0;
        for (double v : ageing->series[0].values)
            sum += v;
        QCOMPARE(sum, oct.overdue);

        // Flow: one bucket per month, received and resolved as counted independently.
        const core::ChartData *flow = chart(data, QStringLiteral("flow"));
        QCOMPARE(flow->categories.size(), 12);
        for (int i = 0; i < 12; ++i) {
            const QDate month = QDate(2025, 11, 1).addMonths(i);
            const Expected e = expected(month, month.addMonths(1).addDays(-1), area);
            if (e.received > 0)
                QCOMPARE(flow->series[0].values[i], e.received);
            else
                QVERIFY(std::isnan(flow->series[0].values[i]));
            if (e.resolved > 0)
                QCOMPARE(flow->series[1].values[i], e.resolved);
        }
        QCOMPARE(data.notice.isEmpty(), area.isEmpty() || area == QLatin1String("2002"));

        // By field and channel: one field here, online + in person = received.
        const core::ChartData *byField = chart(data, QStringLiteral("by_field"));
        QCOMPARE(byField->categories, QStringList { QStringLiteral("Hộ tịch") });
        QCOMPARE(byField->series[0].values.first(), oct.online);
        QCOMPARE(
            byField->series[0].values.first() + byField->series[1].values.first(), oct.received);
    }

    void runningMonthComparesTheSameDays()
    {
        const auto data = compute({}, core::AdminEra::After, m_today);
        const Expected now = expected(QDate(2026, 11, 1), m_today, {});
        const Expected before = expected(QDate(2026, 10, 1), QDate(2026, 10, 20), {});
        QCOMPARE(*kpi(data, QStringLiteral("received"))->value, now.received);
        QCOMPARE(*kpi(data, QStringLiteral("received"))->previous, before.received);
        QVERIFY(chart(data, QStringLiteral("flow"))
                    ->categories.last()
                    .contains(QStringLiteral("11/26")));
    }

    void officesAreSizedByBacklogAndAreasFilterThem()
    {
        const auto data = compute({}, core::AdminEra::After, QDate(2026, 10, 10));
        int offices = 0;
        for (const core::DashboardLayer &layer : data.layers)
            offices += int(layer.points.size());
        QCOMPARE(offices, 2);
        QCOMPARE(data.choropleth.size(), 2);
        // Former district 437 holds only part of 2002, none of 2001: one office.
        const auto part
            = compute(QStringLiteral("437"), core::AdminEra::Before, QDate(2026, 10, 10));
        offices = 0;
        for (const core::DashboardLayer &layer : part.layers)
            for (const core::DashboardPoint &p : layer.points) {
                ++offices;
                QCOMPARE(p.id, QStringLiteral("office-2"));
            }
        QCOMPARE(offices, 1);
    }
};

QTEST_GUILESS_MAIN(TestPublicServices)
#include "tst_publicservices.moc"
