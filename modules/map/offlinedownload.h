#pragma once

#include "map/mercator.h"

#include <QGeoRectangle>
#include <QObject>
#include <QString>
#include <QVector>
#include <memory>

namespace ioc::map {

class XyzTileSource;

// "Save this area for offline use": downloads every tile of an area and zoom range into
// an XYZ source's disk cache, on the source's worker thread. Tiles already cached (and
// not due for a refresh) are skipped. Cancelling stops new requests and aborts the ones
// in flight; every tile stored until then stays in the cache.
class OfflineDownload : public QObject
{
    Q_OBJECT

public:
    // Bulk downloads from shared tile servers are frowned upon (and slow over a district
    // office link); this keeps one job to a province at street zoom.
    static constexpr int kMaxTiles = 100000;

    explicit OfflineDownload(std::shared_ptr<XyzTileSource> source, QObject *parent = nullptr);
    ~OfflineDownload() override; // cancels a running job

    // False with a reason when there is nothing to do or the job is too big.
    bool start(const QGeoRectangle &area, int minZoom, int maxZoom, QString *error = nullptr);
    bool start(const QVector<mercator::TileId> &tiles, QString *error = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return m_total; }

signals:
    void progress(int done, int total);
    void finished(int saved, int alreadyCached, int failed, bool cancelled);

private:
    std::shared_ptr<XyzTileSource> m_source;
    quint64 m_job = 0;
    int m_total = 0;
    bool m_running = false;
};

} // namespace ioc::map
