#include "commandline.h"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "core/sharedcollections.h"
#include "displaycheck.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "modulecatalog.h"
#include "synccontroller.h"
#include "synconce.h"
#include "syncsetup.h"
#include "wall/wallsession.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
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
    if (!options.offline)
        sync.start();
    warnings += wall.show();
    // Problems go to the log, never into a dialog on the wall.
    for (const QString &warning : std::as_const(warnings))
        printTo(stderr, warning);
    const int code = QApplication::exec();
    sync.stop();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // Without a display the xcb plugin would abort with a cryptic message. Start on the
    // "minimal" platform instead, so --help/--version still work, and explain below.
    const bool displayAvailable = app::hasDisplay();
    if (!displayAvailable)
        qputenv("QT_QPA_PLATFORM", "minimal");

    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IOC"));
    QApplication::setApplicationName(QStringLiteral("ioc-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("IOC Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(IOC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("ioc-desktop"));

    // The saved language first, so even --help speaks it; --language may change it below.
    app::installLanguage(app::chooseLanguage(QString()));
    const app::CommandLineOptions options = app::parseCommandLine(QApplication::arguments());
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

    if (!displayAvailable && !options.syncOnce) {
        printTo(stderr, app::noDisplayMessage());
        return app::kExitFailure;
    }
    const bool hasScreen = !options.syncOnce
        && QGuiApplication::platformName() != QLatin1String("offscreen")
        && QGuiApplication::platformName() != QLatin1String("minimal");

    core::LocalCache cache(options.dataDir.isEmpty() ? app::defaultDataDir() : options.dataDir);
    if (const core::CacheError error = cache.open())
        return fail(error.message, hasScreen);

    core::ModuleRegistry modules;
    QString why;
    if (!app::registerAllModules(modules, &why))
        return fail(QStringLiteral("Module set is inconsistent: %1").arg(why), hasScreen);
    for (const auto &module : modules.modules()) {
        if (const core::CacheError error
            = cache.applyModuleMigrations(module->id(), module->cacheMigrations()))
            return fail(error.message, hasScreen);
    }

    QStringList collections = modules.allCollections() + core::sharedCollections();
    QString syncError;
    QString syncWarning;
    std::optional<sync::SyncSettings> syncSettings;
    if (!options.offline) {
        syncSettings = app::loadSyncSettings(options, &syncError, &syncWarning);
        if (!syncSettings)
            return fail(syncError, hasScreen);
        if (!syncWarning.isEmpty())
            printTo(stderr, syncWarning);
    }
    if (options.syncOnce)
        return app::runSyncOnce(cache.dataDir(), *syncSettings, collections);

    app::SyncController sync(
        cache.dataDir(), syncSettings.value_or(sync::SyncSettings()), collections);
    if (options.wall)
        return runWall(options, modules, cache, sync);

    app::MainWindow window(modules, cache, { options.offline });
    window.attachSync(&sync);
    if (!options.offline)
        sync.start();
    // First start: the whole screen, as a control-room workstation expects.
    if (window.restoreLayout())
        window.show();
    else
        window.showMaximized();
    if (!cache.notices().isEmpty()) {
        const QString notice = cache.notices().join(QLatin1Char('\n'));
        window.showNotice(notice);
        printTo(stderr, notice);
    }
    const int code = application.exec();
    sync.stop(); // lets the page being written commit before the cache closes
    return code;
}
