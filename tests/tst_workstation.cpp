// The operator workstation: named layouts (and a monitor that went away), global search,
// shortcuts, settings validation, working offline with the outbox count, accessibility.
//
// Over 600 lines: one QtTest executable; its tests share one set-up (a cache filled once
// in initTestCase, the modules and the main window each test builds the same way).
#include "appsettings.h"
#include "core/displaytime.h"
#include "core/featurestore.h"
#include "core/layoutstore.h"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "core/outboxstore.h"
#include "core/recordtablemodel.h"
#include "globalsearch.h"
#include "languagesetup.h"
#include "layoutmanager.h"
#include "mainwindow.h"
#include "map/mapwidget.h"
#include "modulecatalog.h"
#include "screenfit.h"
#include "settingsdialog.h"
#include "settingsvalidation.h"
#include "shortcuthelp.h"
#include "statusbarcontroller.h"
#include "sync/tokenstore.h"
#include "synccontroller.h"
#include "testfeatures.h"
#include "ui/alertlistwidget.h"
#include "ui/recordbrowser.h"
#include "ui/theme.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace ioc;

class TestWorkstation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<core::LocalCache> m_cache;
    std::unique_ptr<core::ModuleRegistry> m_modules;

    std::unique_ptr<app::MainWindow> makeWindow(bool offline = false)
    {
        auto window = std::make_unique<app::MainWindow>(
            *m_modules, *m_cache, app::MainWindow::Options { offline });
        window->resize(1400, 900);
        return window;
    }

    static QStringList layoutSignature(app::MainWindow *window)
    {
        QStringList signature;
        for (QDockWidget *dock : window->moduleDocks()) {
            QStringList siblings;
            for (QDockWidget *other : window->tabifiedDockWidgets(dock))
                siblings.append(other->objectName());
            siblings.sort();
            signature.append(QStringLiteral("%1 area=%2 floating=%3 hidden=%4 tabs=[%5]")
                                 .arg(dock->objectName())
                                 .arg(int(window->dockWidgetArea(dock)))
                                 .arg(dock->isFloating())
                                 .arg(dock->isHidden())
                                 .arg(siblings.join(QLatin1Char(','))));
        }
        return signature;
    }

    void addOutboxItems(int count)
    {
        core::OutboxStore outbox(m_cache->operatorStore());
        for (int i = 0; i < count; ++i) {
            QVERIFY(!outbox.acknowledge(QUuid::createUuid().toString(QUuid::WithoutBraces),
                QStringLiteral("alert-%1").arg(i), QStringLiteral("health"),
                QStringLiteral("operator"), QString(), QDateTime::currentDateTimeUtc()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(
            QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("config")));
        qputenv("IOC_NO_KEYRING", "1");
        // The token store's fallback file goes under the config home: keep it in the test.
        qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("xdg")).toUtf8());
        m_cache = std::make_unique<core::LocalCache>(m_tmp.filePath(QStringLiteral("data")));
        QVERIFY(!m_cache->open());
        QVERIFY(!m_cache->features().upsert({
            test::pointFeature(QStringLiteral("health_facilities"), QStringLiteral("bv-tinh"),
                105.9, 18.34,
                { { QStringLiteral("name"), QStringLiteral("Bệnh viện Đa khoa tỉnh Hà Tĩnh") } }),
            test::pointFeature(QStringLiteral("cam_cameras"), QStringLiteral("cam-1"), 105.89,
                18.35,
                { { QStringLiteral("name"), QStringLiteral("Camera ngã tư Hà Tĩnh") },
                    { QStringLiteral("status"), QStringLiteral("online") } }),
            test::pointFeature(QStringLiteral("cam_cameras"), QStringLiteral("cam-2"), 106.2, 18.1,
                { { QStringLiteral("name"), QStringLiteral("Camera cảng Vũng Áng") } }),
            test::attributeFeature(QStringLiteral("doc_documents"), QStringLiteral("vb-1"),
                { { QStringLiteral("name"),
                    QStringLiteral("Công văn về phòng chống lụt bão tỉnh Hà Tĩnh") } }),
            test::boxFeature(QStringLiteral("admin_units"), QStringLiteral("42"), 105.1, 17.9,
                106.5, 18.8, { { QStringLiteral("name"), QStringLiteral("Tỉnh Hà Tĩnh") } }),
        }));
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(app::installLanguage(QStringLiteral("en")));
        m_modules = std::make_unique<core::ModuleRegistry>();
        QVERIFY(app::registerAllModules(*m_modules, nullptr));
        for (const QString &name : core::LayoutStore(m_cache->operatorStore()).names())
            QVERIFY(!core::LayoutStore(m_cache->operatorStore()).remove(name));
    }

    // --- layouts ---

    void namedLayoutsSwitchBackAndForth()
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QStringList standard = layoutSignature(window.get());
        QVERIFY(window->layouts()->save(QStringLiteral("Standard")));

        window->dockForModule(QStringLiteral("tourism"))->close();
        window->splitDockWidget(window->dockForModule(QStringLiteral("socioeconomic")),
            window->dockForModule(QStringLiteral("health")), Qt::Vertical);
        QTest::qWait(20);
        const QStringList flood = layoutSignature(window.get());
        QVERIFY(flood != standard);
        QVERIFY(window->layouts()->save(QStringLiteral("Flood watch")));
        QCOMPARE(window->layouts()->names(), (QStringList { "Flood watch", "Standard" }));

        QVERIFY(window->layouts()->apply(QStringLiteral("Standard")));
        QCOMPARE(layoutSignature(window.get()), standard);
        QCOMPARE(window->layouts()->currentName(), QStringLiteral("Standard"));
        auto *chooser = window->findChild<QComboBox *>(QStringLiteral("layoutChooser"));
        QVERIFY(chooser);
        QCOMPARE(chooser->count(), 2);
        QCOMPARE(chooser->currentText(), QStringLiteral("Standard"));

        // The toolbar combo switches too.
        chooser->setCurrentIndex(chooser->findText(QStringLiteral("Flood watch")));
        emit chooser->activated(chooser->currentIndex());
        QCOMPARE(layoutSignature(window.get()), flood);

        // Another window (the next start) sees the same layouts: they are stored, per user.
        auto next = makeWindow();
        QCOMPARE(next->layouts()->names(), (QStringList { "Flood watch", "Standard" }));
        QVERIFY(next->layouts()->apply(QStringLiteral("Flood watch")));
        QCOMPARE(layoutSignature(next.get()), flood);
        QVERIFY(!next->layouts()->apply(QStringLiteral("No such layout")));
    }

    void renameAndDeleteLayouts()
    {
        auto window = makeWindow();
        QVERIFY(window->layouts()->save(QStringLiteral("A")));
        QVERIFY(window->layouts()->save(QStringLiteral("B")));
        QString error;
        QVERIFY(!window->layouts()->rename(QStringLiteral("A"), QStringLiteral("B"), &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QVERIFY(!window->layouts()->rename(QStringLiteral("A"), QStringLiteral("  "), &error));
        QVERIFY(!window->layouts()->save(QStringLiteral(" "), &error));
        QVERIFY(window->layouts()->rename(QStringLiteral("B"), QStringLiteral("Night shift")));
        QCOMPARE(window->layouts()->currentName(), QStringLiteral("Night shift"));
        QCOMPARE(window->layouts()->names(), (QStringList { "A", "Night shift" }));
        QVERIFY(window->layouts()->remove(QStringLiteral("A")));
        QCOMPARE(window->layouts()->names(), QStringList { "Night shift" });
        QVERIFY(window->findChild<QAction *>(QStringLiteral("deleteLayout"))->isEnabled());
        QVERIFY(window->layouts()->remove(QStringLiteral("Night shift")));
        QVERIFY(window->layouts()->currentName().isEmpty());
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("deleteLayout"))->isEnabled());
    }

    void fitOntoScreensKeepsOrRescues()
    {
        const QRect primary(0, 0, 1920, 1080);
        const QRect second(1920, 0, 1920, 1080);
        const QRect onSecond(2400, 200, 800, 600);
        // The second monitor is there: the dock stays where the operator put it.
        QCOMPARE(app::fitOntoScreens(onSecond, { primary, second }), onSecond);
        // It is gone: the dock comes onto the primary screen, whole and centred.
        const QRect rescued = app::fitOntoScreens(onSecond, { primary });
        QVERIFY(primary.contains(rescued));
        QCOMPARE(rescued.size(), onSecond.size());
        QCOMPARE(rescued.center(), primary.center());
        // Bigger than the remaining screen: shrunk to fit.
        const QRect huge = app::fitOntoScreens(QRect(4000, 0, 3000, 2000), { primary });
        QVERIFY(primary.contains(huge));
        // Half off the edge but its title bar reachable: left alone.
        const QRect partly(1700, 500, 800, 600);
        QCOMPARE(app::fitOntoScreens(partly, { primary }), partly);
        // Title bar above the top of every screen: cannot be grabbed, so rescued.
        QVERIFY(primary.contains(app::fitOntoScreens(QRect(100, -500, 800, 400), { primary })));
    }

    void floatingDockOnMissingMonitorComesBack()
    {
        // Offscreen there is one screen. The dock is saved floating beyond its right edge,
        // where a second monitor was; at the next start that monitor is missing.
        const QRect primary = QGuiApplication::primaryScreen()->availableGeometry();
        const QRect second(primary.right() + 1, primary.top(), 1920, 1080);
        const QRect onSecond(second.left() + 300, second.top() + 100, 500, 400);

        auto window = makeWindow();
        window->layouts()->setScreensForTesting({ primary, second });
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QDockWidget *cameras = window->dockForModule(QStringLiteral("cameras"));
        cameras->setFloating(true);
        cameras->setGeometry(onSecond);
        QTRY_COMPARE(cameras->geometry().topLeft(), onSecond.topLeft());
        QVERIFY(window->layouts()->save(QStringLiteral("Two monitors")));

        auto single = makeWindow();
        single->layouts()->setScreensForTesting({ primary });
        single->show();
        QVERIFY(QTest::qWaitForWindowExposed(single.get()));
        QVERIFY(single->layouts()->apply(QStringLiteral("Two monitors")));
        QDockWidget *dock = single->dockForModule(QStringLiteral("cameras"));
        QVERIFY(dock->isFloating());
        // Back on the screen that exists: its title bar grabbable and most of it visible (a
        // dashboard dock cannot shrink below its cards, so it may overhang the edge).
        QTRY_VERIFY2(primary.contains(dock->geometry().topLeft())
                && primary.intersected(dock->geometry()).width() * 2 >= dock->width(),
            qPrintable(QStringLiteral("dock at %1,%2")
                           .arg(dock->geometry().x())
                           .arg(dock->geometry().y())));

        // Qt's restoreState() already pulls a floating dock onto the screen it knows; our
        // own check must also act where Qt's does not reach: here the only "connected"
        // monitor is a simulated one to the right, and the dock must end up on it.
        auto elsewhere = makeWindow();
        elsewhere->layouts()->setScreensForTesting({ second });
        elsewhere->show();
        QVERIFY(QTest::qWaitForWindowExposed(elsewhere.get()));
        QVERIFY(elsewhere->layouts()->apply(QStringLiteral("Two monitors")));
        QDockWidget *moved = elsewhere->dockForModule(QStringLiteral("cameras"));
        QTRY_VERIFY2(second.contains(moved->geometry()),
            qPrintable(QStringLiteral("dock at %1,%2")
                           .arg(moved->geometry().x())
                           .arg(moved->geometry().y())));
    }

    // --- global search ---

    void searchFindsAcrossModulesWithoutDiacritics()
    {
        const auto scopes = app::searchScopes(*m_modules);
        const auto groups
            = app::searchAll(m_cache->mirror().path(), QStringLiteral("ha tinh"), scopes);
        QStringList modules;
        QStringList names;
        for (const app::SearchGroup &group : groups) {
            modules << group.moduleId;
            for (const app::SearchHit &hit : group.hits)
                names << hit.name;
        }
        // Grouped in module order; the place group (no module) last.
        QCOMPARE(modules, (QStringList { "documents", "health", "cameras", QString() }));
        QVERIFY(names.contains(QStringLiteral("Bệnh viện Đa khoa tỉnh Hà Tĩnh")));
        QVERIFY(names.contains(QStringLiteral("Camera ngã tư Hà Tĩnh")));
        QVERIFY(names.contains(QStringLiteral("Tỉnh Hà Tĩnh")));
        QVERIFY(!names.contains(QStringLiteral("Camera cảng Vũng Áng")));
        // Locations: a point has zero size, the province polygon its bounds.
        for (const app::SearchGroup &group : groups) {
            for (const app::SearchHit &hit : group.hits) {
                if (hit.featureId == QLatin1String("cam-1")) {
                    QVERIFY(hit.hasLocation);
                    QCOMPARE(hit.bounds.topLeft(), QPointF(105.89, 18.35));
                } else if (hit.featureId == QLatin1String("42")) {
                    QCOMPARE(hit.bounds, QRectF(QPointF(105.1, 17.9), QPointF(106.5, 18.8)));
                } else if (hit.featureId == QLatin1String("vb-1")) {
                    QVERIFY(!hit.hasLocation);
                }
            }
        }
        QVERIFY(app::searchAll(m_cache->mirror().path(), QStringLiteral("zzzz"), scopes).isEmpty());
    }

    void ctrlKThenEnterOpensTheItem()
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        app::GlobalSearchPopup *popup = window->globalSearch();
        QTRY_VERIFY(popup->isVisible());
        QSignalSpy shown(popup, &app::GlobalSearchPopup::resultsShown);
        QTest::keyClicks(popup->input(), QStringLiteral("vung ang"));
        QTRY_VERIFY(!shown.isEmpty()); // off the UI thread, then back
        QCOMPARE(shown.last().at(0).toInt(), 1);
        QCOMPARE(popup->results()->topLevelItemCount(), 1);
        QCOMPARE(popup->results()->topLevelItem(0)->text(0),
            m_modules->module(QStringLiteral("cameras"))->title());

        QTest::keyClick(popup->input(), Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QDockWidget *dock = window->dockForModule(QStringLiteral("cameras"));
        QVERIFY(!dock->visibleRegion().isEmpty()); // raised over its tab siblings
        auto *browser = dock->findChild<ui::RecordBrowser *>();
        const QModelIndex current = browser->tableView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(core::RecordTableModel::FeatureIdRole).toString(),
            QStringLiteral("cam-2"));
        auto *map = dock->findChild<map::MapWidget *>();
        QVERIFY(map);
        QVERIFY(qAbs(map->center().longitude() - 106.2) < 1e-6);
        QVERIFY(qAbs(map->center().latitude() - 18.1) < 1e-6);
    }

    // --- shortcuts ---

    void noTwoActionsShareAKey()
    {
        auto window = makeWindow();
        app::SyncController sync(m_cache->dataDir(), sync::SyncSettings(), {});
        window->attachSync(&sync);
        const QList<QAction *> actions = app::actionsWithShortcuts(window.get());
        QVERIFY(actions.size() >= 20);
        const QStringList conflicts = app::shortcutConflicts(actions);
        QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.join(QLatin1Char('\n'))));

        // An alert list's keys (acknowledge, resolve, snooze) act inside the list while the
        // window-wide keys act everywhere: a shared key would be ambiguous and do neither.
        ui::AlertListWidget list;
        QCOMPARE(app::actionsWithShortcuts(&list).size(), 3);
        const QStringList listConflicts
            = app::shortcutConflicts(actions + app::actionsWithShortcuts(&list));
        QVERIFY2(listConflicts.isEmpty(), qPrintable(listConflicts.join(QLatin1Char('\n'))));

        // The check itself can fail.
        QAction clash(QStringLiteral("Clash"));
        clash.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        QCOMPARE(app::shortcutConflicts(actions + QList<QAction *> { &clash }).size(), 1);
    }

    void shortcutHelpListsTheRealActions()
    {
        auto window = makeWindow();
        app::ShortcutHelpDialog dialog(window.get());
        const QList<QAction *> actions = app::actionsWithShortcuts(window.get());
        QCOMPARE(dialog.table()->rowCount(), actions.size());
        QStringList rows;
        for (int row = 0; row < dialog.table()->rowCount(); ++row)
            rows << dialog.table()->item(row, 0)->text() + QLatin1Char('=')
                    + dialog.table()->item(row, 1)->text();
        for (const QString &expected : { QStringLiteral("Ctrl+K=Search everywhere"),
                 QStringLiteral("F5=Sync now"), QStringLiteral("F1=Keyboard shortcuts"),
                 QStringLiteral("Ctrl+Shift+O=Work offline"),
                 QStringLiteral("Ctrl+Shift+S=Save layout as") })
            QVERIFY2(rows.contains(expected), qPrintable(rows.join(QLatin1Char('\n'))));
    }

    // --- settings ---

    void settingsValidation()
    {
        QVERIFY(app::checkDataCenterUrl(QString()).isEmpty());
        QVERIFY(app::checkDataCenterUrl(QStringLiteral("https://ioc.hatinh.gov.vn/api")).isEmpty());
        QVERIFY(!app::checkDataCenterUrl(QStringLiteral("ioc.hatinh")).isEmpty());
        QVERIFY(!app::checkDataCenterUrl(QStringLiteral("ftp://ioc.hatinh.gov.vn")).isEmpty());
        QVERIFY(
            !app::checkDataCenterUrl(QStringLiteral("https://u:p@ioc.hatinh.gov.vn")).isEmpty());
        QVERIFY(!app::checkToken(QStringLiteral("abc def")).isEmpty());
        QVERIFY(app::checkToken(QStringLiteral("abc.def-123")).isEmpty());
        QVERIFY(!app::checkInterval(5).isEmpty());
        QVERIFY(app::checkInterval(60).isEmpty());
        QVERIFY(!app::checkInterval(2 * 24 * 3600).isEmpty());
        QVERIFY(
            app::checkTileUrlTemplate(QStringLiteral("https://tiles.example.vn/{z}/{x}/{y}.png"))
                .isEmpty());
        const QString lacksY
            = app::checkTileUrlTemplate(QStringLiteral("https://tiles.example.vn/{z}/{x}.png"));
        QVERIFY(lacksY.contains(QStringLiteral("{y}")));
        QVERIFY(!app::checkTileUrlTemplate(QStringLiteral("tiles/{z}/{x}/{y}")).isEmpty());
        QVERIFY(!app::checkHomeArea(106, 18, 105, 19).isEmpty());
        QVERIFY(app::checkHomeArea(105.1, 17.9, 106.6, 18.8).isEmpty());
        QCOMPARE(app::parseHomeArea(app::formatHomeArea(105.1, 17.9, 106.6, 18.8)),
            QRectF(QPointF(105.1, 17.9), QPointF(106.6, 18.8)));
        QVERIFY(app::parseHomeArea(QStringLiteral("1,2,3")).isNull());

        // Map files: missing, a folder, not SQLite, and a real SQLite file.
        QVERIFY(app::checkMbTilesFile(m_tmp.filePath(QStringLiteral("none.mbtiles")))
                    .contains(QStringLiteral("does not exist")));
        QVERIFY(app::checkMbTilesFile(m_tmp.path()).contains(QStringLiteral("folder")));
        QFile text(m_tmp.filePath(QStringLiteral("text.mbtiles")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello, not a database");
        text.close();
        QVERIFY(app::checkMbTilesFile(text.fileName()).contains(QStringLiteral("not an MBTiles")));
        QVERIFY(app::checkMbTilesFile(m_cache->mirror().path()).isEmpty());
        QFile::setPermissions(text.fileName(), QFileDevice::WriteOwner);
        if (QFile(text.fileName()).open(QIODevice::ReadOnly)) {
            // root reads anything: the unreadable case cannot be produced here
        } else {
            QVERIFY(
                app::checkMbTilesFile(text.fileName()).contains(QStringLiteral("cannot be read")));
        }
    }

    void settingsDialogRefusesBadInputAndSavesGoodInput()
    {
        app::SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.dataCenterEdit()->setText(QStringLiteral("not a url"));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // stays open
        QVERIFY(dialog.shownError().contains(QStringLiteral("not a valid URL")));
        QTRY_VERIFY(dialog.dataCenterEdit()->hasFocus());
        QVERIFY(QSettings().value(app::settingskeys::kDataCenterUrl).isNull()); // nothing saved

        dialog.dataCenterEdit()->setText(QStringLiteral("http://127.0.0.1:8080"));
        dialog.tileUrlEdit()->setText(QStringLiteral("https://tiles.example.vn/{z}/{x}.png"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.shownError().contains(QStringLiteral("{y}")));

        dialog.tileUrlEdit()->setText(QStringLiteral("https://tiles.example.vn/{z}/{x}/{y}.png"));
        dialog.tokenEdit()->setText(QStringLiteral("secret-token"));
        dialog.liveIntervalBox()->setValue(30);
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("ja")));
        QSignalSpy applied(&dialog, &app::SettingsDialog::settingsApplied);
        dialog.accept();
        QVERIFY2(applied.count() == 1, qPrintable(dialog.shownError()));
        QVERIFY(!dialog.isVisible());
        QSettings s;
        QCOMPARE(s.value(app::settingskeys::kDataCenterUrl).toString(),
            QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(s.value(app::settingskeys::kTileUrlTemplate).toString(),
            QStringLiteral("https://tiles.example.vn/{z}/{x}/{y}.png"));
        QCOMPARE(s.value(app::settingskeys::kLiveInterval).toInt(), 30);
        QCOMPARE(s.value(app::settingskeys::kTheme).toString(), QStringLiteral("dark"));
        QCOMPARE(s.value(app::settingskeys::kLanguage).toString(), QStringLiteral("ja"));
        // The token went to the token store (its file here: no keyring in tests), not to
        // the settings file.
        const sync::TokenStore tokens(
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation), false);
        QCOMPARE(tokens.load(QStringLiteral("http://127.0.0.1:8080")).token,
            QStringLiteral("secret-token"));
        QFile settingsFile(s.fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains("secret-token"));
    }

    void standardButtonsSpeakVietnamese()
    {
        // Qt has no Vietnamese translation of its own; ours carries the button texts.
        QVERIFY(app::installLanguage(QStringLiteral("vi")));
        app::SettingsDialog dialog;
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QCOMPARE(box->button(QDialogButtonBox::Ok)->text(), QStringLiteral("Đồng ý"));
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
    }

    // --- offline ---

    void offlineShowsTheOutboxCount()
    {
        auto window = makeWindow(true);
        auto *toggle = window->findChild<QAction *>(QStringLiteral("workOffline"));
        QVERIFY(toggle->isChecked());
        QVERIFY(window->isWorkingOffline());
        auto *outbox = window->findChild<QLabel *>(QStringLiteral("outboxState"));
        auto *connection = window->findChild<QLabel *>(QStringLiteral("connectionState"));
        QVERIFY(connection->text().contains(QStringLiteral("Offline")));
        QCOMPARE(outbox->text(), QString());

        // Counted on the thread pool (no SQL on the UI thread), shown when it arrives.
        app::StatusBarController *status = window->statusBarController();
        addOutboxItems(1);
        status->refreshOutboxCount();
        QTRY_COMPARE(outbox->text(), QStringLiteral("1 action waiting to be sent"));
        addOutboxItems(2);
        status->refreshOutboxCount();
        QTRY_COMPARE(outbox->text(), QStringLiteral("3 actions waiting to be sent"));

        QVERIFY(app::installLanguage(QStringLiteral("vi")));
        QCOMPARE(status->outboxText(), QStringLiteral("3 thao tác đang chờ gửi"));
        QVERIFY(app::installLanguage(QStringLiteral("ja")));
        QCOMPARE(status->outboxText(), QStringLiteral("送信待ちの操作 3 件"));
    }

    void offlineDocksShowTheAgeOfTheirData()
    {
        // Synced yesterday, then the laptop went to a district without coverage.
        const QDateTime synced = QDateTime::currentDateTimeUtc().addDays(-1);
        const core::Module *health = m_modules->module(QStringLiteral("health"));
        for (const QString &collection : health->collections())
            QVERIFY(!m_cache->features().markSynced(collection, synced));
        auto window = makeWindow(true);
        auto *browser
            = window->dockForModule(QStringLiteral("health"))->findChild<ui::RecordBrowser *>();
        QTRY_COMPARE(browser->freshnessText(),
            QStringLiteral("Data as of %1")
                .arg(core::formatDisplayTime(synced, QDateTime::currentDateTimeUtc())));
        // A module that never synced completely says nothing rather than a wrong age.
        auto *tourism
            = window->dockForModule(QStringLiteral("tourism"))->findChild<ui::RecordBrowser *>();
        QVERIFY(tourism->freshnessText().isEmpty());
    }

    void workOfflinePausesSync()
    {
        // A data center nobody answers at: the engine's state shows whether it runs.
        sync::SyncSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        app::SyncController sync(m_cache->dataDir(), settings, { QStringLiteral("cam_cameras") });
        auto window = makeWindow(true);
        window->attachSync(&sync);
        QVERIFY(sync.isPaused());
        auto *syncNow = window->findChild<QAction *>(QStringLiteral("syncNow"));
        QVERIFY(!syncNow->isEnabled());
        QSignalSpy status(&sync, &app::SyncController::statusChanged);
        QTest::qWait(200);
        QCOMPARE(status.count(), 0); // paused before it ever started: silent

        window->setWorkOffline(false);
        QVERIFY(!sync.isPaused());
        QVERIFY(syncNow->isEnabled());
        QTRY_VERIFY(status.count() > 0); // resumed: the engine runs and reports
        window->setWorkOffline(true);
        QVERIFY(sync.isPaused());
        QVERIFY(!syncNow->isEnabled());
        sync.stop();
    }

    // --- themes, time, accessibility ---

    void themeSwitchesEveryMap()
    {
        auto window = makeWindow();
        window->applyTheme(ui::ThemeChoice::Dark);
        const auto maps = window->findChildren<map::MapWidget *>();
        QVERIFY(maps.size() >= 7);
        for (map::MapWidget *map : maps)
            QCOMPARE(map->styleKind(), map::MapStyle::Kind::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window), ui::Theme::dark().window);
        window->applyTheme(ui::ThemeChoice::Light);
        for (map::MapWidget *map : maps)
            QCOMPARE(map->styleKind(), map::MapStyle::Kind::Light);
        QVERIFY(window->findChild<QAction *>(QStringLiteral("theme.light"))->isChecked());
    }

    void timesShowInHaTinhTime()
    {
        QVERIFY(app::installLanguage(QStringLiteral("vi")));
        // 03:30 UTC is 10:30 in Hà Tĩnh, whatever the machine's own zone.
        const QDateTime utc(QDate(2026, 11, 26), QTime(3, 30), Qt::UTC);
        QCOMPARE(core::toDisplayTime(utc).time(), QTime(10, 30));
        QCOMPARE(core::formatDisplayTime(utc, utc.addSecs(60)), QStringLiteral("10:30"));
        // 20:00 UTC is already the next day there.
        const QDateTime evening(QDate(2026, 11, 26), QTime(20, 0), Qt::UTC);
        QCOMPARE(core::toDisplayTime(evening).date(), QDate(2026, 11, 27));
    }

    void controlsHaveAccessibleNames()
    {
        auto window = makeWindow();
        app::SyncController sync(m_cache->dataDir(), sync::SyncSettings(), {});
        window->attachSync(&sync);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QStringList unnamed;
        const auto widgets = window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w);
            if (!control || !w->isVisibleTo(window.get()) || w->focusPolicy() == Qt::NoFocus)
                continue;
            // A screen reader reads the accessible name, else the button's text or tooltip.
            QString name = w->accessibleName();
            // The line edit inside a spin or date box is announced with its box's name.
            if (auto *box = qobject_cast<QAbstractSpinBox *>(w->parentWidget());
                box && name.isEmpty())
                name = box->accessibleName();
            if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                if (name.isEmpty())
                    name = button->text().isEmpty() ? button->toolTip() : button->text();
            }
            if (name.trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (%2 in %3)")
                               .arg(w->objectName(),
                                   QString::fromLatin1(w->metaObject()->className()),
                                   w->parentWidget() ? w->parentWidget()->objectName() : QString());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void tabReachesEveryControlOfADock()
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        for (int i = 0; i < window->moduleDocks().size(); ++i) {
            QDockWidget *dock = window->moduleDocks().at(i);
            window->activateModule(i);
            auto *browser = dock->findChild<ui::RecordBrowser *>();
            if (!browser || !browser->filterEdit()->isEnabled())
                continue; // an empty module shows a message, nothing to tab through
            // Ctrl+N lands in the filter box, ready to type.
            QTRY_COMPARE(QApplication::focusWidget(), browser->filterEdit());
            // From the filter box, Tab must reach the table within the dock.
            browser->filterEdit()->setFocus(Qt::TabFocusReason);
            bool reachedTable = false;
            QWidget *w = browser->filterEdit();
            for (int step = 0; step < 20 && !reachedTable; ++step) {
                w = w->nextInFocusChain();
                if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled())
                    reachedTable = w == browser->tableView();
            }
            QVERIFY2(reachedTable, qPrintable(dock->objectName()));
        }
    }

    void textFollowsTheSystemFontSize()
    {
        // No widget fixes a pixel size: when the desktop's font grows (an operator who
        // needs larger text), titles, tables and the status bar grow with it, live.
        auto window = makeWindow();
        auto *title = window->moduleDocks().first()->titleBarWidget()->findChild<QLabel *>(
            QStringLiteral("dockTitle"));
        auto *table = window->moduleDocks().first()->findChild<QTableView *>();
        auto *outbox = window->findChild<QLabel *>(QStringLiteral("outboxState"));
        QVERIFY(title && table && outbox);
        const QFont original = QApplication::font();
        QFont larger = original;
        larger.setPointSizeF(original.pointSizeF() * 1.5);
        QApplication::setFont(larger);
        QCoreApplication::processEvents(); // the change reaches widgets as events
        const qreal titleSize = title->font().pointSizeF();
        const qreal tableSize = table->font().pointSizeF();
        const qreal outboxSize = outbox->font().pointSizeF();
        const bool titleBold = title->font().bold();
        QApplication::setFont(original);
        QCOMPARE(titleSize, larger.pointSizeF());
        QCOMPARE(tableSize, larger.pointSizeF());
        QCOMPARE(outboxSize, larger.pointSizeF());
        QVERIFY(titleBold);
    }
};

QTEST_MAIN(TestWorkstation)
#include "tst_workstation.moc"
