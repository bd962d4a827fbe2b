#pragma once

#include "map/mercator.h"

#include <QAtomicInteger>
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

namespace ioc::map {

// The on-disk cache of an XYZ tile source: one SQLite file per URL template, holding the
// encoded tiles with their fetch time and ETag (so old tiles can be revalidated with
// If-None-Match) and a last-used time for LRU eviction under a size cap.
//
// Threads: read() may be called from any thread (a short-lived connection per call, as
// QtSql connections belong to the thread that opened them). Everything that writes
// (open, store, markFresh, touch, evict) must be called from one thread only — the
// tile fetcher's worker thread — through one long-lived connection. WAL journaling lets
// the readers run while that thread writes.
class TileCache
{
public:
    struct Entry
    {
        QByteArray data;
        QByteArray etag;
        qint64 fetchedAtSecs = 0; // UTC seconds since the epoch
    };

    explicit TileCache(const QString &filePath);
    ~TileCache();
    TileCache(const TileCache &) = delete;
    TileCache &operator=(const TileCache &) = delete;

    // Creates the directory, file and schema; loads the running totals. Writer thread.
    bool open(QString *error = nullptr);
    bool isOpen() const { return m_open.loadAcquire() != 0; }
    QString filePath() const { return m_path; }

    // Any thread. Tiles not in the cache are simply absent from the result.
    QHash<mercator::TileId, Entry> read(const QVector<mercator::TileId> &ids) const;

    // Writer thread. Each store is its own transaction, so an interrupted download keeps
    // every tile that was stored before the interruption.
    bool store(const mercator::TileId &t, const QByteArray &data, const QByteArray &etag,
        qint64 fetchedAtSecs);
    bool markFresh(const mercator::TileId &t, qint64 fetchedAtSecs);
    void touch(const QVector<mercator::TileId> &ids);
    // Fetched at or after `notBeforeSecs` (0 = any age).
    bool contains(const mercator::TileId &t, qint64 notBeforeSecs = 0);
    // Drops least recently used tiles until the cache is at most 90 % of the cap
    // (so it does not evict on every store). Returns how many were dropped.
    int evictToLimit();
    // Closes the writer connection; call from the writer thread before it ends.
    void closeWriter();

    void setMaxBytes(qint64 bytes) { m_maxBytes.storeRelease(bytes); }
    qint64 maxBytes() const { return m_maxBytes.loadAcquire(); }
    // Running totals, kept by the writer; readable from any thread without SQL.
    qint64 totalBytes() const { return m_totalBytes.loadAcquire(); }
    int tileCount() const { return m_tileCount.loadAcquire(); }

private:
    QString writerConnection() const;

    QString m_path;
    QString m_writerName;
    QAtomicInteger<int> m_open { 0 };
    QAtomicInteger<qint64> m_maxBytes { 512ll * 1024 * 1024 };
    QAtomicInteger<qint64> m_totalBytes { 0 };
    QAtomicInteger<int> m_tileCount { 0 };
};

} // namespace ioc::map
