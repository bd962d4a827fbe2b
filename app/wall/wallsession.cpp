#include "wall/wallsession.h"

#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "core/sqlitefile.h"
#include "synccontroller.h"
#include "wall/wallwindow.h"

#include <QLocale>
#include <QSqlQuery>
#include <QtConcurrent>

namespace ioc::app {

WallFigureProvider recordCountProvider(
    const QString &mirrorPath, const core::ModuleRegistry &modules)
{
    QHash<QString, QStringList> collections;
    for (const auto &module : modules.modules())
        collections.insert(module->id(), module->collections());
    return [mirrorPath, collections] {
        QHash<QString, QList<WallFigure>> figures;
        core::SqliteFile mirror(mirrorPath, QStringLiteral("wall-figures"));
        QSqlQuery query(mirror.connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM features WHERE collection = ?"));
        for (auto it = collections.cbegin(); it != collections.cend(); ++it) {
            qint64 total = 0;
            for (const QString &collection : it.value()) {
                query.addBindValue(collection);
                if (query.exec() && query.next())
                    total += query.value(0).toLongLong();
            }
            figures[it.key()].append(
                { WallSession::tr("records in the cache"), QLocale().toString(total), 0, true });
        }
        return figures;
    };
}

WallSession::WallSession(const core::ModuleRegistry &modules, core::LocalCache &cache,
    WallConfig config, QObject *parent)
    : QObject(parent)
    , m_modules(modules)
    , m_cache(cache)
    , m_config(std::move(config))
    , m_provider(recordCountProvider(cache.mirror().path(), modules))
{
    m_playlist.setInterruptionHoldSeconds(m_config.alertHoldSeconds);
    m_playlist.setBoards(
        m_config.boards, m_config.secondsPerBoard, QDateTime::currentDateTimeUtc());
    // Syncs arrive in bursts (one report per collection): refresh once after the burst.
    m_refreshDebounce.setSingleShot(true);
    m_refreshDebounce.setInterval(2000);
    connect(&m_refreshDebounce, &QTimer::timeout, this, &WallSession::refreshBoards);
    connect(&m_figureWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_figures = m_figureWatcher.result();
        applyFigures();
    });
}

WallSession::~WallSession()
{
    m_figureWatcher.waitForFinished();
    for (WallWindow *window : m_windows)
        delete window;
}

QStringList WallSession::show()
{
    QStringList warnings;
    for (QScreen *screen : m_config.chooseScreens(&warnings)) {
        auto *window = new WallWindow(&m_playlist,
            [this](const QString &id, QWidget *parent) { return createBoard(id, parent); });
        window->setCursorHideSeconds(m_config.cursorHideSeconds);
        window->showOnScreen(screen);
        m_windows.push_back(window);
    }
    refreshBoards();
    return warnings;
}

QWidget *WallSession::createBoard(const QString &boardId, QWidget *parent)
{
    if (boardId == QLatin1String("overview")) {
        auto *board = new OverviewBoard(m_modules, parent);
        board->setFigures(m_figures);
        m_overviews.append(board);
        return board;
    }
    const core::Module *module = m_modules.module(boardId);
    if (!module)
        return nullptr;
    auto *board = new ModuleBoard(*module, m_cache.mirror().path(), parent);
    board->setData({ boardId, m_figures.value(boardId), 0, 0 });
    m_moduleBoards.append(board);
    return board;
}

void WallSession::attachSync(SyncController *sync)
{
    connect(sync, &SyncController::statusChanged, this, &WallSession::onSyncStatus);
    connect(sync, &SyncController::reportReady, this, [this] { m_refreshDebounce.start(); });
}

void WallSession::onSyncStatus(const sync::SyncStatus &status)
{
    using State = sync::SyncStatus::State;
    QDateTime newest;
    for (const sync::CollectionStatus &collection : status.collections)
        if (collection.lastSuccess.isValid()
            && (!newest.isValid() || collection.lastSuccess > newest))
            newest = collection.lastSuccess;
    const bool reachable = status.state == State::Online || status.state == State::Syncing;
    for (WallWindow *window : m_windows)
        window->setConnection(reachable, newest);
}

void WallSession::refreshBoards()
{
    for (ModuleBoard *board : std::as_const(m_moduleBoards))
        board->reloadMap();
    if (m_provider && !m_figureWatcher.isRunning())
        m_figureWatcher.setFuture(QtConcurrent::run(m_provider));
}

void WallSession::applyFigures()
{
    // Module boards show the same figures as their overview tile.
    for (OverviewBoard *board : std::as_const(m_overviews))
        board->setFigures(m_figures);
    for (ModuleBoard *board : std::as_const(m_moduleBoards))
        board->setData({ board->moduleId(), m_figures.value(board->moduleId()), 0, 0 });
}

} // namespace ioc::app
