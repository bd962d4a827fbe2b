#pragma once

#include "alerts/rule.h"
#include "core/mirrorindexes.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Which partial index on the mirror serves each rule (docs/performance.md measures them).
// The set depends on the rulebook loaded at run time, so it is not a versioned migration:
// AlertEngine declares it to core::ensureDerivedIndexes() (core/mirrorindexes.h), which
// creates, records and drops the mirror's indexes, and hints the compiler with the ones
// that exist.
namespace ioc::alerts {

// The owner name the rule indexes are recorded under; every one is named "alerts_…".
inline constexpr char kRuleIndexOwner[] = "alerts";

// The properties a rule's rows are best found by, in index order, or none: one property,
// the first ==/in condition; else, for a grouped staleness rule, its groups then its time
// (the scan comes in group order and needs no sort); else the time of a windowed count,
// a deadline's due time, or the `recent` property.
QStringList indexedProperties(const Rule &rule);
// The name of the partial index on those properties of a collection.
QString indexName(const QString &collection, const QStringList &properties);

// The indexes the rules ask for, one per (collection, properties), for the mirror step.
QList<core::DerivedIndex> ruleIndexes(const QList<Rule> &rules);

// The index a rule's query names in INDEXED BY: its own, if it exists in the mirror
// (`available`), else none and the planner chooses.
QString indexHint(const Rule &rule, const QSet<QString> &available);

} // namespace ioc::alerts
