#pragma once

#include <QByteArray>
#include <QDateTime>
#include <chrono>
#include <functional>
#include <optional>

namespace ioc::sync {

// Exponential backoff with jitter for retrying a data source: base × 2^(failures−1),
// capped, then a random point in its upper half — so fifty workstations that lost the
// center at the same moment do not come back in the same second, yet none waits less
// than half its step. The random source is injectable for tests.
class Backoff
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit Backoff(std::chrono::milliseconds base = std::chrono::seconds(2),
        std::chrono::milliseconds cap = std::chrono::minutes(5), Random random = {});

    // Records a failure and returns how long to wait before the next try.
    std::chrono::milliseconds failed();
    // Records a failure whose server named the wait (Retry-After): that wait is honoured
    // (never shortened), capped at one hour.
    std::chrono::milliseconds failedWithRetryAfter(std::chrono::seconds retryAfter);
    void succeeded() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    Random m_random;
    int m_failures = 0;
};

// Parses a Retry-After header: delta-seconds or an HTTP-date (relative to `now`).
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace ioc::sync
