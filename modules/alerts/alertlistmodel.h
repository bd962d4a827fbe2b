#pragma once

#include "alerts/alert.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace ioc::alerts {

// The alerts as a table for views (Qt Core only: icons and colours are the view's job).
// Fed by AlertEngine::alertsChanged; rows are the alerts that pass the filters, most
// severe first, then newest first.
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        ModuleColumn,
        MessageColumn,
        StateColumn,
        RaisedColumn,
        ColumnCount
    };
    enum Role {
        AlertIdRole = Qt::UserRole + 1,
        SeverityRole, // int: Severity
        StateRole, // int: AlertState
        SilencedRole, // bool
        ModuleRole,
        RuleRole,
        UnitCodeRole,
    };

    explicit AlertListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Filters: empty module = all; severities/states empty = all.
    void setModuleFilter(const QString &moduleId);
    void setSeverityFilter(const QSet<Severity> &severities);
    void setStateFilter(const QSet<AlertState> &states);
    // Hide silenced alerts (default: shown, marked).
    void setHideSilenced(bool hide);
    // "vi" or "en": which message template the Message column shows.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    void setModuleTitles(const QHash<QString, QString> &titles);

    const Alert *alertAt(int row) const;
    int rowOf(const QString &alertId) const;
    // Open (raised or acknowledged) alerts per severity among all alerts, unfiltered.
    QHash<Severity, int> openCounts() const;
    QList<Alert> allAlerts() const { return m_all.values(); }

public slots:
    void setAlerts(const QList<ioc::alerts::Alert> &alerts);
    void updateAlerts(const QList<ioc::alerts::Alert> &alerts);

signals:
    void countsChanged();

private:
    bool passes(const Alert &alert) const;
    void rebuild();
    static bool before(const Alert &a, const Alert &b);

    QHash<QString, Alert> m_all;
    QVector<QString> m_rows; // alert ids in display order
    QString m_module;
    QSet<Severity> m_severities;
    QSet<AlertState> m_states;
    bool m_hideSilenced = false;
    QString m_language = QStringLiteral("vi");
    QHash<QString, QString> m_moduleTitles;
};

QString severityLabel(Severity severity); // translated
QString stateLabel(const Alert &alert); // translated, e.g. "acknowledged by Lan 10:42"

} // namespace ioc::alerts
