#include "socioeconomic/socioeconomicfigures.h"

#include "socioeconomic/tr.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace ioc::socioeconomic {

namespace {

// The catalogue has no field; the province groups its indicators this way (Decision
// 2581/QĐ-UBND). Unknown codes fall under "Other".
const char *fieldOf(const QString &code)
{
    static const QHash<QString, const char *> fields = {
        { QStringLiteral("GRDP_GROWTH"), QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Growth") },
        { QStringLiteral("IIP"), QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Industry") },
        { QStringLiteral("STEEL"), QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Industry") },
        { QStringLiteral("ELEC"), QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Industry") },
        { QStringLiteral("BUDGET_REV"), QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Budget") },
        { QStringLiteral("INVESTMENT"), QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Investment") },
        { QStringLiteral("FDI_REGISTERED"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Investment") },
        { QStringLiteral("PUBLIC_INVEST_DISB"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Investment") },
        { QStringLiteral("EXPORT"), QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Trade") },
        { QStringLiteral("RETAIL"), QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Trade") },
        { QStringLiteral("CPI"), QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Prices") },
        { QStringLiteral("VISITORS"), QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Services") },
        { QStringLiteral("NEW_ENTERPRISES"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Enterprises") },
        { QStringLiteral("DOSSIERS"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Administrative reform") },
        { QStringLiteral("ONLINE_RATE"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Administrative reform") },
        { QStringLiteral("ONTIME_RATE"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Administrative reform") },
        { QStringLiteral("AQUA"), QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Agriculture") },
        { QStringLiteral("RICE"), QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Agriculture") },
        { QStringLiteral("NEW_JOBS"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Labour and society") },
        { QStringLiteral("UNEMPLOYMENT"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Labour and society") },
        { QStringLiteral("HEALTH_INSURANCE"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Labour and society") },
        { QStringLiteral("TRAFFIC_ACCIDENTS"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Labour and society") },
    };
    return fields.value(code, QT_TRANSLATE_NOOP("ioc::socioeconomic::Tr", "Other"));
}

} // namespace

bool isProvince(const core::UnitRef &area, const core::AdminGeography &geography)
{
    return area.code.isEmpty() || area.code == geography.provinceCode();
}

SeFigures::SeFigures(
    const core::SqliteFile &mirror, std::shared_ptr<const core::AdminGeography> geography)
    : m_mirror(mirror)
    , m_geography(std::move(geography))
{
    loadCatalogue();
}

void SeFigures::loadCatalogue()
{
    QSqlQuery query(m_mirror.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral(
            "SELECT id, json_extract(properties, '$.name'), json_extract(properties, '$.unit'), "
            "json_extract(properties, '$.frequency'), json_extract(properties, '$.aggregation'), "
            "json_extract(properties, '$.higher_is_better') "
            "FROM features WHERE collection = 'se_indicators' ORDER BY id"))) {
        while (query.next()) {
            Indicator indicator;
            indicator.code = query.value(0).toString();
            indicator.name = query.value(1).toString();
            indicator.unit = query.value(2).toString();
            indicator.quarterly = query.value(3).toString() == QLatin1String("quarterly");
            indicator.additive = query.value(4).toString() != QLatin1String("rate");
            indicator.higherIsBetter = query.value(5).isNull() || query.value(5).toInt() != 0;
            indicator.field = Tr::tr(fieldOf(indicator.code));
            m_indicators.append(indicator);
        }
    }
    std::stable_sort(m_indicators.begin(), m_indicators.end(),
        [](const Indicator &a, const Indicator &b) { return a.field < b.field; });
    if (query.exec(QStringLiteral("SELECT json_extract(properties, '$.indicator'), "
                                  "json_extract(properties, '$.year'), "
                                  "json_extract(properties, '$.target') "
                                  "FROM features WHERE collection = 'se_targets'"))) {
        while (query.next())
            m_targets.insert(
                query.value(0).toString() + QLatin1Char('/') + query.value(1).toString(),
                query.value(2).toDouble());
    }
}

std::optional<Indicator> SeFigures::indicator(const QString &code) const
{
    for (const Indicator &indicator : m_indicators)
        if (indicator.code == code)
            return indicator;
    return std::nullopt;
}

const QList<Observation> &SeFigures::observations(const QString &indicatorCode) const
{
    auto it = m_observations.find(indicatorCode);
    if (it != m_observations.end())
        return *it;
    QList<Observation> rows;
    QSqlQuery query(m_mirror.connection());
    query.setForwardOnly(true);
    // Matches the expression of se_observation_indicator, so the index is used.
    query.prepare(QStringLiteral(
        "SELECT json_extract(properties, '$.unit_code'), json_extract(properties, "
        "'$.period_start'), json_extract(properties, '$.value') FROM features "
        "WHERE collection = 'se_observations' AND json_extract(properties, '$.indicator') = ?"));
    query.addBindValue(indicatorCode);
    if (query.exec()) {
        while (query.next()) {
            const QDate start = QDate::fromString(query.value(1).toString(), Qt::ISODate);
            if (start.isValid() && !query.value(2).isNull())
                rows.append({ query.value(0).toString(), start, query.value(2).toDouble() });
        }
    }
    return *m_observations.insert(indicatorCode, rows);
}

std::optional<double> SeFigures::value(const QString &indicatorCode, const core::UnitRef &area,
    const core::DateRange &range, bool *converted) const
{
    const auto spec = indicator(indicatorCode);
    if (!spec)
        return std::nullopt;
    const bool wholeProvince = isProvince(area, *m_geography);
    struct Accumulator
    {
        double weighted = 0;
        double weights = 0;
    };
    QMap<QDate, Accumulator> periods;
    QHash<QString, double> populations;
    for (const Observation &o : observations(indicatorCode)) {
        if (!range.contains(o.periodStart))
            continue;
        const bool provinceRow = o.unitCode == m_geography->provinceCode();
        if (provinceRow != wholeProvince)
            continue; // the province's own figure, or its units' — never both
        Accumulator &acc = periods[o.periodStart];
        if (wholeProvince) {
            acc.weighted = o.value;
            acc.weights = 1;
            continue;
        }
        const core::UnitRef unit { o.unitCode, core::eraOf(o.periodStart) };
        const double share = m_geography->shareIn(unit, area);
        if (share <= 0)
            continue;
        if (share < 0.999 && converted)
            *converted = true;
        if (spec->additive) {
            acc.weighted += o.value * share;
            acc.weights += share;
        } else {
            // A rate of an area is the population-weighted mean of the rates inside it.
            const QString key = unit.code + (unit.era == core::AdminEra::Before ? u'<' : u'>');
            auto pop = populations.constFind(key);
            if (pop == populations.constEnd())
                pop = populations.insert(key, m_geography->overlapPopulation(unit, unit));
            const double weight = share * std::max(1.0, *pop);
            acc.weighted += o.value * weight;
            acc.weights += weight;
        }
    }
    double total = 0;
    int count = 0;
    for (const Accumulator &acc : std::as_const(periods)) {
        if (acc.weights <= 0)
            continue;
        total += spec->additive ? acc.weighted : acc.weighted / acc.weights;
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return spec->additive ? total : total / count;
}

std::optional<double> SeFigures::target(const QString &indicatorCode, int year) const
{
    const auto it = m_targets.constFind(indicatorCode + QLatin1Char('/') + QString::number(year));
    if (it == m_targets.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<double> SeFigures::plan(
    const QString &indicatorCode, const core::DateRange &range) const
{
    const auto spec = indicator(indicatorCode);
    if (!spec || !range.isValid())
        return std::nullopt;
    if (!spec->additive)
        return target(indicatorCode, range.last.year());
    double total = 0;
    for (int year = range.first.year(); year <= range.last.year(); ++year) {
        const auto yearly = target(indicatorCode, year);
        if (!yearly)
            return std::nullopt;
        const QDate first = std::max(range.first, QDate(year, 1, 1));
        const QDate last = std::min(range.last, QDate(year, 12, 31));
        total += *yearly * double(first.daysTo(last) + 1) / double(QDate(year, 1, 1).daysInYear());
    }
    return total;
}

QList<SeFigures::Score> SeFigures::scoreboard(int year, const QDate &asOf) const
{
    QList<Score> scores;
    const core::UnitRef province { m_geography->provinceCode(), core::AdminEra::After };
    for (const Indicator &spec : m_indicators) {
        const auto yearly = target(spec.code, year);
        if (!yearly || *yearly == 0)
            continue;
        // The reported periods of the year up to asOf, at province level.
        QDate latest;
        double sum = 0;
        double latestValue = 0;
        for (const Observation &o : observations(spec.code)) {
            if (o.unitCode != m_geography->provinceCode() || o.periodStart.year() != year
                || o.periodStart > asOf)
                continue;
            sum += o.value;
            if (!latest.isValid() || o.periodStart > latest) {
                latest = o.periodStart;
                latestValue = o.value;
            }
        }
        if (!latest.isValid())
            continue;
        Score score;
        score.code = spec.code;
        if (spec.additive) {
            // Plan pro rata of the reported months (a quarter counts three).
            const int months = latest.month() + (spec.quarterly ? 2 : 0);
            const double planned = *yearly * months / 12.0;
            score.achievedPercent = sum / planned * 100.0;
        } else {
            score.achievedPercent = latestValue / *yearly * 100.0;
        }
        score.met
            = spec.higherIsBetter ? score.achievedPercent >= 100.0 : score.achievedPercent <= 100.0;
        scores.append(score);
    }
    Q_UNUSED(province);
    return scores;
}

} // namespace ioc::socioeconomic
