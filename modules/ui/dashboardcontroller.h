#pragma once

#include "core/dashboard.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace ioc::ui {

// Computes a module's figures off the UI thread, one computation at a time: a request
// made while one runs is kept (only the latest) and started when it ends, and the result
// of a computation overtaken by a newer request is dropped, so a dock never flashes the
// figures of an area or period the operator has already left. The computation has its
// own connection to the mirror. Destroying the controller waits for a running one (a
// provider's compute() has no cancellation point).
class DashboardController : public QObject
{
    Q_OBJECT

public:
    DashboardController(const QString &mirrorPath,
        std::shared_ptr<const core::DashboardProvider> provider, QObject *parent = nullptr);
    ~DashboardController() override;

    const core::DashboardProvider &provider() const { return *m_provider; }
    void request(const core::DashboardQuery &query);
    bool isComputing() const { return m_watcher->isRunning(); }

signals:
    void computed(const core::DashboardData &data);

private:
    void start(const core::DashboardQuery &query);

    QString m_mirrorPath;
    std::shared_ptr<const core::DashboardProvider> m_provider;
    QFutureWatcher<core::DashboardData> *m_watcher;
    std::optional<core::DashboardQuery> m_pending;
};

// Runs a provider with its own connection to the mirror (on the calling thread).
core::DashboardData computeDashboard(const QString &mirrorPath,
    const std::shared_ptr<const core::DashboardProvider> &provider,
    const core::DashboardQuery &query);

} // namespace ioc::ui
