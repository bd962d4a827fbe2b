#include "installpaths.h"

#include "map/resourcedir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ioc::app {

QString installedDataDirectory()
{
    // IOC_BIN_TO_DATA_DIR is bin → share/ioc-desktop as CMake's GNUInstallDirs laid it
    // out (app/CMakeLists.txt), e.g. "../share/ioc-desktop".
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString dir = QDir::cleanPath(appDir.filePath(QStringLiteral(IOC_BIN_TO_DATA_DIR)));
    return QFileInfo(dir).isDir() ? dir : QString();
}

QString useInstalledResources()
{
    if (qEnvironmentVariableIsSet("IOC_RESOURCE_DIR"))
        return map::resourceDirectory();
    const QString data = installedDataDirectory();
    if (data.isEmpty())
        return map::resourceDirectory();
    const QString resources = QDir(data).filePath(QStringLiteral("resources"));
    if (QFileInfo(QDir(resources).filePath(QStringLiteral("geo"))).isDir())
        map::setResourceDirectory(resources);
    return map::resourceDirectory();
}

} // namespace ioc::app
