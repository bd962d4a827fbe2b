#include "socioeconomic/socioeconomicmodule.h"

#include "socioeconomic/sedashboard.h"
#include "socioeconomic/sedatacontract.h"

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
        std::make_shared<SeDashboard>())
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
        { QStringLiteral("indicator"),
            QCoreApplication::translate("ioc::socioeconomic::SocioeconomicModule", "Indicator"),
            {} },
        { QStringLiteral("period"),
            QCoreApplication::translate("ioc::socioeconomic::SocioeconomicModule", "Period"), {} },
        { QStringLiteral("unit_code"),
            QCoreApplication::translate("ioc::socioeconomic::SocioeconomicModule", "Unit code"),
            {} },
        { QStringLiteral("value"),
            QCoreApplication::translate("ioc::socioeconomic::SocioeconomicModule", "Value"), {} },
        { QStringLiteral("unit"),
            QCoreApplication::translate("ioc::socioeconomic::SocioeconomicModule", "Unit"), {} },
    };
}

} // namespace ioc::socioeconomic
