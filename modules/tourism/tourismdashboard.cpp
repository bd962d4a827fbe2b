#include "tourism/tourismdashboard.h"

#include "core/placefilters.h"
#include "core/projection.h"
#include "tourism/tr.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace ioc::tourism {

namespace {

struct Establishment
{
    QString id;
    QString name;
    QString kind;
    double rooms = 0;
    double lon = 0;
    double lat = 0;
    QString unit;
};

struct Attraction
{
    QString id;
    QString name;
    double lon = 0;
    double lat = 0;
};

struct Stays
{
    double rooms = 0, occupied = 0, guests = 0, international = 0;
    bool any = false;
};

struct Arrivals
{
    double visitors = 0, overnight = 0, international = 0;
    bool any = false;
};

QString monthOf(const QDate &day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

// The months whose first day lies in the range, as "yyyy-MM" bounds.
QPair<QString, QString> monthBounds(const core::DateRange &range)
{
    const QDate first = range.first.day() == 1
        ? range.first
        : QDate(range.first.year(), range.first.month(), 1).addMonths(1);
    return { monthOf(first), monthOf(range.last) };
}

class TourismData
{
public:
    TourismData(
        const core::SqliteFile &mirror, const core::AdminGeography &geo, const core::UnitRef &area)
        : m_mirror(mirror)
        , m_geo(geo)
        , m_area(area)
    {
        core::forEachRow(mirror,
            QStringLiteral("SELECT id, json_extract(properties, '$.name'), "
                           "json_extract(properties, '$.kind'), "
                           "json_extract(properties, '$.rooms'), min_lon, min_lat, "
                           "json_extract(properties, '$.unit_code') "
                           "FROM features WHERE collection = 'tour_establishments'"),
            {}, [&](const QSqlQuery &q) {
                Establishment e { q.value(0).toString(), q.value(1).toString(),
                    q.value(2).toString(), q.value(3).toDouble(), q.value(4).toDouble(),
                    q.value(5).toDouble(), q.value(6).toString() };
                unitOf.insert(e.id, e.unit);
                // Establishments carry the commune they are in today: the new units.
                if (core::placeInArea(geo, { e.unit, core::AdminEra::After }, area)) {
                    establishments.append(e);
                    inArea.insert(e.id);
                }
            });
        // Attractions carry the former district they lie in.
        core::forEachRow(mirror,
            QStringLiteral("SELECT id, json_extract(properties, '$.name'), min_lon, min_lat, "
                           "json_extract(properties, '$.unit_code') "
                           "FROM features WHERE collection = 'tour_attractions'"),
            {}, [&](const QSqlQuery &q) {
                if (core::placeInArea(geo, { q.value(4).toString(), core::AdminEra::Before }, area))
                    attractions.append({ q.value(0).toString(), q.value(1).toString(),
                        q.value(2).toDouble(), q.value(3).toDouble() });
            });
    }

    QList<Establishment> establishments;
    QSet<QString> inArea;
    QHash<QString, QString> unitOf;
    QList<Attraction> attractions;

    // Stays of the area's establishments in the range (or of those in `ids`).
    Stays stays(const core::DateRange &range, const QSet<QString> *ids = nullptr) const
    {
        Stays s;
        const QSet<QString> &set = ids ? *ids : inArea;
        core::forEachRow(m_mirror,
            QStringLiteral("SELECT establishment_id, sum(rooms), sum(rooms_occupied), sum(guests), "
                           "sum(international_guests) FROM tour_occ_facts "
                           "WHERE date >= ? AND date <= ? GROUP BY 1"),
            { core::isoDate(range.first), core::isoDate(range.last) }, [&](const QSqlQuery &q) {
                if (!set.contains(q.value(0).toString()))
                    return;
                s.any = true;
                s.rooms += q.value(1).toDouble();
                s.occupied += q.value(2).toDouble();
                s.guests += q.value(3).toDouble();
                s.international += q.value(4).toDouble();
            });
        return s;
    }

    // Per establishment: rooms, occupied, guests, international and last reported day.
    struct PerEstablishment
    {
        double rooms = 0, occupied = 0, guests = 0, international = 0;
        QString lastDay;
        double lastRate = 0;
    };
    QHash<QString, PerEstablishment> perEstablishment(const core::DateRange &range) const
    {
        QHash<QString, PerEstablishment> map;
        core::forEachRow(m_mirror,
            QStringLiteral(
                "SELECT establishment_id, date, rooms, rooms_occupied, guests, "
                "international_guests FROM tour_occ_facts WHERE date >= ? AND date <= ?"),
            { core::isoDate(range.first), core::isoDate(range.last) }, [&](const QSqlQuery &q) {
                auto &p = map[q.value(0).toString()];
                p.rooms += q.value(2).toDouble();
                p.occupied += q.value(3).toDouble();
                p.guests += q.value(4).toDouble();
                p.international += q.value(5).toDouble();
                if (q.value(1).toString() > p.lastDay && q.value(2).toDouble() > 0) {
                    p.lastDay = q.value(1).toString();
                    p.lastRate = q.value(3).toDouble() / q.value(2).toDouble() * 100.0;
                }
            });
        return map;
    }

    // Arrivals of the months starting in the range: the province totals for the province,
    // the attractions' visitors for smaller areas.
    Arrivals arrivals(const core::DateRange &range) const
    {
        Arrivals a;
        const auto [from, to] = monthBounds(range);
        const bool province = m_area.code.isEmpty() || m_area.code == m_geo.provinceCode();
        core::forEachRow(m_mirror,
            QStringLiteral("SELECT attraction_id IS NULL, unit_code, sum(visitors), "
                           "sum(overnight_visitors), sum(international_visitors) "
                           "FROM tour_arrival_facts WHERE month >= ? AND month <= ? GROUP BY 1, 2"),
            { from, to }, [&](const QSqlQuery &q) {
                const bool total = q.value(0).toBool();
                if (total != province)
                    return;
                if (!total
                    && !core::placeInArea(
                        m_geo, { q.value(1).toString(), core::AdminEra::Before }, m_area))
                    return;
                a.any = true;
                a.visitors += q.value(2).toDouble();
                a.overnight += q.value(3).toDouble();
                a.international += q.value(4).toDouble();
            });
        return a;
    }

    QHash<QString, double> visitorsByAttraction(const core::DateRange &range) const
    {
        QHash<QString, double> byId;
        const auto [from, to] = monthBounds(range);
        core::forEachRow(m_mirror,
            QStringLiteral("SELECT attraction_id, sum(visitors) FROM tour_arrival_facts "
                           "WHERE month >= ? AND month <= ? AND attraction_id IS NOT NULL "
                           "GROUP BY 1"),
            { from, to },
            [&](const QSqlQuery &q) { byId.insert(q.value(0).toString(), q.value(1).toDouble()); });
        return byId;
    }

    QDate latestArrivalMonth(const QDate &day) const
    {
        QDate month;
        core::forEachRow(m_mirror,
            QStringLiteral("SELECT max(month) FROM tour_arrival_facts WHERE month <= ?"),
            { monthOf(day) }, [&](const QSqlQuery &q) {
                month = QDate::fromString(
                    q.value(0).toString() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
            });
        return month;
    }

private:
    const core::SqliteFile &m_mirror;
    const core::AdminGeography &m_geo;
    core::UnitRef m_area;
};

core::DateRange monthRange(const QDate &month)
{
    return { month, month.addMonths(1).addDays(-1) };
}

} // namespace

QString holidayName(const QDate &day)
{
    const int md = day.month() * 100 + day.day();
    if (md == 101)
        return Tr::tr("New Year");
    if (md == 430)
        return Tr::tr("Reunification Day");
    if (md == 501)
        return Tr::tr("Labour Day");
    if (md == 902 || (md == 901 && day.year() >= 2025))
        return Tr::tr("National Day");
    // Tết and Hùng Kings' day follow the lunar calendar: the days off as announced.
    const QList<core::DateRange> tet { { QDate(2024, 2, 8), QDate(2024, 2, 14) },
        { QDate(2025, 1, 25), QDate(2025, 2, 2) }, { QDate(2026, 2, 14), QDate(2026, 2, 22) } };
    for (const core::DateRange &range : tet)
        if (range.contains(day))
            return Tr::tr("Tết");
    if (day == QDate(2024, 4, 18) || day == QDate(2025, 4, 7) || day == QDate(2026, 4, 26))
        return Tr::tr("Hùng Kings' day");
    return {};
}

QList<core::Migration> tourismCacheMigrations()
{
    core::Projection occupancy { QStringLiteral("tour_occ_facts"), QStringLiteral("tour_occupancy"),
        { { QStringLiteral("establishment_id"), QStringLiteral("$.establishment_id") },
            { QStringLiteral("date"), QStringLiteral("$.date") },
            { QStringLiteral("rooms"), QStringLiteral("$.rooms") },
            { QStringLiteral("rooms_occupied"), QStringLiteral("$.rooms_occupied") },
            { QStringLiteral("guests"), QStringLiteral("$.guests") },
            { QStringLiteral("international_guests"), QStringLiteral("$.international_guests") },
            { QStringLiteral("unit_code"), QStringLiteral("$.unit_code") } },
        { QStringLiteral("date") } };
    core::Projection arrivals { QStringLiteral("tour_arrival_facts"),
        QStringLiteral("tour_arrivals"),
        { { QStringLiteral("month"), QStringLiteral("$.month") },
            { QStringLiteral("attraction_id"), QStringLiteral("$.attraction_id") },
            { QStringLiteral("unit_code"), QStringLiteral("$.unit_code") },
            { QStringLiteral("visitors"), QStringLiteral("$.visitors") },
            { QStringLiteral("overnight_visitors"), QStringLiteral("$.overnight_visitors") },
            { QStringLiteral("international_visitors"),
                QStringLiteral("$.international_visitors") } },
        { QStringLiteral("month") } };
    QStringList statements = core::projectionStatements(occupancy);
    statements += core::projectionStatements(arrivals);
    return { core::Migration::fromStatements(
        1, QStringLiteral("tourism projections"), statements) };
}

core::DashboardData TourismDashboard::compute(
    const core::SqliteFile &mirror, const core::DashboardQuery &query) const
{
    core::DashboardData data;
    const core::DashboardFrame frame = core::beginDashboard(mirror, query, &data);
    const core::AdminGeography &geo = *frame.geography;
    const QDate today = frame.today;
    TourismData t(mirror, geo, query.area);
    const core::TimeFilter::Compared &compared = frame.compared;
    const core::DateRange period = compared.current;
    const QList<core::DateRange> &buckets = frame.buckets;
    const int n = int(buckets.size());

    core::KpiValue visitors
        = core::makeKpi(QStringLiteral("visitors"), Tr::tr("Visitors"), Tr::tr("visitors"), n);
    core::KpiValue occupancy = core::makeKpi(
        QStringLiteral("occupancy"), Tr::tr("Room occupancy"), QStringLiteral("%"), n, true, true);
    core::KpiValue guests
        = core::makeKpi(QStringLiteral("guests"), Tr::tr("Guests registered"), Tr::tr("guests"), n);
    core::KpiValue foreign = core::makeKpi(
        QStringLiteral("foreign_guests"), Tr::tr("Foreign guests declared"), Tr::tr("guests"), n);
    core::KpiValue overnight = core::makeKpi(
        QStringLiteral("overnight"), Tr::tr("Overnight visitors"), Tr::tr("visitors"), n);
    core::KpiValue rooms
        = core::makeKpi(QStringLiteral("rooms"), Tr::tr("Rooms"), Tr::tr("rooms"), n, false, true);

    auto fillStays
        = [&](const core::DateRange &range, std::optional<double> core::KpiValue::*slot) {
              const Stays s = t.stays(range);
              if (!s.any)
                  return;
              occupancy.*slot = core::percentOf(s.occupied, s.rooms);
              guests.*slot = s.guests;
              foreign.*slot = s.international;
          };
    core::fillCompared(frame, fillStays);

    // Arrivals: the period's months, or the latest month reported when it has none.
    core::DateRange arrivalPeriod = period;
    Arrivals now = t.arrivals(period);
    core::DateRange arrivalPrevious = compared.previous;
    core::DateRange arrivalLastYear = compared.lastYear;
    if (!now.any) {
        const QDate month = t.latestArrivalMonth(period.last);
        if (month.isValid()) {
            arrivalPeriod = monthRange(month);
            arrivalPrevious = monthRange(month.addMonths(-1));
            arrivalLastYear = monthRange(month.addYears(-1));
            now = t.arrivals(arrivalPeriod);
            visitors.periodLabel = overnight.periodLabel
                = month.toString(QStringLiteral("MM/yyyy"));
        }
    }
    const Arrivals before = t.arrivals(arrivalPrevious);
    const Arrivals yearAgo = t.arrivals(arrivalLastYear);
    if (now.any) {
        visitors.value = now.visitors;
        overnight.value = now.overnight;
    }
    if (before.any) {
        visitors.previous = before.visitors;
        overnight.previous = before.overnight;
    }
    if (yearAgo.any && query.time.compareLastYear) {
        visitors.lastYear = yearAgo.visitors;
        overnight.lastYear = yearAgo.overnight;
    }
    for (const Establishment &e : std::as_const(t.establishments))
        rooms.value = rooms.value.value_or(0) + e.rooms;
    rooms.periodLabel = Tr::tr("As registered");

    core::ChartData share;
    share.id = QStringLiteral("international_share");
    share.title = Tr::tr("International share");
    share.unit = QStringLiteral("%");
    share.categories = data.trendLabels;
    core::ChartSeries shareVisitors { Tr::tr("International visitors"), core::noValues(n) };
    core::ChartSeries shareGuests { Tr::tr("Foreign guests registered"), core::noValues(n) };
    for (int i = 0; i < n; ++i) {
        if (buckets[i].first > today)
            continue;
        const Stays s = t.stays(buckets[i]);
        if (s.any) {
            occupancy.trend[i] = *core::percentOf(s.occupied, s.rooms);
            guests.trend[i] = s.guests;
            foreign.trend[i] = s.international;
            if (const auto p = core::percentOf(s.international, s.guests))
                shareGuests.values[i] = *p;
        }
        const Arrivals a = t.arrivals(buckets[i]);
        if (a.any) {
            visitors.trend[i] = a.visitors;
            overnight.trend[i] = a.overnight;
            if (const auto p = core::percentOf(a.international, a.visitors))
                shareVisitors.values[i] = *p;
        }
    }
    share.series = { shareVisitors, shareGuests };
    if (!query.area.code.isEmpty())
        share.note = visitors.label + QStringLiteral(": ")
            + Tr::tr("visitors of the area's attractions (no other breakdown is published).");
    if (compared.toDate)
        for (core::KpiValue *k : { &occupancy, &guests, &foreign })
            k->periodLabel = Tr::tr("To date: %1 days of each period").arg(period.days());
    data.kpis = { visitors, occupancy, guests, foreign, overnight, rooms };

    // Daily occupancy with holidays marked, against the same days a year earlier.
    {
        const QDate last = std::min(period.last, today);
        const QDate first = std::max(period.first, last.addDays(1 - kMaxDailyPoints));
        core::ChartData chart;
        chart.id = QStringLiteral("daily_occupancy");
        chart.title = Tr::tr("Daily room occupancy");
        chart.unit = QStringLiteral("%");
        core::ChartSeries current { Tr::tr("Occupancy"), {} };
        core::ChartSeries lastYear { Tr::tr("Same day last year"), {} };
        QStringList holidays;
        bool anyLastYear = false;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            const QString holiday = holidayName(d);
            QString label = d.toString(QStringLiteral("dd/MM"));
            if (!holiday.isEmpty()) {
                label += QStringLiteral(" ★");
                if (!holidays.contains(holiday))
                    holidays.append(holiday);
            }
            chart.categories.append(label);
            const Stays s = t.stays({ d, d });
            current.values.append(s.any ? s.occupied / s.rooms * 100.0 : qQNaN());
            const QDate ago = d.addYears(-1);
            const Stays y = t.stays({ ago, ago });
            anyLastYear = anyLastYear || y.any;
            lastYear.values.append(y.any ? y.occupied / y.rooms * 100.0 : qQNaN());
        }
        chart.series = { current };
        if (anyLastYear)
            chart.series.append(lastYear);
        if (!holidays.isEmpty())
            chart.note = Tr::tr("★ public holiday: %1").arg(holidays.join(QStringLiteral(", ")));
        data.charts.append(chart);
    }

    // Guests registered by locality.
    {
        const auto per = t.perEstablishment(period);
        core::ChartData chart;
        chart.id = QStringLiteral("guests_by_locality");
        chart.title = Tr::tr("Guests registered by locality");
        chart.unit = Tr::tr("guests");
        chart.kind = core::ChartData::Kind::HorizontalBar;
        core::ChartSeries all { Tr::tr("Guests registered"), {} };
        core::ChartSeries foreignSeries { Tr::tr("Foreign guests declared"), {} };
        const auto units = core::subUnitsOf(geo, query.area, core::AdminEra::After);
        for (auto it = units.crbegin(); it != units.crend(); ++it) {
            double g = 0, f = 0;
            bool any = false;
            for (const Establishment &e : std::as_const(t.establishments)) {
                if (!core::placeInArea(geo, { e.unit, core::AdminEra::After }, *it))
                    continue;
                const auto p = per.constFind(e.id);
                if (p == per.constEnd())
                    continue;
                any = true;
                g += p->guests;
                f += p->international;
            }
            if (!any)
                continue;
            chart.categories.append(geo.name(*it));
            all.values.append(g);
            foreignSeries.values.append(f);
        }
        chart.series = { all, foreignSeries };
        data.charts.append(chart);
    }

    // Visitors by attraction.
    {
        const auto byId = t.visitorsByAttraction(arrivalPeriod);
        QList<QPair<double, QString>> rows;
        for (const Attraction &a : std::as_const(t.attractions))
            if (byId.contains(a.id))
                rows.append({ byId.value(a.id), a.name });
        std::sort(rows.begin(), rows.end());
        core::ChartData chart;
        chart.id = QStringLiteral("visitors_by_attraction");
        chart.title = Tr::tr("Visitors by attraction");
        chart.unit = Tr::tr("visitors");
        chart.kind = core::ChartData::Kind::HorizontalBar;
        core::ChartSeries series { Tr::tr("Visitors"), {} };
        for (const auto &row : std::as_const(rows)) { // smallest first: largest on top
            chart.categories.append(row.second);
            series.values.append(row.first);
        }
        chart.series = { series };
        if (!(arrivalPeriod == period))
            chart.note = Tr::tr("Latest month reported: %1.")
                             .arg(arrivalPeriod.first.toString(QStringLiteral("MM/yyyy")));
        data.charts.append(chart);
    }
    data.charts.append(share);

    // Choropleth: room occupancy by former district.
    {
        const auto per = t.perEstablishment(period);
        QHash<QString, QPair<double, double>> byDistrict;
        for (auto it = per.constBegin(); it != per.constEnd(); ++it) {
            const QString district
                = geo.districtOf({ t.unitOf.value(it.key()), core::AdminEra::After });
            if (district.isEmpty())
                continue;
            byDistrict[district].first += it->occupied;
            byDistrict[district].second += it->rooms;
        }
        for (auto it = byDistrict.constBegin(); it != byDistrict.constEnd(); ++it)
            if (it->second > 0)
                data.choropleth.insert(it.key(), it->first / it->second * 100.0);
        data.choroplethTitle = Tr::tr("Room occupancy by former district");
        data.choroplethUnit = QStringLiteral("%");
    }

    // Establishments by their latest occupancy (grey: stopped sending guest lists), and
    // the attractions.
    {
        const QDate end = std::min(period.last, today);
        const auto per = t.perEstablishment(period);
        const auto recent = t.perEstablishment({ end.addDays(1 - kSilentDays), end });
        core::DashboardLayer stays { QStringLiteral("tour_establishments"), {}, {}, 6, 2 };
        stays.colours = {
            { QStringLiteral("low"), QColor(QStringLiteral("#74c0fc")) },
            { QStringLiteral("medium"), QColor(QStringLiteral("#2b8a3e")) },
            { QStringLiteral("high"), QColor(QStringLiteral("#f59f00")) },
            { QStringLiteral("full"), QColor(QStringLiteral("#c92a2a")) },
            { QStringLiteral("silent"), QColor(QStringLiteral("#868e96")) },
        };
        const QLocale locale;
        for (const Establishment &e : std::as_const(t.establishments)) {
            core::DashboardPoint p { e.id, e.lon, e.lat, {}, {} };
            const auto it = per.constFind(e.id);
            if (!recent.contains(e.id) || it == per.constEnd()) {
                p.styleKey = QStringLiteral("silent");
                p.tooltip = Tr::tr("%1\n%2 rooms\nNo guest list in the last %3 days")
                                .arg(e.name, locale.toString(e.rooms))
                                .arg(kSilentDays);
            } else {
                const double rate = it->lastRate;
                p.styleKey = rate >= 95 ? QStringLiteral("full")
                    : rate >= 80        ? QStringLiteral("high")
                    : rate >= 40        ? QStringLiteral("medium")
                                        : QStringLiteral("low");
                p.tooltip
                    = Tr::tr("%1\n%2 rooms, occupancy %3 % on %4\nGuests in the period: %5 "
                             "(foreign: %6)")
                          .arg(e.name, locale.toString(e.rooms), locale.toString(rate, 'f', 1),
                              QDate::fromString(it->lastDay, Qt::ISODate)
                                  .toString(QStringLiteral("dd/MM")),
                              locale.toString(it->guests), locale.toString(it->international));
            }
            stays.points.append(p);
        }
        const auto visitorsById = t.visitorsByAttraction(arrivalPeriod);
        core::DashboardLayer sights { QStringLiteral("tour_attractions"), {}, {}, 7, 3 };
        sights.colours.insert(QStringLiteral("attraction"), QColor(QStringLiteral("#ae3ec9")));
        for (const Attraction &a : std::as_const(t.attractions))
            sights.points.append({ a.id, a.lon, a.lat, QStringLiteral("attraction"),
                Tr::tr("%1\nVisitors %2: %3")
                    .arg(a.name, arrivalPeriod.first.toString(QStringLiteral("MM/yyyy")),
                        visitorsById.contains(a.id) ? locale.toString(visitorsById.value(a.id))
                                                    : Tr::tr("not reported")) });
        data.layers = { stays, sights };
    }
    return data;
}

} // namespace ioc::tourism
