#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// The decisions of the rule kinds that SQL does not make (docs/alerts.md gives the maths).
// Pure: numbers and times in, a verdict out; RuleEvaluator feeds them the rows and turns
// the verdicts into findings.
namespace ioc::alerts {

// ---- count in window ------------------------------------------------------------------

// A run of events no two consecutive ones more than a window apart (indexes into the
// sorted times), and the most events any window-long stretch of it holds.
struct Burst
{
    int first = 0;
    int last = 0;
    int peak = 0;
};

// The bursts that alert now: `times` ascending, split wherever two consecutive events are
// more than `windowSeconds` apart; a burst alerts when its peak reaches `minCount` and its
// last event is less than a window before `now` (only the last burst can still be going
// on). The alert's window is the burst's first event: stable while the burst goes on.
QList<Burst> alertingBursts(
    const QList<QDateTime> &times, qint64 windowSeconds, const QDateTime &now, int minCount);

// ---- spike (EWMA) ---------------------------------------------------------------------

struct SpikeParameters
{
    double alpha = 0.3; // weight of each newer point
    double zThreshold = 3.0;
    int minHistory = 6; // fewer earlier points: no verdict
    int historyLength = 26; // at most this many earlier points
    double minValue = 0; // an upward spike needs at least this value
    QString direction = QStringLiteral("up"); // up | down | both
};

struct SpikeVerdict
{
    bool enoughHistory = false;
    bool raise = false;
    double expected = 0; // the weighted mean of the history
    double z = 0;
};

// The series' history (all but its latest point, at most historyLength points) gives an
// exponentially weighted mean m and variance v; the latest value x alerts when
// (x - m) / s ≥ z (or ≤ -z going down), with s = max(√v, √max(m, 1)) — a count's
// Poisson noise floors the spread so a flat history does not make every small rise a
// spike. `values` is in series order, the latest last.
SpikeVerdict ewmaSpike(const QList<double> &values, const SpikeParameters &parameters);

// ---- plan deviation -------------------------------------------------------------------

struct PlanParameters
{
    bool yearToDateSum = true; // aggregate "sum"; else "latest"
    int periodMonths = 1; // months each row covers
    double minPercent = -1; // raise below this % of expected (if ≥ 0)
    double maxPercent = -1; // else raise above this %
};

struct PlanVerdict
{
    double actual = 0;
    double expected = 0;
    double percent = 0;
    bool raise = false;
};

// Actual against plan for the current year: the year-to-date sum against the annual
// target pro rata (months covered / 12, the latest row's month plus its period), or the
// latest value against the target (rates). `latestMonth` 0 (no date) counts as January.
PlanVerdict planDeviation(const PlanParameters &parameters, double target, double latestValue,
    double yearToDateSum, int latestMonth);

// ---- staleness ------------------------------------------------------------------------

// How old the newest report is. Which subjects are stale is decided in SQL (time < now −
// max age, so the rule's index serves it); this is the age the message shows.
struct Staleness
{
    double minutes = 0;
    double roundedMinutes = 0;
    double roundedHours = 0;
    double wholeDays = 0;
};

Staleness stalenessOf(const QString &newestTime, const QDateTime &now);

} // namespace ioc::alerts
