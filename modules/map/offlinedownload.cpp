#include "map/offlinedownload.h"

#include "map/rastertiles.h"
#include "map/tilefetcher.h"
#include "map/xyztilesource.h"

#include <QAtomicInteger>

namespace ioc::map {
namespace {
QAtomicInteger<quint64> g_jobs { 0 };
}

OfflineDownload::OfflineDownload(std::shared_ptr<XyzTileSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
{
    if (!m_source)
        return;
    TileFetcher *f = m_source->fetcher();
    connect(f, &TileFetcher::bulkProgress, this, [this](quint64 job, int done, int total) {
        if (job == m_job && m_running)
            emit progress(done, total);
    });
    connect(f, &TileFetcher::bulkFinished, this,
        [this](quint64 job, int saved, int already, int failed, bool cancelled) {
            if (job != m_job || !m_running)
                return;
            m_running = false;
            emit finished(saved, already, failed, cancelled);
        });
}

OfflineDownload::~OfflineDownload()
{
    cancel();
}

bool OfflineDownload::start(const QGeoRectangle &area, int minZoom, int maxZoom, QString *error)
{
    const qint64 n = tileCountInArea(area, minZoom, maxZoom);
    if (n > kMaxTiles) {
        if (error)
            *error = tr("%1 tiles is too many for one download (at most %2): choose a smaller area "
                        "or fewer zoom levels.")
                         .arg(n)
                         .arg(kMaxTiles);
        return false;
    }
    return start(tilesInArea(area, minZoom, maxZoom), error);
}

bool OfflineDownload::start(const QVector<mercator::TileId> &tiles, QString *error)
{
    QString why;
    if (!m_source)
        why = tr("The map has no tile server configured.");
    else if (m_running)
        why = tr("A download is already running.");
    else if (tiles.isEmpty())
        why = tr("The area contains no tiles.");
    else if (tiles.size() > kMaxTiles)
        why = tr("%1 tiles is too many for one download (at most %2): choose a smaller area or "
                 "fewer zoom levels.")
                  .arg(tiles.size())
                  .arg(kMaxTiles);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_job = g_jobs.fetchAndAddRelaxed(1) + 1;
    m_total = int(tiles.size());
    m_running = true;
    TileFetcher *f = m_source->fetcher();
    const quint64 job = m_job;
    QMetaObject::invokeMethod(
        f, [f, job, tiles] { f->startBulk(job, tiles); }, Qt::QueuedConnection);
    return true;
}

void OfflineDownload::cancel()
{
    if (!m_running || !m_source)
        return;
    TileFetcher *f = m_source->fetcher();
    const quint64 job = m_job;
    QMetaObject::invokeMethod(
        f, [f, job] { f->cancelBulk(job); }, Qt::QueuedConnection);
}

} // namespace ioc::map
