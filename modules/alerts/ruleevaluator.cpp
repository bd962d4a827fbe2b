#include "alerts/ruleevaluator.h"

#include "alerts/valueexpression.h"
#include "core/featurestore.h"
#include "core/sqlitefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <algorithm>
#include <functional>

namespace ioc::alerts {

namespace {

// Features are the province's: days start at midnight in Asia/Ho_Chi_Minh (UTC+7,
// no daylight saving), which is how the data center dates daily rows.
constexpr int kLocalOffsetSeconds = 7 * 3600;
// A count-in-window burst is looked for in the last day only (bounds the query).
constexpr int kCountLookbackMinutes = 24 * 60;
// Group/series restrictions are spelled out in SQL up to this many; above, full scan.
constexpr int kMaxRestrictedGroups = 5000;
constexpr int kIdChunk = 500;

QString utc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QString localDate(const QDateTime &when)
{
    return when.toUTC().addSecs(kLocalOffsetSeconds).date().toString(Qt::ISODate);
}

QVariant bindable(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return value.toString();
    return QVariant(QMetaType::fromType<QString>());
}

QString sqlOp(const QString &op)
{
    return op == QLatin1String("==") ? QStringLiteral("=") : op;
}

// WHERE clause every kind shares: collection, `where` filters, `recent`.
QString baseWhere(
    const Rule &rule, const QDateTime &now, QVariantList *binds, const QString &collection = {})
{
    // The collection as a literal too: the engine's indexes are partial, per collection,
    // and SQLite uses a partial index only when the query states its condition literally.
    const QString id = collection.isEmpty() ? rule.collection : collection;
    QString sql;
    if (isPropertyName(id)) {
        sql = QStringLiteral("collection = '%1'").arg(id);
    } else {
        sql = QStringLiteral("collection = ?");
        binds->append(id);
    }
    for (const Filter &f : rule.where) {
        const QString lhs = propertySql(f.property, binds);
        if (f.op == QLatin1String("is_null")) {
            sql += QStringLiteral(" AND %1 IS NULL").arg(lhs);
        } else if (f.op == QLatin1String("not_null")) {
            sql += QStringLiteral(" AND %1 IS NOT NULL").arg(lhs);
        } else if (f.op == QLatin1String("in") || f.op == QLatin1String("not_in")) {
            const QJsonArray values = f.value.toArray();
            for (const QJsonValue &v : values)
                binds->append(bindable(v));
            const QString list = core::placeholders(int(values.size()));
            if (f.op == QLatin1String("in"))
                sql += QStringLiteral(" AND %1 IN (%2)").arg(lhs, list);
            else // a missing property is "not in" the list
                sql += QStringLiteral(" AND (%1 IS NULL OR %1 NOT IN (%2))").arg(lhs, list);
        } else if (f.op == QLatin1String("!=")) {
            binds->append(bindable(f.value));
            sql += QStringLiteral(" AND (%1 IS NULL OR %1 != ?)").arg(lhs);
        } else {
            binds->append(bindable(f.value));
            sql += QStringLiteral(" AND %1 %2 ?").arg(lhs, sqlOp(f.op));
        }
    }
    if (rule.recentDays > 0) {
        const QString lhs = propertySql(rule.recentProperty, binds);
        binds->append(localDate(now.addDays(-rule.recentDays)));
        sql += QStringLiteral(" AND %1 >= ?").arg(lhs);
    }
    return sql;
}

bool run(const core::SqliteFile &mirror, const QString &sql, const QVariantList &binds,
    const std::function<void(QSqlQuery &)> &row, QString *error)
{
    QSqlQuery query(mirror.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text() + QStringLiteral(" — in: ") + sql.left(200);
        return false;
    }
    for (const QVariant &b : binds)
        query.addBindValue(b);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        row(query);
    return true;
}

// Runs `sql + " AND id IN (...)"` per chunk of ids.
bool runForIds(const core::SqliteFile &mirror, const QString &sql, const QVariantList &binds,
    const QStringList &ids, const std::function<void(QSqlQuery &)> &row, QString *error,
    const QString &suffix = {})
{
    for (qsizetype start = 0; start < ids.size(); start += kIdChunk) {
        const QStringList chunk = ids.mid(start, kIdChunk);
        QVariantList all = binds;
        for (const QString &id : chunk)
            all.append(id);
        const QString text = sql
            + QStringLiteral(" AND id IN (%1)").arg(core::placeholders(int(chunk.size()))) + suffix;
        if (!run(mirror, text, all, row, error))
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

void centreOf(QSqlQuery &q, int firstColumn, Finding *f)
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

// Group values: SQL column list and the JSON-array subject they encode to.
QString groupColumns(const QStringList &properties, QVariantList *binds)
{
    QStringList columns;
    for (const QString &p : properties)
        columns.append(propertySql(p, binds));
    return columns.join(QStringLiteral(", "));
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

QVariantList readGroup(QSqlQuery &q, int count)
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

// "AND g1 IN (…)": the first group property of the affected groups. A superset of the
// groups (others sharing that value come along); the caller keeps only affected groups.
// One IN lookup per row instead of one comparison per group keeps this cheap.
QString groupRestriction(
    const QStringList &properties, const QSet<QString> &groups, QVariantList *binds)
{
    QSet<QString> seen;
    QVariantList values;
    for (const QString &encoded : groups) {
        const QJsonValue v = QJsonDocument::fromJson(encoded.toUtf8()).array().at(0);
        const QString key
            = v.toVariant().toString() + QLatin1Char('\x1f') + QString::number(int(v.type()));
        if (!seen.contains(key) && !v.isNull()) {
            seen.insert(key);
            values.append(bindable(v));
        }
    }
    const QString lhs = propertySql(properties.first(), binds);
    *binds += values;
    return QStringLiteral(" AND %1 IN (%2)").arg(lhs, core::placeholders(int(values.size())));
}

// The groups that changed features belong to, plus the subjects of active alerts.
// Returns false when there are too many to list (the caller then scans everything).
bool affectedGroups(const core::SqliteFile &mirror, const Rule &rule, const QStringList &properties,
    const QStringList &ids, const QStringList &activeSubjects, QSet<QString> *groups,
    QString *error)
{
    for (const QString &s : activeSubjects)
        groups->insert(s);
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT %1 FROM features WHERE collection = ?")
                            .arg(groupColumns(properties, &binds));
    binds.append(rule.collection);
    const int n = int(properties.size());
    bool nullFirst = false;
    if (!runForIds(
            mirror, sql, binds, ids,
            [&](QSqlQuery &q) {
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

double minutesBetween(const QDateTime &from, const QDateTime &to)
{
    return double(from.secsTo(to)) / 60.0;
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) // a bare date: the start of that local day
        t = QDateTime(
            QDate::fromString(text, Qt::ISODate), QTime(0, 0), QTimeZone(kLocalOffsetSeconds));
    return t.toUTC();
}

} // namespace

// "83 phút", "5 giờ", "3 ngày": an age an operator reads at a glance.
static void addAgeFields(double minutes, QHash<QString, QString> *fields)
{
    const qint64 m = qint64(std::floor(minutes));
    if (m < 120) {
        fields->insert(QStringLiteral("age_vi"), QStringLiteral("%1 phút").arg(m));
        fields->insert(QStringLiteral("age_en"), QStringLiteral("%1 min").arg(m));
    } else if (m < 48 * 60) {
        fields->insert(QStringLiteral("age_vi"), QStringLiteral("%1 giờ").arg(m / 60));
        fields->insert(QStringLiteral("age_en"), QStringLiteral("%1 h").arg(m / 60));
    } else {
        fields->insert(QStringLiteral("age_vi"), QStringLiteral("%1 ngày").arg(m / 1440));
        fields->insert(QStringLiteral("age_en"), QStringLiteral("%1 days").arg(m / 1440));
    }
}

QString formatNumber(double value)
{
    if (std::isnan(value))
        return {};
    if (value == std::round(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'f', std::abs(value) < 10 ? 2 : 1);
}

void Finding::setNumber(const QString &field, double number)
{
    setDecimalText(field, formatNumber(number));
}

void Finding::setDecimalText(const QString &field, const QString &text)
{
    fields.insert(field, text);
    decimalFields.insert(field);
}

QHash<QString, QString> vietnameseFields(
    const QHash<QString, QString> &fields, const QSet<QString> &decimalFields)
{
    // Only what still is a number: a field may have been overwritten with text since
    // (a lookup's name, the feature id), and "TP. Hà Tĩnh" must stay as it is.
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+\\.[0-9]+$"));
    QHash<QString, QString> vi = fields;
    for (const QString &field : decimalFields) {
        auto it = vi.find(field);
        if (it != vi.end() && number.match(*it).hasMatch())
            it->replace(QLatin1Char('.'), QLatin1Char(','));
    }
    return vi;
}

QString renderTemplate(const QString &text, const QHash<QString, QString> &fields)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        const auto field = fields.constFind(match.captured(1));
        out += field != fields.constEnd() ? *field : match.captured(0);
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

RuleEvaluator::RuleEvaluator(const core::SqliteFile &mirror)
    : m_mirror(mirror)
{ }

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
    return QStringLiteral("alerts_%1_%2").arg(collection, properties.join(QStringLiteral("__")));
}

// Without statistics SQLite prefers the (collection, id) index, which reads every row of
// the collection; the rule's own index is named so the planner cannot pass it over.
QString RuleEvaluator::withIndex(QString sql, const Rule &rule) const
{
    const QStringList properties = indexedProperties(rule);
    const QString name = indexName(rule.collection, properties);
    if (properties.isEmpty() || !m_indexes.contains(name))
        return sql;
    return sql.replace(QStringLiteral(" FROM features WHERE "),
        QStringLiteral(" FROM features INDEXED BY %1 WHERE ").arg(name));
}

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

// The condition a single feature must meet, and the SQL of the value shown with it.
static QString featurePredicate(const Rule &rule, const QDateTime &now, QVariantList *binds,
    QString *valueSql, QVariantList *valueBinds)
{
    switch (rule.kind) {
    case RuleKind::Threshold: {
        ValueExpression expression;
        QString error;
        ValueExpression::compile(rule.valueExpression, &expression, &error); // parser checked it
        *valueSql = expression.sql;
        *valueBinds = expression.bindings;
        *binds += expression.bindings;
        binds->append(rule.limit);
        return QStringLiteral("%1 %2 ?").arg(expression.sql, sqlOp(rule.op));
    }
    case RuleKind::Deadline: {
        *valueSql = propertySql(rule.dueProperty, valueBinds);
        const QString due = propertySql(rule.dueProperty, binds);
        binds->append(utc(now));
        if (rule.withinMinutes == 0)
            return QStringLiteral("%1 <= ?").arg(due);
        // Due soon: not yet overdue, but within the window.
        propertySql(rule.dueProperty, binds);
        binds->append(utc(now.addSecs(qint64(rule.withinMinutes) * 60)));
        return QStringLiteral("(%1 > ? AND %1 <= ?)").arg(due);
    }
    case RuleKind::Staleness: {
        *valueSql = propertySql(rule.timeProperty, valueBinds);
        const QString time = propertySql(rule.timeProperty, binds);
        binds->append(utc(now.addSecs(-qint64(rule.maxAgeMinutes) * 60)));
        return QStringLiteral("%1 < ?").arg(time);
    }
    default:
        *valueSql = QStringLiteral("NULL");
        return QStringLiteral("1");
    }
}

RuleRun RuleEvaluator::perFeature(
    const Rule &rule, const QDateTime &now, const QStringList *ids) const
{
    RuleRun result;
    QVariantList selectBinds;
    QVariantList whereBinds;
    QString valueSql;
    QString where = baseWhere(rule, now, &whereBinds);
    where += QStringLiteral(" AND ")
        + featurePredicate(rule, now, &whereBinds, &valueSql, &selectBinds);
    const QString sql = QStringLiteral("SELECT id, properties, min_lon, min_lat, max_lon, "
                                       "max_lat, %1 FROM features WHERE %2")
                            .arg(valueSql, where);
    const QVariantList binds = selectBinds + whereBinds;
    auto onRow = [&](QSqlQuery &q) {
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
            const QDateTime due = parseTime(value.toString());
            f.window = value.toString();
            f.value = minutesBetween(now, due); // negative: overdue by that much
            f.fields.insert(QStringLiteral("due"), value.toString());
            f.setNumber(QStringLiteral("minutes_left"), std::round(f.value));
            f.setNumber(QStringLiteral("hours_left"), std::round(f.value / 60));
            f.setNumber(QStringLiteral("hours_overdue"), std::round(-f.value / 60));
            f.setNumber(QStringLiteral("days_overdue"), std::floor(-f.value / 1440));
        } else if (rule.kind == RuleKind::Staleness) {
            f.value = minutesBetween(parseTime(value.toString()), now);
            f.setNumber(QStringLiteral("age_minutes"), std::round(f.value));
            f.setNumber(QStringLiteral("age_hours"), std::round(f.value / 60));
            f.setNumber(QStringLiteral("limit"), rule.maxAgeMinutes);
            addAgeFields(f.value, &f.fields);
        }
        result.findings.append(f);
    };
    if (ids) {
        result.coverage.sourceIds = QSet<QString>(ids->begin(), ids->end());
        result.subjectsEvaluated = ids->size();
        runForIds(m_mirror, sql, binds, *ids, onRow, &result.error);
    } else {
        result.coverage.full = true;
        result.subjectsEvaluated = -1; // every feature of the collection
        run(m_mirror, withIndex(sql, rule), binds, onRow, &result.error);
    }
    return result;
}

RuleRun RuleEvaluator::grouped(const Rule &rule, const QDateTime &now, const QStringList *ids,
    const QStringList &activeSubjects) const
{
    RuleRun result;
    const int n = int(rule.groupBy.size());
    QVariantList binds;
    const bool stale = rule.kind == RuleKind::Staleness;
    QString sql
        = QStringLiteral("SELECT %1, count(*), min(id)").arg(groupColumns(rule.groupBy, &binds));
    if (stale)
        sql += QStringLiteral(", max(") + propertySql(rule.timeProperty, &binds) + QLatin1Char(')');
    QVariantList whereBinds;
    QString where = baseWhere(rule, now, &whereBinds);
    if (stale) {
        where += QStringLiteral(" AND ") + propertySql(rule.timeProperty, &whereBinds)
            + QStringLiteral(" IS NOT NULL");
    } else {
        QString valueSql;
        QVariantList unused;
        where += QStringLiteral(" AND ")
            + featurePredicate(rule, now, &whereBinds, &valueSql, &unused);
    }
    binds += whereBinds;
    sql += QStringLiteral(" FROM features WHERE ") + where;
    QSet<QString> groups;
    bool restricted = false;
    if (ids) {
        restricted = affectedGroups(
            m_mirror, rule, rule.groupBy, *ids, activeSubjects, &groups, &result.error);
        if (restricted && groups.isEmpty())
            return result; // nothing of this rule's collection changed
        if (restricted)
            sql += groupRestriction(rule.groupBy, groups, &binds);
    }
    QStringList positions;
    for (int i = 1; i <= n; ++i)
        positions.append(QString::number(i));
    sql += QStringLiteral(" GROUP BY ") + positions.join(QStringLiteral(", "));
    if (stale) {
        sql += QStringLiteral(" HAVING max(") + propertySql(rule.timeProperty, &binds)
            + QStringLiteral(") < ?");
        binds.append(utc(now.addSecs(-qint64(rule.maxAgeMinutes) * 60)));
    } else {
        sql += QStringLiteral(" HAVING count(*) >= ?");
        binds.append(rule.minCount);
    }
    if (restricted) {
        result.coverage.subjects = groups;
        result.subjectsEvaluated = groups.size();
    } else {
        result.coverage.full = true;
    }
    sql = withIndex(sql, rule);
    run(
        m_mirror, sql, binds,
        [&](QSqlQuery &q) {
            const QVariantList values = readGroup(q, n);
            Finding f;
            f.subject = encodeGroup(values);
            if (restricted && !groups.contains(f.subject))
                return; // came along with the IN restriction; not asked for
            addGroupFields(rule.groupBy, values, &f);
            const qint64 count = q.value(n).toLongLong();
            f.fields.insert(QStringLiteral("count"), QString::number(count));
            f.fields.insert(QStringLiteral("min_count"), QString::number(rule.minCount));
            f.fields.insert(QStringLiteral("example_id"), q.value(n + 1).toString());
            f.value = double(count);
            if (stale) {
                const QString newest = q.value(n + 2).toString();
                f.value = minutesBetween(parseTime(newest), now);
                f.fields.insert(QStringLiteral("newest"), newest);
                f.setNumber(QStringLiteral("age_minutes"), std::round(f.value));
                f.setNumber(QStringLiteral("age_hours"), std::round(f.value / 60));
                f.setNumber(QStringLiteral("age_days"), std::floor(f.value / 1440));
                addAgeFields(f.value, &f.fields);
            }
            if (!restricted)
                ++result.subjectsEvaluated;
            result.findings.append(f);
        },
        &result.error);
    return result;
}

// Bursts: events of a group in time order, split wherever two consecutive events are more
// than a window apart. A burst alerts when some window-long stretch of it holds min_count
// events and its last event is less than a window old. The alert's window is the burst's
// first event: stable while the burst goes on, identical on every workstation.
RuleRun RuleEvaluator::countInWindow(const Rule &rule, const QDateTime &now, const QStringList *ids,
    const QStringList &activeSubjects) const
{
    RuleRun result;
    const int n = int(rule.groupBy.size());
    QVariantList binds;
    // Bindings in placeholder order: each SQL fragment is built in the order it appears.
    const QString columns = groupColumns(rule.groupBy, &binds);
    const QString timeColumn = propertySql(rule.timeProperty, &binds);
    QString sql = QStringLiteral("SELECT %1, %2 FROM features WHERE ").arg(columns, timeColumn);
    sql += baseWhere(rule, now, &binds);
    const QString time = propertySql(rule.timeProperty, &binds);
    binds.append(utc(now.addSecs(-qint64(kCountLookbackMinutes) * 60)));
    propertySql(rule.timeProperty, &binds);
    binds.append(utc(now));
    sql += QStringLiteral(" AND %1 > ? AND %1 <= ?").arg(time);
    QSet<QString> groups;
    bool restricted = false;
    if (ids) {
        restricted = affectedGroups(
            m_mirror, rule, rule.groupBy, *ids, activeSubjects, &groups, &result.error);
        if (restricted && groups.isEmpty())
            return result;
        if (restricted)
            sql += groupRestriction(rule.groupBy, groups, &binds);
    }
    if (restricted) {
        result.coverage.subjects = groups;
    } else {
        result.coverage.full = true;
    }
    sql = withIndex(sql, rule);
    QHash<QString, QStringList> timesByGroup;
    QHash<QString, QVariantList> valuesByGroup;
    run(
        m_mirror, sql, binds,
        [&](QSqlQuery &q) {
            const QVariantList values = readGroup(q, n);
            const QString key = encodeGroup(values);
            if (restricted && !groups.contains(key))
                return;
            timesByGroup[key].append(q.value(n).toString());
            valuesByGroup.insert(key, values);
        },
        &result.error);
    result.subjectsEvaluated = restricted ? groups.size() : timesByGroup.size();
    const qint64 windowSecs = qint64(rule.windowMinutes) * 60;
    for (auto it = timesByGroup.begin(); it != timesByGroup.end(); ++it) {
        QStringList texts = it.value();
        std::sort(texts.begin(), texts.end());
        QList<QDateTime> times;
        for (const QString &t : texts)
            times.append(parseTime(t));
        // Walk the bursts; only the last one can still be going on.
        int burstStart = 0;
        for (int i = 1; i <= times.size(); ++i) {
            if (i < times.size() && times[i - 1].secsTo(times[i]) <= windowSecs)
                continue;
            const int burstEnd = i - 1;
            const bool ongoing = times[burstEnd].secsTo(now) < windowSecs;
            int peak = 0;
            for (int a = burstStart, b = burstStart; b <= burstEnd; ++b) {
                while (times[a].secsTo(times[b]) > windowSecs)
                    ++a;
                peak = std::max(peak, b - a + 1);
            }
            if (ongoing && peak >= rule.minCount) {
                Finding f;
                f.subject = it.key();
                f.window = texts[burstStart];
                addGroupFields(rule.groupBy, valuesByGroup.value(it.key()), &f);
                f.value = peak;
                f.fields.insert(QStringLiteral("count"), QString::number(peak));
                f.fields.insert(
                    QStringLiteral("total"), QString::number(burstEnd - burstStart + 1));
                f.fields.insert(QStringLiteral("min_count"), QString::number(rule.minCount));
                f.fields.insert(
                    QStringLiteral("window_minutes"), QString::number(rule.windowMinutes));
                f.fields.insert(QStringLiteral("first"), texts[burstStart]);
                f.fields.insert(QStringLiteral("last"), texts[burstEnd]);
                result.findings.append(f);
            }
            burstStart = i;
        }
    }
    return result;
}

// EWMA anomaly (docs/alerts.md): the series' history (all but its latest point, at most
// `history` points) gives an exponentially weighted mean m and variance v; the latest
// value x alerts when (x - m) / s ≥ z, with s = max(√v, √max(m, 1)) — a count's Poisson
// noise floors the spread so a flat history does not make every small rise a spike.
RuleRun RuleEvaluator::spike(const Rule &rule, const QDateTime &now, const QStringList *ids,
    const QStringList &activeSubjects) const
{
    RuleRun result;
    const int n = int(rule.series.size());
    ValueExpression expression;
    QString error;
    ValueExpression::compile(rule.valueExpression, &expression, &error);
    QVariantList binds;
    const QString columns = groupColumns(rule.series, &binds);
    const QString order = propertySql(rule.orderProperty, &binds);
    binds += expression.bindings;
    QString sql = QStringLiteral("SELECT %1, %2, %3 FROM features WHERE ")
                      .arg(columns, order, expression.sql);
    sql += baseWhere(rule, now, &binds);
    sql += QStringLiteral(" AND %1 IS NOT NULL").arg(propertySql(rule.orderProperty, &binds));
    QSet<QString> groups;
    bool restricted = false;
    if (ids) {
        restricted = affectedGroups(
            m_mirror, rule, rule.series, *ids, activeSubjects, &groups, &result.error);
        if (restricted && groups.isEmpty())
            return result;
        if (restricted)
            sql += groupRestriction(rule.series, groups, &binds);
    }
    if (restricted)
        result.coverage.subjects = groups;
    else
        result.coverage.full = true;
    sql = withIndex(sql, rule);
    struct Point
    {
        QString order;
        double value;
    };
    QHash<QString, QList<Point>> seriesPoints;
    QHash<QString, QVariantList> valuesBySeries;
    run(
        m_mirror, sql, binds,
        [&](QSqlQuery &q) {
            const QVariantList values = readGroup(q, n);
            const QString key = encodeGroup(values);
            if (q.value(n + 1).isNull() || (restricted && !groups.contains(key)))
                return;
            seriesPoints[key].append({ q.value(n).toString(), q.value(n + 1).toDouble() });
            valuesBySeries.insert(key, values);
        },
        &result.error);
    result.subjectsEvaluated = restricted ? groups.size() : seriesPoints.size();
    for (auto it = seriesPoints.begin(); it != seriesPoints.end(); ++it) {
        QList<Point> &points = it.value();
        std::sort(points.begin(), points.end(),
            [](const Point &a, const Point &b) { return a.order < b.order; });
        const qsizetype historyCount = std::min<qsizetype>(points.size() - 1, rule.historyLength);
        if (historyCount < rule.minHistory)
            continue;
        const Point latest = points.last();
        double mean = points[points.size() - 1 - historyCount].value;
        double variance = 0;
        for (qsizetype i = points.size() - historyCount; i < points.size() - 1; ++i) {
            const double d = points[i].value - mean;
            mean += rule.alpha * d;
            variance = (1 - rule.alpha) * (variance + rule.alpha * d * d);
        }
        const double spread = std::max(std::sqrt(variance), std::sqrt(std::max(mean, 1.0)));
        const double z = (latest.value - mean) / spread;
        const bool up = z >= rule.zThreshold && latest.value >= rule.minValue;
        const bool down = -z >= rule.zThreshold;
        if (!((rule.direction != QLatin1String("down") && up)
                || (rule.direction != QLatin1String("up") && down)))
            continue;
        Finding f;
        f.subject = it.key();
        f.window = latest.order;
        addGroupFields(rule.series, valuesBySeries.value(it.key()), &f);
        f.value = latest.value;
        f.setNumber(QStringLiteral("value"), latest.value);
        f.setNumber(QStringLiteral("expected"), std::round(mean * 10) / 10);
        f.setDecimalText(QStringLiteral("z"), QString::number(z, 'f', 1));
        f.fields.insert(QStringLiteral("period"), latest.order);
        result.findings.append(f);
    }
    return result;
}

// Actual vs plan for the current year: the year-to-date sum against the annual target
// pro rata (months covered / 12), or the latest value against the target (rates).
RuleRun RuleEvaluator::planDeviation(const Rule &rule, const QDateTime &now) const
{
    RuleRun result;
    result.coverage.full = true;
    const QStringList actualKeys = rule.match.keys();
    QStringList targetKeys;
    for (const QString &k : actualKeys)
        targetKeys.append(rule.match.value(k));
    const int n = int(actualKeys.size());
    const QString year = localDate(now).left(4);
    ValueExpression expression;
    QString error;
    ValueExpression::compile(rule.valueExpression, &expression, &error);

    // Targets of this year by their match values.
    QHash<QString, double> targets;
    {
        QVariantList binds;
        const QString columns = groupColumns(targetKeys, &binds);
        const QString value = propertySql(rule.targetValueProperty, &binds);
        QString sql = QStringLiteral("SELECT %1, %2 FROM features WHERE collection = ? AND ")
                          .arg(columns, value);
        binds.append(rule.targetCollection);
        sql += QStringLiteral("CAST(%1 AS TEXT) = ?")
                   .arg(propertySql(rule.targetYearProperty, &binds));
        binds.append(year);
        run(
            m_mirror, sql, binds,
            [&](QSqlQuery &q) {
                if (!q.value(n).isNull())
                    targets.insert(encodeGroup(readGroup(q, n)), q.value(n).toDouble());
            },
            &result.error);
    }
    if (targets.isEmpty())
        return result;

    // Bindings in placeholder order: group paths, the period path, the value (a bare
    // column: SQLite takes it from the row of max(period)), the value again in sum().
    QVariantList binds;
    const QString columns = groupColumns(actualKeys, &binds);
    const QString period = propertySql(rule.periodProperty, &binds);
    QString sql = QStringLiteral("SELECT %1, max(%2), %3, sum(%3), count(*) FROM features WHERE ")
                      .arg(columns, period, expression.sql);
    binds += expression.bindings;
    binds += expression.bindings;
    sql += baseWhere(rule, now, &binds);
    sql += QStringLiteral(" AND substr(%1, 1, 4) = ?")
               .arg(propertySql(rule.periodProperty, &binds));
    binds.append(year);
    QStringList positions;
    for (int i = 1; i <= n; ++i)
        positions.append(QString::number(i));
    sql += QStringLiteral(" GROUP BY ") + positions.join(QStringLiteral(", "));
    sql = withIndex(sql, rule);
    run(
        m_mirror, sql, binds,
        [&](QSqlQuery &q) {
            const QVariantList values = readGroup(q, n);
            const QString key = encodeGroup(values);
            ++result.subjectsEvaluated;
            const auto target = targets.constFind(key);
            if (target == targets.constEnd() || *target == 0)
                return;
            const QString latestPeriod = q.value(n).toString();
            const int month = QDate::fromString(latestPeriod.left(10), Qt::ISODate).month();
            double actual;
            double expected;
            if (rule.aggregate == QLatin1String("sum")) {
                actual = q.value(n + 2).toDouble();
                // In 64 bits: the parser lets period_months be as large as an int (UBSan
                // found the overflow with tests/fuzz/regressions/alertrules/).
                const qint64 covered
                    = std::min<qint64>(12, qint64(std::max(1, month)) - 1 + rule.periodMonths);
                expected = *target * covered / 12.0;
            } else {
                actual = q.value(n + 1).toDouble();
                expected = *target;
            }
            const double percent = 100.0 * actual / expected;
            const bool raise
                = rule.minPercent >= 0 ? percent < rule.minPercent : percent > rule.maxPercent;
            if (!raise)
                return;
            Finding f;
            f.subject = key;
            f.window = year;
            addGroupFields(actualKeys, values, &f);
            f.value = percent;
            f.setNumber(QStringLiteral("actual"), std::round(actual * 10) / 10);
            f.setNumber(QStringLiteral("expected"), std::round(expected * 10) / 10);
            f.setNumber(QStringLiteral("target"), *target);
            f.setDecimalText(QStringLiteral("percent"), QString::number(percent, 'f', 1));
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
