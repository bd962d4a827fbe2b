#include "alertcontroller.h"

#include "alerts/alertengine.h"

namespace ioc::app {

AlertController::AlertController(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_engine(new alerts::AlertEngine(dataDir))
{
    m_thread.setObjectName(QStringLiteral("alerts"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &alerts::AlertEngine::alertsChanged, this, &AlertController::alertsChanged);
    connect(m_engine, &alerts::AlertEngine::alertRaised, this, &AlertController::alertRaised);
    connect(m_engine, &alerts::AlertEngine::rulesLoaded, this, &AlertController::rulesLoaded);
    connect(m_engine, &alerts::AlertEngine::actionFailed, this, &AlertController::actionFailed);
}

AlertController::~AlertController()
{
    stop();
    // Never started: the thread never ran, so its finished() (which deletes the engine)
    // never comes. No thread runs the engine either; deleting it here also drops the
    // calls still queued for it.
    if (!m_started)
        delete m_engine;
}

void AlertController::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_engine, &alerts::AlertEngine::start, Qt::QueuedConnection);
}

void AlertController::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_engine, &alerts::AlertEngine::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AlertController::onFeaturesChanged(
    const QString &collection, const QStringList &changedIds, const QStringList &removedIds)
{
    QMetaObject::invokeMethod(m_engine,
        [=, engine = m_engine] { engine->onFeaturesChanged(collection, changedIds, removedIds); });
}

void AlertController::onCollectionChanged(const QString &collection)
{
    QMetaObject::invokeMethod(
        m_engine, [=, engine = m_engine] { engine->evaluateCollection(collection); });
}

void AlertController::acknowledge(
    const QString &alertId, const QString &operatorName, const QString &note)
{
    QMetaObject::invokeMethod(
        m_engine, [=, engine = m_engine] { engine->acknowledge(alertId, operatorName, note); });
}

void AlertController::resolve(
    const QString &alertId, const QString &operatorName, const QString &note)
{
    QMetaObject::invokeMethod(
        m_engine, [=, engine = m_engine] { engine->resolve(alertId, operatorName, note); });
}

void AlertController::silence(const QString &alertId, const QString &ruleId,
    const QString &unitCode, const QDateTime &until, const QString &who, const QString &why)
{
    QMetaObject::invokeMethod(m_engine,
        [=, engine = m_engine] { engine->silence(alertId, ruleId, unitCode, until, who, why); });
}

void AlertController::reloadRules()
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->reloadRules(); });
}

} // namespace ioc::app
