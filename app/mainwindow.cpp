#include "mainwindow.h"

#include "alertcontroller.h"
#include "alerts/alertlistmodel.h"
#include "appsettings.h"
#include "controlroomalerts.h"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "dockmanager.h"
#include "globalsearch.h"
#include "helpdialogs.h"
#include "layoutmanager.h"
#include "map/mapwidget.h"
#include "map/saveareadialog.h"
#include "settingsdialog.h"
#include "settingsvalidation.h"
#include "shortcuthelp.h"
#include "statusbarcontroller.h"
#include "sync/syncstatusmodel.h"
#include "synccontroller.h"
#include "syncstatusdialog.h"
#include "ui/alertlistwidget.h"
#include "ui/moduledock.h"
#include "ui/outboxdialog.h"
#include "ui/recordbrowser.h"
#include "ui/theme.h"
#include "ui/uimodule.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>

namespace ioc::app {

MainWindow::MainWindow(
    core::ModuleRegistry &modules, core::LocalCache &cache, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_modules(modules)
    , m_cache(cache)
    , m_options(options)
{
    setObjectName(QStringLiteral("MainWindow"));
    // Qt adds " — IOC Desktop" (the application's display name) itself.
    setWindowTitle(tr("Hà Tĩnh"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ioc-desktop.svg")));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks | GroupedDragging);
    setDockNestingEnabled(true);

    createDocks();
    m_layouts = new LayoutManager(
        this, m_docks->frames(), m_cache.operatorStore(), [this] { arrangeForThisScreen(); });
    connect(m_layouts, &LayoutManager::notice, this, &MainWindow::showNotice);
    connect(m_layouts, &LayoutManager::restored, m_docks, &DockManager::stopKeepingAlertsShare);
    createActions();
    m_status = new StatusBarController(this, m_cache.operatorStore());
    m_status->setWorkingOffline(isWorkingOffline());

    connect(&ui::ThemeManager::instance(), &ui::ThemeManager::themeChanged, this,
        &MainWindow::applyMapTheme);
    applyMapTheme();
    applyMapSettings();

    // Until sync reports (and all along when working offline) each dock shows the age of
    // what the cache holds.
    showDataAgeFromCache();

    // A sensible first size: most of the primary screen, not the whole of it.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableGeometry().size() * 0.85);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    ui::ModuleContext context;
    context.cache = &m_cache;
    context.offline = m_options.offline;
    context.dataCenterUrl = m_options.dataCenterUrl;
    context.bearerToken = m_options.bearerToken;
    // The docks are the window; this empty central widget is never seen (zero width). Its
    // height is not capped: QMainWindow caps the middle row of docks at the central
    // widget's maximum height, which left the module docks at their minimum and gave the
    // rest of a tall screen to the bottom (alerts) area.
    auto *central = new QWidget(this);
    central->setMaximumWidth(0);
    central->setFocusPolicy(Qt::NoFocus);
    setCentralWidget(central);
    m_docks = new DockManager(this, m_modules, context);
    arrangeForThisScreen();
}

void MainWindow::arrangeForThisScreen()
{
    // The screen's space for a window about to be shown (it opens maximised), the window's
    // own once the operator has sized it.
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    QSize available = where ? where->availableGeometry().size() : size();
    if (isVisible() && !isMaximized() && !isFullScreen())
        available = size();
    m_docks->arrangeDefault(available);
}

QList<QDockWidget *> MainWindow::moduleDocks() const
{
    return m_docks->frames();
}

QDockWidget *MainWindow::dockForModule(const QString &moduleId) const
{
    const DockManager::Dock *dock = m_docks->dock(moduleId);
    return dock ? dock->frame : nullptr;
}

void MainWindow::createActions()
{
    m_actions = new WindowActions(this, m_options.offline);
    m_actions->build(m_docks->frames(), m_layouts);
    connect(m_actions->syncStatus, &QAction::triggered, this, &MainWindow::showSyncStatus);
    connect(m_actions->refusedActions, &QAction::triggered, this, &MainWindow::showRefusedActions);
    connect(m_actions->workOffline, &QAction::toggled, this, &MainWindow::setWorkOffline);
    connect(m_actions->prepareOffline, &QAction::triggered, this, &MainWindow::prepareForOffline);
    connect(m_actions->saveMapArea, &QAction::triggered, this,
        [this] { map::saveAreaForOffline(activeMap(), this); });
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->search, &QAction::triggered, this, &MainWindow::showGlobalSearch);
    connect(m_actions->filterDock, &QAction::triggered, this, [this] {
        if (const DockManager::Dock *dock = m_docks->current()) {
            QLineEdit *filter = dock->content->recordBrowser()->filterEdit();
            filter->setFocus(Qt::ShortcutFocusReason);
            filter->selectAll();
        }
    });
    connect(m_actions->nextDock, &QAction::triggered, this, [this] { focusNextDock(1); });
    connect(m_actions->previousDock, &QAction::triggered, this, [this] { focusNextDock(-1); });
    connect(m_actions, &WindowActions::moduleChosen, this, &MainWindow::activateModule);
    connect(m_actions->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(
            on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_actions, &WindowActions::themeChosen, this, [this](ui::ThemeChoice choice) {
        QSettings().setValue(settingskeys::kTheme, ui::themeChoiceKey(choice));
        applyTheme(choice);
    });
    // WindowActions has stored the choice; it applies at the next start.
    connect(
        m_actions, &WindowActions::languageChosen, this, [this] { explainLanguageChange(this); });
    connect(m_actions->shortcutHelp, &QAction::triggered, this, &MainWindow::showShortcutHelp);
    connect(m_actions->about, &QAction::triggered, this,
        [this] { showAboutDialog(this, m_cache.dataDir()); });
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showSyncStatus()
{
    SyncStatusDialog dialog(m_cache.mirror(), m_status->syncStatus(), this);
    connect(&dialog, &SyncStatusDialog::massDeletionConfirmed, this,
        [this](const QString &collection, int count) {
            if (!m_sync)
                return;
            const QString who = ui::operatorName();
            m_sync->confirmMassDeletion(collection, count, who.isEmpty() ? tr("an operator") : who);
        });
    // Live while open: the dialog's model follows the engine's snapshots.
    const auto live = connect(m_status->statusModel(), &sync::SyncStatusModel::overallChanged,
        &dialog, [this, &dialog] { dialog.statusModel()->setStatus(m_status->syncStatus()); });
    dialog.exec();
    disconnect(live);
}

void MainWindow::addFileActions(const QList<QAction *> &actions)
{
    m_actions->addFileActions(actions);
}

void MainWindow::attachSync(SyncController *sync)
{
    m_sync = sync;
    m_actions->syncNow->setEnabled(sync->isConfigured() && !isWorkingOffline());
    connect(m_actions->syncNow, &QAction::triggered, sync, &SyncController::syncNow);
    sync->setPaused(isWorkingOffline());
    connect(sync, &SyncController::statusChanged, this, &MainWindow::onSyncStatus);
    connect(sync, &SyncController::reportReady, this, &MainWindow::onSyncReport);
    // A full disk pauses sync: the operator must know, and that nothing stored was lost.
    // Space returning clears the notice only if nothing else has been shown since.
    auto diskNotice = std::make_shared<QString>();
    connect(sync, &SyncController::diskFullChanged, this,
        [this, diskNotice](bool full, const QString &message) {
            if (full) {
                *diskNotice = message;
                m_status->showNotice(message, true);
            } else {
                m_status->clearNotice(*diskNotice);
                diskNotice->clear();
            }
        });
    connect(sync, &SyncController::outboxChanged, m_status, &StatusBarController::setOutboxCounts);
}

void MainWindow::setWorkOffline(bool offline)
{
    if (m_actions->workOffline->isChecked() != offline) {
        m_actions->workOffline->setChecked(offline); // re-enters through toggled()
        return;
    }
    if (m_sync) {
        m_sync->setPaused(offline);
        m_actions->syncNow->setEnabled(m_sync->isConfigured() && !offline);
    }
    if (offline)
        showDataAgeFromCache();
    m_status->setWorkingOffline(offline);
}

bool MainWindow::isWorkingOffline() const
{
    return m_actions && m_actions->workOffline->isChecked();
}

void MainWindow::showDataAgeFromCache()
{
    // Shown unless sync has reported in the meantime, which knows better.
    m_docks->showDataAgeFromCache(m_cache.mirror(),
        [this] { return isWorkingOffline() || m_status->syncStatus().collections.isEmpty(); });
}

void MainWindow::showRefusedActions()
{
    ui::OutboxDialog dialog(m_cache.operatorStore(), m_docks->moduleTitles(), this);
    connect(&dialog, &ui::OutboxDialog::resent, this, [this] {
        if (m_sync)
            m_sync->flushOutbox();
    });
    dialog.exec();
    m_status->refreshOutboxCount();
}

void MainWindow::attachAlerts(AlertController *alerts)
{
    // Before Help, which stays last.
    auto *menu = new QMenu(tr("&Alerts"), menuBar());
    menuBar()->insertMenu(menuBar()->actions().constLast(), menu);
    m_alerts = new ControlRoomAlerts(this, alerts, m_docks->moduleTitles(),
        m_docks->framesByModule(), menu, &m_cache.operatorStore());
    m_docks->setAlertsDock(m_alerts->dock());
    arrangeForThisScreen();

    // Each module dock: its own alerts as the first tab and on its map. The engine
    // publishes everything once at start; a list made now starts from what the control-room
    // panel already holds.
    const QList<alerts::Alert> known = m_alerts->list()->alertModel()->allAlerts();
    for (const DockManager::Dock &dock : m_docks->docks()) {
        ui::AlertListWidget *list = dock.content->attachAlertList(dock.module->id(), known);
        connect(alerts, &AlertController::alertsChanged, list->alertModel(),
            &alerts::AlertListModel::updateAlerts);
        connect(list, &ui::AlertListWidget::acknowledgeRequested, alerts,
            &AlertController::acknowledge);
        connect(list, &ui::AlertListWidget::resolveRequested, alerts, &AlertController::resolve);
        connect(list, &ui::AlertListWidget::silenceRequested, alerts, &AlertController::silence);
    }
    // An alert double-clicked in the control-room panel: its module's dock comes forward
    // with the record selected and the map on it.
    connect(m_alerts->list(), &ui::AlertListWidget::alertActivated, this,
        [this](const alerts::Alert &alert) { m_docks->reveal(ui::recordOfAlert(alert)); });
}

void MainWindow::onSyncStatus(const sync::SyncStatus &status)
{
    m_status->setSyncStatus(status);
    m_docks->showFreshness(status);
}

void MainWindow::onSyncReport(const sync::SyncReport &report)
{
    m_docks->refreshAfter(report);
}

void MainWindow::showNotice(const QString &text)
{
    m_status->showNotice(text);
}

void MainWindow::activateModule(int index)
{
    m_docks->activate(index);
}

void MainWindow::focusNextDock(int step)
{
    m_docks->focusNext(step);
}

GlobalSearchPopup *MainWindow::globalSearch()
{
    if (!m_searchPopup) {
        m_searchPopup
            = new GlobalSearchPopup(m_cache.mirror().path(), searchScopes(m_modules), this);
        connect(m_searchPopup, &GlobalSearchPopup::openRequested, this, &MainWindow::openSearchHit);
    }
    return m_searchPopup;
}

void MainWindow::showGlobalSearch()
{
    GlobalSearchPopup *popup = globalSearch();
    // Over the top of the window, like a command palette.
    const QSize size(std::min(720, width() - 40), std::min(520, height() - 80));
    popup->resize(size);
    popup->move(mapToGlobal(QPoint((width() - size.width()) / 2, 60)));
    popup->show();
    popup->raise();
    popup->activateWindow();
}

void MainWindow::openSearchHit(const ui::RecordRef &hit)
{
    m_docks->reveal(hit);
}

void MainWindow::applyTheme(ui::ThemeChoice choice)
{
    ui::ThemeManager::instance().apply(choice);
    m_actions->checkTheme(choice);
}

void MainWindow::applyMapTheme()
{
    m_docks->setMapStyle(ui::ThemeManager::instance().theme().isDark ? map::MapStyle::Kind::Dark
                                                                     : map::MapStyle::Kind::Light);
}

void MainWindow::applyMapSettings()
{
    QSettings settings;
    const QString error
        = m_docks->setMapSources(settings.value(settingskeys::kMbTilesFile).toString(),
            parseHomeArea(settings.value(settingskeys::kHomeArea).toString()),
            settings.value(settingskeys::kTileUrlTemplate).toString());
    if (!error.isEmpty())
        showNotice(tr("The map file could not be used; showing the built-in map: %1").arg(error));
}

map::MapWidget *MainWindow::activeMap() const
{
    return m_docks->activeMap();
}

void MainWindow::prepareForOffline()
{
    // Data first (every collection, as Sync now), then the map tiles of the area the
    // operator picks, with the tile count and size shown before anything downloads.
    if (m_sync && m_actions->syncNow->isEnabled())
        m_sync->syncNow();
    else
        showNotice(tr("Not connected to a data center: only map tiles can be saved now."));
    map::MapWidget *map = activeMap();
    if (map && map->tileUrlTemplate().isEmpty()) {
        QMessageBox::information(this, tr("Prepare for offline"),
            tr("The data is being synced. No map tile server is set (Settings → Map), so the "
               "built-in offline map is used; it needs no download."));
        return;
    }
    map::saveAreaForOffline(map, this);
}

void MainWindow::showShortcutHelp()
{
    ShortcutHelpDialog dialog(this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    connect(&dialog, &SettingsDialog::settingsApplied, this, [this] {
        applyTheme(ui::themeChoiceFromKey(QSettings().value(settingskeys::kTheme).toString()));
        applyMapSettings();
    });
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_layouts->saveSession();
    QMainWindow::closeEvent(event);
}

} // namespace ioc::app
