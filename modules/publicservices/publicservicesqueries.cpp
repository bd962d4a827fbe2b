#include "publicservices/publicservicesqueries.h"

#include "core/dashboard.h"

#include <QSqlQuery>
#include <QVariant>

namespace ioc::publicservices {

double weigh(const QList<UnitCounts> &rows, const core::AdminGeography &geo,
    const core::UnitRef &area, double UnitCounts::*field, bool *converted)
{
    double total = 0;
    for (const UnitCounts &row : rows) {
        const double share = geo.shareIn(
            { row.unit, row.before ? core::AdminEra::Before : core::AdminEra::After }, area);
        if (share > 0 && share < 0.999 && converted)
            *converted = true;
        total += row.*field * share;
    }
    return total;
}

QList<UnitCounts> DossierQueries::grouped(const QString &sql, const QStringList &binds) const
{
    QList<UnitCounts> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QString &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append({ query.value(0).toString(), query.value(1).toBool(), query.value(2).toDouble(),
            query.value(3).toDouble() });
    return rows;
}

QPair<double, double> DossierQueries::received(const core::DateRange &range)
{
    const auto [from, to] = core::utcBounds(range);
    const auto rows
        = grouped(QStringLiteral("SELECT unit_code, received_at < ?, count(*), "
                                 "sum(channel = 'online') FROM ps_dossier_facts "
                                 "WHERE received_at >= ? AND received_at < ? GROUP BY 1, 2"),
            { kReformUtc, from, to });
    return { weigh(rows, m_geo, m_area, &UnitCounts::a, &converted),
        weigh(rows, m_geo, m_area, &UnitCounts::b, &converted) };
}

QPair<double, double> DossierQueries::resolved(const core::DateRange &range)
{
    const auto [from, to] = core::utcBounds(range);
    const auto rows
        = grouped(QStringLiteral("SELECT unit_code, received_at < ?, count(*), sum(on_time = 1) "
                                 "FROM ps_dossier_facts WHERE status = 'resolved' "
                                 "AND resolved_at >= ? AND resolved_at < ? GROUP BY 1, 2"),
            { kReformUtc, from, to });
    return { weigh(rows, m_geo, m_area, &UnitCounts::a, &converted),
        weigh(rows, m_geo, m_area, &UnitCounts::b, &converted) };
}

QPair<double, double> DossierQueries::openAt(const QString &instant)
{
    const auto rows
        = grouped(QStringLiteral("SELECT unit_code, received_at < ?, count(*), sum(due_at < ?) "
                                 "FROM ps_dossier_facts WHERE received_at <= ? "
                                 "AND (resolved_at IS NULL OR resolved_at > ?) "
                                 "AND status != 'rejected' GROUP BY 1, 2"),
            { kReformUtc, instant, instant, instant });
    return { weigh(rows, m_geo, m_area, &UnitCounts::a, &converted),
        weigh(rows, m_geo, m_area, &UnitCounts::b, &converted) };
}

} // namespace ioc::publicservices
