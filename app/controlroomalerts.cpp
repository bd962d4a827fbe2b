#include "controlroomalerts.h"

#include "alertcontroller.h"
#include "alerts/alertlistmodel.h"
#include "alertsound.h"
#include "ui/alerthistorydialog.h"
#include "ui/alertlistwidget.h"
#include "ui/severityicon.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace ioc::app {

namespace {

const QString kSoundKey = QStringLiteral("alerts/sound");
const QString kFlashPrefix = QStringLiteral("◆ ");

} // namespace

ControlRoomAlerts::ControlRoomAlerts(QMainWindow *window, AlertController *alerts,
    const QHash<QString, QString> &moduleTitles, const QHash<QString, QDockWidget *> &moduleDocks,
    QMenu *menu, const core::SqliteFile *operatorStore)
    : QObject(window)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Alerts"), window))
    , m_list(new ui::AlertListWidget(m_dock))
    , m_counts(new QLabel(window))
    , m_chime(new AlertSound(this))
    , m_titles(moduleTitles)
    , m_moduleDocks(moduleDocks)
{
    m_dock->setObjectName(QStringLiteral("dock.alerts"));
    m_dock->setWidget(m_list);
    // When the window grows (maximised after start), the module docks take the height; the
    // list keeps what the arrangement gave it and scrolls.
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_dock->setWindowIcon(ui::severityIcon(alerts::Severity::Critical));
    m_list->alertModel()->setModuleTitles(moduleTitles);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);

    m_counts->setObjectName(QStringLiteral("alertCounts"));
    window->statusBar()->addPermanentWidget(m_counts);

    m_sound = menu->addAction(tr("&Sound for critical alerts"));
    m_sound->setObjectName(QStringLiteral("alertSound"));
    m_sound->setCheckable(true);
    m_sound->setChecked(QSettings().value(kSoundKey, true).toBool());
    connect(m_sound, &QAction::toggled, this, [](bool on) { QSettings().setValue(kSoundKey, on); });
    menu->addAction(m_dock->toggleViewAction());
    menu->addAction(tr("&Reload alert rules"), alerts, &AlertController::reloadRules);
    if (operatorStore) {
        QAction *history = menu->addAction(tr("Alert &history…"));
        history->setObjectName(QStringLiteral("alertHistory"));
        connect(history, &QAction::triggered, this, [this, operatorStore] {
            ui::AlertHistoryDialog dialog(*operatorStore, m_titles, m_window);
            dialog.exec();
        });
    }

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), this);
        m_tray->setToolTip(window->windowTitle());
        m_tray->show();
    }

    connect(alerts, &AlertController::alertsChanged, m_list->alertModel(),
        &alerts::AlertListModel::updateAlerts);
    connect(alerts, &AlertController::alertRaised, this, &ControlRoomAlerts::onAlertRaised);
    connect(m_list->alertModel(), &alerts::AlertListModel::countsChanged, this,
        &ControlRoomAlerts::updateCounts);
    connect(
        m_list, &ui::AlertListWidget::acknowledgeRequested, alerts, &AlertController::acknowledge);
    connect(m_list, &ui::AlertListWidget::resolveRequested, alerts, &AlertController::resolve);
    connect(m_list, &ui::AlertListWidget::silenceRequested, alerts, &AlertController::silence);
    connect(alerts, &AlertController::rulesLoaded, this, [this](int, const QStringList &errors) {
        if (!errors.isEmpty())
            m_window->statusBar()->showMessage(
                tr("Alert rules refused: %1").arg(errors.join(QStringLiteral("; "))), 30000);
    });
    connect(alerts, &AlertController::actionFailed, this,
        [this](const QString &message) { m_window->statusBar()->showMessage(message, 15000); });
    updateCounts();
}

bool ControlRoomAlerts::soundOn() const
{
    return m_sound->isChecked();
}

void ControlRoomAlerts::updateCounts()
{
    const QHash<alerts::Severity, int> counts = m_list->alertModel()->openCounts();
    QStringList parts;
    QStringList words;
    for (alerts::Severity s :
        { alerts::Severity::Critical, alerts::Severity::Warning, alerts::Severity::Info }) {
        parts << QStringLiteral("%1 %2").arg(ui::severityGlyph(s)).arg(counts.value(s));
        words << QStringLiteral("%1: %2").arg(alerts::severityLabel(s)).arg(counts.value(s));
    }
    m_counts->setText(tr("Alerts %1").arg(parts.join(QStringLiteral("  "))));
    m_counts->setToolTip(tr("Open alerts — %1").arg(words.join(QStringLiteral(", "))));
}

void ControlRoomAlerts::onAlertRaised(const alerts::Alert &alert)
{
    if (alert.severity != alerts::Severity::Critical)
        return;
    flashDock(alert.module);
    if (soundOn())
        m_chime->play();
    if (m_tray && !m_window->isActiveWindow()) {
        const QString language = m_list->alertModel()->language();
        m_tray->showMessage(
            tr("Critical alert — %1").arg(m_titles.value(alert.module, alert.module)),
            alert.message(language), QSystemTrayIcon::Critical, 15000);
    }
}

// Flashes the dock's title (shown in its tab when docks are tabbed) with a marker that
// is a shape, not only a colour, for kFlashMs.
void ControlRoomAlerts::flashDock(const QString &moduleId)
{
    QDockWidget *dock = m_moduleDocks.value(moduleId);
    if (!dock || m_flashing.contains(dock))
        return;
    const QString title = dock->windowTitle();
    auto *timer = new QTimer(this);
    timer->setInterval(500);
    m_flashing.insert(dock, timer);
    int ticks = kFlashMs / 500;
    connect(timer, &QTimer::timeout, this, [this, dock, timer, title, ticks]() mutable {
        const bool on = --ticks % 2 == 1;
        dock->setWindowTitle(on ? kFlashPrefix + title : title);
        if (QWidget *bar = dock->titleBarWidget()) {
            bar->setAutoFillBackground(on);
            QPalette palette = bar->palette();
            palette.setColor(QPalette::Window,
                on ? QColor(QStringLiteral("#ffc9c9"))
                   : m_window->palette().color(QPalette::Window));
            bar->setPalette(palette);
        }
        if (ticks <= 0) {
            dock->setWindowTitle(title);
            if (QWidget *bar = dock->titleBarWidget())
                bar->setAutoFillBackground(false);
            m_flashing.remove(dock);
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace ioc::app
