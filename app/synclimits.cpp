#include "synclimits.h"

#include <QSettings>
#include <functional>

namespace ioc::app {

namespace {

struct Limit
{
    const char *key; // under "limits/"
    double minimum;
    double maximum;
    std::function<void(sync::SyncSettings *, double)> apply;
};

std::chrono::seconds seconds(double value)
{
    return std::chrono::seconds(static_cast<qint64>(value));
}

// Ranges wide enough for any real deployment and narrow enough that no value switches a
// bound off (0 means "off" only for the minimum rate, where a satellite link may need it).
const Limit kLimits[] = {
    { "requestTimeout", 5, 600, [](auto *s, double v) { s->requestTimeout = seconds(v); } },
    { "requestDeadline", 10, 3600, [](auto *s, double v) { s->requestDeadline = seconds(v); } },
    { "minimumRate", 0, 1 << 20, [](auto *s, double v) { s->minimumRate = qint64(v); } },
    { "rateWindow", 5, 600, [](auto *s, double v) { s->rateWindow = seconds(v); } },
    { "responseMegabytes", 1, 128,
        [](auto *s, double v) { s->maxResponseBytes = qint64(v) * 1024 * 1024; } },
    { "pagesPerRun", 10, 1000000, [](auto *s, double v) { s->maxPagesPerRun = int(v); } },
    { "runDeadline", 60, 24 * 3600, [](auto *s, double v) { s->runDeadline = seconds(v); } },
    { "maxDeletionShare", 0, 1, [](auto *s, double v) { s->maxDeletionShare = v; } },
    { "geometryPositions", 1000, 10000000,
        [](auto *s, double v) { s->maxGeometryPositions = qint64(v); } },
    { "stringBytes", 1024, 64 << 20, [](auto *s, double v) { s->maxStringBytes = qint64(v); } },
    { "properties", 10, 100000, [](auto *s, double v) { s->maxProperties = int(v); } },
};

} // namespace

void applySyncLimits(const QSettings &settings, sync::SyncSettings *sync, QStringList *warnings)
{
    for (const Limit &limit : kLimits) {
        const QString key = QStringLiteral("limits/") + QLatin1String(limit.key);
        if (!settings.contains(key))
            continue;
        bool ok = false;
        const double value = settings.value(key).toDouble(&ok);
        if (!ok || value < limit.minimum || value > limit.maximum) {
            warnings->append(QStringLiteral("setting %1 = %2 is not a number from %3 to %4; the "
                                            "default is used")
                                 .arg(key, settings.value(key).toString())
                                 .arg(limit.minimum)
                                 .arg(limit.maximum));
            continue;
        }
        limit.apply(sync, value);
    }
}

} // namespace ioc::app
