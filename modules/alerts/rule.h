#pragma once

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ioc::alerts {

enum class Severity { Info = 0, Warning = 1, Critical = 2 };
enum class RuleKind { Threshold, PlanDeviation, Deadline, Staleness, Spike, CountInWindow };
enum class Scope { Province, District, Commune, Feature };

QString severityName(Severity severity);
QString kindName(RuleKind kind);
QString scopeName(Scope scope);

// One condition on a feature property, ANDed with the others in `where`.
struct Filter
{
    QString property;
    QString op; // ==, !=, <, <=, >, >=, in, not_in, is_null, not_null
    QJsonValue value;
};

// Adds a field to the message: the `property` of the feature of `collection` whose id is
// the value of `from` (e.g. the facility's name for an occupancy row's facility_id).
struct Lookup
{
    QString field;
    QString from;
    QString collection;
    QString property;
};

// A rule as read from a rules file. Fields that only one kind uses are documented with
// that kind in docs/alerts.md; the parser guarantees the ones a kind needs are set.
struct Rule
{
    QString id;
    QString module;
    RuleKind kind = RuleKind::Threshold;
    Severity severity = Severity::Warning;
    Scope scope = Scope::Feature;
    QString collection;
    QList<Filter> where;
    QString messageVi;
    QString messageEn;
    QString dedupKey; // template over the subject's fields; see docs/alerts.md
    QList<Lookup> lookups;
    QString sourceFile; // where the rule came from (for errors and the rules view)

    // Only rows whose `recentProperty` is within the last `recentDays` days count.
    QString recentProperty;
    int recentDays = 0;

    // Grouping (threshold, deadline, staleness, count): one alert per group.
    QStringList groupBy;
    int minCount = 1;

    // threshold / spike / plan deviation: the value (threshold: an expression).
    QString valueExpression;
    QString op; // threshold comparison
    double limit = 0;

    // deadline
    QString dueProperty;
    int withinMinutes = 0;

    // staleness and count in window
    QString timeProperty;
    int maxAgeMinutes = 0;
    int windowMinutes = 0;

    // spike
    QStringList series;
    QString orderProperty;
    double alpha = 0.3;
    double zThreshold = 3.0;
    int minHistory = 6;
    int historyLength = 26;
    double minValue = 0;
    QString direction = QStringLiteral("up"); // up | down | both

    // plan deviation
    QString targetCollection;
    QMap<QString, QString> match; // actual property -> target property
    QString periodProperty;
    QString targetValueProperty;
    QString targetYearProperty;
    QString aggregate; // sum | latest
    int periodMonths = 1;
    double minPercent = -1; // raise when actual < minPercent % of the expected value
    double maxPercent = -1; // raise when actual > maxPercent % of the expected value

    // Every collection the rule reads, for incremental evaluation.
    QStringList collections() const;
    // Rules whose truth changes with time alone (re-checked by evaluateTimeRules).
    bool dependsOnTime() const;
    bool isGrouped() const { return !groupBy.isEmpty(); }
};

} // namespace ioc::alerts
