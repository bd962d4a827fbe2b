#include "health/facilityqueries.h"

#include "core/sqlitefile.h"

#include <QSqlQuery>
#include <QVariant>

namespace ioc::health {

std::optional<FacilityRecord> readFacility(const core::SqliteFile &mirror, const QString &id)
{
    QSqlQuery q(mirror.connection());
    q.prepare(QStringLiteral("SELECT json_extract(properties, '$.name'), "
                             "json_extract(properties, '$.kind'), "
                             "json_extract(properties, '$.beds'), "
                             "json_extract(properties, '$.national_standard') FROM features "
                             "WHERE collection = 'health_facilities' AND id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    FacilityRecord facility;
    facility.id = id;
    facility.name = q.value(0).toString();
    facility.kind = q.value(1).toString();
    facility.beds = q.value(2).toInt();
    facility.meetsNationalStandard = q.value(3).toBool();

    QSqlQuery days(mirror.connection());
    days.setForwardOnly(true);
    days.prepare(QStringLiteral("SELECT date, occupied, beds FROM health_occupancy_facts "
                                "WHERE facility_id = ? ORDER BY date"));
    days.addBindValue(id);
    if (days.exec()) {
        while (days.next()) {
            const double beds = days.value(2).toDouble();
            if (beds <= 0)
                continue;
            facility.occupancy.append({ QDate::fromString(days.value(0).toString(), Qt::ISODate),
                days.value(1).toDouble() / beds * 100.0 });
        }
    }
    return facility;
}

} // namespace ioc::health
