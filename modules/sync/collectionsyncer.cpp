#include "sync/collectionsyncer.h"

#include "sync/backoff.h"
#include "sync/synclogging.h"
#include "sync/syncstore.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <ctime>

namespace ioc::sync {

namespace {

const QByteArray kUserAgent = QByteArrayLiteral("ioc-desktop/" IOC_VERSION);
// Our convention (docs/protocol.md): a collection that can be filtered incrementally
// names its temporal property in its metadata.
// Allows for clock skew between the server's Date header and its updated_at stamps.
constexpr qint64 kWatermarkOverlapSeconds = 120;
const QString kTemporalPropertyKey = QStringLiteral("ioc:temporalProperty");

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

// CPU time of the calling thread: what parsing and storing cost, whatever else the
// machine is doing (wall time on a shared machine mostly measures the neighbours).
class ThreadCpuTimer
{
public:
    ThreadCpuTimer() { m_start = now(); }
    qint64 restartMicros()
    {
        const qint64 current = now();
        const qint64 elapsed = current - m_start;
        m_start = current;
        return elapsed;
    }

private:
    static qint64 now()
    {
        timespec time {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
        return qint64(time.tv_sec) * 1000000 + time.tv_nsec / 1000;
    }
    qint64 m_start = 0;
};

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

CollectionSyncer::CollectionSyncer(QNetworkAccessManager *network, SyncStore *store,
    const SyncSettings &settings, const QString &collection, Clock clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_settings(settings)
    , m_collection(collection)
    , m_remoteId(settings.remoteIdFor(collection))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    m_rules.propertyRenames = settings.propertyRenamesFor(collection);
}

QUrl CollectionSyncer::endpoint(const QString &path) const
{
    QUrl base = m_settings.baseUrl;
    QString basePath = base.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        base.setPath(basePath + QLatin1Char('/'));
    return base.resolved(QUrl(path));
}

QNetworkReply *CollectionSyncer::get(const QUrl &url, bool conditional)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/geo+json, application/json;q=0.9");
    request.setRawHeader("User-Agent", kUserAgent);
    if (!m_settings.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
    if (conditional) {
        const CollectionSyncState state = m_store->state(m_collection);
        if (!state.etag.isEmpty())
            request.setRawHeader("If-None-Match", state.etag.toUtf8());
        if (!state.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", state.lastModified.toUtf8());
    }
    // Qt adds Accept-Encoding: gzip and inflates by itself as long as we do not set it.
    // On loopback (the simulator, a local proxy) compressing and inflating a first sync's
    // hundreds of MB costs both processes CPU and saves nothing: ask for it plain.
    if (isLoopback(url))
        request.setRawHeader("Accept-Encoding", "identity");
    request.setTransferTimeout(static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.requestTimeout).count()));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    // A server announcing more than the cap is cut off before it fills memory.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > kMaxPageBytes || total > kMaxPageBytes) {
            reply->setProperty("ioc_oversize", true);
            reply->abort();
        }
    });
    return reply;
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
    if (!m_settings.baseUrl.isValid() || m_settings.baseUrl.isEmpty()) {
        fail(SyncReport::Outcome::Failed, QStringLiteral("no data center configured"));
        return;
    }
    if (m_supportsDatetime.has_value())
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
    m_reply = get(endpoint(QStringLiteral("collections/") + m_remoteId), false);
    connect(m_reply, &QNetworkReply::finished, this, &CollectionSyncer::onMetadata);
}

void CollectionSyncer::onMetadata()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (handleHttpFailure(reply, QStringLiteral("collection metadata")))
        return;
    const QJsonObject metadata = QJsonDocument::fromJson(reply->readAll()).object();
    m_supportsDatetime
        = metadata.value(kTemporalPropertyKey).toString() == QLatin1String("updated_at");
    if (!*m_supportsDatetime)
        qCInfo(lcSync) << m_collection << "server does not filter by datetime: reconciliation only";
    beginItems();
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
    if (!state.nextUrl.isEmpty() && state.mode != QLatin1String("reconcile") && !m_forceReconcile) {
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

    QUrl url = endpoint(QStringLiteral("collections/%1/items").arg(m_remoteId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.pageLimit));
    const bool reconcileDue = !state.lastReconciled.isValid()
        || state.lastReconciled.secsTo(now) >= m_settings.reconcileEvery.count();
    if (!state.hasCompletedOnce()) {
        m_report.mode = QStringLiteral("initial");
    } else if (m_forceReconcile || !m_supportsDatetime.value_or(false) || reconcileDue
        || state.maxUpdatedAt.isEmpty()) {
        m_report.mode = QStringLiteral("reconcile");
    } else {
        m_report.mode = QStringLiteral("incremental");
        query.addQueryItem(QStringLiteral("datetime"), state.maxUpdatedAt + QStringLiteral("/.."));
    }
    url.setQuery(query);
    // A complete pass learns which cached features the source no longer has; a first
    // sync into an empty cache has nothing to remove and skips collecting a million ids.
    m_completePass = m_report.mode != QLatin1String("incremental");
    m_collectIds = m_report.mode == QLatin1String("reconcile")
        || (m_report.mode == QLatin1String("initial") && m_store->hasFeatures(m_collection));
    m_firstPage = true;
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
    m_reply = get(url, conditional);
    connect(m_reply, &QNetworkReply::finished, this, &CollectionSyncer::onPage);
}

bool CollectionSyncer::handleHttpFailure(QNetworkReply *reply, const QString &what)
{
    const int status = httpStatus(reply);
    if (status == 401 || status == 403) {
        fail(SyncReport::Outcome::AuthFailed,
            status == 401
                ? QStringLiteral("the data center refused the credentials (401): check the token")
                : QStringLiteral("the token is not allowed to read %1 (403)").arg(m_remoteId));
        return true;
    }
    if (status == 404) {
        fail(SyncReport::Outcome::MissingAtSource,
            QStringLiteral("the data center has no collection '%1' (404); check the mapping")
                .arg(m_remoteId));
        return true;
    }
    if (status == 429 || status == 503) {
        m_report.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), m_clock());
        fail(SyncReport::Outcome::Failed,
            QStringLiteral("%1: server busy (%2)").arg(what).arg(status));
        return true;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Three causes share this error: our abort(), the transfer timeout, the size cap.
        if (m_aborting)
            fail(SyncReport::Outcome::Stopped, QStringLiteral("stopped"));
        else if (reply->property("ioc_oversize").toBool())
            fail(SyncReport::Outcome::Failed,
                QStringLiteral("%1: response exceeds the %2-byte cap")
                    .arg(what)
                    .arg(kMaxPageBytes));
        else
            fail(SyncReport::Outcome::Failed,
                QStringLiteral("%1: no answer within %2 s")
                    .arg(what)
                    .arg(m_settings.requestTimeout.count()));
        return true;
    }
    if (status >= 400 || (reply->error() != QNetworkReply::NoError && status != 304)) {
        fail(SyncReport::Outcome::Failed,
            QStringLiteral("%1: %2").arg(what,
                status >= 400 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString()));
        return true;
    }
    return false;
}

void CollectionSyncer::onPage()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_running)
        return;
    const QString what = QStringLiteral("page %1").arg(m_report.pages + 1);
    if (handleHttpFailure(reply, what))
        return;
    const int status = httpStatus(reply);
    if (status == 304) {
        m_report.outcome = SyncReport::Outcome::NotModified;
        finishRun();
        return;
    }
    if (m_firstPage) {
        m_etag = QString::fromUtf8(reply->rawHeader("ETag"));
        m_lastModified = QString::fromUtf8(reply->rawHeader("Last-Modified"));
        // The next incremental read starts where this chain started (server clock, minus
        // an overlap), not at the newest updated_at seen: a feature on an already-read
        // page may change while later pages are fetched (docs/protocol.md).
        QDateTime served = QLocale::c().toDateTime(QString::fromLatin1(reply->rawHeader("Date")),
            QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (served.isValid()) {
            served.setTimeSpec(Qt::UTC);
            m_chainStart = served.addSecs(-kWatermarkOverlapSeconds).toString(Qt::ISODate);
        }
    }

    const QByteArray body = reply->readAll();
    QString error;
    ThreadCpuTimer timer;
    const auto page = parseItemsPage(body, m_collection, reply->url(), m_rules, &error);
    m_report.parseMicros += timer.restartMicros();
    if (!page) {
        fail(SyncReport::Outcome::Failed, QStringLiteral("%1: %2").arg(what, error));
        return;
    }
    // Ask for the next page before storing this one: the server prepares it and the
    // network thread receives it while this thread writes to SQLite.
    const bool hasNext = page->next.isValid() && !page->next.isEmpty();
    if (hasNext)
        requestPage(page->next, false);
    core::UpsertStats stats;
    const core::CacheError stored
        = m_store->commitPage(m_collection, *page, page->next, m_clock(), &stats);
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
    if (m_report.pages == 1 && page->numberMatched >= 0)
        m_expected = std::max<qint64>(0, page->numberMatched - m_doneBeforeResume);
    emit progress(m_collection, m_report.pages, m_report.fetched, m_expected);

    if (hasNext)
        return; // onPage() follows for the request made above
    m_report.outcome = SyncReport::Outcome::Synced;
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
    if (m_collectIds && m_report.outcome == SyncReport::Outcome::Synced) {
        int removed = 0;
        QStringList removedIds;
        ThreadCpuTimer timer;
        if (const core::CacheError error
            = m_store->removeNotSeen(m_collection, m_seenIds, &removed, &removedIds)) {
            fail(SyncReport::Outcome::Failed, error.message);
            return;
        }
        m_report.deleted = removed;
        m_report.storeMicros += timer.restartMicros();
        if (!removedIds.isEmpty())
            emit featuresChanged(m_collection, {}, removedIds);
    }
    const CollectionSyncState state = m_store->state(m_collection);
    // Resumed runs do not know when their chain began: keep the old cursor (re-reading a
    // little more next time is safe; skipping is not).
    QString cursor = state.maxUpdatedAt;
    if (m_report.outcome == SyncReport::Outcome::Synced && !m_report.resumed)
        cursor = m_chainStart.isEmpty() ? m_runMaxUpdatedAt : m_chainStart;
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
    qCInfo(lcSync).noquote() << m_collection << m_report.mode << m_report.outcomeName() << "pages"
                             << m_report.pages << "fetched" << m_report.fetched << "changed"
                             << m_report.inserted + m_report.updated << "deleted"
                             << m_report.deleted << "quarantined" << m_report.quarantined;
    complete();
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
