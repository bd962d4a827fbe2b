#pragma once

#include "alerts/alert.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace ioc::alerts {
class AlertEngine;
}

namespace ioc::app {

// Runs the alert engine on its own thread (rules scan the mirror; the UI thread must stay
// free) and passes operator actions to it and its alerts back, all queued.
class AlertController : public QObject
{
    Q_OBJECT

public:
    explicit AlertController(const QString &dataDir, QObject *parent = nullptr);
    ~AlertController() override;

    void start();
    void stop();

public slots:
    // Connect SyncController::featuresChanged here (same signature).
    void onFeaturesChanged(
        const QString &collection, const QStringList &changedIds, const QStringList &removedIds);
    // Until then: a sync report that changed a collection re-checks its rules in full.
    void onCollectionChanged(const QString &collection);
    void acknowledge(const QString &alertId, const QString &operatorName, const QString &note);
    void resolve(const QString &alertId, const QString &operatorName, const QString &note);
    void silence(const QString &alertId, const QString &ruleId, const QString &unitCode,
        const QDateTime &until, const QString &who, const QString &why);
    void reloadRules();

signals:
    void alertsChanged(const QList<ioc::alerts::Alert> &alerts);
    void alertRaised(const ioc::alerts::Alert &alert);
    void rulesLoaded(int ruleCount, const QStringList &errors);
    void actionFailed(const QString &message);

private:
    QThread m_thread;
    alerts::AlertEngine *m_engine = nullptr;
    bool m_started = false;
};

} // namespace ioc::app
