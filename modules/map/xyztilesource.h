#pragma once

#include "map/mercator.h"
#include "map/tilefetcher.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>
#include <QVector>
#include <memory>

class QThread;

namespace ioc::map {

class TileCache;

// Raster tiles from an XYZ URL template (https://…/{z}/{x}/{y}.png) with an on-disk
// SQLite cache. One source is shared by every map using the same template and cache
// directory (shared()), so seven docks cost one download and one memory cache.
//
// tiles() is what the render jobs call on their pool threads: it answers from memory,
// then from the disk cache, and queues whatever is missing (or old) for the fetcher's
// worker thread. It never waits for the network: a tile that is not there yet is simply
// absent, the vector basemap shows through, and the map re-renders when it arrives
// (fetcher()->tilesChanged).
class XyzTileSource
{
public:
    XyzTileSource(
        const QString &urlTemplate, const QString &cacheDir, const XyzSourceOptions &options = {});
    ~XyzTileSource();
    XyzTileSource(const XyzTileSource &) = delete;
    XyzTileSource &operator=(const XyzTileSource &) = delete;

    // http(s) URL with {z}, {x} and {y}. On failure `error` says what is wrong.
    static bool checkTemplate(const QString &urlTemplate, QString *error = nullptr);
    // <QStandardPaths::CacheLocation>/tiles
    static QString defaultCacheDir();
    // The shared instance for this template and directory (empty dir = default),
    // created on first use and released when the last map lets go of it.
    static std::shared_ptr<XyzTileSource> shared(
        const QString &urlTemplate, const QString &cacheDir = {});

    QString urlTemplate() const { return m_template; }
    QString cacheDir() const { return m_cacheDir; }
    QString cacheFilePath() const;
    const XyzSourceOptions &options() const { return m_options; }
    int minZoom() const { return m_options.minZoom; }
    int maxZoom() const { return m_options.maxZoom; }
    QUrl urlFor(const mercator::TileId &t) const { return TileFetcher::urlFor(m_template, t); }

    // Thread-safe; meant for render jobs off the UI thread (reads SQLite).
    QHash<mercator::TileId, QImage> tiles(const QVector<mercator::TileId> &ids) const;

    // Lives in the worker thread: connect to its signals (queued) and invoke its slots
    // with QMetaObject::invokeMethod(…, Qt::QueuedConnection).
    TileFetcher *fetcher() const { return m_fetcher; }
    const TileCache &cache() const { return *m_cache; }
    // Mean size of a cached tile; a guess for a new cache. For download estimates.
    qint64 averageTileBytes() const;

private:
    void forget(const mercator::TileId &t) const;

    QString m_template;
    QString m_cacheDir;
    XyzSourceOptions m_options;
    std::shared_ptr<TileCache> m_cache;
    QThread *m_thread = nullptr;
    TileFetcher *m_fetcher = nullptr;
    mutable QMutex m_mutex;
    mutable QCache<quint64, QImage> m_memory; // decoded tiles, cost in KiB
};

} // namespace ioc::map
