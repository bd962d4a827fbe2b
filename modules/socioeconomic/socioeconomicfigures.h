#pragma once

#include "core/admingeography.h"
#include "core/sqlitefile.h"
#include "core/timefilter.h"

#include <QHash>
#include <memory>
#include <optional>

namespace ioc::socioeconomic {

// An indicator of the catalogue (se_indicators).
struct Indicator
{
    QString code;
    QString name;
    QString unit;
    bool quarterly = false;
    bool additive = true; // "sum": adds up over areas and periods; else a rate
    bool higherIsBetter = true;
    QString field; // growth, budget, investment, industry, trade, prices, … (translated)
};

// One reported value (se_observations).
struct Observation
{
    QString unitCode;
    QDate periodStart;
    double value = 0;
};

// The socio-economic figures of an area and period, from the cached observations and
// targets. Values are reported by the province and, before the reform, by its districts,
// after it by the new communes; an area of the other era gets them rolled up through the
// lineage (core::AdminGeography), and says so.
class SeFigures
{
public:
    SeFigures(
        const core::SqliteFile &mirror, std::shared_ptr<const core::AdminGeography> geography);

    QList<Indicator> indicators() const { return m_indicators; }
    std::optional<Indicator> indicator(const QString &code) const;
    const QList<Observation> &observations(const QString &indicatorCode) const;

    // The indicator's value for `area` over `range`: the province's own rows for the
    // province, otherwise the units' rows weighted by their share in the area; over several
    // periods summed (amounts) or averaged (rates). No rows: no value.
    std::optional<double> value(const QString &indicatorCode, const core::UnitRef &area,
        const core::DateRange &range, bool *converted = nullptr) const;
    // Annual target of the province for `year`.
    std::optional<double> target(const QString &indicatorCode, int year) const;
    // The plan for a range: amounts pro rata of the days of each year in it, rates the
    // target of the range's last year.
    std::optional<double> plan(const QString &indicatorCode, const core::DateRange &range) const;

    // The targets scoreboard of a year, up to `asOf`: amounts year-to-date against the
    // pro-rata plan of the months reported, rates the latest value against the target.
    struct Score
    {
        QString code;
        double achievedPercent = 0; // actual / plan × 100
        bool met = false;
    };
    QList<Score> scoreboard(int year, const QDate &asOf) const;

private:
    void loadCatalogue();

    const core::SqliteFile &m_mirror;
    std::shared_ptr<const core::AdminGeography> m_geography;
    QList<Indicator> m_indicators;
    QHash<QString, double> m_targets; // "CODE/year"
    mutable QHash<QString, QList<Observation>> m_observations;
};

// The whole province: no area, or the province itself.
bool isProvince(const core::UnitRef &area, const core::AdminGeography &geography);

} // namespace ioc::socioeconomic
