#pragma once

#include "core/cacheerror.h"
#include "core/featurestore.h"
#include "sync/pageparser.h"

#include <QDateTime>
#include <QSet>
#include <optional>

namespace ioc::core {
class SqliteFile;
}

namespace ioc::sync {

// What sync remembers per collection, in the mirror's sync_state table.
struct CollectionSyncState
{
    QString collection;
    QString mode; // run in progress: "initial", "incremental", "reconcile"; empty when idle
    QString nextUrl; // where an interrupted run resumes
    QString etag;
    QString lastModified;
    QString maxUpdatedAt; // newest updated_at seen: the next incremental read starts here
    QDateTime lastSuccess;
    QDateTime lastAttempt;
    QDateTime lastReconciled;
    QString lastError;
    qint64 pagesDone = 0;
    qint64 featuresDone = 0;
    // What was learned about the server (mirror v5): does its datetime filter work (unset:
    // not probed yet), and a page size it accepts when ours was refused (0: ours).
    std::optional<bool> datetimeVerdict;
    int acceptedPageLimit = 0;

    bool hasCompletedOnce() const { return lastSuccess.isValid(); }
};

struct QuarantineRow
{
    QString collection;
    QString featureId;
    QString reason;
    QByteArray raw;
    QDateTime seenAt;
};

// All of sync's SQL, testable without a network or a thread.
class SyncStore
{
public:
    explicit SyncStore(const core::SqliteFile &mirror);

    CollectionSyncState state(const QString &collection) const;
    const core::SqliteFile &mirror() const { return m_mirror; }

    // Marks the start of a run (mode, and the URL it begins with).
    core::CacheError beginRun(const QString &collection, const QString &mode, const QUrl &firstUrl,
        const QDateTime &when);

    // Stores one page and, in the same transaction, the progress that lets an interrupted
    // run resume at `resumeUrl` (the page after this one).
    core::CacheError commitPage(const QString &collection, const ParsedPage &page,
        const QUrl &resumeUrl, const QDateTime &when, core::UpsertStats *stats);

    // Ends a run successfully: validators and the incremental cursor for the next one.
    // *built (optional): whether it also completed a bulk first sync.
    core::CacheError finishRun(const QString &collection, const QString &maxUpdatedAt,
        const QString &etag, const QString &lastModified, const QDateTime &when,
        bool wasReconciliation, bool *built = nullptr);

    // Remembers what a probe or a refused page size taught about the server.
    core::CacheError saveDatetimeVerdict(const QString &collection, bool works);
    core::CacheError saveAcceptedPageLimit(const QString &collection, int limit);

    core::CacheError recordFailure(
        const QString &collection, const QString &error, const QDateTime &when);

    // Reconciliation's last step: removes the collection's features the source no longer
    // has (ids not seen during a complete pass). *removedIds (optional) gets their ids.
    // When more than maxShare of the collection (of at least kMinFeaturesForDeletionHold
    // features) would go, nothing is removed and *held (optional) says how many would —
    // unless an operator confirmed at least that many (confirmed): a confirmation covers
    // the deletion the operator was shown, not a larger one that came up since.
    core::CacheError removeNotSeen(const QString &collection, const QSet<QString> &seenIds,
        int *removed, QStringList *removedIds = nullptr, double maxShare = 1.0, int *held = nullptr,
        int confirmed = 0);
    static constexpr qint64 kMinFeaturesForDeletionHold = 20;

    // Pages that fail (docs/reliability.md, "Never wedged"). recordPageFailure() returns
    // how many times this URL has now failed; a success forgets it; a record the run went
    // past is marked skipped and listed with the quarantine. A run that ends well forgets
    // the failures it did not meet again.
    int recordPageFailure(
        const QString &collection, const QUrl &url, const QString &reason, const QDateTime &when);
    void forgetPageFailure(const QString &collection, const QUrl &url);
    core::CacheError recordSkippedRecord(
        const QString &collection, const QUrl &url, const QString &reason, const QDateTime &when);
    void forgetPageFailuresBefore(const QString &collection, const QDateTime &when);
    bool hasPageFailures(const QString &collection) const;

    // Rows kept per collection in the quarantine: the newest; a server that sends
    // garbage forever must not fill the disk with it.
    static constexpr int kMaxQuarantinePerCollection = 10000;

    qint64 quarantinedCount(const QString &collection) const;
    bool hasFeatures(const QString &collection) const;
    QList<QuarantineRow> quarantine(const QStringList &collections, int limit = 500) const;

private:
    core::CacheError writeProgress(QSqlDatabase &db, const QString &collection,
        const QUrl &resumeUrl, const ParsedPage &page, const QDateTime &when) const;

    const core::SqliteFile &m_mirror;
};

} // namespace ioc::sync
