#include "ui/moduledock.h"

#include "core/sqlitefile.h"
#include "map/mapwidget.h"
#include "ui/recordbrowser.h"

#include <QSplitter>
#include <QSqlQuery>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ioc::ui {

namespace {

// Status colours shared by every module's points; never colour alone (the alert issue
// adds shapes), but these are the colours operators expect.
QHash<QString, QColor> statusColours()
{
    return {
        { QStringLiteral("online"), QColor(QStringLiteral("#2b8a3e")) },
        { QStringLiteral("open"), QColor(QStringLiteral("#2b8a3e")) },
        { QStringLiteral("degraded"), QColor(QStringLiteral("#f59f00")) },
        { QStringLiteral("offline"), QColor(QStringLiteral("#868e96")) },
        { QStringLiteral("closed"), QColor(QStringLiteral("#c92a2a")) },
    };
}

} // namespace

QHash<QString, QVector<map::MapPoint>> readMapPoints(
    const QString &mirrorPath, const QStringList &collections)
{
    QHash<QString, QVector<map::MapPoint>> layers;
    core::SqliteFile mirror(mirrorPath, QStringLiteral("map-loader"));
    QSqlQuery query(mirror.connection());
    query.setForwardOnly(true);
    // Only points (cell is set for points); JSON fields extracted by SQLite, in C.
    query.prepare(
        QStringLiteral("SELECT id, min_lon, min_lat, json_extract(properties, '$.status'), "
                       "coalesce(json_extract(properties, '$.name'), id) FROM features "
                       "WHERE collection = ? AND cell IS NOT NULL"));
    for (const QString &collection : collections) {
        query.addBindValue(collection);
        if (!query.exec())
            continue;
        QVector<map::MapPoint> points;
        while (query.next()) {
            points.append(map::MapPoint(query.value(0).toString(), query.value(1).toDouble(),
                query.value(2).toDouble(), query.value(3).toString(), query.value(4).toString()));
        }
        if (!points.isEmpty())
            layers.insert(collection, points);
    }
    return layers;
}

ModuleDock::ModuleDock(const QString &mirrorPath, const core::SqliteFile &mirror,
    const QStringList &collections, const QColor &accent, QWidget *parent)
    : QWidget(parent)
    , m_mirrorPath(mirrorPath)
    , m_collections(collections)
    , m_accent(accent)
{
    m_map = new map::MapWidget(this);
    m_map->setObjectName(QStringLiteral("moduleMap"));
    m_browser = new RecordBrowser(mirror, collections, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_map);
    m_splitter->addWidget(m_browser);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_loader = new QFutureWatcher<QHash<QString, QVector<map::MapPoint>>>(this);
    connect(m_loader, &QFutureWatcherBase::finished, this, [this] {
        const auto layers = m_loader->result();
        for (const QString &collection : std::as_const(m_collections)) {
            const auto it = layers.constFind(collection);
            if (it == layers.constEnd()) {
                m_map->removeLayer(collection);
                m_layerCounts.remove(collection);
                continue;
            }
            map::PointLayerOptions options;
            options.styleColours = statusColours();
            options.defaultColour = m_accent;
            options.clusterColour = m_accent;
            m_map->setPointLayerAsync(collection, *it, options);
            m_layerCounts.insert(collection, static_cast<int>(it->size()));
        }
        emit mapLayersLoaded();
        if (m_reloadPending) {
            m_reloadPending = false;
            loadMapLayers();
        }
    });
}

ModuleDock::~ModuleDock()
{
    m_loader->waitForFinished();
}

void ModuleDock::setFreshness(
    const QDateTime &lastSuccess, qint64 intervalSeconds, const QDateTime &now)
{
    m_browser->setFreshness(lastSuccess, intervalSeconds, now);
}

void ModuleDock::refresh()
{
    m_browser->refresh();
    // A dock nobody looks at loads its map when it is next shown.
    if (isVisible())
        loadMapLayers();
    else
        m_mapLoaded = false;
}

void ModuleDock::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_mapLoaded)
        loadMapLayers();
}

void ModuleDock::loadMapLayers()
{
    m_mapLoaded = true;
    if (m_loader->isRunning()) {
        m_reloadPending = true;
        return;
    }
    m_loader->setFuture(QtConcurrent::run(readMapPoints, m_mirrorPath, m_collections));
}

} // namespace ioc::ui
