#include "simclock.h"

namespace ioc::sim {

ScaledClock::ScaledClock(qint64 startMs, double speed)
    : m_startMs(startMs)
    , m_speed(speed)
{
    m_elapsed.start();
}

qint64 ScaledClock::nowMs() const
{
    // Whole seconds: every timestamp the simulator emits is RFC 3339 without fractions,
    // so a datetime filter compares exactly what the client saw.
    const qint64 ms = m_startMs + qint64(double(m_elapsed.elapsed()) * m_speed);
    return ms - ms % 1000;
}

} // namespace ioc::sim
