#pragma once

// Helpers shared by the "places" modules (health, education, tourism, cameras), whose
// figures come from things with a location: a hospital, a school, a hotel, a camera.

#include "core/admingeography.h"
#include "core/dashboard.h"
#include "core/sqlitefile.h"

#include <QSqlQuery>
#include <QVariant>
#include <functional>

namespace ioc::core {

// A place belongs wholly to one area, never in fractions: to the area holding most of its
// unit's population (so each place of a new commune split across two former districts
// counts in exactly one of them, the one `AdminGeography::districtOf` names too).
inline bool placeInArea(const AdminGeography &geo, const UnitRef &placeUnit, const UnitRef &area)
{
    if (area.code.isEmpty())
        return true;
    return geo.shareIn(placeUnit, area) > 0.5 - 1e-9;
}

// The units one level below `area` that the charts break figures down by: the former
// districts for the province, the communes of `era` for a district, the area itself below.
inline QList<UnitRef> subUnitsOf(const AdminGeography &geo, const UnitRef &area, AdminEra era)
{
    QList<UnitRef> units;
    if (area.code.isEmpty()) {
        for (const AdminUnitInfo &d : geo.districts())
            units.append({ d.code, AdminEra::Before });
        return units;
    }
    const AdminUnitInfo *info = geo.unit(area.code, area.era);
    if (info && info->level == QLatin1String("district")) {
        for (const AdminUnitInfo &c : geo.communesIn(area.code, era))
            units.append({ c.code, c.era });
        return units;
    }
    units.append(area);
    return units;
}

// Runs a prepared statement with positional binds and hands each row to `row`.
inline bool forEachRow(const SqliteFile &mirror, const QString &sql, const QVariantList &binds,
    const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(mirror.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return false;
    while (query.next())
        row(query);
    return true;
}

// A KPI with its trend sized to the buckets.
inline KpiValue makeKpi(const QString &id, const QString &label, const QString &unit, int buckets,
    bool isRate = false, bool higherIsBetter = true)
{
    KpiValue k;
    k.id = id;
    k.label = label;
    k.unit = unit;
    k.isRate = isRate;
    k.decimals = isRate ? 1 : 0;
    k.higherIsBetter = higherIsBetter;
    k.trend = noValues(buckets);
    return k;
}

inline std::optional<double> percentOf(double part, double whole)
{
    if (whole <= 0)
        return std::nullopt;
    return part / whole * 100.0;
}

} // namespace ioc::core
