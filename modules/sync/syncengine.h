#pragma once

#include "sync/backoff.h"
#include "sync/collectionsyncer.h"
#include "sync/syncsettings.h"
#include "sync/syncstatus.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace ioc::core {
class OutboxStore;
class SqliteFile;
} // namespace ioc::core

namespace ioc::sync {

class OutboxSender;
class SyncStore;

// Keeps every collection fresh: schedules each on its interval with jitter, retries
// failures with backoff (honouring Retry-After), stops a source whose credentials are
// refused, and reports status. It works in whatever thread it lives in, with its own
// QNetworkAccessManager and its own SQLite connection, created in start(); the desktop
// moves it to a worker thread, `--sync-once` runs it on the main thread.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // dataDir: the LocalCache directory (the engine opens its own connections to both
    // files). collections: our collection ids to keep in sync.
    SyncEngine(const QString &dataDir, const SyncSettings &settings, const QStringList &collections,
        QObject *parent = nullptr);
    ~SyncEngine() override;

    void setClock(CollectionSyncer::Clock clock) { m_clock = std::move(clock); }
    void setRandom(Backoff::Random random) { m_random = std::move(random); }
    void setMaxConcurrentRuns(int runs) { m_maxConcurrent = std::max(1, runs); }
    // How long a full disk pauses sync before one run tries again (tests shorten it).
    void setDiskFullRetryInterval(std::chrono::milliseconds interval)
    {
        m_diskFullRetry = interval;
    }

    // Whether a store write failed for a full disk and sync is paused; the message says so
    // in the operator's language and names the data directory.
    bool isDiskFull() const { return m_diskFull; }
    const QString &diskFullMessage() const { return m_diskFullMessage; }

    // When each collection is next due (for tests and the status view).
    QDateTime dueAt(const QString &collection) const;
    // Collections the mapping file turned off ("enabled": false): never requested.
    const QStringList &disabledCollections() const { return m_disabled; }

    // How much longer than its interval a reconcile-only collection waits after `quietRuns`
    // reconciliations in a row found nothing new: doubling, at most 8×, and never past an
    // hour unless the interval itself is longer.
    static std::chrono::seconds adaptiveInterval(std::chrono::seconds interval, int quietRuns);

public slots:
    void start();
    void stop();
    void syncNow();
    void runOnce();
    void tick();
    // Sends pending operator actions now (after the operator acted).
    void flushOutbox();
    // The operator confirmed the deletion a reconciliation of `collection` held back
    // (CollectionStatus::heldDeletions = count): the next run — now, when scheduling — is a
    // reconciliation that deletes up to `count` features beyond the share; more than that
    // is held again. `who` is logged.
    void confirmMassDeletion(const QString &collection, int count, const QString &who);

signals:
    void reportReady(const ioc::sync::SyncReport &report);
    void statusChanged(const ioc::sync::SyncStatus &status);
    void runOnceFinished(const QList<ioc::sync::SyncReport> &reports);
    void stopped();
    void outboxChanged(int pending, int rejectedTotal);
    // After each committed page that changed something, and after reconciliation removed
    // features: our collection id, feature ids as served. changedIds = inserted or content
    // changed (unchanged features are not listed); removedIds = deleted at the source.
    // For the alert engine; emitted in the engine's thread.
    void featuresChanged(
        const QString &collection, const QStringList &changedIds, const QStringList &removedIds);
    // A store write failed because the disk is full (full = true, message for the
    // operator): no new collection run starts, one run tries again every
    // setDiskFullRetryInterval(). full = false (message empty) when such a retry succeeded
    // and sync goes on by itself.
    void diskFullChanged(bool full, const QString &message);

private:
    struct Slot
    {
        CollectionSyncer *syncer = nullptr;
        Backoff backoff;
        QDateTime due;
        CollectionStatus status;
        bool inRunOnce = false;
        bool reconcileAsked = false; // confirmMassDeletion(): the next run reconciles
        // Reconciliations in a row that found nothing new: on a server without datetime
        // filtering, the next one waits longer (docs/sync.md, "Real servers").
        int quietRuns = 0;
        // The runs of the last hour, for the status view's download figures.
        struct Download
        {
            QDateTime when;
            qint64 bytes = 0;
            int requests = 0;
        };
        QList<Download> downloads;
    };

    void ensureStarted();
    bool heldForTheOutbox(const QString &collection) const;
    void startRun(Slot &slot);
    void onFinished(const SyncReport &finished);
    void onProgress(const QString &collection, int pages, int features, qint64 expected);
    void scheduleNext(Slot &slot, const SyncReport &report);
    std::chrono::milliseconds jitter(std::chrono::seconds interval) const;
    void publishStatus();
    void maybeFinishRunOnce();
    void pauseForFullDisk(const QString &collection);
    void retryAfterFullDisk();
    void resumeAfterFullDisk();
    QDateTime now() const;

    QString m_dataDir;
    SyncSettings m_settings;
    QStringList m_collections;
    QStringList m_disabled;
    CollectionSyncer::Clock m_clock;
    Backoff::Random m_random;
    int m_maxConcurrent = 2;

    std::unique_ptr<core::SqliteFile> m_mirror;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<core::SqliteFile> m_operatorStore;
    std::unique_ptr<core::OutboxStore> m_outbox;
    OutboxSender *m_sender = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    std::map<QString, Slot> m_slots;
    struct Progress
    {
        int pages = 0;
        qint64 features = 0;
        qint64 expected = -1;
        bool finished = false;
    };
    // Runs of the current busy period, cleared when no collection is running any more.
    QHash<QString, Progress> m_progress;
    QDateTime m_busySince;
    bool m_credentialsRefused = false;
    bool m_scheduling = false;
    QList<SyncReport> m_runOnceReports;
    int m_runOnceRemaining = 0;
    // Full disk: paused until a retry run (of m_diskFullCollection) succeeds.
    bool m_diskFull = false;
    QString m_diskFullMessage;
    QString m_diskFullCollection;
    bool m_diskFullRetryRunning = false;
    QTimer *m_diskFullTimer = nullptr;
    std::chrono::milliseconds m_diskFullRetry;
};

} // namespace ioc::sync
