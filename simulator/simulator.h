#pragma once

#include "simoptions.h"

#include <QString>
#include <memory>

namespace ioc::sim {

class Clock;
class OgcApi;
class SimServer;
class World;

// World + clock + API + HTTP server, assembled from options: what the executable runs
// and what tests start in-process.
class Simulator
{
public:
    Simulator();
    ~Simulator();
    // clock: an injected clock (tests); null builds one from --start-time/--clock-speed.
    bool start(const SimOptions &options, QString *error, std::shared_ptr<Clock> clock = {});
    quint16 port() const { return m_port; }
    World &world() { return *m_world; }

private:
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<World> m_world;
    std::unique_ptr<OgcApi> m_api;
    std::unique_ptr<SimServer> m_server;
    quint16 m_port = 0;
};

} // namespace ioc::sim
