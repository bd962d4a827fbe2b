#include "synccontroller.h"

#include "sync/syncengine.h"

namespace ioc::app {

SyncController::SyncController(const QString &dataDir, const sync::SyncSettings &settings,
    const QStringList &collections, QObject *parent)
    : QObject(parent)
    , m_configured(settings.baseUrl.isValid() && !settings.baseUrl.isEmpty())
{
    m_thread.setObjectName(QStringLiteral("ioc-sync"));
    m_engine = new sync::SyncEngine(dataDir, settings, collections);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &sync::SyncEngine::reportReady, this, &SyncController::reportReady);
    connect(m_engine, &sync::SyncEngine::statusChanged, this, &SyncController::statusChanged);
    connect(m_engine, &sync::SyncEngine::outboxChanged, this, &SyncController::outboxChanged);
    connect(m_engine, &sync::SyncEngine::diskFullChanged, this, &SyncController::diskFullChanged);
    connect(m_engine, &sync::SyncEngine::featuresChanged, this, &SyncController::featuresChanged);
}

SyncController::~SyncController()
{
    stop();
    if (!m_started)
        delete m_engine; // never moved into a running thread, so nobody else deletes it
}

void SyncController::start()
{
    // Once stopped, the engine is gone (deleted with the thread's end): no restart.
    if (!m_configured || m_paused || m_stopped || m_thread.isRunning())
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &sync::SyncEngine::start, Qt::QueuedConnection);
}

void SyncController::stop()
{
    if (!m_thread.isRunning())
        return;
    m_stopped = true;
    // Blocking: stop() aborts requests in flight; a page being written finishes its
    // transaction first because it runs in the same thread as stop().
    QMetaObject::invokeMethod(m_engine, &sync::SyncEngine::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!m_configured)
        return;
    if (paused) {
        if (m_thread.isRunning())
            QMetaObject::invokeMethod(m_engine, &sync::SyncEngine::stop, Qt::QueuedConnection);
        return;
    }
    if (!m_thread.isRunning()) {
        start();
        return;
    }
    QMetaObject::invokeMethod(m_engine, &sync::SyncEngine::start, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_engine, &sync::SyncEngine::flushOutbox, Qt::QueuedConnection);
}

void SyncController::syncNow()
{
    if (m_thread.isRunning() && !m_paused)
        QMetaObject::invokeMethod(m_engine, &sync::SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncController::flushOutbox()
{
    if (m_thread.isRunning() && !m_paused)
        QMetaObject::invokeMethod(m_engine, &sync::SyncEngine::flushOutbox, Qt::QueuedConnection);
}

void SyncController::confirmMassDeletion(const QString &collection, int count, const QString &who)
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, collection, count, who] {
            engine->confirmMassDeletion(collection, count, who);
        },
        Qt::QueuedConnection);
}

} // namespace ioc::app
