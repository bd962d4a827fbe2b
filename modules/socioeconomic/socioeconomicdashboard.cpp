#include "socioeconomic/socioeconomicdashboard.h"

#include "socioeconomic/tr.h"

#include <algorithm>
#include <cmath>

namespace ioc::socioeconomic {

namespace {

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

QStringList SocioeconomicDashboard::headlineIndicators()
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

core::DashboardData SocioeconomicDashboard::compute(
    const core::SqliteFile &mirror, const core::DashboardQuery &query) const
{
    core::DashboardData data;
    // The trend waits for the indicator: its granularity follows how it is reported.
    core::DashboardOptions opening;
    opening.buckets = 0;
    core::DashboardFrame frame = core::beginDashboard(mirror, query, &data, opening);
    const std::shared_ptr<const core::AdminGeography> &geography = frame.geography;
    SeFigures figures(mirror, geography);
    const QList<Indicator> catalogue = figures.indicators();
    if (catalogue.isEmpty())
        return data;
    data.selectorLabel = Tr::tr("Indicator");
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

    // Statistics are published after their period: no bucket is "to date".
    core::DashboardOptions published;
    published.markRunning = false;
    core::setTrend(&frame, filter, &data, published);
    const QList<core::DateRange> &buckets = frame.buckets;

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
            kpi.periodLabel = Tr::tr("Latest reported: %1")
                                  .arg(core::bucketLabel(own.granularity, shown.range));
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
    met.label = Tr::tr("Targets met (year to date)");
    met.unit = Tr::tr("of %1 targets").arg(scores.size());
    met.countChange = true;
    if (!scores.isEmpty())
        met.value = metCount(scores);
    met.periodLabel = Tr::tr("Province plan %1").arg(asOf.year());
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
    trend.title = Tr::tr("%1: actual and plan").arg(spec.name);
    trend.unit = spec.unit;
    trend.categories = data.trendLabels;
    core::ChartSeries actual { Tr::tr("Actual"), core::noValues(int(buckets.size())) };
    core::ChartSeries planned { Tr::tr("Plan (pro rata)"), core::noValues(int(buckets.size())) };
    core::ChartSeries previousYear { Tr::tr("Same period last year"),
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
        trend.note
            = Tr::tr("Targets are set for the province only: no plan line for a part of it.");
    data.charts.append(trend);

    // Chart 2 and the map: by former district, the new communes rolled up through the
    // lineage after the reform (the map's polygons are the former districts).
    core::ChartData byArea;
    byArea.id = QStringLiteral("by_district");
    byArea.title = Tr::tr("%1 by district").arg(spec.name);
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
        notes.append(Tr::tr("Districts were abolished on 1 July 2025: their values are the new "
                            "communes' rolled up through the unit lineage (population weights)."));
    notes.append(Tr::tr("No district plans in the data: plans exist for the province only."));
    byArea.note = notes.join(QLatin1Char(' '));
    data.charts.append(byArea);
    data.choroplethTitle
        = spec.name + QStringLiteral(" — ") + core::bucketLabel(filter.granularity, shown.range);
    data.choroplethUnit = spec.unit;
    data.choroplethHigherIsBetter = spec.higherIsBetter;

    // Chart 3: year on year, by month (or quarter) of the selected year.
    core::ChartData yoy;
    yoy.id = QStringLiteral("year_on_year");
    yoy.title = Tr::tr("%1: year on year").arg(spec.name);
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
        yoy.categories.append(spec.quarterly ? Tr::tr("Q%1").arg((d.month() - 1) / 3 + 1)
                                             : Tr::tr("M%1").arg(d.month()));
        const auto a = figures.value(selected, query.area, r, &converted);
        const auto b = figures.value(selected, query.area, yearEarlier(r), &converted);
        thisYear.values.append(a ? *a : std::nan(""));
        lastYear.values.append(b ? *b : std::nan(""));
    }
    yoy.series = { thisYear, lastYear };
    if (!wholeProvince && year - 1 < core::kAdminReformDate.year() + 1
        && QDate(year - 1, 1, 1) < core::kAdminReformDate)
        yoy.note = Tr::tr("Part of the earlier year was reported by the old units: rolled up "
                          "through the unit lineage.");
    data.charts.append(yoy);

    // Chart 4: the scoreboard, each indicator's achievement of its plan.
    core::ChartData board;
    board.id = QStringLiteral("scoreboard");
    board.title = Tr::tr("Targets scoreboard %1: %2 of %3 met")
                      .arg(year)
                      .arg(int(metCount(scores)))
                      .arg(scores.size());
    board.unit = Tr::tr("% of plan");
    board.kind = core::ChartData::Kind::HorizontalBar;
    QList<SeFigures::Score> sorted = scores;
    std::sort(sorted.begin(), sorted.end(),
        [](const auto &a, const auto &b) { return a.achievedPercent < b.achievedPercent; });
    core::ChartSeries achieved { Tr::tr("Achieved, % of plan to date"), {} };
    for (const SeFigures::Score &score : sorted) {
        const auto indicator = figures.indicator(score.code);
        // The mark says met / not met without relying on colour.
        board.categories.append(
            (score.met ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + indicator->name.left(40));
        achieved.values.append(score.achievedPercent);
    }
    board.series.append(achieved);
    board.note = Tr::tr("Amounts: year to date against the plan pro rata of the months reported; "
                        "rates: latest value against the target. For lower-is-better indicators "
                        "(prices, accidents, unemployment) at most 100 % means met.");
    data.charts.append(board);

    if (converted && !wholeProvince)
        data.notice = Tr::tr("Some values of %1 were reported by units of the other side of the "
                             "1 July 2025 reform and are rolled up through the unit lineage "
                             "(population weights).")
                          .arg(geography->name(query.area));
    return data;
}

} // namespace ioc::socioeconomic
