#include "alertcontroller.h"
#include "alerts/alertlistmodel.h"
#include "controlroomalerts.h"
#include "core/featurestore.h"
#include "core/layoutseal.h"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "core/recordtablemodel.h"
#include "languagesetup.h"
#include "layoutmanager.h"
#include "mainwindow.h"
#include "map/mapwidget.h"
#include "modulecatalog.h"
#include "sync/syncstatusmodel.h"
#include "sync/syncstore.h"
#include "synccontroller.h"
#include "syncstatusdialog.h"
#include "testfeatures.h"
#include "ui/alertlistwidget.h"
#include "ui/docktitlebar.h"
#include "ui/moduledock.h"
#include "ui/recordbrowser.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ioc;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<core::LocalCache> m_cache;
    std::unique_ptr<core::ModuleRegistry> m_modules;

    std::unique_ptr<app::MainWindow> makeWindow()
    {
        auto window
            = std::make_unique<app::MainWindow>(*m_modules, *m_cache, app::MainWindow::Options {});
        window->resize(1400, 900);
        return window;
    }

    static bool isShown(QDockWidget *dock)
    {
        return dock->isVisible() && !dock->visibleRegion().isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(
            QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("config")));
        m_cache = std::make_unique<core::LocalCache>(m_tmp.filePath(QStringLiteral("data")));
        QVERIFY(!m_cache->open());
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(app::installLanguage(QStringLiteral("vi")));
        m_modules = std::make_unique<core::ModuleRegistry>();
        QVERIFY(app::registerAllModules(*m_modules, nullptr));
    }

    void sevenDocksWithTheirNames_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("vi") << QStringLiteral("vi")
                            << QStringList { QStringLiteral("Chỉ tiêu kinh tế - xã hội"),
                                   QStringLiteral("Dịch vụ công trực tuyến & Một cửa điện tử"),
                                   QStringLiteral("Quản lý văn bản & điều hành"),
                                   QStringLiteral("Y tế"), QStringLiteral("Giáo dục & Đào tạo"),
                                   QStringLiteral("Du lịch thông minh & lưu trú"),
                                   QStringLiteral("Camera giám sát thông minh") };
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList { QStringLiteral("Socio-economic indicators"),
                                   QStringLiteral("Online public services & one-stop office"),
                                   QStringLiteral("Documents & operations"),
                                   QStringLiteral("Health"), QStringLiteral("Education & training"),
                                   QStringLiteral("Smart tourism & accommodation"),
                                   QStringLiteral("Smart surveillance cameras") };
        QTest::newRow("ja") << QStringLiteral("ja")
                            << QStringList { QStringLiteral("社会経済指標"),
                                   QStringLiteral("オンライン公共サービス・ワンストップ窓口"),
                                   QStringLiteral("文書管理・業務運営"), QStringLiteral("保健医療"),
                                   QStringLiteral("教育・訓練"),
                                   QStringLiteral("スマート観光・宿泊"),
                                   QStringLiteral("スマート監視カメラ") };
    }

    void sevenDocksWithTheirNames()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, titles);
        QVERIFY(app::installLanguage(language));
        auto window = makeWindow();
        const QList<QDockWidget *> docks = window->moduleDocks();
        QCOMPARE(docks.size(), 7);
        QStringList actual;
        for (QDockWidget *dock : docks) {
            // What the title bar shows, and what tabs and the View menu show ("&" is
            // doubled there because Qt reads a single one as a mnemonic).
            auto *bar = qobject_cast<ui::DockTitleBar *>(dock->titleBarWidget());
            QVERIFY(bar);
            actual.append(bar->title());
            QCOMPARE(dock->windowTitle(), ui::DockTitleBar::escapedWindowTitle(bar->title()));
            QCOMPARE(dock->toggleViewAction()->text(), dock->windowTitle());
        }
        QCOMPARE(actual, titles);
    }

    void emptyCacheSaysSoPlainly_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("No data yet — last sync: never");
        QTest::newRow("vi") << QStringLiteral(
            "vi") << QStringLiteral("Chưa có dữ liệu — lần đồng bộ gần nhất: chưa bao giờ");
    }

    void emptyCacheSaysSoPlainly()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QVERIFY(app::installLanguage(language));
        auto window = makeWindow();
        auto *browser = window->dockForModule(QStringLiteral("cameras"))
                            ->widget()
                            ->findChild<ui::RecordBrowser *>();
        QVERIFY(browser);
        QTRY_VERIFY(browser->isShowingEmptyState()); // counted on the thread pool
        QCOMPARE(browser->emptyStateText(), text);
    }

    void ctrlNumberRaisesThatModule()
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        const QList<QDockWidget *> docks = window->moduleDocks();
        // Hide one dock entirely: Ctrl+N must bring it back too.
        docks.at(1)->close();
        for (int i = 0; i < docks.size(); ++i) {
            QTest::keyClick(window.get(), static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QTRY_VERIFY2(isShown(docks.at(i)), qPrintable(docks.at(i)->objectName()));
        }
        // And again in another order, since raising one hides its tab siblings.
        QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
        QTRY_VERIFY(isShown(docks.at(4)));
        QVERIFY(!isShown(docks.at(3)));
        QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
        QTRY_VERIFY(isShown(docks.at(3)));
        QVERIFY(!isShown(docks.at(4)));
    }

    // What an operator would notice of a layout: where each dock is, whether it floats or
    // is closed, and which docks share its tab group.
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

    void layoutSurvivesRestart()
    {
        QStringList before;
        QSize floatingSize;
        {
            auto window = makeWindow();
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QDockWidget *cameras = window->dockForModule(QStringLiteral("cameras"));
            cameras->setFloating(true);
            cameras->resize(640, 480);
            window->dockForModule(QStringLiteral("tourism"))->close();
            window->splitDockWidget(window->dockForModule(QStringLiteral("socioeconomic")),
                window->dockForModule(QStringLiteral("health")), Qt::Vertical);
            QTest::qWait(50);
            floatingSize = cameras->size();
            before = layoutSignature(window.get());
            window->close(); // saves, as quitting does
        }
        QVERIFY(
            before.join(QLatin1Char('\n'))
                .contains(QRegularExpression(QStringLiteral("dock.cameras area=\\d floating=1"))));

        auto restored = makeWindow();
        QVERIFY(restored->layouts()->restoreSession());
        restored->show();
        QVERIFY(QTest::qWaitForWindowExposed(restored.get()));
        QCOMPARE(layoutSignature(restored.get()), before);
        QCOMPARE(restored->dockForModule(QStringLiteral("cameras"))->size(), floatingSize);
        // A fresh window without restoring is different: the test can tell layouts apart.
        auto fresh = makeWindow();
        QVERIFY(layoutSignature(fresh.get()) != before);
    }

    // On a first sync the administrative units may arrive after a module's own data; the
    // docks' figures are rolled up through them, so every shown dock recomputes.
    void adminUnitsReportRefreshesEveryShownDock()
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QList<QSignalSpy *> spies;
        const auto docks = window->findChildren<ui::ModuleDock *>();
        for (ui::ModuleDock *dock : docks)
            if (dock->isVisible())
                spies.append(new QSignalSpy(dock, &ui::ModuleDock::dashboardLoaded));
        QVERIFY(spies.size() >= 2);
        for (QSignalSpy *spy : spies)
            spy->wait(5000); // the first load after showing
        for (QSignalSpy *spy : spies)
            spy->clear();
        sync::SyncReport report;
        report.collection = QStringLiteral("admin_units");
        report.inserted = 299;
        window->onSyncReport(report);
        for (QSignalSpy *spy : spies)
            QTRY_VERIFY_WITH_TIMEOUT(spy->count() >= 1, 10000);
        qDeleteAll(spies);
    }

    void staleOrMissingLayoutIsIgnored()
    {
        auto window = makeWindow();
        QVERIFY(!window->layouts()->restoreSession()); // nothing saved yet
        QSettings().setValue(QStringLiteral("mainwindow/state"), QByteArray("not a layout"));
        QVERIFY(!window->layouts()->restoreSession());
        QCOMPARE(window->moduleDocks().size(), 7);
    }

    // The layout that crashed Qt 6.4 inside restoreState (tests/fuzz/regressions/layout),
    // left where a damaged settings file or operator store would leave it: refused with a
    // notice, the default arrangement kept, the window alive.
    void aDamagedLayoutIsRefusedNotRestored()
    {
        QVERIFY(app::installLanguage(QStringLiteral("en")));
        QFile crash(QStringLiteral(
            IOC_SOURCE_DIR "/tests/fuzz/regressions/layout/qt-restorestate-segv-unsealed"));
        QVERIFY(crash.open(QIODevice::ReadOnly));
        const QByteArray input = crash.readAll();
        const int geometrySize = quint8(input.at(1)) | (quint8(input.at(2)) << 8);
        const QByteArray state = input.mid(3 + geometrySize);
        QVERIFY(!state.isEmpty());

        auto window = makeWindow();
        auto *notice = window->findChild<QLabel *>(QStringLiteral("notice"));
        QVERIFY(notice);
        window->layouts()->saveSession(); // from now on only sealed bytes are read
        QSettings settings;
        settings.setValue(QStringLiteral("mainwindow/state"), state);
        QVERIFY(!window->layouts()->restoreSession());
        QVERIFY2(notice->text().contains(QStringLiteral("damaged")), qPrintable(notice->text()));
        QByteArray sealed = core::sealLayoutBytes(window->saveState(1));
        sealed[sealed.size() / 2] = char(sealed.at(sealed.size() / 2) ^ 0x10); // one bit
        settings.setValue(QStringLiteral("mainwindow/state"), sealed);
        QVERIFY(!window->layouts()->restoreSession());

        QVERIFY(window->layouts()->save(QStringLiteral("Ca đêm")));
        QSqlQuery damage(m_cache->operatorStore().connection());
        damage.prepare(QStringLiteral("UPDATE layouts SET state = ? WHERE name = ?"));
        damage.addBindValue(state);
        damage.addBindValue(QStringLiteral("Ca đêm"));
        QVERIFY(damage.exec());
        QVERIFY(!window->layouts()->apply(QStringLiteral("Ca đêm")));
        QCOMPARE(
            notice->text(), QStringLiteral("The layout \"Ca đêm\" is damaged and cannot be used."));
        QCOMPARE(window->moduleDocks().size(), 7);

        // What is saved now comes back.
        QVERIFY(window->layouts()->save(QStringLiteral("Ca ngày")));
        QVERIFY(window->layouts()->apply(QStringLiteral("Ca ngày")));
        window->layouts()->saveSession();
        QVERIFY(window->layouts()->restoreSession());
    }

    void resetLayoutBringsEveryDockBack()
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const auto docks = window->moduleDocks();
        docks.at(0)->setFloating(true);
        docks.at(2)->close();
        docks.at(6)->close();
        window->layouts()->reset();
        for (QDockWidget *dock : docks) {
            QVERIFY2(!dock->isFloating(), qPrintable(dock->objectName()));
            QVERIFY2(!dock->isHidden(), qPrintable(dock->objectName()));
        }
        // The default for the space the window has (tst_windowfit covers every screen):
        // 1400 px, one tab group; 1900 px, government modules left, the others right.
        QVERIFY(window->tabifiedDockWidgets(docks.at(0)).contains(docks.at(6)));
        window->resize(1900, 1000);
        QTRY_COMPARE(window->width(), 1900);
        window->layouts()->reset();
        QTRY_VERIFY(isShown(docks.at(0)) && isShown(docks.at(3)));
        QVERIFY(docks.at(3)->x() >= docks.at(0)->x() + docks.at(0)->width());
        QVERIFY(window->tabifiedDockWidgets(docks.at(0)).contains(docks.at(2)));
        QVERIFY(window->tabifiedDockWidgets(docks.at(3)).contains(docks.at(6)));
        QVERIFY(!window->tabifiedDockWidgets(docks.at(0)).contains(docks.at(6)));
    }

    void freshnessTurnsAmberThenRed_data()
    {
        QTest::addColumn<int>("ageSeconds");
        QTest::addColumn<int>("staleness");
        QTest::newRow("fresh") << 100 << int(ui::RecordBrowser::Staleness::Fresh);
        QTest::newRow("over 3 intervals") << 200 << int(ui::RecordBrowser::Staleness::Stale);
        QTest::newRow("over 10 intervals") << 700 << int(ui::RecordBrowser::Staleness::VeryStale);
    }

    void freshnessTurnsAmberThenRed()
    {
        QFETCH(int, ageSeconds);
        QFETCH(int, staleness);
        QVERIFY(app::installLanguage(QStringLiteral("en")));
        auto window = makeWindow();
        auto *browser = window->dockForModule(QStringLiteral("cameras"))
                            ->widget()
                            ->findChild<ui::RecordBrowser *>();
        const QDateTime now(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
        browser->setFreshness(now.addSecs(-ageSeconds), 60, now);
        QCOMPARE(int(browser->staleness()), staleness);
        QVERIFY(browser->freshnessText().contains(QStringLiteral("Data as of")));
        browser->setFreshness(QDateTime(), 60, now);
        QCOMPARE(browser->staleness(), ui::RecordBrowser::Staleness::Unknown);
    }

    void syncActionsAndStatusDialog()
    {
        QVERIFY(app::installLanguage(QStringLiteral("en")));
        auto window = makeWindow();
        app::SyncController sync(
            m_cache->dataDir(), sync::SyncSettings(), { QStringLiteral("cam_cameras") });
        window->attachSync(&sync);
        auto *syncNow = window->findChild<QAction *>(QStringLiteral("syncNow"));
        QVERIFY(syncNow);
        QCOMPARE(syncNow->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(!syncNow->isEnabled()); // no data center configured

        // A full disk is said in the status bar until space returns.
        auto *notice = window->findChild<QLabel *>(QStringLiteral("notice"));
        QVERIFY(notice);
        const QString full = QStringLiteral("The disk holding /data is full: sync paused.");
        emit sync.diskFullChanged(true, full);
        QCOMPARE(notice->text(), full);
        emit sync.diskFullChanged(false, QString());
        QVERIFY(notice->text().isEmpty());

        // A quarantined feature shows up under Data issues.
        sync::ParsedPage page;
        page.quarantined.append({ QStringLiteral("cam-9"),
            QStringLiteral("invalid geometry: a polygon ring is not closed"), "{}" });
        sync::SyncStore store(m_cache->mirror());
        QVERIFY(!store.beginRun(QStringLiteral("cam_cameras"), QStringLiteral("initial"),
            QUrl(QStringLiteral("http://x/")), QDateTime::currentDateTimeUtc()));
        QVERIFY(!store.commitPage(
            QStringLiteral("cam_cameras"), page, {}, QDateTime::currentDateTimeUtc(), nullptr));
        sync::SyncStatus status;
        sync::CollectionStatus cameras;
        cameras.collection = QStringLiteral("cam_cameras");
        cameras.quarantined = 1;
        status.collections.append(cameras);
        app::SyncStatusDialog dialog(m_cache->mirror(), status);
        QCOMPARE(dialog.collectionsView()->model()->rowCount(), 1);
        QSignalSpy loaded(&dialog, &app::SyncStatusDialog::issuesLoaded);
        QVERIFY(loaded.wait(10000)); // read on the thread pool
        QCOMPARE(dialog.issuesTable()->rowCount(), 1);
        QVERIFY(dialog.issuesTable()->item(0, 2)->text().contains(QStringLiteral("not closed")));
    }

    // A held deletion is named in the table and confirmed from the dialog: Cancel sends
    // nothing, Delete sends the collection and the count the operator was shown.
    void aHeldDeletionIsConfirmedFromTheSyncStatus()
    {
        QVERIFY(app::installLanguage(QStringLiteral("en")));
        sync::SyncStatus status;
        sync::CollectionStatus hotels;
        hotels.collection = QStringLiteral("tour_accommodations");
        hotels.hasRun = true;
        sync::CollectionStatus schools = hotels;
        schools.collection = QStringLiteral("edu_schools");
        schools.heldDeletions = 412;
        status.collections = { hotels, schools };
        app::SyncStatusDialog dialog(m_cache->mirror(), status);
        QPushButton *confirm = dialog.confirmDeletionButton();
        QVERIFY(confirm->isEnabled()); // the held collection is selected on opening
        const QModelIndex state
            = dialog.statusModel()->index(1, sync::SyncStatusModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("412 deletions held for confirmation"));
        dialog.collectionsView()->setCurrentIndex(dialog.statusModel()->index(0, 0));
        QVERIFY(!confirm->isEnabled());
        dialog.collectionsView()->setCurrentIndex(dialog.statusModel()->index(1, 0));
        QVERIFY(confirm->isEnabled());

        QSignalSpy confirmed(&dialog, &app::SyncStatusDialog::massDeletionConfirmed);
        const auto answer = [](const QString &button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("412 features")));
                QVERIFY(box->text().contains(QStringLiteral("edu_schools")));
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text().remove(QLatin1Char('&')) == button)
                        b->click();
                }
            });
        };
        answer(QStringLiteral("Cancel"));
        QVERIFY(!dialog.confirmSelectedDeletion());
        QCOMPARE(confirmed.count(), 0);
        answer(QStringLiteral("Delete"));
        QVERIFY(dialog.confirmSelectedDeletion());
        QCOMPARE(confirmed.count(), 1);
        QCOMPARE(confirmed.first().at(0).toString(), QStringLiteral("edu_schools"));
        QCOMPARE(confirmed.first().at(1).toInt(), 412);
    }

    // An alert double-clicked, in the control room's list or in its module's dock, brings
    // its record forward: the module's dock raised, the record selected, the map on it.
    void aDoubleClickedAlertRevealsItsRecord()
    {
        QVERIFY(!m_cache->features().upsert({
            test::pointFeature(QStringLiteral("health_facilities"), QStringLiteral("bv-tinh"),
                105.9, 18.34,
                { { QStringLiteral("name"), QStringLiteral("Bệnh viện Đa khoa tỉnh Hà Tĩnh") } }),
            test::pointFeature(QStringLiteral("health_facilities"), QStringLiteral("tyt-kt"), 106.2,
                18.1, { { QStringLiteral("name"), QStringLiteral("Trạm Y tế xã Kỳ Tân") } }),
        }));
        auto window = makeWindow();
        app::AlertController alerts(m_tmp.filePath(QStringLiteral("data")));
        window->attachAlerts(&alerts);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        alerts::Alert alert;
        alert.id = QStringLiteral("a-kt");
        alert.ruleId = QStringLiteral("health.overcapacity");
        alert.module = QStringLiteral("health");
        alert.sourceId = QStringLiteral("tyt-kt");
        alert.lon = 106.2;
        alert.lat = 18.1;
        alert.messageVi = QStringLiteral("Trạm Y tế xã Kỳ Tân quá tải");
        alert.messageEn = QStringLiteral("Ky Tan commune health station over capacity");
        alert.raisedAt = QDateTime::currentDateTimeUtc();
        ui::AlertListWidget *controlRoom = window->controlRoomAlerts()->list();
        controlRoom->alertModel()->setAlerts({ alert });

        QDockWidget *health = window->dockForModule(QStringLiteral("health"));
        auto *dock = qobject_cast<ui::ModuleDock *>(health->widget());
        QVERIFY(dock);
        auto expectRevealed = [&] {
            QTRY_VERIFY(isShown(health));
            const QModelIndex current = dock->recordBrowser()->tableView()->currentIndex();
            QCOMPARE(current.data(core::RecordTableModel::FeatureIdRole).toString(),
                QStringLiteral("tyt-kt"));
            QCOMPARE(dock->tabs()->currentWidget(), static_cast<QWidget *>(dock->recordBrowser()));
            QVERIFY(std::abs(dock->map()->center().longitude() - 106.2) < 1e-6);
            QVERIFY(std::abs(dock->map()->center().latitude() - 18.1) < 1e-6);
        };

        // From the control room: another dock is in front of health at first.
        window->dockForModule(QStringLiteral("tourism"))->raise();
        QTRY_VERIFY(!isShown(health));
        emit controlRoom->alertActivated(alert); // what its table's double click emits
        // Figures computed for the newly shown dock must not move its map off the record.
        QSignalSpy loaded(dock, &ui::ModuleDock::dashboardLoaded);
        QVERIFY(loaded.wait(10000));
        expectRevealed();

        // From the dock's own Alerts tab, by a real double click on the row.
        dock->recordBrowser()->tableView()->clearSelection();
        dock->recordBrowser()->tableView()->setCurrentIndex({});
        dock->map()->setView(QGeoCoordinate(18.3, 105.9), 9);
        ui::AlertListWidget *own = dock->alertList();
        QVERIFY(own);
        own->alertModel()->setAlerts({ alert });
        dock->showTab(own);
        QTableView *view = own->view();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTRY_VERIFY(view->isVisible() && view->viewport()->height() > 0);
        QSignalSpy activated(own, &ui::AlertListWidget::alertActivated);
        int column = 0;
        while (view->isColumnHidden(column))
            ++column;
        const QRect row = view->visualRect(view->model()->index(0, column));
        QVERIFY(!row.isEmpty());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(activated.count(), 1);
        expectRevealed();
        window->close();
        QVERIFY(!m_cache->features().remove(QStringLiteral("health_facilities"),
            { QStringLiteral("bv-tinh"), QStringLiteral("tyt-kt") }));
    }

    void recordBrowserShowsAndFiltersCachedData()
    {
        QVERIFY(app::installLanguage(QStringLiteral("en")));
        QVERIFY(!m_cache->features().upsert({
            test::pointFeature(QStringLiteral("health_facilities"), QStringLiteral("bv-tinh"),
                105.9, 18.34,
                { { QStringLiteral("name"), QStringLiteral("Bệnh viện Đa khoa tỉnh Hà Tĩnh") } }),
            test::pointFeature(QStringLiteral("health_facilities"), QStringLiteral("bv-cx"), 106.0,
                18.25,
                { { QStringLiteral("name"), QStringLiteral("Bệnh viện Đa khoa Cẩm Xuyên") } }),
            test::pointFeature(QStringLiteral("health_facilities"), QStringLiteral("tyt-kt"), 106.2,
                18.1, { { QStringLiteral("name"), QStringLiteral("Trạm Y tế xã Kỳ Tân") } }),
        }));
        auto window = makeWindow();
        auto *browser = window->dockForModule(QStringLiteral("health"))
                            ->widget()
                            ->findChild<ui::RecordBrowser *>();
        QVERIFY(browser);
        QCOMPARE(browser->model()->rowCount(), 3); // the first page is read at once
        auto *count = browser->findChild<QLabel *>(QStringLiteral("recordCount"));
        QTRY_COMPARE(count->text(), QStringLiteral("3 records")); // counted on the pool
        QVERIFY(!browser->isShowingEmptyState());

        browser->filterEdit()->setText(QStringLiteral("benh vien"));
        QTRY_COMPARE(browser->model()->rowCount(), 2);
        QTRY_COMPARE(count->text(), QStringLiteral("2 of 3 records"));
        browser->filterEdit()->setText(QStringLiteral("ky tan"));
        QTRY_COMPARE(browser->model()->rowCount(), 1);
        QCOMPARE(browser->model()->data(browser->model()->index(0, 0)).toString(),
            QStringLiteral("Trạm Y tế xã Kỳ Tân"));

        // Another module's dock does not see health's records.
        auto *cameras = window->dockForModule(QStringLiteral("cameras"))
                            ->widget()
                            ->findChild<ui::RecordBrowser *>();
        QTRY_VERIFY(cameras->isShowingEmptyState());
        QVERIFY(!m_cache->features().remove(QStringLiteral("health_facilities"),
            { QStringLiteral("bv-tinh"), QStringLiteral("bv-cx"), QStringLiteral("tyt-kt") }));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
