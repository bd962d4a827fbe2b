#include "alerts/ruleindexes.h"

#include "alerts/valueexpression.h"

namespace ioc::alerts {

QStringList indexedProperties(const Rule &rule)
{
    if (!isPropertyName(rule.collection))
        return {};
    QString property;
    for (const Filter &f : rule.where) {
        if (f.op == QLatin1String("==") || f.op == QLatin1String("in")) {
            property = f.property;
            break;
        }
    }
    // An equality narrows more than group order saves (report_missing: 2 ms against 40).
    if (property.isEmpty() && rule.kind == RuleKind::Staleness && rule.isGrouped())
        return rule.groupBy + QStringList { rule.timeProperty };
    if (rule.kind == RuleKind::CountInWindow && rule.windowMinutes > 0)
        property = rule.timeProperty; // the last day of a long history: far fewer rows
    else if (property.isEmpty() && rule.kind == RuleKind::Deadline)
        property = rule.dueProperty;
    else if (property.isEmpty() && rule.recentDays > 0)
        property = rule.recentProperty;
    if (property.isEmpty())
        return {};
    return { property };
}

QString indexName(const QString &collection, const QStringList &properties)
{
    // "__" between properties: {unit_code} and {unit, code} must not share a name.
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1String(kRuleIndexOwner), collection, properties.join(QStringLiteral("__")));
}

QList<core::DerivedIndex> ruleIndexes(const QList<Rule> &rules)
{
    QList<core::DerivedIndex> indexes;
    QSet<QString> names;
    for (const Rule &rule : rules) {
        const QStringList properties = indexedProperties(rule);
        if (properties.isEmpty())
            continue;
        core::DerivedIndex index;
        index.name = indexName(rule.collection, properties);
        if (names.contains(index.name))
            continue;
        index.collection = rule.collection;
        bool valid = true;
        for (const QString &property : properties) {
            index.expressions.append(propertySql(property));
            valid = valid && !index.expressions.constLast().isEmpty();
        }
        if (!valid)
            continue; // a rule that did not come through the parser; its query refuses too
        names.insert(index.name);
        indexes.append(index);
    }
    return indexes;
}

QString indexHint(const Rule &rule, const QSet<QString> &available)
{
    const QStringList properties = indexedProperties(rule);
    if (properties.isEmpty())
        return {};
    const QString name = indexName(rule.collection, properties);
    return available.contains(name) ? name : QString();
}

} // namespace ioc::alerts
