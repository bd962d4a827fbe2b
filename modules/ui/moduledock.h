#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

class QSplitter;

namespace ioc::core {
class SqliteFile;
}

namespace ioc::map {
class MapWidget;
struct MapPoint;
} // namespace ioc::map

namespace ioc::ui {

class RecordBrowser;

// A module's dock: its map beside its record browser. Later module issues add KPI cards,
// charts and tabs; the dock keeps the same two entry points for the window: refresh()
// after new data arrives, setFreshness() when sync status changes.
class ModuleDock : public QWidget
{
    Q_OBJECT

public:
    ModuleDock(const QString &mirrorPath, const core::SqliteFile &mirror,
        const QStringList &collections, const QColor &accent, QWidget *parent = nullptr);
    ~ModuleDock() override;

    RecordBrowser *recordBrowser() const { return m_browser; }
    map::MapWidget *map() const { return m_map; }

    void setFreshness(const QDateTime &lastSuccess, qint64 intervalSeconds, const QDateTime &now);

    // Layers currently on the map, by collection, with their point counts (for tests).
    QHash<QString, int> mapLayerCounts() const { return m_layerCounts; }

public slots:
    // Re-reads the cache: records at once, map points on a worker thread.
    void refresh();

signals:
    void mapLayersLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadMapLayers();

    QString m_mirrorPath;
    QStringList m_collections;
    QColor m_accent;
    RecordBrowser *m_browser = nullptr;
    map::MapWidget *m_map = nullptr;
    QSplitter *m_splitter = nullptr;
    QFutureWatcher<QHash<QString, QVector<map::MapPoint>>> *m_loader = nullptr;
    QHash<QString, int> m_layerCounts;
    bool m_mapLoaded = false;
    bool m_reloadPending = false;
};

// Reads the point features of `collections` for the map, with their status as style key
// and their name as tooltip. Opens its own connection: it runs on a worker thread.
QHash<QString, QVector<map::MapPoint>> readMapPoints(
    const QString &mirrorPath, const QStringList &collections);

} // namespace ioc::ui
