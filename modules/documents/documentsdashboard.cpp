#include "documents/documentsdashboard.h"

#include "core/placefilters.h"
#include "core/projection.h"
#include "documents/tr.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace ioc::documents {

namespace {

struct Agency
{
    QString name;
    QString unitCode;
    core::AdminEra era = core::AdminEra::Before;
    double lon = 0;
    double lat = 0;
    bool hasPoint = false;
};

QHash<QString, Agency> loadAgencies(const QSqlDatabase &db)
{
    QHash<QString, Agency> agencies;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, json_extract(properties, '$.name'), json_extract(properties, "
            "'$.unit_code'), json_extract(properties, '$.level'), min_lon, min_lat, cell "
            "FROM features WHERE collection = 'doc_agencies'")))
        return agencies;
    while (query.next()) {
        Agency agency;
        agency.name = query.value(1).toString();
        agency.unitCode = query.value(2).toString();
        // Commune people's committees belong to the new communes; district ones are gone
        // since the reform and keep their old unit.
        agency.era = query.value(3).toString() == QLatin1String("commune") ? core::AdminEra::After
                                                                           : core::AdminEra::Before;
        agency.lon = query.value(4).toDouble();
        agency.lat = query.value(5).toDouble();
        agency.hasPoint = !query.value(6).isNull();
        agencies.insert(query.value(0).toString(), agency);
    }
    return agencies;
}

class AreaWeights
{
public:
    AreaWeights(const QHash<QString, Agency> &agencies, const core::AdminGeography &geo,
        const core::UnitRef &area)
        : m_agencies(agencies)
        , m_geo(geo)
        , m_area(area)
    { }

    double of(const QString &agencyId) const
    {
        if (m_area.code.isEmpty() || m_area.code == m_geo.provinceCode())
            return 1.0;
        const auto it = m_agencies.constFind(agencyId);
        if (it == m_agencies.constEnd())
            return 0.0;
        return m_geo.shareIn({ it->unitCode, it->era }, m_area);
    }

private:
    const QHash<QString, Agency> &m_agencies;
    const core::AdminGeography &m_geo;
    core::UnitRef m_area;
};

} // namespace

QList<core::Migration> docCacheMigrations()
{
    core::Projection documents;
    documents.table = QStringLiteral("doc_document_facts");
    documents.collection = QStringLiteral("doc_documents");
    documents.columns = {
        { QStringLiteral("direction"), QStringLiteral("$.direction") },
        { QStringLiteral("urgency"), QStringLiteral("$.urgency") },
        { QStringLiteral("kind"), QStringLiteral("$.kind") },
        { QStringLiteral("issued_at"), QStringLiteral("$.issued_at") },
        { QStringLiteral("from_agency"), QStringLiteral("$.from_agency") },
        { QStringLiteral("to_agency"), QStringLiteral("$.to_agency") },
    };
    documents.indexedColumns = { QStringLiteral("issued_at") };
    core::Projection tasks;
    tasks.table = QStringLiteral("doc_task_facts");
    tasks.collection = QStringLiteral("doc_tasks");
    tasks.columns = {
        { QStringLiteral("assignee_agency"), QStringLiteral("$.assignee_agency") },
        { QStringLiteral("assigned_at"), QStringLiteral("$.assigned_at") },
        { QStringLiteral("deadline"), QStringLiteral("$.deadline") },
        { QStringLiteral("completed_at"), QStringLiteral("$.completed_at") },
        { QStringLiteral("status"), QStringLiteral("$.status") },
        { QStringLiteral("on_time"), QStringLiteral("$.on_time") },
    };
    tasks.indexedColumns = { QStringLiteral("assigned_at"), QStringLiteral("completed_at") };
    return { core::Migration::fromStatements(1, QStringLiteral("document and task projections"),
        core::projectionStatements(documents) + core::projectionStatements(tasks)) };
}

core::DashboardData DocumentsDashboard::compute(
    const core::SqliteFile &mirror, const core::DashboardQuery &query) const
{
    core::DashboardData data;
    const core::DashboardFrame frame = core::beginDashboard(mirror, query, &data);
    const core::AdminGeography *geography = frame.geography.get();
    const QSqlDatabase db = mirror.connection();
    const QHash<QString, Agency> agencies = loadAgencies(db);
    const AreaWeights weight(agencies, *geography, query.area);
    const QDate today = frame.today;
    const QList<core::DateRange> &buckets = frame.buckets;
    const int n = int(buckets.size());

    // Documents by direction in a range, weighted by the area of the agency on the other side.
    auto documents = [&](const core::DateRange &range) {
        const auto [from, to] = core::utcBounds(range);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT direction, CASE direction WHEN 'incoming' THEN from_agency ELSE to_agency END, "
            "count(*) FROM doc_document_facts WHERE issued_at >= ? AND issued_at < ? "
            "GROUP BY 1, 2"));
        q.addBindValue(from);
        q.addBindValue(to);
        QPair<double, double> inOut { 0, 0 };
        if (q.exec()) {
            while (q.next()) {
                const double n = q.value(2).toDouble() * weight.of(q.value(1).toString());
                (q.value(0).toString() == QLatin1String("incoming") ? inOut.first : inOut.second)
                    += n;
            }
        }
        return inOut;
    };
    // Open and overdue tasks at an instant.
    auto openAt = [&](const QString &instant) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT assignee_agency, count(*), sum(deadline < ?) FROM doc_task_facts "
            "WHERE assigned_at <= ? AND (completed_at IS NULL OR completed_at > ?) GROUP BY 1"));
        q.addBindValue(instant);
        q.addBindValue(instant);
        q.addBindValue(instant);
        QPair<double, double> result { 0, 0 };
        if (q.exec()) {
            while (q.next()) {
                const double w = weight.of(q.value(0).toString());
                result.first += q.value(1).toDouble() * w;
                result.second += q.value(2).toDouble() * w;
            }
        }
        return result;
    };
    // Tasks completed in a range, and of them on time.
    auto completed = [&](const core::DateRange &range) {
        const auto [from, to] = core::utcBounds(range);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT assignee_agency, count(*), sum(on_time = 1) FROM doc_task_facts "
                           "WHERE completed_at >= ? AND completed_at < ? GROUP BY 1"));
        q.addBindValue(from);
        q.addBindValue(to);
        QPair<double, double> result { 0, 0 };
        if (q.exec()) {
            while (q.next()) {
                const double w = weight.of(q.value(0).toString());
                result.first += q.value(1).toDouble() * w;
                result.second += q.value(2).toDouble() * w;
            }
        }
        return result;
    };

    core::KpiValue incoming = core::makeKpi(QStringLiteral("incoming"),
        Tr::tr("Incoming documents"), Tr::tr("documents"), n, false, true);
    core::KpiValue outgoing = core::makeKpi(QStringLiteral("outgoing"),
        Tr::tr("Outgoing documents"), Tr::tr("documents"), n, false, true);
    core::KpiValue overdue = core::makeKpi(
        QStringLiteral("overdue_tasks"), Tr::tr("Overdue tasks"), Tr::tr("tasks"), n, false, false);
    core::KpiValue onTime = core::makeKpi(QStringLiteral("tasks_on_time"),
        Tr::tr("Tasks completed on time"), QStringLiteral("%"), n, true, true);
    core::KpiValue dueSoon = core::makeKpi(QStringLiteral("due_soon"),
        Tr::tr("Tasks due within 3 days"), Tr::tr("tasks"), n, false, false);

    auto nonZero = [](double v) { return v > 0 ? std::optional<double>(v) : std::nullopt; };
    auto fill = [&](const core::DateRange &range, std::optional<double> core::KpiValue::*slot) {
        const auto [in, out] = documents(range);
        incoming.*slot = nonZero(in);
        outgoing.*slot = nonZero(out);
        const auto [done, inTime] = completed(range);
        if (done > 0)
            onTime.*slot = inTime / done * 100.0;
        // Overdue only where the cache reaches (some task assigned by then).
        if (range.first <= today && (in > 0 || out > 0 || done > 0))
            overdue.*slot = openAt(core::instantOf(range, today)).second;
    };
    core::fillCompared(frame, fill);
    const core::TimeFilter::Compared &compared = frame.compared;
    if (compared.toDate)
        for (core::KpiValue *k : { &incoming, &outgoing, &onTime })
            k->periodLabel = Tr::tr("To date: %1 days of each period").arg(compared.current.days());
    {
        const QString now = core::utcBounds({ today, today }).second;
        const QString soon = core::utcBounds({ today, today.addDays(3) }).second;
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT assignee_agency, count(*) FROM doc_task_facts WHERE completed_at IS NULL "
            "AND deadline >= ? AND deadline < ? GROUP BY 1"));
        q.addBindValue(now);
        q.addBindValue(soon);
        double due = 0;
        if (q.exec())
            while (q.next())
                due += q.value(1).toDouble() * weight.of(q.value(0).toString());
        dueSoon.value = due;
        dueSoon.periodLabel
            = Tr::tr("From today, %1").arg(QLocale().toString(today, QLocale::ShortFormat));
    }

    core::ChartData perBucket;
    perBucket.id = QStringLiteral("documents");
    perBucket.title = Tr::tr("Documents in and out");
    perBucket.unit = Tr::tr("documents");
    perBucket.kind = core::ChartData::Kind::Bar;
    perBucket.categories = data.trendLabels;
    core::ChartSeries inSeries { Tr::tr("Incoming"), core::noValues(n) };
    core::ChartSeries outSeries { Tr::tr("Outgoing"), core::noValues(n) };
    core::ChartData overdueTrend;
    overdueTrend.id = QStringLiteral("overdue_trend");
    overdueTrend.title = Tr::tr("Overdue tasks at the end of each period");
    overdueTrend.unit = Tr::tr("tasks");
    overdueTrend.categories = data.trendLabels;
    core::ChartSeries overdueSeries { Tr::tr("Overdue tasks"), core::noValues(n) };
    core::ChartSeries openSeries { Tr::tr("Open tasks"), core::noValues(n) };
    for (int i = 0; i < buckets.size(); ++i) {
        if (buckets[i].first > today)
            continue;
        const auto [in, out] = documents(buckets[i]);
        const auto [done, inTime] = completed(buckets[i]);
        if (in > 0 || out > 0) {
            inSeries.values[i] = incoming.trend[i] = in;
            outSeries.values[i] = outgoing.trend[i] = out;
        }
        if (done > 0)
            onTime.trend[i] = inTime / done * 100.0;
        if (in > 0 || out > 0 || done > 0) {
            const auto [open, late] = openAt(core::instantOf(buckets[i], today));
            openSeries.values[i] = open;
            overdueSeries.values[i] = overdue.trend[i] = late;
        }
    }
    perBucket.series = { inSeries, outSeries };
    overdueTrend.series = { overdueSeries, openSeries };
    if (frame.running) {
        core::addNote(perBucket, Tr::tr("* period still running: to date."));
        core::addNote(overdueTrend, Tr::tr("* period still running: to date."));
    }
    data.kpis = { incoming, outgoing, overdue, onTime, dueSoon };
    data.charts.append(perBucket);

    // Task completion by agency: tasks assigned within the trend window, their state now.
    {
        const core::DateRange window { buckets.first().first, buckets.last().last };
        const auto [from, to] = core::utcBounds(window);
        const QString now = core::utcBounds({ today, today }).second;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT assignee_agency, sum(completed_at IS NOT NULL AND on_time = 1), "
            "sum(completed_at IS NOT NULL AND on_time IS NOT 1), "
            "sum(completed_at IS NULL AND deadline >= ?), sum(completed_at IS NULL AND deadline < "
            "?), "
            "count(*) FROM doc_task_facts WHERE assigned_at >= ? AND assigned_at < ? GROUP BY 1"));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(from);
        q.addBindValue(to);
        struct Row
        {
            QString agency;
            double values[4];
            double total;
        };
        QList<Row> rows;
        if (q.exec()) {
            while (q.next()) {
                const double w = weight.of(q.value(0).toString());
                if (w <= 0)
                    continue;
                rows.append({ q.value(0).toString(),
                    { q.value(1).toDouble() * w, q.value(2).toDouble() * w,
                        q.value(3).toDouble() * w, q.value(4).toDouble() * w },
                    q.value(5).toDouble() * w });
            }
        }
        // The agencies with most overdue, then most tasks: the scoreboard's top.
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.values[3] != b.values[3] ? a.values[3] > b.values[3] : a.total > b.total;
        });
        if (rows.size() > 12)
            rows = rows.mid(0, 12);
        std::reverse(rows.begin(), rows.end()); // first category drawn at the bottom
        core::ChartData byAgency;
        byAgency.id = QStringLiteral("tasks_by_agency");
        byAgency.title = Tr::tr("Tasks by agency (assigned in the charts' window)");
        byAgency.unit = Tr::tr("tasks");
        byAgency.kind = core::ChartData::Kind::HorizontalBar;
        const QStringList names { Tr::tr("Done on time"), Tr::tr("Done late"),
            Tr::tr("In progress"), Tr::tr("Overdue") };
        for (int s = 0; s < 4; ++s)
            byAgency.series.append({ names[s], {} });
        for (const Row &row : std::as_const(rows)) {
            byAgency.categories.append(agencies.value(row.agency).name.left(40));
            for (int s = 0; s < 4; ++s)
                byAgency.series[s].values.append(row.values[s]);
        }
        byAgency.note = Tr::tr("The 12 agencies with the most overdue tasks. State as of today.");
        data.charts.append(byAgency);
    }
    data.charts.append(overdueTrend);

    // Map: agencies with open tasks, sized and coloured by their overdue tasks now.
    {
        const QString now = core::utcBounds({ today, today }).second;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT assignee_agency, count(*), sum(deadline < ?) "
                                 "FROM doc_task_facts WHERE completed_at IS NULL GROUP BY 1"));
        q.addBindValue(now);
        core::DashboardLayer none { QStringLiteral("doc_agencies_ok"), {}, {}, 5, 2 };
        core::DashboardLayer some { QStringLiteral("doc_agencies_overdue"), {}, {}, 8, 3 };
        core::DashboardLayer many { QStringLiteral("doc_agencies_many_overdue"), {}, {}, 12, 4 };
        const QHash<QString, QColor> colours {
            { QStringLiteral("ok"), QColor(QStringLiteral("#2b8a3e")) },
            { QStringLiteral("some"), QColor(QStringLiteral("#f59f00")) },
            { QStringLiteral("many"), QColor(QStringLiteral("#c92a2a")) },
        };
        none.colours = some.colours = many.colours = colours;
        QHash<QString, QPair<int, int>> openByAgency;
        if (q.exec())
            while (q.next())
                openByAgency.insert(
                    q.value(0).toString(), { q.value(1).toInt(), q.value(2).toInt() });
        const QLocale locale;
        QHash<QString, double> overdueByDistrict;
        for (auto it = agencies.constBegin(); it != agencies.constEnd(); ++it) {
            if (!it->hasPoint || weight.of(it.key()) <= 0)
                continue;
            const auto [open, late] = openByAgency.value(it.key());
            const QString tip = Tr::tr("%1\nOpen tasks: %2\nOverdue: %3")
                                    .arg(it->name, locale.toString(open), locale.toString(late));
            const QString style = late == 0 ? QStringLiteral("ok")
                : late < 5                  ? QStringLiteral("some")
                                            : QStringLiteral("many");
            (late == 0         ? none
                    : late < 5 ? some
                               : many)
                .points.append({ it.key(), it->lon, it->lat, style, tip });
        }
        data.layers = { none, some, many };
        // Overdue tasks by former district (agencies of the new communes rolled up).
        for (const core::AdminUnitInfo &district : geography->districts()) {
            double sum = 0;
            for (auto it = agencies.constBegin(); it != agencies.constEnd(); ++it)
                if (it->unitCode != geography->provinceCode())
                    sum += openByAgency.value(it.key()).second
                        * geography->shareIn(
                            { it->unitCode, it->era }, { district.code, core::AdminEra::Before });
            overdueByDistrict.insert(district.code, sum);
        }
        data.choropleth = overdueByDistrict;
        data.choroplethTitle = Tr::tr("Overdue tasks of local agencies");
        data.choroplethUnit = Tr::tr("tasks");
        data.choroplethHigherIsBetter = false;
    }
    return data;
}

} // namespace ioc::documents
