#include "socioeconomic/sedashboard.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace ioc::socioeconomic {

namespace {

const char *const kContext = "ioc::socioeconomic::SeDashboard";

QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

// The catalogue has no field; the province groups its indicators this way (Decision
// 2581/QĐ-UBND). Unknown codes fall under "Other".
const char *fieldOf(const QString &code)
{
    static const QHash<QString, const char *> fields = {
        { QStringLiteral("GRDP_GROWTH"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Growth") },
        { QStringLiteral("IIP"), QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Industry") },
        { QStringLiteral("STEEL"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Industry") },
        { QStringLiteral("ELEC"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Industry") },
        { QStringLiteral("BUDGET_REV"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Budget") },
        { QStringLiteral("INVESTMENT"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Investment") },
        { QStringLiteral("FDI_REGISTERED"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Investment") },
        { QStringLiteral("PUBLIC_INVEST_DISB"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Investment") },
        { QStringLiteral("EXPORT"), QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Trade") },
        { QStringLiteral("RETAIL"), QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Trade") },
        { QStringLiteral("CPI"), QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Prices") },
        { QStringLiteral("VISITORS"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Services") },
        { QStringLiteral("NEW_ENTERPRISES"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Enterprises") },
        { QStringLiteral("DOSSIERS"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Administrative reform") },
        { QStringLiteral("ONLINE_RATE"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Administrative reform") },
        { QStringLiteral("ONTIME_RATE"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Administrative reform") },
        { QStringLiteral("AQUA"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Agriculture") },
        { QStringLiteral("RICE"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Agriculture") },
        { QStringLiteral("NEW_JOBS"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Labour and society") },
        { QStringLiteral("UNEMPLOYMENT"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Labour and society") },
        { QStringLiteral("HEALTH_INSURANCE"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Labour and society") },
        { QStringLiteral("TRAFFIC_ACCIDENTS"),
            QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Labour and society") },
    };
    return fields.value(code, QT_TRANSLATE_NOOP("ioc::socioeconomic::SeDashboard", "Other"));
}

bool isProvince(const core::UnitRef &area, const core::AdminGeography &geography)
{
    return area.code.isEmpty() || area.code == geography.provinceCode();
}

int decimalsFor(const Indicator &indicator)
{
    return indicator.additive ? (indicator.unit == QLatin1String("triệu USD") ? 1 : 0) : 1;
}

} // namespace

core::TimeFilter effectiveTimeFilter(const core::TimeFilter &filter, bool quarterly)
{
    core::TimeFilter effective = filter;
    const core::Granularity finest
        = quarterly ? core::Granularity::Quarter : core::Granularity::Month;
    if (int(effective.granularity) < int(finest))
        effective.granularity = finest;
    return effective;
}

QList<core::Migration> seCacheMigrations()
{
    return { core::Migration::fromStatements(1, QStringLiteral("observations by indicator"),
        { QStringLiteral("CREATE INDEX IF NOT EXISTS se_observation_indicator ON features "
                         "(json_extract(properties, '$.indicator')) "
                         "WHERE collection = 'se_observations'") }) };
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
            indicator.field = QCoreApplication::translate(kContext, fieldOf(indicator.code));
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

QStringList SeDashboard::headlineIndicators()
{
    return { QStringLiteral("GRDP_GROWTH"), QStringLiteral("BUDGET_REV"),
        QStringLiteral("EXPORT") };
}

namespace {

struct Shown
{
    std::optional<double> value;
    core::DateRange range;
    bool fellBack = false;
};

// The selected period's value, or — when it has not been reported yet (figures are
// published after the period) — the latest reported period within the last six.
Shown latestValue(const SeFigures &figures, const QString &code, const core::UnitRef &area,
    const core::TimeFilter &filter, bool *converted)
{
    Shown shown { figures.value(code, area, filter.period(), converted), filter.period(), false };
    if (shown.value || filter.custom.isValid())
        return shown;
    core::DateRange range = filter.period();
    for (int step = 0; step < 6; ++step) {
        range = core::periodContaining(filter.granularity, range.first.addDays(-1));
        if (const auto v = figures.value(code, area, range, converted)) {
            return { v, range, true };
        }
    }
    return shown;
}

core::DateRange yearEarlier(const core::DateRange &range)
{
    return { range.first.addYears(-1), range.last.addYears(-1) };
}

} // namespace

core::DashboardData SeDashboard::compute(
    const core::SqliteFile &mirror, const core::DashboardQuery &query) const
{
    core::DashboardData data;
    auto geography = std::make_shared<core::AdminGeography>(core::AdminGeography::load(mirror));
    data.geography = geography;
    SeFigures figures(mirror, geography);
    const QList<Indicator> catalogue = figures.indicators();
    if (catalogue.isEmpty())
        return data;
    data.selectorLabel = tr("Indicator");
    for (const Indicator &indicator : catalogue)
        data.selectorChoices.append(
            { indicator.code, QStringLiteral("%1 — %2").arg(indicator.field, indicator.name) });

    QString selected
        = query.selector.isEmpty() ? QString::fromLatin1(kDefaultIndicator) : query.selector;
    if (!figures.indicator(selected))
        selected = catalogue.first().code;
    const Indicator spec = *figures.indicator(selected);
    data.selectorValue = selected;
    const core::TimeFilter filter = effectiveTimeFilter(query.time, spec.quarterly);
    const bool wholeProvince = isProvince(query.area, *geography);
    bool converted = false;

    const QList<core::DateRange> buckets = filter.trendBuckets(12);
    for (const core::DateRange &bucket : buckets)
        data.trendLabels.append(core::bucketLabel(filter.granularity, bucket));

    auto makeKpi = [&](const Indicator &indicator) {
        const core::TimeFilter own = effectiveTimeFilter(query.time, indicator.quarterly);
        core::KpiValue kpi;
        kpi.id = indicator.code;
        kpi.label = indicator.name;
        kpi.unit = indicator.unit;
        kpi.decimals = decimalsFor(indicator);
        kpi.higherIsBetter = indicator.higherIsBetter;
        kpi.isRate = !indicator.additive;
        const Shown shown = latestValue(figures, indicator.code, query.area, own, &converted);
        kpi.value = shown.value;
        if (shown.fellBack)
            kpi.periodLabel
                = tr("Latest reported: %1").arg(core::bucketLabel(own.granularity, shown.range));
        else
            kpi.periodLabel = core::bucketLabel(own.granularity, shown.range);
        const core::DateRange previous
            = core::periodContaining(own.granularity, shown.range.first.addDays(-1));
        kpi.previous = figures.value(indicator.code, query.area,
            own.custom.isValid() ? own.previousPeriod() : previous, &converted);
        if (own.compareLastYear)
            kpi.lastYear
                = figures.value(indicator.code, query.area, yearEarlier(shown.range), &converted);
        if (wholeProvince)
            kpi.plan = figures.plan(indicator.code, shown.range);
        kpi.trend = core::noValues(int(buckets.size()));
        for (int i = 0; i < buckets.size(); ++i)
            if (const auto v = figures.value(indicator.code, query.area, buckets[i], &converted))
                kpi.trend[i] = *v;
        return kpi;
    };

    data.kpis.append(makeKpi(spec));
    for (const QString &code : headlineIndicators()) {
        if (code == selected || data.kpis.size() >= 4)
            continue;
        if (const auto indicator = figures.indicator(code))
            data.kpis.append(makeKpi(*indicator));
    }

    // Targets met (province plan, year to date).
    const QDate asOf = filter.period().last;
    const QList<SeFigures::Score> scores = figures.scoreboard(asOf.year(), asOf);
    const auto metCount = [](const QList<SeFigures::Score> &list) {
        return double(std::count_if(
            list.begin(), list.end(), [](const SeFigures::Score &s) { return s.met; }));
    };
    core::KpiValue met;
    met.id = QStringLiteral("targets_met");
    met.label = tr("Targets met (year to date)");
    met.unit = tr("of %1 targets").arg(scores.size());
    met.countChange = true;
    if (!scores.isEmpty())
        met.value = metCount(scores);
    met.periodLabel = tr("Province plan %1").arg(asOf.year());
    const QList<SeFigures::Score> lastYearScores
        = figures.scoreboard(asOf.year() - 1, asOf.addYears(-1));
    if (!lastYearScores.isEmpty() && query.time.compareLastYear)
        met.lastYear = metCount(lastYearScores);
    met.trend = core::noValues(int(buckets.size()));
    data.kpis.append(met);

    // Chart 1: the selected indicator's trend with its plan and last year.
    const Shown shown = latestValue(figures, selected, query.area, filter, &converted);
    core::ChartData trend;
    trend.id = QStringLiteral("indicator");
    trend.title = tr("%1: actual and plan").arg(spec.name);
    trend.unit = spec.unit;
    trend.categories = data.trendLabels;
    core::ChartSeries actual { tr("Actual"), core::noValues(int(buckets.size())) };
    core::ChartSeries planned { tr("Plan (pro rata)"), core::noValues(int(buckets.size())) };
    core::ChartSeries previousYear { tr("Same period last year"),
        core::noValues(int(buckets.size())) };
    for (int i = 0; i < buckets.size(); ++i) {
        actual.values[i] = data.kpis.first().trend[i];
        if (const auto p = figures.plan(selected, buckets[i]); p && wholeProvince)
            planned.values[i] = *p;
        if (const auto v = figures.value(selected, query.area, yearEarlier(buckets[i]), &converted))
            previousYear.values[i] = *v;
    }
    trend.series.append(actual);
    if (wholeProvince)
        trend.series.append(planned);
    if (filter.compareLastYear)
        trend.series.append(previousYear);
    trend.reformIndex = core::firstBucketAfterReform(buckets);
    if (!wholeProvince)
        trend.note = tr("Targets are set for the province only: no plan line for a part of it.");
    data.charts.append(trend);

    // Chart 2 and the map: by former district, the new communes rolled up through the
    // lineage after the reform (the map's polygons are the former districts).
    core::ChartData byArea;
    byArea.id = QStringLiteral("by_district");
    byArea.title = tr("%1 by district").arg(spec.name);
    byArea.unit = spec.unit;
    byArea.kind = core::ChartData::Kind::Bar;
    core::ChartSeries current { core::bucketLabel(filter.granularity, shown.range), {} };
    core::ChartSeries earlier { core::bucketLabel(filter.granularity, yearEarlier(shown.range)),
        {} };
    bool districtsConverted = false;
    for (const core::AdminUnitInfo &district : geography->districts()) {
        const core::UnitRef ref { district.code, core::AdminEra::Before };
        const auto now = figures.value(selected, ref, shown.range, &districtsConverted);
        const auto before
            = figures.value(selected, ref, yearEarlier(shown.range), &districtsConverted);
        byArea.categories.append(district.name);
        current.values.append(now ? *now : std::nan(""));
        earlier.values.append(before ? *before : std::nan(""));
        if (now)
            data.choropleth.insert(district.code, *now);
    }
    byArea.series.append(current);
    if (filter.compareLastYear)
        byArea.series.append(earlier);
    QStringList notes;
    if (shown.range.last >= core::kAdminReformDate)
        notes.append(tr("Districts were abolished on 1 July 2025: their values are the new "
                        "communes' rolled up through the unit lineage (population weights)."));
    notes.append(tr("No district plans in the data: plans exist for the province only."));
    byArea.note = notes.join(QLatin1Char(' '));
    data.charts.append(byArea);
    data.choroplethTitle
        = spec.name + QStringLiteral(" — ") + core::bucketLabel(filter.granularity, shown.range);
    data.choroplethUnit = spec.unit;
    data.choroplethHigherIsBetter = spec.higherIsBetter;

    // Chart 3: year on year, by month (or quarter) of the selected year.
    core::ChartData yoy;
    yoy.id = QStringLiteral("year_on_year");
    yoy.title = tr("%1: year on year").arg(spec.name);
    yoy.unit = spec.unit;
    yoy.kind = core::ChartData::Kind::Bar;
    const int year = shown.range.last.year();
    const core::Granularity step
        = spec.quarterly ? core::Granularity::Quarter : core::Granularity::Month;
    core::ChartSeries thisYear { QString::number(year), {} };
    core::ChartSeries lastYear { QString::number(year - 1), {} };
    for (QDate d(year, 1, 1); d.year() == year;
         d = core::periodContaining(step, d).last.addDays(1)) {
        const core::DateRange r = core::periodContaining(step, d);
        yoy.categories.append(
            spec.quarterly ? tr("Q%1").arg((d.month() - 1) / 3 + 1) : tr("M%1").arg(d.month()));
        const auto a = figures.value(selected, query.area, r, &converted);
        const auto b = figures.value(selected, query.area, yearEarlier(r), &converted);
        thisYear.values.append(a ? *a : std::nan(""));
        lastYear.values.append(b ? *b : std::nan(""));
    }
    yoy.series = { thisYear, lastYear };
    if (!wholeProvince && year - 1 < core::kAdminReformDate.year() + 1
        && QDate(year - 1, 1, 1) < core::kAdminReformDate)
        yoy.note = tr("Part of the earlier year was reported by the old units: rolled up "
                      "through the unit lineage.");
    data.charts.append(yoy);

    // Chart 4: the scoreboard, each indicator's achievement of its plan.
    core::ChartData board;
    board.id = QStringLiteral("scoreboard");
    board.title = tr("Targets scoreboard %1: %2 of %3 met")
                      .arg(year)
                      .arg(int(metCount(scores)))
                      .arg(scores.size());
    board.unit = tr("% of plan");
    board.kind = core::ChartData::Kind::HorizontalBar;
    QList<SeFigures::Score> sorted = scores;
    std::sort(sorted.begin(), sorted.end(),
        [](const auto &a, const auto &b) { return a.achievedPercent < b.achievedPercent; });
    core::ChartSeries achieved { tr("Achieved, % of plan to date"), {} };
    for (const SeFigures::Score &score : sorted) {
        const auto indicator = figures.indicator(score.code);
        // The mark says met / not met without relying on colour.
        board.categories.append(
            (score.met ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + indicator->name.left(40));
        achieved.values.append(score.achievedPercent);
    }
    board.series.append(achieved);
    board.note = tr("Amounts: year to date against the plan pro rata of the months reported; "
                    "rates: latest value against the target. For lower-is-better indicators "
                    "(prices, accidents, unemployment) at most 100 % means met.");
    data.charts.append(board);

    if (converted && !wholeProvince)
        data.notice = tr("Some values of %1 were reported by units of the other side of the "
                         "1 July 2025 reform and are rolled up through the unit lineage "
                         "(population weights).")
                          .arg(geography->name(query.area));
    return data;
}

} // namespace ioc::socioeconomic
