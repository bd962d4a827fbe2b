#include "socioeconomic/socioeconomicmodule.h"

#include "socioeconomic/sedashboard.h"

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

QList<core::RecordTableModel::PropertyColumn> SocioeconomicModule::recordColumns() const
{
    const char *context = "ioc::socioeconomic::SocioeconomicModule";
    return {
        { QStringLiteral("indicator"), QCoreApplication::translate(context, "Indicator"), {} },
        { QStringLiteral("period"), QCoreApplication::translate(context, "Period"), {} },
        { QStringLiteral("unit_code"), QCoreApplication::translate(context, "Unit code"), {} },
        { QStringLiteral("value"), QCoreApplication::translate(context, "Value"), {} },
        { QStringLiteral("unit"), QCoreApplication::translate(context, "Unit"), {} },
    };
}

} // namespace ioc::socioeconomic
