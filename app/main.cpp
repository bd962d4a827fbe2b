#include "alertcontroller.h"
#include "briefing.h"
#include "briefingactions.h"
#include "commandline.h"
#include "core/localcache.h"
#include "core/mirrorsnapshot.h"
#include "core/moduleregistry.h"
#include "core/sharedcollections.h"
#include "datacentercheck.h"
#include "displaycheck.h"
#include "firstrundialog.h"
#include "installpaths.h"
#include "languagesetup.h"
#include "layoutmanager.h"
#include "mainwindow.h"
#include "modulecatalog.h"
#include "simulatorlauncher.h"
#include "snapshotactions.h"
#include "startup.h"
#include "synccontroller.h"
#include "synconce.h"
#include "syncsetup.h"
#include "ui/theme.h"
#include "wall/wallsession.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

using namespace ioc;

namespace {

void printTo(FILE *stream, const QString &text)
{
    QTextStream out(stream);
    out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        out << '\n';
}

// Reports a start-up failure where the operator will see it: on the console always, and
// in a dialog when there is a real screen.
int fail(const QString &message, bool hasScreen)
{
    printTo(stderr, message);
    if (hasScreen)
        QMessageBox::critical(nullptr, QObject::tr("IOC Desktop cannot start"), message);
    return app::kExitFailure;
}

// The wall display instead of the workstation window: the same cache and sync, no editing.
int runWall(const app::CommandLineOptions &options, const core::ModuleRegistry &modules,
    core::LocalCache &cache, app::SyncController &sync)
{
    QStringList moduleIds;
    for (const auto &module : modules.modules())
        moduleIds.append(module->id());
    QSettings settings;
    QStringList warnings;
    app::WallConfig config = app::WallConfig::fromSettings(settings, moduleIds, &warnings);
    config.applyCommandLine(options);
    config.dropUnknownBoards(moduleIds, &warnings);
    app::WallSession wall(modules, cache, config);
    wall.attachSync(&sync);
    app::AlertController alerts(cache.dataDir());
    wall.attachAlerts(&alerts);
    QObject::connect(&sync, &app::SyncController::featuresChanged, &alerts,
        &app::AlertController::onFeaturesChanged);
    alerts.start();
    if (!options.offline)
        sync.start();
    warnings += wall.show();
    // Problems go to the log, never into a dialog on the wall.
    for (const QString &warning : std::as_const(warnings))
        printTo(stderr, warning);
    const int code = QApplication::exec();
    alerts.stop();
    sync.stop();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // Without a display the xcb plugin would abort with a cryptic message. Start on the
    // "minimal" platform instead, so --help/--version still work, and explain below.
    const bool displayAvailable = app::hasDisplay();
    if (!displayAvailable) {
        // A headless briefing draws charts and the map: it needs the offscreen platform's
        // fonts and raster engine, which "minimal" does not give.
        bool report = false;
        for (int i = 1; i < argc; ++i)
            report = report || qstrcmp(argv[i], "--report") == 0;
        qputenv("QT_QPA_PLATFORM", report ? "offscreen" : "minimal");
    }

    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IOC"));
    QApplication::setApplicationName(QStringLiteral("ioc-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("IOC Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(IOC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("ioc-desktop"));

    // The saved language first, so even --help speaks it; --language may change it below.
    app::installLanguage(app::chooseLanguage(QString()));
    app::CommandLineOptions options = app::parseCommandLine(QApplication::arguments());
    switch (options.action) {
    case app::CommandLineOptions::Action::ShowHelp:
        printTo(stdout, options.helpText);
        return 0;
    case app::CommandLineOptions::Action::ShowVersion:
        printTo(stdout, QStringLiteral("ioc-desktop %1").arg(QApplication::applicationVersion()));
        return 0;
    case app::CommandLineOptions::Action::Error:
        printTo(stderr, options.errorMessage);
        return app::kExitBadUsage;
    case app::CommandLineOptions::Action::Run:
        break;
    }
    if (!options.language.isEmpty())
        app::installLanguage(options.language);

    const bool headless = options.syncOnce || options.checkDataCenter
        || !options.exportSnapshot.isEmpty() || !options.importSnapshot.isEmpty()
        || !options.report.isEmpty();
    if (!displayAvailable && !headless) {
        printTo(stderr, app::noDisplayMessage());
        return app::kExitFailure;
    }
    const bool hasScreen = !headless
        && QGuiApplication::platformName() != QLatin1String("offscreen")
        && QGuiApplication::platformName() != QLatin1String("minimal");

    // An installed copy uses its own basemap, never a path from the build machine.
    app::useInstalledResources();
    const QString dataDir = options.dataDir.isEmpty() ? app::defaultDataDir() : options.dataDir;

    core::ModuleRegistry modules;
    QString why;
    if (!app::registerAllModules(modules, &why))
        return fail(QStringLiteral("Module set is inconsistent: %1").arg(why), hasScreen);
    const QHash<QString, int> moduleVersions = app::knownModuleVersions(modules);

    if (!options.exportSnapshot.isEmpty())
        return app::runExportSnapshot(dataDir, options.exportSnapshot);
    if (!options.importSnapshot.isEmpty())
        return app::runImportSnapshot(dataDir, options.importSnapshot, moduleVersions);

    // Nothing configured and nothing cached: ask where the data should come from, before
    // the cache creates its files (a cancelled first run must ask again next time).
    QSettings settings;
    const bool commandLineChose = app::commandLineChoseSource(options);
    const bool noDataCenterConfigured
        = settings.value(QLatin1String(app::kDataCenterUrlKey)).toString().trimmed().isEmpty();
    bool startSimulator = !commandLineChose && noDataCenterConfigured
        && settings.value(QLatin1String(app::kUseSimulatorKey)).toBool();
    const bool cacheExists = QFileInfo::exists(
        QDir(dataDir).filePath(QLatin1String(core::LocalCache::kMirrorFileName)));
    QStringList notices;
    if (app::needsFirstRun(commandLineChose,
            settings.value(QLatin1String(app::kDataCenterUrlKey)).toString(), startSimulator,
            cacheExists)) {
        if (!hasScreen) {
            // Nobody could answer a dialog here; say what would make the start useful.
            printTo(stderr,
                QObject::tr("No data center is configured and there is no local cache yet: "
                            "use --data-center URL, or --offline."));
        } else {
            app::FirstRunDialog dialog(app::SimulatorLauncher::findExecutable());
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            const app::FirstRunChoice choice = dialog.choice();
            QString error;
            QString warning;
            switch (choice.mode) {
            case app::FirstRunChoice::Mode::DataCenter:
                if (!app::saveDataCenter(choice.dataCenter, choice.token, &error, &warning))
                    return fail(error, hasScreen);
                if (!warning.isEmpty())
                    notices.append(warning);
                break;
            case app::FirstRunChoice::Mode::Simulator:
                settings.setValue(QLatin1String(app::kUseSimulatorKey), true);
                startSimulator = true;
                break;
            case app::FirstRunChoice::Mode::Offline:
                options.offline = true;
                if (!choice.snapshotFile.isEmpty()) {
                    core::SnapshotManifest manifest;
                    if (const core::CacheError imported = core::importMirrorSnapshot(
                            dataDir, choice.snapshotFile, moduleVersions, &manifest))
                        QMessageBox::warning(
                            nullptr, QObject::tr("Import snapshot"), imported.message);
                }
                break;
            case app::FirstRunChoice::Mode::Cancelled:
                return 0;
            }
        }
    }
    // A snapshot chosen in File → Import snapshot… during the last session.
    const QString pendingNotice = app::applyPendingSnapshot(dataDir, moduleVersions);
    if (!pendingNotice.isEmpty())
        notices.append(pendingNotice);

    core::LocalCache cache(dataDir);
    if (const core::CacheError error = cache.open())
        return fail(error.message, hasScreen);
    for (const auto &module : modules.modules()) {
        if (const core::CacheError error
            = cache.applyModuleMigrations(module->id(), module->cacheMigrations()))
            return fail(error.message, hasScreen);
    }

    // The built-in simulator for a demonstration: started here, stopped when we exit.
    app::SimulatorLauncher simulator;
    if (startSimulator) {
        QString simulatorError;
        if (simulator.start(app::SimulatorLauncher::findExecutable(),
                app::SimulatorLauncher::defaultStateDir(), &simulatorError))
            options.dataCenter = simulator.url();
        else
            notices.append(simulatorError);
    }

    QStringList collections = modules.allCollections() + core::sharedCollections();
    QString syncError;
    QString syncWarning;
    // Loaded even with --offline, so "Work offline" can be switched off later; offline,
    if (!options.report.isEmpty())
        return app::runReportCommand(
            cache.dataDir(), modules, options.report, options.reportPeriod, options.reportOut);
    // a broken sync configuration is only a warning (the cache is all that is needed).
    std::optional<sync::SyncSettings> syncSettings
        = app::loadSyncSettings(options, modules, &syncError, &syncWarning);
    if (!syncSettings && !options.offline)
        return fail(syncError, hasScreen);
    if (!syncSettings)
        printTo(stderr, syncError);
    if (!syncWarning.isEmpty())
        printTo(stderr, syncWarning);
    if (options.syncOnce)
        return app::runSyncOnce(cache.dataDir(), *syncSettings, collections);
    if (options.checkDataCenter)
        return app::runDataCenterCheck(*syncSettings, modules);

    // The theme before any window exists, so nothing is drawn twice.
    ui::ThemeManager::instance().apply(ui::themeChoiceFromKey(
        QSettings().value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString()));
    app::SyncController sync(
        cache.dataDir(), syncSettings.value_or(sync::SyncSettings()), collections);
    if (options.wall)
        return runWall(options, modules, cache, sync);

    app::MainWindow::Options windowOptions;
    windowOptions.offline = options.offline;
    if (syncSettings) {
        windowOptions.dataCenterUrl = syncSettings->baseUrl;
        windowOptions.bearerToken = syncSettings->token.toUtf8();
    }
    app::MainWindow window(modules, cache, windowOptions);
    app::SnapshotActions snapshots(cache, moduleVersions, &window);
    window.addFileActions({ snapshots.exportAction(), snapshots.importAction() });
    app::BriefingActions briefings(modules, cache.dataDir(), &window);
    window.addFileActions(briefings.actions());
    briefings.startSchedule();
    bool restart = false;
    QObject::connect(&snapshots, &app::SnapshotActions::restartRequested, &window, [&] {
        restart = true;
        window.close();
    });
    if (options.quitAfterMs >= 0)
        QTimer::singleShot(options.quitAfterMs, &window, &QWidget::close);
    window.attachSync(&sync); // pauses sync while the window works offline (--offline)
    app::AlertController alerts(cache.dataDir());
    window.attachAlerts(&alerts);
    // Rules are re-checked for what each committed page changed, not by a full rescan.
    QObject::connect(&sync, &app::SyncController::featuresChanged, &alerts,
        &app::AlertController::onFeaturesChanged);
    alerts.start();
    if (!options.offline)
        sync.start();
    // First start: the whole screen, as a control-room workstation expects.
    if (window.layouts()->restoreSession())
        window.show();
    else
        window.showMaximized();
    notices += cache.notices();
    if (!notices.isEmpty()) {
        const QString notice = notices.join(QLatin1Char('\n'));
        window.showNotice(notice);
        printTo(stderr, notice);
    }
    const int code = QApplication::exec();
    sync.stop(); // lets the page being written commit before the cache closes
    alerts.stop();
    simulator.stop();
    if (restart && code == 0) {
        cache.mirror().closeAll();
        cache.operatorStore().closeAll();
        QProcess::startDetached(
            QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    }
    return code;
}
