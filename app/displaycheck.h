#pragma once

#include <QString>

namespace ioc::app {

// True when a GUI can open: a platform plugin was chosen explicitly, or (on Linux and
// other X11/Wayland systems) a display is set. Checked before QApplication exists, so
// a headless start explains itself instead of dying in the platform plugin.
bool hasDisplay();

QString noDisplayMessage();

} // namespace ioc::app
