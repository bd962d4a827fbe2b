#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ioc::core {
class SqliteFile;
}

namespace ioc::health {

// One facility as the "Facility" tab shows it, read from the mirror.
struct FacilityRecord
{
    QString id;
    QString name;
    QString kind; // as served: general_hospital, commune_health_station, …
    int beds = 0;
    bool meetsNationalStandard = false;
    struct Day
    {
        QDate date;
        double occupancyPercent = 0; // occupied / beds × 100
    };
    QList<Day> occupancy; // oldest first; days without beds are left out
};

// Reads a facility and its daily bed occupancy (health_occupancy_facts). Runs SQL: call it
// on a worker (FacilityDetail does, through QtConcurrent). std::nullopt when the facility
// is not in the cache.
std::optional<FacilityRecord> readFacility(const core::SqliteFile &mirror, const QString &id);

} // namespace ioc::health
