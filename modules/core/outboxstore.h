#pragma once

#include "core/cacheerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ioc::core {

class SqliteFile;

// One operator change waiting for (or refused by) the data center.
// A directive to an agency, turned from an alert or a KPI (documents module tracks it).
struct Directive
{
    QString uuid;
    QString moduleId; // where it was given
    QString source; // what it was given from, e.g. "kpi:publicservices/overdue"
    QString assigneeAgency; // doc_agencies id
    QString assigneeName;
    QDate deadline; // by the end of this province day
    QString text;
    QString operatorName;
    QDateTime createdAt;
    QString state; // the outbox state: "pending", "sent", "rejected", "discarded"
    QString lastError;
};

struct OutboxItem
{
    qint64 seq = 0; // the operator's order
    QString uuid; // client-generated: the feature id of the PUT, so retries are harmless
    QString collection; // our collection id (e.g. op_acknowledgements)
    QByteArray payload; // GeoJSON Feature to PUT
    QDateTime createdAt;
    int attempts = 0;
    QString state; // "pending", "sent", "rejected", "discarded"
    QString lastError;
};

// An operator's decision about a refused action (operator store, outbox_decisions).
struct OutboxDecision
{
    QString uuid;
    QString collection; // the action's, for its kind
    QByteArray payload; // the action's, for what it was
    enum class Kind { Resend, Discard } kind = Kind::Resend;
    QString operatorName;
    QDateTime decidedAt;
    QString refusal; // the data center's reason at the time
};

// The outbox in the operator store. Written first, sent later: an action survives
// restarts, crashes and weeks offline. A rejected item is kept and marked, never dropped.
class OutboxStore
{
public:
    explicit OutboxStore(const SqliteFile &operatorStore);

    // Records an operator acknowledgement and queues it, in one transaction.
    CacheError acknowledge(const QString &uuid, const QString &alertKey, const QString &moduleId,
        const QString &operatorName, const QString &note, const QDateTime &when);
    // Records a note on a feature and queues it, in one transaction.
    CacheError addNote(const QString &uuid, const QString &collection, const QString &featureId,
        const QString &operatorName, const QString &body, const QDateTime &when);

    // Records a directive and queues it (collection op_directives), in one transaction.
    // The payload is a task like doc_tasks' (name, assignee_agency, assigned_at, deadline,
    // status "in_progress"), so the data center can track it with the others.
    CacheError issueDirective(const Directive &directive);
    // Every directive given on this machine, newest first, with its sending state.
    QList<Directive> directives() const;

    QList<OutboxItem> pending() const;
    QList<OutboxItem> rejected() const;
    int pendingCount() const;
    int rejectedCount() const;

    CacheError markSent(const QString &uuid, const QDateTime &when);
    CacheError markRejected(const QString &uuid, const QString &error, const QDateTime &when);
    CacheError recordFailedAttempt(
        const QString &uuid, const QString &error, const QDateTime &when);

    // An operator's answer to a refusal (docs/reliability.md, "Outbox"): send the action
    // again (pending, in its original place in the order) or discard it (kept, never
    // sent). Each is recorded with who and when; an item that is not refused (any more)
    // is an error and nothing changes.
    CacheError resend(const QString &uuid, const QString &operatorName, const QDateTime &when);
    CacheError discard(const QString &uuid, const QString &operatorName, const QDateTime &when);
    // Every decision, newest first.
    QList<OutboxDecision> decisions() const;

    static constexpr const char *kAcknowledgementCollection = "op_acknowledgements";
    static constexpr const char *kNoteCollection = "op_notes";
    static constexpr const char *kDirectiveCollection = "op_directives";

private:
    QList<OutboxItem> items(const QString &state) const;
    CacheError decide(const QString &uuid, OutboxDecision::Kind kind, const QString &operatorName,
        const QDateTime &when);
    CacheError setState(const QString &uuid, const QString &state, const QString &error,
        const QDateTime &when, bool countAttempt);

    const SqliteFile &m_store;
};

} // namespace ioc::core
