#include "sync/outboxsender.h"

#include "core/outboxstore.h"
#include "sync/synclogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ioc::sync {

OutboxSender::OutboxSender(QNetworkAccessManager *network, core::OutboxStore *store,
    const SyncSettings &settings, Clock clock, Backoff::Random random, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_settings(settings)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_backoff(std::chrono::seconds(2), std::chrono::minutes(5), std::move(random))
{ }

void OutboxSender::sendPending()
{
    if (m_sending)
        return;
    if (m_notBefore.isValid() && m_clock() < m_notBefore)
        return;
    m_sending = true;
    m_sent = 0;
    m_rejected = 0;
    sendNext();
}

void OutboxSender::abort()
{
    if (m_reply)
        m_reply->abort();
}

void OutboxSender::sendNext()
{
    const QList<core::OutboxItem> pending = m_store->pending();
    if (pending.isEmpty() || !m_settings.baseUrl.isValid()) {
        m_sending = false;
        emit finished(m_sent, m_rejected, static_cast<int>(pending.size()));
        return;
    }
    const core::OutboxItem &item = pending.first();
    m_currentUuid = item.uuid;
    QUrl url = m_settings.baseUrl;
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    url = url.resolved(QUrl(QStringLiteral("collections/%1/items/%2")
                                .arg(m_settings.remoteIdFor(item.collection), item.uuid)));
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/geo+json"));
    request.setRawHeader("User-Agent", QByteArrayLiteral("ioc-desktop/" IOC_VERSION));
    if (!m_settings.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
    request.setTransferTimeout(static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.requestTimeout).count()));
    m_reply = m_network->put(request, item.payload);
    connect(m_reply, &QNetworkReply::finished, this, &OutboxSender::onReply);
}

void OutboxSender::onReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QDateTime now = m_clock();
    if (status >= 200 && status < 300) {
        // Delivered but not recorded (a full disk, a store gone read-only): the item stays
        // pending and goes again later (PUT by id is idempotent), not at once — sending the
        // same item in a loop would hammer the data center until the disk has room.
        if (const core::CacheError failed = m_store->markSent(m_currentUuid, now)) {
            stopWith(QStringLiteral("sent, but not recorded here: %1").arg(failed.message), {});
            return;
        }
        m_backoff.succeeded();
        m_notBefore = QDateTime();
        ++m_sent;
        qCInfo(lcOutbox) << "sent" << m_currentUuid;
        emit itemSent(m_currentUuid);
        sendNext();
        return;
    }
    // Only a definite refusal of this item rejects it: malformed (400), not writable
    // here (405), conflicting (409), gone (410), too large (413), unsupported (415),
    // invalid (422). Refused credentials (401/403), a missing collection (404, a mapping
    // problem) and overload stop the queue instead, every item kept pending in order:
    // one expired token must not mark a week of a laptop's acknowledgements rejected.
    static const QList<int> kDefiniteRefusals = { 400, 405, 409, 410, 413, 415, 422 };
    const bool refused = kDefiniteRefusals.contains(status);
    if (refused) {
        // Keep the reason the center gave, short, for the operator.
        const QString body = QString::fromUtf8(reply->readAll().left(500));
        const QString error = QStringLiteral("HTTP %1: %2")
                                  .arg(status)
                                  .arg(body.isEmpty() ? reply->errorString() : body);
        if (const core::CacheError failed = m_store->markRejected(m_currentUuid, error, now)) {
            stopWith(QStringLiteral("refused (%1), but not recorded here: %2")
                         .arg(error, failed.message),
                {});
            return;
        }
        ++m_rejected;
        qCWarning(lcOutbox) << "rejected" << m_currentUuid << status;
        emit itemRejected(m_currentUuid, error);
        sendNext();
        return;
    }
    QString error = status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
    if (status == 401 || status == 403)
        error += QStringLiteral(": the data center refused the credentials; kept until the "
                                "token is fixed");
    stopWith(error, reply->rawHeader("Retry-After"));
}

void OutboxSender::stopWith(const QString &error, const QByteArray &retryAfter)
{
    const QDateTime now = m_clock();
    m_store->recordFailedAttempt(m_currentUuid, error, now);
    const auto serverWait = parseRetryAfter(retryAfter, now);
    const auto wait = serverWait ? m_backoff.failedWithRetryAfter(*serverWait) : m_backoff.failed();
    m_notBefore = now.addMSecs(wait.count());
    qCInfo(lcOutbox) << "will retry" << m_currentUuid << "after" << wait.count() << "ms:" << error;
    m_sending = false;
    emit finished(m_sent, m_rejected, m_store->pendingCount());
}

} // namespace ioc::sync
