#pragma once

#include "sync/backoff.h"
#include "sync/syncsettings.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ioc::core {
class OutboxStore;
}

namespace ioc::sync {

// Sends the outbox to the data center, strictly in the operator's order, with an
// idempotent OGC API – Features Part 4 PUT per item (its id is the client's UUID, so a
// retry after a lost answer changes nothing). 2xx: sent. 4xx: the center refused it —
// marked rejected with the reason for the operator, and the queue moves on. 5xx, 408,
// 429 or no answer: the queue stops and is retried later (backoff, Retry-After).
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    OutboxSender(QNetworkAccessManager *network, core::OutboxStore *store,
        const SyncSettings &settings, Clock clock, Backoff::Random random,
        QObject *parent = nullptr);

    bool isSending() const { return m_sending; }
    // Earliest time the next attempt may start (after a failure); invalid = any time.
    QDateTime notBefore() const { return m_notBefore; }

public slots:
    // Sends every pending item, one after another; finished() when done or stopped.
    void sendPending();
    void abort();

signals:
    void itemSent(const QString &uuid);
    void itemRejected(const QString &uuid, const QString &error);
    void finished(int sent, int rejected, int remaining);

private:
    void sendNext();
    void onReply();
    void stopWith(const QString &error, const QByteArray &retryAfter);

    QNetworkAccessManager *m_network;
    core::OutboxStore *m_store;
    SyncSettings m_settings;
    Clock m_clock;
    Backoff m_backoff;
    QPointer<QNetworkReply> m_reply;
    QString m_currentUuid;
    QDateTime m_notBefore;
    bool m_sending = false;
    int m_sent = 0;
    int m_rejected = 0;
};

} // namespace ioc::sync
