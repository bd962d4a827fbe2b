#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace ioc::sim {

// The simulator never reads the wall clock directly: live changes, timeStamps and
// throttling windows all ask a Clock, so tests can freeze or step time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

// Simulated time = start + speed * real elapsed time (speed 0 freezes the clock).
class ScaledClock final : public Clock
{
public:
    ScaledClock(qint64 startMs, double speed);
    qint64 nowMs() const override;
    // A step forward on top of the running clock (--test-control's POST /_test/clock).
    void advanceMs(qint64 ms) { m_startMs += ms; }

private:
    qint64 m_startMs;
    double m_speed;
    QElapsedTimer m_elapsed;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs)
        : m_nowMs(startMs)
    { }
    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace ioc::sim
