#include "adminfixture.h"
#include "education/educationdashboard.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {

struct School
{
    QString id;
    QString level;
    QString unit;
    int students;
    int teachers;
    bool standard;
};
const QList<School> kSchools {
    { QStringLiteral("sch-0"), QStringLiteral("primary"), QStringLiteral("2001"), 600, 30, true },
    { QStringLiteral("sch-1"), QStringLiteral("preschool"), QStringLiteral("2001"), 200, 15,
        false },
    { QStringLiteral("sch-2"), QStringLiteral("lower_secondary"), QStringLiteral("2002"), 500, 25,
        true },
    { QStringLiteral("sch-3"), QStringLiteral("upper_secondary"), QStringLiteral("2002"), 900, 50,
        false },
};
const QDate kFirstDay(2026, 10, 26);
const QDate kToday(2026, 11, 20);
const QStringList kCauses { QStringLiteral("storm"), QStringLiteral("flood"),
    QStringLiteral("other") };

bool isSchoolDay(const QDate &d)
{
    return d.dayOfWeek() <= 6 && d >= kFirstDay && d <= kToday;
}
// Closed, and why: every 5th (school, day) pair, by a rule that the test repeats.
QString closureCause(int school, const QDate &d)
{
    const int k = int(kFirstDay.daysTo(d)) + 2 * school;
    return k % 5 == 0 ? kCauses[(k / 5) % 3] : QString();
}

} // namespace

class TestEducation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<core::LocalCache> m_cache;
    education::EducationDashboard m_provider;

    core::DashboardData compute(const core::UnitRef &area, const QDate &anchor,
        core::Granularity g = core::Granularity::Week)
    {
        core::DashboardQuery query;
        query.area = area;
        query.time.granularity = g;
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
    static bool schoolIn(int s, const QString &area)
    {
        if (area.isEmpty())
            return true;
        if (area == QLatin1String("436")) // 2001 lies wholly in 436, 2002 mostly in 437
            return kSchools[s].unit == QLatin1String("2001");
        if (area == QLatin1String("437"))
            return kSchools[s].unit == QLatin1String("2002");
        return kSchools[s].unit == area;
    }
    // Closed schools of the area on the last school day of [first, last].
    static int closedOnLastDay(const QDate &first, const QDate &last, const QString &area)
    {
        QDate day = last;
        while (day >= first && !isSchoolDay(day))
            day = day.addDays(-1);
        if (day < first)
            return -1;
        int count = 0;
        for (int s = 0; s < kSchools.size(); ++s)
            if (schoolIn(s, area) && !closureCause(s, day).isEmpty())
                ++count;
        return count;
    }

private slots:
    void initTestCase()
    {
        m_cache = openFixtureCache(
            m_tmp.path(), QStringLiteral("education"), education::educationCacheMigrations());
        QVERIFY(m_cache);
        QList<core::Feature> features;
        for (int s = 0; s < kSchools.size(); ++s) {
            const School &school = kSchools[s];
            features.append(pointFeature(QStringLiteral("edu_schools"), school.id, 105.9 - 0.05 * s,
                18.34 + 0.05 * s,
                { { QStringLiteral("name"), QStringLiteral("Trường %1").arg(s) },
                    { QStringLiteral("level"), school.level },
                    { QStringLiteral("students"), school.students },
                    { QStringLiteral("teachers"), school.teachers },
                    { QStringLiteral("classes"), school.students / 30 },
                    { QStringLiteral("national_standard"), school.standard },
                    { QStringLiteral("unit_code"), school.unit } }));
            for (QDate d = kFirstDay; d <= kToday; d = d.addDays(1)) {
                if (!isSchoolDay(d))
                    continue;
                const QString cause = closureCause(s, d);
                features.append(attributeFeature(QStringLiteral("edu_school_days"),
                    QStringLiteral("sd-%1-%2").arg(s).arg(d.toString(QStringLiteral("yyyyMMdd"))),
                    { { QStringLiteral("school_id"), school.id },
                        { QStringLiteral("date"), d.toString(Qt::ISODate) },
                        { QStringLiteral("status"),
                            cause.isEmpty() ? QStringLiteral("open") : QStringLiteral("closed") },
                        { QStringLiteral("cause"), cause.isEmpty() ? QJsonValue() : cause },
                        { QStringLiteral("unit_code"), school.unit } }));
            }
        }
        QVERIFY(!m_cache->features().upsert(features));
    }

    void schoolDaysLandInTheProjection()
    {
        int expected = 0;
        for (QDate d = kFirstDay; d <= kToday; d = d.addDays(1))
            expected += isSchoolDay(d) ? int(kSchools.size()) : 0;
        QSqlQuery q(m_cache->mirror().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*), sum(status = 'closed') FROM edu_day_facts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), expected);
    }

    void registerFiguresPerArea_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<bool>("before");
        QTest::newRow("province") << QString() << true;
        QTest::newRow("former district 437") << QStringLiteral("437") << true;
        QTest::newRow("former district 436") << QStringLiteral("436") << true;
        QTest::newRow("new commune 2001") << QStringLiteral("2001") << false;
    }
    void registerFiguresPerArea()
    {
        QFETCH(QString, area);
        QFETCH(bool, before);
        const auto data
            = compute({ area, before ? core::AdminEra::Before : core::AdminEra::After }, kToday);
        double schools = 0, students = 0, teachers = 0, standard = 0;
        for (int s = 0; s < kSchools.size(); ++s)
            if (schoolIn(s, area)) {
                schools += 1;
                students += kSchools[s].students;
                teachers += kSchools[s].teachers;
                standard += kSchools[s].standard ? 1 : 0;
            }
        QCOMPARE(*kpi(data, QStringLiteral("schools")).value, schools);
        QCOMPARE(*kpi(data, QStringLiteral("students")).value, students);
        QCOMPARE(*kpi(data, QStringLiteral("teachers")).value, teachers);
        QCOMPARE(*kpi(data, QStringLiteral("pupils_per_teacher")).value, students / teachers);
        QCOMPARE(*kpi(data, QStringLiteral("standard_share")).value, standard / schools * 100);
        QVERIFY(!kpi(data, QStringLiteral("students")).previous); // no history published
        // Week of 16-20 November (to date) against 9-13 November.
        const auto &closed = kpi(data, QStringLiteral("closed"));
        QCOMPARE(*closed.value, double(closedOnLastDay(QDate(2026, 11, 16), kToday, area)));
        QCOMPARE(closed.periodLabel, QStringLiteral("20/11/2026"));
        QCOMPARE(*closed.previous,
            double(closedOnLastDay(QDate(2026, 11, 9), QDate(2026, 11, 13), area)));
        QCOMPARE(closed.trend.at(10),
            double(closedOnLastDay(QDate(2026, 11, 9), QDate(2026, 11, 15), area)));
        QVERIFY(std::isnan(closed.trend.at(0))); // before the first reported day
        // Choropleth: pupils per teacher of each former district.
        QCOMPARE(data.choropleth.value(QStringLiteral("437")), 1400.0 / 75.0);
        QCOMPARE(data.choropleth.value(QStringLiteral("436")), 800.0 / 45.0);
        int points = 0;
        for (const auto &layer : data.layers)
            points += layer.points.size();
        QCOMPARE(points, int(schools));
    }

    void chartsFollowTheSchools()
    {
        const auto data = compute({}, kToday);
        const auto &byLevel = chart(data, QStringLiteral("by_level"));
        QCOMPARE(byLevel.categories.size(), 4);
        QCOMPARE(byLevel.series[0].values, QVector<double>({ 200, 600, 500, 900 }));
        QCOMPARE(byLevel.series[1].values, QVector<double>({ 15, 30, 25, 50 }));
        const auto &share = chart(data, QStringLiteral("standard_by_level"));
        QCOMPARE(share.series[0].values, QVector<double>({ 0, 100, 100, 0 }));
        const auto &byUnit = chart(data, QStringLiteral("by_unit"));
        QCOMPARE(byUnit.categories,
            QStringList(
                { QStringLiteral("Thị xã Hồng Lĩnh"), QStringLiteral("Thành phố Hà Tĩnh") }));
        QCOMPARE(byUnit.series[0].values, QVector<double>({ 1400, 800 }));
        // Closures: each school day of the week, by cause.
        const auto &closures = chart(data, QStringLiteral("closures"));
        QCOMPARE(closures.categories.size(), 5);
        for (int c = 0; c < kCauses.size(); ++c)
            for (int i = 0; i < 5; ++i) {
                const QDate day = QDate(2026, 11, 16).addDays(i);
                int expected = 0;
                for (int s = 0; s < kSchools.size(); ++s)
                    expected += closureCause(s, day) == kCauses[c] ? 1 : 0;
                QCOMPARE(closures.series[c].values[i], double(expected));
            }
        // A month shows every reported day of it up to today.
        const auto month = compute({}, kToday, core::Granularity::Month);
        int days = 0;
        for (QDate d(2026, 11, 1); d <= kToday; d = d.addDays(1))
            days += isSchoolDay(d) ? 1 : 0;
        QCOMPARE(chart(month, QStringLiteral("closures")).categories.size(), days);
        // Closed schools stand out on the map.
        int closedPoints = 0;
        for (const auto &layer : data.layers)
            if (layer.id == QLatin1String("edu_closed"))
                closedPoints = layer.points.size();
        QCOMPARE(closedPoints, closedOnLastDay(kToday, kToday, QString()));
    }
};

QTEST_GUILESS_MAIN(TestEducation)
#include "tst_education.moc"
