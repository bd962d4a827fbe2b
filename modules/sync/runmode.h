#pragma once

#include "sync/syncsettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <chrono>
#include <functional>
#include <optional>

namespace ioc::sync {

struct CollectionSyncState;

// Out of CollectionSyncer: which kind of run a collection gets (initial, reconcile,
// incremental), and the probe that decides whether the server's datetime filter can be
// trusted for incremental reads. Decisions only; the syncer makes the requests.

using QueryItems = QList<QPair<QString, QString>>;

// The metadata of /collections/{id} names our convention's temporal property
// (docs/protocol.md): the collection can be read incrementally without a probe.
bool namesIocTemporalProperty(const QJsonObject &metadata);
// Whether the collection can be read incrementally, as far as the mapping's mode and
// the metadata say; std::nullopt when the probe's remembered verdict decides.
std::optional<bool> configuredDatetimeCapability(CollectionMapping::Mode mode, bool iocTemporal);

// An incremental run is wanted: the collection completed a run once, has a cursor, and
// no reconciliation is forced or due (every `reconcileEvery`).
bool wantsIncremental(const CollectionSyncState &state, bool forceReconcile, const QDateTime &now,
    std::chrono::seconds reconcileEvery);
// "initial" (never completed), "incremental" (wanted and the server filters by datetime)
// or "reconcile".
QString runMode(
    const CollectionSyncState &state, bool incrementalWanted, std::optional<bool> datetimeWorks);

// The probe: a server whose datetime filter works returns nothing for an interval in the
// far future, and for the interval since our cursor at most what the collection has. A
// server that ignores the parameter (MapServer 8 does) returns everything both times; one
// that rejects it answers 400. The verdict is kept in the mirror, so this costs two
// one-feature requests per collection, once.
enum class ProbeStep { FarFuture, SinceCursor };
QueryItems probeQuery(ProbeStep step, const QString &cursor = {});

struct DatetimeVerdict
{
    bool works = false;
    QString why;

    // For the report and the log.
    QString note() const;
};

// A status that refuses the datetime parameter outright (400, 422, 501).
std::optional<DatetimeVerdict> datetimeRefused(int status);
// The verdict on a probe step's answer; std::nullopt when the far-future step found
// nothing (the since-cursor step follows). `cachedCount` (the features the cache holds)
// is asked only at the since-cursor step.
std::optional<DatetimeVerdict> judgeProbeAnswer(
    const QByteArray &body, ProbeStep step, const std::function<qint64()> &cachedCount);

} // namespace ioc::sync
