#include "documents/documentsmodule.h"

#include "core/localcache.h"
#include "documents/docdashboard.h"
#include "documents/docdatacontract.h"
#include "ui/directivelist.h"
#include "ui/moduledock.h"

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
            // op_directives: directives given from alerts and KPIs, back from the data
            // center once sent (listed in Records with the tasks).
            { QStringLiteral("doc_agencies"), QStringLiteral("doc_documents"),
                QStringLiteral("doc_tasks"), QStringLiteral("op_directives") },
        },
        std::make_shared<DocDashboard>())
{ }

ui::ModuleDock *DocumentsModule::createDockContent(
    const ui::ModuleContext &context, QWidget *parent)
{
    ui::ModuleDock *dock = DashboardModule::createDockContent(context, parent);
    auto *list = new ui::DirectiveList(context.cache->operatorStore(), dock);
    dock->addTab(
        list, QCoreApplication::translate("ioc::documents::DocumentsModule", "Directives"));
    QObject::connect(dock, &ui::ModuleDock::directiveIssued, list, &ui::DirectiveList::refresh);
    return dock;
}

QList<core::Migration> DocumentsModule::cacheMigrations() const
{
    return docCacheMigrations();
}

QList<core::CollectionContract> DocumentsModule::dataContract() const
{
    return documentsDataContract();
}

QList<core::RecordTableModel::PropertyColumn> DocumentsModule::recordColumns() const
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ioc::documents::DocumentsModule", text);
    };
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
