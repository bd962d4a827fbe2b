#include "mainwindow.h"

#include "alertcontroller.h"
#include "controlroomalerts.h"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "languagesetup.h"
#include "synccontroller.h"
#include "syncstatusdialog.h"
#include "ui/docktitlebar.h"
#include "ui/moduledock.h"
#include "ui/uimodule.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace ioc::app {

namespace {

const QString kGeometryKey = QStringLiteral("mainwindow/geometry");
const QString kStateKey = QStringLiteral("mainwindow/state");
const QString kLanguageKey = QStringLiteral("ui/language");

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
    m_defaultState = saveState(kLayoutVersion);
    createMenus();
    createStatusBar();

    // A sensible first size: most of the primary screen, not the whole of it.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableGeometry().size() * 0.85);
}

void MainWindow::createDocks()
{
    ui::ModuleContext context;
    context.cache = &m_cache;
    context.offline = m_options.offline;
    // The docks are the window; this empty central widget is never shown (zero size).
    auto *central = new QWidget(this);
    central->setMaximumSize(0, 0);
    setCentralWidget(central);

    for (const auto &module : m_modules.modules()) {
        auto *uiModule = dynamic_cast<ui::UiModule *>(module.get());
        if (!uiModule)
            continue; // headless-only module: nothing to show
        auto *dock = new QDockWidget(ui::DockTitleBar::escapedWindowTitle(module->title()), this);
        dock->setObjectName(dockObjectName(module->id()));
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

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

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
    view->addSeparator();
    QAction *reset = view->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);
    reset->setObjectName(QStringLiteral("resetLayout"));

    QMenu *language = view->addMenu(tr("&Language"));
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
    help->addAction(tr("&About IOC Desktop"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_connection->setText(m_options.offline ? tr("Offline (--offline): working from the cache")
                                            : tr("Data center: not configured"));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(false);
    statusBar()->addWidget(m_notice, 1);
    statusBar()->addPermanentWidget(m_connection);
}

void MainWindow::attachSync(SyncController *sync)
{
    m_syncNow = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                style()->standardIcon(QStyle::SP_BrowserReload)),
        tr("&Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setShortcutContext(Qt::ApplicationShortcut);
    m_syncNow->setEnabled(sync->isConfigured() && !m_options.offline);
    connect(m_syncNow, &QAction::triggered, sync, &SyncController::syncNow);
    m_fileMenu->insertAction(m_fileMenu->actions().value(0), m_syncNow);
    m_fileMenu->insertSeparator(m_fileMenu->actions().value(1));
    QAction *status = new QAction(tr("Sync status and data &issues…"), this);
    status->setObjectName(QStringLiteral("syncStatus"));
    connect(status, &QAction::triggered, this, [this] {
        SyncStatusDialog dialog(m_cache.mirror(), m_lastSyncStatus, this);
        dialog.exec();
    });
    m_fileMenu->insertAction(m_fileMenu->actions().value(1), status);
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_syncNow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_outbox = new QLabel(this);
    m_outbox->setObjectName(QStringLiteral("outboxState"));
    statusBar()->addPermanentWidget(m_outbox);
    statusBar()->addPermanentWidget(m_progress);

    connect(sync, &SyncController::statusChanged, this, &MainWindow::onSyncStatus);
    connect(sync, &SyncController::reportReady, this, &MainWindow::onSyncReport);
    connect(sync, &SyncController::outboxChanged, this, [this](int pending, int rejected) {
        QStringList parts;
        if (pending > 0)
            parts << tr("%n action(s) waiting to be sent", nullptr, pending);
        if (rejected > 0)
            parts << tr("%n action(s) refused by the data center", nullptr, rejected);
        m_outbox->setText(parts.join(QStringLiteral(" · ")));
    });
}

void MainWindow::attachAlerts(AlertController *alerts)
{
    QHash<QString, QString> titles;
    for (const auto &module : m_modules.modules())
        titles.insert(module->id(), module->title());
    QMenu *menu = menuBar()->addMenu(tr("&Alerts"));
    menuBar()->insertMenu(menuBar()->actions().constLast(), menu);
    m_alerts = new ControlRoomAlerts(this, alerts, titles, menu, &m_cache.operatorStore());
}

void MainWindow::onSyncStatus(const sync::SyncStatus &status)
{
    m_lastSyncStatus = status;
    using State = sync::SyncStatus::State;
    QString text;
    switch (status.state) {
    case State::NotConfigured:
        text = m_options.offline ? tr("Offline (--offline): working from the cache")
                                 : tr("Data center: not configured");
        break;
    case State::Online:
        text = tr("Online");
        break;
    case State::Syncing:
        text = tr("Syncing…");
        break;
    case State::Offline:
        text = tr("Offline — retrying; working from the cache");
        break;
    case State::CredentialsRefused:
        text = tr("The data center refused the credentials — fix the token, then Sync now");
        break;
    }
    m_connection->setText(text);
    m_connection->setStyleSheet(
        status.state == State::CredentialsRefused || status.state == State::Offline
            ? QStringLiteral("QLabel { color: #c92a2a; font-weight: bold; }")
            : QString());
    if (status.state == State::Syncing) {
        m_progress->setFormat(
            tr("%L1 features, %L2 pages").arg(status.featuresDone).arg(status.pagesDone));
        m_progress->show();
    } else {
        m_progress->hide();
    }

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
    if (report.inserted + report.updated + report.deleted == 0)
        return;
    const core::Module *owner = m_modules.ownerOfCollection(report.collection);
    if (!owner)
        return;
    if (QDockWidget *dock = dockForModule(owner->id())) {
        if (auto *content = qobject_cast<ui::ModuleDock *>(dock->widget()))
            content->refresh();
    }
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setToolTip(text);
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
    if (QWidget *content = dock->widget())
        content->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
}

bool MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    const QByteArray state = settings.value(kStateKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    return !state.isEmpty() && restoreState(state, kLayoutVersion);
}

void MainWindow::resetLayout()
{
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->setFloating(false);
    restoreState(m_defaultState, kLayoutVersion);
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::chooseLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
    // Titles, menus and models are built in the chosen language at start; switching live
    // would have to rebuild every module's widgets, which is not worth an operator's state.
    QMessageBox::information(
        this, tr("Language"), tr("The language will change the next time IOC Desktop starts."));
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
