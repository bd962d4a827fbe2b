#include "socioeconomic/socioeconomicmodule.h"

#include "socioeconomic/socioeconomicdashboard.h"
#include "socioeconomic/socioeconomicdatacontract.h"
#include "socioeconomic/tr.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace ioc::socioeconomic {

SocioeconomicModule::SocioeconomicModule()
    : DashboardModule(
        {
            QStringLiteral("socioeconomic"),
            QT_TRANSLATE_NOOP("ioc::modules", "Socio-economic indicators"),
            QStringLiteral(":/modules/socioeconomic/icon.svg"),
            QColor(QStringLiteral("#1f6fb4")),
            { QStringLiteral("se_indicators"), QStringLiteral("se_observations"),
                QStringLiteral("se_targets") },
        },
        std::make_shared<SocioeconomicDashboard>())
{ }

QList<core::Migration> SocioeconomicModule::cacheMigrations() const
{
    return seCacheMigrations();
}

QList<core::CollectionContract> SocioeconomicModule::dataContract() const
{
    return socioeconomicDataContract();
}

QList<core::RecordTableModel::PropertyColumn> SocioeconomicModule::recordColumns() const
{
    return {
        { QStringLiteral("indicator"), Tr::tr("Indicator"), {} },
        { QStringLiteral("period"), Tr::tr("Period"), {} },
        { QStringLiteral("unit_code"), Tr::tr("Unit code"), {} },
        { QStringLiteral("value"), Tr::tr("Value"), {} },
        { QStringLiteral("unit"), Tr::tr("Unit"), {} },
    };
}

} // namespace ioc::socioeconomic
