#include "documents/docdatacontract.h"

namespace ioc::documents {

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

QList<core::CollectionContract> documentsDataContract()
{
    const QStringList taskStatuses { QStringLiteral("in_progress"), QStringLiteral("overdue"),
        QStringLiteral("done") };
    return {
        { QStringLiteral("doc_agencies"), true, CollectionContract::Geometry::Point,
            QStringLiteral("Agencies: place documents and tasks in areas, the agency map layer, "
                           "the recipients of directives"),
            {
                optional(QStringLiteral("name"), Type::String,
                    QStringLiteral("agency name in charts, tooltips, alert messages and the "
                                   "directive dialog")),
                required(QStringLiteral("unit_code"), Type::String,
                    QStringLiteral("the agency's unit: its documents and tasks count there")),
                required(QStringLiteral("level"), Type::String,
                    QStringLiteral("commune agencies belong to the new units, the others to the "
                                   "old; province ones head the directive list"),
                    { QStringLiteral("province"), QStringLiteral("district"),
                        QStringLiteral("commune") }),
                optional(QStringLiteral("active"), Type::Boolean,
                    QStringLiteral("inactive agencies are not offered for directives (absent = "
                                   "active)")),
            } },
        { QStringLiteral("doc_documents"), true, CollectionContract::Geometry::None,
            QStringLiteral("Official documents in and out: the incoming and outgoing counts, "
                           "flash-document alerts"),
            {
                required(QStringLiteral("direction"), Type::String,
                    QStringLiteral("incoming or outgoing count; Records column"),
                    { QStringLiteral("incoming"), QStringLiteral("outgoing") }),
                required(QStringLiteral("issued_at"), Type::DateTime,
                    QStringLiteral("dates the document; Records column")),
                required(QStringLiteral("from_agency"), Type::String,
                    QStringLiteral("sender (doc_agencies id): places incoming documents in "
                                   "areas")),
                required(QStringLiteral("to_agency"), Type::String,
                    QStringLiteral("recipient (doc_agencies id): places outgoing documents, "
                                   "groups the flash-document alerts")),
                required(QStringLiteral("urgency"), Type::String,
                    QStringLiteral("flash incoming documents raise an alert; Records column"),
                    { QStringLiteral("normal"), QStringLiteral("urgent"),
                        QStringLiteral("flash") }),
                optional(QStringLiteral("kind"), Type::String,
                    QStringLiteral("document kind, kept in the document projection")),
                optional(QStringLiteral("number"), Type::String,
                    QStringLiteral("document number: Records column")),
                optional(QStringLiteral("name"), Type::String, QStringLiteral("label in Records")),
            } },
        { QStringLiteral("doc_tasks"), true, CollectionContract::Geometry::None,
            QStringLiteral("Tasks from the provincial leadership to agencies: open, overdue, due "
                           "soon, completed on time, by agency"),
            {
                required(QStringLiteral("assignee_agency"), Type::String,
                    QStringLiteral("agency the task is given to (doc_agencies id): areas, the "
                                   "by-agency chart, the overdue alerts")),
                required(QStringLiteral("assigned_at"), Type::DateTime,
                    QStringLiteral("when it was given: open at an instant, the by-agency "
                                   "window")),
                required(QStringLiteral("deadline"), Type::DateTime,
                    QStringLiteral("overdue and due-soon counts, the deadline alerts; Records "
                                   "column")),
                required(QStringLiteral("completed_at"), Type::DateTime,
                    QStringLiteral("when it was done; null while open")),
                required(QStringLiteral("on_time"), Type::Boolean,
                    QStringLiteral("done by the deadline: on-time rate (null while open)")),
                required(QStringLiteral("status"), Type::String,
                    QStringLiteral("the deadline alerts count open tasks (in_progress, overdue); "
                                   "Records column"),
                    taskStatuses),
                optional(QStringLiteral("name"), Type::String, QStringLiteral("label in Records")),
            } },
        { QStringLiteral("op_directives"), false, CollectionContract::Geometry::None,
            QStringLiteral("Directives given from this desktop, back from the data center once "
                           "sent: listed in Records with the tasks"),
            {
                optional(QStringLiteral("name"), Type::String,
                    QStringLiteral("the directive's text: label in Records")),
                optional(QStringLiteral("status"), Type::String, QStringLiteral("Records column"),
                    taskStatuses),
                optional(
                    QStringLiteral("deadline"), Type::DateTime, QStringLiteral("Records column")),
            } },
    };
}

} // namespace ioc::documents
