#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

class QAction;
class QWidget;

namespace ioc::core {
class ModuleRegistry;
}

namespace ioc::app {

// The briefing menu entries (export PDF, print with preview) and the scheduled morning
// briefing. Figures are gathered on a worker thread; only the layout and drawing run on
// the UI thread, where the chart and map widgets live.
class BriefingActions : public QObject
{
    Q_OBJECT

public:
    BriefingActions(const core::ModuleRegistry &modules, QString dataDir, QWidget *window);

    QList<QAction *> actions() const;

    // Settings: reports/dailyTime ("07:00", empty = off) and reports/folder. Checked every
    // minute; writes "briefing-<date>.pdf" (yesterday, whole province) once a day.
    void startSchedule();
    // One check of the schedule at `now` (province time); returns the file written, if any.
    QString runScheduleAt(const QDateTime &now);

private:
    void exportPdf();
    void print();
    // Asks which report (overview or a module) and which period; false if cancelled.
    bool choose(QString *report, QString *period);

    const core::ModuleRegistry &m_modules;
    QString m_dataDir;
    QWidget *m_window;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    QTimer m_schedule;
};

} // namespace ioc::app
