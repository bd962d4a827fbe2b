// Screenshots of the module docks for checking them by eye (not a test):
//   ioc-module-shots DATA_DIR OUT_DIR LANGUAGE [TODAY] [MODULE_ID...]
// Opens the cache offline in the main window at its size, shows each module's dock with
// "today" fixed (the simulator's start date), waits for its figures and saves a PNG.

#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "map/mapwidget.h"
#include "modulecatalog.h"
#include "ui/moduledock.h"

#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTest>
#include <cstdio>

using namespace ioc;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: ioc-module-shots DATA_DIR OUT_DIR LANGUAGE [TODAY] [ID…]\n");
        return 2;
    }
    app::installLanguage(args[3]);
    const QDate today
        = args.size() > 4 ? QDate::fromString(args[4], Qt::ISODate) : QDate::currentDate();
    const QStringList only = args.mid(5);
    core::LocalCache cache(args[1]);
    if (const core::CacheError error = cache.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    core::ModuleRegistry modules;
    QString why;
    if (!app::registerAllModules(modules, &why))
        return 1;
    for (const auto &module : modules.modules())
        if (const core::CacheError error
            = cache.applyModuleMigrations(module->id(), module->cacheMigrations())) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
    app::MainWindow window(modules, cache, { true });
    window.resize(1920, 1080);
    window.show();
    const QList<QDockWidget *> docks = window.moduleDocks();
    for (int i = 0; i < docks.size(); ++i) {
        const QString id = docks[i]->property("moduleId").toString();
        if (!only.isEmpty() && !only.contains(id))
            continue;
        auto *dock = qobject_cast<ui::ModuleDock *>(docks[i]->widget());
        if (!dock)
            continue;
        window.activateModule(i);
        QSignalSpy loaded(dock, &ui::ModuleDock::dashboardLoaded);
        dock->setToday(today);
        const auto last = core::FeatureStore(cache.mirror())
                              .lastSuccessfulSync(modules.module(id)->collections());
        if (last)
            dock->setFreshness(*last, 300, *last);
        loaded.wait(20000);
        QTest::qWait(1500); // map tiles and point layers are rendered on pool threads
        const QString path = QStringLiteral("%1/%2-%3.png").arg(args[2], id, args[3]);
        window.grab().save(path);
        std::printf("%s\n", qPrintable(path));
        // Cameras: also the detail panel of the first online camera (a click on the map).
        for (const core::DashboardLayer &layer : dock->dashboardData().layers) {
            if (layer.id != QLatin1String("cam_cameras"))
                continue;
            for (const core::DashboardPoint &point : layer.points)
                if (point.styleKey == QLatin1String("online")) {
                    emit dock->map()->featureClicked(layer.id, point.id);
                    QTest::qWait(1500);
                    const QString detail
                        = QStringLiteral("%1/%2-detail-%3.png").arg(args[2], id, args[3]);
                    window.grab().save(detail);
                    std::printf("%s\n", qPrintable(detail));
                    break;
                }
        }
    }
    return 0;
}
