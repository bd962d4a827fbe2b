#include "publicservices/publicservicesmodule.h"

#include "publicservices/psdashboard.h"
#include "publicservices/psdatacontract.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace ioc::publicservices {

PublicServicesModule::PublicServicesModule()
    : DashboardModule(
        {
            QStringLiteral("publicservices"),
            QT_TRANSLATE_NOOP("ioc::modules", "Online public services & one-stop office"),
            QStringLiteral(":/modules/publicservices/icon.svg"),
            QColor(QStringLiteral("#2b8a3e")),
            { QStringLiteral("ps_offices"), QStringLiteral("ps_dossiers") },
        },
        std::make_shared<PsDashboard>())
{ }

QList<core::Migration> PublicServicesModule::cacheMigrations() const
{
    return psCacheMigrations();
}

QList<core::CollectionContract> PublicServicesModule::dataContract() const
{
    return publicServicesDataContract();
}

QList<core::RecordTableModel::PropertyColumn> PublicServicesModule::recordColumns() const
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ioc::publicservices::PublicServicesModule", text);
    };
    const QHash<QString, QString> statuses {
        { QStringLiteral("received"), tr("Received") },
        { QStringLiteral("processing"), tr("In progress") },
        { QStringLiteral("additional_info_required"), tr("Paused: documents missing") },
        { QStringLiteral("resolved"), tr("Resolved") },
        { QStringLiteral("rejected"), tr("Rejected") },
    };
    const QHash<QString, QString> channels {
        { QStringLiteral("online"), tr("Online") },
        { QStringLiteral("in_person"), tr("In person") },
    };
    return {
        { QStringLiteral("status"), tr("Status"), statuses },
        { QStringLiteral("agency"), tr("Agency"), {} },
        { QStringLiteral("field"), tr("Field"), {} },
        { QStringLiteral("channel"), tr("Channel"), channels },
        { QStringLiteral("received_at"), tr("Received"), {} },
        { QStringLiteral("due_at"), tr("Due"), {} },
    };
}

} // namespace ioc::publicservices
