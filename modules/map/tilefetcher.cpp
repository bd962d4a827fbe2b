#include "map/tilefetcher.h"

#include "map/maplog.h"
#include "map/tilecache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ioc::map {
namespace {
constexpr int kMaxQueuedViewTiles = 512;
constexpr int kBulkChecksPerPump = 200; // cache look-ups before yielding to the event loop
constexpr int kProgressEveryMs = 100;

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}
} // namespace

TileFetcher::TileFetcher(const QString &urlTemplate, std::shared_ptr<TileCache> cache,
    const XyzSourceOptions &options, std::function<void(const mercator::TileId &)> onStored)
    : m_template(urlTemplate)
    , m_cache(std::move(cache))
    , m_options(options)
    , m_onStored(std::move(onStored))
{ }

TileFetcher::~TileFetcher()
{
    // Runs in the worker thread as it finishes; the replies are children of m_nam.
    // Shutting down is not a download failure: stop listening before aborting.
    if (m_nam)
        m_nam->disconnect(this);
    for (auto it = m_inFlight.keyBegin(); it != m_inFlight.keyEnd(); ++it)
        (*it)->abort();
    m_cache->closeWriter(); // the writer connection belongs to this thread
}

QUrl TileFetcher::urlFor(const QString &urlTemplate, const mercator::TileId &t)
{
    QString s = urlTemplate;
    s.replace(QLatin1String("{z}"), QString::number(t.z));
    s.replace(QLatin1String("{x}"), QString::number(t.x));
    s.replace(QLatin1String("{y}"), QString::number(t.y));
    return QUrl(s);
}

QString TileFetcher::defaultUserAgent()
{
    // Tile servers' usage policies ask clients to name themselves.
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral("dev");
    return QStringLiteral("IOC-Desktop/%1 (Ha Tinh Intelligent Operations Center; Qt %2)")
        .arg(version, QLatin1String(qVersion()));
}

void TileFetcher::init()
{
    m_nam = new QNetworkAccessManager(this);
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_nam->setTransferTimeout(m_options.transferTimeoutMs);
    connect(m_nam, &QNetworkAccessManager::finished, this, &TileFetcher::onFinished);
    if (!m_cache->isOpen())
        m_cache->open();
    m_cache->setMaxBytes(m_options.cacheMaxBytes);
}

bool TileFetcher::recentlyFailed(const mercator::TileId &t) const
{
    const auto it = m_retryAfterMs.constFind(t);
    return it != m_retryAfterMs.cend() && QDateTime::currentMSecsSinceEpoch() < *it;
}

void TileFetcher::request(const QVector<mercator::TileId> &ids, const QVector<QByteArray> &etags)
{
    // Newest first: walk backwards and push to the front, so ids[0] ends up at the head.
    for (int i = ids.size() - 1; i >= 0; --i) {
        const auto &t = ids.at(i);
        if (!t.isValid() || m_queued.contains(t) || m_inFlightTiles.contains(t)
            || recentlyFailed(t))
            continue;
        m_queue.push_front({ t, etags.value(i) });
        m_queued.insert(t);
    }
    // Tiles a map asked for long ago are probably off screen by now.
    while (int(m_queue.size()) > kMaxQueuedViewTiles) {
        m_queued.remove(m_queue.back().tile);
        m_queue.pop_back();
    }
    pump();
}

void TileFetcher::touch(const QVector<mercator::TileId> &ids)
{
    m_cache->touch(ids);
}

void TileFetcher::startBulk(quint64 job, const QVector<mercator::TileId> &ids)
{
    if (m_bulk) {
        qCWarning(lcMap) << "a tile download is already running; the new one is refused";
        emit bulkFinished(job, 0, 0, 0, true);
        return;
    }
    m_bulk = std::make_unique<Bulk>();
    m_bulk->job = job;
    m_bulk->ids = ids;
    m_bulk->sinceProgress.start();
    emit bulkProgress(job, 0, int(ids.size()));
    pump();
}

void TileFetcher::cancelBulk(quint64 job)
{
    if (!m_bulk || m_bulk->job != job)
        return;
    m_bulk->cancelled = true;
    m_bulk->next = int(m_bulk->ids.size()); // nothing new starts
    // Abort what is in flight; tiles already stored stay in the cache.
    const auto replies = m_inFlight.keys();
    for (QNetworkReply *r : replies) {
        if (m_inFlight.value(r).bulk)
            r->abort(); // finished() follows synchronously or soon; onFinished counts it
    }
    maybeFinishBulk();
}

void TileFetcher::pump()
{
    if (!m_nam)
        return;
    const int limit = std::max(1, m_options.maxConcurrentRequests);
    while (m_inFlight.size() < limit && !m_queue.empty()) {
        const Pending p = m_queue.front();
        m_queue.pop_front();
        m_queued.remove(p.tile);
        send(p.tile, p.etag, false);
    }
    if (!m_bulk || m_bulk->cancelled)
        return;
    int checks = 0;
    const qint64 freshAfter = nowSecs() - m_options.refreshAfterSecs;
    while (m_inFlight.size() < limit && m_bulk && m_bulk->next < m_bulk->ids.size()) {
        if (++checks > kBulkChecksPerPump) {
            // Let cancel and view requests in between long runs of already cached tiles.
            if (!m_pumpQueued) {
                m_pumpQueued = true;
                QTimer::singleShot(0, this, [this] {
                    m_pumpQueued = false;
                    pump();
                });
            }
            return;
        }
        const auto t = m_bulk->ids.at(m_bulk->next++);
        if (m_cache->contains(t, freshAfter)) {
            ++m_bulk->already;
            bulkTileDone(false, false);
            continue;
        }
        if (m_inFlightTiles.contains(t)) { // a map is fetching it anyway
            ++m_bulk->already;
            bulkTileDone(false, false);
            continue;
        }
        ++m_bulk->inFlight;
        send(t, {}, true);
    }
    maybeFinishBulk();
}

void TileFetcher::send(const mercator::TileId &t, const QByteArray &etag, bool bulk)
{
    QNetworkRequest req(urlFor(m_template, t));
    req.setHeader(QNetworkRequest::UserAgentHeader,
        m_options.userAgent.isEmpty() ? defaultUserAgent() : m_options.userAgent);
    if (!etag.isEmpty())
        req.setRawHeader("If-None-Match", etag);
    QNetworkReply *reply = m_nam->get(req);
    m_inFlight.insert(reply, { t, bulk });
    m_inFlightTiles.insert(t);
    m_sent.fetchAndAddRelaxed(1);
}

void TileFetcher::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    const InFlight job = *it;
    m_inFlight.erase(it);
    m_inFlightTiles.remove(job.tile);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    bool stored = false;
    bool failed = false;
    if (reply->error() == QNetworkReply::NoError && status == 304) {
        m_cache->markFresh(job.tile, nowSecs());
        stored = true;
    } else if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        const QByteArray body = reply->readAll();
        QImage img;
        if (!img.loadFromData(body)) {
            m_notImage.fetchAndAddRelaxed(1);
            if (!m_loggedNotImage) {
                m_loggedNotImage = true; // a misconfigured URL would otherwise log per tile
                qCWarning(lcMap).noquote()
                    << QStringLiteral(
                           "tile server sent something that is not an image for %1 (Content-Type "
                           "%2, %3 bytes);"
                           " such tiles are skipped and the vector basemap shows instead")
                           .arg(reply->url().toString(),
                               reply->header(QNetworkRequest::ContentTypeHeader).toString())
                           .arg(body.size());
            }
            failed = true;
        } else {
            stored = m_cache->store(job.tile, body, reply->rawHeader("ETag"), nowSecs());
            failed = !stored;
            if (stored) {
                m_stored.fetchAndAddRelaxed(1);
                if (m_onStored)
                    m_onStored(job.tile);
            }
        }
    } else if (reply->error() != QNetworkReply::OperationCanceledError || !job.bulk) {
        failed = true;
        if (!m_loggedNetworkError) {
            m_loggedNetworkError = true;
            qCWarning(lcMap).noquote()
                << QStringLiteral("tile download failed (%1: %2); the map shows the vector basemap"
                                  " where tiles are missing")
                       .arg(reply->url().toString(), reply->errorString());
        }
    }
    if (failed) {
        m_failed.fetchAndAddRelaxed(1);
        m_retryAfterMs.insert(job.tile,
            QDateTime::currentMSecsSinceEpoch() + qint64(m_options.retryFailedAfterSecs) * 1000);
    } else if (stored) {
        m_retryAfterMs.remove(job.tile);
    }
    if (job.bulk && m_bulk) {
        --m_bulk->inFlight;
        const bool cancelledHere = !stored && !failed; // aborted by cancelBulk
        if (!cancelledHere)
            bulkTileDone(stored, failed);
    }
    if (stored)
        emit tilesChanged();
    pump();
    maybeFinishBulk();
}

void TileFetcher::bulkTileDone(bool saved, bool failed)
{
    ++m_bulk->done;
    if (saved)
        ++m_bulk->saved;
    if (failed)
        ++m_bulk->failed;
    if (m_bulk->sinceProgress.elapsed() >= kProgressEveryMs || m_bulk->done == m_bulk->ids.size()) {
        m_bulk->sinceProgress.restart();
        emit bulkProgress(m_bulk->job, m_bulk->done, int(m_bulk->ids.size()));
    }
}

void TileFetcher::maybeFinishBulk()
{
    if (!m_bulk || m_bulk->inFlight > 0 || m_bulk->next < m_bulk->ids.size())
        return;
    const std::unique_ptr<Bulk> b = std::move(m_bulk);
    emit bulkProgress(b->job, b->done, int(b->ids.size()));
    qCInfo(lcMap) << "tile download" << (b->cancelled ? "cancelled:" : "finished:") << b->saved
                  << "saved," << b->already << "already cached," << b->failed << "failed of"
                  << b->ids.size();
    emit bulkFinished(b->job, b->saved, b->already, b->failed, b->cancelled);
}

} // namespace ioc::map
