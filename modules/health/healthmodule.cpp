#include "health/healthmodule.h"

#include <QtGlobal>

namespace ioc::health {

HealthModule::HealthModule()
    : RecordBrowserModule({
        QStringLiteral("health"),
        QT_TRANSLATE_NOOP("ioc::modules", "Health"),
        QStringLiteral(":/modules/health/icon.svg"),
        QColor(QStringLiteral("#c92a2a")),
        { QStringLiteral("health_facilities"), QStringLiteral("health_occupancy"),
            QStringLiteral("health_cases"), QStringLiteral("health_vaccination") },
    })
{ }

} // namespace ioc::health
