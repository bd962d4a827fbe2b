// The rule detectors (alerts/ruledetectors.h) and the message formatter
// (alerts/rulemessage.h): pure functions, tested on numbers and text alone.

#include "alerts/ruledetectors.h"
#include "alerts/rulemessage.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace ioc::alerts;

Q_DECLARE_METATYPE(ioc::alerts::SpikeParameters)
Q_DECLARE_METATYPE(ioc::alerts::PlanParameters)

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-03-10T08:00:00Z"), Qt::ISODate);

// Event times given as minutes before kNow, oldest first.
QList<QDateTime> minutesAgo(const QList<int> &minutes)
{
    QList<QDateTime> times;
    for (int m : minutes)
        times.append(kNow.addSecs(-qint64(m) * 60));
    return times;
}

// "first-last:peak" per alerting burst, for readable comparisons.
QStringList describe(const QList<Burst> &bursts)
{
    QStringList out;
    for (const Burst &b : bursts)
        out.append(QStringLiteral("%1-%2:%3").arg(b.first).arg(b.last).arg(b.peak));
    return out;
}

SpikeParameters spikeParameters(const QString &direction = QStringLiteral("up"), int minHistory = 3)
{
    SpikeParameters p;
    p.minHistory = minHistory;
    p.direction = direction;
    return p;
}

} // namespace

class TestRuleDetectors : public QObject
{
    Q_OBJECT

private slots:
    void bursts_data()
    {
        QTest::addColumn<QList<int>>("minutesBefore"); // oldest first
        QTest::addColumn<int>("windowMinutes");
        QTest::addColumn<int>("minCount");
        QTest::addColumn<QStringList>("alerting");
        QTest::newRow("no events") << QList<int> {} << 30 << 1 << QStringList {};
        QTest::newRow("one recent event") << QList<int> { 5 } << 30 << 1 << QStringList { "0-0:1" };
        QTest::newRow("three in a window")
            << QList<int> { 20, 10, 1 } << 30 << 3 << QStringList { "0-2:3" };
        QTest::newRow("below min count") << QList<int> { 20, 10, 1 } << 30 << 4 << QStringList {};
        QTest::newRow("burst over: last event a window old")
            << QList<int> { 70, 60, 50 } << 30 << 2 << QStringList {};
        QTest::newRow("exactly a window old is over")
            << QList<int> { 40, 30 } << 30 << 2 << QStringList {};
        QTest::newRow("gap splits; only the ongoing burst alerts")
            << QList<int> { 200, 195, 190, 20, 5 } << 30 << 2 << QStringList { "3-4:2" };
        QTest::newRow("long chain: peak is the densest window")
            << QList<int> { 100, 75, 50, 45, 40, 15 } << 30 << 3 << QStringList { "0-5:3" };
        QTest::newRow("gap of exactly a window keeps the burst")
            << QList<int> { 60, 30, 0 } << 30 << 2 << QStringList { "0-2:2" };
    }

    void bursts()
    {
        QFETCH(QList<int>, minutesBefore);
        QFETCH(int, windowMinutes);
        QFETCH(int, minCount);
        QFETCH(QStringList, alerting);
        QCOMPARE(describe(alertingBursts(
                     minutesAgo(minutesBefore), qint64(windowMinutes) * 60, kNow, minCount)),
            alerting);
    }

    void ewma_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<SpikeParameters>("parameters");
        QTest::addColumn<bool>("enoughHistory");
        QTest::addColumn<bool>("raise");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("z");
        // Flat history 10: mean 10, variance 0, spread floored at √10.
        const double floor10 = std::sqrt(10.0);
        QTest::newRow("too little history")
            << QList<double> { 10, 10, 40 } << spikeParameters() << false << false << 0.0 << 0.0;
        QTest::newRow("flat then a jump") << QList<double> { 10, 10, 10, 40 } << spikeParameters()
                                          << true << true << 10.0 << 30 / floor10;
        QTest::newRow("a small rise is Poisson noise")
            << QList<double> { 10, 10, 10, 15 } << spikeParameters() << true << false << 10.0
            << 5 / floor10;
        SpikeParameters highMinimum = spikeParameters();
        highMinimum.minValue = 50;
        QTest::newRow("up needs min_value") << QList<double> { 10, 10, 10, 40 } << highMinimum
                                            << true << false << 10.0 << 30 / floor10;
        QTest::newRow("a drop does not raise an up rule")
            << QList<double> { 100, 100, 100, 0 } << spikeParameters() << true << false << 100.0
            << -10.0;
        QTest::newRow("a drop raises a down rule")
            << QList<double> { 100, 100, 100, 0 } << spikeParameters(QStringLiteral("down")) << true
            << true << 100.0 << -10.0;
        QTest::newRow("both directions")
            << QList<double> { 10, 10, 10, 40 } << spikeParameters(QStringLiteral("both")) << true
            << true << 10.0 << 30 / floor10;
        SpikeParameters shortHistory = spikeParameters(QStringLiteral("up"), 2);
        shortHistory.historyLength = 2;
        // Only the last two earlier points count: the old 1000 is forgotten.
        QTest::newRow("history_length bounds the history") << QList<double> { 1000, 10, 10,
            40 } << shortHistory << true << true << 10.0 << 30 / floor10;
        SpikeParameters weighted = spikeParameters(QStringLiteral("up"), 2);
        weighted.alpha = 0.5;
        // m = 0 → 0 + 0.5·100 = 50; v = 0.5·(0 + 0.5·100²) = 2500; s = 50; z = (150−50)/50.
        QTest::newRow("weighted mean and variance")
            << QList<double> { 0, 100, 150 } << weighted << true << false << 50.0 << 2.0;
    }

    void ewma()
    {
        QFETCH(QList<double>, values);
        QFETCH(SpikeParameters, parameters);
        QFETCH(bool, enoughHistory);
        QFETCH(bool, raise);
        QFETCH(double, expected);
        QFETCH(double, z);
        const SpikeVerdict verdict = ewmaSpike(values, parameters);
        QCOMPARE(verdict.enoughHistory, enoughHistory);
        QCOMPARE(verdict.raise, raise);
        if (enoughHistory) {
            QCOMPARE(verdict.expected, expected);
            QCOMPARE(verdict.z, z);
        }
    }

    void plan_data()
    {
        QTest::addColumn<PlanParameters>("parameters");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("latest");
        QTest::addColumn<double>("sum");
        QTest::addColumn<int>("month");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("percent");
        QTest::addColumn<bool>("raise");
        PlanParameters below;
        below.minPercent = 90;
        QTest::newRow("sum behind plan in March")
            << below << 1200.0 << 0.0 << 250.0 << 3 << 300.0 << 250 / 3.0 << true;
        QTest::newRow("sum on plan")
            << below << 1200.0 << 0.0 << 300.0 << 3 << 300.0 << 100.0 << false;
        QTest::newRow("no date counts as January")
            << below << 1200.0 << 0.0 << 50.0 << 0 << 100.0 << 50.0 << true;
        PlanParameters quarters = below;
        quarters.periodMonths = 3;
        QTest::newRow("quarterly rows cover three months")
            << quarters << 1200.0 << 0.0 << 300.0 << 1 << 300.0 << 100.0 << false;
        PlanParameters huge = below;
        huge.periodMonths = std::numeric_limits<int>::max();
        QTest::newRow("period_months capped at a year without overflow")
            << huge << 1200.0 << 0.0 << 600.0 << 12 << 1200.0 << 50.0 << true;
        PlanParameters rate;
        rate.yearToDateSum = false;
        rate.maxPercent = 110;
        QTest::newRow("latest rate above the maximum")
            << rate << 5.0 << 6.0 << 99.0 << 7 << 5.0 << 120.0 << true;
        QTest::newRow("latest rate within")
            << rate << 5.0 << 5.5 << 99.0 << 7 << 5.0 << 110.0 << false;
    }

    void plan()
    {
        QFETCH(PlanParameters, parameters);
        QFETCH(double, target);
        QFETCH(double, latest);
        QFETCH(double, sum);
        QFETCH(int, month);
        QFETCH(double, expected);
        QFETCH(double, percent);
        QFETCH(bool, raise);
        const PlanVerdict verdict = planDeviation(parameters, target, latest, sum, month);
        QCOMPARE(verdict.expected, expected);
        QCOMPARE(verdict.percent, percent);
        QCOMPARE(verdict.raise, raise);
    }

    void staleness_data()
    {
        QTest::addColumn<QString>("newest");
        QTest::addColumn<double>("minutes");
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("days");
        QTest::addColumn<QString>("ageVi");
        QTest::addColumn<QString>("ageEn");
        QTest::newRow("83 minutes") << QStringLiteral("2026-03-10T06:37:00Z") << 83.0 << 1.0 << 0.0
                                    << QStringLiteral("83 phút") << QStringLiteral("83 min");
        QTest::newRow("with an offset")
            << QStringLiteral("2026-03-10T13:37:00+07:00") << 83.0 << 1.0 << 0.0
            << QStringLiteral("83 phút") << QStringLiteral("83 min");
        QTest::newRow("two hours") << QStringLiteral("2026-03-10T06:00:00Z") << 120.0 << 2.0 << 0.0
                                   << QStringLiteral("2 giờ") << QStringLiteral("2 h");
        QTest::newRow("three days") << QStringLiteral("2026-03-07T02:00:00Z") << 4680.0 << 78.0
                                    << 3.0 << QStringLiteral("3 ngày") << QStringLiteral("3 days");
        QTest::newRow("just under two days")
            << QStringLiteral("2026-03-08T08:01:00Z") << 2879.0 << 48.0 << 1.0
            << QStringLiteral("47 giờ") << QStringLiteral("47 h");
    }

    void staleness()
    {
        QFETCH(QString, newest);
        QFETCH(double, minutes);
        QFETCH(double, hours);
        QFETCH(double, days);
        QFETCH(QString, ageVi);
        QFETCH(QString, ageEn);
        const Staleness age = stalenessOf(newest, kNow);
        QCOMPARE(age.minutes, minutes);
        QCOMPARE(age.roundedMinutes, std::round(minutes));
        QCOMPARE(age.roundedHours, hours);
        QCOMPARE(age.wholeDays, days);
        QHash<QString, QString> fields;
        addAgeFields(age.minutes, &fields);
        QCOMPARE(fields.value(QStringLiteral("age_vi")), ageVi);
        QCOMPARE(fields.value(QStringLiteral("age_en")), ageEn);
    }

    void formatNumber_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole") << 42.0 << QStringLiteral("42");
        QTest::newRow("negative whole") << -3.0 << QStringLiteral("-3");
        QTest::newRow("small: two decimals") << 3.14159 << QStringLiteral("3.14");
        QTest::newRow("large: one decimal") << 111.84 << QStringLiteral("111.8");
        QTest::newRow("no value") << std::nan("") << QString();
    }

    void formatNumber()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(ioc::alerts::formatNumber(value), text);
    }

    void renderTemplate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rendered");
        QTest::newRow("fields filled")
            << QStringLiteral("{name}: {value} %") << QStringLiteral("TP. Hà Tĩnh: 111.8 %");
        QTest::newRow("unknown left as written")
            << QStringLiteral("{name} {missing}") << QStringLiteral("TP. Hà Tĩnh {missing}");
        QTest::newRow("not a placeholder")
            << QStringLiteral("{ value } {1x}") << QStringLiteral("{ value } {1x}");
        QTest::newRow("no placeholders") << QStringLiteral("plain") << QStringLiteral("plain");
    }

    void renderTemplate()
    {
        QFETCH(QString, text);
        QFETCH(QString, rendered);
        const QHash<QString, QString> fields
            = { { QStringLiteral("name"), QStringLiteral("TP. Hà Tĩnh") },
                  { QStringLiteral("value"), QStringLiteral("111.8") } };
        QCOMPARE(ioc::alerts::renderTemplate(text, fields), rendered);
    }

    void vietnameseDecimalComma()
    {
        const QHash<QString, QString> fields
            = { { QStringLiteral("percent"), QStringLiteral("111.8") },
                  { QStringLiteral("name"), QStringLiteral("TP. Hà Tĩnh") },
                  { QStringLiteral("id"), QStringLiteral("1.5") },
                  { QStringLiteral("count"), QStringLiteral("12") } };
        // Only decimal fields that still hold a number get the comma.
        const QHash<QString, QString> vi = vietnameseFields(
            fields, { QStringLiteral("percent"), QStringLiteral("name"), QStringLiteral("count") });
        QCOMPARE(vi.value(QStringLiteral("percent")), QStringLiteral("111,8"));
        QCOMPARE(vi.value(QStringLiteral("name")), QStringLiteral("TP. Hà Tĩnh"));
        QCOMPARE(vi.value(QStringLiteral("id")), QStringLiteral("1.5"));
        QCOMPARE(vi.value(QStringLiteral("count")), QStringLiteral("12"));
    }
};

QTEST_APPLESS_MAIN(TestRuleDetectors)
#include "tst_ruledetectors.moc"
