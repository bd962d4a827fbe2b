#include "wall/wallboards.h"

#include "core/moduleregistry.h"
#include "map/alertlayer.h"
#include "map/mapwidget.h"
#include "ui/moduledock.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QtConcurrent>

namespace ioc::app {

OverviewBoard::OverviewBoard(const core::ModuleRegistry &modules, QWidget *parent)
    : QWidget(parent)
{
    m_map = new map::MapWidget(this);
    m_map->setStyleKind(map::MapStyle::Kind::Dark);
    m_map->setInsetVisible(true);
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    int index = 0;
    for (const auto &module : modules.modules()) {
        auto *tile
            = new WallTile(module->title(), QIcon(module->iconPath()), module->accentColor(), this);
        m_tiles.insert(module->id(), tile);
        tiles->addWidget(tile, index / 2, index % 2);
        ++index;
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_map, 3);
    layout->addLayout(tiles, 2);
}

// Nobody pans a wall map: it always frames the whole province at the size it has.
void OverviewBoard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_map->zoomToProvince();
}

void ModuleBoard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_map->zoomToProvince();
}

void OverviewBoard::setFigures(const QHash<QString, QList<WallFigure>> &figures)
{
    m_figures = figures;
    apply();
}

void OverviewBoard::setAlerts(
    const QHash<QString, WallAlertCounts> &counts, const QVector<map::AlertMarker> &markers)
{
    m_counts = counts;
    m_map->setAlerts(markers);
    apply();
}

void OverviewBoard::apply()
{
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        const WallAlertCounts counts = m_counts.value(it.key());
        it.value()->setData(
            { it.key(), m_figures.value(it.key()), counts.critical, counts.warnings });
    }
}

ModuleBoard::ModuleBoard(const core::Module &module, const QString &mirrorPath, QWidget *parent)
    : QWidget(parent)
    , m_moduleId(module.id())
    , m_mirrorPath(mirrorPath)
    , m_collections(module.collections())
    , m_accent(module.accentColor())
{
    m_map = new map::MapWidget(this);
    m_map->setStyleKind(map::MapStyle::Kind::Dark);
    m_tile = new WallTile(module.title(), QIcon(module.iconPath()), module.accentColor(), this);
    m_tile->setScale(1.4);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_map, 3);
    layout->addWidget(m_tile, 2);
    connect(&m_loader, &QFutureWatcherBase::finished, this, [this] {
        const auto layers = m_loader.result();
        for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
            map::PointLayerOptions options;
            options.defaultColour = m_accent;
            options.clusterColour = m_accent;
            m_map->setPointLayerAsync(it.key(), it.value(), options);
        }
    });
    reloadMap();
}

ModuleBoard::~ModuleBoard()
{
    m_loader.waitForFinished();
}

void ModuleBoard::reloadMap()
{
    if (m_loader.isRunning())
        return;
    m_loader.setFuture(QtConcurrent::run(ui::readMapPoints, m_mirrorPath, m_collections));
}

void ModuleBoard::setAlerts(const QVector<map::AlertMarker> &markers)
{
    m_map->setAlerts(markers);
}

} // namespace ioc::app
