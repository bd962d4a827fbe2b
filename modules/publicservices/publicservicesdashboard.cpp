#include "publicservices/publicservicesdashboard.h"

#include "core/placefilters.h"
#include "core/projection.h"
#include "publicservices/publicservicesqueries.h"
#include "publicservices/tr.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace ioc::publicservices {

namespace {

std::optional<double> nonZero(double v)
{
    // No dossier at all in a range means no data there (the cache holds 90 days), not 0.
    return v > 0 ? std::optional<double>(v) : std::nullopt;
}

std::optional<double> seTarget(const QSqlDatabase &db, const QString &indicator, int year)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT json_extract(properties, '$.target') FROM features "
                                 "WHERE collection = 'se_targets' AND id = ?"));
    query.addBindValue(QStringLiteral("tgt-%1-%2").arg(indicator).arg(year));
    if (query.exec() && query.next() && !query.value(0).isNull())
        return query.value(0).toDouble();
    return std::nullopt;
}

} // namespace

QList<core::Migration> psCacheMigrations()
{
    core::Projection dossiers;
    dossiers.table = QStringLiteral("ps_dossier_facts");
    dossiers.collection = QStringLiteral("ps_dossiers");
    dossiers.columns = {
        { QStringLiteral("unit_code"), QStringLiteral("$.unit_code") },
        { QStringLiteral("office_id"), QStringLiteral("$.office_id") },
        { QStringLiteral("agency"), QStringLiteral("$.agency") },
        { QStringLiteral("field"), QStringLiteral("$.field") },
        { QStringLiteral("channel"), QStringLiteral("$.channel") },
        { QStringLiteral("status"), QStringLiteral("$.status") },
        { QStringLiteral("received_at"), QStringLiteral("$.received_at") },
        { QStringLiteral("due_at"), QStringLiteral("$.due_at") },
        { QStringLiteral("resolved_at"), QStringLiteral("$.resolved_at") },
        { QStringLiteral("on_time"), QStringLiteral("$.on_time") },
    };
    // Covering: the range queries read only the index (measured 2-4× faster than plain
    // indexes on received_at / resolved_at).
    dossiers.indexedColumns = {
        QStringLiteral("received_at, unit_code, channel, status, resolved_at, due_at, on_time"),
        QStringLiteral("resolved_at, status, unit_code, on_time, agency, received_at"),
    };
    return { core::Migration::fromStatements(
        1, QStringLiteral("dossier projection"), core::projectionStatements(dossiers)) };
}

core::DashboardData PublicServicesDashboard::compute(
    const core::SqliteFile &mirror, const core::DashboardQuery &query) const
{
    core::DashboardData data;
    const core::DashboardFrame frame = core::beginDashboard(mirror, query, &data);
    const core::AdminGeography &geo = *frame.geography;
    const QDate today = frame.today;
    DossierQueries q(mirror, geo, query.area);
    const core::TimeFilter::Compared &compared = frame.compared;
    const core::DateRange period = compared.current;
    const QList<core::DateRange> &buckets = frame.buckets;
    const int n = int(buckets.size());

    core::KpiValue received = core::makeKpi(QStringLiteral("received"), Tr::tr("Dossiers received"),
        Tr::tr("dossiers"), n, false, true);
    core::KpiValue resolved = core::makeKpi(QStringLiteral("resolved"), Tr::tr("Dossiers resolved"),
        Tr::tr("dossiers"), n, false, true);
    core::KpiValue onTime = core::makeKpi(QStringLiteral("on_time_rate"),
        Tr::tr("Resolved on time"), QStringLiteral("%"), n, true, true);
    core::KpiValue overdue = core::makeKpi(
        QStringLiteral("overdue"), Tr::tr("Overdue dossiers"), Tr::tr("dossiers"), n, false, false);
    core::KpiValue online = core::makeKpi(QStringLiteral("online_rate"), Tr::tr("Submitted online"),
        QStringLiteral("%"), n, true, true);

    auto fill = [&](const core::DateRange &range, std::optional<double> core::KpiValue::*slot) {
        const auto [in, viaOnline] = q.received(range);
        const auto [done, inTime] = q.resolved(range);
        received.*slot = nonZero(in);
        resolved.*slot = nonZero(done);
        onTime.*slot = core::percentOf(inTime, done);
        online.*slot = core::percentOf(viaOnline, in);
        if (range.first <= today)
            overdue.*slot = q.openAt(core::instantOf(range, today)).second;
    };
    core::fillCompared(frame, fill);
    // No received dossier a year ago means the cache does not reach back: no overdue
    // figure either (0 would look like a perfect year).
    if (!received.lastYear)
        overdue.lastYear.reset();
    if (!received.previous)
        overdue.previous.reset();
    onTime.plan = seTarget(q.db(), QStringLiteral("ONTIME_RATE"), period.last.year());
    online.plan = seTarget(q.db(), QStringLiteral("ONLINE_RATE"), period.last.year());

    core::ChartData flow;
    flow.id = QStringLiteral("flow");
    flow.title = Tr::tr("Dossiers received and resolved");
    flow.unit = Tr::tr("dossiers");
    flow.categories = data.trendLabels;
    core::ChartSeries flowIn { Tr::tr("Received"), core::noValues(n) };
    core::ChartSeries flowOut { Tr::tr("Resolved"), core::noValues(n) };
    core::ChartData share;
    share.id = QStringLiteral("online_share");
    share.title = Tr::tr("Online submission share");
    share.unit = QStringLiteral("%");
    share.categories = data.trendLabels;
    core::ChartSeries shareSeries { Tr::tr("Submitted online"), core::noValues(n) };
    core::ChartSeries onTimeSeries { Tr::tr("Resolved on time"), core::noValues(n) };
    for (int i = 0; i < buckets.size(); ++i) {
        if (buckets[i].first > today)
            continue;
        const auto [in, viaOnline] = q.received(buckets[i]);
        const auto [done, inTime] = q.resolved(buckets[i]);
        if (in > 0) {
            flowIn.values[i] = received.trend[i] = in;
            shareSeries.values[i] = online.trend[i] = *core::percentOf(viaOnline, in);
        }
        if (done > 0) {
            flowOut.values[i] = resolved.trend[i] = done;
            onTimeSeries.values[i] = onTime.trend[i] = *core::percentOf(inTime, done);
        }
        if (in > 0 || done > 0)
            overdue.trend[i] = q.openAt(core::instantOf(buckets[i], today)).second;
    }
    flow.series = { flowIn, flowOut };
    flow.reformIndex = core::firstBucketAfterReform(buckets);
    share.series = { shareSeries, onTimeSeries };
    share.reformIndex = flow.reformIndex;
    if (flow.reformIndex >= 0)
        flow.note = share.note = Tr::tr("Dossiers before 1 July 2025 belong to the old units; an "
                                        "area counts them through the unit lineage.");

    if (compared.toDate)
        for (core::KpiValue *k : { &received, &resolved, &onTime, &online })
            k->periodLabel = Tr::tr("To date: %1 days of each period").arg(period.days());
    if (frame.running) {
        core::addNote(flow, Tr::tr("* period still running: to date."));
        core::addNote(share, Tr::tr("* period still running: to date."));
    }
    data.kpis = { received, resolved, onTime, overdue, online };
    data.charts.append(flow);

    // On-time rate by agency (the 15 lowest with at least 20 resolved), period.
    {
        const auto [from, to] = core::utcBounds(period);
        QSqlQuery agencies(q.db());
        agencies.setForwardOnly(true);
        agencies.prepare(
            QStringLiteral("SELECT agency, unit_code, received_at < ?, count(*), sum(on_time = 1) "
                           "FROM ps_dossier_facts WHERE status = 'resolved' AND resolved_at >= ? "
                           "AND resolved_at < ? GROUP BY 1, 2, 3"));
        agencies.addBindValue(kReformUtc);
        agencies.addBindValue(from);
        agencies.addBindValue(to);
        QHash<QString, QPair<double, double>> byAgency;
        if (agencies.exec()) {
            while (agencies.next()) {
                const double w
                    = geo.shareIn({ agencies.value(1).toString(),
                                      agencies.value(2).toBool() ? core::AdminEra::Before
                                                                 : core::AdminEra::After },
                        query.area);
                if (w <= 0)
                    continue;
                auto &acc = byAgency[agencies.value(0).toString()];
                acc.first += agencies.value(4).toDouble() * w;
                acc.second += agencies.value(3).toDouble() * w;
            }
        }
        QList<QPair<double, QString>> rates;
        for (auto it = byAgency.constBegin(); it != byAgency.constEnd(); ++it)
            if (it->second >= 20)
                rates.append({ it->first / it->second * 100.0, it.key() });
        std::sort(rates.begin(), rates.end());
        core::ChartData byAgencyChart;
        byAgencyChart.id = QStringLiteral("on_time_by_agency");
        byAgencyChart.title = Tr::tr("On-time rate by agency (15 lowest)");
        byAgencyChart.unit = QStringLiteral("%");
        byAgencyChart.kind = core::ChartData::Kind::HorizontalBar;
        core::ChartSeries series { Tr::tr("Resolved on time"), {} };
        // Lowest at the top of a horizontal bar chart: Qt draws the first category at the
        // bottom, so the list goes in reverse.
        const int shown = std::min<int>(15, int(rates.size()));
        for (int i = shown - 1; i >= 0; --i) {
            byAgencyChart.categories.append(rates[i].second.left(45));
            series.values.append(rates[i].first);
        }
        byAgencyChart.series.append(series);
        byAgencyChart.note = Tr::tr("Agencies with at least 20 dossiers resolved in the period.");
        data.charts.append(byAgencyChart);
    }

    // Overdue ageing as of the end of the period (or now).
    {
        const QString instant = core::instantOf(period, today);
        QSqlQuery ageing(q.db());
        ageing.setForwardOnly(true);
        ageing.prepare(QStringLiteral(
            "SELECT unit_code, received_at < ?, julianday(?) - julianday(due_at) "
            "FROM ps_dossier_facts WHERE received_at <= ? AND due_at < ? "
            "AND (resolved_at IS NULL OR resolved_at > ?) AND status != 'rejected'"));
        for (const QString &v : { kReformUtc, instant, instant, instant, instant })
            ageing.addBindValue(v);
        const QList<int> limits { 2, 7, 15, 30 };
        core::ChartSeries counts { Tr::tr("Overdue dossiers"),
            QVector<double>(limits.size() + 1, 0.0) };
        if (ageing.exec()) {
            while (ageing.next()) {
                const double w = geo.shareIn(
                    { ageing.value(0).toString(),
                        ageing.value(1).toBool() ? core::AdminEra::Before : core::AdminEra::After },
                    query.area);
                const double days = ageing.value(2).toDouble();
                int bucket = int(limits.size());
                for (int i = 0; i < limits.size(); ++i)
                    if (days <= limits[i]) {
                        bucket = i;
                        break;
                    }
                counts.values[bucket] += w;
            }
        }
        core::ChartData ageingChart;
        ageingChart.id = QStringLiteral("overdue_ageing");
        ageingChart.title = Tr::tr("Overdue dossiers by days past due");
        ageingChart.unit = Tr::tr("dossiers");
        ageingChart.kind = core::ChartData::Kind::Bar;
        ageingChart.categories = { Tr::tr("≤ 2 days"), Tr::tr("3–7 days"), Tr::tr("8–15 days"),
            Tr::tr("16–30 days"), Tr::tr("> 30 days") };
        ageingChart.series.append(counts);
        data.charts.append(ageingChart);
    }
    data.charts.append(share);

    // Status of the dossiers received in the period, resolved split early / on time / late.
    {
        const auto [from, to] = core::utcBounds(period);
        QSqlQuery status(q.db());
        status.setForwardOnly(true);
        status.prepare(QStringLiteral(
            "SELECT unit_code, received_at < ?, "
            "CASE WHEN status != 'resolved' THEN status "
            "WHEN on_time = 1 AND julianday(due_at) - julianday(resolved_at) >= 1 THEN 'early' "
            "WHEN on_time = 1 THEN 'on_time' ELSE 'late' END, count(*) "
            "FROM ps_dossier_facts WHERE received_at >= ? AND received_at < ? GROUP BY 1, 2, 3"));
        status.addBindValue(kReformUtc);
        status.addBindValue(from);
        status.addBindValue(to);
        const QStringList keys { QStringLiteral("received"), QStringLiteral("processing"),
            QStringLiteral("additional_info_required"), QStringLiteral("early"),
            QStringLiteral("on_time"), QStringLiteral("late"), QStringLiteral("rejected") };
        core::ChartSeries counts { Tr::tr("Dossiers received in the period"),
            QVector<double>(keys.size(), 0.0) };
        if (status.exec()) {
            while (status.next()) {
                const int index = int(keys.indexOf(status.value(2).toString()));
                if (index < 0)
                    continue;
                counts.values[index] += status.value(3).toDouble()
                    * geo.shareIn({ status.value(0).toString(),
                                      status.value(1).toBool() ? core::AdminEra::Before
                                                               : core::AdminEra::After },
                        query.area);
            }
        }
        core::ChartData byStatus;
        byStatus.id = QStringLiteral("by_status");
        byStatus.title = Tr::tr("Dossiers by status");
        byStatus.unit = Tr::tr("dossiers");
        byStatus.kind = core::ChartData::Kind::Bar;
        byStatus.categories = { Tr::tr("Received"), Tr::tr("In progress"),
            Tr::tr("Paused: documents missing"), Tr::tr("Resolved early"),
            Tr::tr("Resolved on time"), Tr::tr("Resolved late"), Tr::tr("Rejected") };
        byStatus.series.append(counts);
        data.charts.append(byStatus);
    }

    // Received in the period by field and channel (the ten busiest fields).
    {
        const auto [from, to] = core::utcBounds(period);
        QSqlQuery fields(q.db());
        fields.setForwardOnly(true);
        fields.prepare(QStringLiteral(
            "SELECT field, unit_code, received_at < ?, count(*), sum(channel = 'online') "
            "FROM ps_dossier_facts WHERE received_at >= ? AND received_at < ? GROUP BY 1, 2, 3"));
        fields.addBindValue(kReformUtc);
        fields.addBindValue(from);
        fields.addBindValue(to);
        QHash<QString, QPair<double, double>> byField; // online, in person
        if (fields.exec()) {
            while (fields.next()) {
                const double w = geo.shareIn(
                    { fields.value(1).toString(),
                        fields.value(2).toBool() ? core::AdminEra::Before : core::AdminEra::After },
                    query.area);
                auto &acc = byField[fields.value(0).toString()];
                acc.first += fields.value(4).toDouble() * w;
                acc.second += (fields.value(3).toDouble() - fields.value(4).toDouble()) * w;
            }
        }
        QList<QPair<double, QString>> totals;
        for (auto it = byField.constBegin(); it != byField.constEnd(); ++it)
            if (it->first + it->second > 0)
                totals.append({ it->first + it->second, it.key() });
        std::sort(totals.begin(), totals.end(), std::greater<>());
        core::ChartData byFieldChart;
        byFieldChart.id = QStringLiteral("by_field");
        byFieldChart.title = Tr::tr("Dossiers received by field and channel");
        byFieldChart.unit = Tr::tr("dossiers");
        byFieldChart.kind = core::ChartData::Kind::HorizontalBar;
        core::ChartSeries online { Tr::tr("Online"), {} };
        core::ChartSeries inPerson { Tr::tr("In person"), {} };
        for (int i = std::min<int>(10, int(totals.size())) - 1; i >= 0; --i) {
            byFieldChart.categories.append(totals[i].second.left(40));
            online.values.append(byField.value(totals[i].second).first);
            inPerson.values.append(byField.value(totals[i].second).second);
        }
        byFieldChart.series = { online, inPerson };
        data.charts.append(byFieldChart);
    }

    // Map: on-time rate by former district (rolled up counts), offices by backlog.
    {
        const auto [from, to] = core::utcBounds(period);
        const auto rows = q.grouped(
            QStringLiteral("SELECT unit_code, received_at < ?, count(*), sum(on_time = 1) "
                           "FROM ps_dossier_facts WHERE status = 'resolved' "
                           "AND resolved_at >= ? AND resolved_at < ? GROUP BY 1, 2"),
            { kReformUtc, from, to });
        for (const core::AdminUnitInfo &district : geo.districts()) {
            const core::UnitRef ref { district.code, core::AdminEra::Before };
            const double done = weigh(rows, geo, ref, &UnitCounts::a, nullptr);
            const double inTime = weigh(rows, geo, ref, &UnitCounts::b, nullptr);
            if (done >= 1)
                data.choropleth.insert(district.code, inTime / done * 100.0);
        }
        data.choroplethTitle = Tr::tr("On-time rate by former district");
        data.choroplethUnit = QStringLiteral("%");

        const QString instant = core::instantOf(period, today);
        // Per office in one pass over the period's dossiers (a correlated sub-query per
        // office scanned the whole projection 83 × 3 times: seconds instead of milliseconds).
        QHash<QString, std::array<int, 3>> perOffice; // open, resolved, on time
        {
            QSqlQuery counts(q.db());
            counts.setForwardOnly(true);
            counts.prepare(QStringLiteral(
                "SELECT office_id, "
                "sum(received_at <= ? AND (resolved_at IS NULL OR resolved_at > ?) "
                "    AND status != 'rejected'), "
                "sum(status = 'resolved' AND resolved_at >= ? AND resolved_at < ?), "
                "sum(status = 'resolved' AND on_time = 1 AND resolved_at >= ? AND resolved_at < ?) "
                "FROM ps_dossier_facts GROUP BY office_id"));
            for (const QString &v : { instant, instant, from, to, from, to })
                counts.addBindValue(v);
            if (counts.exec())
                while (counts.next())
                    perOffice.insert(counts.value(0).toString(),
                        { counts.value(1).toInt(), counts.value(2).toInt(),
                            counts.value(3).toInt() });
        }
        QSqlQuery offices(q.db());
        offices.setForwardOnly(true);
        offices.prepare(
            QStringLiteral("SELECT id, min_lon, min_lat, json_extract(properties, '$.name'), "
                           "json_extract(properties, '$.unit_code'), "
                           "coalesce(json_extract(properties, '$.valid_from'), '') >= '2025-07-01' "
                           "FROM features WHERE collection = 'ps_offices' AND cell IS NOT NULL "
                           "AND coalesce(json_extract(properties, '$.active'), 1)"));
        core::DashboardLayer small { QStringLiteral("ps_offices_small"), {}, {}, 5, 2 };
        core::DashboardLayer medium { QStringLiteral("ps_offices_medium"), {}, {}, 8, 3 };
        core::DashboardLayer large { QStringLiteral("ps_offices_large"), {}, {}, 12, 4 };
        const QHash<QString, QColor> colours {
            { QStringLiteral("good"), QColor(QStringLiteral("#2b8a3e")) },
            { QStringLiteral("fair"), QColor(QStringLiteral("#f59f00")) },
            { QStringLiteral("poor"), QColor(QStringLiteral("#c92a2a")) },
            { QStringLiteral("none"), QColor(QStringLiteral("#868e96")) },
        };
        small.colours = medium.colours = large.colours = colours;
        if (offices.exec()) {
            while (offices.next()) {
                const core::UnitRef unit { offices.value(4).toString(),
                    offices.value(5).toBool() ? core::AdminEra::After : core::AdminEra::Before };
                if (geo.shareIn(unit, query.area) <= 0)
                    continue;
                const auto counts = perOffice.value(offices.value(0).toString(), { 0, 0, 0 });
                const int backlog = counts[0];
                const int done = counts[1];
                const auto rate = core::percentOf(counts[2], done);
                const QString style = !rate ? QStringLiteral("none")
                    : *rate >= 95           ? QStringLiteral("good")
                    : *rate >= 80           ? QStringLiteral("fair")
                                            : QStringLiteral("poor");
                const QLocale locale;
                const QString tip
                    = Tr::tr("%1\nOpen dossiers: %2\nOn time: %3")
                          .arg(offices.value(3).toString(), locale.toString(backlog),
                              rate ? locale.toString(*rate, 'f', 1) + QStringLiteral(" %")
                                   : Tr::tr("no dossier resolved"));
                core::DashboardPoint point { offices.value(0).toString(),
                    offices.value(1).toDouble(), offices.value(2).toDouble(), style, tip };
                (backlog >= 500 ? large : backlog >= 100 ? medium : small).points.append(point);
            }
        }
        data.layers = { small, medium, large };
    }

    if (q.converted)
        data.notice = Tr::tr("Dossiers of units of the other side of the 1 July 2025 reform are "
                             "counted in %1 through the unit lineage (population weights): counts "
                             "may be fractional estimates.")
                          .arg(geo.name(query.area));
    return data;
}

} // namespace ioc::publicservices
