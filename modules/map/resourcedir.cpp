#include "map/resourcedir.h"

#include "map/maplog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>

namespace ioc::map {
namespace {
QMutex g_mutex;
QString g_explicitDir;

bool hasGeo(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo(QDir(dir).filePath(QStringLiteral("geo"))).isDir();
}
} // namespace

void setResourceDirectory(const QString &dir)
{
    QMutexLocker lock(&g_mutex);
    g_explicitDir = dir;
}

QString resourceDirectory()
{
    {
        QMutexLocker lock(&g_mutex);
        if (!g_explicitDir.isEmpty())
            return QDir::cleanPath(g_explicitDir);
    }
    const QString env = qEnvironmentVariable("IOC_RESOURCE_DIR");
    if (hasGeo(env))
        return QDir::cleanPath(env);
    if (!env.isEmpty())
        qCWarning(lcMap) << "IOC_RESOURCE_DIR has no geo/ folder, ignoring:" << env;
    if (QCoreApplication::instance()) {
        const QString installed = QCoreApplication::applicationDirPath()
                                  + QStringLiteral("/../share/ioc-desktop/resources");
        if (hasGeo(installed))
            return QDir::cleanPath(installed);
    }
    const QString source = QStringLiteral(IOC_MAP_SOURCE_RESOURCE_DIR);
    if (hasGeo(source))
        return QDir::cleanPath(source);
    qCWarning(lcMap) << "no map resource directory found (set IOC_RESOURCE_DIR)";
    return {};
}

QString geoDataDirectory()
{
    const QString base = resourceDirectory();
    return base.isEmpty() ? QString() : base + QStringLiteral("/geo");
}

} // namespace ioc::map
