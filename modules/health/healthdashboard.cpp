#include "health/healthdashboard.h"

#include "core/placefilters.h"
#include "core/projection.h"
#include "health/tr.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace ioc::health {

namespace {

const QString kReformDay = QStringLiteral("2025-07-01");

struct Facility
{
    QString id;
    QString name;
    QString kind;
    int beds = 0;
    bool standard = true;
    double lon = 0;
    double lat = 0;
};

struct Occupancy
{
    double occupied = 0;
    double beds = 0;
    QSet<QString> days;
    int overCapacity = 0;
    QHash<QString, QPair<double, double>> byFacility; // occupied, beds
    QHash<QString, QPair<QString, double>> lastDay; // facility -> (date, rate)
};

QString diseaseLabel(const QString &code)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("dengue"), QT_TRANSLATE_NOOP("ioc::health::Tr", "Dengue") },
        { QStringLiteral("hfmd"), QT_TRANSLATE_NOOP("ioc::health::Tr", "Hand, foot and mouth") },
        { QStringLiteral("influenza"), QT_TRANSLATE_NOOP("ioc::health::Tr", "Influenza") },
        { QStringLiteral("diarrhoea"), QT_TRANSLATE_NOOP("ioc::health::Tr", "Diarrhoea") },
        { QStringLiteral("measles"), QT_TRANSLATE_NOOP("ioc::health::Tr", "Measles") },
        { QStringLiteral("covid19"), QT_TRANSLATE_NOOP("ioc::health::Tr", "COVID-19") },
    };
    const auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : Tr::tr(*it);
}

class HealthData
{
public:
    HealthData(
        const core::SqliteFile &mirror, const core::AdminGeography &geo, const core::UnitRef &area)
        : m_mirror(mirror)
        , m_geo(geo)
        , m_area(area)
    {
        core::forEachRow(mirror,
            QStringLiteral(
                "SELECT id, json_extract(properties, '$.name'), "
                "json_extract(properties, '$.kind'), json_extract(properties, '$.beds'), "
                "json_extract(properties, '$.national_standard'), "
                "json_extract(properties, '$.unit_code'), min_lon, min_lat "
                "FROM features WHERE collection = 'health_facilities'"),
            {}, [&](const QSqlQuery &q) {
                // Facilities carry the commune they are in today: the new units.
                if (!core::placeInArea(geo, { q.value(5).toString(), core::AdminEra::After }, area))
                    return;
                facilities.append({ q.value(0).toString(), q.value(1).toString(),
                    q.value(2).toString(), q.value(3).toInt(), q.value(4).toBool(),
                    q.value(6).toDouble(), q.value(7).toDouble() });
                inArea.insert(q.value(0).toString());
            });
    }

    QList<Facility> facilities;
    QSet<QString> inArea;
    bool converted = false;

    Occupancy occupancy(const core::DateRange &range) const
    {
        Occupancy o;
        core::forEachRow(m_mirror,
            QStringLiteral("SELECT facility_id, date, beds, occupied FROM health_occupancy_facts "
                           "WHERE date >= ? AND date <= ?"),
            { core::isoDate(range.first), core::isoDate(range.last) }, [&](const QSqlQuery &q) {
                const QString id = q.value(0).toString();
                if (!inArea.contains(id))
                    return;
                const double beds = q.value(2).toDouble();
                const double occupied = q.value(3).toDouble();
                o.occupied += occupied;
                o.beds += beds;
                o.days.insert(q.value(1).toString());
                auto &f = o.byFacility[id];
                f.first += occupied;
                f.second += beds;
                auto &last = o.lastDay[id];
                if (q.value(1).toString() > last.first && beds > 0)
                    last = { q.value(1).toString(), occupied / beds * 100.0 };
            });
        for (const auto &last : std::as_const(o.lastDay))
            if (last.second > 100.0)
                ++o.overCapacity;
        return o;
    }

    // Cases by disease of the weeks starting in the range, weighted into the area.
    QHash<QString, double> cases(const core::DateRange &range, const core::UnitRef &area)
    {
        QHash<QString, double> byDisease;
        core::forEachRow(m_mirror,
            QStringLiteral("SELECT disease, unit_code, week_start < ?, sum(cases) "
                           "FROM health_case_facts WHERE week_start >= ? AND week_start <= ? "
                           "GROUP BY 1, 2, 3"),
            { kReformDay, core::isoDate(range.first), core::isoDate(range.last) },
            [&](const QSqlQuery &q) {
                const double share = m_geo.shareIn(
                    { q.value(1).toString(),
                        q.value(2).toBool() ? core::AdminEra::Before : core::AdminEra::After },
                    area);
                if (share > 0 && share < 0.999)
                    converted = true;
                byDisease[q.value(0).toString()] += q.value(3).toDouble() * share;
            });
        return byDisease;
    }

    static double total(const QHash<QString, double> &byDisease, const QString &disease)
    {
        if (!disease.isEmpty())
            return byDisease.value(disease);
        double sum = 0;
        for (double v : byDisease)
            sum += v;
        return sum;
    }

    // Vaccinated and target of the months starting in the range, weighted into `area`.
    QPair<double, double> vaccination(const core::DateRange &range, const core::UnitRef &area)
    {
        QPair<double, double> sums;
        const QString from = range.first.day() == 1
            ? range.first.toString(QStringLiteral("yyyy-MM"))
            : range.first.addMonths(1).toString(QStringLiteral("yyyy-MM"));
        core::forEachRow(m_mirror,
            QStringLiteral("SELECT unit_code, month < '2025-07', sum(vaccinated), "
                           "sum(target_population) FROM health_vax_facts "
                           "WHERE month >= ? AND month <= ? AND unit_code != ? GROUP BY 1, 2"),
            { from, range.last.toString(QStringLiteral("yyyy-MM")), m_geo.provinceCode() },
            [&](const QSqlQuery &q) {
                const double share = m_geo.shareIn(
                    { q.value(0).toString(),
                        q.value(1).toBool() ? core::AdminEra::Before : core::AdminEra::After },
                    area);
                if (share > 0 && share < 0.999)
                    converted = true;
                sums.first += q.value(2).toDouble() * share;
                sums.second += q.value(3).toDouble() * share;
            });
        return sums;
    }

    // The latest month with vaccination data up to `day` (invalid when none).
    QDate latestVaccinationMonth(const QDate &day) const
    {
        QDate month;
        core::forEachRow(m_mirror,
            QStringLiteral("SELECT max(month) FROM health_vax_facts WHERE month <= ?"),
            { day.toString(QStringLiteral("yyyy-MM")) }, [&](const QSqlQuery &q) {
                month = QDate::fromString(
                    q.value(0).toString() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
            });
        return month;
    }

    QStringList diseases() const
    {
        QStringList list;
        core::forEachRow(m_mirror,
            QStringLiteral("SELECT DISTINCT disease FROM health_case_facts ORDER BY 1"), {},
            [&](const QSqlQuery &q) { list.append(q.value(0).toString()); });
        return list;
    }

private:
    const core::SqliteFile &m_mirror;
    const core::AdminGeography &m_geo;
    core::UnitRef m_area;
};

std::optional<double> someValue(double v, bool any)
{
    return any ? std::optional<double>(v) : std::nullopt;
}

} // namespace

QList<core::Migration> healthCacheMigrations()
{
    core::Projection occupancy { QStringLiteral("health_occupancy_facts"),
        QStringLiteral("health_occupancy"),
        { { QStringLiteral("facility_id"), QStringLiteral("$.facility_id") },
            { QStringLiteral("date"), QStringLiteral("$.date") },
            { QStringLiteral("beds"), QStringLiteral("$.beds") },
            { QStringLiteral("occupied"), QStringLiteral("$.occupied") },
            { QStringLiteral("unit_code"), QStringLiteral("$.unit_code") } },
        { QStringLiteral("date") } };
    core::Projection cases { QStringLiteral("health_case_facts"), QStringLiteral("health_cases"),
        { { QStringLiteral("disease"), QStringLiteral("$.disease") },
            { QStringLiteral("week_start"), QStringLiteral("$.week_start") },
            { QStringLiteral("unit_code"), QStringLiteral("$.unit_code") },
            { QStringLiteral("cases"), QStringLiteral("$.cases") } },
        { QStringLiteral("week_start") } };
    core::Projection vaccination { QStringLiteral("health_vax_facts"),
        QStringLiteral("health_vaccination"),
        { { QStringLiteral("vaccine"), QStringLiteral("$.vaccine") },
            { QStringLiteral("month"), QStringLiteral("$.month") },
            { QStringLiteral("unit_code"), QStringLiteral("$.unit_code") },
            { QStringLiteral("target_population"), QStringLiteral("$.target_population") },
            { QStringLiteral("vaccinated"), QStringLiteral("$.vaccinated") } },
        { QStringLiteral("month") } };
    QStringList statements = core::projectionStatements(occupancy);
    statements += core::projectionStatements(cases);
    statements += core::projectionStatements(vaccination);
    return { core::Migration::fromStatements(1, QStringLiteral("health projections"), statements) };
}

core::DashboardData HealthDashboard::compute(
    const core::SqliteFile &mirror, const core::DashboardQuery &query) const
{
    core::DashboardData data;
    const core::DashboardFrame frame = core::beginDashboard(mirror, query, &data);
    const core::AdminGeography &geo = *frame.geography;
    const QDate today = frame.today;
    HealthData h(mirror, geo, query.area);
    const core::TimeFilter::Compared &compared = frame.compared;
    const core::DateRange period = compared.current;
    const QList<core::DateRange> &buckets = frame.buckets;
    const int n = int(buckets.size());

    const QStringList diseases = h.diseases();
    const QString disease = diseases.contains(query.selector) ? query.selector : QString();
    data.selectorLabel = Tr::tr("Disease");
    data.selectorChoices.append({ QString(), Tr::tr("All diseases") });
    for (const QString &d : diseases)
        data.selectorChoices.append({ d, diseaseLabel(d) });
    data.selectorValue = disease;
    const QString diseaseName = disease.isEmpty() ? Tr::tr("all diseases") : diseaseLabel(disease);

    core::KpiValue occupancy = core::makeKpi(
        QStringLiteral("occupancy"), Tr::tr("Bed occupancy"), QStringLiteral("%"), n, true, false);
    core::KpiValue inpatients = core::makeKpi(
        QStringLiteral("inpatients"), Tr::tr("Inpatients (average day)"), Tr::tr("patients"), n);
    core::KpiValue over = core::makeKpi(QStringLiteral("over_capacity"),
        Tr::tr("Hospitals over capacity"), Tr::tr("hospitals"), n, false, false);
    core::KpiValue cases = core::makeKpi(QStringLiteral("cases"),
        Tr::tr("Cases reported: %1").arg(diseaseName), Tr::tr("cases"), n, false, false);
    core::KpiValue coverage = core::makeKpi(QStringLiteral("vaccination"),
        Tr::tr("Vaccination coverage"), QStringLiteral("%"), n, true, true);
    core::KpiValue beds
        = core::makeKpi(QStringLiteral("beds"), Tr::tr("Beds"), Tr::tr("beds"), n, false, true);

    auto fill = [&](const core::DateRange &range, std::optional<double> core::KpiValue::*slot) {
        const Occupancy o = h.occupancy(range);
        occupancy.*slot = core::percentOf(o.occupied, o.beds);
        inpatients.*slot
            = o.days.isEmpty() ? std::nullopt : std::optional<double>(o.occupied / o.days.size());
        over.*slot = someValue(o.overCapacity, !o.days.isEmpty());
        const auto byDisease = h.cases(range, query.area);
        cases.*slot = someValue(HealthData::total(byDisease, disease), !byDisease.isEmpty());
    };
    core::fillCompared(frame, fill);

    // Coverage: the period's months, or the latest month with data when it has none.
    {
        auto [vaccinated, target] = h.vaccination(period, query.area);
        core::DateRange shown = period;
        if (target <= 0) {
            const QDate month = h.latestVaccinationMonth(period.last);
            if (month.isValid()) {
                shown = { month, month.addMonths(1).addDays(-1) };
                std::tie(vaccinated, target) = h.vaccination(shown, query.area);
                coverage.periodLabel = month.toString(QStringLiteral("MM/yyyy"));
            }
        }
        coverage.value = core::percentOf(vaccinated, target);
        const core::DateRange before { shown.first.addMonths(-1), shown.first.addDays(-1) };
        const auto prev = h.vaccination(shown == period ? compared.previous : before, query.area);
        coverage.previous = core::percentOf(prev.first, prev.second);
        coverage.plan = kCoverageTarget;
    }
    for (const Facility &f : std::as_const(h.facilities))
        beds.value = beds.value.value_or(0) + f.beds;
    beds.periodLabel = Tr::tr("As registered");

    for (int i = 0; i < n; ++i) {
        if (buckets[i].first > today)
            continue;
        const Occupancy o = h.occupancy(buckets[i]);
        if (!o.days.isEmpty()) {
            occupancy.trend[i] = *core::percentOf(o.occupied, o.beds);
            inpatients.trend[i] = o.occupied / o.days.size();
            over.trend[i] = o.overCapacity;
        }
        const auto byDisease = h.cases(buckets[i], query.area);
        if (!byDisease.isEmpty())
            cases.trend[i] = HealthData::total(byDisease, disease);
        const auto [vaccinated, target] = h.vaccination(buckets[i], query.area);
        if (target > 0)
            coverage.trend[i] = vaccinated / target * 100.0;
    }
    if (compared.toDate)
        for (core::KpiValue *k : { &occupancy, &inpatients, &cases })
            k->periodLabel = Tr::tr("To date: %1 days of each period").arg(period.days());
    data.kpis = { occupancy, inpatients, over, cases, coverage, beds };

    // Occupancy trend of the largest hospitals of the area.
    {
        QList<Facility> hospitals;
        for (const Facility &f : std::as_const(h.facilities))
            if (f.kind != QLatin1String("commune_health_station"))
                hospitals.append(f);
        std::sort(hospitals.begin(), hospitals.end(),
            [](const Facility &a, const Facility &b) { return a.beds > b.beds; });
        hospitals = hospitals.mid(0, kHospitalsInChart);
        core::ChartData chart;
        chart.id = QStringLiteral("occupancy_by_hospital");
        chart.title = Tr::tr("Bed occupancy by hospital");
        chart.unit = QStringLiteral("%");
        chart.categories = data.trendLabels;
        QList<Occupancy> perBucket;
        for (int i = 0; i < n; ++i)
            perBucket.append(buckets[i].first > today ? Occupancy() : h.occupancy(buckets[i]));
        for (const Facility &f : std::as_const(hospitals)) {
            core::ChartSeries series { f.name, core::noValues(n) };
            for (int i = 0; i < n; ++i) {
                const auto it = perBucket[i].byFacility.constFind(f.id);
                if (it != perBucket[i].byFacility.constEnd() && it->second > 0)
                    series.values[i] = it->first / it->second * 100.0;
            }
            chart.series.append(series);
        }
        if (hospitals.size() == kHospitalsInChart)
            chart.note = Tr::tr("The %1 largest hospitals of the area.").arg(kHospitalsInChart);
        data.charts.append(chart);
    }

    // Weekly cases of the selected disease with the band of the 8 weeks before each.
    {
        const QDate end = std::min(period.last, today);
        const QDate lastMonday = end.addDays(1 - end.dayOfWeek());
        const int shown = 12;
        const int history = 8;
        QVector<double> weekly;
        for (int w = shown + history - 1; w >= 0; --w) {
            const QDate monday = lastMonday.addDays(-7 * w);
            const auto byDisease = h.cases({ monday, monday }, query.area);
            weekly.append(byDisease.isEmpty() ? qQNaN() : HealthData::total(byDisease, disease));
        }
        core::ChartData chart;
        chart.id = QStringLiteral("cases_weekly");
        chart.title = Tr::tr("Weekly cases: %1").arg(diseaseName);
        chart.unit = Tr::tr("cases");
        core::ChartSeries reported { Tr::tr("Cases reported"), {} };
        core::ChartSeries expected { Tr::tr("Expected (mean of the 8 weeks before)"), {} };
        core::ChartSeries upper { Tr::tr("Anomaly threshold (mean + 2 SD)"), {} };
        for (int i = history; i < weekly.size(); ++i) {
            const QDate monday = lastMonday.addDays(-7 * (weekly.size() - 1 - i));
            chart.categories.append(core::bucketLabel(core::Granularity::Week, { monday, monday }));
            reported.values.append(weekly[i]);
            double sum = 0, squares = 0;
            int count = 0;
            for (int j = i - history; j < i; ++j)
                if (!std::isnan(weekly[j])) {
                    sum += weekly[j];
                    squares += weekly[j] * weekly[j];
                    ++count;
                }
            if (count < 4) {
                expected.values.append(qQNaN());
                upper.values.append(qQNaN());
                continue;
            }
            const double mean = sum / count;
            const double sd = std::sqrt(std::max(0.0, squares / count - mean * mean));
            expected.values.append(mean);
            upper.values.append(mean + 2 * sd);
        }
        chart.series = { reported, expected, upper };
        chart.note = Tr::tr("A week above the threshold is a spike worth a look.");
        data.charts.append(chart);
    }

    // Cases of the period by disease.
    {
        const auto byDisease = h.cases(period, query.area);
        core::ChartData chart;
        chart.id = QStringLiteral("cases_by_disease");
        chart.title = Tr::tr("Cases by disease");
        chart.unit = Tr::tr("cases");
        chart.kind = core::ChartData::Kind::Bar;
        core::ChartSeries series { Tr::tr("Cases reported"), {} };
        for (const QString &d : diseases) {
            chart.categories.append(diseaseLabel(d));
            series.values.append(byDisease.value(d));
        }
        chart.series.append(series);
        data.charts.append(chart);
    }

    // Vaccination coverage by unit against the target.
    {
        QDate month = h.latestVaccinationMonth(period.last);
        core::DateRange range = period;
        if (h.vaccination(period, query.area).second <= 0 && month.isValid())
            range = { month, month.addMonths(1).addDays(-1) };
        core::ChartData chart;
        chart.id = QStringLiteral("vaccination_by_unit");
        chart.title = Tr::tr("Vaccination coverage by unit");
        chart.unit = QStringLiteral("%");
        chart.kind = core::ChartData::Kind::HorizontalBar;
        core::ChartSeries series { Tr::tr("Vaccination coverage"), {} };
        core::ChartSeries target { Tr::tr("Target"), {} };
        const auto units = core::subUnitsOf(geo, query.area, core::eraOf(range.last));
        for (auto it = units.crbegin(); it != units.crend(); ++it) {
            const auto [vaccinated, target_] = h.vaccination(range, *it);
            if (target_ <= 0)
                continue;
            chart.categories.append(geo.name(*it));
            series.values.append(vaccinated / target_ * 100.0);
            target.values.append(kCoverageTarget);
        }
        chart.series = { series, target };
        if (!(range == period))
            chart.note = Tr::tr("Latest month reported: %1.")
                             .arg(month.toString(QStringLiteral("MM/yyyy")));
        data.charts.append(chart);
    }

    // Choropleth: cases per 100,000 people by former district.
    for (const core::AdminUnitInfo &district : geo.districts()) {
        if (district.population <= 0)
            continue;
        const auto byDisease = h.cases(period, { district.code, core::AdminEra::Before });
        if (!byDisease.isEmpty())
            data.choropleth.insert(district.code,
                HealthData::total(byDisease, disease) / double(district.population) * 100000.0);
    }
    data.choroplethTitle = Tr::tr("Cases per 100,000 people: %1").arg(diseaseName);
    data.choroplethHigherIsBetter = false;

    // Facilities: hospitals coloured by their latest occupancy in the period, stations by
    // national-standard status.
    {
        const Occupancy o = h.occupancy(period);
        core::DashboardLayer hospitals { QStringLiteral("health_hospitals"), {}, {}, 9, 4 };
        core::DashboardLayer centres { QStringLiteral("health_centres"), {}, {}, 7, 3 };
        core::DashboardLayer stations { QStringLiteral("health_stations"), {}, {}, 4, 2 };
        const QHash<QString, QColor> colours {
            { QStringLiteral("low"), QColor(QStringLiteral("#74c0fc")) },
            { QStringLiteral("normal"), QColor(QStringLiteral("#2b8a3e")) },
            { QStringLiteral("high"), QColor(QStringLiteral("#f59f00")) },
            { QStringLiteral("over"), QColor(QStringLiteral("#c92a2a")) },
            { QStringLiteral("none"), QColor(QStringLiteral("#868e96")) },
            { QStringLiteral("standard"), QColor(QStringLiteral("#1971c2")) },
            { QStringLiteral("substandard"), QColor(QStringLiteral("#e8590c")) },
        };
        hospitals.colours = centres.colours = stations.colours = colours;
        const QLocale locale;
        for (const Facility &f : std::as_const(h.facilities)) {
            core::DashboardPoint p { f.id, f.lon, f.lat, {}, {} };
            QString standard = f.standard ? Tr::tr("meets the national standard")
                                          : Tr::tr("below the national standard");
            if (f.kind == QLatin1String("commune_health_station")) {
                p.styleKey
                    = f.standard ? QStringLiteral("standard") : QStringLiteral("substandard");
                p.tooltip
                    = Tr::tr("%1\n%2 beds, %3").arg(f.name, locale.toString(f.beds), standard);
                stations.points.append(p);
                continue;
            }
            const auto last = o.lastDay.constFind(f.id);
            const auto sum = o.byFacility.constFind(f.id);
            if (last == o.lastDay.constEnd()) {
                p.styleKey = QStringLiteral("none");
                p.tooltip = Tr::tr("%1\n%2 beds\nNo occupancy reported in the period")
                                .arg(f.name, locale.toString(f.beds));
            } else {
                const double rate = last->second;
                p.styleKey = rate > 100 ? QStringLiteral("over")
                    : rate > 90         ? QStringLiteral("high")
                    : rate >= 60        ? QStringLiteral("normal")
                                        : QStringLiteral("low");
                p.tooltip
                    = Tr::tr("%1\n%2 beds\nOccupancy %3 % on %4 (period average %5 %)")
                          .arg(f.name, locale.toString(f.beds), locale.toString(rate, 'f', 1),
                              QDate::fromString(last->first, Qt::ISODate)
                                  .toString(QStringLiteral("dd/MM")),
                              locale.toString(
                                  sum->second > 0 ? sum->first / sum->second * 100 : 0.0, 'f', 1));
            }
            (f.kind == QLatin1String("district_medical_centre") ? centres : hospitals)
                .points.append(p);
        }
        data.layers = { stations, centres, hospitals };
    }

    if (h.converted)
        data.notice = Tr::tr("Case and vaccination reports of units of the other side of the "
                             "1 July 2025 reform are counted in %1 through the unit lineage "
                             "(population weights): counts may be fractional estimates.")
                          .arg(geo.name(query.area));
    return data;
}

} // namespace ioc::health
