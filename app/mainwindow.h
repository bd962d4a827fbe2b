#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;

#include "sync/syncreport.h"
#include "sync/syncstatus.h"

class QAction;
class QMenu;
class QProgressBar;

namespace ioc::core {
class LocalCache;
class ModuleRegistry;
} // namespace ioc::core

namespace ioc::app {

class AlertController;
class ControlRoomAlerts;
class SyncController;

// The shell: one dock per module, menus, status bar, and the saved layout.
// It composes modules; it knows nothing about any particular one.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool offline = false;
    };

    MainWindow(core::ModuleRegistry &modules, core::LocalCache &cache, const Options &options,
        QWidget *parent = nullptr);

    QList<QDockWidget *> moduleDocks() const { return m_docks; }
    QDockWidget *dockForModule(const QString &moduleId) const;

    // The dock layout (positions, floating, tabs, sizes) and window geometry, through
    // QSettings. restoreLayout() returns false when nothing usable was saved.
    void saveLayout() const;
    bool restoreLayout();
    void resetLayout();

    // Shows a message in the status bar and keeps it until replaced (cache recovery, …).
    void showNotice(const QString &text);

    // Raises the module's dock and gives it focus (what Ctrl+1 … Ctrl+7 do).
    void activateModule(int index);

    // Connects the window to sync: Sync now (F5, menu, toolbar), the status bar (state,
    // progress, actions waiting to be sent), and each dock's records and "data as of".
    void attachSync(SyncController *sync);

    // The control-room alert signals: the Alerts dock (all modules), counts in the status
    // bar, flashing dock titles, sound and desktop notifications. Call before restoreLayout().
    void attachAlerts(AlertController *alerts);
    ControlRoomAlerts *controlRoomAlerts() const { return m_alerts; }

    // Bumped when the dock set changes incompatibly; an old saved state is then ignored.
    static constexpr int kLayoutVersion = 1;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onSyncStatus(const sync::SyncStatus &status);
    void onSyncReport(const sync::SyncReport &report);
    void createDocks();
    void arrangeDefaultLayout();
    void createMenus();
    void createStatusBar();
    void showAbout();
    void chooseLanguage(const QString &language);

    core::ModuleRegistry &m_modules;
    core::LocalCache &m_cache;
    Options m_options;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultState;
    QLabel *m_notice = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_outbox = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_syncNow = nullptr;
    QMenu *m_fileMenu = nullptr;
    sync::SyncStatus m_lastSyncStatus;
    ControlRoomAlerts *m_alerts = nullptr;
};

} // namespace ioc::app
