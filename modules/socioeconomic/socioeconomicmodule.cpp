#include "socioeconomic/socioeconomicmodule.h"

#include <QtGlobal>

namespace ioc::socioeconomic {

SocioeconomicModule::SocioeconomicModule()
    : RecordBrowserModule({
        QStringLiteral("socioeconomic"),
        QT_TRANSLATE_NOOP("ioc::modules", "Socio-economic indicators"),
        QStringLiteral(":/modules/socioeconomic/icon.svg"),
        QColor(QStringLiteral("#1f6fb4")),
        { QStringLiteral("se_indicators"), QStringLiteral("se_observations"),
            QStringLiteral("se_targets") },
    })
{ }

} // namespace ioc::socioeconomic
