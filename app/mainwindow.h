#pragma once

#include "sync/syncreport.h"
#include "sync/syncstatus.h"
#include "ui/recordref.h"

#include <QMainWindow>
#include <QUrl>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTimer;
class QToolBar;

namespace ioc::map {
class MapWidget;
}
namespace ioc::sync {
class SyncStatusModel;
}

namespace ioc::core {
class LocalCache;
class ModuleRegistry;
} // namespace ioc::core

namespace ioc::ui {
enum class ThemeChoice;
}

namespace ioc::app {

class DockManager;
class WindowActions;
class GlobalSearchPopup;
class LayoutManager;
class StatusBarController;
class AlertController;
class ControlRoomAlerts;
class SyncController;

// The shell: one dock per module, menus, toolbar, status bar, and the saved layouts.
// It composes modules; it knows nothing about any particular one.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool offline = false;
        // For what docks fetch on demand (camera snapshots): the configured data center.
        QUrl dataCenterUrl;
        QByteArray bearerToken;
    };

    MainWindow(core::ModuleRegistry &modules, core::LocalCache &cache, const Options &options,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    // The module docks, typed (module, frame, content), and what concerns all of them.
    DockManager *docks() const { return m_docks; }
    QList<QDockWidget *> moduleDocks() const;
    QDockWidget *dockForModule(const QString &moduleId) const;

    // Saved and named layouts, the Layouts actions and the toolbar's chooser.
    LayoutManager *layouts() const { return m_layouts; }

    // Shows a message in the status bar and keeps it until replaced (cache recovery, …).
    void showNotice(const QString &text);

    // Raises the module's dock and gives it focus (what Ctrl+1 … Ctrl+7 do).
    void activateModule(int index);
    // F6 / Shift+F6: focus the next (previous) visible dock.
    void focusNextDock(int step);

    // Connects the window to sync: Sync now (F5, menu, toolbar), Work offline, the status
    // bar (state, progress, actions waiting to be sent), and each dock's data age.
    void attachSync(SyncController *sync);

    // Adds actions to the File menu, in a group of their own just above Quit.
    void addFileActions(const QList<QAction *> &actions);
    // Work offline (toolbar toggle, Ctrl+Shift+O, and --offline at start): pauses sync;
    // operators keep working from the cache and their actions wait in the outbox.
    void setWorkOffline(bool offline);
    bool isWorkingOffline() const;

    void showRefusedActions();
    // Notice, outbox count, sync progress and connection.
    StatusBarController *statusBarController() const { return m_status; }

    // Ctrl+K. The popup is created on first use and kept.
    GlobalSearchPopup *globalSearch();
    void showGlobalSearch();
    // Raises the hit's dock, selects its record and centres the dock's map on it.
    void openSearchHit(const ui::RecordRef &hit);

    void applyTheme(ui::ThemeChoice choice);
    // Map sources and home area from the settings, applied to every map of every dock.
    void applyMapSettings();

    // The map of the dock in use (focus, else the first dock on screen).
    map::MapWidget *activeMap() const;
    // Syncs every collection now, then offers to save the active map's area for offline use.
    void prepareForOffline();

    void showShortcutHelp();
    void showSettings();
    // The control-room alert signals: the Alerts dock (all modules), counts in the status
    // bar, flashing dock titles, sound and desktop notifications. Call before
    // layouts()->restoreSession().
    void attachAlerts(AlertController *alerts);
    ControlRoomAlerts *controlRoomAlerts() const { return m_alerts; }

    // A collection changed in the cache: its module's dock (or, for the administrative
    // units, every dock) recomputes. Public so tests can play a sync report.
    void onSyncReport(const sync::SyncReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onSyncStatus(const sync::SyncStatus &status);
    void createDocks();
    // The default arrangement of every dock for the space the window has (Reset layout).
    void arrangeForThisScreen();
    void createActions();
    void showSyncStatus();
    void applyMapTheme();
    void showDataAgeFromCache();

    core::ModuleRegistry &m_modules;
    core::LocalCache &m_cache;
    Options m_options;
    DockManager *m_docks = nullptr;
    WindowActions *m_actions = nullptr;
    SyncController *m_sync = nullptr;
    LayoutManager *m_layouts = nullptr;
    StatusBarController *m_status = nullptr;
    GlobalSearchPopup *m_searchPopup = nullptr;
    ControlRoomAlerts *m_alerts = nullptr;
};

} // namespace ioc::app
