#pragma once

#include "alerts/alert.h"
#include "alerts/rulebook.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace ioc::core {
class SqliteFile;
class OutboxStore;
} // namespace ioc::core

namespace ioc::alerts {

class AlertStore;
class MessageFormatter;
class RuleEvaluator;
struct RuleRun;

// What the last evaluation did (statistics for the benchmark and the tests).
struct EvaluationStats
{
    int rulesEvaluated = 0;
    qint64 subjectsEvaluated = 0; // features or groups examined; full passes count as -1 each
    int fullPasses = 0;
    qint64 elapsedMs = 0;
    int changedAlerts = 0;
    QMap<QString, qint64> microsPerRule; // where the time went
};

// Evaluates the rules over the mirror and keeps each alert's lifecycle in the operator
// store. Like SyncEngine it opens its own connections to both files of a LocalCache
// directory, in whatever thread it lives in: the desktop moves it to a worker thread and
// talks to it through queued calls and signals.
class AlertEngine : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit AlertEngine(const QString &dataDir, QObject *parent = nullptr);
    ~AlertEngine() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Rules directories (default: defaultRuleDirectories()). Call before start().
    void setRuleDirectories(const QStringList &directories);
    // How often time-dependent rules (deadline, staleness, windows, silences) are re-checked.
    void setTimeRuleInterval(int milliseconds) { m_timeRuleIntervalMs = milliseconds; }

    QList<Alert> alerts() const { return m_alerts.values(); }
    std::optional<Alert> alert(const QString &id) const;
    QList<Rule> rules() const { return m_rules.rules(); }
    QList<RuleError> ruleErrors() const { return m_ruleErrors; }
    const EvaluationStats &lastStats() const { return m_stats; }
    QList<AlertTransition> history(const QString &alertId = {}) const;

public slots:
    // Loads rules and stored alerts, evaluates every rule once, starts the time-rule timer.
    void start();
    void stop();
    // Re-reads the rules files; on success re-evaluates everything.
    void reloadRules();
    void evaluateAll();
    // After a sync batch: only rules reading `collection`, only the changed subjects.
    void onFeaturesChanged(
        const QString &collection, const QStringList &changedIds, const QStringList &removedIds);
    // Full evaluation of the rules reading one collection: for a sync report that says
    // the collection changed but not which features.
    void evaluateCollection(const QString &collection);
    // Deadline, staleness, count-window and `recent` rules, and silence expiry.
    void evaluateTimeRules(const QDateTime &now);
    void evaluateTimeRulesNow() { evaluateTimeRules(now()); }

    // Operator actions. Acknowledging goes out through the outbox to every workstation.
    void acknowledge(const QString &alertId, const QString &operatorName, const QString &note);
    void resolve(const QString &alertId, const QString &operatorName, const QString &note);
    // Snoozes one alert, a rule, an area (unit code), or a rule in an area.
    void silence(const QString &alertId, const QString &ruleId, const QString &unitCode,
        const QDateTime &until, const QString &who, const QString &why);

signals:
    // Alerts whose state, message or silence changed (queued to the UI thread).
    void alertsChanged(const QList<ioc::alerts::Alert> &alerts);
    // A new or re-raised alert that is not silenced: beep, flash, notify.
    void alertRaised(const ioc::alerts::Alert &alert);
    void rulesLoaded(int ruleCount, const QStringList &errors);
    void actionFailed(const QString &message);

private:
    QDateTime now() const;
    void persist(const Alert &alert);
    void ensureIndexes();
    void evaluateRules(const QList<const Rule *> &rules, const QDateTime &now,
        const QString &collection, const QStringList *changedIds, const QStringList &removedIds);
    void applyRun(const Rule &rule, const RuleRun &run, const QDateTime &now, QList<Alert> *changed,
        QList<Alert> *raised);
    void mergeRemoteAcknowledgements(const QStringList &ids, QList<Alert> *changed);
    void applyStoredAcknowledgement(Alert *alert);
    void refreshSilence(Alert *alert, const QDateTime &now) const;
    void record(const Alert &alert, const QString &transition, const QString &actor,
        const QString &note, const QString &origin, const QString &ref = {});
    void publish(const QList<Alert> &changed, const QList<Alert> &raised);

    QString m_dataDir;
    Clock m_clock;
    int m_timeRuleIntervalMs = 60000;
    std::unique_ptr<core::SqliteFile> m_mirror;
    std::unique_ptr<core::SqliteFile> m_operator;
    std::unique_ptr<AlertStore> m_store;
    std::unique_ptr<core::OutboxStore> m_outbox;
    std::unique_ptr<RuleEvaluator> m_evaluator;
    std::unique_ptr<MessageFormatter> m_messages;
    RuleBook m_rules;
    QList<RuleError> m_ruleErrors;
    QHash<QString, Alert> m_alerts;
    QHash<QString, QSet<QString>> m_activeByRule; // rule id → ids with condition_active
    QList<Silence> m_silences;
    EvaluationStats m_stats;
    QTimer *m_timer = nullptr;
    bool m_started = false;
};

} // namespace ioc::alerts
