#include "publicservices/publicservicesdatacontract.h"

namespace ioc::publicservices {

namespace {

using core::CollectionContract;
using core::PropertyContract;
using Type = PropertyContract::Type;
using core::optionalProperty;
using core::requiredProperty;

} // namespace

QList<core::CollectionContract> publicServicesDataContract()
{
    return {
        { QStringLiteral("ps_offices"), false, CollectionContract::Geometry::Point,
            QStringLiteral("One-stop offices: the map layer of offices by open dossiers and "
                           "on-time rate"),
            {
                optionalProperty(QStringLiteral("name"), Type::String,
                    QStringLiteral("office name in the map tooltip")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("places the office in the selected area")),
                optionalProperty(QStringLiteral("valid_from"), Type::Date,
                    QStringLiteral("offices opened from 1 July 2025 belong to the new units, "
                                   "older ones to the old")),
                optionalProperty(QStringLiteral("active"), Type::Boolean,
                    QStringLiteral("closed offices are left off the map (absent = active)")),
            } },
        { QStringLiteral("ps_dossiers"), true, CollectionContract::Geometry::None,
            QStringLiteral("Administrative dossiers: received, resolved, on time, overdue, "
                           "online share, by agency, field and status"),
            {
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the unit the dossier belongs to; weighted into areas by it")),
                requiredProperty(QStringLiteral("office_id"), Type::String,
                    QStringLiteral("the office (ps_offices id): the office layer's counts")),
                requiredProperty(QStringLiteral("agency"), Type::String,
                    QStringLiteral("handling agency: on-time rate by agency, overdue alerts by "
                                   "agency")),
                optionalProperty(QStringLiteral("field"), Type::String,
                    QStringLiteral("field of the procedure: the by-field chart; Records column")),
                requiredProperty(QStringLiteral("channel"), Type::String,
                    QStringLiteral("online share of the dossiers received"),
                    { QStringLiteral("online"), QStringLiteral("in_person") }),
                requiredProperty(QStringLiteral("status"), Type::String,
                    QStringLiteral("resolved ones count as resolved, rejected ones are never "
                                   "open; the status chart and the deadline alerts"),
                    { QStringLiteral("received"), QStringLiteral("processing"),
                        QStringLiteral("additional_info_required"), QStringLiteral("resolved"),
                        QStringLiteral("rejected") }),
                requiredProperty(QStringLiteral("received_at"), Type::DateTime,
                    QStringLiteral("dates the dossier: received counts, open at an instant, the "
                                   "era of its unit")),
                requiredProperty(QStringLiteral("due_at"), Type::DateTime,
                    QStringLiteral("overdue counts and ageing, the deadline alerts")),
                requiredProperty(QStringLiteral("resolved_at"), Type::DateTime,
                    QStringLiteral("resolved counts; null while open")),
                requiredProperty(QStringLiteral("on_time"), Type::Boolean,
                    QStringLiteral("on-time rate of the resolved dossiers")),
                optionalProperty(
                    QStringLiteral("name"), Type::String, QStringLiteral("label in Records")),
            } },
    };
}

} // namespace ioc::publicservices
