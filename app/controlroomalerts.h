#pragma once

#include "alerts/alert.h"

#include <QHash>
#include <QObject>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace ioc::core {
class SqliteFile;
}

namespace ioc::ui {
class AlertListWidget;
}

namespace ioc::app {

class AlertController;
class AlertSound;

// What makes an alert impossible to miss in the control room: the "Alerts" dock with all
// modules' alerts, counts by severity in the status bar, a critical alert flashing its
// module's dock title, a chime (AlertSound, mutable) and a desktop notification when the
// window is not in front.
class ControlRoomAlerts : public QObject
{
    Q_OBJECT

public:
    // moduleTitles: module id → translated title (for the list and the notification).
    // moduleDocks: module id → its dock, whose title flashes on a critical alert.
    // operatorStore: for the history view (may be null: no history menu entry).
    ControlRoomAlerts(QMainWindow *window, AlertController *alerts,
        const QHash<QString, QString> &moduleTitles,
        const QHash<QString, QDockWidget *> &moduleDocks, QMenu *menu,
        const core::SqliteFile *operatorStore = nullptr);

    QDockWidget *dock() const { return m_dock; }
    ui::AlertListWidget *list() const { return m_list; }
    QLabel *statusLabel() const { return m_counts; }
    bool soundOn() const;
    AlertSound *chime() const { return m_chime; }

    // How long a dock flashes after a critical alert.
    static constexpr int kFlashMs = 10000;

private:
    void onAlertRaised(const alerts::Alert &alert);
    void updateCounts();
    void flashDock(const QString &moduleId);

    QMainWindow *m_window;
    QDockWidget *m_dock;
    ui::AlertListWidget *m_list;
    QLabel *m_counts;
    AlertSound *m_chime;
    QAction *m_sound;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<QString, QString> m_titles;
    QHash<QString, QDockWidget *> m_moduleDocks;
    QHash<QDockWidget *, QTimer *> m_flashing;
};

} // namespace ioc::app
