#pragma once

#include "map/mercator.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QVector>
#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ioc::map {

class TileCache;

struct XyzSourceOptions
{
    int maxConcurrentRequests = 4; // polite to public tile servers; QNAM allows 6 per host
    qint64 cacheMaxBytes = 512ll * 1024 * 1024;
    int memoryCacheMegabytes = 64; // decoded tiles shared by every map on this source
    int refreshAfterSecs = 7 * 86400; // older cached tiles are revalidated (If-None-Match)
    int retryFailedAfterSecs = 60; // a failed tile is not asked for again before this
    int transferTimeoutMs = 15000;
    int minZoom = 0;
    int maxZoom = 19;
    QString userAgent; // empty = "IOC-Desktop/<version> (...)"
};

// Downloads XYZ tiles into the TileCache. Lives in its own worker thread (owned by
// XyzTileSource) together with its QNetworkAccessManager and the cache's writer
// connection, so neither the network nor SQLite writes touch the UI thread.
// Call its slots with QMetaObject::invokeMethod(…, Qt::QueuedConnection) from other threads.
//
// Two queues: tiles a map is showing (newest request first, bounded, deduplicated) and at
// most one bulk "save this area" job, served only when no view tile is waiting.
class TileFetcher : public QObject
{
    Q_OBJECT

public:
    TileFetcher(const QString &urlTemplate, std::shared_ptr<TileCache> cache,
        const XyzSourceOptions &options, std::function<void(const mercator::TileId &)> onStored);
    ~TileFetcher() override;

    static QUrl urlFor(const QString &urlTemplate, const mercator::TileId &t);
    static QString defaultUserAgent();

    // Statistics, readable from any thread (tests, diagnostics).
    int requestsSent() const { return m_sent.loadRelaxed(); }
    int tilesStored() const { return m_stored.loadRelaxed(); }
    int notImageResponses() const { return m_notImage.loadRelaxed(); }
    int failures() const { return m_failed.loadRelaxed(); }

public slots:
    void init();
    // `etags` parallel to `ids`: non-empty = a cached tile to revalidate.
    void request(const QVector<mercator::TileId> &ids, const QVector<QByteArray> &etags);
    void touch(const QVector<mercator::TileId> &ids);
    void startBulk(quint64 job, const QVector<mercator::TileId> &ids);
    void cancelBulk(quint64 job);

signals:
    // A tile was stored or revalidated: maps showing this source re-render.
    void tilesChanged();
    void bulkProgress(quint64 job, int done, int total);
    void bulkFinished(quint64 job, int saved, int alreadyCached, int failed, bool cancelled);

private:
    struct Pending
    {
        mercator::TileId tile;
        QByteArray etag;
    };
    struct InFlight
    {
        mercator::TileId tile;
        bool bulk = false;
    };
    struct Bulk
    {
        quint64 job = 0;
        QVector<mercator::TileId> ids;
        int next = 0;
        int done = 0, saved = 0, already = 0, failed = 0, inFlight = 0;
        bool cancelled = false;
        QElapsedTimer sinceProgress;
    };

    void pump();
    void send(const mercator::TileId &t, const QByteArray &etag, bool bulk);
    void onFinished(QNetworkReply *reply);
    void bulkTileDone(bool saved, bool failed);
    void maybeFinishBulk();
    bool recentlyFailed(const mercator::TileId &t) const;

    QString m_template;
    std::shared_ptr<TileCache> m_cache;
    XyzSourceOptions m_options;
    std::function<void(const mercator::TileId &)> m_onStored;
    QNetworkAccessManager *m_nam = nullptr;
    std::deque<Pending> m_queue;
    QSet<mercator::TileId> m_queued;
    QHash<QNetworkReply *, InFlight> m_inFlight;
    QSet<mercator::TileId> m_inFlightTiles;
    QHash<mercator::TileId, qint64> m_retryAfterMs;
    std::unique_ptr<Bulk> m_bulk;
    bool m_pumpQueued = false;
    bool m_loggedNotImage = false;
    bool m_loggedNetworkError = false;
    QAtomicInteger<int> m_sent { 0 }, m_stored { 0 }, m_notImage { 0 }, m_failed { 0 };
};

} // namespace ioc::map
