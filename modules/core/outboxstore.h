#pragma once

#include "core/cacheerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ioc::core {

class SqliteFile;

// One operator change waiting for (or refused by) the data center.
struct OutboxItem
{
    qint64 seq = 0; // the operator's order
    QString uuid; // client-generated: the feature id of the PUT, so retries are harmless
    QString collection; // our collection id (e.g. op_acknowledgements)
    QByteArray payload; // GeoJSON Feature to PUT
    QDateTime createdAt;
    int attempts = 0;
    QString state; // "pending", "sent", "rejected"
    QString lastError;
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

    QList<OutboxItem> pending() const;
    QList<OutboxItem> rejected() const;
    int pendingCount() const;

    CacheError markSent(const QString &uuid, const QDateTime &when);
    CacheError markRejected(const QString &uuid, const QString &error, const QDateTime &when);
    CacheError recordFailedAttempt(
        const QString &uuid, const QString &error, const QDateTime &when);

    static constexpr const char *kAcknowledgementCollection = "op_acknowledgements";
    static constexpr const char *kNoteCollection = "op_notes";

private:
    QList<OutboxItem> items(const QString &state) const;
    CacheError setState(const QString &uuid, const QString &state, const QString &error,
        const QDateTime &when, bool countAttempt);

    const SqliteFile &m_store;
};

} // namespace ioc::core
