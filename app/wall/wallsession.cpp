#include "wall/wallsession.h"

#include "alertcontroller.h"
#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "core/sqlitefile.h"
#include "synccontroller.h"
#include "ui/alertlistwidget.h"
#include "ui/alertmarkers.h"
#include "ui/uimodule.h"
#include "wall/wallwindow.h"

#include <QLocale>
#include <QtConcurrent>

namespace ioc::app {

WallFigure wallFigure(const core::KpiValue &kpi)
{
    WallFigure figure;
    figure.label = kpi.label;
    figure.value = kpi.value ? QLocale().toString(*kpi.value, 'f', kpi.decimals)
            + (kpi.unit.isEmpty() ? QString() : QStringLiteral(" ") + kpi.unit)
                             : WallSession::tr("no data");
    if (const auto change = core::kpiChange(kpi, kpi.previous)) {
        figure.trend = change->direction;
        figure.trendIsGood = change->good;
    }
    return figure;
}

WallFigureProvider moduleSummaryProvider(
    const QString &mirrorPath, const core::ModuleRegistry &modules)
{
    // The modules outlive the wall (the registry lives for the whole run) and their
    // wallSummary() only reads through the connection it is given, so a worker may call it.
    QList<const ui::UiModule *> uiModules;
    QHash<QString, QStringList> collections;
    for (const auto &module : modules.modules()) {
        if (const auto *uiModule = dynamic_cast<const ui::UiModule *>(module.get()))
            uiModules.append(uiModule);
        collections.insert(module->id(), module->collections());
    }
    return [mirrorPath, uiModules, collections] {
        QHash<QString, QList<WallFigure>> figures;
        core::SqliteFile mirror(mirrorPath, QStringLiteral("wall-figures"));
        const QDate today
            = core::provinceDay(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        for (const ui::UiModule *module : uiModules) {
            const QList<core::KpiValue> kpis = module->wallSummary(mirror, today);
            for (const core::KpiValue &kpi : kpis.mid(0, WallSession::kFiguresPerTile))
                figures[module->id()].append(wallFigure(kpi));
        }
        // A module without figures yet still shows that it has data.
        const core::FeatureStore features(mirror);
        for (auto it = collections.cbegin(); it != collections.cend(); ++it) {
            if (figures.contains(it.key()))
                continue;
            const qint64 total = features.count(it.value());
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
    , m_provider(moduleSummaryProvider(cache.mirror().path(), modules))
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
        applyAlerts();
        return board;
    }
    const core::Module *module = m_modules.module(boardId);
    if (!module)
        return nullptr;
    auto *board = new ModuleBoard(*module, m_cache.mirror().path(), parent);
    m_moduleBoards.append(board);
    applyAlerts();
    return board;
}

void WallSession::attachSync(SyncController *sync)
{
    connect(sync, &SyncController::statusChanged, this, &WallSession::onSyncStatus);
    connect(sync, &SyncController::reportReady, this, [this] { m_refreshDebounce.start(); });
}

void WallSession::attachAlerts(AlertController *alerts)
{
    // Only a *new* critical alert interrupts the rotation; those already open when the
    // wall starts are on the boards (counts, markers) but do not queue up for minutes each.
    connect(alerts, &AlertController::alertRaised, this, [this](const alerts::Alert &alert) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (alert.severity != alerts::Severity::Critical || alert.isSilenced(now))
            return;
        const core::Module *module = m_modules.module(alert.module);
        m_playlist.interrupt(alert.id,
            m_config.boards.contains(alert.module) ? alert.module : QStringLiteral("overview"),
            QStringLiteral("%1 — %2").arg(
                module ? module->title() : alert.module, alert.message(ui::messageLanguage())),
            now);
    });
    connect(
        alerts, &AlertController::alertsChanged, this, [this](const QList<alerts::Alert> &changed) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const alerts::Alert &alert : changed) {
                m_alerts.insert(alert.id, alert);
                // Acknowledged at a workstation, resolved or silenced: off the wall.
                if (alert.state != alerts::AlertState::Raised || alert.isSilenced(now))
                    m_playlist.release(alert.id, now);
            }
            applyAlerts();
        });
}

void WallSession::applyAlerts()
{
    QHash<QString, WallAlertCounts> counts;
    QHash<QString, QList<alerts::Alert>> open;
    QList<alerts::Alert> all;
    for (const alerts::Alert &alert : std::as_const(m_alerts)) {
        if (alert.state == alerts::AlertState::Resolved)
            continue;
        WallAlertCounts &c = counts[alert.module];
        if (alert.severity == alerts::Severity::Critical)
            ++c.critical;
        else if (alert.severity == alerts::Severity::Warning)
            ++c.warnings;
        open[alert.module].append(alert);
        all.append(alert);
    }
    const QString language = ui::messageLanguage();
    for (OverviewBoard *board : std::as_const(m_overviews))
        board->setAlerts(counts, ui::alertMarkers(all, language));
    for (ModuleBoard *board : std::as_const(m_moduleBoards)) {
        board->setAlerts(ui::alertMarkers(open.value(board->moduleId()), language));
        const WallAlertCounts c = counts.value(board->moduleId());
        board->setData(
            { board->moduleId(), m_figures.value(board->moduleId()), c.critical, c.warnings });
    }
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
    applyAlerts();
}

} // namespace ioc::app
