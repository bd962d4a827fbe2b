#pragma once

#include <QString>

namespace ioc::map {

// Finds the directory that holds geo/*.geojson, in this order:
//   1. setResourceDirectory() (the app's settings or a test),
//   2. the environment variable IOC_RESOURCE_DIR,
//   3. <executable dir>/../share/ioc-desktop/resources (the installed layout),
//   4. the source tree compiled in via the CMake cache variable IOC_MAP_SOURCE_RESOURCE_DIR.
// The first candidate that contains geo/ wins; an explicit setter wins even if it does not,
// so a wrong setting produces a clear "file not found" instead of silently using another tree.
void setResourceDirectory(const QString &dir);
QString resourceDirectory();
QString geoDataDirectory(); // resourceDirectory() + "/geo"

} // namespace ioc::map
