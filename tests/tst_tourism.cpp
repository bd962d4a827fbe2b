#include "adminfixture.h"
#include "tourism/tourismdashboard.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {

struct Stay
{
    QString id;
    QString unit;
    int rooms;
    QDate lastReport;
};
const QDate kFirstDay(2026, 8, 23);
const QDate kToday(2026, 11, 20);
const QList<Stay> kStays {
    { QStringLiteral("ts-0"), QStringLiteral("2001"), 40, kToday },
    { QStringLiteral("ts-1"), QStringLiteral("2002"), 10, kToday },
    { QStringLiteral("ts-2"), QStringLiteral("2002"), 20, QDate(2026, 11, 16) }, // went silent
};
int occupiedOn(int s, const QDate &d)
{
    return (int(kFirstDay.daysTo(d)) * (s + 3) + 7 * s) % (kStays[s].rooms + 1);
}
int guestsOn(int s, const QDate &d)
{
    return occupiedOn(s, d) * 2 - s;
}
int foreignOn(int s, const QDate &d)
{
    return (d.day() + s) % 4 == 0 ? 2 : 0;
}
// Arrivals per month: row 0 the province total, rows 1-2 the attractions.
int visitorsOf(const QDate &month, int row)
{
    return (row == 0 ? 300000 : 20000 * row) + month.month() * 1000 + (month.year() - 2025) * 500;
}

} // namespace

class TestTourism : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<core::LocalCache> m_cache;
    tourism::TourismDashboard m_provider;

    core::DashboardData compute(const core::UnitRef &area, const QDate &anchor)
    {
        core::DashboardQuery query;
        query.area = area;
        query.time.granularity = core::Granularity::Month;
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
    static bool stayIn(int s, const QString &area)
    {
        if (area.isEmpty())
            return true;
        if (area == QLatin1String("436"))
            return kStays[s].unit == QLatin1String("2001");
        if (area == QLatin1String("437"))
            return kStays[s].unit == QLatin1String("2002");
        return kStays[s].unit == area;
    }
    struct Expected
    {
        double rooms = 0, occupied = 0, guests = 0, foreign = 0;
    };
    static Expected expected(const QDate &first, const QDate &last, const QString &area)
    {
        Expected e;
        for (QDate d = first; d <= last; d = d.addDays(1))
            for (int s = 0; s < kStays.size(); ++s)
                if (stayIn(s, area) && d >= kFirstDay && d <= kStays[s].lastReport) {
                    e.rooms += kStays[s].rooms;
                    e.occupied += occupiedOn(s, d);
                    e.guests += guestsOn(s, d);
                    e.foreign += foreignOn(s, d);
                }
        return e;
    }

private slots:
    void initTestCase()
    {
        m_cache = openFixtureCache(
            m_tmp.path(), QStringLiteral("tourism"), tourism::tourismCacheMigrations());
        QVERIFY(m_cache);
        QList<core::Feature> features;
        for (int s = 0; s < kStays.size(); ++s) {
            features.append(pointFeature(QStringLiteral("tour_establishments"), kStays[s].id,
                105.9 - 0.05 * s, 18.34 + 0.05 * s,
                { { QStringLiteral("name"), QStringLiteral("Khách sạn %1").arg(s) },
                    { QStringLiteral("kind"), QStringLiteral("hotel") },
                    { QStringLiteral("rooms"), kStays[s].rooms },
                    { QStringLiteral("unit_code"), kStays[s].unit } }));
            for (QDate d = kFirstDay; d <= kStays[s].lastReport; d = d.addDays(1))
                features.append(attributeFeature(QStringLiteral("tour_occupancy"),
                    QStringLiteral("to-%1-%2").arg(s).arg(d.toString(QStringLiteral("yyyyMMdd"))),
                    { { QStringLiteral("establishment_id"), kStays[s].id },
                        { QStringLiteral("date"), d.toString(Qt::ISODate) },
                        { QStringLiteral("rooms"), kStays[s].rooms },
                        { QStringLiteral("rooms_occupied"), occupiedOn(s, d) },
                        { QStringLiteral("guests"), guestsOn(s, d) },
                        { QStringLiteral("international_guests"), foreignOn(s, d) },
                        { QStringLiteral("unit_code"), kStays[s].unit } }));
        }
        features.append(
            pointFeature(QStringLiteral("tour_attractions"), QStringLiteral("ta-0"), 105.95, 18.3,
                { { QStringLiteral("name"), QStringLiteral("Biển Thiên Cầm") },
                    { QStringLiteral("kind"), QStringLiteral("beach") },
                    { QStringLiteral("unit_code"), QStringLiteral("436") } }));
        features.append(
            pointFeature(QStringLiteral("tour_attractions"), QStringLiteral("ta-1"), 105.7, 18.5,
                { { QStringLiteral("name"), QStringLiteral("Khu di tích Ngã ba Đồng Lộc") },
                    { QStringLiteral("kind"), QStringLiteral("heritage") },
                    { QStringLiteral("unit_code"), QStringLiteral("437") } }));
        for (QDate m(2025, 1, 1); m <= QDate(2026, 10, 1); m = m.addMonths(1))
            for (int row = 0; row < 3; ++row)
                features.append(attributeFeature(QStringLiteral("tour_arrivals"),
                    QStringLiteral("tv-%1-%2").arg(m.toString(QStringLiteral("yyyyMM"))).arg(row),
                    { { QStringLiteral("month"), m.toString(QStringLiteral("yyyy-MM")) },
                        { QStringLiteral("attraction_id"),
                            row == 0 ? QJsonValue()
                                     : QJsonValue(QStringLiteral("ta-%1").arg(row - 1)) },
                        { QStringLiteral("unit_code"),
                            row == 0 ? QStringLiteral("42")
                                     : (row == 1 ? QStringLiteral("436") : QStringLiteral("437")) },
                        { QStringLiteral("visitors"), visitorsOf(m, row) },
                        { QStringLiteral("overnight_visitors"), visitorsOf(m, row) / 4 },
                        { QStringLiteral("international_visitors"), visitorsOf(m, row) / 200 } }));
        QVERIFY(!m_cache->features().upsert(features));
    }

    void collectionsLandInTheProjections()
    {
        QSqlQuery q(m_cache->mirror().connection());
        int rows = 0;
        for (const Stay &s : kStays)
            rows += int(kFirstDay.daysTo(s.lastReport)) + 1;
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tour_occ_facts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), rows);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tour_arrival_facts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 22 * 3);
    }

    void kpisPerArea_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<bool>("before");
        QTest::addColumn<int>("arrivalRow");
        QTest::newRow("province") << QString() << true << 0;
        QTest::newRow("former district 436") << QStringLiteral("436") << true << 1;
        QTest::newRow("former district 437") << QStringLiteral("437") << true << 2;
    }
    void kpisPerArea()
    {
        QFETCH(QString, area);
        QFETCH(bool, before);
        QFETCH(int, arrivalRow);
        const auto data = compute(
            { area, before ? core::AdminEra::Before : core::AdminEra::After }, QDate(2026, 10, 15));
        const Expected oct = expected(QDate(2026, 10, 1), QDate(2026, 10, 31), area);
        const Expected sep = expected(QDate(2026, 9, 1), QDate(2026, 9, 30), area);
        QCOMPARE(*kpi(data, QStringLiteral("occupancy")).value, oct.occupied / oct.rooms * 100);
        QCOMPARE(*kpi(data, QStringLiteral("occupancy")).previous, sep.occupied / sep.rooms * 100);
        QCOMPARE(*kpi(data, QStringLiteral("guests")).value, oct.guests);
        QCOMPARE(*kpi(data, QStringLiteral("foreign_guests")).value, oct.foreign);
        QVERIFY(!kpi(data, QStringLiteral("guests")).lastYear); // 90 days of data only
        const auto &visitors = kpi(data, QStringLiteral("visitors"));
        QCOMPARE(*visitors.value, double(visitorsOf(QDate(2026, 10, 1), arrivalRow)));
        QCOMPARE(*visitors.previous, double(visitorsOf(QDate(2026, 9, 1), arrivalRow)));
        QCOMPARE(*visitors.lastYear, double(visitorsOf(QDate(2025, 10, 1), arrivalRow)));
        // The fixture stores whole counts: overnight = visitors / 4, international = / 200.
        const int october = visitorsOf(QDate(2026, 10, 1), arrivalRow);
        const int overnight = october / 4, international = october / 200;
        QCOMPARE(*kpi(data, QStringLiteral("overnight")).value, double(overnight));
        QCOMPARE(visitors.trend.at(0), double(visitorsOf(QDate(2025, 11, 1), arrivalRow)));
        double rooms = 0;
        for (int s = 0; s < kStays.size(); ++s)
            rooms += stayIn(s, area) ? kStays[s].rooms : 0;
        QCOMPARE(*kpi(data, QStringLiteral("rooms")).value, rooms);
        // International share over the trend: October's bucket.
        const auto &share = chart(data, QStringLiteral("international_share"));
        QCOMPARE(share.series[0].values.last(), double(international) / october * 100);
        QCOMPARE(share.series[1].values.last(), oct.foreign / oct.guests * 100);
    }

    void runningMonthShowsTheLatestArrivals()
    {
        const auto data = compute({}, kToday);
        const auto &visitors = kpi(data, QStringLiteral("visitors"));
        QCOMPARE(visitors.periodLabel, QStringLiteral("10/2026"));
        QCOMPARE(*visitors.value, double(visitorsOf(QDate(2026, 10, 1), 0)));
        QCOMPARE(*visitors.previous, double(visitorsOf(QDate(2026, 9, 1), 0)));
        const auto &byAttraction = chart(data, QStringLiteral("visitors_by_attraction"));
        QCOMPARE(byAttraction.categories.size(), 2);
        QCOMPARE(byAttraction.series[0].values.last(), double(visitorsOf(QDate(2026, 10, 1), 2)));
        // Guests by locality: the two former districts, last first.
        const auto &byLocality = chart(data, QStringLiteral("guests_by_locality"));
        const Expected in436 = expected(QDate(2026, 11, 1), kToday, QStringLiteral("436"));
        const Expected in437 = expected(QDate(2026, 11, 1), kToday, QStringLiteral("437"));
        QCOMPARE(byLocality.series[0].values, QVector<double>({ in437.guests, in436.guests }));
        // The establishment that stopped sending guest lists is grey on the map.
        for (const auto &layer : data.layers)
            for (const auto &p : layer.points)
                if (p.id == QLatin1String("ts-2"))
                    QCOMPARE(p.styleKey, QStringLiteral("silent"));
                else if (p.id.startsWith(QLatin1String("ts-")))
                    QVERIFY(p.styleKey != QLatin1String("silent"));
        // Choropleth: occupancy of each former district's establishments.
        QCOMPARE(data.choropleth.value(QStringLiteral("437")), in437.occupied / in437.rooms * 100);
    }

    void dailyOccupancyMarksHolidays()
    {
        const auto data = compute({}, QDate(2026, 9, 10));
        const auto &daily = chart(data, QStringLiteral("daily_occupancy"));
        QCOMPARE(daily.categories.size(), 30);
        QVERIFY(daily.categories[0].endsWith(QStringLiteral("★")));
        QVERIFY(daily.categories[1].endsWith(QStringLiteral("★")));
        QVERIFY(!daily.categories[2].endsWith(QStringLiteral("★")));
        QVERIFY(daily.note.contains(tourism::holidayName(QDate(2026, 9, 2))));
        const Expected day = expected(QDate(2026, 9, 5), QDate(2026, 9, 5), QString());
        QCOMPARE(daily.series[0].values[4], day.occupied / day.rooms * 100);
        QCOMPARE(daily.series.size(), 1); // nothing a year earlier: no empty series
        QVERIFY(!tourism::holidayName(QDate(2026, 2, 17)).isEmpty()); // Tết
        QVERIFY(tourism::holidayName(QDate(2026, 2, 23)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTourism)
#include "tst_tourism.moc"
