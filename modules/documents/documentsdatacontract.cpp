#include "documents/documentsdatacontract.h"

namespace ioc::documents {

namespace {

using core::CollectionContract;
using core::PropertyContract;
using Type = PropertyContract::Type;
using core::optionalProperty;
using core::requiredProperty;

} // namespace

QList<core::CollectionContract> documentsDataContract()
{
    const QStringList taskStatuses { QStringLiteral("in_progress"), QStringLiteral("overdue"),
        QStringLiteral("done") };
    return {
        { QStringLiteral("doc_agencies"), true, CollectionContract::Geometry::Point,
            QStringLiteral("Agencies: place documents and tasks in areas, the agency map layer, "
                           "the recipients of directives"),
            {
                optionalProperty(QStringLiteral("name"), Type::String,
                    QStringLiteral("agency name in charts, tooltips, alert messages and the "
                                   "directive dialog")),
                requiredProperty(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the agency's unit: its documents and tasks count there")),
                requiredProperty(QStringLiteral("level"), Type::String,
                    QStringLiteral("commune agencies belong to the new units, the others to the "
                                   "old; province ones head the directive list"),
                    { QStringLiteral("province"), QStringLiteral("district"),
                        QStringLiteral("commune") }),
                optionalProperty(QStringLiteral("active"), Type::Boolean,
                    QStringLiteral("inactive agencies are not offered for directives (absent = "
                                   "active)")),
            } },
        { QStringLiteral("doc_documents"), true, CollectionContract::Geometry::None,
            QStringLiteral("Official documents in and out: the incoming and outgoing counts, "
                           "flash-document alerts"),
            {
                requiredProperty(QStringLiteral("direction"), Type::String,
                    QStringLiteral("incoming or outgoing count; Records column"),
                    { QStringLiteral("incoming"), QStringLiteral("outgoing") }),
                requiredProperty(QStringLiteral("issued_at"), Type::DateTime,
                    QStringLiteral("dates the document; Records column")),
                requiredProperty(QStringLiteral("from_agency"), Type::String,
                    QStringLiteral("sender (doc_agencies id): places incoming documents in "
                                   "areas")),
                requiredProperty(QStringLiteral("to_agency"), Type::String,
                    QStringLiteral("recipient (doc_agencies id): places outgoing documents, "
                                   "groups the flash-document alerts")),
                requiredProperty(QStringLiteral("urgency"), Type::String,
                    QStringLiteral("flash incoming documents raise an alert; Records column"),
                    { QStringLiteral("normal"), QStringLiteral("urgent"),
                        QStringLiteral("flash") }),
                optionalProperty(QStringLiteral("kind"), Type::String,
                    QStringLiteral("document kind, kept in the document projection")),
                optionalProperty(QStringLiteral("number"), Type::String,
                    QStringLiteral("document number: Records column")),
                optionalProperty(
                    QStringLiteral("name"), Type::String, QStringLiteral("label in Records")),
            } },
        { QStringLiteral("doc_tasks"), true, CollectionContract::Geometry::None,
            QStringLiteral("Tasks from the provincial leadership to agencies: open, overdue, due "
                           "soon, completed on time, by agency"),
            {
                requiredProperty(QStringLiteral("assignee_agency"), Type::String,
                    QStringLiteral("agency the task is given to (doc_agencies id): areas, the "
                                   "by-agency chart, the overdue alerts")),
                requiredProperty(QStringLiteral("assigned_at"), Type::DateTime,
                    QStringLiteral("when it was given: open at an instant, the by-agency "
                                   "window")),
                requiredProperty(QStringLiteral("deadline"), Type::DateTime,
                    QStringLiteral("overdue and due-soon counts, the deadline alerts; Records "
                                   "column")),
                requiredProperty(QStringLiteral("completed_at"), Type::DateTime,
                    QStringLiteral("when it was done; null while open")),
                requiredProperty(QStringLiteral("on_time"), Type::Boolean,
                    QStringLiteral("done by the deadline: on-time rate (null while open)")),
                requiredProperty(QStringLiteral("status"), Type::String,
                    QStringLiteral("the deadline alerts count open tasks (in_progress, overdue); "
                                   "Records column"),
                    taskStatuses),
                optionalProperty(
                    QStringLiteral("name"), Type::String, QStringLiteral("label in Records")),
            } },
        { QStringLiteral("op_directives"), false, CollectionContract::Geometry::None,
            QStringLiteral("Directives given from this desktop, back from the data center once "
                           "sent: listed in Records with the tasks"),
            {
                optionalProperty(QStringLiteral("name"), Type::String,
                    QStringLiteral("the directive's text: label in Records")),
                optionalProperty(QStringLiteral("status"), Type::String,
                    QStringLiteral("Records column"), taskStatuses),
                optionalProperty(
                    QStringLiteral("deadline"), Type::DateTime, QStringLiteral("Records column")),
            } },
    };
}

} // namespace ioc::documents
