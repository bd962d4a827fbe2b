#include "publicservices/publicservicesmodule.h"

#include "publicservices/publicservicesdashboard.h"
#include "publicservices/publicservicesdatacontract.h"
#include "publicservices/tr.h"

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
        std::make_shared<PublicServicesDashboard>())
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
    const QHash<QString, QString> statuses {
        { QStringLiteral("received"), Tr::tr("Received", "records") },
        { QStringLiteral("processing"), Tr::tr("In progress") },
        { QStringLiteral("additional_info_required"), Tr::tr("Paused: documents missing") },
        { QStringLiteral("resolved"), Tr::tr("Resolved") },
        { QStringLiteral("rejected"), Tr::tr("Rejected") },
    };
    const QHash<QString, QString> channels {
        { QStringLiteral("online"), Tr::tr("Online") },
        { QStringLiteral("in_person"), Tr::tr("In person") },
    };
    return {
        { QStringLiteral("status"), Tr::tr("Status"), statuses },
        { QStringLiteral("agency"), Tr::tr("Agency"), {} },
        { QStringLiteral("field"), Tr::tr("Field"), {} },
        { QStringLiteral("channel"), Tr::tr("Channel"), channels },
        { QStringLiteral("received_at"), Tr::tr("Received", "records"), {} },
        { QStringLiteral("due_at"), Tr::tr("Due"), {} },
    };
}

} // namespace ioc::publicservices
