// The workstation window on the screens people have (issue #18): filled from the real
// simulator, in vi, en and ja, on the screen this run's offscreen configuration gives
// (ctest runs it three times: 1366×768, 1920×1080, 3840×2160).
//   - the window's minimum size, in every language, fits the smallest screen that gets
//     this arrangement: a 1366×768 laptop (one tab group), 1600×900 (two columns),
//     3200×1800 (three);
//   - laid out for this screen, no two visible docks overlap, each lies inside the window,
//     and the status bar shows;
//   - the default arrangement is the one chosen for the screen's size.
// On a failure the widest widgets are named, so the culprit is found without a debugger.

#include "alertcontroller.h"
#include "controlroomalerts.h"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "core/recordtablemodel.h"
#include "defaultarrangement.h"
#include "dockmanager.h"
#include "languagesetup.h"
#include "layoutmanager.h"
#include "mainwindow.h"
#include "modulecatalog.h"
#include "simulatorprocess.h"
#include "ui/moduledock.h"
#include "ui/recordbrowser.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace ioc;

namespace {

// The smallest screen that gets each default arrangement (1, 2 or 3 columns), less a
// desktop panel: the window's minimum size must fit it.
QSize smallestScreenFor(int columns)
{
    constexpr int kPanel = 32;
    switch (columns) {
    case 1:
        return { 1366, 768 - kPanel };
    case 2:
        return { 1600, 900 - kPanel };
    default:
        return { 3200, 1800 - kPanel };
    }
}

int columnsForThisScreen()
{
    const int width = QGuiApplication::primaryScreen()->availableGeometry().width();
    return width >= 3200 ? 3 : (width >= 1600 ? 2 : 1);
}

// The widgets whose own minimum width is largest, widest first: where to look when the
// window does not fit.
QString widestWidgets(QWidget *root, int count = 40, bool byHeight = false)
{
    struct Entry
    {
        int width;
        int height;
        QString name;
    };
    QList<Entry> entries;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisibleTo(root) || qobject_cast<QDockWidget *>(w)
            || qobject_cast<ui::ModuleDock *>(w))
            continue;
        const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
        QString name = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            name += QLatin1Char('#') + w->objectName();
        for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
            if (auto *dock = qobject_cast<QDockWidget *>(p)) {
                name += QStringLiteral(" in ") + dock->objectName();
                break;
            }
        entries.append({ min.width(), min.height(), name });
    }
    std::sort(entries.begin(), entries.end(), [byHeight](const Entry &a, const Entry &b) {
        return byHeight ? a.height > b.height : a.width > b.width;
    });
    QStringList lines;
    for (int i = 0; i < std::min<int>(count, entries.size()); ++i)
        lines << QStringLiteral("  %1×%2 %3")
                     .arg(entries[i].width)
                     .arg(entries[i].height)
                     .arg(entries[i].name);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dataDir;
    std::unique_ptr<core::LocalCache> m_cache;
    std::unique_ptr<core::ModuleRegistry> m_modules;
    std::unique_ptr<app::AlertController> m_alerts;

    // A window filled with everything the cache holds: each dock shown once and its
    // figures computed, as they are when the operator has looked at every module.
    std::unique_ptr<app::MainWindow> filledWindow()
    {
        auto window = std::make_unique<app::MainWindow>(
            *m_modules, *m_cache, app::MainWindow::Options { true, {}, {} });
        window->attachAlerts(m_alerts.get()); // the control-room Alerts dock, as in the app
        const QList<QDockWidget *> frames = window->moduleDocks();
        std::vector<std::unique_ptr<QSignalSpy>> loaded;
        for (QDockWidget *frame : frames)
            loaded.push_back(std::make_unique<QSignalSpy>(
                qobject_cast<ui::ModuleDock *>(frame->widget()), &ui::ModuleDock::dashboardLoaded));
        window->show();
        for (int i = 0; i < frames.size(); ++i) {
            window->activateModule(i);
            if (loaded[i]->isEmpty() && !loaded[i]->wait(60000))
                qWarning() << frames[i]->objectName() << "computed no figures in 60 s";
        }
        QTest::qWait(200);
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(
            QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("config")));
        m_dataDir = m_tmp.filePath(QStringLiteral("data"));

        test::SimulatorProcess sim;
        QString error;
        // No live changes while syncing: a count that moves under the sync would make the run
        // (rightly) report the collection incomplete.
        QVERIFY2(
            sim.start({ QStringLiteral("--rate"), QStringLiteral("0"),
                          QStringLiteral("--state-dir"), m_tmp.filePath(QStringLiteral("sim")) },
                &error),
            qPrintable(error));
        QProcess sync;
        sync.setProgram(qEnvironmentVariable("IOC_DESKTOP_EXE"));
        sync.setArguments({ QStringLiteral("--sync-once"), QStringLiteral("--data-dir"), m_dataDir,
            QStringLiteral("--data-center"), sim.url().toString() });
        sync.setProcessChannelMode(QProcess::MergedChannels);
        sync.start();
        QVERIFY2(sync.waitForFinished(90000), qPrintable(sync.errorString()));
        QVERIFY2(sync.exitCode() == 0,
            qPrintable(QStringLiteral("exit code %1:\n%2")
                           .arg(sync.exitCode())
                           .arg(QString::fromUtf8(sync.readAll().right(3000)))));

        m_cache = std::make_unique<core::LocalCache>(m_dataDir);
        const core::CacheError opened = m_cache->open();
        QVERIFY2(!opened, qPrintable(opened.message));
        m_modules = std::make_unique<core::ModuleRegistry>();
        QString why;
        QVERIFY2(app::registerAllModules(*m_modules, &why), qPrintable(why));
        for (const auto &module : m_modules->modules()) {
            const core::CacheError migrated
                = m_cache->applyModuleMigrations(module->id(), module->cacheMigrations());
            QVERIFY2(!migrated, qPrintable(migrated.message));
        }
        m_alerts = std::make_unique<app::AlertController>(m_dataDir);
    }

    void init() { QSettings().clear(); }

    void columnsAndGroupsForEachWidth()
    {
        QCOMPARE(app::dockColumnsFor(1366), 1);
        QCOMPARE(app::dockColumnsFor(1599), 1);
        QCOMPARE(app::dockColumnsFor(1600), 2);
        QCOMPARE(app::dockColumnsFor(2560), 2);
        QCOMPARE(app::dockColumnsFor(3200), 3);
        using Groups = QList<QList<int>>;
        QCOMPARE(app::dockColumnGroups(7, 1), Groups({ { 0, 1, 2, 3, 4, 5, 6 } }));
        QCOMPARE(app::dockColumnGroups(7, 2), Groups({ { 0, 1, 2 }, { 3, 4, 5, 6 } }));
        QCOMPARE(app::dockColumnGroups(7, 3), Groups({ { 0, 1, 2 }, { 3, 4 }, { 5, 6 } }));
        // Fewer docks than columns (a build with some modules left out): one dock a column.
        QCOMPARE(app::dockColumnGroups(2, 3), Groups({ { 0 }, { 1 } }));
        QCOMPARE(app::dockColumnGroups(4, 3), Groups({ { 0, 1 }, { 2 }, { 3 } }));
        QCOMPARE(app::dockColumnGroups(0, 2), Groups());
    }

    void cleanupTestCase()
    {
        m_alerts.reset();
        m_cache.reset();
        app::installLanguage(QStringLiteral("vi"));
    }

    void onTheScreensPeopleHave_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("vi") << QStringLiteral("vi");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

private:
    void checkMinimumSize(app::MainWindow *window, const QString &language)
    {
        const QSize smallest = smallestScreenFor(columnsForThisScreen());
        const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
        qInfo("minimum size in %s: %d×%d", qPrintable(language), minimum.width(), minimum.height());
        if (minimum.width() > smallest.width() || minimum.height() > smallest.height())
            qWarning().noquote() << "widest widgets:\n"
                                 << widestWidgets(window) << "\ntallest:\n"
                                 << widestWidgets(window, 40, true);
        QVERIFY2(minimum.width() <= smallest.width() && minimum.height() <= smallest.height(),
            qPrintable(QStringLiteral("minimum %1×%2 does not fit %3×%4; widest:\n%5")
                           .arg(minimum.width())
                           .arg(minimum.height())
                           .arg(smallest.width())
                           .arg(smallest.height())
                           .arg(widestWidgets(window, 12))));
    }

    // The Records tab's "Collection" column, filled from the real sync: names in the
    // interface's language, never ids such as "se_observations".
    void checkCollectionNames(app::MainWindow *window)
    {
        static const QRegularExpression collectionId(QStringLiteral("^[a-z]+(_[a-z]+)+$"));
        for (QDockWidget *frame : window->moduleDocks()) {
            auto *dock = qobject_cast<ui::ModuleDock *>(frame->widget());
            core::RecordTableModel *model = dock->recordBrowser()->model();
            QTRY_VERIFY2(model->rowCount() > 0, qPrintable(frame->objectName()));
            for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
                const QString shown
                    = model->index(row, core::RecordTableModel::CollectionColumn).data().toString();
                QVERIFY2(!shown.isEmpty() && !collectionId.match(shown).hasMatch(),
                    qPrintable(QStringLiteral("%1 row %2 shows \"%3\"")
                                   .arg(frame->objectName())
                                   .arg(row)
                                   .arg(shown)));
            }
        }
    }

    void checkLayout(app::MainWindow *window)
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        window->setGeometry(available);
        window->layouts()->reset();
        QTest::qWait(100);
        QCOMPARE(window->size(), available.size());

        const QRect inside = window->rect();
        const auto placeOf = [window](QWidget *widget) {
            return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
        };
        // Every dock on screen (modules and the control-room alerts), not those behind a tab.
        QList<QDockWidget *> shown;
        int modulesShown = 0;
        const QList<QDockWidget *> modules = window->moduleDocks();
        for (QDockWidget *frame : window->findChildren<QDockWidget *>()) {
            if (!frame->isVisible() || frame->visibleRegion().isEmpty())
                continue;
            shown.append(frame);
            modulesShown += modules.contains(frame) ? 1 : 0;
            const QRect where = placeOf(frame);
            QVERIFY2(inside.contains(where),
                qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 is outside the %6×%7 window")
                               .arg(frame->objectName())
                               .arg(where.x())
                               .arg(where.y())
                               .arg(where.width())
                               .arg(where.height())
                               .arg(inside.width())
                               .arg(inside.height())));
        }
        for (int i = 0; i < shown.size(); ++i)
            for (int j = i + 1; j < shown.size(); ++j)
                QVERIFY2(!placeOf(shown[i]).intersects(placeOf(shown[j])),
                    qPrintable(QStringLiteral("%1 and %2 overlap")
                                   .arg(shown[i]->objectName(), shown[j]->objectName())));
        QStatusBar *status = window->statusBar();
        QVERIFY(status->isVisible());
        const QRect bar(status->mapTo(window, QPoint(0, 0)), status->size());
        QVERIFY2(inside.contains(bar), "the status bar is cut off");

        // The arrangement chosen for this screen: one module at a time on a laptop, two
        // columns from 1600 px, three from 3200 px.
        const int expectedColumns = columnsForThisScreen();
        QCOMPARE(modulesShown, expectedColumns);
        // On a laptop the alerts are a tab of the one group; wider, they run along the bottom.
        QDockWidget *alerts = window->controlRoomAlerts()->dock();
        QCOMPARE(shown.contains(alerts), expectedColumns > 1);
        QVERIFY(!alerts->isFloating());
        QVERIFY(!window->tabifiedDockWidgets(alerts).isEmpty() || expectedColumns > 1);
        // Along the bottom they keep to their share; the modules have the rest of the height.
        if (expectedColumns > 1)
            QTRY_VERIFY2(alerts->height() <= window->height() * 30 / 100,
                qPrintable(QStringLiteral("the alerts take %1 of %2 px")
                               .arg(alerts->height())
                               .arg(window->height())));
    }

private slots:
    // One filled window per language (filling it costs a minute under ASan): its minimum
    // size, then its Records tables, then laid out for this screen.
    void onTheScreensPeopleHave()
    {
        QFETCH(QString, language);
        QVERIFY(app::installLanguage(language));
        auto window = filledWindow();
        checkMinimumSize(window.get(), language);
        if (QTest::currentTestFailed())
            return;
        checkCollectionNames(window.get());
        if (QTest::currentTestFailed())
            return;
        checkLayout(window.get());
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
