#include "wall/wallboards.h"

#include "core/moduleregistry.h"
#include "map/alertlayer.h"
#include "map/mappointreader.h"
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
    // The split is fixed (map 1 : tiles 1) whatever the figures' text widths ask for;
    // seven tiles of three figures need half the width to stay legible from 5 m.
    auto *tilePanel = new QWidget(this);
    tilePanel->setLayout(tiles);
    tilePanel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_map->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_map->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_map, 1);
    layout->addWidget(tilePanel, 1);
}

bool OverviewBoard::eventFilter(QObject *watched, QEvent *event)
{
    // Nobody pans a wall map: it always frames the whole province at the size it has.
    if (watched == m_map && event->type() == QEvent::Resize)
        m_map->zoomToProvince();
    return QWidget::eventFilter(watched, event);
}

bool ModuleBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_map && event->type() == QEvent::Resize)
        m_map->zoomToProvince();
    return QWidget::eventFilter(watched, event);
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
    m_tile->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_map->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_map->installEventFilter(this);
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
    m_loader.setFuture(QtConcurrent::run(map::readMapPoints, m_mirrorPath, m_collections));
}

void ModuleBoard::setAlerts(const QVector<map::AlertMarker> &markers)
{
    m_map->setAlerts(markers);
}

} // namespace ioc::app
