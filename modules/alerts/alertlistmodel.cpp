#include "alerts/alertlistmodel.h"

#include "core/displaytime.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace ioc::alerts {

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("ioc::alerts", "Info");
    case Severity::Warning:
        return QCoreApplication::translate("ioc::alerts", "Warning");
    case Severity::Critical:
        return QCoreApplication::translate("ioc::alerts", "Critical");
    }
    return {};
}

QString stateLabel(const Alert &alert)
{
    const auto time = [](const QDateTime &t) {
        return core::toDisplayTime(t).toString(QStringLiteral("HH:mm dd/MM"));
    };
    QString text;
    switch (alert.state) {
    case AlertState::Raised:
        text = QCoreApplication::translate("ioc::alerts", "Raised");
        break;
    case AlertState::Acknowledged:
        text = QCoreApplication::translate("ioc::alerts", "Acknowledged by %1 %2")
                   .arg(alert.ackBy, time(alert.ackAt));
        break;
    case AlertState::Resolved:
        text = alert.resolvedBy.isEmpty()
            ? QCoreApplication::translate("ioc::alerts", "Resolved automatically %1")
                  .arg(time(alert.resolvedAt))
            : QCoreApplication::translate("ioc::alerts", "Resolved by %1 %2")
                  .arg(alert.resolvedBy, time(alert.resolvedAt));
        break;
    }
    if (alert.silencedUntil.isValid())
        text += QCoreApplication::translate("ioc::alerts", " · snoozed until %1")
                    .arg(time(alert.silencedUntil));
    return text;
}

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<ioc::alerts::Alert>();
    qRegisterMetaType<QList<ioc::alerts::Alert>>();
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Alert *AlertListModel::alertAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const auto it = m_all.constFind(m_rows.at(row));
    return it == m_all.constEnd() ? nullptr : &*it;
}

int AlertListModel::rowOf(const QString &alertId) const
{
    return int(m_rows.indexOf(alertId));
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    const Alert *a = alertAt(index.row());
    if (!a)
        return {};
    switch (role) {
    case AlertIdRole:
        return a->id;
    case SeverityRole:
        return int(a->severity);
    case StateRole:
        return int(a->state);
    case SilencedRole:
        return a->silencedUntil.isValid();
    case ModuleRole:
        return a->module;
    case RuleRole:
        return a->ruleId;
    case UnitCodeRole:
        return a->unitCode;
    case Qt::ToolTipRole:
        return a->message(m_language) + QLatin1Char('\n') + stateLabel(*a);
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(a->severity);
        case ModuleColumn:
            return m_moduleTitles.value(a->module, a->module);
        case MessageColumn:
            return a->message(m_language);
        case StateColumn:
            return stateLabel(*a);
        case RaisedColumn:
            return core::toDisplayTime(a->raisedAt).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return QCoreApplication::translate("ioc::alerts", "Severity");
    case ModuleColumn:
        return QCoreApplication::translate("ioc::alerts", "Module");
    case MessageColumn:
        return QCoreApplication::translate("ioc::alerts", "Alert");
    case StateColumn:
        return QCoreApplication::translate("ioc::alerts", "State");
    case RaisedColumn:
        return QCoreApplication::translate("ioc::alerts", "Raised at");
    default:
        return {};
    }
}

bool AlertListModel::passes(const Alert &a) const
{
    if (!m_module.isEmpty() && a.module != m_module)
        return false;
    if (!m_severities.isEmpty() && !m_severities.contains(a.severity))
        return false;
    if (!m_states.isEmpty() && !m_states.contains(a.state))
        return false;
    if (m_hideSilenced && a.silencedUntil.isValid())
        return false;
    return true;
}

bool AlertListModel::before(const Alert &a, const Alert &b)
{
    if (a.severity != b.severity)
        return a.severity > b.severity;
    if (a.raisedAt != b.raisedAt)
        return a.raisedAt > b.raisedAt;
    return a.id < b.id;
}

void AlertListModel::rebuild()
{
    beginResetModel();
    QVector<const Alert *> visible;
    for (const Alert &a : std::as_const(m_all)) {
        if (passes(a))
            visible.append(&a);
    }
    std::sort(visible.begin(), visible.end(),
        [](const Alert *a, const Alert *b) { return before(*a, *b); });
    m_rows.clear();
    for (const Alert *a : visible)
        m_rows.append(a->id);
    endResetModel();
    emit countsChanged();
}

void AlertListModel::setAlerts(const QList<Alert> &alerts)
{
    m_all.clear();
    for (const Alert &a : alerts)
        m_all.insert(a.id, a);
    rebuild();
}

void AlertListModel::updateAlerts(const QList<Alert> &alerts)
{
    for (const Alert &a : alerts)
        m_all.insert(a.id, a);
    rebuild();
}

void AlertListModel::setModuleFilter(const QString &moduleId)
{
    m_module = moduleId;
    rebuild();
}

void AlertListModel::setSeverityFilter(const QSet<Severity> &severities)
{
    m_severities = severities;
    rebuild();
}

void AlertListModel::setStateFilter(const QSet<AlertState> &states)
{
    m_states = states;
    rebuild();
}

void AlertListModel::setHideSilenced(bool hide)
{
    m_hideSilenced = hide;
    rebuild();
}

void AlertListModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void AlertListModel::setModuleTitles(const QHash<QString, QString> &titles)
{
    m_moduleTitles = titles;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QHash<Severity, int> AlertListModel::openCounts() const
{
    QHash<Severity, int> counts;
    for (const Alert &a : m_all) {
        if (a.state != AlertState::Resolved)
            ++counts[a.severity];
    }
    return counts;
}

} // namespace ioc::alerts
