#pragma once

#include "sync/syncreport.h"
#include "sync/syncsettings.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QThread>

namespace ioc::sync {
class SyncEngine;
}

namespace ioc::app {

// Runs the sync engine on its own thread for the lifetime of the window, and stops it
// cleanly (the page being written commits or rolls back; nothing is half-stored).
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(const QString &dataDir, const sync::SyncSettings &settings,
        const QStringList &collections, QObject *parent = nullptr);
    ~SyncController() override;

    void start();
    void stop();
    bool isConfigured() const { return m_configured; }

    // "Work offline": stops the engine's schedule and aborts requests in flight, without
    // ending the thread, so resuming needs no new engine; resuming syncs at once. The
    // outbox keeps what operators do meanwhile. Pausing a controller that never started
    // only remembers the wish (setPaused(false) then starts it).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

public slots:
    void syncNow();
    void flushOutbox();
    // The operator confirmed a held deletion (SyncEngine::confirmMassDeletion). Goes even
    // while paused (Work offline): it is kept by the engine and used by the next run.
    void confirmMassDeletion(const QString &collection, int count, const QString &who);

signals:
    void reportReady(const ioc::sync::SyncReport &report);
    void statusChanged(const ioc::sync::SyncStatus &status);
    void outboxChanged(int pending, int rejected);
    // Forwarded from sync::SyncEngine::diskFullChanged: sync is paused while the disk
    // holding the cache is full (message says so, in the operator's language).
    void diskFullChanged(bool full, const QString &message);
    // Forwarded from sync::SyncEngine::featuresChanged (queued to this object's thread).
    void featuresChanged(
        const QString &collection, const QStringList &changedIds, const QStringList &removedIds);

private:
    QThread m_thread;
    sync::SyncEngine *m_engine = nullptr;
    bool m_configured = false;
    bool m_started = false;
    bool m_paused = false;
    bool m_stopped = false;
};

} // namespace ioc::app
