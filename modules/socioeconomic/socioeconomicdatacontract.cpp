#include "socioeconomic/socioeconomicdatacontract.h"

namespace ioc::socioeconomic {

namespace {

using core::CollectionContract;
using core::PropertyContract;
using Type = PropertyContract::Type;
using core::optionalProperty;
using core::requiredProperty;

} // namespace

QList<core::CollectionContract> socioeconomicDataContract()
{
    const QStringList frequencies { QStringLiteral("monthly"), QStringLiteral("quarterly") };
    return {
        { QStringLiteral("se_indicators"), true, CollectionContract::Geometry::None,
            QStringLiteral("The indicator catalogue (the feature id is the indicator code): "
                           "names, units, how values add up; nothing is shown without it"),
            {
                optionalProperty(QStringLiteral("name"), Type::String,
                    QStringLiteral("the indicator's name in the selector, cards and charts")),
                optionalProperty(QStringLiteral("unit"), Type::String,
                    QStringLiteral("unit shown with the indicator's values")),
                requiredProperty(QStringLiteral("frequency"), Type::String,
                    QStringLiteral("quarterly indicators are shown by quarter, never finer"),
                    frequencies),
                requiredProperty(QStringLiteral("aggregation"), Type::String,
                    QStringLiteral("sum: added over areas and periods; rate: averaged "
                                   "(population-weighted over areas)"),
                    { QStringLiteral("sum"), QStringLiteral("rate") }),
                requiredProperty(QStringLiteral("higher_is_better"), Type::Boolean,
                    QStringLiteral("whether a rise is good news and a target is met from above "
                                   "or below (absent = true)")),
            } },
        { QStringLiteral("se_observations"), true, CollectionContract::Geometry::None,
            QStringLiteral("Reported values by indicator, unit and period: every card, chart and "
                           "the district map"),
            {
                requiredProperty(QStringLiteral("indicator"), Type::String,
                    QStringLiteral("the indicator (se_indicators id) the value belongs to")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the reporting unit: the province's own figure, or a "
                                   "district/commune weighted into areas")),
                requiredProperty(QStringLiteral("period_start"), Type::Date,
                    QStringLiteral("first day of the period: dates the value and picks the era of "
                                   "its unit")),
                requiredProperty(QStringLiteral("value"), Type::Number,
                    QStringLiteral("the reported value, summed or averaged into the figures")),
                requiredProperty(QStringLiteral("period"), Type::String,
                    QStringLiteral("period label (2024-03, 2024-Q1): Records column, alert "
                                   "messages and the on-time alert's identity")),
                requiredProperty(QStringLiteral("frequency"), Type::String,
                    QStringLiteral("the anomaly and missing-report alerts watch the monthly "
                                   "series"),
                    frequencies),
                optionalProperty(
                    QStringLiteral("unit"), Type::String, QStringLiteral("Records column")),
            } },
        { QStringLiteral("se_targets"), true, CollectionContract::Geometry::None,
            QStringLiteral("Annual province targets: plan lines, the targets scoreboard, the "
                           "plan alerts, and the public-services plans (found by the id "
                           "tgt-<indicator>-<year>)"),
            {
                requiredProperty(QStringLiteral("indicator"), Type::String,
                    QStringLiteral("the indicator (se_indicators id) the target is for")),
                requiredProperty(QStringLiteral("year"), Type::Integer,
                    QStringLiteral("the year the target is for")),
                requiredProperty(QStringLiteral("target"), Type::Number,
                    QStringLiteral("the annual target: pro rata plan of amounts, the bar of "
                                   "rates")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the plan alerts match targets to values by unit (the "
                                   "dashboard takes every target as the province's)")),
                optionalProperty(
                    QStringLiteral("unit"), Type::String, QStringLiteral("Records column")),
                optionalProperty(
                    QStringLiteral("name"), Type::String, QStringLiteral("label in Records")),
            } },
    };
}

} // namespace ioc::socioeconomic
