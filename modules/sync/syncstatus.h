#pragma once

#include "sync/syncreport.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace ioc::sync {

// A snapshot of sync for the UI: copied across threads, never shared.
struct CollectionStatus
{
    QString collection;
    QDateTime lastSuccess;
    QDateTime lastAttempt;
    QString lastError;
    SyncReport::Outcome lastOutcome = SyncReport::Outcome::Synced;
    bool hasRun = false;
    bool running = false;
    qint64 featureCount = 0;
    qint64 quarantined = 0;
    qint64 intervalSeconds = 0;
    qint64 bytesLastHour = 0; // response bytes of this collection's runs in the last hour
    qint64 requestsLastHour = 0;
    // What the last complete reconciliation held back (SyncReport::heldDeletions): shown
    // with a button that confirms the deletion.
    int heldDeletions = 0;
};

struct SyncStatus
{
    enum class State {
        NotConfigured, // no data center URL, or --offline
        Online, // last attempts succeeded
        Syncing, // at least one collection is being fetched
        Offline, // the center cannot be reached; retrying with backoff
        CredentialsRefused, // 401/403: stopped until the operator fixes the token
    };

    State state = State::NotConfigured;
    QList<CollectionStatus> collections;
    // Progress of the current busy period (since sync went from idle to Syncing): the runs
    // in progress and those that finished during it.
    int pagesDone = 0;
    qint64 featuresDone = 0;
    // What those runs will fetch in all, where the server said how many (numberMatched);
    // runs of unknown size count what they fetched. featuresExpected <= featuresDone
    // means no estimate.
    qint64 featuresExpected = 0;
    QDateTime busySince; // start of the busy period; invalid when idle
    int pendingRuns = 0; // collections due but not started yet
};

} // namespace ioc::sync

Q_DECLARE_METATYPE(ioc::sync::SyncStatus)
