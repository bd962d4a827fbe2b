#include "sync/collectionsyncer.h"

#include "sync/origin.h"
#include "sync/passcompleteness.h"
#include "sync/runmode.h"
#include "sync/synclogging.h"
#include "sync/syncstore.h"
#include "sync/threadcputimer.h"
#include "sync/watermark.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>

namespace ioc::sync {

CollectionSyncer::CollectionSyncer(QNetworkAccessManager *network, SyncStore *store,
    const SyncSettings &settings, const QString &collection, Clock clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_settings(settings)
    , m_collection(collection)
    , m_remoteId(settings.remoteIdFor(collection))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_failingPage(collection)
{
    const CollectionSyncState state = store->state(collection);
    m_supportsDatetime = std::nullopt;
    m_pageLimit
        = state.acceptedPageLimit > 0 ? state.acceptedPageLimit : settings.pageLimitFor(collection);
    const auto contract = settings.contracts.constFind(collection);
    m_rules.plan = PropertyPlan::compile(settings.mappingFor(collection),
        contract == settings.contracts.constEnd() ? nullptr : &*contract,
        QTimeZone(settings.timeZoneFor(collection).toUtf8()));
    m_rules.maxGeometryPositions = settings.maxGeometryPositions;
    m_rules.maxStringBytes = settings.maxStringBytes;
    m_rules.maxProperties = settings.maxProperties;
}

QUrl CollectionSyncer::itemsUrl(const QList<QPair<QString, QString>> &parameters) const
{
    return sync::itemsUrl(m_settings.baseUrl, m_remoteId, parameters);
}

QNetworkReply *CollectionSyncer::get(const QUrl &url, bool conditional, Accept accept)
{
    std::optional<Validators> validators;
    if (conditional) {
        const CollectionSyncState state = m_store->state(m_collection);
        validators = Validators { state.etag, state.lastModified };
    }
    QNetworkReply *reply
        = m_network->get(syncRequest(url, accept, m_formatParameter, validators, m_settings));
    ++m_report.requests;
    watchResponseLimits(reply, m_settings, std::chrono::milliseconds(m_runClock.elapsed()));
    keepRedirectsOnOrigin(reply, m_settings.baseUrl);
    return reply;
}

QByteArray CollectionSyncer::takeBody(QNetworkReply *reply)
{
    if (!reply->isOpen())
        return {}; // aborted (stop, timeout, size cap): nothing to read
    const QByteArray body = reply->readAll();
    m_report.bytes += body.size();
    return body;
}

void CollectionSyncer::start(bool forceReconcile)
{
    if (m_running)
        return;
    m_running = true;
    m_aborting = false;
    m_forceReconcile = forceReconcile;
    m_report = SyncReport();
    m_expected = -1;
    m_doneBeforeResume = 0;
    m_report.collection = m_collection;
    m_seenIds.clear();
    m_runMaxUpdatedAt.clear();
    m_etag.clear();
    m_lastModified.clear();
    m_chainStart.clear();
    m_pagingGuard.startRun();
    m_firstMatched = -1;
    m_failingPage.startRun();
    m_knownPageFailures = m_store->hasPageFailures(m_collection);
    m_runStarted = m_clock();
    m_runClock.start();
    if (!m_settings.baseUrl.isValid() || m_settings.baseUrl.isEmpty()) {
        fail(SyncReport::Outcome::Failed, QStringLiteral("no data center configured"));
        return;
    }
    if (m_metadataDone)
        beginItems();
    else
        requestMetadata();
}

void CollectionSyncer::abort()
{
    m_aborting = true;
    if (m_reply)
        m_reply->abort();
    else if (m_running)
        fail(SyncReport::Outcome::Stopped, QStringLiteral("stopped"));
}

void CollectionSyncer::requestMetadata()
{
    m_reply = get(dataCenterUrl(m_settings.baseUrl, QStringLiteral("collections/") + m_remoteId),
        false, Accept::Json);
    connect(m_reply, &QNetworkReply::finished, this, &CollectionSyncer::onMetadata);
}

void CollectionSyncer::onMetadata()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = takeBody(reply);
    if (retryRefusedRequest(reply, body, false))
        return;
    if (handleHttpFailure(reply, QStringLiteral("collection metadata"), body))
        return;
    const QJsonObject metadata = QJsonDocument::fromJson(body).object();
    m_iocTemporal = namesIocTemporalProperty(metadata);
    m_metadataDone = true;
    m_supportsDatetime = datetimeCapability();
    beginItems();
}

std::optional<bool> CollectionSyncer::datetimeCapability() const
{
    if (const std::optional<bool> configured
        = configuredDatetimeCapability(m_settings.mappingFor(m_collection).mode, m_iocTemporal))
        return configured;
    return m_store->state(m_collection).datetimeVerdict;
}

// The probe (runmode.h): two one-feature requests per collection, once; the verdict is
// kept in the mirror.
void CollectionSyncer::startProbe()
{
    m_probeTotal = -1;
    m_reply = get(itemsUrl(probeQuery(ProbeStep::FarFuture)), false, Accept::GeoJson);
    connect(m_reply, &QNetworkReply::finished, this, [this] { onProbe(true); });
}

void CollectionSyncer::onProbe(bool future)
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = takeBody(reply);
    auto decide = [this](const DatetimeVerdict &verdict) {
        m_supportsDatetime = verdict.works;
        m_store->saveDatetimeVerdict(m_collection, verdict.works);
        learned(verdict.note());
        beginItems();
    };
    if (const std::optional<DatetimeVerdict> refused = datetimeRefused(httpStatus(reply))) {
        decide(*refused);
        return;
    }
    if (handleHttpFailure(reply, QStringLiteral("datetime probe"), body))
        return;
    const std::optional<DatetimeVerdict> verdict
        = judgeProbeAnswer(body, future ? ProbeStep::FarFuture : ProbeStep::SinceCursor,
            [this] { return core::FeatureStore(m_store->mirror()).count({ m_collection }); });
    if (verdict) {
        decide(*verdict);
        return;
    }
    const QString cursor = m_store->state(m_collection).maxUpdatedAt;
    m_reply = get(itemsUrl(probeQuery(ProbeStep::SinceCursor, cursor)), false, Accept::GeoJson);
    connect(m_reply, &QNetworkReply::finished, this, [this] { onProbe(false); });
}

void CollectionSyncer::beginItems()
{
    const CollectionSyncState state = m_store->state(m_collection);
    const QDateTime now = m_clock();

    // A first sync stopped after its last page was stored but before its end was
    // recorded (a bulk load's final build is seconds long): nothing is left to download,
    // only the end to record (and the deferred build to redo).
    if (state.mode == QLatin1String("initial") && state.nextUrl.isEmpty() && state.pagesDone > 0
        && !m_forceReconcile) {
        m_report.mode = state.mode;
        m_report.resumed = true;
        m_report.outcome = SyncReport::Outcome::Synced;
        m_collectIds = false;
        m_completePass = false;
        m_runMaxUpdatedAt = state.maxUpdatedAt;
        qCInfo(lcSync) << m_collection << "all" << state.pagesDone
                       << "pages were stored before the stop: recording the end";
        finishRun();
        return;
    }
    // An interrupted initial or incremental run continues where its last committed page
    // left it. (An interrupted reconciliation starts over: its "seen" set is gone.)
    // A resume point is followed only to the data center in force now: an old address
    // (the setting changed) or a planted one (an imported snapshot) restarts the run.
    const bool resumable = isSameOrigin(QUrl(state.nextUrl), m_settings.baseUrl);
    if (!state.nextUrl.isEmpty() && !resumable)
        qCWarning(lcSync).noquote()
            << m_collection << "resume point" << QUrl(state.nextUrl).toString(QUrl::RemoveUserInfo)
            << "is not on the data center" << m_settings.baseUrl.toString(QUrl::RemoveUserInfo)
            << "— starting the run over";
    if (resumable && state.mode != QLatin1String("reconcile") && !m_forceReconcile) {
        m_report.mode = state.mode;
        m_report.resumed = true;
        m_doneBeforeResume = state.featuresDone;
        m_runMaxUpdatedAt = state.maxUpdatedAt;
        m_collectIds = false;
        m_completePass = false;
        m_firstPage = false;
        qCInfo(lcSync) << m_collection << "resuming" << state.mode << "after" << state.pagesDone
                       << "pages";
        requestPage(QUrl(state.nextUrl), false);
        return;
    }

    const bool incrementalWanted
        = wantsIncremental(state, m_forceReconcile, now, m_settings.reconcileEvery);
    // The probe needs something to find: an empty collection is read whole (cheaply)
    // until it has features.
    if (incrementalWanted && !m_supportsDatetime.has_value()
        && m_store->hasFeatures(m_collection)) {
        startProbe();
        return;
    }
    QList<QPair<QString, QString>> parameters { { QStringLiteral("limit"),
        QString::number(m_pageLimit) } };
    m_report.mode = runMode(state, incrementalWanted, m_supportsDatetime);
    if (m_report.mode == QLatin1String("incremental"))
        parameters.append(
            { QStringLiteral("datetime"), state.maxUpdatedAt + QStringLiteral("/..") });
    const QUrl url = itemsUrl(parameters);
    // A complete pass learns which cached features the source no longer has; a first
    // sync into an empty cache has nothing to remove and skips collecting a million ids.
    m_completePass = m_report.mode != QLatin1String("incremental");
    m_collectIds = m_report.mode == QLatin1String("reconcile")
        || (m_report.mode == QLatin1String("initial") && m_store->hasFeatures(m_collection));
    m_firstPage = true;
    m_firstUrl = url;
    m_runMaxUpdatedAt = state.maxUpdatedAt;
    if (const core::CacheError error = m_store->beginRun(m_collection, m_report.mode, url, now)) {
        fail(SyncReport::Outcome::Failed, error.message);
        return;
    }
    requestPage(url, m_report.mode == QLatin1String("incremental"));
}

void CollectionSyncer::requestPage(const QUrl &url, bool conditional)
{
    m_conditionalFirstPage = conditional;
    m_pageUrl = url;
    m_pagingGuard.visit(url);
    m_reply = get(url, conditional, Accept::GeoJson);
    connect(m_reply, &QNetworkReply::finished, this, &CollectionSyncer::onPage);
}

bool CollectionSyncer::retryRefusedRequest(
    QNetworkReply *reply, const QByteArray &body, bool firstPage)
{
    const QUrl url = reply->request().url();
    const std::optional<RefusedRequestRetry> retry = sync::retryRefusedRequest(
        httpStatus(reply), body, url, firstPage, m_pageLimitLowered, m_formatParameter);
    if (!retry)
        return false;
    if (retry->pageLimit > 0) {
        m_pageLimitLowered = true;
        m_pageLimit = retry->pageLimit;
        m_store->saveAcceptedPageLimit(m_collection, m_pageLimit);
        learned(retry->note);
        const QUrl again = withLimit(url, m_pageLimit);
        m_firstUrl = again;
        m_store->beginRun(m_collection, m_report.mode, again, m_clock());
        requestPage(again, m_conditionalFirstPage);
        return true;
    }
    m_formatParameter = true;
    learned(retry->note);
    if (!m_metadataDone) {
        requestMetadata();
    } else {
        m_reply = get(url, m_conditionalFirstPage, Accept::GeoJson);
        connect(m_reply, &QNetworkReply::finished, this, &CollectionSyncer::onPage);
    }
    return true;
}

std::optional<ReplyFailure> CollectionSyncer::httpFailure(
    QNetworkReply *reply, const QString &what, const QByteArray &body) const
{
    return replyFailure(reply, what, body, m_settings, { m_remoteId, m_aborting, m_report.pages });
}

bool CollectionSyncer::handleHttpFailure(
    QNetworkReply *reply, const QString &what, const QByteArray &body)
{
    const std::optional<ReplyFailure> failure = httpFailure(reply, what, body);
    if (!failure)
        return false;
    m_report.retryAfter = busyServerRetryAfter(reply, m_clock);
    fail(failure->outcome, failure->message);
    return true;
}

bool CollectionSyncer::workAroundFailingPage(const QUrl &url, const QString &reason)
{
    const int failures = m_store->recordPageFailure(m_collection, url, reason, m_clock());
    m_knownPageFailures = true;
    const std::optional<QUrl> retry = m_failingPage.retryFor(
        url, failures, reason, m_report.pages, m_pageLimit, &m_report.notes);
    if (!retry)
        return false;
    requestPage(*retry, false);
    return true;
}

QUrl CollectionSyncer::afterPageRead(const QUrl &next)
{
    if (m_knownPageFailures)
        m_store->forgetPageFailure(m_collection, m_pageUrl);
    for (const auto &[url, why] : m_failingPage.takePendingSkips()) {
        if (const core::CacheError error
            = m_store->recordSkippedRecord(m_collection, url, why, m_clock()))
            qCWarning(lcSync).noquote() << m_collection << error.message;
        m_report.notes.append(why);
        ++m_report.quarantined;
        qCWarning(lcSync).noquote() << m_collection << why;
    }
    return m_failingPage.nextAfterRead(next, m_pageLimit);
}

void CollectionSyncer::onPage()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_running)
        return;
    const QString what = QStringLiteral("page %1").arg(m_report.pages + 1);
    const QByteArray body = takeBody(reply);
    if (m_report.pages == 0 && !m_report.resumed && retryRefusedRequest(reply, body, true))
        return;
    if (const std::optional<ReplyFailure> failure = httpFailure(reply, what, body)) {
        if (failure->mayBeThePage && workAroundFailingPage(m_pageUrl, failure->message))
            return;
        m_report.retryAfter = busyServerRetryAfter(reply, m_clock);
        fail(failure->outcome, failure->message);
        return;
    }
    const int status = httpStatus(reply);
    if (status == 304) {
        m_report.outcome = SyncReport::Outcome::NotModified;
        finishRun();
        return;
    }
    if (m_firstPage) {
        m_etag = QString::fromUtf8(reply->rawHeader("ETag"));
        m_lastModified = QString::fromUtf8(reply->rawHeader("Last-Modified"));
        // The next incremental read starts where this chain started (watermark.h).
        if (const QString start = chainStartFrom(reply->rawHeader("Date")); !start.isEmpty())
            m_chainStart = start;
    }

    QString error;
    ThreadCpuTimer timer;
    const auto page = parseItemsPage(body, m_collection, reply->url(), m_rules, &error);
    m_report.parseMicros += timer.restartMicros();
    if (!page) {
        const QString message = QStringLiteral("%1: %2").arg(what, error);
        if (!workAroundFailingPage(m_pageUrl, message))
            fail(SyncReport::Outcome::Failed, message);
        return;
    }
    const QUrl next = afterPageRead(page->next);
    // Paging that cannot end: a next link off the data center or back to a page of this
    // run, or page after page with nothing on it.
    if (const QString refused
        = m_pagingGuard.refuseNext(what, next, page->received, m_settings.baseUrl);
        !refused.isEmpty()) {
        fail(SyncReport::Outcome::Failed, refused);
        return;
    }
    bool hasNext = next.isValid() && !next.isEmpty();
    // A run is bounded; the page is still stored with its next link, where the next run
    // goes on.
    const QString runLimit
        = hasNext ? runLimitReached(m_settings, m_report.pages, m_runClock.elapsed()) : QString();
    if (!runLimit.isEmpty())
        hasNext = false;
    // Ask for the next page before storing this one: the server prepares it and the
    // network thread receives it while this thread writes to SQLite.
    if (hasNext)
        requestPage(next, false);
    core::UpsertStats stats;
    const core::CacheError stored
        = m_store->commitPage(m_collection, *page, next, m_clock(), &stats);
    m_report.storeMicros += timer.restartMicros();
    if (stored) {
        dropPendingReply();
        fail(SyncReport::Outcome::Failed, stored.message);
        return;
    }
    m_firstPage = false;
    ++m_report.pages;
    m_report.fetched += page->received;
    m_report.inserted += stats.inserted;
    m_report.updated += stats.updated;
    m_report.unchanged += stats.unchanged;
    m_report.quarantined += static_cast<int>(page->quarantined.size());
    if (page->maxUpdatedAt > m_runMaxUpdatedAt)
        m_runMaxUpdatedAt = page->maxUpdatedAt;
    if (m_collectIds) {
        for (const core::Feature &feature : page->features)
            m_seenIds.insert(feature.id);
        // A feature that turned invalid at the source still exists there: keep the last
        // good copy rather than deleting it.
        for (const QuarantinedItem &item : page->quarantined) {
            if (!item.featureId.isEmpty())
                m_seenIds.insert(item.featureId);
        }
    }
    if (!stats.changedIds.isEmpty())
        emit featuresChanged(m_collection, stats.changedIds, {});
    // numberMatched counts the whole query, including what a resumed run had done.
    if (m_report.pages == 1 && page->numberMatched >= 0) {
        m_firstMatched = page->numberMatched;
        m_expected = std::max<qint64>(0, page->numberMatched - m_doneBeforeResume);
    }
    emit progress(m_collection, m_report.pages, m_report.fetched, m_expected);

    if (hasNext)
        return; // onPage() follows for the request made above
    if (!runLimit.isEmpty()) {
        fail(SyncReport::Outcome::Failed, runLimit);
        return;
    }
    m_report.outcome = SyncReport::Outcome::Synced;
    if (m_failingPage.skippedRecords() > 0)
        m_report.completeness = skippedRecordsShortfall(m_failingPage.skippedRecords());
    if (m_completePass)
        requestCount();
    else
        finishRun();
}

// After a full pass: does the server, asked afresh, count more than we received
// (passcompleteness.h)?
void CollectionSyncer::requestCount()
{
    m_reply = get(itemsUrl(freshCountQuery(m_settings, m_collection)), false, Accept::GeoJson);
    connect(m_reply, &QNetworkReply::finished, this, &CollectionSyncer::onCount);
}

void CollectionSyncer::onCount()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_running)
        return;
    const QByteArray body = takeBody(reply);
    if (m_aborting) {
        fail(SyncReport::Outcome::Stopped, QStringLiteral("stopped"));
        return;
    }
    const qint64 received = m_report.fetched;
    qint64 fresh = -1;
    if (reply->error() == QNetworkReply::NoError)
        fresh = numberMatchedIn(body);
    // A failed count is no reason to fail the pass; it only cannot confirm it.
    if (const QString shortfall = countShortfall(m_firstMatched, fresh, received);
        !shortfall.isEmpty()) {
        m_report.completeness = shortfall;
        qCWarning(lcSync).noquote()
            << m_collection << m_report.completeness << "(first page said" << m_firstMatched
            << ", fresh count" << fresh << "): nothing is deleted";
    }
    finishRun();
}

void CollectionSyncer::dropPendingReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void CollectionSyncer::finishRun()
{
    const bool wasReconciliation = m_completePass;
    // Deleting needs proof that the pass saw everything: it reached the last page, and the
    // server counted no more than it sent.
    if (m_collectIds && m_report.outcome == SyncReport::Outcome::Synced
        && m_report.completeness.isEmpty()) {
        int removed = 0;
        QStringList removedIds;
        ThreadCpuTimer timer;
        int held = 0;
        if (const core::CacheError error = m_store->removeNotSeen(m_collection, m_seenIds, &removed,
                &removedIds, m_settings.maxDeletionShare, &held, m_confirmedDeletions)) {
            fail(SyncReport::Outcome::Failed, error.message);
            return;
        }
        if (m_confirmedDeletions > 0 && held == 0) {
            qCInfo(lcSync).noquote()
                << m_collection << "deleted" << removed << "features as confirmed (up to"
                << m_confirmedDeletions << ")";
        }
        // Spent by this pass either way: a larger deletion than confirmed asks again.
        m_confirmedDeletions = 0;
        if (held > 0) {
            m_report.heldDeletions = held;
            m_report.completeness = heldDeletionsShortfall(held, m_settings.maxDeletionShare);
            qCWarning(lcSync).noquote() << m_collection << m_report.completeness;
        }
        m_report.deleted = removed;
        m_report.storeMicros += timer.restartMicros();
        if (!removedIds.isEmpty())
            emit featuresChanged(m_collection, {}, removedIds);
    }
    const CollectionSyncState state = m_store->state(m_collection);
    // Resumed runs do not know when their chain began: they keep the old cursor
    // (re-reading a little more next time is safe; skipping is not).
    const QString cursor = nextCursor(state.maxUpdatedAt,
        m_report.outcome == SyncReport::Outcome::Synced && !m_report.resumed, m_chainStart,
        m_runMaxUpdatedAt, m_clock());
    const QString etag = m_report.outcome == SyncReport::Outcome::NotModified ? state.etag : m_etag;
    const QString lastModified = m_report.outcome == SyncReport::Outcome::NotModified
        ? state.lastModified
        : m_lastModified;
    ThreadCpuTimer buildTimer;
    bool built = false;
    if (const core::CacheError error = m_store->finishRun(
            m_collection, cursor, etag, lastModified, m_clock(), wasReconciliation, &built)) {
        fail(SyncReport::Outcome::Failed, error.message);
        return;
    }
    m_report.buildMicros += buildTimer.restartMicros();
    m_report.derivedBuilt = built;
    // Failures this run did not meet again were passing ones.
    if (m_knownPageFailures && m_report.succeeded())
        m_store->forgetPageFailuresBefore(m_collection, m_runStarted);
    qCInfo(lcSync).noquote() << m_collection << m_report.mode << m_report.outcomeName() << "pages"
                             << m_report.pages << "fetched" << m_report.fetched << "changed"
                             << m_report.inserted + m_report.updated << "deleted"
                             << m_report.deleted << "quarantined" << m_report.quarantined
                             << "requests" << m_report.requests << "bytes" << m_report.bytes;
    complete();
}

void CollectionSyncer::learned(const QString &note)
{
    m_report.notes.append(note);
    qCInfo(lcSync).noquote() << m_collection << note;
}

void CollectionSyncer::fail(SyncReport::Outcome outcome, const QString &error)
{
    m_report.outcome = outcome;
    m_report.error = error;
    qCWarning(lcSync).noquote() << m_collection << m_report.mode << m_report.outcomeName() << error;
    if (outcome != SyncReport::Outcome::Stopped)
        m_store->recordFailure(m_collection, error, m_clock());
    complete();
}

void CollectionSyncer::complete()
{
    m_running = false;
    emit finished(m_report);
}

} // namespace ioc::sync
