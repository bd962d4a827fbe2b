#include "documents/documentsmodule.h"

#include "core/localcache.h"
#include "documents/documentsdashboard.h"
#include "documents/documentsdatacontract.h"
#include "documents/tr.h"
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
        std::make_shared<DocumentsDashboard>())
{ }

ui::ModuleDock *DocumentsModule::createDockContent(
    const ui::ModuleContext &context, QWidget *parent)
{
    ui::ModuleDock *dock = DashboardModule::createDockContent(context, parent);
    auto *list = new ui::DirectiveList(context.cache->operatorStore(), dock);
    dock->addTab(list, Tr::tr("Directives"));
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
    const QHash<QString, QString> codes {
        { QStringLiteral("incoming"), Tr::tr("Incoming", "document direction") },
        { QStringLiteral("outgoing"), Tr::tr("Outgoing", "document direction") },
        { QStringLiteral("normal"), Tr::tr("Normal") },
        { QStringLiteral("urgent"), Tr::tr("Urgent") },
        { QStringLiteral("flash"), Tr::tr("Flash") },
        { QStringLiteral("in_progress"), Tr::tr("In progress") },
        { QStringLiteral("overdue"), Tr::tr("Overdue") },
        { QStringLiteral("done"), Tr::tr("Done") },
    };
    return {
        { QStringLiteral("number"), Tr::tr("Number"), {} },
        { QStringLiteral("direction"), Tr::tr("Direction"), codes },
        { QStringLiteral("urgency"), Tr::tr("Urgency"), codes },
        { QStringLiteral("issued_at"), Tr::tr("Issued"), {} },
        { QStringLiteral("status"), Tr::tr("Task status"), codes },
        { QStringLiteral("deadline"), Tr::tr("Deadline"), {} },
    };
}

} // namespace ioc::documents
