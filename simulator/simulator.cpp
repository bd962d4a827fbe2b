#include "simulator.h"

#include "ogcapi.h"
#include "simclock.h"
#include "simlogging.h"
#include "simserver.h"
#include "world.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ioc::sim {

Simulator::Simulator() = default;

Simulator::~Simulator()
{
    m_server.reset();
    m_api.reset();
    m_world.reset();
}

bool Simulator::start(const SimOptions &o, QString *error, std::shared_ptr<Clock> clock)
{
    qint64 startMs = o.startMs;
    if (startMs < 0) {
        // Default: now, to the minute, so the demo data looks current.
        startMs = QDateTime::currentMSecsSinceEpoch();
        startMs -= startMs % 60000;
    }
    const bool injected = bool(clock);
    std::shared_ptr<ScaledClock> scaled;
    if (!injected)
        scaled = std::make_shared<ScaledClock>(startMs, o.clockSpeed);
    m_clock = injected ? std::move(clock) : scaled;

    WorldConfig wc;
    wc.seed = o.seed;
    wc.scale = o.scale;
    wc.t0Ms = injected ? m_clock->nowMs() : startMs;
    wc.ratePerMinute = o.rate;
    if (!o.geoDir.isEmpty())
        wc.geoDir = o.geoDir;
    wc.stateDir = o.stateDir;
    m_world = std::make_unique<World>();
    if (!m_world->init(wc, error))
        return false;

    ApiOptions ao;
    ao.token = o.token;
    ao.readOnlyToken = o.readOnlyToken;
    ao.minimal = o.minimal;
    ao.minimalPageCap = o.pageCap;
    ao.testControl = o.testControl;
    // An injected clock belongs to the test that injected it and is stepped there.
    if (scaled)
        ao.advanceClockMs = [scaled](qint64 ms) { scaled->advanceMs(ms); };
    if (!o.idMapFile.isEmpty()) {
        QFile f(o.idMapFile);
        const QJsonDocument doc
            = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()) : QJsonDocument();
        if (!doc.isObject()) {
            *error = QStringLiteral("--id-map %1: not a JSON object").arg(o.idMapFile);
            return false;
        }
        const QJsonObject map = doc.object();
        for (auto it = map.begin(); it != map.end(); ++it)
            ao.idMap.insert(it.key(), it.value().toString());
    }
    m_api = std::make_unique<OgcApi>(*m_world, *m_clock, ao);
    m_server = std::make_unique<SimServer>(*m_api, *m_clock, FaultInjector(o.seed, o.faults));
    m_port = m_server->listen(o.bind, o.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(o.bind.toString()).arg(o.port);
        return false;
    }
    return true;
}

} // namespace ioc::sim
