#include "alerts/ruleparser.h"

#include "alerts/valueexpression.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <limits>

namespace ioc::alerts {

QString RuleError::toString() const
{
    if (ruleId.isEmpty())
        return QStringLiteral("%1: %2").arg(file, reason);
    return QStringLiteral("%1: rule \"%2\": %3").arg(file, ruleId, reason);
}

namespace {

const QStringList kCommonFields
    = { QStringLiteral("id"), QStringLiteral("module"), QStringLiteral("kind"),
          QStringLiteral("severity"), QStringLiteral("scope"), QStringLiteral("collection"),
          QStringLiteral("where"), QStringLiteral("message"), QStringLiteral("dedup_key"),
          QStringLiteral("recent"), QStringLiteral("description"), QStringLiteral("lookup") };
const QStringList kGroupFields = { QStringLiteral("group_by"), QStringLiteral("min_count") };

QStringList kindFields(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Threshold:
        return kGroupFields
            + QStringList { QStringLiteral("value"), QStringLiteral("op"),
                  QStringLiteral("limit") };
    case RuleKind::Deadline:
        return kGroupFields
            + QStringList { QStringLiteral("due"), QStringLiteral("within_minutes") };
    case RuleKind::Staleness:
        return kGroupFields
            + QStringList { QStringLiteral("time"), QStringLiteral("max_age_minutes") };
    case RuleKind::CountInWindow:
        return kGroupFields
            + QStringList { QStringLiteral("time"), QStringLiteral("window_minutes") };
    case RuleKind::Spike:
        return { QStringLiteral("value"), QStringLiteral("series"), QStringLiteral("order"),
            QStringLiteral("alpha"), QStringLiteral("z"), QStringLiteral("min_history"),
            QStringLiteral("history"), QStringLiteral("min_value"), QStringLiteral("direction") };
    case RuleKind::PlanDeviation:
        return { QStringLiteral("value"), QStringLiteral("target_collection"),
            QStringLiteral("match"), QStringLiteral("period"), QStringLiteral("target_value"),
            QStringLiteral("target_year"), QStringLiteral("aggregate"),
            QStringLiteral("period_months"), QStringLiteral("min_percent"),
            QStringLiteral("max_percent") };
    }
    return {};
}

const QStringList kOps = { QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"),
    QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=") };
const QStringList kFilterOps = kOps
    + QStringList { QStringLiteral("in"), QStringLiteral("not_in"), QStringLiteral("is_null"),
          QStringLiteral("not_null") };

// Reads one rule object, collecting the first problem as the reason.
class RuleReader
{
public:
    RuleReader(const QJsonObject &object, const QSet<QString> &collections)
        : m_object(object)
        , m_collections(collections)
    { }

    bool read(Rule *rule, QString *reason)
    {
        readInto(rule);
        *reason = m_reason;
        return m_reason.isEmpty();
    }

private:
    bool failed() const { return !m_reason.isEmpty(); }
    void fail(const QString &reason)
    {
        if (m_reason.isEmpty())
            m_reason = reason;
    }

    QString string(const QString &key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(QStringLiteral("missing field \"%1\"").arg(key));
            return {};
        }
        if (!value.isString() || value.toString().isEmpty()) {
            fail(QStringLiteral("field \"%1\" must be a non-empty string").arg(key));
            return {};
        }
        return value.toString();
    }

    QString property(const QString &key, bool required)
    {
        const QString name = string(key, required);
        if (!name.isEmpty() && !isPropertyName(name))
            fail(QStringLiteral("field \"%1\": \"%2\" is not a property name").arg(key, name));
        return name;
    }

    double number(const QString &key, double fallback, bool required = false)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(QStringLiteral("missing field \"%1\"").arg(key));
            return fallback;
        }
        if (!value.isDouble()) {
            fail(QStringLiteral("field \"%1\" must be a number").arg(key));
            return fallback;
        }
        return value.toDouble();
    }

    int positiveInt(const QString &key, int fallback, bool required = false, int minimum = 1)
    {
        if (!required && m_object.value(key).isUndefined())
            return fallback;
        const double value = number(key, fallback, required);
        // The upper bound keeps the conversion to int defined (1e300 is a JSON number).
        if (value != std::floor(value) || value < minimum
            || value > std::numeric_limits<int>::max()) {
            fail(QStringLiteral("field \"%1\" must be a whole number ≥ %2").arg(key).arg(minimum));
            return fallback;
        }
        return int(value);
    }

    QStringList properties(const QString &key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(QStringLiteral("missing field \"%1\"").arg(key));
            return {};
        }
        if (!value.isArray() || value.toArray().isEmpty()) {
            fail(QStringLiteral("field \"%1\" must be a non-empty array of property names")
                     .arg(key));
            return {};
        }
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || !isPropertyName(item.toString())) {
                fail(QStringLiteral("field \"%1\" must be a non-empty array of property names")
                         .arg(key));
                return {};
            }
            list.append(item.toString());
        }
        return list;
    }

    QString collection(const QString &key, bool required)
    {
        const QString id = string(key, required);
        if (!id.isEmpty() && !m_collections.isEmpty() && !m_collections.contains(id))
            fail(QStringLiteral("unknown collection \"%1\"").arg(id));
        return id;
    }

    void expression(const QString &key, QString *target)
    {
        *target = string(key, true);
        if (failed())
            return;
        ValueExpression compiled;
        QString error;
        if (!ValueExpression::compile(*target, &compiled, &error))
            fail(QStringLiteral("field \"%1\": %2").arg(key, error));
    }

    void readWhere(Rule *rule)
    {
        const QJsonValue where = m_object.value(QStringLiteral("where"));
        if (where.isUndefined())
            return;
        if (!where.isArray()) {
            fail(QStringLiteral("field \"where\" must be an array of conditions"));
            return;
        }
        for (const QJsonValue &item : where.toArray()) {
            const QJsonObject condition = item.toObject();
            if (!item.isObject()) {
                fail(QStringLiteral("each condition in \"where\" must be an object"));
                return;
            }
            for (auto it = condition.begin(); it != condition.end(); ++it) {
                if (it.key() != QLatin1String("property") && it.key() != QLatin1String("op")
                    && it.key() != QLatin1String("value")) {
                    fail(QStringLiteral("unknown field \"%1\" in a \"where\" condition")
                             .arg(it.key()));
                    return;
                }
            }
            Filter filter;
            filter.property = condition.value(QStringLiteral("property")).toString();
            filter.op = condition.value(QStringLiteral("op")).toString();
            filter.value = condition.value(QStringLiteral("value"));
            if (!isPropertyName(filter.property)) {
                fail(QStringLiteral("a \"where\" condition needs \"property\", a property name"));
                return;
            }
            if (!kFilterOps.contains(filter.op)) {
                fail(QStringLiteral("unknown operator \"%1\" in \"where\" (one of %2)")
                         .arg(filter.op, kFilterOps.join(QStringLiteral(", "))));
                return;
            }
            const bool unary
                = filter.op == QLatin1String("is_null") || filter.op == QLatin1String("not_null");
            const bool list
                = filter.op == QLatin1String("in") || filter.op == QLatin1String("not_in");
            if (unary && !filter.value.isUndefined()) {
                fail(QStringLiteral("\"%1\" takes no \"value\"").arg(filter.op));
                return;
            }
            if (list && (!filter.value.isArray() || filter.value.toArray().isEmpty())) {
                fail(QStringLiteral("\"%1\" needs a non-empty array \"value\"").arg(filter.op));
                return;
            }
            if (!unary && !list
                && !(filter.value.isString() || filter.value.isDouble() || filter.value.isBool())) {
                fail(QStringLiteral("\"%1\" needs a string, number or boolean \"value\"")
                         .arg(filter.op));
                return;
            }
            if (list) {
                for (const QJsonValue &v : filter.value.toArray()) {
                    if (!(v.isString() || v.isDouble() || v.isBool())) {
                        fail(QStringLiteral("\"%1\" values must be strings, numbers or booleans")
                                 .arg(filter.op));
                        return;
                    }
                }
            }
            rule->where.append(filter);
        }
    }

    void readRecent(Rule *rule)
    {
        const QJsonValue recent = m_object.value(QStringLiteral("recent"));
        if (recent.isUndefined())
            return;
        const QJsonObject object = recent.toObject();
        const QJsonValue property = object.value(QStringLiteral("property"));
        const QJsonValue days = object.value(QStringLiteral("days"));
        if (!recent.isObject() || object.size() != 2 || !property.isString()
            || !isPropertyName(property.toString()) || !days.isDouble() || days.toDouble() < 1
            || days.toDouble() != std::floor(days.toDouble())
            || days.toDouble() > std::numeric_limits<int>::max()) {
            fail(QStringLiteral(
                "field \"recent\" must be {\"property\": <name>, \"days\": <whole number ≥ 1>}"));
            return;
        }
        rule->recentProperty = property.toString();
        rule->recentDays = int(days.toDouble());
    }

    void readLookups(Rule *rule)
    {
        const QJsonValue lookup = m_object.value(QStringLiteral("lookup"));
        if (lookup.isUndefined())
            return;
        const QString shape
            = QStringLiteral("field \"lookup\" must be {<field>: {\"from\": <property>, "
                             "\"collection\": <collection>, \"property\": <property>}}");
        if (!lookup.isObject()) {
            fail(shape);
            return;
        }
        const QJsonObject fields = lookup.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonObject spec = it.value().toObject();
            Lookup l { it.key(), spec.value(QStringLiteral("from")).toString(),
                spec.value(QStringLiteral("collection")).toString(),
                spec.value(QStringLiteral("property")).toString() };
            if (!it.value().isObject() || spec.size() != 3 || !isPropertyName(l.field)
                || !isPropertyName(l.from) || !isPropertyName(l.property)
                || l.collection.isEmpty()) {
                fail(shape);
                return;
            }
            if (!m_collections.isEmpty() && !m_collections.contains(l.collection)) {
                fail(QStringLiteral("unknown collection \"%1\"").arg(l.collection));
                return;
            }
            rule->lookups.append(l);
        }
    }

    void readMessage(Rule *rule)
    {
        const QJsonValue message = m_object.value(QStringLiteral("message"));
        const QJsonObject object = message.toObject();
        if (!message.isObject() || !object.value(QStringLiteral("vi")).isString()
            || !object.value(QStringLiteral("en")).isString() || object.size() != 2) {
            fail(QStringLiteral(
                "field \"message\" must be {\"vi\": <text>, \"en\": <text>}, both present"));
            return;
        }
        rule->messageVi = object.value(QStringLiteral("vi")).toString();
        rule->messageEn = object.value(QStringLiteral("en")).toString();
    }

    template<typename Enum>
    Enum choice(const QString &key, const QList<QPair<QString, Enum>> &options, Enum fallback,
        bool required)
    {
        const QString value = string(key, required);
        if (value.isEmpty())
            return fallback;
        QStringList names;
        for (const auto &option : options) {
            if (option.first == value)
                return option.second;
            names.append(option.first);
        }
        fail(QStringLiteral("field \"%1\": unknown value \"%2\" (one of %3)")
                 .arg(key, value, names.join(QStringLiteral(", "))));
        return fallback;
    }

    void readInto(Rule *rule)
    {
        rule->id = string(QStringLiteral("id"), true);
        rule->module = string(QStringLiteral("module"), true);
        rule->kind = choice<RuleKind>(QStringLiteral("kind"),
            { { QStringLiteral("threshold"), RuleKind::Threshold },
                { QStringLiteral("plan_deviation"), RuleKind::PlanDeviation },
                { QStringLiteral("deadline"), RuleKind::Deadline },
                { QStringLiteral("staleness"), RuleKind::Staleness },
                { QStringLiteral("spike"), RuleKind::Spike },
                { QStringLiteral("count_in_window"), RuleKind::CountInWindow } },
            RuleKind::Threshold, true);
        if (failed())
            return;
        const QStringList allowed = kCommonFields + kindFields(rule->kind);
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(QStringLiteral("unknown field \"%1\" for a %2 rule")
                         .arg(it.key(), kindName(rule->kind)));
                return;
            }
        }
        rule->severity = choice<Severity>(QStringLiteral("severity"),
            { { QStringLiteral("info"), Severity::Info },
                { QStringLiteral("warning"), Severity::Warning },
                { QStringLiteral("critical"), Severity::Critical } },
            Severity::Warning, true);
        rule->scope = choice<Scope>(QStringLiteral("scope"),
            { { QStringLiteral("province"), Scope::Province },
                { QStringLiteral("district"), Scope::District },
                { QStringLiteral("commune"), Scope::Commune },
                { QStringLiteral("feature"), Scope::Feature } },
            Scope::Feature, true);
        rule->collection = collection(QStringLiteral("collection"), true);
        readWhere(rule);
        readMessage(rule);
        readRecent(rule);
        readLookups(rule);
        rule->dedupKey = string(QStringLiteral("dedup_key"), false);
        if (m_object.contains(QStringLiteral("group_by")))
            rule->groupBy = properties(QStringLiteral("group_by"), true);
        rule->minCount = positiveInt(QStringLiteral("min_count"), 1);
        if (m_object.contains(QStringLiteral("min_count")) && rule->groupBy.isEmpty())
            fail(QStringLiteral("\"min_count\" needs \"group_by\""));

        switch (rule->kind) {
        case RuleKind::Threshold:
            expression(QStringLiteral("value"), &rule->valueExpression);
            rule->op = string(QStringLiteral("op"), true);
            if (!rule->op.isEmpty() && !kOps.contains(rule->op))
                fail(QStringLiteral("field \"op\": unknown operator \"%1\" (one of %2)")
                         .arg(rule->op, kOps.join(QStringLiteral(", "))));
            rule->limit = number(QStringLiteral("limit"), 0, true);
            break;
        case RuleKind::Deadline:
            rule->dueProperty = property(QStringLiteral("due"), true);
            rule->withinMinutes = positiveInt(QStringLiteral("within_minutes"), 0, false, 0);
            break;
        case RuleKind::Staleness:
            rule->timeProperty = property(QStringLiteral("time"), true);
            rule->maxAgeMinutes = positiveInt(QStringLiteral("max_age_minutes"), 0, true);
            break;
        case RuleKind::CountInWindow:
            rule->timeProperty = property(QStringLiteral("time"), false);
            rule->windowMinutes = positiveInt(QStringLiteral("window_minutes"), 0, false, 1);
            if (rule->timeProperty.isEmpty() != (rule->windowMinutes == 0))
                fail(QStringLiteral("\"time\" and \"window_minutes\" go together"));
            if (rule->groupBy.isEmpty())
                fail(QStringLiteral("missing field \"group_by\""));
            break;
        case RuleKind::Spike:
            expression(QStringLiteral("value"), &rule->valueExpression);
            rule->series = properties(QStringLiteral("series"), true);
            rule->orderProperty = property(QStringLiteral("order"), true);
            rule->alpha = number(QStringLiteral("alpha"), 0.3);
            if (rule->alpha <= 0 || rule->alpha >= 1)
                fail(QStringLiteral("field \"alpha\" must be between 0 and 1 (exclusive)"));
            rule->zThreshold = number(QStringLiteral("z"), 3.0);
            if (rule->zThreshold <= 0)
                fail(QStringLiteral("field \"z\" must be positive"));
            rule->minHistory = positiveInt(QStringLiteral("min_history"), 6, false, 2);
            rule->historyLength = positiveInt(QStringLiteral("history"), 26, false, 3);
            rule->minValue = number(QStringLiteral("min_value"), 0);
            if (m_object.contains(QStringLiteral("direction"))) {
                rule->direction = string(QStringLiteral("direction"), true);
                if (rule->direction != QLatin1String("up")
                    && rule->direction != QLatin1String("down")
                    && rule->direction != QLatin1String("both"))
                    fail(
                        QStringLiteral("field \"direction\" must be \"up\", \"down\" or \"both\""));
            }
            break;
        case RuleKind::PlanDeviation: {
            expression(QStringLiteral("value"), &rule->valueExpression);
            rule->targetCollection = collection(QStringLiteral("target_collection"), true);
            rule->periodProperty = property(QStringLiteral("period"), true);
            rule->targetValueProperty = property(QStringLiteral("target_value"), true);
            rule->targetYearProperty = property(QStringLiteral("target_year"), true);
            rule->aggregate = string(QStringLiteral("aggregate"), true);
            if (!rule->aggregate.isEmpty() && rule->aggregate != QLatin1String("sum")
                && rule->aggregate != QLatin1String("latest"))
                fail(QStringLiteral("field \"aggregate\" must be \"sum\" or \"latest\""));
            rule->periodMonths = positiveInt(QStringLiteral("period_months"), 1);
            rule->minPercent = number(QStringLiteral("min_percent"), -1);
            rule->maxPercent = number(QStringLiteral("max_percent"), -1);
            if ((rule->minPercent < 0) == (rule->maxPercent < 0))
                fail(QStringLiteral("exactly one of \"min_percent\" and \"max_percent\""));
            const QJsonValue match = m_object.value(QStringLiteral("match"));
            if (!match.isObject() || match.toObject().isEmpty()) {
                fail(QStringLiteral("field \"match\" must be an object {actual property: target "
                                    "property}"));
                break;
            }
            const QJsonObject pairs = match.toObject();
            for (auto it = pairs.begin(); it != pairs.end(); ++it) {
                if (!isPropertyName(it.key()) || !it.value().isString()
                    || !isPropertyName(it.value().toString())) {
                    fail(QStringLiteral(
                        "field \"match\" must map property names to property names"));
                    break;
                }
                rule->match.insert(it.key(), it.value().toString());
            }
            break;
        }
        }
    }

    // A copy: parseRules passes a temporary (item.toObject()) that a reference would
    // outlive. Seen while writing the fuzz target; ASan does not flag a dangling
    // reference to a temporary. Copying a QJsonObject only shares its data.
    const QJsonObject m_object;
    const QSet<QString> &m_collections;
    QString m_reason;
};

} // namespace

RuleFile parseRules(
    const QByteArray &json, const QString &fileName, const QSet<QString> &knownCollections)
{
    RuleFile result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append({ fileName, {},
            QStringLiteral("not valid JSON at byte %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()) });
        return result;
    }
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("rules"))
            result.errors.append(
                { fileName, {}, QStringLiteral("unknown top-level field \"%1\"").arg(it.key()) });
    }
    if (!document.isObject() || root.value(QStringLiteral("format")).toInt() != 1
        || !root.value(QStringLiteral("rules")).isArray()) {
        result.errors.append(
            { fileName, {}, QStringLiteral("expected {\"format\": 1, \"rules\": [ … ]}") });
        return result;
    }
    QSet<QString> ids;
    int index = 0;
    for (const QJsonValue &item : root.value(QStringLiteral("rules")).toArray()) {
        ++index;
        const QString label = item.toObject().value(QStringLiteral("id")).isString()
            ? item.toObject().value(QStringLiteral("id")).toString()
            : QStringLiteral("#%1").arg(index);
        if (!item.isObject()) {
            result.errors.append({ fileName, label, QStringLiteral("a rule must be an object") });
            continue;
        }
        Rule rule;
        QString reason;
        RuleReader reader(item.toObject(), knownCollections);
        if (!reader.read(&rule, &reason)) {
            result.errors.append({ fileName, label, reason });
            continue;
        }
        if (ids.contains(rule.id)) {
            result.errors.append({ fileName, label, QStringLiteral("duplicate rule id") });
            continue;
        }
        ids.insert(rule.id);
        rule.sourceFile = fileName;
        result.rules.append(rule);
    }
    if (!result.errors.isEmpty())
        result.rules.clear();
    return result;
}

} // namespace ioc::alerts
