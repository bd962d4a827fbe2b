#pragma once

#include "alerts/alert.h"
#include "core/dashboard.h"
#include "wall/wallboards.h"
#include "wall/wallconfig.h"
#include "wall/wallplaylist.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace ioc::core {
class LocalCache;
class ModuleRegistry;
} // namespace ioc::core
namespace ioc::sync {
struct SyncStatus;
}

namespace ioc::app {

// Computes the figures of every module's tile from the cache. Runs on a worker thread, so
// it must open its own connections (core::SqliteFile) and touch no widget.
using WallFigureProvider = std::function<QHash<QString, QList<WallFigure>>()>;

class AlertController;
class SyncController;
class WallWindow;

// The wall as a whole: one playlist, one window per configured screen (each with its own
// boards, as a widget can live in one window only), figures refreshed after every sync.
class WallSession : public QObject
{
    Q_OBJECT

public:
    WallSession(const core::ModuleRegistry &modules, core::LocalCache &cache, WallConfig config,
        QObject *parent = nullptr);
    ~WallSession() override;

    void setFigureProvider(WallFigureProvider provider) { m_provider = std::move(provider); }
    void attachSync(SyncController *sync);
    // Critical alerts interrupt the rotation until acknowledged at a workstation (or their
    // hold time passes); every board shows the alert counts and markers.
    void attachAlerts(AlertController *alerts);
    // Opens the windows on the configured screens; returns the warnings to log.
    QStringList show();

    WallPlaylist &playlist() { return m_playlist; }
    // The overview's tiles share the screen seven ways: three figures fit 1080p and 4K.
    static constexpr int kFiguresPerTile = 3;
    const std::vector<WallWindow *> &windows() const { return m_windows; }

private:
    QWidget *createBoard(const QString &boardId, QWidget *parent);
    void onSyncStatus(const sync::SyncStatus &status);
    void refreshBoards();
    void applyFigures();
    void applyAlerts();

    const core::ModuleRegistry &m_modules;
    core::LocalCache &m_cache;
    WallConfig m_config;
    WallPlaylist m_playlist;
    WallFigureProvider m_provider;
    std::vector<WallWindow *> m_windows;
    QList<OverviewBoard *> m_overviews;
    QList<ModuleBoard *> m_moduleBoards;
    QHash<QString, QList<WallFigure>> m_figures;
    QHash<QString, alerts::Alert> m_alerts; // by id, every state
    QFutureWatcher<QHash<QString, QList<WallFigure>>> m_figureWatcher;
    QTimer m_refreshDebounce;
};

// Each module's wall summary (its first KPIs), formatted for the tiles; a module without
// a summary shows how many records it holds.
WallFigureProvider moduleSummaryProvider(
    const QString &mirrorPath, const core::ModuleRegistry &modules);
WallFigure wallFigure(const core::KpiValue &kpi);

} // namespace ioc::app
