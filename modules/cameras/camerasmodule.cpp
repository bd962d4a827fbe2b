#include "cameras/camerasmodule.h"

#include <QtGlobal>

namespace ioc::cameras {

CamerasModule::CamerasModule()
    : RecordBrowserModule({
        QStringLiteral("cameras"),
        QT_TRANSLATE_NOOP("ioc::modules", "Smart surveillance cameras"),
        QStringLiteral(":/modules/cameras/icon.svg"),
        QColor(QStringLiteral("#d9480f")),
        { QStringLiteral("cam_cameras"), QStringLiteral("cam_events") },
    })
{ }

} // namespace ioc::cameras
