#include "displaycheck.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace ioc::app {

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true; // Windows and macOS always have their native platform.
#endif
}

QString noDisplayMessage()
{
    return QCoreApplication::translate("DisplayCheck",
        "IOC Desktop needs a display, and none was found (neither DISPLAY nor WAYLAND_DISPLAY "
        "is set).\n"
        "On a machine without a screen, run it under a virtual display:\n"
        "    xvfb-run -a -s \"-screen 0 1920x1080x24\" ioc-desktop\n"
        "or, for a window-less smoke run, set QT_QPA_PLATFORM=offscreen.");
}

} // namespace ioc::app
