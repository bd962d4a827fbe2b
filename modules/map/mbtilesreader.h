#pragma once

#include "map/mercator.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>
#include <QVariantMap>
#include <QVector>

class QPainter;

namespace ioc::map {

class MapViewport;

// Reads raster tiles from an MBTiles file (SQLite; spec 1.3). MBTiles numbers rows
// bottom-up (TMS), the map top-down (XYZ): the y flip happens here and nowhere else.
//
// Thread-safe: QtSql connections belong to the thread that opened them, so every read
// opens its own short-lived connection in the calling thread (cheap for SQLite), which
// lets render jobs on pool threads read tiles without touching the UI thread. Decoded
// tiles are kept in a shared, size-bounded cache.
class MbTilesReader
{
public:
    explicit MbTilesReader(const QString &path, int cacheMegabytes = 64);
    ~MbTilesReader();

    // Checks the file: present, SQLite, has a `tiles` table. On failure errorString()
    // says why in words a user can act on; the map then simply shows the vector basemap.
    bool open();
    bool isOpen() const { return m_open; }
    QString errorString() const;
    QString path() const { return m_path; }
    QVariantMap metadata() const { return m_metadata; }
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }

    // One tile (XYZ addressing). A null image if absent or not decodable; `error` gets why.
    QImage tile(const mercator::TileId &t, QString *error = nullptr) const;
    // Several tiles with one connection; absent/undecodable ones are simply missing.
    QHash<mercator::TileId, QImage> tiles(const QVector<mercator::TileId> &ids) const;

private:
    QString connectionName() const;
    QImage fromCache(const mercator::TileId &t) const;

    QString m_path;
    bool m_open = false;
    QString m_error;
    QVariantMap m_metadata;
    int m_minZoom = 0;
    int m_maxZoom = mercator::kMaxZoom;
    mutable QMutex m_mutex;
    mutable QCache<quint64, QImage> m_cache;
    mutable QStringList m_tileErrors;
};

// Draws the tiles covering the view at the nearest available zoom. Tiles that are
// missing are not drawn, so whatever is underneath (the vector basemap) shows through.
// Returns how many tiles were drawn.
int renderRasterTiles(QPainter &p, const MbTilesReader &reader, const MapViewport &view);

} // namespace ioc::map
