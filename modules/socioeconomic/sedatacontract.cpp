#include "socioeconomic/sedatacontract.h"

namespace ioc::socioeconomic {

namespace {

using core::CollectionContract;
using core::PropertyContract;
using Type = PropertyContract::Type;

PropertyContract required(
    const QString &name, Type type, const QString &purpose, const QStringList &allowed = {})
{
    return { name, type, true, allowed, purpose };
}

PropertyContract optional(
    const QString &name, Type type, const QString &purpose, const QStringList &allowed = {})
{
    return { name, type, false, allowed, purpose };
}

} // namespace

QList<core::CollectionContract> socioeconomicDataContract()
{
    const QStringList frequencies { QStringLiteral("monthly"), QStringLiteral("quarterly") };
    return {
        { QStringLiteral("se_indicators"), true, CollectionContract::Geometry::None,
            QStringLiteral("The indicator catalogue (the feature id is the indicator code): "
                           "names, units, how values add up; nothing is shown without it"),
            {
                optional(QStringLiteral("name"), Type::String,
                    QStringLiteral("the indicator's name in the selector, cards and charts")),
                optional(QStringLiteral("unit"), Type::String,
                    QStringLiteral("unit shown with the indicator's values")),
                required(QStringLiteral("frequency"), Type::String,
                    QStringLiteral("quarterly indicators are shown by quarter, never finer"),
                    frequencies),
                required(QStringLiteral("aggregation"), Type::String,
                    QStringLiteral("sum: added over areas and periods; rate: averaged "
                                   "(population-weighted over areas)"),
                    { QStringLiteral("sum"), QStringLiteral("rate") }),
                required(QStringLiteral("higher_is_better"), Type::Boolean,
                    QStringLiteral("whether a rise is good news and a target is met from above "
                                   "or below (absent = true)")),
            } },
        { QStringLiteral("se_observations"), true, CollectionContract::Geometry::None,
            QStringLiteral("Reported values by indicator, unit and period: every card, chart and "
                           "the district map"),
            {
                required(QStringLiteral("indicator"), Type::String,
                    QStringLiteral("the indicator (se_indicators id) the value belongs to")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the reporting unit: the province's own figure, or a "
                                   "district/commune weighted into areas")),
                required(QStringLiteral("period_start"), Type::Date,
                    QStringLiteral("first day of the period: dates the value and picks the era of "
                                   "its unit")),
                required(QStringLiteral("value"), Type::Number,
                    QStringLiteral("the reported value, summed or averaged into the figures")),
                required(QStringLiteral("period"), Type::String,
                    QStringLiteral("period label (2024-03, 2024-Q1): Records column, alert "
                                   "messages and the on-time alert's identity")),
                required(QStringLiteral("frequency"), Type::String,
                    QStringLiteral("the anomaly and missing-report alerts watch the monthly "
                                   "series"),
                    frequencies),
                optional(QStringLiteral("unit"), Type::String, QStringLiteral("Records column")),
            } },
        { QStringLiteral("se_targets"), true, CollectionContract::Geometry::None,
            QStringLiteral("Annual province targets: plan lines, the targets scoreboard, the "
                           "plan alerts, and the public-services plans (found by the id "
                           "tgt-<indicator>-<year>)"),
            {
                required(QStringLiteral("indicator"), Type::String,
                    QStringLiteral("the indicator (se_indicators id) the target is for")),
                required(QStringLiteral("year"), Type::Integer,
                    QStringLiteral("the year the target is for")),
                required(QStringLiteral("target"), Type::Number,
                    QStringLiteral("the annual target: pro rata plan of amounts, the bar of "
                                   "rates")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the plan alerts match targets to values by unit (the "
                                   "dashboard takes every target as the province's)")),
                optional(QStringLiteral("unit"), Type::String, QStringLiteral("Records column")),
                optional(QStringLiteral("name"), Type::String, QStringLiteral("label in Records")),
            } },
    };
}

} // namespace ioc::socioeconomic
