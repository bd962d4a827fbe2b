#include "map/mbtilesreader.h"

#include "core/sqlitedefence.h"
#include "map/maplog.h"
#include "map/mapviewport.h"
#include "map/rastertiles.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <cmath>

namespace ioc::map {
namespace {

quint64 cacheKey(const mercator::TileId &t)
{
    return (quint64(t.z) << 58) | (quint64(t.x) << 29) | quint64(t.y);
}

QAtomicInteger<quint64> g_connectionSerial;

// RAII for a per-call connection: QSqlDatabase::removeDatabase must run after every
// QSqlDatabase/QSqlQuery copy is gone, hence the nested scope in users.
class Connection
{
public:
    Connection(const QString &path, QString *error)
        : m_name(QStringLiteral("ioc_map_mbtiles_%1").arg(g_connectionSerial.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        // Read-only: a tile file chosen in settings must never be modified or created.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
        if (!m_ok && error)
            *error = db.lastError().text();
        // A tile file is data from elsewhere: its schema must not run code.
        QString refused;
        if (m_ok && !core::openDefensively(db, &refused, core::SchemaTrust::Foreign)) {
            m_ok = false;
            if (error)
                *error = refused;
        }
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace

MbTilesReader::MbTilesReader(const QString &path, int cacheMegabytes)
    : m_path(path)
{
    m_cache.setMaxCost(std::max(1, cacheMegabytes) * 1024); // cost unit: KiB
}

MbTilesReader::~MbTilesReader() = default;

QString MbTilesReader::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

bool MbTilesReader::open()
{
    QMutexLocker lock(&m_mutex);
    m_open = false;
    const QFileInfo fi(m_path);
    if (!fi.exists()) {
        m_error = QStringLiteral("MBTiles file not found: %1").arg(m_path);
        return false;
    }
    if (!fi.isFile() || !fi.isReadable()) {
        m_error = QStringLiteral("MBTiles file is not a readable file: %1").arg(m_path);
        return false;
    }
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly) || !f.read(16).startsWith("SQLite format 3")) {
            m_error = QStringLiteral("not an MBTiles file (no SQLite header): %1").arg(m_path);
            return false;
        }
    }
    QString err;
    Connection c(m_path, &err);
    if (!c.ok()) {
        m_error = QStringLiteral("cannot open MBTiles file %1: %2").arg(m_path, err);
        return false;
    }
    {
        QSqlQuery q(c.db());
        if (!q.exec(QStringLiteral(
                "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1"))) {
            m_error = QStringLiteral("MBTiles file %1 has no usable 'tiles' table: %2")
                          .arg(m_path, q.lastError().text());
            return false;
        }
        m_metadata.clear();
        QSqlQuery meta(c.db());
        if (meta.exec(QStringLiteral("SELECT name, value FROM metadata"))) {
            while (meta.next())
                m_metadata.insert(meta.value(0).toString(), meta.value(1));
        }
        bool okMin = false, okMax = false;
        const int mn = m_metadata.value(QStringLiteral("minzoom")).toInt(&okMin);
        const int mx = m_metadata.value(QStringLiteral("maxzoom")).toInt(&okMax);
        if (!okMin || !okMax) {
            // Optional in the spec; ask the data instead.
            QSqlQuery z(c.db());
            if (z.exec(QStringLiteral("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles"))
                && z.next()) {
                m_minZoom = z.value(0).toInt();
                m_maxZoom = z.value(1).toInt();
            }
        } else {
            m_minZoom = mn;
            m_maxZoom = mx;
        }
        m_minZoom = std::clamp(m_minZoom, 0, mercator::kMaxZoom);
        m_maxZoom = std::clamp(m_maxZoom, m_minZoom, mercator::kMaxZoom);
    }
    m_error.clear();
    m_open = true;
    qCInfo(lcMap) << "MBTiles opened" << m_path << "zoom" << m_minZoom << "-" << m_maxZoom;
    return true;
}

QImage MbTilesReader::fromCache(const mercator::TileId &t) const
{
    QMutexLocker lock(&m_mutex);
    if (const QImage *img = m_cache.object(cacheKey(t)))
        return *img;
    return {};
}

QImage MbTilesReader::tile(const mercator::TileId &t, QString *error) const
{
    const auto all = tiles({ t });
    if (all.contains(t))
        return all.value(t);
    QMutexLocker lock(&m_mutex);
    if (error)
        *error = m_tileErrors.isEmpty()
            ? QStringLiteral("tile %1/%2/%3 not in file").arg(t.z).arg(t.x).arg(t.y)
            : m_tileErrors.last();
    return {};
}

QHash<mercator::TileId, QImage> MbTilesReader::tiles(const QVector<mercator::TileId> &ids) const
{
    QHash<mercator::TileId, QImage> out;
    QVector<mercator::TileId> wanted;
    for (const auto &t : ids) {
        if (!t.isValid())
            continue;
        const QImage cached = fromCache(t);
        if (!cached.isNull())
            out.insert(t, cached);
        else
            wanted.append(t);
    }
    if (wanted.isEmpty() || !m_open)
        return out;
    Connection c(m_path, nullptr);
    if (!c.ok())
        return out;
    {
        QSqlQuery q(c.db());
        q.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column "
                                 "= ? AND tile_row = ?"));
        for (const auto &t : std::as_const(wanted)) {
            q.addBindValue(t.z);
            q.addBindValue(t.x);
            q.addBindValue(t.tmsY());
            if (!q.exec() || !q.next())
                continue;
            const QByteArray blob = q.value(0).toByteArray();
            QImage img;
            if (!img.loadFromData(blob)) {
                QMutexLocker lock(&m_mutex);
                m_tileErrors << QStringLiteral(
                    "tile %1/%2/%3 in %4 is not an image (%5 bytes), skipped")
                                    .arg(t.z)
                                    .arg(t.x)
                                    .arg(t.y)
                                    .arg(m_path)
                                    .arg(blob.size());
                qCWarning(lcMap).noquote() << m_tileErrors.last();
                if (m_tileErrors.size() > 20)
                    m_tileErrors.removeFirst();
                continue;
            }
            img = img.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            {
                QMutexLocker lock(&m_mutex);
                m_cache.insert(
                    cacheKey(t), new QImage(img), std::max<qsizetype>(1, img.sizeInBytes() / 1024));
            }
            out.insert(t, img);
        }
    }
    return out;
}

int renderRasterTiles(QPainter &p, const MbTilesReader &reader, const MapViewport &view)
{
    if (!reader.isOpen())
        return 0;
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    const int z = tileZoomFor(view, reader.minZoom(), reader.maxZoom(), dpr);
    const auto imgs = reader.tiles(tilesCovering(view, z));
    drawTiles(p, view, imgs);
    return imgs.size();
}

} // namespace ioc::map
