#include "sync/syncengine.h"

#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/outboxstore.h"
#include "core/sqlitefile.h"
#include "sync/outboxsender.h"
#include "sync/synclogging.h"
#include "sync/syncstore.h"
#include "sync/threadpriority.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

namespace ioc::sync {

using namespace std::chrono;

namespace {
// The scheduler looks for due collections this often; intervals are tens of seconds.
constexpr milliseconds kTickInterval { 500 };
// At start, collections are spread over this window so a restart of fifty workstations
// after a power cut does not hit the center in one second.
constexpr milliseconds kStartSpread { 5000 };
// A full disk rarely empties by itself within seconds: someone has to free space. Once a
// minute one run tries again (a page written = the disk has room); more often would
// only repeat the same failure, and waiting longer would leave the data stale after the
// operator cleaned up.
constexpr milliseconds kDiskFullRetry { 60 * 1000 };

bool isWrittenByTheOutbox(const QString &collection)
{
    return collection == QLatin1String(core::OutboxStore::kAcknowledgementCollection)
        || collection == QLatin1String(core::OutboxStore::kNoteCollection)
        || collection == QLatin1String(core::OutboxStore::kDirectiveCollection);
}
} // namespace

SyncEngine::SyncEngine(const QString &dataDir, const SyncSettings &settings,
    const QStringList &collections, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_settings(settings)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_diskFullRetry(kDiskFullRetry)
{
    for (const QString &collection : collections) {
        if (settings.isEnabled(collection))
            m_collections.append(collection);
        else
            m_disabled.append(collection);
    }
    qRegisterMetaType<ioc::sync::SyncReport>();
    qRegisterMetaType<ioc::sync::SyncStatus>();
    qRegisterMetaType<QList<ioc::sync::SyncReport>>();
}

SyncEngine::~SyncEngine()
{
    for (auto &[name, slot] : m_slots) {
        if (slot.syncer)
            slot.syncer->disconnect(this);
    }
}

QDateTime SyncEngine::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QDateTime SyncEngine::dueAt(const QString &collection) const
{
    const auto it = m_slots.find(collection);
    return it == m_slots.end() ? QDateTime() : it->second.due;
}

void SyncEngine::ensureStarted()
{
    if (m_network)
        return;
    yieldToTheUiThread();
    const QDir dir(m_dataDir);
    m_mirror = std::make_unique<core::SqliteFile>(
        dir.filePath(QLatin1String(core::LocalCache::kMirrorFileName)), QStringLiteral("sync"));
    m_store = std::make_unique<SyncStore>(*m_mirror);
    m_operatorStore = std::make_unique<core::SqliteFile>(
        dir.filePath(QLatin1String(core::LocalCache::kOperatorFileName)), QStringLiteral("outbox"));
    m_outbox = std::make_unique<core::OutboxStore>(*m_operatorStore);
    m_network = new QNetworkAccessManager(this);
    m_sender = new OutboxSender(m_network, m_outbox.get(), m_settings, m_clock, m_random, this);
    connect(m_sender, &OutboxSender::finished, this, [this](int, int, int remaining) {
        emit outboxChanged(remaining, static_cast<int>(m_outbox->rejected().size()));
        maybeFinishRunOnce();
        tick(); // the operator collections held while sending (heldForTheOutbox)
    });
    for (const QString &collection : std::as_const(m_collections)) {
        Slot &slot = m_slots[collection];
        slot.backoff = Backoff(seconds(2), minutes(5), m_random);
        slot.syncer
            = new CollectionSyncer(m_network, m_store.get(), m_settings, collection, m_clock, this);
        slot.status.collection = collection;
        slot.status.intervalSeconds = m_settings.intervalFor(collection).count();
        const CollectionSyncState state = m_store->state(collection);
        slot.status.lastSuccess = state.lastSuccess;
        slot.status.lastAttempt = state.lastAttempt;
        slot.status.lastError = state.lastError;
        slot.status.featureCount = core::FeatureStore(*m_mirror).count({ collection });
        slot.status.quarantined = m_store->quarantinedCount(collection);
        connect(slot.syncer, &CollectionSyncer::finished, this, &SyncEngine::onFinished);
        connect(slot.syncer, &CollectionSyncer::progress, this, &SyncEngine::onProgress);
        connect(
            slot.syncer, &CollectionSyncer::featuresChanged, this, &SyncEngine::featuresChanged);
    }
}

milliseconds SyncEngine::jitter(seconds interval) const
{
    const double span = duration_cast<milliseconds>(interval).count() * m_settings.jitterFraction;
    return milliseconds(static_cast<qint64>((m_random() - 0.5) * span));
}

void SyncEngine::start()
{
    ensureStarted();
    m_scheduling = true;
    const QDateTime t = now();
    for (auto &[name, slot] : m_slots)
        slot.due = t.addMSecs(static_cast<qint64>(m_random() * kStartSpread.count()));
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(kTickInterval);
        connect(m_timer, &QTimer::timeout, this, &SyncEngine::tick);
    }
    m_timer->start();
    // Where the platform tells us the network came back, use it; elsewhere (no backend,
    // as on our CI machines) a success after failures does the same job (onFinished).
    if (QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online)
                    syncNow();
            });
    }
    publishStatus();
    tick();
}

void SyncEngine::stop()
{
    m_scheduling = false;
    if (m_timer)
        m_timer->stop();
    for (auto &[name, slot] : m_slots) {
        if (slot.syncer && slot.syncer->isRunning())
            slot.syncer->abort();
    }
    emit stopped();
}

void SyncEngine::syncNow()
{
    ensureStarted();
    m_credentialsRefused = false; // the operator asked: try again with the current token
    if (m_diskFull) {
        // Perhaps the operator has just freed space: one run finds out, now.
        retryAfterFullDisk();
        return;
    }
    const QDateTime t = now();
    for (auto &[name, slot] : m_slots)
        slot.due = t;
    tick();
}

void SyncEngine::runOnce()
{
    ensureStarted();
    m_credentialsRefused = false;
    m_runOnceReports.clear();
    m_runOnceRemaining = static_cast<int>(m_slots.size());
    const QDateTime t = now();
    for (auto &[name, slot] : m_slots) {
        slot.inRunOnce = true;
        slot.due = t;
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(kTickInterval);
        connect(m_timer, &QTimer::timeout, this, &SyncEngine::tick);
    }
    m_timer->start();
    flushOutbox();
    tick();
}

void SyncEngine::flushOutbox()
{
    ensureStarted();
    if (!m_credentialsRefused && m_outbox->pendingCount() > 0)
        m_sender->sendPending();
}

void SyncEngine::confirmMassDeletion(const QString &collection, int count, const QString &who)
{
    ensureStarted();
    const auto it = m_slots.find(collection);
    if (it == m_slots.end() || count <= 0)
        return;
    qCInfo(lcSync).noquote() << who << "confirmed deleting up to" << count << "features of"
                             << collection;
    Slot &slot = it->second;
    slot.syncer->confirmDeletions(count);
    slot.reconcileAsked = true;
    // Now, when sync is on; while paused (Work offline) the confirmation waits for the
    // next run, as it does for --sync-once's next runOnce().
    if (!slot.syncer->isRunning())
        slot.due = now();
    tick();
}

void SyncEngine::tick()
{
    if (m_credentialsRefused)
        return;
    if (m_scheduling && !m_sender->isSending() && m_outbox->pendingCount() > 0)
        m_sender->sendPending(); // waits out its own backoff (notBefore)
    // A full disk: every run would fail on its first page; the retry timer tries one.
    if (m_diskFull)
        return;
    int running = 0;
    for (const auto &[name, slot] : m_slots)
        running += slot.syncer->isRunning() ? 1 : 0;
    const QDateTime t = now();
    // Oldest due first, so a slow collection cannot starve the others.
    std::vector<Slot *> due;
    for (auto &[name, slot] : m_slots) {
        const bool wanted = m_scheduling || slot.inRunOnce;
        if (wanted && !slot.syncer->isRunning() && slot.due.isValid() && slot.due <= t)
            due.push_back(&slot);
    }
    std::sort(due.begin(), due.end(), [](const Slot *a, const Slot *b) { return a->due < b->due; });
    for (Slot *slot : due) {
        if (running >= m_maxConcurrent)
            break;
        if (heldForTheOutbox(slot->status.collection))
            continue;
        startRun(*slot);
        ++running;
    }
}

bool SyncEngine::heldForTheOutbox(const QString &collection) const
{
    // Read while our own PUTs land, an operator collection changes under the run: its
    // count no longer matches what it read ("incomplete", exit 1 for --sync-once), and
    // what was just sent comes back only a run later. Sending takes seconds; then it goes.
    return m_sender->isSending() && isWrittenByTheOutbox(collection);
}

void SyncEngine::startRun(Slot &slot)
{
    if (!m_busySince.isValid())
        m_busySince = now();
    slot.due = QDateTime();
    slot.status.running = true;
    slot.status.lastAttempt = now();
    const bool reconcile = slot.reconcileAsked;
    slot.reconcileAsked = false;
    slot.syncer->start(reconcile);
    publishStatus();
}

void SyncEngine::onProgress(const QString &collection, int pages, int features, qint64 expected)
{
    // A collection synced twice in one busy period counts its latest run.
    m_progress.insert(collection, { pages, features, expected, false });
    publishStatus();
}

void SyncEngine::onFinished(const SyncReport &finished)
{
    SyncReport report = finished;
    // Runs cut short because another collection's credentials were refused failed for
    // that reason, and say so.
    if (m_credentialsRefused && report.outcome == SyncReport::Outcome::Stopped) {
        report.outcome = SyncReport::Outcome::AuthFailed;
        report.error = QStringLiteral("stopped: the data center refused the credentials");
    }
    const auto it = m_slots.find(report.collection);
    if (it == m_slots.end())
        return;
    Slot &slot = it->second;
    if (auto progress = m_progress.find(report.collection); progress != m_progress.end())
        progress->finished = true;
    slot.status.running = false;
    slot.status.hasRun = true;
    slot.status.lastOutcome = report.outcome;
    slot.status.lastError = report.error.isEmpty() ? report.completeness : report.error;
    // A finished reconciliation says afresh what waits for confirmation; other runs do not
    // look at deletions and leave it as it was.
    const bool fullPass
        = report.mode == QLatin1String("reconcile") || report.mode == QLatin1String("initial");
    if (fullPass && !report.resumed && report.succeeded())
        slot.status.heldDeletions = report.heldDeletions;
    slot.downloads.append({ now(), report.bytes, report.requests });
    while (!slot.downloads.isEmpty() && slot.downloads.first().when.secsTo(now()) > 3600)
        slot.downloads.removeFirst();
    slot.status.bytesLastHour = 0;
    slot.status.requestsLastHour = 0;
    for (const Slot::Download &download : std::as_const(slot.downloads)) {
        slot.status.bytesLastHour += download.bytes;
        slot.status.requestsLastHour += download.requests;
    }
    // Counted forward from the count at start (pages committed before a failure count
    // too): COUNT(*) over a collection of half a million features took longer than a
    // whole 1,000-change increment.
    slot.status.featureCount += report.inserted - report.deleted;
    if (report.succeeded()) {
        slot.status.lastSuccess = now();
        if (report.quarantined > 0)
            slot.status.quarantined = m_store->quarantinedCount(report.collection);
        // Learning reachability from results: the first success after failures means the
        // network is back, so collections waiting out a backoff go now.
        const bool wasBackingOff = slot.backoff.failures() > 0;
        slot.backoff.succeeded();
        if (wasBackingOff) {
            for (auto &[name, other] : m_slots) {
                if (other.backoff.failures() > 0 && !other.syncer->isRunning()) {
                    other.backoff.succeeded();
                    other.due = now();
                }
            }
            if (m_scheduling)
                flushOutbox();
        }
    }
    // Only a run that started while paused tells whether the disk has room again: runs
    // already under way when it filled may still succeed on what they had written.
    const bool retryRun = m_diskFullRetryRunning && report.collection == m_diskFullCollection;
    if (retryRun)
        m_diskFullRetryRunning = false;
    const bool diskFull = !report.succeeded() && core::mentionsDiskFull(report.error);
    scheduleNext(slot, report);
    emit reportReady(report);
    if (slot.inRunOnce) {
        slot.inRunOnce = false;
        m_runOnceReports.append(report);
        --m_runOnceRemaining;
    }
    if (report.outcome == SyncReport::Outcome::AuthFailed && !m_credentialsRefused) {
        m_credentialsRefused = true;
        for (auto &[name, other] : m_slots) {
            if (other.syncer->isRunning()) {
                // Queued: aborting emits finished() synchronously, which must not re-enter
                // this function halfway through.
                QMetaObject::invokeMethod(
                    other.syncer, &CollectionSyncer::abort, Qt::QueuedConnection);
            } else if (other.inRunOnce) {
                // Not started yet: with refused credentials it cannot succeed either.
                other.inRunOnce = false;
                SyncReport skipped;
                skipped.collection = name;
                skipped.outcome = SyncReport::Outcome::AuthFailed;
                skipped.error
                    = QStringLiteral("not tried: the data center refused the credentials");
                m_runOnceReports.append(skipped);
                --m_runOnceRemaining;
            }
        }
    }
    if (diskFull)
        pauseForFullDisk(report.collection);
    else if (retryRun && report.succeeded())
        resumeAfterFullDisk();
    else if (retryRun)
        m_diskFullTimer->start(m_diskFullRetry); // failed otherwise: still paused, try later
    maybeFinishRunOnce();
    publishStatus();
    tick();
}

void SyncEngine::pauseForFullDisk(const QString &collection)
{
    if (!m_diskFullTimer) {
        m_diskFullTimer = new QTimer(this);
        m_diskFullTimer->setSingleShot(true);
        connect(m_diskFullTimer, &QTimer::timeout, this, &SyncEngine::retryAfterFullDisk);
    }
    m_diskFullTimer->start(m_diskFullRetry);
    // --sync-once: the collections not tried yet would meet the same full disk.
    const QString message = tr("The disk holding %1 is full: sync paused. Nothing stored was "
                               "lost; free space on it and sync resumes where it stopped.")
                                .arg(QDir::toNativeSeparators(m_dataDir));
    for (auto &[name, other] : m_slots) {
        if (other.inRunOnce && !other.syncer->isRunning()) {
            other.inRunOnce = false;
            SyncReport skipped;
            skipped.collection = name;
            skipped.outcome = SyncReport::Outcome::Failed;
            skipped.error = QStringLiteral("not tried: the disk is full");
            m_runOnceReports.append(skipped);
            --m_runOnceRemaining;
        }
    }
    if (m_diskFull)
        return; // already said; a retry met the same full disk
    m_diskFull = true;
    m_diskFullCollection = collection;
    m_diskFullMessage = message;
    qCWarning(lcSync).noquote() << message;
    emit diskFullChanged(true, m_diskFullMessage);
}

void SyncEngine::retryAfterFullDisk()
{
    if (!m_diskFull)
        return;
    const auto it = m_slots.find(m_diskFullCollection);
    if (it == m_slots.end() || it->second.syncer->isRunning()) {
        m_diskFullTimer->start(m_diskFullRetry);
        return;
    }
    // A run the operator did not ask for: only with the schedule (the desktop), never
    // after --sync-once has reported.
    if (!m_scheduling)
        return;
    m_diskFullRetryRunning = true;
    startRun(it->second);
}

void SyncEngine::resumeAfterFullDisk()
{
    m_diskFull = false;
    m_diskFullMessage.clear();
    m_diskFullCollection.clear();
    if (m_diskFullTimer)
        m_diskFullTimer->stop();
    qCInfo(lcSync) << "the disk has room again: sync resumes";
    // What waited out the pause goes now, as after a network outage.
    const QDateTime t = now();
    for (auto &[name, slot] : m_slots) {
        if (!slot.syncer->isRunning() && slot.backoff.failures() > 0) {
            slot.backoff.succeeded();
            slot.due = t;
        }
    }
    emit diskFullChanged(false, QString());
}

void SyncEngine::maybeFinishRunOnce()
{
    // Done when every collection reported and the outbox is not mid-send (so a laptop
    // prepared with --sync-once has also delivered its operators' actions).
    if (m_runOnceRemaining != 0 || m_runOnceReports.isEmpty() || m_sender->isSending())
        return;
    if (!m_scheduling && m_timer)
        m_timer->stop();
    const QList<SyncReport> reports = m_runOnceReports;
    m_runOnceReports.clear();
    emit runOnceFinished(reports);
}

seconds SyncEngine::adaptiveInterval(seconds interval, int quietRuns)
{
    const int factor = 1 << std::clamp(quietRuns, 0, 3);
    const seconds stretched = interval * factor;
    const seconds cap = std::max(interval, seconds(3600));
    return std::min(stretched, cap);
}

void SyncEngine::scheduleNext(Slot &slot, const SyncReport &report)
{
    seconds interval = m_settings.intervalFor(report.collection);
    if (interval.count() == 0) {
        // "never": static reference data, read once completely, then only on Sync now.
        slot.due = report.isComplete() ? QDateTime() : now().addSecs(15 * 60);
        if (report.outcome != SyncReport::Outcome::Failed)
            return;
        interval = seconds(15 * 60);
    }
    // A server that cannot tell us what changed is read whole each time: when those reads
    // keep finding nothing new, ask less often.
    if (report.mode == QLatin1String("reconcile") && report.succeeded()) {
        const bool quiet = report.inserted + report.updated + report.deleted == 0;
        slot.quietRuns = quiet ? slot.quietRuns + 1 : 0;
    } else if (report.mode != QLatin1String("reconcile")) {
        slot.quietRuns = 0;
    }
    const bool reconcileOnly = slot.syncer && slot.syncer->supportsDatetime() == false;
    if (reconcileOnly)
        interval = adaptiveInterval(interval, slot.quietRuns);
    switch (report.outcome) {
    case SyncReport::Outcome::Synced:
    case SyncReport::Outcome::NotModified:
    case SyncReport::Outcome::MissingAtSource:
        slot.due = now().addMSecs(
            duration_cast<milliseconds>(interval).count() + jitter(interval).count());
        break;
    case SyncReport::Outcome::Failed: {
        const milliseconds wait = report.retryAfter
            ? slot.backoff.failedWithRetryAfter(*report.retryAfter)
            : slot.backoff.failed();
        slot.due = now().addMSecs(wait.count());
        break;
    }
    case SyncReport::Outcome::AuthFailed:
    case SyncReport::Outcome::Stopped:
        slot.due = QDateTime();
        break;
    }
}

void SyncEngine::publishStatus()
{
    SyncStatus status;
    bool anyRunning = false;
    bool anyRun = false;
    bool allFailed = true;
    for (const auto &[name, slot] : m_slots) {
        status.collections.append(slot.status);
        anyRunning = anyRunning || slot.status.running;
        if (slot.status.hasRun) {
            anyRun = true;
            if (slot.status.lastOutcome != SyncReport::Outcome::Failed)
                allFailed = false;
        }
        if (!slot.status.running && slot.due.isValid() && slot.due <= now())
            ++status.pendingRuns;
    }
    if (anyRunning) {
        status.busySince = m_busySince;
        for (const Progress &progress : std::as_const(m_progress)) {
            status.pagesDone += progress.pages;
            status.featuresDone += progress.features;
            status.featuresExpected += progress.finished || progress.expected < progress.features
                ? progress.features
                : progress.expected;
        }
    } else {
        m_progress.clear();
        m_busySince = QDateTime();
    }
    if (!m_settings.baseUrl.isValid() || m_settings.baseUrl.isEmpty())
        status.state = SyncStatus::State::NotConfigured;
    else if (m_credentialsRefused)
        status.state = SyncStatus::State::CredentialsRefused;
    else if (anyRunning)
        status.state = SyncStatus::State::Syncing;
    else if (anyRun && allFailed)
        status.state = SyncStatus::State::Offline;
    else
        status.state = SyncStatus::State::Online;
    emit statusChanged(status); // NOLINT(readability-misleading-indentation): emit is empty
}

} // namespace ioc::sync
