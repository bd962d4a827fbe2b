#pragma once

#include "alerts/finding.h"
#include "alerts/rule.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ioc::core {
class SqliteFile;
}

namespace ioc::alerts {

struct FeatureQuery;

// What an evaluation looked at, so the engine resolves only alerts whose subject was
// actually re-examined (incremental evaluation must not resolve what it did not check).
struct Coverage
{
    bool full = false;
    QSet<QString> sourceIds; // per-feature rules
    QSet<QString> subjects; // grouped rules, spikes, plan deviations
};

struct RuleRun
{
    QList<Finding> findings;
    Coverage coverage;
    qint64 subjectsEvaluated = 0; // features (per-feature) or groups/series examined
    QString error;
};

// Evaluates one rule over the mirror's `features` table on the calling thread's
// connection. It orchestrates: the SQL comes from the compiler (rulesql.h), so SQLite
// filters rows without the app parsing them; the decisions SQL does not make come from
// the detectors (ruledetectors.h); only matching rows are parsed in C++ into findings.
class RuleEvaluator
{
public:
    explicit RuleEvaluator(const core::SqliteFile &mirror);

    // Full evaluation (changedIds == nullptr) or only the given features: their own
    // condition (per-feature rules) or the groups they belong to, plus `activeSubjects`
    // (the subjects of the rule's active alerts, which a change may have emptied).
    RuleRun evaluate(const Rule &rule, const QDateTime &now, const QStringList *changedIds,
        const QStringList &activeSubjects = {}) const;

    // Above this many changed features a full evaluation is cheaper than id lists.
    static constexpr int kIncrementalLimit = 5000;

    // The rule indexes that exist in the mirror (AlertEngine's ensure step reports them).
    void setAvailableIndexes(const QSet<QString> &names) { m_indexes = names; }

private:
    // The groups a restricted evaluation covers (see affectedGroups in the .cpp).
    struct Restriction
    {
        bool restricted = false;
        QSet<QString> groups;
    };

    RuleRun perFeature(const Rule &rule, const QDateTime &now, const QStringList *ids) const;
    RuleRun grouped(const Rule &rule, const QDateTime &now, const QStringList *ids,
        const QStringList &activeSubjects) const;
    RuleRun countInWindow(const Rule &rule, const QDateTime &now, const QStringList *ids,
        const QStringList &activeSubjects) const;
    RuleRun spike(const Rule &rule, const QDateTime &now, const QStringList *ids,
        const QStringList &activeSubjects) const;
    RuleRun planDeviation(const Rule &rule, const QDateTime &now) const;

    // Narrows `query` to the groups `ids` and `activeSubjects` touch; sets coverage.
    Restriction restrictToAffected(const Rule &rule, const QStringList &properties,
        const QStringList *ids, const QStringList &activeSubjects, FeatureQuery *query,
        RuleRun *run) const;

    const core::SqliteFile &m_mirror;
    QSet<QString> m_indexes;
};

} // namespace ioc::alerts
