#pragma once

#include "core/admingeography.h"
#include "core/sqlitefile.h"
#include "core/timefilter.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace ioc::publicservices {

// 1 July 2025, 00:00 UTC+7: a dossier received before belongs to the old units.
inline const QString kReformUtc = QStringLiteral("2025-06-30T17:00:00Z");

// Counts per (unit, era) of one range, weighted into an area afterwards.
struct UnitCounts
{
    QString unit;
    bool before = false;
    double a = 0; // the counted quantity
    double b = 0; // a second one (online, on time…)
};

// The rows' `field` weighted into `area` by each unit's share in it; sets `converted` when a
// unit of the other era counted only in part.
double weigh(const QList<UnitCounts> &rows, const core::AdminGeography &geo,
    const core::UnitRef &area, double UnitCounts::*field, bool *converted);

// The dashboard's range and instant queries of ps_dossier_facts, weighted into one area.
// `converted` says whether any count went through the unit lineage.
class DossierQueries
{
public:
    DossierQueries(
        const core::SqliteFile &mirror, const core::AdminGeography &geo, const core::UnitRef &area)
        : m_db(mirror.connection())
        , m_geo(geo)
        , m_area(area)
    { }

    bool converted = false;

    // Rows of (unit_code, received before the reform, a, b) of `sql`.
    QList<UnitCounts> grouped(const QString &sql, const QStringList &binds) const;

    // Received in the range, and of them online.
    QPair<double, double> received(const core::DateRange &range);
    // Resolved in the range, and of them on time.
    QPair<double, double> resolved(const core::DateRange &range);
    // Open at the instant, and of them overdue.
    QPair<double, double> openAt(const QString &instant);

    QSqlDatabase db() const { return m_db; }

private:
    QSqlDatabase m_db;
    const core::AdminGeography &m_geo;
    core::UnitRef m_area;
};

} // namespace ioc::publicservices
