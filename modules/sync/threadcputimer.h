#pragma once

#include <QtGlobal>
#include <ctime>

namespace ioc::sync {

// CPU time of the calling thread: what parsing and storing cost, whatever else the
// machine is doing (wall time on a shared machine mostly measures the neighbours). For
// SyncReport's parse, store and build figures.
class ThreadCpuTimer
{
public:
    ThreadCpuTimer() { m_start = now(); }
    qint64 restartMicros()
    {
        const qint64 current = now();
        const qint64 elapsed = current - m_start;
        m_start = current;
        return elapsed;
    }

private:
    static qint64 now()
    {
        timespec time {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
        return qint64(time.tv_sec) * 1000000 + time.tv_nsec / 1000;
    }
    qint64 m_start = 0;
};

} // namespace ioc::sync
