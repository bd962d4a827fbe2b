#include "ui/dashboardcontroller.h"

#include "core/sqlitefile.h"

#include <QtConcurrent>

namespace ioc::ui {

core::DashboardData computeDashboard(const QString &mirrorPath,
    const std::shared_ptr<const core::DashboardProvider> &provider,
    const core::DashboardQuery &query)
{
    core::SqliteFile mirror(mirrorPath, QStringLiteral("dashboard"));
    return provider->compute(mirror, query);
}

DashboardController::DashboardController(const QString &mirrorPath,
    std::shared_ptr<const core::DashboardProvider> provider, QObject *parent)
    : QObject(parent)
    , m_mirrorPath(mirrorPath)
    , m_provider(std::move(provider))
    , m_watcher(new QFutureWatcher<core::DashboardData>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_pending) {
            // Already stale: only the latest request's figures are shown.
            const core::DashboardQuery next = *m_pending;
            m_pending.reset();
            start(next);
            return;
        }
        emit computed(m_watcher->result());
    });
}

DashboardController::~DashboardController()
{
    m_watcher->waitForFinished();
}

void DashboardController::request(const core::DashboardQuery &query)
{
    if (m_watcher->isRunning()) {
        m_pending = query;
        return;
    }
    start(query);
}

void DashboardController::start(const core::DashboardQuery &query)
{
    m_watcher->setFuture(QtConcurrent::run(computeDashboard, m_mirrorPath, m_provider, query));
}

} // namespace ioc::ui
