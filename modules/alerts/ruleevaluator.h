#pragma once

#include "alerts/rule.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <cmath>

namespace ioc::core {
class SqliteFile;
}

namespace ioc::alerts {

// One subject for which a rule's condition holds now.
struct Finding
{
    QString subject; // feature id, or the group's values as a JSON array
    QString dedupValue; // the rule's dedup_key filled in
    QString window;
    QString sourceId;
    QString unitCode;
    double value = std::nan("");
    double lon = std::nan("");
    double lat = std::nan("");
    QHash<QString, QString> fields; // for the message templates
    // Fields holding a number with a decimal point: the Vietnamese message writes it with
    // a decimal comma (111,8 %), the English one keeps the point.
    QSet<QString> decimalFields;

    void setNumber(const QString &field, double number);
    void setDecimalText(const QString &field, const QString &text);
};

// The fields as the Vietnamese message shows them (decimal comma in decimalFields).
QHash<QString, QString> vietnameseFields(
    const QHash<QString, QString> &fields, const QSet<QString> &decimalFields);

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
// connection. The conditions are compiled to SQL over the JSON properties, so SQLite
// filters rows without the app parsing them; only matching rows are parsed in C++.
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

    // The rule indexes that exist in the mirror (AlertEngine creates them).
    void setAvailableIndexes(const QSet<QString> &names) { m_indexes = names; }

private:
    RuleRun perFeature(const Rule &rule, const QDateTime &now, const QStringList *ids) const;
    RuleRun grouped(const Rule &rule, const QDateTime &now, const QStringList *ids,
        const QStringList &activeSubjects) const;
    RuleRun countInWindow(const Rule &rule, const QDateTime &now, const QStringList *ids,
        const QStringList &activeSubjects) const;
    RuleRun spike(const Rule &rule, const QDateTime &now, const QStringList *ids,
        const QStringList &activeSubjects) const;
    RuleRun planDeviation(const Rule &rule, const QDateTime &now) const;

    QString withIndex(QString sql, const Rule &rule) const;

    const core::SqliteFile &m_mirror;
    QSet<QString> m_indexes;
};

// The properties a rule's rows are best found by, in index order, or none: one property,
// the first ==/in condition; else, for a grouped staleness rule, its groups then its time
// (the scan comes in group order and needs no sort); else the time of a windowed count,
// a deadline's due time, or the `recent` property.
QStringList indexedProperties(const Rule &rule);
// The name of the engine's partial index on those properties of a collection.
QString indexName(const QString &collection, const QStringList &properties);

// Fills "{name}" placeholders from fields; unknown names are left as written.
QString renderTemplate(const QString &text, const QHash<QString, QString> &fields);
QString formatNumber(double value);

} // namespace ioc::alerts
