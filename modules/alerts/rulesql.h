#pragma once

#include "alerts/rule.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

// The rule → SQL compiler (docs/architecture.md, "Alerts"). Pure: it reads a rule, the
// clock and the index chosen for the rule, and returns SQL text with its bindings; it
// never opens the mirror. RuleEvaluator runs what it returns.
//
// What the SQL text inlines, by design: property names as JSON paths (an expression index
// serves only the identical expression), the collection id as a literal (SQLite uses a
// partial index only when the query states its condition literally) and the index name.
// All three are names isPropertyName() accepts; a name it refuses makes the query refuse
// (FeatureQuery::error) instead of reaching SQLite. Every value is a bound placeholder.
namespace ioc::alerts {

// A SELECT over the mirror's `features` table kept in parts, so that conditions (an id
// chunk, a group restriction) and the index hint are added as parts, never by editing
// SQL text. Bindings are kept per part, in placeholder order within it.
struct FeatureQuery
{
    QString columns; // after SELECT
    QVariantList columnBinds;
    QString indexedBy; // an index for INDEXED BY; empty: the planner chooses
    QString where;
    QVariantList whereBinds;
    QString tail; // GROUP BY / HAVING
    QVariantList tailBinds;
    QString error; // set when the rule could not be compiled; the query must not run

    // Appends " AND <condition>" to the WHERE clause.
    void andWhere(const QString &condition, const QVariantList &binds = {});
    QString sql() const;
    QVariantList binds() const; // columns, where, tail
};

// A JSON value of a rule as a SQL binding (booleans as 0/1, like SQLite's json_extract).
QVariant bindableValue(const QJsonValue &value);

// Per-feature rules (threshold, deadline, staleness): id, properties, bounds, then the
// value the message shows (column 6).
FeatureQuery perFeatureQuery(const Rule &rule, const QDateTime &now, const QString &indexedBy);
// Grouped threshold/deadline/count rules: the groups, count(*), min(id); staleness adds
// max(time). One row per group that meets the rule.
FeatureQuery groupedQuery(const Rule &rule, const QDateTime &now, const QString &indexedBy);
// Windowed counts: the groups and each event's time within the last day.
FeatureQuery countInWindowQuery(const Rule &rule, const QDateTime &now, const QString &indexedBy);
// Spikes: the series values, the order property and the value of each point.
FeatureQuery spikeQuery(const Rule &rule, const QDateTime &now, const QString &indexedBy);
// Plan deviation: the targets of `year` by their match properties, then the value.
FeatureQuery planTargetsQuery(const Rule &rule, const QString &year);
// Plan deviation: per group, max(period), the value at it, sum(value), count(*) in `year`.
FeatureQuery planActualsQuery(
    const Rule &rule, const QDateTime &now, const QString &year, const QString &indexedBy);
// The group values (`properties`) of the rule's collection, to be restricted to some ids.
FeatureQuery groupValuesQuery(const Rule &rule, const QStringList &properties);

// "id IN (?, …)" for one chunk of feature ids.
void restrictToIds(FeatureQuery *query, const QStringList &ids);
// "<first group property> IN (…)" over the first values of `groups` (JSON-array subjects).
// A superset of the groups (others sharing that value come along); the caller keeps only
// the groups asked for. One IN lookup per row instead of one comparison per group.
void restrictToGroups(
    FeatureQuery *query, const QStringList &properties, const QSet<QString> &groups);

} // namespace ioc::alerts
