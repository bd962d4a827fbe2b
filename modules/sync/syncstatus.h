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
    int pagesDone = 0; // of the runs in progress
    int featuresDone = 0;
    int pendingRuns = 0; // collections due but not started yet
};

} // namespace ioc::sync

Q_DECLARE_METATYPE(ioc::sync::SyncStatus)
