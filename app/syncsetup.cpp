#include "syncsetup.h"

#include "appsettings.h"
#include "core/sharedcollections.h"
#include "settingsvalidation.h"
#include "sync/tokenstore.h"
#include "synclimits.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace ioc::app {

namespace {

void appendLine(QString *text, const QString &line)
{
    if (line.isEmpty())
        return;
    if (!text->isEmpty())
        text->append(QLatin1Char('\n'));
    text->append(line);
}

} // namespace

QHash<QString, core::CollectionContract> dataContracts(const core::ModuleRegistry &modules)
{
    QHash<QString, core::CollectionContract> contracts;
    for (const auto &module : modules.modules()) {
        for (const core::CollectionContract &contract : module->dataContract())
            contracts.insert(contract.collection, contract);
    }
    for (const core::CollectionContract &contract : core::sharedCollectionContracts())
        contracts.insert(contract.collection, contract);
    return contracts;
}

std::optional<sync::SyncSettings> loadSyncSettings(const CommandLineOptions &options,
    const core::ModuleRegistry &modules, QString *error, QString *warning)
{
    QSettings settings;
    sync::SyncSettings sync;
    sync.contracts = dataContracts(modules);
    if (options.allowMassDeletion)
        sync.maxDeletionShare = 1.0;
    sync.baseUrl = options.dataCenter.isEmpty()
        ? QUrl(settings.value(QStringLiteral("datacenter/url")).toString())
        : options.dataCenter;
    const QString mapping = options.mappingFile.isEmpty()
        ? settings.value(QStringLiteral("datacenter/mapping")).toString()
        : options.mappingFile;
    // Intervals chosen in Settings; a mapping file's per-collection intervals still win.
    const int live = settings.value(QLatin1String(settingskeys::kLiveInterval)).toInt();
    if (live >= kMinIntervalSeconds && live <= kMaxIntervalSeconds)
        sync.liveInterval = std::chrono::seconds(live);
    const int statistics = settings.value(QLatin1String(settingskeys::kStatisticsInterval)).toInt();
    if (statistics >= kMinIntervalSeconds && statistics <= kMaxIntervalSeconds)
        sync.statisticsInterval = std::chrono::seconds(statistics);
    QStringList limitWarnings;
    applySyncLimits(settings, &sync, &limitWarnings);
    *warning = limitWarnings.join(QLatin1Char('\n'));
    if (!mapping.isEmpty()
        && !sync.loadMappingFile(
            mapping, error, modules.allCollections() + core::sharedCollections()))
        return std::nullopt;
    if (sync.baseUrl.isEmpty())
        return sync; // not configured: the status bar says so

    const sync::TokenStore tokens(
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        !qEnvironmentVariableIsSet("IOC_NO_KEYRING"));
    const QString server = sync.baseUrl.toString(QUrl::RemoveUserInfo);
    if (!options.tokenFile.isEmpty()) {
        QFile file(options.tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read the token file %1: %2")
                         .arg(options.tokenFile, file.errorString());
            return std::nullopt;
        }
        const auto saved = tokens.save(server, QString::fromUtf8(file.readAll()).trimmed());
        if (!saved.ok()) {
            *error = saved.error;
            return std::nullopt;
        }
        appendLine(warning, saved.warning);
        sync.token = saved.token;
        return sync;
    }
    const auto loaded = tokens.load(server);
    if (!loaded.ok()) {
        *error = loaded.error;
        return std::nullopt;
    }
    appendLine(warning, loaded.warning);
    sync.token = loaded.token;
    return sync;
}

} // namespace ioc::app
