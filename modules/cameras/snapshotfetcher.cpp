#include "cameras/snapshotfetcher.h"

#include "cameras/tr.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcSnapshots, "ioc.cameras.snapshots")

namespace ioc::cameras {

namespace {
// Larger answers are not a 480×270 camera still; reading them would only waste memory.
constexpr qint64 kMaxSnapshotBytes = 8 * 1024 * 1024;
} // namespace

SnapshotFetcher::SnapshotFetcher(Source source, SnapshotCache cache, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_cache(std::move(cache))
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<Snapshot>();
}

Snapshot SnapshotFetcher::cached(const QString &cameraId) const
{
    const SnapshotCache::Entry entry = m_cache.load(cameraId);
    return Snapshot { cameraId, entry.image, entry.fetchedAt, false, {} };
}

void SnapshotFetcher::request(const QString &cameraId, const QString &snapshotPath)
{
    if (m_pending.contains(cameraId))
        return;
    if (m_offline || m_source.baseUrl.isEmpty()) {
        fail(cameraId, Tr::tr("Offline: showing the last saved picture"));
        return;
    }
    const QUrl url = m_source.baseUrl.resolved(QUrl(snapshotPath));
    if (snapshotPath.isEmpty() || !url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        fail(cameraId, Tr::tr("This camera has no snapshot address"));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("%1/%2").arg(
            QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
    // The token goes to the data center only (same scheme, host and port), never to a
    // third-party host a snapshot_url might name, and never in clear text: over http only
    // on loopback (the simulator, a local proxy).
    const bool sameOrigin = url.scheme() == m_source.baseUrl.scheme()
        && url.host().compare(m_source.baseUrl.host(), Qt::CaseInsensitive) == 0
        && url.port() == m_source.baseUrl.port();
    const bool overPrivateLink = url.scheme() == QLatin1String("https")
        || url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    if (!m_source.bearerToken.isEmpty() && sameOrigin && overPrivateLink)
        request.setRawHeader("Authorization", "Bearer " + m_source.bearerToken);
    QNetworkReply *reply = m_network->get(request);
    m_pending.insert(cameraId, reply);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxSnapshotBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, cameraId] { finished(reply, cameraId); });
}

void SnapshotFetcher::finished(QNetworkReply *reply, const QString &cameraId)
{
    reply->deleteLater();
    m_pending.remove(cameraId);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError) {
        fail(cameraId,
            status > 0 ? Tr::tr("The data center answered %1").arg(status)
                       : Tr::tr("No connection to the data center (%1)").arg(reply->errorString()));
        return;
    }
    const QByteArray bytes = reply->readAll();
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        fail(cameraId, Tr::tr("The data center sent something that is not a picture"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_cache.store(cameraId, bytes, now))
        qCWarning(lcSnapshots) << "cannot save the snapshot of" << cameraId << "in"
                               << m_cache.directory();
    m_logged.removeIf([&](const QString &key) { return key.startsWith(cameraId + u'\n'); });
    emit snapshotUpdated(Snapshot { cameraId, image, now, true, {} });
}

void SnapshotFetcher::fail(const QString &cameraId, const QString &problem)
{
    const QString key = cameraId + u'\n' + problem;
    if (!m_logged.contains(key)) {
        m_logged.insert(key);
        qCInfo(lcSnapshots).noquote() << "snapshot of" << cameraId << "unavailable:" << problem;
    }
    Snapshot fallback = cached(cameraId);
    fallback.problem = problem;
    emit snapshotUpdated(fallback);
}

} // namespace ioc::cameras
