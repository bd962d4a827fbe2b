// Just over 600 lines for a reason: one alert lifecycle (evaluate, raise, acknowledge,
// silence, resolve, record, publish) over one pair of connections; rule evaluation itself
// lives in ruleevaluator and ruleindexes, message text in messageformatter.
#include "alerts/alertengine.h"

#include "alerts/alertstore.h"
#include "alerts/messageformatter.h"
#include "alerts/ruleevaluator.h"
#include "alerts/ruleindexes.h"
#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/mirrorindexes.h"
#include "core/outboxstore.h"
#include "core/sqlitefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>
#include <QVariant>

Q_LOGGING_CATEGORY(lcAlerts, "ioc.alerts")

namespace ioc::alerts {

namespace {

const QString kAckCollection = QString::fromLatin1(core::OutboxStore::kAcknowledgementCollection);

struct RemoteAck
{
    QString uuid;
    QString alertKey;
    QString operatorName;
    QString note;
    QDateTime at;
};

RemoteAck remoteAckFrom(const QString &uuid, const QByteArray &json)
{
    const QJsonObject p = QJsonDocument::fromJson(json).object();
    RemoteAck ack;
    ack.uuid = uuid;
    ack.alertKey = p.value(QStringLiteral("alert_key")).toString();
    ack.operatorName = p.value(QStringLiteral("operator")).toString();
    ack.note = p.value(QStringLiteral("note")).toString();
    if (ack.note.isEmpty())
        ack.note = p.value(QStringLiteral("comment")).toString();
    ack.at = fromIsoStamp(p.value(QStringLiteral("acknowledged_at")).toString());
    return ack;
}

} // namespace

AlertEngine::AlertEngine(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    qRegisterMetaType<ioc::alerts::Alert>();
    qRegisterMetaType<QList<ioc::alerts::Alert>>();
    m_rules.setDirectories(defaultRuleDirectories());
    const QDir dir(dataDir);
    m_mirror = std::make_unique<core::SqliteFile>(
        dir.filePath(QLatin1String(core::LocalCache::kMirrorFileName)),
        QStringLiteral("alerts-mirror"));
    m_operator = std::make_unique<core::SqliteFile>(
        dir.filePath(QLatin1String(core::LocalCache::kOperatorFileName)),
        QStringLiteral("alerts-operator"));
    m_store = std::make_unique<AlertStore>(*m_operator);
    m_outbox = std::make_unique<core::OutboxStore>(*m_operator);
    m_evaluator = std::make_unique<RuleEvaluator>(*m_mirror);
    m_messages = std::make_unique<MessageFormatter>(*m_mirror);
}

AlertEngine::~AlertEngine() = default;

void AlertEngine::setRuleDirectories(const QStringList &directories)
{
    m_rules.setDirectories(directories);
}

QDateTime AlertEngine::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

std::optional<Alert> AlertEngine::alert(const QString &id) const
{
    const auto it = m_alerts.constFind(id);
    if (it == m_alerts.constEnd())
        return std::nullopt;
    return *it;
}

QList<AlertTransition> AlertEngine::history(const QString &alertId) const
{
    return m_store->history(alertId);
}

void AlertEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    m_alerts = m_store->loadAlerts();
    m_activeByRule.clear();
    for (const Alert &a : std::as_const(m_alerts)) {
        if (a.conditionActive)
            m_activeByRule[a.ruleId].insert(a.id);
    }
    m_silences = m_store->loadSilences();
    const QDateTime t = now();
    for (Alert &a : m_alerts)
        refreshSilence(&a, t);
    m_messages->reloadUnits();
    reloadRules();
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &AlertEngine::evaluateTimeRulesNow);
    }
    m_timer->start(m_timeRuleIntervalMs);
    publish(m_alerts.values(), {});
}

void AlertEngine::stop()
{
    if (m_timer)
        m_timer->stop();
}

void AlertEngine::reloadRules()
{
    m_ruleErrors = m_rules.reload();
    QStringList errors;
    for (const RuleError &e : std::as_const(m_ruleErrors)) {
        errors.append(e.toString());
        qCWarning(lcAlerts).noquote() << "rules refused:" << e.toString();
    }
    emit rulesLoaded(int(m_rules.rules().size()), errors);
    ensureIndexes();
    evaluateAll();
}

void AlertEngine::evaluateAll()
{
    QList<const Rule *> all;
    for (const Rule &rule : m_rules.rules())
        all.append(&rule);
    evaluateRules(all, now(), {}, nullptr, {});
}

void AlertEngine::onFeaturesChanged(
    const QString &collection, const QStringList &changedIds, const QStringList &removedIds)
{
    QList<Alert> changed;
    if (collection == kAckCollection) {
        mergeRemoteAcknowledgements(changedIds, &changed);
        publish(changed, {});
    }
    if (collection == QLatin1String("admin_units")) {
        m_messages->reloadUnits();
        evaluateAll();
        return;
    }
    QList<const Rule *> touching;
    for (const Rule &rule : m_rules.rules()) {
        if (rule.collections().contains(collection))
            touching.append(&rule);
    }
    if (!touching.isEmpty())
        evaluateRules(touching, now(), collection, &changedIds, removedIds);
}

void AlertEngine::evaluateCollection(const QString &collection)
{
    if (collection == kAckCollection) {
        // Which acknowledgements are new is cheap to find: all of them, minus the merged.
        QStringList ids;
        QSqlQuery query(m_mirror->connection());
        query.prepare(QStringLiteral("SELECT id FROM features WHERE collection = ?"));
        query.addBindValue(kAckCollection);
        if (query.exec()) {
            while (query.next())
                ids.append(query.value(0).toString());
        }
        onFeaturesChanged(collection, ids, {});
        return;
    }
    if (collection == QLatin1String("admin_units")) {
        // Unit names and places appear in messages and on the map: refresh them all.
        m_messages->reloadUnits();
        evaluateAll();
        return;
    }
    QList<const Rule *> touching;
    for (const Rule &rule : m_rules.rules()) {
        if (rule.collections().contains(collection))
            touching.append(&rule);
    }
    evaluateRules(touching, now(), {}, nullptr, {});
}

void AlertEngine::evaluateTimeRules(const QDateTime &now)
{
    QList<const Rule *> timed;
    for (const Rule &rule : m_rules.rules()) {
        if (rule.dependsOnTime())
            timed.append(&rule);
    }
    evaluateRules(timed, now, {}, nullptr, {});

    // Silences that ran out: the alert is back in front of the operator.
    QList<Alert> changed;
    QList<Alert> raised;
    m_store->begin();
    for (Alert &a : m_alerts) {
        if (!a.silencedUntil.isValid() || a.silencedUntil > now)
            continue;
        refreshSilence(&a, now);
        if (a.silencedUntil.isValid())
            continue; // another silence still covers it
        record(a, QStringLiteral("silence_expired"), {}, {}, QStringLiteral("engine"));
        changed.append(a);
        if (a.state == AlertState::Raised && a.conditionActive)
            raised.append(a);
    }
    m_store->commit();
    publish(changed, raised);
}

void AlertEngine::evaluateRules(const QList<const Rule *> &rules, const QDateTime &now,
    const QString &collection, const QStringList *changedIds, const QStringList &removedIds)
{
    if (rules.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    EvaluationStats stats;
    QList<Alert> changed;
    QList<Alert> raised;
    QStringList ids;
    if (changedIds)
        ids = *changedIds + removedIds;
    m_messages->clearLookups();
    m_store->begin();
    for (const Rule *rule : rules) {
        // A change in a plan deviation's targets re-checks the whole rule.
        const bool incremental = changedIds && rule->collection == collection;
        // Grouped rules also re-check the groups of their active alerts: a change may have
        // moved a feature out of a group, and only those groups can have cleared.
        const bool perFeature = !rule->isGrouped()
            && (rule->kind == RuleKind::Threshold || rule->kind == RuleKind::Deadline
                || rule->kind == RuleKind::Staleness);
        QStringList activeSubjects;
        if (incremental && !perFeature) {
            for (const QString &id : m_activeByRule.value(rule->id))
                activeSubjects.append(m_alerts.value(id).subject);
        }
        QElapsedTimer ruleTimer;
        ruleTimer.start();
        const RuleRun run
            = m_evaluator->evaluate(*rule, now, incremental ? &ids : nullptr, activeSubjects);
        stats.microsPerRule[rule->id] += ruleTimer.nsecsElapsed() / 1000;
        ++stats.rulesEvaluated;
        if (run.coverage.full)
            ++stats.fullPasses;
        else
            stats.subjectsEvaluated += run.subjectsEvaluated;
        if (!run.error.isEmpty()) {
            // Nothing is resolved on a failed evaluation: an error must not look like "all clear".
            qCWarning(lcAlerts).noquote() << "rule" << rule->id << "failed:" << run.error;
            continue;
        }
        applyRun(*rule, run, now, &changed, &raised);
    }
    if (const core::CacheError error = m_store->commit())
        qCWarning(lcAlerts).noquote() << error.message;
    stats.elapsedMs = timer.elapsed();
    stats.changedAlerts = int(changed.size());
    m_stats = stats;
    publish(changed, raised);
}

void AlertEngine::applyRun(const Rule &rule, const RuleRun &run, const QDateTime &now,
    QList<Alert> *changed, QList<Alert> *raised)
{
    QSet<QString> seen;
    for (const Finding &finding : run.findings) {
        const QString id = alertId(rule.id, finding.dedupValue, finding.window);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const FormattedFinding message = m_messages->format(rule, finding);
        const QString &vi = message.messageVi;
        const QString &en = message.messageEn;

        auto it = m_alerts.find(id);
        if (it == m_alerts.end()) {
            Alert a;
            a.id = id;
            a.ruleId = rule.id;
            a.module = rule.module;
            a.severity = rule.severity;
            a.subject = finding.subject;
            a.window = finding.window;
            a.sourceId = finding.sourceId;
            a.unitCode = finding.unitCode;
            a.lon = message.lon;
            a.lat = message.lat;
            a.value = finding.value;
            a.messageVi = vi;
            a.messageEn = en;
            a.conditionActive = true;
            a.state = AlertState::Raised;
            a.firstRaisedAt = a.raisedAt = a.lastSeenAt = now;
            refreshSilence(&a, now);
            persist(a);
            record(a, QStringLiteral("raised"), {}, {}, QStringLiteral("engine"));
            applyStoredAcknowledgement(&a);
            m_alerts.insert(id, a);
            m_activeByRule[rule.id].insert(id);
            changed->append(a);
            if (a.state == AlertState::Raised && !a.isSilenced(now))
                raised->append(a);
            continue;
        }
        Alert &a = *it;
        bool dirty = false;
        if (a.messageVi != vi || a.messageEn != en || a.severity != rule.severity
            || !((std::isnan(a.value) && std::isnan(finding.value)) || a.value == finding.value)) {
            a.messageVi = vi;
            a.messageEn = en;
            a.severity = rule.severity;
            a.value = finding.value;
            dirty = true;
        }
        if (!a.conditionActive) {
            a.conditionActive = true;
            m_activeByRule[rule.id].insert(id);
            dirty = true;
            if (a.state == AlertState::Resolved) {
                a.state = AlertState::Raised;
                a.raisedAt = now;
                ++a.raiseCount;
                a.ackBy.clear();
                a.ackAt = {};
                a.ackNote.clear();
                a.resolvedAt = {};
                a.resolvedBy.clear();
                a.resolveNote.clear();
                record(a, QStringLiteral("reraised"), {}, {}, QStringLiteral("engine"));
                applyStoredAcknowledgement(&a);
                if (a.state == AlertState::Raised && !a.isSilenced(now))
                    raised->append(a);
            }
        }
        if (dirty) {
            a.lastSeenAt = now;
            persist(a);
            changed->append(a);
        }
    }

    const QSet<QString> active = m_activeByRule.value(rule.id);
    for (const QString &id : active) {
        if (seen.contains(id))
            continue;
        Alert &a = m_alerts[id];
        const bool covered = run.coverage.full
            || (!a.sourceId.isEmpty() && run.coverage.sourceIds.contains(a.sourceId))
            || run.coverage.subjects.contains(a.subject);
        if (!covered)
            continue;
        a.conditionActive = false;
        m_activeByRule[rule.id].remove(id);
        if (a.state != AlertState::Resolved) {
            a.state = AlertState::Resolved;
            a.resolvedAt = now;
            a.resolvedBy.clear();
            a.resolveNote.clear();
            record(a, QStringLiteral("resolved"), {}, {}, QStringLiteral("engine"));
        }
        persist(a);
        changed->append(a);
    }
}

void AlertEngine::applyStoredAcknowledgement(Alert *alert)
{
    // Another workstation may have acknowledged this alert before we computed it.
    QSqlQuery query(m_mirror->connection());
    query.prepare(QStringLiteral("SELECT id, properties FROM features WHERE collection = ? AND "
                                 "json_extract(properties, '$.alert_key') = ?"));
    query.addBindValue(kAckCollection);
    query.addBindValue(alert->id);
    if (!query.exec())
        return;
    QList<RemoteAck> acks;
    while (query.next())
        acks.append(remoteAckFrom(query.value(0).toString(), query.value(1).toByteArray()));
    std::sort(acks.begin(), acks.end(),
        [](const RemoteAck &a, const RemoteAck &b) { return a.at < b.at; });
    for (const RemoteAck &ack : acks) {
        // An acknowledgement of an earlier raise does not cover a re-raise.
        if (alert->raiseCount > 1 && ack.at < alert->raisedAt)
            continue;
        if (alert->state == AlertState::Raised) {
            alert->state = AlertState::Acknowledged;
            alert->ackBy = ack.operatorName;
            alert->ackAt = ack.at;
            alert->ackNote = ack.note;
            persist(*alert);
        }
        if (!m_store->hasHistoryRef(ack.uuid))
            record(*alert, QStringLiteral("acknowledged"), ack.operatorName, ack.note,
                QStringLiteral("remote"), ack.uuid);
    }
}

void AlertEngine::mergeRemoteAcknowledgements(const QStringList &ids, QList<Alert> *changed)
{
    if (ids.isEmpty())
        return;
    QList<RemoteAck> acks;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QStringList chunk = ids.mid(start, 500);
        QSqlQuery query(m_mirror->connection());
        query.prepare(QStringLiteral("SELECT id, properties FROM features WHERE collection = ? "
                                     "AND id IN (%1)")
                          .arg(core::placeholders(int(chunk.size()))));
        query.addBindValue(kAckCollection);
        for (const QString &id : chunk)
            query.addBindValue(id);
        if (!query.exec())
            continue;
        while (query.next())
            acks.append(remoteAckFrom(query.value(0).toString(), query.value(1).toByteArray()));
    }
    std::sort(acks.begin(), acks.end(),
        [](const RemoteAck &a, const RemoteAck &b) { return a.at < b.at; });
    m_store->begin();
    for (const RemoteAck &ack : acks) {
        if (m_store->hasHistoryRef(ack.uuid))
            continue; // ours coming back, or already merged
        auto it = m_alerts.find(ack.alertKey);
        if (it == m_alerts.end())
            continue; // applied when this workstation raises the alert
        Alert &a = *it;
        if (a.raiseCount > 1 && ack.at < a.raisedAt)
            continue;
        if (a.state == AlertState::Raised) {
            a.state = AlertState::Acknowledged;
            a.ackBy = ack.operatorName;
            a.ackAt = ack.at;
            a.ackNote = ack.note;
            persist(a);
            changed->append(a);
        }
        record(a, QStringLiteral("acknowledged"), ack.operatorName, ack.note,
            QStringLiteral("remote"), ack.uuid);
    }
    m_store->commit();
}

void AlertEngine::acknowledge(
    const QString &alertId, const QString &operatorName, const QString &note)
{
    auto it = m_alerts.find(alertId);
    if (it == m_alerts.end() || it->state == AlertState::Resolved) {
        emit actionFailed(tr("This alert is no longer open."));
        return;
    }
    const QDateTime t = now();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The record and its outbox entry first, in one transaction: nothing is lost offline.
    if (const core::CacheError error
        = m_outbox->acknowledge(uuid, alertId, it->module, operatorName, note, t)) {
        emit actionFailed(error.message);
        return;
    }
    Alert &a = *it;
    if (a.state == AlertState::Raised) {
        a.state = AlertState::Acknowledged;
        a.ackBy = operatorName;
        a.ackAt = t;
        a.ackNote = note;
        persist(a);
    }
    record(a, QStringLiteral("acknowledged"), operatorName, note, QStringLiteral("local"), uuid);
    publish({ a }, {});
}

void AlertEngine::resolve(const QString &alertId, const QString &operatorName, const QString &note)
{
    auto it = m_alerts.find(alertId);
    if (it == m_alerts.end() || it->state == AlertState::Resolved) {
        emit actionFailed(tr("This alert is no longer open."));
        return;
    }
    Alert &a = *it;
    a.state = AlertState::Resolved;
    a.resolvedAt = now();
    a.resolvedBy = operatorName;
    a.resolveNote = note;
    persist(a);
    record(a, QStringLiteral("resolved"), operatorName, note, QStringLiteral("local"));
    publish({ a }, {});
}

void AlertEngine::silence(const QString &alertId, const QString &ruleId, const QString &unitCode,
    const QDateTime &until, const QString &who, const QString &why)
{
    Silence s;
    s.alertId = alertId;
    s.ruleId = ruleId;
    s.unitCode = unitCode;
    s.until = until.toUTC();
    s.who = who;
    s.why = why;
    s.createdAt = now();
    if (alertId.isEmpty() && ruleId.isEmpty() && unitCode.isEmpty()) {
        emit actionFailed(tr("A silence needs an alert, a rule or an area."));
        return;
    }
    if (const core::CacheError error = m_store->addSilence(&s)) {
        emit actionFailed(error.message);
        return;
    }
    m_silences.append(s);
    QList<Alert> changed;
    m_store->begin();
    for (Alert &a : m_alerts) {
        if (!s.covers(a) || a.state == AlertState::Resolved)
            continue;
        refreshSilence(&a, s.createdAt);
        record(a, QStringLiteral("silenced"), who,
            why + QStringLiteral(" (→ %1)").arg(isoStamp(s.until)), QStringLiteral("local"));
        changed.append(a);
    }
    m_store->commit();
    publish(changed, {});
}

void AlertEngine::refreshSilence(Alert *alert, const QDateTime &now) const
{
    QDateTime until;
    for (const Silence &s : m_silences) {
        if (s.until > now && s.covers(*alert) && (!until.isValid() || s.until > until))
            until = s.until;
    }
    alert->silencedUntil = until;
}

void AlertEngine::record(const Alert &alert, const QString &transition, const QString &actor,
    const QString &note, const QString &origin, const QString &ref)
{
    AlertTransition t;
    t.alertId = alert.id;
    t.at = now();
    t.transition = transition;
    t.actor = actor;
    t.note = note;
    t.origin = origin;
    if (const core::CacheError error = m_store->appendHistory(t, ref))
        qCWarning(lcAlerts).noquote() << error.message;
}

// Rules scan whole collections unless SQLite can find their rows by an index; which
// index serves which rule is ruleindexes.h's choice (measured in docs/performance.md).
// The set follows the rulebook, so it is made by the mirror's named "ensure derived
// indexes" step (core/mirrorindexes.h), which records what it created and drops what no
// rule asks for any more; the compiler names only the indexes that step reports present.
void AlertEngine::ensureIndexes()
{
    const QList<core::DerivedIndex> wanted = ruleIndexes(m_rules.rules());
    QElapsedTimer timer;
    timer.start();
    const core::DerivedIndexReport report
        = core::ensureDerivedIndexes(*m_mirror, QString::fromLatin1(kRuleIndexOwner), wanted);
    for (const QString &error : report.errors)
        qCWarning(lcAlerts).noquote() << error;
    m_evaluator->setAvailableIndexes(report.present);
    qCInfo(lcAlerts) << "indexes for" << wanted.size() << "rule properties in" << timer.elapsed()
                     << "ms";
}

void AlertEngine::persist(const Alert &alert)
{
    // The in-memory state stays right; the log says the operator store refused the write.
    if (const core::CacheError error = m_store->save(alert))
        qCWarning(lcAlerts).noquote() << error.message;
}

void AlertEngine::publish(const QList<Alert> &changed, const QList<Alert> &raised)
{
    if (!changed.isEmpty())
        emit alertsChanged(changed);
    for (const Alert &a : raised)
        emit alertRaised(a);
}

} // namespace ioc::alerts
