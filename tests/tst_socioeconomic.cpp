#include "adminfixture.h"
#include "socioeconomic/socioeconomicdashboard.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace ioc;
using namespace ioc::test;

namespace {

// Values are simple functions of (unit, month) so the test can recompute them alone.
double budget(const QString &unit, const QDate &month)
{
    const int m = (month.year() - 2024) * 12 + month.month();
    if (unit == QLatin1String("42"))
        return 1000 + 10 * m;
    if (unit == QLatin1String("436"))
        return 600 + m;
    if (unit == QLatin1String("437"))
        return 400 + 2 * m;
    if (unit == QLatin1String("2001"))
        return 300 + 3 * m;
    return 700 + 4 * m; // 2002
}

double cpi(const QString &unit, const QDate &month)
{
    return 100 + (unit.toInt() % 7) + month.month() / 10.0;
}

QStringList unitsAt(const QDate &month)
{
    return month < core::kAdminReformDate
        ? QStringList { QStringLiteral("42"), QStringLiteral("436"), QStringLiteral("437") }
        : QStringList { QStringLiteral("42"), QStringLiteral("2001"), QStringLiteral("2002") };
}

const QDate kFirst(2024, 1, 1);
const QDate kLast(2026, 10, 1); // the last month reported
constexpr double kTarget2026 = 14000;
constexpr double kTarget2025 = 10000;

} // namespace

class TestSocioeconomic : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<core::LocalCache> m_cache;
    socioeconomic::SocioeconomicDashboard m_provider;

    core::DashboardData compute(const QString &area, core::AdminEra era, core::Granularity g,
        const QDate &anchor, const QString &indicator = QStringLiteral("BUDGET_REV"))
    {
        core::DashboardQuery query;
        query.area = { area, era };
        query.time.granularity = g;
        query.time.anchor = anchor;
        query.selector = indicator;
        query.today = QDate(2026, 11, 26);
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

private slots:
    void initTestCase()
    {
        m_cache = openFixtureCache(
            m_tmp.path(), QStringLiteral("socioeconomic"), socioeconomic::seCacheMigrations());
        QVERIFY(m_cache);
        QList<core::Feature> features {
            attributeFeature(QStringLiteral("se_indicators"), QStringLiteral("BUDGET_REV"),
                { { QStringLiteral("code"), QStringLiteral("BUDGET_REV") },
                    { QStringLiteral("name"), QStringLiteral("Thu ngân sách nhà nước") },
                    { QStringLiteral("unit"), QStringLiteral("tỷ đồng") },
                    { QStringLiteral("frequency"), QStringLiteral("monthly") },
                    { QStringLiteral("aggregation"), QStringLiteral("sum") },
                    { QStringLiteral("higher_is_better"), true } }),
            attributeFeature(QStringLiteral("se_indicators"), QStringLiteral("CPI"),
                { { QStringLiteral("code"), QStringLiteral("CPI") },
                    { QStringLiteral("name"), QStringLiteral("Chỉ số giá tiêu dùng") },
                    { QStringLiteral("unit"), QStringLiteral("%") },
                    { QStringLiteral("frequency"), QStringLiteral("monthly") },
                    { QStringLiteral("aggregation"), QStringLiteral("rate") },
                    { QStringLiteral("higher_is_better"), false } }),
            attributeFeature(QStringLiteral("se_targets"), QStringLiteral("tgt-BUDGET_REV-2026"),
                { { QStringLiteral("indicator"), QStringLiteral("BUDGET_REV") },
                    { QStringLiteral("year"), 2026 }, { QStringLiteral("target"), kTarget2026 } }),
            attributeFeature(QStringLiteral("se_targets"), QStringLiteral("tgt-BUDGET_REV-2025"),
                { { QStringLiteral("indicator"), QStringLiteral("BUDGET_REV") },
                    { QStringLiteral("year"), 2025 }, { QStringLiteral("target"), kTarget2025 } }),
            attributeFeature(QStringLiteral("se_targets"), QStringLiteral("tgt-CPI-2026"),
                { { QStringLiteral("indicator"), QStringLiteral("CPI") },
                    { QStringLiteral("year"), 2026 }, { QStringLiteral("target"), 104.0 } }),
        };
        int n = 0;
        for (QDate m = kFirst; m <= kLast; m = m.addMonths(1)) {
            for (const QString &unit : unitsAt(m)) {
                for (const QString &indicator :
                    { QStringLiteral("BUDGET_REV"), QStringLiteral("CPI") }) {
                    features.append(attributeFeature(QStringLiteral("se_observations"),
                        QStringLiteral("obs-%1").arg(n++),
                        { { QStringLiteral("indicator"), indicator },
                            { QStringLiteral("unit_code"), unit },
                            { QStringLiteral("period_start"), m.toString(Qt::ISODate) },
                            { QStringLiteral("value"),
                                indicator == QLatin1String("CPI") ? cpi(unit, m)
                                                                  : budget(unit, m) } }));
                }
            }
        }
        QVERIFY(!m_cache->features().upsert(features));
    }

    void indicatorIndexIsUsed()
    {
        QSqlQuery plan(m_cache->mirror().connection());
        QVERIFY(plan.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT 1 FROM features WHERE collection = 'se_observations' "
            "AND json_extract(properties, '$.indicator') = 'CPI'")));
        QString details;
        while (plan.next())
            details += plan.value(3).toString();
        QVERIFY2(details.contains(QStringLiteral("se_observation_indicator")), qPrintable(details));
    }

    void provinceMonthAgainstPreviousLastYearAndPlan()
    {
        const auto data
            = compute({}, core::AdminEra::After, core::Granularity::Month, QDate(2026, 10, 15));
        const core::KpiValue *k = kpi(data, QStringLiteral("BUDGET_REV"));
        QVERIFY(k);
        QCOMPARE(*k->value, budget(QStringLiteral("42"), QDate(2026, 10, 1)));
        QCOMPARE(*k->previous, budget(QStringLiteral("42"), QDate(2026, 9, 1)));
        QCOMPARE(*k->lastYear, budget(QStringLiteral("42"), QDate(2025, 10, 1)));
        QCOMPARE(*k->plan, kTarget2026 * 31.0 / 365.0);
        QVERIFY(k->periodLabel.contains(QStringLiteral("10/26")));
        QCOMPARE(data.selectorValue, QStringLiteral("BUDGET_REV"));
        QCOMPARE(data.selectorChoices.size(), 2);

        // The trend chart: actual per month, plan pro rata, the same months a year earlier.
        const core::ChartData *trend = chart(data, QStringLiteral("indicator"));
        QVERIFY(trend);
        QCOMPARE(trend->categories.size(), 12);
        QCOMPARE(trend->series.size(), 3);
        for (int i = 0; i < 12; ++i) {
            const QDate month = QDate(2025, 11, 1).addMonths(i);
            QCOMPARE(trend->series[0].values[i], budget(QStringLiteral("42"), month));
            QCOMPARE(trend->series[2].values[i], budget(QStringLiteral("42"), month.addYears(-1)));
            const double target = month.year() == 2026 ? kTarget2026 : kTarget2025;
            QCOMPARE(trend->series[1].values[i],
                target * month.daysInMonth() / QDate(month.year(), 1, 1).daysInYear());
            QCOMPARE(k->trend[i], trend->series[0].values[i]);
        }
        // Twelve months from 11/2025 do not cross the reform; a province never converts.
        QCOMPARE(trend->reformIndex, -1);
        QVERIFY(data.notice.isEmpty());
    }

    void latestReportedPeriodWhenTheSelectedOneIsNotPublishedYet()
    {
        const auto data
            = compute({}, core::AdminEra::After, core::Granularity::Month, QDate(2026, 11, 26));
        const core::KpiValue *k = kpi(data, QStringLiteral("BUDGET_REV"));
        QCOMPARE(*k->value, budget(QStringLiteral("42"), QDate(2026, 10, 1)));
        QCOMPARE(*k->previous, budget(QStringLiteral("42"), QDate(2026, 9, 1)));
        QVERIFY(!k->periodLabel.isEmpty());
    }

    void quarterSumsItsMonths()
    {
        const auto data
            = compute({}, core::AdminEra::After, core::Granularity::Quarter, QDate(2026, 8, 1));
        double expected = 0;
        for (int m = 7; m <= 9; ++m)
            expected += budget(QStringLiteral("42"), QDate(2026, m, 1));
        QCOMPARE(*kpi(data, QStringLiteral("BUDGET_REV"))->value, expected);
        const core::ChartData *trend = chart(data, QStringLiteral("indicator"));
        // Q4 2023 .. Q3 2026: Q3 2025 is the first bucket of the new units.
        QCOMPARE(trend->categories.size(), 12);
        QCOMPARE(trend->reformIndex, 7);
    }

    // A former district: its own figures before the reform, the new communes' rolled up
    // after it, and the same for a new commune looking back.
    void areaFilterRollsUpThroughTheLineage()
    {
        const QString d436 = QStringLiteral("436");
        auto before
            = compute(d436, core::AdminEra::Before, core::Granularity::Month, QDate(2025, 3, 1));
        QCOMPARE(
            *kpi(before, QStringLiteral("BUDGET_REV"))->value, budget(d436, QDate(2025, 3, 1)));
        QVERIFY(!kpi(before, QStringLiteral("BUDGET_REV"))->plan); // plans are the province's
        // Its year-on-year chart reaches past 1 July 2025: the dock says values were rolled up.
        QVERIFY(!before.notice.isEmpty());
        // Wholly before the reform nothing is converted, and nothing is said.
        auto early
            = compute(d436, core::AdminEra::Before, core::Granularity::Month, QDate(2024, 3, 1));
        QCOMPARE(*kpi(early, QStringLiteral("BUDGET_REV"))->value, budget(d436, QDate(2024, 3, 1)));
        QVERIFY(early.notice.isEmpty());

        const QDate march26(2026, 3, 1);
        auto after = compute(d436, core::AdminEra::Before, core::Granularity::Month, march26);
        const double expected436 = budget(QStringLiteral("2001"), march26)
            + budget(QStringLiteral("2002"), march26) * kShare2002In436;
        QCOMPARE(*kpi(after, QStringLiteral("BUDGET_REV"))->value, expected436);
        QCOMPARE(
            *kpi(after, QStringLiteral("BUDGET_REV"))->lastYear, budget(d436, QDate(2025, 3, 1)));
        QVERIFY(!after.notice.isEmpty());

        const QDate march25(2025, 3, 1);
        auto commune = compute(
            QStringLiteral("2002"), core::AdminEra::After, core::Granularity::Month, march25);
        const double expected2002
            = budget(d436, march25) * kShare436In2002 + budget(QStringLiteral("437"), march25);
        QCOMPARE(*kpi(commune, QStringLiteral("BUDGET_REV"))->value, expected2002);

        // A rate is the population-weighted mean of the units inside the area.
        auto rate = compute(
            d436, core::AdminEra::Before, core::Granularity::Month, march26, QStringLiteral("CPI"));
        const double expectedCpi = (cpi(QStringLiteral("2001"), march26) * 2500
                                       + cpi(QStringLiteral("2002"), march26) * 1500)
            / 4000;
        QCOMPARE(*kpi(rate, QStringLiteral("CPI"))->value, expectedCpi);
        QVERIFY(kpi(rate, QStringLiteral("CPI"))->isRate);
    }

    void byDistrictChartAndChoroplethAgree()
    {
        const QDate month(2026, 5, 1);
        const auto data = compute({}, core::AdminEra::After, core::Granularity::Month, month);
        const core::ChartData *byArea = chart(data, QStringLiteral("by_district"));
        QVERIFY(byArea);
        QCOMPARE(byArea->categories.size(), 2);
        const double v436 = budget(QStringLiteral("2001"), month)
            + budget(QStringLiteral("2002"), month) * kShare2002In436;
        const double v437 = budget(QStringLiteral("2002"), month) * kShare2002In437;
        QCOMPARE(byArea->series[0].values[0], v436);
        QCOMPARE(byArea->series[0].values[1], v437);
        QCOMPARE(byArea->series[1].values[0], budget(QStringLiteral("436"), month.addYears(-1)));
        QCOMPARE(data.choropleth.value(QStringLiteral("436")), v436);
        QCOMPARE(data.choropleth.value(QStringLiteral("437")), v437);
        QVERIFY(byArea->note.contains(QStringLiteral("1 July 2025")));
        // The province total is reported by the province itself, not summed from units.
        QCOMPARE(
            *kpi(data, QStringLiteral("BUDGET_REV"))->value, budget(QStringLiteral("42"), month));
    }

    void scoreboardCountsTargetsMet()
    {
        const auto data
            = compute({}, core::AdminEra::After, core::Granularity::Month, QDate(2026, 10, 15));
        // Independently: budget year to date (Jan..Oct 2026) vs 10/12 of the target;
        // CPI (lower is better) latest value vs its target.
        double ytd = 0;
        for (int m = 1; m <= 10; ++m)
            ytd += budget(QStringLiteral("42"), QDate(2026, m, 1));
        const bool budgetMet = ytd >= kTarget2026 * 10 / 12;
        const bool cpiMet = cpi(QStringLiteral("42"), QDate(2026, 10, 1)) <= 104.0;
        const core::KpiValue *met = kpi(data, QStringLiteral("targets_met"));
        QVERIFY(met);
        QCOMPARE(*met->value, double(int(budgetMet) + int(cpiMet)));
        const core::ChartData *board = chart(data, QStringLiteral("scoreboard"));
        QCOMPARE(board->categories.size(), 2);
        QList<double> achieved = board->series[0].values.toList();
        std::sort(achieved.begin(), achieved.end());
        QList<double> expected { ytd / (kTarget2026 * 10 / 12) * 100,
            cpi(QStringLiteral("42"), QDate(2026, 10, 1)) / 104.0 * 100 };
        std::sort(expected.begin(), expected.end());
        QCOMPARE(achieved[0], expected[0]);
        QCOMPARE(achieved[1], expected[1]);
    }
};

QTEST_GUILESS_MAIN(TestSocioeconomic)
#include "tst_socioeconomic.moc"
