#include "documents/documentsmodule.h"

#include "documents/docdashboard.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace ioc::documents {

DocumentsModule::DocumentsModule()
    : DashboardModule(
        {
            QStringLiteral("documents"),
            QT_TRANSLATE_NOOP("ioc::modules", "Documents & operations"),
            QStringLiteral(":/modules/documents/icon.svg"),
            QColor(QStringLiteral("#8a5a2b")),
            { QStringLiteral("doc_agencies"), QStringLiteral("doc_documents"),
                QStringLiteral("doc_tasks") },
        },
        std::make_shared<DocDashboard>())
{ }

QList<core::Migration> DocumentsModule::cacheMigrations() const
{
    return docCacheMigrations();
}

QList<core::RecordTableModel::PropertyColumn> DocumentsModule::recordColumns() const
{
    const char *context = "ioc::documents::DocumentsModule";
    auto tr = [context](const char *text) { return QCoreApplication::translate(context, text); };
    const QHash<QString, QString> codes {
        { QStringLiteral("incoming"), tr("Incoming") },
        { QStringLiteral("outgoing"), tr("Outgoing") },
        { QStringLiteral("normal"), tr("Normal") },
        { QStringLiteral("urgent"), tr("Urgent") },
        { QStringLiteral("flash"), tr("Flash") },
        { QStringLiteral("in_progress"), tr("In progress") },
        { QStringLiteral("overdue"), tr("Overdue") },
        { QStringLiteral("done"), tr("Done") },
    };
    return {
        { QStringLiteral("number"), tr("Number"), {} },
        { QStringLiteral("direction"), tr("Direction"), codes },
        { QStringLiteral("urgency"), tr("Urgency"), codes },
        { QStringLiteral("issued_at"), tr("Issued"), {} },
        { QStringLiteral("status"), tr("Task status"), codes },
        { QStringLiteral("deadline"), tr("Deadline"), {} },
    };
}

} // namespace ioc::documents
