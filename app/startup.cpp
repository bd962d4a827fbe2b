#include "startup.h"

#include "core/displaytime.h"
#include "core/localcache.h"
#include "core/mirrorsnapshot.h"
#include "sync/tokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

namespace ioc::app {

namespace {
void say(FILE *stream, const QString &text)
{
    QTextStream(stream) << text << '\n';
}
} // namespace

bool commandLineChoseSource(const CommandLineOptions &options)
{
    return options.offline || !options.dataCenter.isEmpty() || options.syncOnce
        || !options.exportSnapshot.isEmpty() || !options.importSnapshot.isEmpty();
}

bool saveDataCenter(const QUrl &url, const QString &token, QString *error, QString *warning)
{
    if (!token.isEmpty()) {
        const sync::TokenStore tokens(
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            !qEnvironmentVariableIsSet("IOC_NO_KEYRING"));
        const auto saved = tokens.save(url.toString(QUrl::RemoveUserInfo), token);
        if (!saved.ok()) {
            *error = saved.error;
            return false;
        }
        *warning = saved.warning;
    }
    QSettings settings;
    settings.setValue(QLatin1String(kDataCenterUrlKey), url.toString());
    settings.remove(QLatin1String(kUseSimulatorKey));
    return true;
}

int runExportSnapshot(const QString &dataDir, const QString &file)
{
    const QString mirror = QDir(dataDir).filePath(QLatin1String(core::LocalCache::kMirrorFileName));
    if (!QFileInfo::exists(mirror)) {
        say(stderr,
            QCoreApplication::translate("Startup", "There is no local cache in %1 to export.")
                .arg(QDir::toNativeSeparators(dataDir)));
        return kExitFailure;
    }
    // Open it once so a damaged or newer cache is reported as at any start.
    {
        core::LocalCache cache(dataDir);
        if (const core::CacheError error = cache.open()) {
            say(stderr, error.message);
            return kExitFailure;
        }
    }
    core::SnapshotManifest manifest;
    if (const core::CacheError error = core::exportMirrorSnapshot(
            mirror, file, QCoreApplication::applicationVersion(), &manifest)) {
        say(stderr, error.message);
        return kExitFailure;
    }
    say(stdout,
        QCoreApplication::translate(
            "Startup", "Snapshot written to %1: %n record(s).", nullptr, int(manifest.featureCount))
            .arg(QDir::toNativeSeparators(file)));
    return 0;
}

int runImportSnapshot(
    const QString &dataDir, const QString &file, const QHash<QString, int> &moduleVersions)
{
    core::SnapshotManifest manifest;
    if (const core::CacheError error
        = core::importMirrorSnapshot(dataDir, file, moduleVersions, &manifest)) {
        say(stderr, error.message);
        return kExitFailure;
    }
    core::LocalCache cache(dataDir);
    if (const core::CacheError error = cache.open()) {
        say(stderr, error.message);
        return kExitFailure;
    }
    say(stdout,
        QCoreApplication::translate("Startup",
            "Snapshot imported into %1: %n record(s), written by IOC Desktop %2 on %3.", nullptr,
            int(manifest.featureCount))
            .arg(QDir::toNativeSeparators(dataDir), manifest.appVersion,
                QLocale().toString(
                    core::toDisplayTime(manifest.createdUtc), QLocale::ShortFormat)));
    return 0;
}

} // namespace ioc::app
