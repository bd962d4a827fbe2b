#include "adminfixture.h"
#include "health/facilitydetail.h"
#include "health/facilityqueries.h"
#include "health/healthdashboard.h"
#include "health/healthmodule.h"
#include "map/mapwidget.h"
#include "ui/chartpanel.h"
#include "ui/moduledock.h"

#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace ioc;
using namespace ioc::test;

namespace {

struct Hospital
{
    QString id;
    QString unit;
    int beds;
};
const QList<Hospital> kHospitals { { QStringLiteral("hf-0"), QStringLiteral("2001"), 100 },
    { QStringLiteral("hf-1"), QStringLiteral("2002"), 50 } };
const QDate kFirstDay(2026, 8, 1);
const QDate kLastDay(2026, 11, 20);
const QStringList kUnits { QStringLiteral("2001"), QStringLiteral("2002") };
const QStringList kDiseases { QStringLiteral("dengue"), QStringLiteral("influenza") };

int occupiedOn(int hospital, const QDate &day)
{
    const int d = int(kFirstDay.daysTo(day));
    return hospital == 0 ? 70 + d % 35 : 38 + (d * 7) % 16; // hf-1 goes above its 50 beds
}
int casesOf(const QDate &monday, int unit, int disease)
{
    const int w = int(QDate(2026, 1, 5).daysTo(monday) / 7);
    return (w * (unit + 2) + disease * 5) % 13 + (w == 40 && disease == 0 ? 30 : 0);
}
int targetOf(int unit)
{
    return unit == 0 ? 40 : 60;
}
int vaccinatedOf(const QDate &month, int unit)
{
    return targetOf(unit) - (month.month() + unit) % 5;
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<core::LocalCache> m_cache;
    health::HealthDashboard m_provider;
    const QDate m_today = kLastDay;

    core::DashboardData compute(const core::UnitRef &area, const QDate &anchor,
        const QString &disease = {}, core::Granularity g = core::Granularity::Month)
    {
        core::DashboardQuery query;
        query.area = area;
        query.time.granularity = g;
        query.time.anchor = anchor;
        query.today = m_today;
        query.selector = disease;
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

    // Independent reference: the crafted numbers, summed in plain loops.
    static double unitShare(int unit, const QString &area)
    {
        if (area.isEmpty())
            return 1;
        if (area == QLatin1String("436"))
            return unit == 0 ? 1 : kShare2002In436;
        if (area == QLatin1String("437"))
            return unit == 0 ? 0 : kShare2002In437;
        return kUnits[unit] == area ? 1 : 0;
    }
    static bool hospitalIn(int hospital, const QString &area)
    {
        // hf-1 sits in 2002, whose majority lies in 437.
        if (area.isEmpty())
            return true;
        if (area == QLatin1String("436"))
            return hospital == 0;
        if (area == QLatin1String("437"))
            return hospital == 1;
        return kHospitals[hospital].unit == area;
    }
    struct Expected
    {
        double occupied = 0, beds = 0, days = 0, over = 0, cases = 0, vaccinated = 0, target = 0;
    };
    static Expected expected(
        const QDate &first, const QDate &last, const QString &area, const QString &disease = {})
    {
        Expected e;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            bool any = false;
            for (int h = 0; h < kHospitals.size(); ++h) {
                if (!hospitalIn(h, area) || d < kFirstDay || d > kLastDay)
                    continue;
                any = true;
                e.occupied += occupiedOn(h, d);
                e.beds += kHospitals[h].beds;
            }
            e.days += any ? 1 : 0;
            if (d.dayOfWeek() == 1 && d >= kFirstDay && d <= kLastDay)
                for (int u = 0; u < 2; ++u)
                    for (int k = 0; k < 2; ++k)
                        if (disease.isEmpty() || kDiseases[k] == disease)
                            e.cases += casesOf(d, u, k) * unitShare(u, area);
            if (d.day() == 1 && d >= QDate(2026, 6, 1) && d <= QDate(2026, 10, 1))
                for (int u = 0; u < 2; ++u) {
                    e.vaccinated += vaccinatedOf(d, u) * unitShare(u, area);
                    e.target += targetOf(u) * unitShare(u, area);
                }
        }
        const QDate lastReported = std::min(last, kLastDay);
        for (int h = 0; h < kHospitals.size(); ++h)
            if (hospitalIn(h, area) && lastReported >= first
                && occupiedOn(h, lastReported) > kHospitals[h].beds)
                ++e.over;
        return e;
    }

private slots:
    void initTestCase()
    {
        m_cache = openFixtureCache(
            m_tmp.path(), QStringLiteral("health"), health::healthCacheMigrations());
        QVERIFY(m_cache);
        QList<core::Feature> features;
        for (int h = 0; h < kHospitals.size(); ++h)
            features.append(pointFeature(QStringLiteral("health_facilities"), kHospitals[h].id,
                105.9 - 0.1 * h, 18.34 + 0.1 * h,
                { { QStringLiteral("name"), QStringLiteral("Bệnh viện %1").arg(h) },
                    { QStringLiteral("kind"),
                        h == 0 ? QStringLiteral("general_hospital")
                               : QStringLiteral("district_medical_centre") },
                    { QStringLiteral("beds"), kHospitals[h].beds },
                    { QStringLiteral("unit_code"), kHospitals[h].unit },
                    { QStringLiteral("national_standard"), true } }));
        features.append(
            pointFeature(QStringLiteral("health_facilities"), QStringLiteral("hf-2"), 105.91, 18.35,
                { { QStringLiteral("name"), QStringLiteral("Trạm Y tế Thành Sen") },
                    { QStringLiteral("kind"), QStringLiteral("commune_health_station") },
                    { QStringLiteral("beds"), 5 },
                    { QStringLiteral("unit_code"), QStringLiteral("2001") },
                    { QStringLiteral("national_standard"), false } }));
        for (QDate d = kFirstDay; d <= kLastDay; d = d.addDays(1)) {
            for (int h = 0; h < kHospitals.size(); ++h)
                features.append(attributeFeature(QStringLiteral("health_occupancy"),
                    QStringLiteral("ho-%1-%2").arg(h).arg(d.toString(QStringLiteral("yyyyMMdd"))),
                    { { QStringLiteral("facility_id"), kHospitals[h].id },
                        { QStringLiteral("date"), d.toString(Qt::ISODate) },
                        { QStringLiteral("beds"), kHospitals[h].beds },
                        { QStringLiteral("occupied"), occupiedOn(h, d) },
                        { QStringLiteral("unit_code"), kHospitals[h].unit } }));
            if (d.dayOfWeek() == 1)
                for (int u = 0; u < 2; ++u)
                    for (int k = 0; k < 2; ++k)
                        features.append(attributeFeature(QStringLiteral("health_cases"),
                            QStringLiteral("hc-%1-%2-%3")
                                .arg(d.toString(Qt::ISODate))
                                .arg(u)
                                .arg(k),
                            { { QStringLiteral("disease"), kDiseases[k] },
                                { QStringLiteral("week_start"), d.toString(Qt::ISODate) },
                                { QStringLiteral("unit_code"), kUnits[u] },
                                { QStringLiteral("cases"), casesOf(d, u, k) } }));
        }
        for (QDate m(2026, 6, 1); m <= QDate(2026, 10, 1); m = m.addMonths(1)) {
            for (int u = 0; u < 2; ++u)
                features.append(attributeFeature(QStringLiteral("health_vaccination"),
                    QStringLiteral("vx-%1-%2").arg(m.month()).arg(u),
                    { { QStringLiteral("vaccine"), QStringLiteral("BCG") },
                        { QStringLiteral("month"), m.toString(QStringLiteral("yyyy-MM")) },
                        { QStringLiteral("unit_code"), kUnits[u] },
                        { QStringLiteral("target_population"), targetOf(u) },
                        { QStringLiteral("vaccinated"), vaccinatedOf(m, u) } }));
            // The province's own row repeats its units: it must not be counted twice.
            features.append(attributeFeature(QStringLiteral("health_vaccination"),
                QStringLiteral("vx-%1-p").arg(m.month()),
                { { QStringLiteral("vaccine"), QStringLiteral("BCG") },
                    { QStringLiteral("month"), m.toString(QStringLiteral("yyyy-MM")) },
                    { QStringLiteral("unit_code"), QStringLiteral("42") },
                    { QStringLiteral("target_population"), 100 },
                    { QStringLiteral("vaccinated"), 50 } }));
        }
        QVERIFY(!m_cache->features().upsert(features));
    }

    void collectionsLandInTheProjections()
    {
        QSqlQuery q(m_cache->mirror().connection());
        const int days = int(kFirstDay.daysTo(kLastDay)) + 1;
        for (const auto &[table, count] :
            QList<QPair<QString, int>> { { QStringLiteral("health_occupancy_facts"), days * 2 },
                { QStringLiteral("health_case_facts"), 16 * 4 },
                { QStringLiteral("health_vax_facts"), 5 * 3 } }) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), count);
        }
    }

    void kpisEqualTheRawData_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<bool>("before");
        QTest::newRow("province") << QString() << true;
        QTest::newRow("former district 437") << QStringLiteral("437") << true;
        QTest::newRow("former district 436") << QStringLiteral("436") << true;
        QTest::newRow("new commune 2001") << QStringLiteral("2001") << false;
    }
    void kpisEqualTheRawData()
    {
        QFETCH(QString, area);
        QFETCH(bool, before);
        const auto data = compute(
            { area, before ? core::AdminEra::Before : core::AdminEra::After }, QDate(2026, 10, 15));
        const Expected oct = expected(QDate(2026, 10, 1), QDate(2026, 10, 31), area);
        const Expected sep = expected(QDate(2026, 9, 1), QDate(2026, 9, 30), area);
        QCOMPARE(*kpi(data, QStringLiteral("occupancy")).value, oct.occupied / oct.beds * 100);
        QCOMPARE(*kpi(data, QStringLiteral("occupancy")).previous, sep.occupied / sep.beds * 100);
        QCOMPARE(*kpi(data, QStringLiteral("inpatients")).value, oct.occupied / oct.days);
        QCOMPARE(*kpi(data, QStringLiteral("over_capacity")).value, oct.over);
        QCOMPARE(*kpi(data, QStringLiteral("cases")).value, oct.cases);
        QCOMPARE(*kpi(data, QStringLiteral("cases")).previous, sep.cases);
        QCOMPARE(
            *kpi(data, QStringLiteral("vaccination")).value, oct.vaccinated / oct.target * 100);
        QCOMPARE(*kpi(data, QStringLiteral("vaccination")).plan, 95.0);
        QVERIFY(!kpi(data, QStringLiteral("occupancy")).lastYear); // no data a year ago
        const double beds = area == QLatin1String("437") ? 50 : area.isEmpty() ? 155 : 105;
        QCOMPARE(*kpi(data, QStringLiteral("beds")).value, beds);
        // The trend's October bucket is the card's value.
        QCOMPARE(kpi(data, QStringLiteral("cases")).trend.last(), oct.cases);
        QCOMPARE(
            kpi(data, QStringLiteral("occupancy")).trend.at(10), sep.occupied / sep.beds * 100);
    }

    void diseaseSelectorAndWeeklyBand()
    {
        const auto data = compute({}, QDate(2026, 11, 20), QStringLiteral("dengue"));
        QCOMPARE(data.selectorValue, QStringLiteral("dengue"));
        const Expected nov = expected(
            QDate(2026, 11, 1), QDate(2026, 11, 20), QString(), QStringLiteral("dengue"));
        QCOMPARE(*kpi(data, QStringLiteral("cases")).value, nov.cases);
        const auto &weekly = chart(data, QStringLiteral("cases_weekly"));
        QCOMPARE(weekly.categories.size(), 12);
        // Last week: Monday 16 November; the band is the 8 weeks before.
        double expectedLast = 0;
        for (int u = 0; u < 2; ++u)
            expectedLast += casesOf(QDate(2026, 11, 16), u, 0);
        QCOMPARE(weekly.series[0].values.last(), expectedLast);
        QVector<double> before;
        for (int w = 1; w <= 8; ++w) {
            const QDate monday = QDate(2026, 11, 16).addDays(-7 * w);
            before.append(
                monday < kFirstDay ? qQNaN() : casesOf(monday, 0, 0) + casesOf(monday, 1, 0));
        }
        double sum = 0, squares = 0;
        for (double v : before) {
            sum += v;
            squares += v * v;
        }
        const double mean = sum / 8;
        QCOMPARE(weekly.series[1].values.last(), mean);
        QCOMPARE(weekly.series[2].values.last(), mean + 2 * std::sqrt(squares / 8 - mean * mean));
        // Running month: coverage falls back to October and says so.
        const auto &coverage = kpi(data, QStringLiteral("vaccination"));
        QCOMPARE(coverage.periodLabel, QStringLiteral("10/2026"));
        const Expected oct = expected(QDate(2026, 10, 1), QDate(2026, 10, 31), QString());
        QCOMPARE(*coverage.value, oct.vaccinated / oct.target * 100);
    }

    void chartsAndMapPerArea()
    {
        const auto data = compute({}, QDate(2026, 10, 15));
        const auto &byUnit = chart(data, QStringLiteral("vaccination_by_unit"));
        // Former districts, last first (horizontal bars read top-down).
        QCOMPARE(byUnit.categories,
            QStringList(
                { QStringLiteral("Thị xã Hồng Lĩnh"), QStringLiteral("Thành phố Hà Tĩnh") }));
        const Expected in437
            = expected(QDate(2026, 10, 1), QDate(2026, 10, 31), QStringLiteral("437"));
        QCOMPARE(byUnit.series[0].values[0], in437.vaccinated / in437.target * 100);
        const auto &byDisease = chart(data, QStringLiteral("cases_by_disease"));
        const Expected dengue = expected(
            QDate(2026, 10, 1), QDate(2026, 10, 31), QString(), QStringLiteral("dengue"));
        QCOMPARE(byDisease.series[0].values[0], dengue.cases);
        const auto &hospitals = chart(data, QStringLiteral("occupancy_by_hospital"));
        QCOMPARE(hospitals.series.size(), 2);
        QCOMPARE(hospitals.series[0].name, QStringLiteral("Bệnh viện 0"));
        const Expected oct436
            = expected(QDate(2026, 10, 1), QDate(2026, 10, 31), QStringLiteral("436"));
        QCOMPARE(hospitals.series[0].values.last(), oct436.occupied / oct436.beds * 100);
        // Choropleth: cases per 100,000 people of each former district.
        const Expected oct437 = in437;
        QCOMPARE(data.choropleth.value(QStringLiteral("437")), oct437.cases / 2000.0 * 100000.0);
        int points = 0;
        for (const auto &layer : data.layers)
            points += layer.points.size();
        QCOMPARE(points, 3);
        // hf-1 ended October at 38 + (91*7 % 16) = 43 of 50 beds: "normal".
        for (const auto &layer : data.layers)
            for (const auto &p : layer.points)
                if (p.id == QLatin1String("hf-2"))
                    QCOMPARE(p.styleKey, QStringLiteral("substandard"));
        // An area filter keeps only its places on the map.
        const auto in2001
            = compute({ QStringLiteral("2001"), core::AdminEra::After }, QDate(2026, 10, 15));
        points = 0;
        for (const auto &layer : in2001.layers)
            points += layer.points.size();
        QCOMPARE(points, 2);
    }

    void clickingAHospitalShowsItsOccupancyHistory()
    {
        health::HealthModule module;
        ui::ModuleContext context;
        context.cache = m_cache.get();
        context.offline = true;
        std::unique_ptr<QWidget> content(module.createDockContent(context, nullptr));
        auto *dock = qobject_cast<ui::ModuleDock *>(content.get());
        QVERIFY(dock);
        auto *detail = dock->findChild<health::FacilityDetail *>();
        QVERIFY(detail);
        emit dock->map()->featureClicked(QStringLiteral("health_centres"), QStringLiteral("hf-1"));
        // Read on the thread pool: shown when it arrives.
        QTRY_COMPARE(detail->facilityId(), QStringLiteral("hf-1"));
        QCOMPARE(dock->currentTabPage(), detail);
        QVERIFY(detail->headerText().contains(QStringLiteral("Bệnh viện 1")));
        const core::ChartData &chart = detail->chart()->chartData();
        QCOMPARE(chart.categories.size(), int(kFirstDay.daysTo(kLastDay)) + 1);
        for (int i = 0; i < chart.categories.size(); i += 17)
            QCOMPARE(chart.series[0].values[i], occupiedOn(1, kFirstDay.addDays(i)) / 50.0 * 100.0);
        // The area layer's points filter the dock instead.
        emit dock->map()->featureClicked(QStringLiteral("admin_areas"), QStringLiteral("437|<"));
        QCOMPARE(detail->facilityId(), QStringLiteral("hf-1"));
        // The queries on their own: a facility not in the cache is nothing, not an error.
        QVERIFY(!health::readFacility(m_cache->mirror(), QStringLiteral("no-such-facility")));
        const auto hospital = health::readFacility(m_cache->mirror(), QStringLiteral("hf-1"));
        QVERIFY(hospital);
        QCOMPARE(hospital->occupancy.size(), chart.categories.size());
    }

    void weekGranularityChangesThePeriod()
    {
        const auto data = compute({}, QDate(2026, 10, 14), {}, core::Granularity::Week);
        const Expected week = expected(QDate(2026, 10, 12), QDate(2026, 10, 18), QString());
        QCOMPARE(*kpi(data, QStringLiteral("occupancy")).value, week.occupied / week.beds * 100);
        QCOMPARE(*kpi(data, QStringLiteral("cases")).value, week.cases);
        QCOMPARE(kpi(data, QStringLiteral("occupancy")).trend.size(), 12);
    }
};

QTEST_MAIN(TestHealth)
#include "tst_health.moc"
