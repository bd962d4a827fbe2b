#include "alerts/messageformatter.h"

#include "alerts/finding.h"
#include "alerts/rule.h"
#include "alerts/rulemessage.h"
#include "alerts/valueexpression.h"
#include "core/sqlitefile.h"

#include <QSqlQuery>
#include <QVariant>

namespace ioc::alerts {

MessageFormatter::MessageFormatter(const core::SqliteFile &mirror)
    : m_mirror(mirror)
{ }

void MessageFormatter::reloadUnits()
{
    m_units.clear();
    QSqlQuery query(m_mirror.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT json_extract(properties, '$.code'), json_extract(properties, '$.name'), "
            "min_lon, min_lat, max_lon, max_lat, json_extract(properties, '$.valid_to') "
            "FROM features WHERE collection = 'admin_units'")))
        return;
    while (query.next()) {
        const QString code = query.value(0).toString();
        const bool current = query.value(6).isNull();
        if (m_units.contains(code) && !current)
            continue; // prefer the unit as it is today
        Unit unit;
        unit.name = query.value(1).toString();
        if (!query.value(2).isNull()) {
            unit.lon = (query.value(2).toDouble() + query.value(4).toDouble()) / 2;
            unit.lat = (query.value(3).toDouble() + query.value(5).toDouble()) / 2;
        }
        m_units.insert(code, unit);
    }
}

QString MessageFormatter::lookUp(
    const QString &collection, const QString &property, const QString &id)
{
    const QString cacheKey = collection + QChar(0x1f) + property + QChar(0x1f) + id;
    auto cached = m_lookups.constFind(cacheKey);
    if (cached != m_lookups.constEnd())
        return *cached;
    QString value = id; // unknown: show the id rather than nothing
    const QString path = propertySql(property); // empty for a name the parser would refuse
    QSqlQuery query(m_mirror.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM features WHERE collection = ? AND id = ?").arg(path));
    query.addBindValue(collection);
    query.addBindValue(id);
    if (!path.isEmpty() && query.exec() && query.next() && !query.value(0).toString().isEmpty())
        value = query.value(0).toString();
    m_lookups.insert(cacheKey, value);
    return value;
}

FormattedFinding MessageFormatter::format(const Rule &rule, const Finding &finding)
{
    FormattedFinding out;
    QHash<QString, QString> fields = finding.fields;
    out.lon = finding.lon;
    out.lat = finding.lat;
    const auto unit = m_units.constFind(finding.unitCode);
    if (unit != m_units.constEnd()) {
        fields.insert(QStringLiteral("unit_name"), unit->name);
        if (std::isnan(out.lon)) {
            out.lon = unit->lon;
            out.lat = unit->lat;
        }
    } else {
        fields.insert(QStringLiteral("unit_name"), finding.unitCode);
    }
    for (const Lookup &lookup : rule.lookups) {
        const QString key = fields.value(lookup.from);
        if (!key.isEmpty())
            fields.insert(lookup.field, lookUp(lookup.collection, lookup.property, key));
    }
    out.messageVi = renderTemplate(rule.messageVi, vietnameseFields(fields, finding.decimalFields));
    out.messageEn = renderTemplate(rule.messageEn, fields);
    return out;
}

} // namespace ioc::alerts
