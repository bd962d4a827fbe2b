#include "publicservices/publicservicesmodule.h"

#include <QtGlobal>

namespace ioc::publicservices {

PublicServicesModule::PublicServicesModule()
    : RecordBrowserModule({
        QStringLiteral("publicservices"),
        QT_TRANSLATE_NOOP("ioc::modules", "Online public services & one-stop office"),
        QStringLiteral(":/modules/publicservices/icon.svg"),
        QColor(QStringLiteral("#2b8a3e")),
        { QStringLiteral("ps_offices"), QStringLiteral("ps_dossiers") },
    })
{ }

} // namespace ioc::publicservices
