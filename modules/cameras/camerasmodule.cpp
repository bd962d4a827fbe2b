#include "cameras/camerasmodule.h"

#include "cameras/cameradetailpanel.h"
#include "cameras/cameragridview.h"
#include "cameras/camerasdashboard.h"
#include "cameras/camerasdatacontract.h"
#include "cameras/snapshotfetcher.h"
#include "cameras/tr.h"
#include "core/localcache.h"
#include "map/mapwidget.h"
#include "ui/moduledock.h"
#include "ui/recordbrowser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QTabWidget>
#include <QTableView>
#include <QtConcurrent>
#include <QtGlobal>

namespace ioc::cameras {

namespace { } // namespace

CamerasModule::CamerasModule()
    : DashboardModule(
        {
            QStringLiteral("cameras"),
            QT_TRANSLATE_NOOP("ioc::modules", "Smart surveillance cameras"),
            QStringLiteral(":/modules/cameras/icon.svg"),
            QColor(QStringLiteral("#d9480f")),
            { QStringLiteral("cam_cameras"), QStringLiteral("cam_events") },
        },
        std::make_shared<CamerasDashboard>())
{ }

QList<core::Migration> CamerasModule::cacheMigrations() const
{
    return camerasCacheMigrations();
}

QList<core::CollectionContract> CamerasModule::dataContract() const
{
    return camerasDataContract();
}

ui::ModuleDock *CamerasModule::createDockContent(const ui::ModuleContext &context, QWidget *parent)
{
    ui::ModuleDock *dock = DashboardModule::createDockContent(context, parent);
    core::LocalCache *cache = context.cache;
    auto *fetcher = new SnapshotFetcher({ context.dataCenterUrl, context.bearerToken },
        SnapshotCache(QDir(cache->dataDir()).filePath(QStringLiteral("snapshots"))), dock);
    fetcher->setOffline(context.offline || context.dataCenterUrl.isEmpty());
    QString operatorName = context.operatorName;
    if (operatorName.isEmpty())
        operatorName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    auto *panel = new CameraDetailPanel(
        cache->mirror(), &cache->operatorStore(), fetcher, operatorName, dock);
    panel->setObjectName(QStringLiteral("cameraDetail"));
    dock->addTab(panel, Tr::tr("Camera"));
    auto showPanel = [dock, panel] { dock->showTab(panel); };

    QObject::connect(dock->map(), &map::MapWidget::featureClicked, panel,
        [panel, showPanel](const QString &layerId, const QString &featureId) {
            if (layerId == QLatin1String(CamerasDashboard::kCameraLayer)) {
                panel->showCamera(featureId);
                showPanel();
            } else if (layerId.startsWith(QLatin1String(CamerasDashboard::kEventLayerPrefix))) {
                panel->showDetection(featureId);
                showPanel();
            }
        });
    QTableView *table = dock->recordBrowser()->tableView();
    QObject::connect(
        table, &QTableView::clicked, panel, [panel, showPanel](const QModelIndex &index) {
            const QString collection
                = index.data(core::RecordTableModel::CollectionRole).toString();
            const QString id = index.data(core::RecordTableModel::FeatureIdRole).toString();
            if (collection == QLatin1String("cam_cameras"))
                panel->showCamera(id);
            else if (collection == QLatin1String("cam_events"))
                panel->showDetection(id);
            else
                return;
            showPanel();
        });
    // A verdict changes the false-positive figures.
    QObject::connect(panel, &CameraDetailPanel::reviewed, dock, &ui::ModuleDock::refresh);

    // The grid: the cameras last selected on the map (shift-drag), else the area's.
    auto selection = std::make_shared<QStringList>();
    QObject::connect(dock->map(), &map::MapWidget::featuresSelected, panel,
        [selection](const QString &layerId, const QStringList &ids) {
            if (layerId == QLatin1String(CamerasDashboard::kCameraLayer))
                *selection = ids;
        });
    QObject::connect(dock, &ui::ModuleDock::dashboardLoaded, panel, [selection] {
        selection->clear(); // a new area or period: the grid follows the area again
    });
    QObject::connect(
        panel, &CameraDetailPanel::gridRequested, dock, [dock, fetcher, cache, selection] {
            QStringList ids = *selection;
            if (ids.isEmpty())
                for (const core::DashboardLayer &layer : dock->dashboardData().layers)
                    if (layer.id == QLatin1String(CamerasDashboard::kCameraLayer))
                        for (const core::DashboardPoint &p : layer.points)
                            ids.append(p.id);
            auto *grid = new CameraGridView(fetcher, dock);
            grid->setObjectName(QStringLiteral("cameraGrid"));
            grid->setWindowFlag(Qt::Window);
            grid->setAttribute(Qt::WA_DeleteOnClose);
            grid->setWindowTitle(Tr::tr("Camera grid — %1 cameras").arg(ids.size()));
            grid->resize(1280, 760);
            grid->show();
            // The cameras' names and snapshot addresses, read on the thread pool.
            const core::SqliteFile *mirror = &cache->mirror();
            auto *watcher = new QFutureWatcher<QList<CameraRef>>(grid);
            QObject::connect(watcher, &QFutureWatcherBase::finished, grid, [grid, watcher] {
                watcher->deleteLater();
                grid->setCameras(watcher->result());
            });
            watcher->setFuture(
                QtConcurrent::run([mirror, ids] { return readCameraRefs(*mirror, ids); }));
        });
    return dock;
}

QList<core::RecordTableModel::PropertyColumn> CamerasModule::recordColumns() const
{
    const QHash<QString, QString> statuses {
        { QStringLiteral("online"), Tr::tr("Online") },
        { QStringLiteral("degraded"), Tr::tr("Degraded") },
        { QStringLiteral("offline"), Tr::tr("Offline") },
    };
    const QHash<QString, QString> kinds {
        { QStringLiteral("traffic"), Tr::tr("Traffic") },
        { QStringLiteral("security"), Tr::tr("Security") },
        { QStringLiteral("crowd"), Tr::tr("Crowd and intrusion") },
        { QStringLiteral("fire_smoke"), Tr::tr("Fire and smoke") },
        { QStringLiteral("flooding"), Tr::tr("Flooding") },
    };
    return {
        { QStringLiteral("kind"), Tr::tr("Kind"), kinds },
        { QStringLiteral("status"), Tr::tr("Status"), statuses },
        { QStringLiteral("last_heartbeat"), Tr::tr("Last heartbeat"), {} },
        { QStringLiteral("camera_id"), Tr::tr("Camera"), {} },
        { QStringLiteral("detected_at"), Tr::tr("Detected"), {} },
        { QStringLiteral("confidence"), Tr::tr("Confidence"), {} },
        { QStringLiteral("unit_code"), Tr::tr("Unit"), {} },
    };
}

} // namespace ioc::cameras
