#include "alerts/rulesql.h"

#include "alerts/ruletime.h"
#include "alerts/valueexpression.h"
#include "core/featurestore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ioc::alerts {

namespace {

// A count-in-window burst is looked for in the last day only (bounds the query).
constexpr int kCountLookbackMinutes = 24 * 60;

// Writes property paths and remembers every name propertySql() refused, so the whole
// query is refused rather than run with a hole in it. The parser already refuses such
// names; this holds for rules built any other way too, in release builds.
class PropertyPaths
{
public:
    QString operator()(const QString &property)
    {
        const QString sql = propertySql(property);
        if (sql.isEmpty())
            m_refused.append(property);
        return sql;
    }

    // Keeps the first error already set, adds this one's otherwise.
    void reportTo(FeatureQuery *query) const
    {
        if (query->error.isEmpty() && !m_refused.isEmpty())
            query->error = QStringLiteral("not a property name: \"%1\"")
                               .arg(m_refused.join(QStringLiteral("\", \"")));
    }

private:
    QStringList m_refused;
};

QString sqlOp(const QString &op)
{
    return op == QLatin1String("==") ? QStringLiteral("=") : op;
}

QString groupColumns(const QStringList &properties, PropertyPaths &paths)
{
    QStringList columns;
    for (const QString &p : properties)
        columns.append(paths(p));
    return columns.join(QStringLiteral(", "));
}

QString groupByPositions(qsizetype count)
{
    QStringList positions;
    for (qsizetype i = 1; i <= count; ++i)
        positions.append(QString::number(i));
    return QStringLiteral("GROUP BY ") + positions.join(QStringLiteral(", "));
}

// The rule's value expression; the parser compiled it once already, so a failure here
// means a rule that did not come through the parser.
ValueExpression valueOf(const Rule &rule, FeatureQuery *query)
{
    ValueExpression expression;
    QString error;
    if (!ValueExpression::compile(rule.valueExpression, &expression, &error))
        query->error = error;
    return expression;
}

// The WHERE clause every kind shares: collection, `where` filters, `recent`.
QString baseWhere(const Rule &rule, const QDateTime &now, PropertyPaths &paths, QVariantList *binds)
{
    // The collection as a literal: the rule indexes are partial, per collection, and
    // SQLite uses a partial index only when the query states its condition literally.
    QString sql;
    if (isPropertyName(rule.collection)) {
        sql = QStringLiteral("collection = '%1'").arg(rule.collection);
    } else {
        sql = QStringLiteral("collection = ?");
        binds->append(rule.collection);
    }
    for (const Filter &f : rule.where) {
        const QString lhs = paths(f.property);
        if (f.op == QLatin1String("is_null")) {
            sql += QStringLiteral(" AND %1 IS NULL").arg(lhs);
        } else if (f.op == QLatin1String("not_null")) {
            sql += QStringLiteral(" AND %1 IS NOT NULL").arg(lhs);
        } else if (f.op == QLatin1String("in") || f.op == QLatin1String("not_in")) {
            const QJsonArray values = f.value.toArray();
            for (const QJsonValue &v : values)
                binds->append(bindableValue(v));
            const QString list = core::placeholders(int(values.size()));
            if (f.op == QLatin1String("in"))
                sql += QStringLiteral(" AND %1 IN (%2)").arg(lhs, list);
            else // a missing property is "not in" the list
                sql += QStringLiteral(" AND (%1 IS NULL OR %1 NOT IN (%2))").arg(lhs, list);
        } else if (f.op == QLatin1String("!=")) {
            binds->append(bindableValue(f.value));
            sql += QStringLiteral(" AND (%1 IS NULL OR %1 != ?)").arg(lhs);
        } else {
            binds->append(bindableValue(f.value));
            sql += QStringLiteral(" AND %1 %2 ?").arg(lhs, sqlOp(f.op));
        }
    }
    if (rule.recentDays > 0) {
        const QString lhs = paths(rule.recentProperty);
        binds->append(localDate(now.addDays(-rule.recentDays)));
        sql += QStringLiteral(" AND %1 >= ?").arg(lhs);
    }
    return sql;
}

// The condition a single feature must meet (with its bindings), and the SQL of the value
// shown with it (whose bindings go with the SELECT list).
QString featurePredicate(const Rule &rule, const QDateTime &now, PropertyPaths &paths,
    FeatureQuery *query, QVariantList *binds, QString *valueSql, QVariantList *valueBinds)
{
    switch (rule.kind) {
    case RuleKind::Threshold: {
        const ValueExpression expression = valueOf(rule, query);
        *valueSql = expression.sql;
        *valueBinds = expression.bindings;
        *binds += expression.bindings;
        binds->append(rule.limit);
        return QStringLiteral("%1 %2 ?").arg(expression.sql, sqlOp(rule.op));
    }
    case RuleKind::Deadline: {
        const QString due = paths(rule.dueProperty);
        *valueSql = due;
        binds->append(utcText(now));
        if (rule.withinMinutes == 0)
            return QStringLiteral("%1 <= ?").arg(due);
        // Due soon: not yet overdue, but within the window.
        binds->append(utcText(now.addSecs(qint64(rule.withinMinutes) * 60)));
        return QStringLiteral("(%1 > ? AND %1 <= ?)").arg(due);
    }
    case RuleKind::Staleness: {
        const QString time = paths(rule.timeProperty);
        *valueSql = time;
        binds->append(utcText(now.addSecs(-qint64(rule.maxAgeMinutes) * 60)));
        return QStringLiteral("%1 < ?").arg(time);
    }
    default:
        *valueSql = QStringLiteral("NULL");
        return QStringLiteral("1");
    }
}

} // namespace

void FeatureQuery::andWhere(const QString &condition, const QVariantList &binds)
{
    where += QStringLiteral(" AND ") + condition;
    whereBinds += binds;
}

QString FeatureQuery::sql() const
{
    QString text = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM features");
    // Without statistics SQLite prefers the (collection, id) index, which reads every row
    // of the collection; the rule's own index is named so the planner cannot pass it over.
    if (!indexedBy.isEmpty())
        text += QStringLiteral(" INDEXED BY ") + indexedBy;
    text += QStringLiteral(" WHERE ") + where;
    if (!tail.isEmpty())
        text += QLatin1Char(' ') + tail;
    return text;
}

QVariantList FeatureQuery::binds() const
{
    return columnBinds + whereBinds + tailBinds;
}

QVariant bindableValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return value.toString();
    return QVariant(QMetaType::fromType<QString>());
}

FeatureQuery perFeatureQuery(const Rule &rule, const QDateTime &now, const QString &indexedBy)
{
    FeatureQuery q;
    PropertyPaths paths;
    QString valueSql;
    q.where = baseWhere(rule, now, paths, &q.whereBinds);
    q.where += QStringLiteral(" AND ")
        + featurePredicate(rule, now, paths, &q, &q.whereBinds, &valueSql, &q.columnBinds);
    q.columns = QStringLiteral("id, properties, min_lon, min_lat, max_lon, max_lat, ") + valueSql;
    q.indexedBy = indexedBy;
    paths.reportTo(&q);
    return q;
}

FeatureQuery groupedQuery(const Rule &rule, const QDateTime &now, const QString &indexedBy)
{
    FeatureQuery q;
    PropertyPaths paths;
    const bool stale = rule.kind == RuleKind::Staleness;
    q.columns = groupColumns(rule.groupBy, paths) + QStringLiteral(", count(*), min(id)");
    if (stale)
        q.columns += QStringLiteral(", max(") + paths(rule.timeProperty) + QLatin1Char(')');
    q.where = baseWhere(rule, now, paths, &q.whereBinds);
    if (stale) {
        q.andWhere(paths(rule.timeProperty) + QStringLiteral(" IS NOT NULL"));
    } else {
        QString valueSql;
        QVariantList unused;
        QVariantList binds;
        const QString predicate
            = featurePredicate(rule, now, paths, &q, &binds, &valueSql, &unused);
        q.andWhere(predicate, binds);
    }
    q.tail = groupByPositions(rule.groupBy.size());
    if (stale) {
        q.tail
            += QStringLiteral(" HAVING max(") + paths(rule.timeProperty) + QStringLiteral(") < ?");
        q.tailBinds.append(utcText(now.addSecs(-qint64(rule.maxAgeMinutes) * 60)));
    } else {
        q.tail += QStringLiteral(" HAVING count(*) >= ?");
        q.tailBinds.append(rule.minCount);
    }
    q.indexedBy = indexedBy;
    paths.reportTo(&q);
    return q;
}

FeatureQuery countInWindowQuery(const Rule &rule, const QDateTime &now, const QString &indexedBy)
{
    FeatureQuery q;
    PropertyPaths paths;
    const QString time = paths(rule.timeProperty);
    q.columns = groupColumns(rule.groupBy, paths) + QStringLiteral(", ") + time;
    q.where = baseWhere(rule, now, paths, &q.whereBinds);
    q.andWhere(QStringLiteral("%1 > ? AND %1 <= ?").arg(time),
        { utcText(now.addSecs(-qint64(kCountLookbackMinutes) * 60)), utcText(now) });
    q.indexedBy = indexedBy;
    paths.reportTo(&q);
    return q;
}

FeatureQuery spikeQuery(const Rule &rule, const QDateTime &now, const QString &indexedBy)
{
    FeatureQuery q;
    PropertyPaths paths;
    const ValueExpression expression = valueOf(rule, &q);
    const QString order = paths(rule.orderProperty);
    q.columns
        = QStringLiteral("%1, %2, %3").arg(groupColumns(rule.series, paths), order, expression.sql);
    q.columnBinds = expression.bindings;
    q.where = baseWhere(rule, now, paths, &q.whereBinds);
    q.andWhere(order + QStringLiteral(" IS NOT NULL"));
    q.indexedBy = indexedBy;
    paths.reportTo(&q);
    return q;
}

FeatureQuery planTargetsQuery(const Rule &rule, const QString &year)
{
    FeatureQuery q;
    PropertyPaths paths;
    QStringList targetKeys;
    for (const QString &actualKey : rule.match.keys())
        targetKeys.append(rule.match.value(actualKey));
    q.columns
        = groupColumns(targetKeys, paths) + QStringLiteral(", ") + paths(rule.targetValueProperty);
    q.where = QStringLiteral("collection = ? AND CAST(%1 AS TEXT) = ?")
                  .arg(paths(rule.targetYearProperty));
    q.whereBinds = { rule.targetCollection, year };
    paths.reportTo(&q);
    return q;
}

FeatureQuery planActualsQuery(
    const Rule &rule, const QDateTime &now, const QString &year, const QString &indexedBy)
{
    FeatureQuery q;
    PropertyPaths paths;
    const ValueExpression expression = valueOf(rule, &q);
    const QString period = paths(rule.periodProperty);
    // The value is a bare column: SQLite takes it from the row of max(period).
    q.columns = QStringLiteral("%1, max(%2), %3, sum(%3), count(*)")
                    .arg(groupColumns(rule.match.keys(), paths), period, expression.sql);
    q.columnBinds = expression.bindings + expression.bindings;
    q.where = baseWhere(rule, now, paths, &q.whereBinds);
    q.andWhere(QStringLiteral("substr(%1, 1, 4) = ?").arg(period), { year });
    q.tail = groupByPositions(rule.match.size());
    q.indexedBy = indexedBy;
    paths.reportTo(&q);
    return q;
}

FeatureQuery groupValuesQuery(const Rule &rule, const QStringList &properties)
{
    FeatureQuery q;
    PropertyPaths paths;
    q.columns = groupColumns(properties, paths);
    q.where = QStringLiteral("collection = ?");
    q.whereBinds = { rule.collection };
    paths.reportTo(&q);
    return q;
}

void restrictToIds(FeatureQuery *query, const QStringList &ids)
{
    QVariantList binds;
    for (const QString &id : ids)
        binds.append(id);
    query->andWhere(QStringLiteral("id IN (%1)").arg(core::placeholders(int(ids.size()))), binds);
}

void restrictToGroups(
    FeatureQuery *query, const QStringList &properties, const QSet<QString> &groups)
{
    QSet<QString> seen;
    QVariantList values;
    for (const QString &encoded : groups) {
        const QJsonValue v = QJsonDocument::fromJson(encoded.toUtf8()).array().at(0);
        const QString key
            = v.toVariant().toString() + QLatin1Char('\x1f') + QString::number(int(v.type()));
        if (!seen.contains(key) && !v.isNull()) {
            seen.insert(key);
            values.append(bindableValue(v));
        }
    }
    PropertyPaths paths;
    const QString lhs = properties.isEmpty() ? QString() : paths(properties.first());
    query->andWhere(
        QStringLiteral("%1 IN (%2)").arg(lhs, core::placeholders(int(values.size()))), values);
    paths.reportTo(query);
}

} // namespace ioc::alerts
