#include "alerts/ruleevaluator.h"

#include "alerts/ruledetectors.h"
#include "alerts/ruleindexes.h"
#include "alerts/rulemessage.h"
#include "alerts/rulesql.h"
#include "alerts/ruletime.h"
#include "core/placefilters.h"
#include "core/sqlitefile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <functional>

namespace ioc::alerts {

namespace {

// Group/series restrictions are spelled out in SQL up to this many; above, full scan.
constexpr int kMaxRestrictedGroups = 5000;
constexpr int kIdChunk = 500;

using RowHandler = std::function<void(const QSqlQuery &)>;

// Runs a compiled query; a query the compiler refused does not reach SQLite.
bool run(const core::SqliteFile &mirror, const FeatureQuery &query, const RowHandler &row,
    QString *error)
{
    if (!query.error.isEmpty()) {
        *error = QStringLiteral("refused: ") + query.error;
        return false;
    }
    const QString sql = query.sql();
    if (core::forEachRow(mirror, sql, query.binds(), row))
        return true;
    *error = QStringLiteral("the query failed — in: ") + sql.left(200);
    return false;
}

// Runs `query` restricted to each chunk of ids in turn.
bool runForIds(const core::SqliteFile &mirror, const FeatureQuery &query, const QStringList &ids,
    const RowHandler &row, QString *error)
{
    for (qsizetype start = 0; start < ids.size(); start += kIdChunk) {
        FeatureQuery chunk = query;
        restrictToIds(&chunk, ids.mid(start, kIdChunk));
        if (!run(mirror, chunk, row, error))
            return false;
    }
    return true;
}

QString variantText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return formatNumber(value.toDouble());
    return value.toString();
}

void setPropertyFields(const QByteArray &json, Finding *f)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isDouble())
            f->setNumber(it.key(), it.value().toDouble());
        else
            f->fields.insert(it.key(), variantText(it.value().toVariant()));
    }
}

void centreOf(const QSqlQuery &q, int firstColumn, Finding *f)
{
    if (q.value(firstColumn).isNull())
        return;
    f->lon = (q.value(firstColumn).toDouble() + q.value(firstColumn + 2).toDouble()) / 2;
    f->lat = (q.value(firstColumn + 1).toDouble() + q.value(firstColumn + 3).toDouble()) / 2;
}

QString defaultDedupKey(const Rule &rule)
{
    if (!rule.dedupKey.isEmpty())
        return rule.dedupKey;
    return QStringLiteral("{subject}");
}

// The group's values as a JSON array, written by hand: this runs once per row scanned.
QString encodeGroup(const QVariantList &values)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        const QVariant &v = values.at(i);
        if (v.isNull()) {
            out += QLatin1String("null");
        } else if (v.typeId() == QMetaType::QString) {
            out += QLatin1Char('"');
            for (const QChar c : v.toString()) {
                if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                    out += QLatin1Char('\\');
                if (c.unicode() < 0x20)
                    out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    out += c;
            }
            out += QLatin1Char('"');
        } else {
            out += QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        }
    }
    out += QLatin1Char(']');
    return out;
}

QVariantList readGroup(const QSqlQuery &q, int count)
{
    QVariantList values;
    for (int i = 0; i < count; ++i)
        values.append(q.value(i));
    return values;
}

void addGroupFields(const QStringList &properties, const QVariantList &values, Finding *f)
{
    for (int i = 0; i < properties.size(); ++i) {
        if (values.value(i).typeId() == QMetaType::Double)
            f->setNumber(properties[i], values.value(i).toDouble());
        else
            f->fields.insert(properties[i], variantText(values.value(i)));
        if (properties[i] == QLatin1String("unit_code"))
            f->unitCode = values.value(i).toString();
    }
}

void addStalenessFields(const Staleness &age, Finding *f)
{
    f->value = age.minutes;
    f->setNumber(QStringLiteral("age_minutes"), age.roundedMinutes);
    f->setNumber(QStringLiteral("age_hours"), age.roundedHours);
}

// The groups that changed features belong to, plus the subjects of active alerts.
// Returns false when there are too many to list (the caller then scans everything).
bool affectedGroups(const core::SqliteFile &mirror, const Rule &rule, const QStringList &properties,
    const QStringList &ids, const QStringList &activeSubjects, QSet<QString> *groups,
    QString *error)
{
    for (const QString &s : activeSubjects)
        groups->insert(s);
    const int n = int(properties.size());
    bool nullFirst = false;
    if (!runForIds(
            mirror, groupValuesQuery(rule, properties), ids,
            [&](const QSqlQuery &q) {
                nullFirst = nullFirst || q.value(0).isNull();
                groups->insert(encodeGroup(readGroup(q, n)));
            },
            error))
        return false;
    // The restriction is an IN list on the first group value, which cannot match NULL.
    for (const QString &s : activeSubjects)
        nullFirst = nullFirst || s.startsWith(QLatin1String("[null"));
    return !nullFirst && groups->size() <= kMaxRestrictedGroups;
}

} // namespace

RuleEvaluator::RuleEvaluator(const core::SqliteFile &mirror)
    : m_mirror(mirror)
{ }

RuleRun RuleEvaluator::evaluate(const Rule &rule, const QDateTime &now,
    const QStringList *changedIds, const QStringList &activeSubjects) const
{
    if (changedIds && changedIds->size() > kIncrementalLimit)
        changedIds = nullptr;
    RuleRun result;
    switch (rule.kind) {
    case RuleKind::Threshold:
    case RuleKind::Deadline:
    case RuleKind::Staleness:
        result = rule.isGrouped() ? grouped(rule, now, changedIds, activeSubjects)
                                  : perFeature(rule, now, changedIds);
        break;
    case RuleKind::CountInWindow:
        result = rule.windowMinutes > 0 ? countInWindow(rule, now, changedIds, activeSubjects)
                                        : grouped(rule, now, changedIds, activeSubjects);
        break;
    case RuleKind::Spike:
        result = spike(rule, now, changedIds, activeSubjects);
        break;
    case RuleKind::PlanDeviation:
        result = planDeviation(rule, now);
        break;
    }
    for (Finding &f : result.findings) {
        f.fields.insert(QStringLiteral("subject"), f.subject);
        f.fields.insert(QStringLiteral("window"), f.window);
        f.dedupValue = renderTemplate(defaultDedupKey(rule), f.fields);
    }
    return result;
}

RuleEvaluator::Restriction RuleEvaluator::restrictToAffected(const Rule &rule,
    const QStringList &properties, const QStringList *ids, const QStringList &activeSubjects,
    FeatureQuery *query, RuleRun *run) const
{
    Restriction r;
    if (ids) {
        r.restricted = affectedGroups(
            m_mirror, rule, properties, *ids, activeSubjects, &r.groups, &run->error);
        if (r.restricted && r.groups.isEmpty())
            return r; // nothing of this rule's collection changed: the caller stops
        if (r.restricted)
            restrictToGroups(query, properties, r.groups);
    }
    if (r.restricted)
        run->coverage.subjects = r.groups;
    else
        run->coverage.full = true;
    return r;
}

RuleRun RuleEvaluator::perFeature(
    const Rule &rule, const QDateTime &now, const QStringList *ids) const
{
    RuleRun result;
    auto onRow = [&](const QSqlQuery &q) {
        Finding f;
        f.sourceId = q.value(0).toString();
        f.subject = f.sourceId;
        setPropertyFields(q.value(1).toByteArray(), &f);
        f.fields.insert(QStringLiteral("id"), f.sourceId);
        f.unitCode = f.fields.value(QStringLiteral("unit_code"));
        centreOf(q, 2, &f);
        const QVariant value = q.value(6);
        if (rule.kind == RuleKind::Threshold) {
            f.value = value.toDouble();
            f.setNumber(QStringLiteral("value"), f.value);
            f.setNumber(QStringLiteral("limit"), rule.limit);
        } else if (rule.kind == RuleKind::Deadline) {
            const QDateTime due = parseRuleTime(value.toString());
            f.window = value.toString();
            f.value = minutesBetween(now, due); // negative: overdue by that much
            f.fields.insert(QStringLiteral("due"), value.toString());
            f.setNumber(QStringLiteral("minutes_left"), std::round(f.value));
            f.setNumber(QStringLiteral("hours_left"), std::round(f.value / 60));
            f.setNumber(QStringLiteral("hours_overdue"), std::round(-f.value / 60));
            f.setNumber(QStringLiteral("days_overdue"), std::floor(-f.value / 1440));
        } else if (rule.kind == RuleKind::Staleness) {
            addStalenessFields(stalenessOf(value.toString(), now), &f);
            f.setNumber(QStringLiteral("limit"), rule.maxAgeMinutes);
            addAgeFields(f.value, &f.fields);
        }
        result.findings.append(f);
    };
    if (ids) {
        // A few ids are found by the (collection, id) key; the rule's index would not help.
        result.coverage.sourceIds = QSet<QString>(ids->begin(), ids->end());
        result.subjectsEvaluated = ids->size();
        runForIds(m_mirror, perFeatureQuery(rule, now, {}), *ids, onRow, &result.error);
    } else {
        result.coverage.full = true;
        result.subjectsEvaluated = -1; // every feature of the collection
        run(m_mirror, perFeatureQuery(rule, now, indexHint(rule, m_indexes)), onRow, &result.error);
    }
    return result;
}

RuleRun RuleEvaluator::grouped(const Rule &rule, const QDateTime &now, const QStringList *ids,
    const QStringList &activeSubjects) const
{
    RuleRun result;
    const int n = int(rule.groupBy.size());
    const bool stale = rule.kind == RuleKind::Staleness;
    FeatureQuery query = groupedQuery(rule, now, indexHint(rule, m_indexes));
    const Restriction r
        = restrictToAffected(rule, rule.groupBy, ids, activeSubjects, &query, &result);
    if (r.restricted && r.groups.isEmpty())
        return result;
    if (r.restricted)
        result.subjectsEvaluated = r.groups.size();
    run(
        m_mirror, query,
        [&](const QSqlQuery &q) {
            const QVariantList values = readGroup(q, n);
            Finding f;
            f.subject = encodeGroup(values);
            if (r.restricted && !r.groups.contains(f.subject))
                return; // came along with the IN restriction; not asked for
            addGroupFields(rule.groupBy, values, &f);
            const qint64 count = q.value(n).toLongLong();
            f.fields.insert(QStringLiteral("count"), QString::number(count));
            f.fields.insert(QStringLiteral("min_count"), QString::number(rule.minCount));
            f.fields.insert(QStringLiteral("example_id"), q.value(n + 1).toString());
            f.value = double(count);
            if (stale) {
                const QString newest = q.value(n + 2).toString();
                const Staleness age = stalenessOf(newest, now);
                f.fields.insert(QStringLiteral("newest"), newest);
                addStalenessFields(age, &f);
                f.setNumber(QStringLiteral("age_days"), age.wholeDays);
                addAgeFields(f.value, &f.fields);
            }
            if (!r.restricted)
                ++result.subjectsEvaluated;
            result.findings.append(f);
        },
        &result.error);
    return result;
}

RuleRun RuleEvaluator::countInWindow(const Rule &rule, const QDateTime &now, const QStringList *ids,
    const QStringList &activeSubjects) const
{
    RuleRun result;
    const int n = int(rule.groupBy.size());
    FeatureQuery query = countInWindowQuery(rule, now, indexHint(rule, m_indexes));
    const Restriction r
        = restrictToAffected(rule, rule.groupBy, ids, activeSubjects, &query, &result);
    if (r.restricted && r.groups.isEmpty())
        return result;
    QHash<QString, QStringList> timesByGroup;
    QHash<QString, QVariantList> valuesByGroup;
    run(
        m_mirror, query,
        [&](const QSqlQuery &q) {
            const QVariantList values = readGroup(q, n);
            const QString key = encodeGroup(values);
            if (r.restricted && !r.groups.contains(key))
                return;
            timesByGroup[key].append(q.value(n).toString());
            valuesByGroup.insert(key, values);
        },
        &result.error);
    result.subjectsEvaluated = r.restricted ? r.groups.size() : timesByGroup.size();
    for (auto it = timesByGroup.begin(); it != timesByGroup.end(); ++it) {
        QStringList texts = it.value();
        std::sort(texts.begin(), texts.end());
        QList<QDateTime> times;
        for (const QString &t : texts)
            times.append(parseRuleTime(t));
        const QList<Burst> bursts
            = alertingBursts(times, qint64(rule.windowMinutes) * 60, now, rule.minCount);
        for (const Burst &burst : bursts) {
            Finding f;
            f.subject = it.key();
            f.window = texts[burst.first];
            addGroupFields(rule.groupBy, valuesByGroup.value(it.key()), &f);
            f.value = burst.peak;
            f.fields.insert(QStringLiteral("count"), QString::number(burst.peak));
            f.fields.insert(QStringLiteral("total"), QString::number(burst.last - burst.first + 1));
            f.fields.insert(QStringLiteral("min_count"), QString::number(rule.minCount));
            f.fields.insert(QStringLiteral("window_minutes"), QString::number(rule.windowMinutes));
            f.fields.insert(QStringLiteral("first"), texts[burst.first]);
            f.fields.insert(QStringLiteral("last"), texts[burst.last]);
            result.findings.append(f);
        }
    }
    return result;
}

RuleRun RuleEvaluator::spike(const Rule &rule, const QDateTime &now, const QStringList *ids,
    const QStringList &activeSubjects) const
{
    RuleRun result;
    const int n = int(rule.series.size());
    FeatureQuery query = spikeQuery(rule, now, indexHint(rule, m_indexes));
    const Restriction r
        = restrictToAffected(rule, rule.series, ids, activeSubjects, &query, &result);
    if (r.restricted && r.groups.isEmpty())
        return result;
    struct Point
    {
        QString order;
        double value;
    };
    QHash<QString, QList<Point>> seriesPoints;
    QHash<QString, QVariantList> valuesBySeries;
    run(
        m_mirror, query,
        [&](const QSqlQuery &q) {
            const QVariantList values = readGroup(q, n);
            const QString key = encodeGroup(values);
            if (q.value(n + 1).isNull() || (r.restricted && !r.groups.contains(key)))
                return;
            seriesPoints[key].append({ q.value(n).toString(), q.value(n + 1).toDouble() });
            valuesBySeries.insert(key, values);
        },
        &result.error);
    result.subjectsEvaluated = r.restricted ? r.groups.size() : seriesPoints.size();
    SpikeParameters parameters;
    parameters.alpha = rule.alpha;
    parameters.zThreshold = rule.zThreshold;
    parameters.minHistory = rule.minHistory;
    parameters.historyLength = rule.historyLength;
    parameters.minValue = rule.minValue;
    parameters.direction = rule.direction;
    for (auto it = seriesPoints.begin(); it != seriesPoints.end(); ++it) {
        QList<Point> &points = it.value();
        std::sort(points.begin(), points.end(),
            [](const Point &a, const Point &b) { return a.order < b.order; });
        QList<double> values;
        values.reserve(points.size());
        for (const Point &p : std::as_const(points))
            values.append(p.value);
        const SpikeVerdict verdict = ewmaSpike(values, parameters);
        if (!verdict.raise)
            continue;
        const Point &latest = points.constLast();
        Finding f;
        f.subject = it.key();
        f.window = latest.order;
        addGroupFields(rule.series, valuesBySeries.value(it.key()), &f);
        f.value = latest.value;
        f.setNumber(QStringLiteral("value"), latest.value);
        f.setNumber(QStringLiteral("expected"), std::round(verdict.expected * 10) / 10);
        f.setDecimalText(QStringLiteral("z"), QString::number(verdict.z, 'f', 1));
        f.fields.insert(QStringLiteral("period"), latest.order);
        result.findings.append(f);
    }
    return result;
}

RuleRun RuleEvaluator::planDeviation(const Rule &rule, const QDateTime &now) const
{
    RuleRun result;
    result.coverage.full = true;
    const QStringList actualKeys = rule.match.keys();
    const int n = int(actualKeys.size());
    const QString year = localDate(now).left(4);

    // Targets of this year by their match values.
    QHash<QString, double> targets;
    run(
        m_mirror, planTargetsQuery(rule, year),
        [&](const QSqlQuery &q) {
            if (!q.value(n).isNull())
                targets.insert(encodeGroup(readGroup(q, n)), q.value(n).toDouble());
        },
        &result.error);
    if (targets.isEmpty())
        return result;

    PlanParameters parameters;
    parameters.yearToDateSum = rule.aggregate == QLatin1String("sum");
    parameters.periodMonths = rule.periodMonths;
    parameters.minPercent = rule.minPercent;
    parameters.maxPercent = rule.maxPercent;
    run(
        m_mirror, planActualsQuery(rule, now, year, indexHint(rule, m_indexes)),
        [&](const QSqlQuery &q) {
            const QVariantList values = readGroup(q, n);
            const QString key = encodeGroup(values);
            ++result.subjectsEvaluated;
            const auto target = targets.constFind(key);
            if (target == targets.constEnd() || *target == 0)
                return;
            const QString latestPeriod = q.value(n).toString();
            const int month = QDate::fromString(latestPeriod.left(10), Qt::ISODate).month();
            const PlanVerdict verdict = alerts::planDeviation(
                parameters, *target, q.value(n + 1).toDouble(), q.value(n + 2).toDouble(), month);
            if (!verdict.raise)
                return;
            Finding f;
            f.subject = key;
            f.window = year;
            addGroupFields(actualKeys, values, &f);
            f.value = verdict.percent;
            f.setNumber(QStringLiteral("actual"), std::round(verdict.actual * 10) / 10);
            f.setNumber(QStringLiteral("expected"), std::round(verdict.expected * 10) / 10);
            f.setNumber(QStringLiteral("target"), *target);
            f.setDecimalText(QStringLiteral("percent"), QString::number(verdict.percent, 'f', 1));
            f.setNumber(
                QStringLiteral("limit"), rule.minPercent >= 0 ? rule.minPercent : rule.maxPercent);
            f.fields.insert(QStringLiteral("period"), latestPeriod);
            f.fields.insert(QStringLiteral("year"), year);
            result.findings.append(f);
        },
        &result.error);
    return result;
}

} // namespace ioc::alerts
