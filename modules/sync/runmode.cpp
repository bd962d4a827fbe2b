#include "sync/runmode.h"

#include "sync/syncstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace ioc::sync {

namespace {

// Our convention (docs/protocol.md): a collection that can be filtered incrementally
// names its temporal property in its metadata. An optimisation only: without it the
// client probes the server's datetime filter itself.
const QString kTemporalPropertyKey = QStringLiteral("ioc:temporalProperty");
// A probe interval no feature can fall in: a server that filters returns nothing.
const QString kFutureInterval = QStringLiteral("2999-01-01T00:00:00Z/..");

} // namespace

bool namesIocTemporalProperty(const QJsonObject &metadata)
{
    return metadata.value(kTemporalPropertyKey).toString() == QLatin1String("updated_at");
}

std::optional<bool> configuredDatetimeCapability(CollectionMapping::Mode mode, bool iocTemporal)
{
    switch (mode) {
    case CollectionMapping::Mode::Reconcile:
        return false;
    case CollectionMapping::Mode::Incremental:
        return true;
    case CollectionMapping::Mode::Auto:
        break;
    }
    if (iocTemporal)
        return true;
    return std::nullopt;
}

bool wantsIncremental(const CollectionSyncState &state, bool forceReconcile, const QDateTime &now,
    std::chrono::seconds reconcileEvery)
{
    const bool reconcileDue = !state.lastReconciled.isValid()
        || state.lastReconciled.secsTo(now) >= reconcileEvery.count();
    return state.hasCompletedOnce() && !forceReconcile && !reconcileDue
        && !state.maxUpdatedAt.isEmpty();
}

QString runMode(
    const CollectionSyncState &state, bool incrementalWanted, std::optional<bool> datetimeWorks)
{
    if (!state.hasCompletedOnce())
        return QStringLiteral("initial");
    if (!incrementalWanted || !datetimeWorks.value_or(false))
        return QStringLiteral("reconcile");
    return QStringLiteral("incremental");
}

QueryItems probeQuery(ProbeStep step, const QString &cursor)
{
    const QString interval = step == ProbeStep::FarFuture
        ? kFutureInterval
        : (cursor.isEmpty() ? QStringLiteral("1970-01-01T00:00:00Z") : cursor)
            + QStringLiteral("/..");
    return { { QStringLiteral("limit"), QStringLiteral("1") },
        { QStringLiteral("datetime"), interval } };
}

QString DatetimeVerdict::note() const
{
    return works
        ? QStringLiteral("datetime filtering works (%1): incremental sync").arg(why)
        : QStringLiteral("datetime filtering cannot be trusted (%1): reconciliation only").arg(why);
}

std::optional<DatetimeVerdict> datetimeRefused(int status)
{
    if (status == 400 || status == 422 || status == 501)
        return DatetimeVerdict { false,
            QStringLiteral("the server refused the parameter, HTTP %1").arg(status) };
    return std::nullopt;
}

std::optional<DatetimeVerdict> judgeProbeAnswer(
    const QByteArray &body, ProbeStep step, const std::function<qint64()> &cachedCount)
{
    const QJsonObject page = QJsonDocument::fromJson(body).object();
    const qsizetype returned = page.value(QLatin1String("features")).toArray().size();
    const qint64 matched = page.value(QLatin1String("numberMatched")).toInteger(-1);
    if (!page.value(QLatin1String("features")).isArray())
        return DatetimeVerdict { false, QStringLiteral("the answer was not a FeatureCollection") };
    if (step == ProbeStep::FarFuture) {
        if (returned > 0 || matched > 0) {
            return DatetimeVerdict { false,
                QStringLiteral("an interval in the year 2999 matched %1 features")
                    .arg(matched > 0 ? matched : returned) };
        }
        return std::nullopt;
    }
    // Since our cursor: a subset of the collection (the cache's count is a lower bound
    // of the server's, give or take what changed since).
    const qint64 cached = cachedCount();
    if (matched > cached + std::max<qint64>(1000, cached / 10)) {
        return DatetimeVerdict { false,
            QStringLiteral("the interval since the last sync matched %1 features, the "
                           "collection has about %2")
                .arg(matched)
                .arg(cached) };
    }
    return DatetimeVerdict { true,
        QStringLiteral("nothing in 2999, %1 since the last sync")
            .arg(matched >= 0 ? QString::number(matched) : QStringLiteral("some")) };
}

} // namespace ioc::sync
