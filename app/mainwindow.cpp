#include "mainwindow.h"

#include "alertcontroller.h"
#include "alerts/alertlistmodel.h"
#include "appsettings.h"
#include "controlroomalerts.h"
#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "core/outboxstore.h"
#include "core/recordtablemodel.h"
#include "globalsearch.h"
#include "languagesetup.h"
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
#include "ui/alertmarkers.h"
#include "ui/directivedialog.h"
#include "ui/docktitlebar.h"
#include "ui/moduledock.h"
#include "ui/outboxdialog.h"
#include "ui/recordbrowser.h"
#include "ui/theme.h"
#include "ui/uimodule.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QtConcurrent>

namespace ioc::app {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

// Zoom for a point found by the global search: a street-level view.
constexpr double kSearchPointZoom = 14.0;

QString dockObjectName(const QString &moduleId)
{
    return QStringLiteral("dock.") + moduleId;
}

// Modules that are about the province's government on the left, the ones that watch
// places on the right: two tab groups an operator can scan without hunting.
constexpr int kLeftGroupSize = 3;

} // namespace

MainWindow::MainWindow(
    core::ModuleRegistry &modules, core::LocalCache &cache, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_modules(modules)
    , m_cache(cache)
    , m_options(options)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("IOC Desktop — Hà Tĩnh"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ioc-desktop.svg")));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks | GroupedDragging);
    setDockNestingEnabled(true);

    createDocks();
    arrangeDefaultLayout();
    m_layouts = new LayoutManager(this, m_docks, m_cache.operatorStore());
    connect(m_layouts, &LayoutManager::notice, this, &MainWindow::showNotice);
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

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
    // The docks are the window; this empty central widget is never shown (zero size).
    auto *central = new QWidget(this);
    central->setMaximumSize(0, 0);
    central->setFocusPolicy(Qt::NoFocus);
    setCentralWidget(central);

    for (const auto &module : m_modules.modules()) {
        auto *uiModule = dynamic_cast<ui::UiModule *>(module.get());
        if (!uiModule)
            continue; // headless-only module: nothing to show
        auto *dock = new QDockWidget(ui::DockTitleBar::escapedWindowTitle(module->title()), this);
        dock->setObjectName(dockObjectName(module->id()));
        dock->setAccessibleName(module->title());
        dock->setWindowIcon(QIcon(module->iconPath()));
        dock->setTitleBarWidget(new ui::DockTitleBar(dock, module->title(), module->accentColor()));
        dock->setProperty("moduleId", module->id());
        dock->setWidget(uiModule->createDockContent(context, dock));
        dock->toggleViewAction()->setIcon(QIcon(module->iconPath()));
        m_docks.append(dock);
    }
}

void MainWindow::arrangeDefaultLayout()
{
    QDockWidget *leftAnchor = nullptr;
    QDockWidget *rightAnchor = nullptr;
    for (int i = 0; i < m_docks.size(); ++i) {
        QDockWidget *dock = m_docks.at(i);
        dock->setFloating(false);
        dock->show();
        const bool left = i < kLeftGroupSize;
        QDockWidget *&anchor = left ? leftAnchor : rightAnchor;
        if (!anchor) {
            addDockWidget(left ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, dock);
            anchor = dock;
        } else {
            tabifyDockWidget(anchor, dock);
        }
    }
    if (leftAnchor && rightAnchor)
        resizeDocks({ leftAnchor, rightAnchor }, { 1, 1 }, Qt::Horizontal);
    if (leftAnchor)
        leftAnchor->raise();
    if (rightAnchor)
        rightAnchor->raise();
}

QDockWidget *MainWindow::dockForModule(const QString &moduleId) const
{
    return findChild<QDockWidget *>(dockObjectName(moduleId), Qt::FindDirectChildrenOnly);
}

void MainWindow::createActions()
{
    // Every frequent action has a key; F1 lists them (generated from these actions), and
    // a test checks that no two share one. ApplicationShortcut: they work from floating
    // docks on another monitor too.
    auto make = [this](const QString &name, const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!keys.isEmpty())
            action->setShortcut(keys);
        action->setShortcutContext(Qt::ApplicationShortcut);
        addAction(action);
        return action;
    };
    m_syncNow = make(QStringLiteral("syncNow"), tr("&Sync now"), QKeySequence(Qt::Key_F5));
    m_syncNow->setIcon(QIcon::fromTheme(
        QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
    m_syncNow->setEnabled(false); // until a configured sync is attached

    m_syncStatus = make(QStringLiteral("syncStatus"), tr("Sync status and data &issues…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_syncStatus, &QAction::triggered, this, [this] {
        SyncStatusDialog dialog(m_cache.mirror(), m_status->syncStatus(), this);
        connect(&dialog, &SyncStatusDialog::massDeletionConfirmed, this,
            [this](const QString &collection, int count) {
                if (!m_sync)
                    return;
                const QString who = ui::operatorName();
                m_sync->confirmMassDeletion(
                    collection, count, who.isEmpty() ? tr("an operator") : who);
            });
        // Live while open: the dialog's model follows the engine's snapshots.
        const auto live = connect(m_status->statusModel(), &sync::SyncStatusModel::overallChanged,
            &dialog, [this, &dialog] { dialog.statusModel()->setStatus(m_status->syncStatus()); });
        dialog.exec();
        disconnect(live);
    });

    // Actions the data center refused wait for the operator's decision here.
    QAction *refused = make(QStringLiteral("refusedActions"), tr("&Refused actions…"), {});
    connect(refused, &QAction::triggered, this, &MainWindow::showRefusedActions);

    m_workOffline = make(QStringLiteral("workOffline"), tr("Work &offline"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_workOffline->setCheckable(true);
    m_workOffline->setChecked(m_options.offline);
    m_workOffline->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    m_workOffline->setToolTip(
        tr("Pause syncing and work from the cache; actions wait in the outbox"));
    connect(m_workOffline, &QAction::toggled, this, &MainWindow::setWorkOffline);

    m_search = make(QStringLiteral("globalSearch"), tr("&Search everywhere…"),
        QKeySequence(Qt::CTRL | Qt::Key_K));
    m_search->setIcon(QIcon::fromTheme(
        QStringLiteral("edit-find"), style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    connect(m_search, &QAction::triggered, this, &MainWindow::showGlobalSearch);

    QAction *filter = make(QStringLiteral("filterDock"), tr("&Filter records of the current dock"),
        QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(filter, &QAction::triggered, this, [this] {
        // The dock with focus, else the first visible one.
        QWidget *focus = QApplication::focusWidget();
        for (QDockWidget *dock : std::as_const(m_docks)) {
            if (!dock->isVisible() || (focus && !dock->isAncestorOf(focus) && focus != dock))
                continue;
            if (auto *browser = dock->findChild<ui::RecordBrowser *>()) {
                browser->filterEdit()->setFocus(Qt::ShortcutFocusReason);
                browser->filterEdit()->selectAll();
                return;
            }
        }
        for (QDockWidget *dock : std::as_const(m_docks)) {
            auto *browser = dock->findChild<ui::RecordBrowser *>();
            if (browser && browser->isVisible()) {
                browser->filterEdit()->setFocus(Qt::ShortcutFocusReason);
                return;
            }
        }
    });

    QAction *next = make(QStringLiteral("nextDock"), tr("Ne&xt dock"), QKeySequence(Qt::Key_F6));
    connect(next, &QAction::triggered, this, [this] { focusNextDock(1); });
    QAction *previous = make(
        QStringLiteral("previousDock"), tr("&Previous dock"), QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previous, &QAction::triggered, this, [this] { focusNextDock(-1); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(m_syncNow);
    file->addAction(m_syncStatus);
    file->addAction(findChild<QAction *>(QStringLiteral("refusedActions")));
    file->addAction(m_workOffline);
    QAction *prepare
        = file->addAction(tr("&Prepare for offline…"), this, &MainWindow::prepareForOffline);
    prepare->setObjectName(QStringLiteral("prepareOffline"));
    QAction *saveArea = file->addAction(tr("Save map &area for offline use…"), this,
        [this] { map::saveAreaForOffline(activeMap(), this); });
    saveArea->setObjectName(QStringLiteral("saveMapArea"));
    file->addSeparator();
    QAction *settings = file->addAction(tr("S&ettings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_search);
    edit->addAction(findChild<QAction *>(QStringLiteral("filterDock")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();

    QMenu *goTo = view->addMenu(tr("&Go to module"));
    for (int i = 0; i < m_docks.size(); ++i) {
        QAction *action
            = goTo->addAction(m_docks.at(i)->windowIcon(), m_docks.at(i)->windowTitle());
        action->setObjectName(QStringLiteral("activateModule%1").arg(i + 1));
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        // The shortcut must work wherever focus is, including inside a floating dock.
        action->setShortcutContext(Qt::ApplicationShortcut);
        connect(action, &QAction::triggered, this, [this, i] { activateModule(i); });
        addAction(action);
    }
    goTo->addSeparator();
    goTo->addAction(findChild<QAction *>(QStringLiteral("nextDock")));
    goTo->addAction(findChild<QAction *>(QStringLiteral("previousDock")));

    QMenu *layouts = view->addMenu(tr("&Layouts"));
    const QList<QAction *> layoutActions = m_layouts->actions();
    layouts->addActions(layoutActions.mid(0, layoutActions.size() - 1));
    layouts->addSeparator();
    layouts->addAction(layoutActions.constLast()); // Reset layout

    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(theme);
    const ui::ThemeChoice currentTheme = ui::themeChoiceFromKey(
        QSettings().value(settingskeys::kTheme, QStringLiteral("system")).toString());
    const QList<QPair<ui::ThemeChoice, QString>> themes = {
        { ui::ThemeChoice::System, tr("Follow the &system") },
        { ui::ThemeChoice::Light, tr("&Light") },
        { ui::ThemeChoice::Dark, tr("&Dark (control room)") },
    };
    for (const auto &[choice, name] : themes) {
        QAction *action = theme->addAction(name);
        action->setObjectName(QStringLiteral("theme.") + ui::themeChoiceKey(choice));
        action->setCheckable(true);
        action->setChecked(choice == currentTheme);
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] {
            QSettings().setValue(settingskeys::kTheme, ui::themeChoiceKey(choice));
            applyTheme(choice);
        });
    }
    QAction *fullScreen = view->addAction(tr("&Full screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(
            on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *language = view->addMenu(tr("La&nguage"));
    auto *languages = new QActionGroup(language);
    const QString current = QSettings().value(kLanguageKey, QStringLiteral("vi")).toString();
    const QList<QPair<QString, QString>> names = {
        { QStringLiteral("vi"), QStringLiteral("Tiếng Việt") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("ja"), QStringLiteral("日本語") },
    };
    for (const auto &[code, name] : names) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts
        = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcutHelp);
    shortcuts->setObjectName(QStringLiteral("shortcutHelp"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    shortcuts->setShortcutContext(Qt::ApplicationShortcut);
    help->addSeparator();
    help->addAction(tr("&About IOC Desktop"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolbar = addToolBar(tr("Main"));
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_syncNow);
    m_toolbar->addAction(m_workOffline);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_search);
    m_toolbar->addSeparator();
    auto *label = new QLabel(tr("Layout:"), m_toolbar);
    QComboBox *chooser = m_layouts->createChooser(m_toolbar);
    label->setBuddy(chooser);
    m_toolbar->addWidget(label);
    m_toolbar->addWidget(chooser);
    m_toolbar->addAction(m_layouts->saveAsAction());
}

void MainWindow::createStatusBar()
{
    m_status = new StatusBarController(this, m_cache.operatorStore());
    m_status->setWorkingOffline(isWorkingOffline());
}

void MainWindow::addFileActions(const QList<QAction *> &actions)
{
    QAction *quit = m_fileMenu->actions().constLast();
    m_fileMenu->insertActions(quit, actions);
    m_fileMenu->insertSeparator(quit);
}

void MainWindow::attachSync(SyncController *sync)
{
    m_sync = sync;
    m_syncNow->setEnabled(sync->isConfigured() && !isWorkingOffline());
    connect(m_syncNow, &QAction::triggered, sync, &SyncController::syncNow);
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
    if (m_workOffline->isChecked() != offline) {
        m_workOffline->setChecked(offline); // re-enters through toggled()
        return;
    }
    if (m_sync) {
        m_sync->setPaused(offline);
        m_syncNow->setEnabled(m_sync->isConfigured() && !offline);
    }
    if (offline)
        showDataAgeFromCache();
    m_status->setWorkingOffline(offline);
}

bool MainWindow::isWorkingOffline() const
{
    return m_workOffline && m_workOffline->isChecked();
}

void MainWindow::showDataAgeFromCache()
{
    // Read on the thread pool (no SQL on the UI thread); shown unless sync has reported
    // in the meantime, which knows better.
    QList<QPointer<ui::ModuleDock>> docks;
    QList<QStringList> collections;
    for (QDockWidget *dock : std::as_const(m_docks)) {
        const core::Module *module = m_modules.module(dock->property("moduleId").toString());
        auto *content = qobject_cast<ui::ModuleDock *>(dock->widget());
        if (!module || !content)
            continue;
        docks.append(content);
        collections.append(module->collections());
    }
    const core::SqliteFile *mirror = &m_cache.mirror();
    auto *watcher = new QFutureWatcher<QList<QDateTime>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, docks] {
        watcher->deleteLater();
        if (!isWorkingOffline() && !m_status->syncStatus().collections.isEmpty())
            return;
        const QList<QDateTime> oldest = watcher->result();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < docks.size() && i < oldest.size(); ++i) {
            // No interval: offline, old data is expected; the date and time say how old.
            if (docks.at(i))
                docks.at(i)->setFreshness(oldest.at(i), 0, now);
        }
    });
    watcher->setFuture(QtConcurrent::run([mirror, collections] {
        const core::FeatureStore store(*mirror);
        QList<QDateTime> oldest;
        for (const QStringList &ids : collections)
            oldest.append(store.oldestSuccessfulSync(ids).value_or(QDateTime()));
        return oldest;
    }));
}

void MainWindow::showRefusedActions()
{
    QHash<QString, QString> titles;
    for (const auto &module : m_modules.modules())
        titles.insert(module->id(), module->title());
    ui::OutboxDialog dialog(m_cache.operatorStore(), titles, this);
    connect(&dialog, &ui::OutboxDialog::resent, this, [this] {
        if (m_sync)
            m_sync->flushOutbox();
    });
    dialog.exec();
    m_status->refreshOutboxCount();
}

void MainWindow::attachAlerts(AlertController *alerts)
{
    QHash<QString, QString> titles;
    for (const auto &module : m_modules.modules())
        titles.insert(module->id(), module->title());
    QMenu *menu = menuBar()->addMenu(tr("&Alerts"));
    menuBar()->insertMenu(menuBar()->actions().constLast(), menu);
    m_alerts = new ControlRoomAlerts(this, alerts, titles, menu, &m_cache.operatorStore());

    // Each module dock: its own alerts as the first tab, and on its map (click → the alert).
    for (QDockWidget *qdock : std::as_const(m_docks)) {
        auto *dock = qobject_cast<ui::ModuleDock *>(qdock->widget());
        if (!dock)
            continue;
        const QString moduleId = qdock->property("moduleId").toString();
        auto *list = new ui::AlertListWidget(dock);
        list->setObjectName(QStringLiteral("moduleAlerts"));
        list->setModuleFilter(moduleId);
        // The engine publishes everything once at start; a list made now starts from what
        // the control-room panel already holds.
        list->alertModel()->setAlerts(m_alerts->list()->alertModel()->allAlerts());
        dock->insertTab(0, list, tr("Alerts"));
        connect(alerts, &AlertController::alertsChanged, list->alertModel(),
            &alerts::AlertListModel::updateAlerts);
        connect(list, &ui::AlertListWidget::acknowledgeRequested, alerts,
            &AlertController::acknowledge);
        connect(list, &ui::AlertListWidget::resolveRequested, alerts, &AlertController::resolve);
        connect(list, &ui::AlertListWidget::silenceRequested, alerts, &AlertController::silence);
        // "Directive…": the alert becomes a task for an agency, tracked in the documents
        // module like any other, and sent through the outbox.
        list->enableDirectives();
        connect(list, &ui::AlertListWidget::directiveRequested, dock,
            [dock](const alerts::Alert &alert) {
                std::unique_ptr<ui::DirectiveDialog> dialog(
                    dock->directiveDialogForAlert(alert.id, alert.message(ui::messageLanguage())));
                if (dialog && dialog->exec() == QDialog::Accepted)
                    dock->issueDirective(dialog->directive());
            });
        map::MapWidget *map = dock->findChild<map::MapWidget *>();
        if (!map)
            continue;
        auto showOnMap = [list, map, moduleId] {
            QList<alerts::Alert> own;
            for (const alerts::Alert &alert : list->alertModel()->allAlerts())
                if (alert.module == moduleId && alert.state != alerts::AlertState::Resolved)
                    own.append(alert);
            map->setAlerts(ui::alertMarkers(own, ui::messageLanguage()));
        };
        connect(list->alertModel(), &alerts::AlertListModel::countsChanged, map, showOnMap);
        showOnMap();
        connect(map, &map::MapWidget::alertClicked, list, [list, dock](const QString &id) {
            dock->tabs()->setCurrentWidget(list);
            list->selectAlert(id);
        });
    }
}

void MainWindow::onSyncStatus(const sync::SyncStatus &status)
{
    m_status->setSyncStatus(status);

    // Each dock: the freshness of its own collections (the oldest of them counts).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (QDockWidget *dock : std::as_const(m_docks)) {
        const core::Module *module = m_modules.module(dock->property("moduleId").toString());
        auto *content = qobject_cast<ui::ModuleDock *>(dock->widget());
        if (!module || !content)
            continue;
        QDateTime oldest;
        qint64 interval = 0;
        bool complete = true;
        for (const sync::CollectionStatus &collection : status.collections) {
            if (!module->collections().contains(collection.collection))
                continue;
            if (!collection.lastSuccess.isValid()) {
                complete = false;
                continue;
            }
            if (!oldest.isValid() || collection.lastSuccess < oldest) {
                oldest = collection.lastSuccess;
                interval = collection.intervalSeconds;
            }
        }
        content->setFreshness(complete ? oldest : QDateTime(), interval, now);
    }
}

void MainWindow::onSyncReport(const sync::SyncReport &report)
{
    if (report.inserted + report.updated + report.deleted == 0 && !report.derivedBuilt)
        return;
    const core::Module *owner = m_modules.ownerOfCollection(report.collection);
    if (!owner) {
        // The administrative units and their lineage belong to no module but every dock's
        // figures are rolled up through them: on a first sync they may arrive after a
        // module's own data, so every dock recomputes.
        if (report.collection == QLatin1String("admin_units")
            || report.collection == QLatin1String("admin_lineage")) {
            for (QDockWidget *dock : std::as_const(m_docks))
                if (auto *content = qobject_cast<ui::ModuleDock *>(dock->widget()))
                    content->refresh();
        }
        return;
    }
    if (QDockWidget *dock = dockForModule(owner->id())) {
        if (auto *content = qobject_cast<ui::ModuleDock *>(dock->widget()))
            content->refresh();
    }
}

void MainWindow::showNotice(const QString &text)
{
    m_status->showNotice(text);
}

void MainWindow::activateModule(int index)
{
    if (index < 0 || index >= m_docks.size())
        return;
    QDockWidget *dock = m_docks.at(index);
    dock->show();
    dock->raise();
    if (dock->isFloating())
        dock->activateWindow();
    if (QWidget *content = dock->widget()) {
        // Focus the dock's filter box when it has one (type at once, Tab goes on to the
        // table), else its first control that takes Tab focus.
        QWidget *target = content;
        auto *browser = content->findChild<ui::RecordBrowser *>();
        if (browser && browser->filterEdit()->isEnabled()) {
            target = browser->filterEdit();
        } else {
            for (QWidget *w = content->nextInFocusChain(); w && w != content;
                 w = w->nextInFocusChain()) {
                if (!content->isAncestorOf(w))
                    break;
                if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(dock)) {
                    target = w;
                    break;
                }
            }
        }
        target->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::focusNextDock(int step)
{
    QList<int> visible;
    int current = -1;
    QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < m_docks.size(); ++i) {
        QDockWidget *dock = m_docks.at(i);
        if (dock->isHidden())
            continue;
        if (focus && dock->isAncestorOf(focus))
            current = int(visible.size());
        visible.append(i);
    }
    if (visible.isEmpty())
        return;
    const int n = int(visible.size());
    const int next = current < 0 ? (step > 0 ? 0 : n - 1) : ((current + step) % n + n) % n;
    activateModule(visible.at(next));
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

namespace {

// Makes the record visible and current in a record browser: among the rows already
// fetched or the next few pages; failing that, the browser is filtered to its name.
bool selectRecord(ui::RecordBrowser *browser, const SearchHit &hit)
{
    core::RecordTableModel *model = browser->model();
    auto find = [&]() -> int {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(core::RecordTableModel::FeatureIdRole).toString() == hit.featureId
                && index.data(core::RecordTableModel::CollectionRole).toString() == hit.collection)
                return row;
        }
        return -1;
    };
    int row = find();
    for (int page = 0; row < 0 && page < 8 && model->canFetchMore({}); ++page) {
        model->fetchMore({});
        row = find();
    }
    if (row < 0) {
        const QSignalBlocker block(browser->filterEdit());
        browser->filterEdit()->setText(hit.name);
        model->setFilterText(hit.name);
        row = find();
        for (int page = 0; row < 0 && page < 8 && model->canFetchMore({}); ++page) {
            model->fetchMore({});
            row = find();
        }
    }
    if (row < 0)
        return false;
    const QModelIndex index = model->index(row, 0);
    browser->tableView()->setCurrentIndex(index);
    browser->tableView()->selectRow(row);
    browser->tableView()->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void centreMap(map::MapWidget *map, const SearchHit &hit)
{
    if (!map || !hit.hasLocation)
        return;
    if (hit.bounds.width() <= 0 && hit.bounds.height() <= 0) {
        map->setView(QGeoCoordinate(hit.bounds.top(), hit.bounds.left()),
            std::max(map->zoom(), kSearchPointZoom));
        return;
    }
    map->fitBounds(QGeoRectangle(QGeoCoordinate(hit.bounds.bottom(), hit.bounds.left()),
        QGeoCoordinate(hit.bounds.top(), hit.bounds.right())));
}

} // namespace

void MainWindow::openSearchHit(const SearchHit &hit)
{
    if (hit.moduleId.isEmpty()) {
        // A place belongs to no module: every visible map goes there.
        for (QDockWidget *dock : std::as_const(m_docks)) {
            if (!dock->visibleRegion().isEmpty())
                centreMap(dock->findChild<map::MapWidget *>(), hit);
        }
        return;
    }
    QDockWidget *dock = dockForModule(hit.moduleId);
    if (!dock)
        return;
    activateModule(int(m_docks.indexOf(dock)));
    if (auto *browser = dock->findChild<ui::RecordBrowser *>()) {
        if (selectRecord(browser, hit))
            browser->tableView()->setFocus(Qt::OtherFocusReason);
    }
    centreMap(dock->findChild<map::MapWidget *>(), hit);
}

void MainWindow::applyTheme(ui::ThemeChoice choice)
{
    ui::ThemeManager::instance().apply(choice);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(
            action->objectName() == QStringLiteral("theme.") + ui::themeChoiceKey(choice));
}

void MainWindow::applyMapTheme()
{
    const bool dark = ui::ThemeManager::instance().theme().isDark;
    const auto maps = findChildren<map::MapWidget *>();
    for (map::MapWidget *map : maps)
        map->setStyleKind(dark ? map::MapStyle::Kind::Dark : map::MapStyle::Kind::Light);
}

void MainWindow::applyMapSettings()
{
    QSettings settings;
    const QString mbtiles = settings.value(settingskeys::kMbTilesFile).toString();
    const QRectF home = parseHomeArea(settings.value(settingskeys::kHomeArea).toString());
    const auto maps = findChildren<map::MapWidget *>();
    QString firstError;
    for (map::MapWidget *map : maps) {
        QString error;
        if (!map->setMbTilesFile(mbtiles, &error) && firstError.isEmpty())
            firstError = error;
        if (!home.isNull())
            map->setHomeArea(QGeoRectangle(QGeoCoordinate(home.bottom(), home.left()),
                QGeoCoordinate(home.top(), home.right())));
    }
    // One tile source (and disk cache) is shared by every map with the same template.
    const QString tileUrl = settings.value(settingskeys::kTileUrlTemplate).toString();
    for (map::MapWidget *map : maps) {
        QString error;
        if (!map->setTileUrlTemplate(tileUrl, &error) && firstError.isEmpty())
            firstError = error;
    }
    if (!firstError.isEmpty())
        showNotice(
            tr("The map file could not be used; showing the built-in map: %1").arg(firstError));
}

map::MapWidget *MainWindow::activeMap() const
{
    // The map of the dock the operator works in: the one holding the focus, else the first
    // dock actually on screen (a tabbed-away dock has no visible region).
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            if (auto *map = dock->findChild<map::MapWidget *>())
                return map;
        }
    }
    for (QDockWidget *dock : m_docks) {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            if (auto *map = dock->findChild<map::MapWidget *>())
                return map;
    }
    return findChild<map::MapWidget *>();
}

void MainWindow::prepareForOffline()
{
    // Data first (every collection, as Sync now), then the map tiles of the area the
    // operator picks, with the tile count and size shown before anything downloads.
    if (m_sync && m_syncNow->isEnabled())
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

void MainWindow::chooseLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
    // Titles, menus and models are built in the chosen language at start; switching live
    // would have to rebuild every module's widgets, which is not worth an operator's state.
    // The layout is saved on quit and restored at the next start, so nothing is lost.
    QMessageBox::information(this, tr("Language"),
        tr("The language will change the next time IOC Desktop starts. Your layout is kept."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About IOC Desktop"),
        tr("<h3>IOC Desktop %1</h3>"
           "<p>Desktop client of the Intelligent Operations Center of Hà Tĩnh province.</p>"
           "<p>Local cache: %2</p>"
           "<p><small>Map data: Boundaries and places: Who's On First (CC0 / CC-BY), including "
           "data from foursquare Quattroshapes (CC-BY) and GeoNames (CC-BY 4.0). Neighbouring "
           "provinces, river names and places: Made with Natural Earth (public domain). "
           "Coastline, land, rivers and island outlines: GSHHG 2.3.7, P. Wessel &amp; "
           "W.H.F. Smith (LGPL-3.0-or-later). National outline and neighbouring countries: "
           "DCW-GMT 2.1.1, The GMT Team (LGPL-3.0-or-later); clipped and simplified for this "
           "application.</small></p>")
            .arg(QCoreApplication::applicationVersion(),
                QDir::toNativeSeparators(m_cache.dataDir()).toHtmlEscaped()));
}

} // namespace ioc::app
