#include "alerts/ruledetectors.h"

#include "alerts/ruletime.h"

#include <algorithm>
#include <cmath>

namespace ioc::alerts {

QList<Burst> alertingBursts(
    const QList<QDateTime> &times, qint64 windowSeconds, const QDateTime &now, int minCount)
{
    QList<Burst> bursts;
    const int count = int(times.size());
    int burstStart = 0;
    for (int i = 1; i <= count; ++i) {
        if (i < count && times[i - 1].secsTo(times[i]) <= windowSeconds)
            continue;
        const int burstEnd = i - 1;
        const bool ongoing = times[burstEnd].secsTo(now) < windowSeconds;
        int peak = 0;
        for (int a = burstStart, b = burstStart; b <= burstEnd; ++b) {
            while (times[a].secsTo(times[b]) > windowSeconds)
                ++a;
            peak = std::max(peak, b - a + 1);
        }
        if (ongoing && peak >= minCount)
            bursts.append({ burstStart, burstEnd, peak });
        burstStart = i;
    }
    return bursts;
}

SpikeVerdict ewmaSpike(const QList<double> &values, const SpikeParameters &p)
{
    SpikeVerdict verdict;
    const qsizetype historyCount = std::min<qsizetype>(values.size() - 1, p.historyLength);
    if (values.isEmpty() || historyCount < p.minHistory)
        return verdict;
    verdict.enoughHistory = true;
    const double latest = values.last();
    double mean = values[values.size() - 1 - historyCount];
    double variance = 0;
    for (qsizetype i = values.size() - historyCount; i < values.size() - 1; ++i) {
        const double d = values[i] - mean;
        mean += p.alpha * d;
        variance = (1 - p.alpha) * (variance + p.alpha * d * d);
    }
    const double spread = std::max(std::sqrt(variance), std::sqrt(std::max(mean, 1.0)));
    verdict.expected = mean;
    verdict.z = (latest - mean) / spread;
    const bool up = verdict.z >= p.zThreshold && latest >= p.minValue;
    const bool down = -verdict.z >= p.zThreshold;
    verdict.raise = (p.direction != QLatin1String("down") && up)
        || (p.direction != QLatin1String("up") && down);
    return verdict;
}

PlanVerdict planDeviation(const PlanParameters &p, double target, double latestValue,
    double yearToDateSum, int latestMonth)
{
    PlanVerdict verdict;
    if (p.yearToDateSum) {
        verdict.actual = yearToDateSum;
        // In 64 bits: the parser lets period_months be as large as an int (UBSan found
        // the overflow with tests/fuzz/regressions/alertrules/).
        const qint64 covered
            = std::min<qint64>(12, qint64(std::max(1, latestMonth)) - 1 + p.periodMonths);
        verdict.expected = target * covered / 12.0;
    } else {
        verdict.actual = latestValue;
        verdict.expected = target;
    }
    verdict.percent = 100.0 * verdict.actual / verdict.expected;
    verdict.raise
        = p.minPercent >= 0 ? verdict.percent < p.minPercent : verdict.percent > p.maxPercent;
    return verdict;
}

Staleness stalenessOf(const QString &newestTime, const QDateTime &now)
{
    Staleness s;
    s.minutes = minutesBetween(parseRuleTime(newestTime), now);
    s.roundedMinutes = std::round(s.minutes);
    s.roundedHours = std::round(s.minutes / 60);
    s.wholeDays = std::floor(s.minutes / 1440);
    return s;
}

} // namespace ioc::alerts
