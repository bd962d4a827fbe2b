#pragma once

#include "ogcapi.h"

#include <QString>

namespace ioc::sim {

struct FaultOptions
{
    int latencyMs = 0;
    double errorRate = 0.0; // share of requests answered 500/502/503
    double dropRate = 0.0; // share of responses cut mid-body
    double malformedRate = 0.0; // share of feature responses made invalid
    int throttlePerSecond = 0; // requests per simulated second before 429 (0: off)
};

// Decides, per request, which fault to inject. Decisions come from (seed, request number),
// so a test replaying the same requests sees the same faults. Every injected fault is
// named in the X-Sim-Fault response header.
class FaultInjector
{
public:
    FaultInjector(quint64 seed, FaultOptions options);

    struct Decision
    {
        bool throttled = false;
        int errorStatus = 0;
        bool drop = false;
        QString malformedKind; // empty: none
        int latencyMs = 0;
    };
    Decision decide(qint64 nowMs);

    static const QStringList &malformedKinds();
    // Breaks a JSON feature/page response in the named way (and marks it).
    static void malform(ApiResponse &resp, const QString &kind);
    static ApiResponse throttledResponse();
    static ApiResponse errorResponse(int status);

    const FaultOptions &options() const { return m_options; }

private:
    quint64 m_seed;
    FaultOptions m_options;
    quint64 m_requests = 0;
    qint64 m_windowSecond = -1;
    int m_windowCount = 0;
};

} // namespace ioc::sim
