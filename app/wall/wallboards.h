#pragma once

#include "map/pointlayer.h"
#include "wall/walltile.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>
#include <functional>

namespace ioc::core {
class Module;
class ModuleRegistry;
} // namespace ioc::core
namespace ioc::map {
class MapWidget;
struct AlertMarker;
} // namespace ioc::map

namespace ioc::app {

// Alert state the boards show; fed by the alert engine.
struct WallAlertCounts
{
    int critical = 0;
    int warnings = 0;
};

// The province at a glance: the map with every module's active alerts, and the seven
// module tiles. The figures come ready-made (WallSession computes them off the UI thread).
class OverviewBoard : public QWidget
{
    Q_OBJECT

public:
    OverviewBoard(const core::ModuleRegistry &modules, QWidget *parent = nullptr);

    void setFigures(const QHash<QString, QList<ioc::app::WallFigure>> &figures);
    void setAlerts(
        const QHash<QString, WallAlertCounts> &counts, const QVector<map::AlertMarker> &markers);
    WallTile *tile(const QString &moduleId) const { return m_tiles.value(moduleId); }
    map::MapWidget *map() const { return m_map; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void apply();

    map::MapWidget *m_map = nullptr;
    QHash<QString, WallTile *> m_tiles;
    QHash<QString, QList<WallFigure>> m_figures;
    QHash<QString, WallAlertCounts> m_counts;
};

// One module on the wall: its points on the map and its tile, large. Read-only.
class ModuleBoard : public QWidget
{
    Q_OBJECT

public:
    ModuleBoard(const core::Module &module, const QString &mirrorPath, QWidget *parent = nullptr);
    ~ModuleBoard() override;

    QString moduleId() const { return m_moduleId; }
    void setData(const WallTileData &data) { m_tile->setData(data); }
    void setAlerts(const QVector<map::AlertMarker> &markers);
    // Reloads the module's points from the cache, off the UI thread.
    void reloadMap();
    WallTile *tile() const { return m_tile; }
    map::MapWidget *map() const { return m_map; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QString m_moduleId;
    QString m_mirrorPath;
    QStringList m_collections;
    QColor m_accent;
    map::MapWidget *m_map = nullptr;
    WallTile *m_tile = nullptr;
    QFutureWatcher<QHash<QString, QVector<map::MapPoint>>> m_loader;
};

} // namespace ioc::app
