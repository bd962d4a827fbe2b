#include "education/educationdashboard.h"

#include "core/placefilters.h"
#include "core/projection.h"
#include "education/tr.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace ioc::education {

namespace {

const QStringList kLevels { QStringLiteral("preschool"), QStringLiteral("primary"),
    QStringLiteral("lower_secondary"), QStringLiteral("upper_secondary"),
    QStringLiteral("multi_level") };

QString levelLabel(const QString &level)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("preschool"), QT_TRANSLATE_NOOP("ioc::education::Tr", "Preschool") },
        { QStringLiteral("primary"), QT_TRANSLATE_NOOP("ioc::education::Tr", "Primary") },
        { QStringLiteral("lower_secondary"),
            QT_TRANSLATE_NOOP("ioc::education::Tr", "Lower secondary") },
        { QStringLiteral("upper_secondary"),
            QT_TRANSLATE_NOOP("ioc::education::Tr", "Upper secondary") },
        { QStringLiteral("multi_level"), QT_TRANSLATE_NOOP("ioc::education::Tr", "Multi-level") },
    };
    const auto it = labels.constFind(level);
    return it == labels.constEnd() ? level : Tr::tr(*it);
}

const QStringList kCauses { QStringLiteral("storm"), QStringLiteral("flood"),
    QStringLiteral("other") };

QString causeLabel(const QString &cause)
{
    if (cause == QLatin1String("storm"))
        return Tr::tr("Storm");
    if (cause == QLatin1String("flood"))
        return Tr::tr("Flood");
    return Tr::tr("Other cause");
}

struct School
{
    QString id;
    QString name;
    QString level;
    QString unit;
    double students = 0;
    double teachers = 0;
    double classes = 0;
    bool standard = false;
    double lon = 0;
    double lat = 0;
};

struct Totals
{
    double schools = 0, students = 0, teachers = 0, classes = 0, standard = 0;
    void add(const School &s)
    {
        schools += 1;
        students += s.students;
        teachers += s.teachers;
        classes += s.classes;
        standard += s.standard ? 1 : 0;
    }
};

class EducationData
{
public:
    EducationData(
        const core::SqliteFile &mirror, const core::AdminGeography &geo, const core::UnitRef &area)
        : m_mirror(mirror)
    {
        core::forEachRow(mirror,
            QStringLiteral("SELECT id, json_extract(properties, '$.name'), "
                           "json_extract(properties, '$.level'), "
                           "json_extract(properties, '$.unit_code'), "
                           "json_extract(properties, '$.students'), "
                           "json_extract(properties, '$.teachers'), "
                           "json_extract(properties, '$.classes'), "
                           "json_extract(properties, '$.national_standard'), min_lon, min_lat "
                           "FROM features WHERE collection = 'edu_schools'"),
            {}, [&](const QSqlQuery &q) {
                School s { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toDouble(), q.value(5).toDouble(),
                    q.value(6).toDouble(), q.value(7).toBool(), q.value(8).toDouble(),
                    q.value(9).toDouble() };
                all.append(s);
                // Schools carry the commune they are in today: the new units.
                if (core::placeInArea(geo, { s.unit, core::AdminEra::After }, area)) {
                    schools.append(s);
                    inArea.insert(s.id);
                }
            });
    }

    QList<School> all;
    QList<School> schools;
    QSet<QString> inArea;

    // Reported days of the range (ascending).
    QStringList reportedDays(const core::DateRange &range) const
    {
        QStringList days;
        core::forEachRow(m_mirror,
            QStringLiteral("SELECT DISTINCT date FROM edu_day_facts WHERE date >= ? AND date <= ? "
                           "ORDER BY 1"),
            { core::isoDate(range.first), core::isoDate(range.last) },
            [&](const QSqlQuery &q) { days.append(q.value(0).toString()); });
        return days;
    }

    // Closed schools of the area per day and cause in the range.
    QHash<QString, QHash<QString, int>> closures(const core::DateRange &range) const
    {
        QHash<QString, QHash<QString, int>> byDay;
        core::forEachRow(m_mirror,
            QStringLiteral("SELECT school_id, date, coalesce(cause, 'other') FROM edu_day_facts "
                           "WHERE status = 'closed' AND date >= ? AND date <= ?"),
            { core::isoDate(range.first), core::isoDate(range.last) }, [&](const QSqlQuery &q) {
                if (inArea.contains(q.value(0).toString()))
                    byDay[q.value(1).toString()][q.value(2).toString()] += 1;
            });
        return byDay;
    }

    // Schools closed on the latest reported day of the range; nullopt when none reported.
    std::optional<QPair<QString, int>> closedOnLatestDay(const core::DateRange &range) const
    {
        const QStringList days = reportedDays(range);
        if (days.isEmpty())
            return std::nullopt;
        const QDate day = QDate::fromString(days.last(), Qt::ISODate);
        const auto byDay = closures({ day, day });
        int count = 0;
        for (int n : byDay.value(days.last()))
            count += n;
        return QPair<QString, int>(days.last(), count);
    }

    QSet<QString> closedOn(const QString &day) const
    {
        QSet<QString> ids;
        core::forEachRow(m_mirror,
            QStringLiteral("SELECT school_id FROM edu_day_facts WHERE status = 'closed' "
                           "AND date = ?"),
            { day }, [&](const QSqlQuery &q) { ids.insert(q.value(0).toString()); });
        return ids;
    }

private:
    const core::SqliteFile &m_mirror;
};

} // namespace

QList<core::Migration> educationCacheMigrations()
{
    core::Projection days { QStringLiteral("edu_day_facts"), QStringLiteral("edu_school_days"),
        { { QStringLiteral("school_id"), QStringLiteral("$.school_id") },
            { QStringLiteral("date"), QStringLiteral("$.date") },
            { QStringLiteral("status"), QStringLiteral("$.status") },
            { QStringLiteral("cause"), QStringLiteral("$.cause") },
            { QStringLiteral("unit_code"), QStringLiteral("$.unit_code") } },
        { QStringLiteral("date") } };
    return { core::Migration::fromStatements(
        1, QStringLiteral("school day projection"), core::projectionStatements(days)) };
}

core::DashboardData EducationDashboard::compute(
    const core::SqliteFile &mirror, const core::DashboardQuery &query) const
{
    core::DashboardData data;
    const core::DashboardFrame frame = core::beginDashboard(mirror, query, &data);
    const core::AdminGeography &geo = *frame.geography;
    const QDate today = frame.today;
    EducationData e(mirror, geo, query.area);
    const core::TimeFilter::Compared &compared = frame.compared;
    const core::DateRange period = compared.current;
    const QList<core::DateRange> &buckets = frame.buckets;
    const int n = int(buckets.size());

    Totals totals;
    for (const School &s : std::as_const(e.schools))
        totals.add(s);
    const QString registered = Tr::tr("As registered");

    core::KpiValue closed = core::makeKpi(
        QStringLiteral("closed"), Tr::tr("Schools closed"), Tr::tr("schools"), n, false, false);
    core::KpiValue schools
        = core::makeKpi(QStringLiteral("schools"), Tr::tr("Schools"), Tr::tr("schools"), n);
    core::KpiValue students
        = core::makeKpi(QStringLiteral("students"), Tr::tr("Students"), Tr::tr("students"), n);
    core::KpiValue ratio = core::makeKpi(QStringLiteral("pupils_per_teacher"),
        Tr::tr("Pupils per teacher"), Tr::tr("pupils"), n, false, false);
    ratio.decimals = 1;
    core::KpiValue standard = core::makeKpi(QStringLiteral("standard_share"),
        Tr::tr("National-standard schools"), QStringLiteral("%"), n, true, true);
    core::KpiValue teachers
        = core::makeKpi(QStringLiteral("teachers"), Tr::tr("Teachers"), Tr::tr("teachers"), n);
    if (totals.schools > 0) {
        schools.value = totals.schools;
        students.value = totals.students;
        teachers.value = totals.teachers;
        ratio.value = totals.teachers > 0 ? std::optional<double>(totals.students / totals.teachers)
                                          : std::nullopt;
        standard.value = totals.standard / totals.schools * 100.0;
    }
    for (core::KpiValue *k : { &schools, &students, &ratio, &standard, &teachers })
        k->periodLabel = registered;

    const auto latest = e.closedOnLatestDay(period);
    core::fillCompared(
        frame, [&](const core::DateRange &range, std::optional<double> core::KpiValue::*slot) {
            const auto onDay = slot == &core::KpiValue::value ? latest : e.closedOnLatestDay(range);
            if (onDay)
                closed.*slot = onDay->second;
        });
    if (latest)
        closed.periodLabel
            = QDate::fromString(latest->first, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
    for (int i = 0; i < n; ++i) {
        if (buckets[i].first > today)
            continue;
        const core::DateRange upTo { buckets[i].first, std::min(buckets[i].last, today) };
        if (const auto c = e.closedOnLatestDay(upTo))
            closed.trend[i] = c->second;
    }
    data.kpis = { closed, schools, students, ratio, standard, teachers };

    // Students and teachers by level.
    {
        QHash<QString, Totals> byLevel;
        for (const School &s : std::as_const(e.schools))
            byLevel[s.level].add(s);
        core::ChartData chart;
        chart.id = QStringLiteral("by_level");
        chart.title = Tr::tr("Students and teachers by level");
        chart.unit = Tr::tr("people");
        chart.kind = core::ChartData::Kind::Bar;
        core::ChartSeries st { Tr::tr("Students"), {} };
        core::ChartSeries te { Tr::tr("Teachers"), {} };
        core::ChartData share;
        share.id = QStringLiteral("standard_by_level");
        share.title = Tr::tr("National-standard share by level");
        share.unit = QStringLiteral("%");
        share.kind = core::ChartData::Kind::Bar;
        core::ChartSeries shareSeries { Tr::tr("National-standard schools"), {} };
        for (const QString &level : kLevels) {
            const Totals t = byLevel.value(level);
            if (t.schools <= 0)
                continue;
            chart.categories.append(levelLabel(level));
            st.values.append(t.students);
            te.values.append(t.teachers);
            share.categories.append(
                QStringLiteral("%1 (%2/%3)").arg(levelLabel(level)).arg(t.standard).arg(t.schools));
            shareSeries.values.append(t.standard / t.schools * 100.0);
        }
        chart.series = { st, te };
        share.series = { shareSeries };
        share.note = Tr::tr("The data center publishes the current status only: no history by "
                            "school year yet.");
        data.charts.append(chart);
        data.charts.append(share);
    }

    // Students and teachers by unit.
    {
        core::ChartData chart;
        chart.id = QStringLiteral("by_unit");
        chart.title = Tr::tr("Students and teachers by unit");
        chart.unit = Tr::tr("people");
        chart.kind = core::ChartData::Kind::HorizontalBar;
        core::ChartSeries st { Tr::tr("Students"), {} };
        core::ChartSeries te { Tr::tr("Teachers"), {} };
        const auto units = core::subUnitsOf(geo, query.area, core::AdminEra::After);
        for (auto it = units.crbegin(); it != units.crend(); ++it) {
            Totals t;
            for (const School &s : std::as_const(e.schools))
                if (core::placeInArea(geo, { s.unit, core::AdminEra::After }, *it))
                    t.add(s);
            if (t.schools <= 0)
                continue;
            chart.categories.append(geo.name(*it));
            st.values.append(t.students);
            te.values.append(t.teachers);
        }
        chart.series = { st, te };
        data.charts.append(chart);
    }

    // Closures by day and cause.
    {
        const QDate last = std::min(period.last, today);
        const core::DateRange range { std::max(period.first, last.addDays(1 - kClosureDays)),
            last };
        const QStringList days = e.reportedDays(range);
        const auto byDay = e.closures(range);
        core::ChartData chart;
        chart.id = QStringLiteral("closures");
        chart.title = Tr::tr("Schools closed by day and cause");
        chart.unit = Tr::tr("schools");
        chart.kind = core::ChartData::Kind::Bar;
        QList<core::ChartSeries> series;
        for (const QString &cause : kCauses)
            series.append({ causeLabel(cause), {} });
        for (const QString &day : days) {
            chart.categories.append(
                QDate::fromString(day, Qt::ISODate).toString(QStringLiteral("dd/MM")));
            for (int c = 0; c < kCauses.size(); ++c)
                series[c].values.append(byDay.value(day).value(kCauses[c]));
        }
        chart.series = series;
        data.charts.append(chart);
    }

    // Choropleth: pupils per teacher by former district.
    for (const core::AdminUnitInfo &district : geo.districts()) {
        Totals t;
        for (const School &s : std::as_const(e.all))
            if (core::placeInArea(geo, { s.unit, core::AdminEra::After },
                    { district.code, core::AdminEra::Before }))
                t.add(s);
        if (t.teachers > 0)
            data.choropleth.insert(district.code, t.students / t.teachers);
    }
    data.choroplethTitle = Tr::tr("Pupils per teacher by former district");
    data.choroplethHigherIsBetter = false;

    // Schools by level (national standard: full colour; not yet: pale), closed ones on top.
    {
        const QSet<QString> closedIds = latest ? e.closedOn(latest->first) : QSet<QString>();
        const QHash<QString, QColor> levelColours {
            { QStringLiteral("preschool"), QColor(QStringLiteral("#f08c00")) },
            { QStringLiteral("primary"), QColor(QStringLiteral("#2f9e44")) },
            { QStringLiteral("lower_secondary"), QColor(QStringLiteral("#1971c2")) },
            { QStringLiteral("upper_secondary"), QColor(QStringLiteral("#6741d9")) },
            { QStringLiteral("multi_level"), QColor(QStringLiteral("#0c8599")) },
        };
        core::DashboardLayer layer { QStringLiteral("edu_schools"), {}, {}, 5, 2 };
        for (auto it = levelColours.constBegin(); it != levelColours.constEnd(); ++it) {
            layer.colours.insert(it.key(), it.value());
            layer.colours.insert(it.key() + QStringLiteral("_sub"), it.value().lighter(170));
        }
        core::DashboardLayer closedLayer { QStringLiteral("edu_closed"), {}, {}, 8, 3 };
        closedLayer.colours.insert(QStringLiteral("closed"), QColor(QStringLiteral("#c92a2a")));
        const QLocale locale;
        for (const School &s : std::as_const(e.schools)) {
            const QString tip = Tr::tr("%1 (%2)\n%3 students, %4 teachers, %5 classes\n%6")
                                    .arg(s.name, levelLabel(s.level), locale.toString(s.students),
                                        locale.toString(s.teachers), locale.toString(s.classes),
                                        s.standard ? Tr::tr("Meets the national standard")
                                                   : Tr::tr("Not yet at the national standard"));
            if (closedIds.contains(s.id)) {
                closedLayer.points.append({ s.id, s.lon, s.lat, QStringLiteral("closed"),
                    tip + QLatin1Char('\n') + Tr::tr("Closed on %1").arg(closed.periodLabel) });
                continue;
            }
            layer.points.append({ s.id, s.lon, s.lat,
                s.standard ? s.level : s.level + QStringLiteral("_sub"), tip });
        }
        data.layers = { layer, closedLayer };
    }
    return data;
}

} // namespace ioc::education
