#include "map/xyztilesource.h"

#include "map/maplog.h"
#include "map/tilecache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <map>

namespace ioc::map {
namespace {
quint64 memoryKey(const mercator::TileId &t)
{
    return (quint64(t.z) << 58) | (quint64(t.x) << 29) | quint64(t.y);
}

// A first guess for the download estimate before anything is cached: a typical
// 256 px PNG street-map tile.
constexpr qint64 kTypicalTileBytes = 20 * 1024;
} // namespace

XyzTileSource::XyzTileSource(
    const QString &urlTemplate, const QString &cacheDir, const XyzSourceOptions &options)
    : m_template(urlTemplate.trimmed())
    , m_cacheDir(cacheDir.isEmpty() ? defaultCacheDir() : cacheDir)
    , m_options(options)
{
    m_memory.setMaxCost(std::max(1, options.memoryCacheMegabytes) * 1024);
    m_cache = std::make_shared<TileCache>(cacheFilePath());
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ioc-map-tiles"));
    m_fetcher = new TileFetcher(
        m_template, m_cache, m_options, [this](const mercator::TileId &t) { forget(t); });
    m_fetcher->moveToThread(m_thread);
    // Deleted in the worker thread as it finishes (QThread runs pending deferred deletes).
    QObject::connect(m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_fetcher, &TileFetcher::init, Qt::QueuedConnection);
}

XyzTileSource::~XyzTileSource()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool XyzTileSource::checkTemplate(const QString &urlTemplate, QString *error)
{
    const QString t = urlTemplate.trimmed();
    QString why;
    const QUrl url(QString(t)
                       .replace(QLatin1String("{z}"), QLatin1String("0"))
                       .replace(QLatin1String("{x}"), QLatin1String("0"))
                       .replace(QLatin1String("{y}"), QLatin1String("0")));
    if (!t.contains(QLatin1String("{z}")) || !t.contains(QLatin1String("{x}"))
        || !t.contains(QLatin1String("{y}")))
        why = QStringLiteral("the tile URL must contain {z}, {x} and {y}: %1").arg(t);
    else if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        why = QStringLiteral("the tile URL must be an http:// or https:// address: %1").arg(t);
    if (error)
        *error = why;
    return why.isEmpty();
}

QString XyzTileSource::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/tiles");
}

std::shared_ptr<XyzTileSource> XyzTileSource::shared(
    const QString &urlTemplate, const QString &cacheDir)
{
    static QMutex mutex;
    static std::map<std::pair<QString, QString>, std::weak_ptr<XyzTileSource>> live;
    QMutexLocker lock(&mutex);
    const auto key
        = std::make_pair(urlTemplate.trimmed(), cacheDir.isEmpty() ? defaultCacheDir() : cacheDir);
    if (auto existing = live[key].lock())
        return existing;
    auto source = std::make_shared<XyzTileSource>(key.first, key.second);
    live[key] = source;
    return source;
}

QString XyzTileSource::cacheFilePath() const
{
    // One file per template: switching servers never mixes their tiles.
    const QByteArray hash
        = QCryptographicHash::hash(m_template.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(m_cacheDir).filePath(QStringLiteral("xyz-%1.sqlite").arg(QLatin1String(hash)));
}

qint64 XyzTileSource::averageTileBytes() const
{
    const int n = m_cache->tileCount();
    return n > 0 ? m_cache->totalBytes() / n : kTypicalTileBytes;
}

void XyzTileSource::forget(const mercator::TileId &t) const
{
    QMutexLocker lock(&m_mutex);
    m_memory.remove(memoryKey(t)); // a refreshed tile is read again from disk
}

QHash<mercator::TileId, QImage> XyzTileSource::tiles(const QVector<mercator::TileId> &ids) const
{
    QHash<mercator::TileId, QImage> out;
    QVector<mercator::TileId> fromDisk;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &t : ids) {
            if (!t.isValid() || t.z < m_options.minZoom || t.z > m_options.maxZoom)
                continue;
            if (const QImage *img = m_memory.object(memoryKey(t)))
                out.insert(t, *img);
            else
                fromDisk.append(t);
        }
    }
    if (fromDisk.isEmpty())
        return out;

    const auto entries = m_cache->read(fromDisk);
    const qint64 staleBefore = QDateTime::currentSecsSinceEpoch() - m_options.refreshAfterSecs;
    QVector<mercator::TileId> wanted, used;
    QVector<QByteArray> etags;
    for (const auto &t : std::as_const(fromDisk)) {
        const auto it = entries.constFind(t);
        if (it == entries.cend()) {
            wanted.append(t);
            etags.append(QByteArray());
            continue;
        }
        QImage img;
        if (!img.loadFromData(it->data)) { // only images are stored, but the file is on disk
            wanted.append(t);
            etags.append(QByteArray());
            continue;
        }
        img = img.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        out.insert(t, img);
        used.append(t);
        {
            QMutexLocker lock(&m_mutex);
            m_memory.insert(
                memoryKey(t), new QImage(img), std::max<qsizetype>(1, img.sizeInBytes() / 1024));
        }
        if (it->fetchedAtSecs < staleBefore) { // shown now, revalidated in the background
            wanted.append(t);
            etags.append(it->etag); // none: a plain GET replaces it
        }
    }
    TileFetcher *f = m_fetcher;
    if (!wanted.isEmpty())
        QMetaObject::invokeMethod(
            f, [f, wanted, etags] { f->request(wanted, etags); }, Qt::QueuedConnection);
    if (!used.isEmpty())
        QMetaObject::invokeMethod(
            f, [f, used] { f->touch(used); }, Qt::QueuedConnection);
    return out;
}

} // namespace ioc::map
