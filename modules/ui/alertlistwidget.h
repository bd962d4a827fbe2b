#pragma once

#include "alerts/alert.h"
#include "ui/recordref.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ioc::alerts {
class AlertListModel;
}

namespace ioc::ui {

// A table of alerts (most severe, then newest first) with acknowledge / resolve / snooze.
// It owns its model so each place can filter on its own (one module's dock, the control
// room's panel); feed it with AlertEngine::alertsChanged → alertModel()->updateAlerts.
// Operator actions come out as signals, for the application to pass to the engine.
class AlertListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AlertListWidget(QWidget *parent = nullptr);

    alerts::AlertListModel *alertModel() const { return m_model; }
    // Show one module's alerts only (empty: all) and hide the module column then.
    void setModuleFilter(const QString &moduleId);
    QTableView *view() const { return m_view; }
    // The selected alert, if any.
    const alerts::Alert *currentAlert() const;
    // Adds "Directive…" (module docks): turns the selected alert into a directive to an
    // agency; the list only asks, through directiveRequested().
    void enableDirectives();

public slots:
    // Selects and shows an alert (e.g. from MapWidget::alertClicked); false if it is not
    // in the list (filtered out or unknown).
    bool selectAlert(const QString &alertId);
    void acknowledgeCurrent();
    void resolveCurrent();
    void snoozeCurrent();

signals:
    void acknowledgeRequested(
        const QString &alertId, const QString &operatorName, const QString &note);
    void resolveRequested(const QString &alertId, const QString &operatorName, const QString &note);
    void silenceRequested(const QString &alertId, const QString &ruleId, const QString &unitCode,
        const QDateTime &until, const QString &who, const QString &why);
    void directiveRequested(const ioc::alerts::Alert &alert);
    // The operator double-clicked an alert (show its subject on the map, in the records).
    void alertActivated(const ioc::alerts::Alert &alert);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilters();
    void updateButtons();
    QPushButton *m_directive = nullptr;
    void retranslate();

    alerts::AlertListModel *m_model;
    QTableView *m_view;
    QComboBox *m_stateFilter;
    QComboBox *m_severityFilter;
    QPushButton *m_acknowledge;
    QPushButton *m_resolve;
    QPushButton *m_snooze;
    QLabel *m_empty;
};

// What an alert is about, as a record to reveal: the feature that raised it (for
// per-feature rules) and its place, in its module.
RecordRef recordOfAlert(const alerts::Alert &alert);

// "vi" or "en": which of a rule's messages the current UI language shows.
QString messageLanguage();

// The name an operator acts under (remembered in QSettings, asked for once).
QString operatorName();
void setOperatorName(const QString &name);

} // namespace ioc::ui
