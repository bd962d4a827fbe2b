#pragma once

#include <QString>

namespace ioc::app {

// The installed copy of the application's data (<prefix>/<datadir>/ioc-desktop), found
// relative to the executable so that an install anywhere (/usr from the .deb, /opt, a
// Windows folder) uses its own files and never a path compiled in from the build machine.
// Empty when the executable does not sit in an installed tree (a build directory).
QString installedDataDirectory();

// Points the map at <installedDataDirectory()>/resources when it holds the basemap,
// unless IOC_RESOURCE_DIR overrides it. Returns the directory chosen (empty: none).
QString useInstalledResources();

} // namespace ioc::app
