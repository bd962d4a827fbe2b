#include "adminfixture.h"
#include "core/admingeography.h"
#include "core/dashboard.h"
#include "core/timefilter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace ioc::test;
using core::AdminEra;

class TestAdminGeography : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<core::LocalCache> m_cache;
    core::AdminGeography m_geo;

private slots:
    void initTestCase()
    {
        m_cache = openFixtureCache(m_tmp.path(), QStringLiteral("none"), {});
        QVERIFY(m_cache);
        m_geo = core::AdminGeography::load(m_cache->mirror());
    }

    void loadsUnitsOfBothEras()
    {
        QCOMPARE(m_geo.provinceCode(), QStringLiteral("42"));
        QCOMPARE(m_geo.districts().size(), 2);
        QVERIFY(m_geo.unit(QStringLiteral("1002"), AdminEra::Before));
        QVERIFY(!m_geo.unit(QStringLiteral("1002"), AdminEra::After));
        QCOMPARE(m_geo.unit(QStringLiteral("2002"), AdminEra::After)->name,
            QStringLiteral("Phường Trần Phú"));
        QCOMPARE(m_geo.communesIn(QStringLiteral("436"), AdminEra::Before).size(), 2);
        // 2002 lies partly in 436 and partly in 437: listed under both.
        QCOMPARE(m_geo.communesIn(QStringLiteral("436"), AdminEra::After).size(), 2);
        QCOMPARE(m_geo.communesIn(QStringLiteral("437"), AdminEra::After).size(), 1);
        // Most of 2002's people came from 437.
        QCOMPARE(
            m_geo.districtOf({ QStringLiteral("2002"), AdminEra::After }), QStringLiteral("437"));
        QCOMPARE(
            m_geo.districtOf({ QStringLiteral("1002"), AdminEra::Before }), QStringLiteral("436"));
    }

    void sharesFollowTheLineageWeights()
    {
        QCOMPARE(m_geo.shareIn({ QStringLiteral("2001"), AdminEra::After },
                     { QStringLiteral("436"), AdminEra::Before }),
            1.0);
        QCOMPARE(m_geo.shareIn({ QStringLiteral("2002"), AdminEra::After },
                     { QStringLiteral("436"), AdminEra::Before }),
            kShare2002In436);
        QCOMPARE(m_geo.shareIn({ QStringLiteral("2002"), AdminEra::After },
                     { QStringLiteral("437"), AdminEra::Before }),
            kShare2002In437);
        QCOMPARE(m_geo.shareIn({ QStringLiteral("436"), AdminEra::Before },
                     { QStringLiteral("2001"), AdminEra::After }),
            kShare436In2001);
        QCOMPARE(m_geo.shareIn({ QStringLiteral("1002"), AdminEra::Before },
                     { QStringLiteral("2002"), AdminEra::After }),
            0.5);
        // A unit is entirely in the province, and not at all in an unrelated unit.
        QCOMPARE(
            m_geo.shareIn({ QStringLiteral("1003"), AdminEra::Before }, { QStringLiteral("42") }),
            1.0);
        QCOMPARE(m_geo.shareIn({ QStringLiteral("1003"), AdminEra::Before },
                     { QStringLiteral("2001"), AdminEra::After }),
            0.0);
        // The province's own figures are in none of its parts.
        QCOMPARE(
            m_geo.shareIn({ QStringLiteral("42") }, { QStringLiteral("436"), AdminEra::Before }),
            0.0);
        // Same code, other era: 2001 (new) is not an old commune.
        QCOMPARE(m_geo.shareIn({ QStringLiteral("9999"), AdminEra::Before },
                     { QStringLiteral("436"), AdminEra::Before }),
            0.0);
    }

    // Amounts reported by the old districts before 1 July 2025 moved onto the new
    // communes, and the new communes' amounts moved back onto the old districts: totals are
    // kept, and each target gets its population share.
    void rollUpAcrossTheReform()
    {
        const QHash<QString, double> byDistrict { { QStringLiteral("436"), 400.0 },
            { QStringLiteral("437"), 200.0 } };
        const auto byCommune = m_geo.rollUp(byDistrict, AdminEra::Before,
            { { QStringLiteral("2001"), AdminEra::After },
                { QStringLiteral("2002"), AdminEra::After } });
        QCOMPARE(byCommune.value(QStringLiteral("2001")), 400.0 * kShare436In2001);
        QCOMPARE(byCommune.value(QStringLiteral("2002")), 400.0 * kShare436In2002 + 200.0);
        QCOMPARE(byCommune.value(QStringLiteral("2001")) + byCommune.value(QStringLiteral("2002")),
            600.0);

        const QHash<QString, double> afterReform { { QStringLiteral("2001"), 70.0 },
            { QStringLiteral("2002"), 35.0 } };
        const auto back = m_geo.rollUp(afterReform, AdminEra::After,
            { { QStringLiteral("436"), AdminEra::Before },
                { QStringLiteral("437"), AdminEra::Before } });
        QCOMPARE(back.value(QStringLiteral("436")), 70.0 + 35.0 * kShare2002In436);
        QCOMPARE(back.value(QStringLiteral("437")), 35.0 * kShare2002In437);
    }

    void periodsAndComparisons()
    {
        core::TimeFilter filter;
        filter.granularity = core::Granularity::Month;
        filter.anchor = QDate(2026, 3, 15);
        QCOMPARE(filter.period(), (core::DateRange { QDate(2026, 3, 1), QDate(2026, 3, 31) }));
        QCOMPARE(
            filter.previousPeriod(), (core::DateRange { QDate(2026, 2, 1), QDate(2026, 2, 28) }));
        QCOMPARE(filter.samePeriodLastYear(),
            (core::DateRange { QDate(2025, 3, 1), QDate(2025, 3, 31) }));
        filter.granularity = core::Granularity::Week; // ISO weeks start on Monday
        QCOMPARE(filter.period(), (core::DateRange { QDate(2026, 3, 9), QDate(2026, 3, 15) }));
        QCOMPARE(filter.samePeriodLastYear().first.dayOfWeek(), 1);
        filter.granularity = core::Granularity::Quarter;
        QCOMPARE(
            filter.previousPeriod(), (core::DateRange { QDate(2025, 10, 1), QDate(2025, 12, 31) }));
        const auto buckets = filter.trendBuckets(4);
        QCOMPARE(buckets.size(), 4);
        QCOMPARE(buckets.first().first, QDate(2025, 4, 1));
        // Q2 2025 .. Q1 2026 crosses 1 July 2025 at the second bucket.
        QCOMPARE(core::firstBucketAfterReform(buckets), 1);

        // A running month compares with the same number of days of the others.
        filter.granularity = core::Granularity::Month;
        const auto compared = filter.compared(QDate(2026, 3, 10));
        QVERIFY(compared.toDate);
        QCOMPARE(compared.current, (core::DateRange { QDate(2026, 3, 1), QDate(2026, 3, 10) }));
        QCOMPARE(compared.previous, (core::DateRange { QDate(2026, 2, 1), QDate(2026, 2, 10) }));
        QCOMPARE(compared.lastYear, (core::DateRange { QDate(2025, 3, 1), QDate(2025, 3, 10) }));

        filter.custom = { QDate(2026, 1, 10), QDate(2026, 1, 19) };
        QCOMPARE(
            filter.previousPeriod(), (core::DateRange { QDate(2025, 12, 31), QDate(2026, 1, 9) }));
    }

    void csvHasBomAndExactValues()
    {
        core::ChartData chart;
        chart.title = QStringLiteral("Thu ngân sách");
        chart.unit = QStringLiteral("tỷ đồng");
        chart.categories = { QStringLiteral("01/26"), QStringLiteral("Huyện A, B") };
        chart.series = { { QStringLiteral("Thực hiện"), { 1234.5, std::nan("") } } };
        const QByteArray csv = core::chartCsv(chart);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.value(0), QStringLiteral("Thu ngân sách (tỷ đồng),Thực hiện"));
        QCOMPARE(lines.value(1), QStringLiteral("01/26,1234.5"));
        QCOMPARE(lines.value(2), QStringLiteral("\"Huyện A, B\","));
    }

    void kpiChangeIsSignedAndJudged()
    {
        core::KpiValue kpi;
        kpi.value = 90;
        kpi.higherIsBetter = false;
        const auto fall = core::kpiChange(kpi, 100.0);
        QVERIFY(fall);
        QCOMPARE(fall->direction, -1);
        QCOMPARE(fall->amount, -10.0);
        QVERIFY(fall->good); // fewer accidents is good news
        kpi.isRate = true;
        QCOMPARE(core::kpiChange(kpi, 92.5)->amount, -2.5); // percentage points
        QVERIFY(!core::kpiChange(kpi, std::nullopt));
    }
};

QTEST_GUILESS_MAIN(TestAdminGeography)
#include "tst_admingeography.moc"
