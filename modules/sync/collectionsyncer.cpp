#include "sync/collectionsyncer.h"

#include "sync/backoff.h"
#include "sync/origin.h"
#include "sync/servererror.h"
#include "sync/synclogging.h"
#include "sync/syncstore.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>
#include <ctime>

namespace ioc::sync {

namespace {

const QByteArray kUserAgent = QByteArrayLiteral("ioc-desktop/" IOC_VERSION);
// Allows for clock skew between the server's Date header and its updated_at stamps.
constexpr qint64 kWatermarkOverlapSeconds = 120;
// Our convention (docs/protocol.md): a collection that can be filtered incrementally
// names its temporal property in its metadata. An optimisation only: without it the
// client probes the server's datetime filter itself.
const QString kTemporalPropertyKey = QStringLiteral("ioc:temporalProperty");
// A probe interval no feature can fall in: a server that filters returns nothing.
const QString kFutureInterval = QStringLiteral("2999-01-01T00:00:00Z/..");
// Pages in a row without features (but with a next link) before a run gives up: a
// server paging by limit=0 or a broken cursor would otherwise never end.
constexpr int kMaxEmptyPagesInARow = 3;
// The same page failing this many times (across runs) is read in halves.
constexpr int kFailuresBeforeSplit = 3;
// Records one run may go past before it concludes the server, not a record, is broken.
constexpr int kMaxSkippedRecordsPerRun = 20;

// Where an offset-paged request starts and how many it asks for; the parameter names
// OGC API servers use (offset: MapServer, pygeoapi, ldproxy; startIndex: GeoServer).
struct OffsetPaging
{
    QString offsetName;
    qint64 offset = 0;
    int limit = 0;
};

std::optional<OffsetPaging> offsetPaging(const QUrl &url, bool firstPage, int defaultLimit)
{
    const QUrlQuery query(url);
    OffsetPaging paging;
    for (const QString &name : { QStringLiteral("offset"), QStringLiteral("startIndex") }) {
        if (query.hasQueryItem(name)) {
            bool ok = false;
            paging.offsetName = name;
            paging.offset = query.queryItemValue(name).toLongLong(&ok);
            if (!ok || paging.offset < 0)
                return std::nullopt;
        }
    }
    // A first page (ours has no offset, and only parameters we set) starts at 0; any
    // other parameter may be a cursor, which cannot be split or stepped over.
    if (paging.offsetName.isEmpty()) {
        if (!firstPage)
            return std::nullopt;
        static const QSet<QString> ours { QStringLiteral("limit"), QStringLiteral("datetime"),
            QStringLiteral("f"), QStringLiteral("bbox") };
        for (const auto &[key, value] : query.queryItems()) {
            if (!ours.contains(key))
                return std::nullopt;
        }
    }
    if (paging.offsetName.isEmpty())
        paging.offsetName = QStringLiteral("offset");
    const QString limit = query.queryItemValue(QStringLiteral("limit"));
    paging.limit = limit.isEmpty() ? defaultLimit : limit.toInt();
    if (paging.limit <= 0)
        return std::nullopt;
    return paging;
}

QUrl withPaging(const QUrl &url, const OffsetPaging &paging)
{
    QUrl out = url;
    QUrlQuery query(url);
    query.removeAllQueryItems(paging.offsetName);
    query.removeAllQueryItems(QStringLiteral("limit"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(paging.limit));
    query.addQueryItem(paging.offsetName, QString::number(paging.offset));
    out.setQuery(query);
    return out;
}

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

QUrl CollectionSyncer::endpoint(const QString &path) const
{
    QUrl base = m_settings.baseUrl;
    QString basePath = base.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        base.setPath(basePath + QLatin1Char('/'));
    return base.resolved(QUrl(path));
}

QUrl CollectionSyncer::itemsUrl(const QList<QPair<QString, QString>> &parameters) const
{
    QUrl url = endpoint(QStringLiteral("collections/%1/items").arg(m_remoteId));
    QUrlQuery query;
    for (const auto &[key, value] : parameters)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

QNetworkReply *CollectionSyncer::get(const QUrl &requested, bool conditional, Accept accept)
{
    QUrl url = requested;
    if (m_formatParameter) {
        QUrlQuery query(url);
        if (!query.hasQueryItem(QStringLiteral("f"))) {
            query.addQueryItem(QStringLiteral("f"), QStringLiteral("json"));
            url.setQuery(query);
        }
    }
    QNetworkRequest request(url);
    // Metadata is JSON, items are GeoJSON (OGC API – Features Part 1, 7.2.4). One type per
    // request: some servers (MapServer 8) ignore q-values and answer a list of types with
    // its first, GeoJSON, which they refuse for metadata.
    request.setRawHeader("Accept",
        accept == Accept::Json ? QByteArrayLiteral("application/json")
                               : QByteArrayLiteral("application/geo+json, application/json;q=0.9"));
    request.setRawHeader("User-Agent", kUserAgent);
    // The token goes to the data center and nowhere else (callers refuse other origins
    // before they get here; this is the last line).
    if (!m_settings.token.isEmpty() && isSameOrigin(url, m_settings.baseUrl))
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
    if (m_settings.plainOnLoopback && isLoopback(url))
        request.setRawHeader("Accept-Encoding", "identity");
    // Qt's own guard against decompression bombs refuses by ratio (40:1 for gzip past
    // 10 MiB), which a repetitive honest page can reach, and fails without a reason. Our
    // cap on inflated bytes (watchLimits) bounds memory absolutely and says why.
    request.setDecompressedSafetyCheckThreshold(-1);
    request.setTransferTimeout(static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.requestTimeout).count()));
    // Redirects are followed only within the data center's origin.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    ++m_report.requests;
    watchLimits(reply);
    const QUrl origin = m_settings.baseUrl;
    connect(reply, &QNetworkReply::redirected, reply, [reply, origin](const QUrl &target) {
        if (isSameOrigin(target, origin)) {
            emit reply->redirectAllowed();
        } else {
            reply->setProperty("ioc_offorigin", target.toString(QUrl::RemoveUserInfo));
            reply->abort();
        }
    });
    return reply;
}

void CollectionSyncer::watchLimits(QNetworkReply *reply)
{
    using std::chrono::milliseconds;
    // The wall-clock deadline of the whole response (the transfer timeout only measures
    // silence), or what is left of the run's, whichever ends first. The timers belong to
    // the reply and die with it.
    const milliseconds request = m_settings.requestDeadline;
    const milliseconds leftInRun
        = std::max(milliseconds(0), m_settings.runDeadline - milliseconds(m_runClock.elapsed()));
    const bool runBound = leftInRun < request;
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, runBound] {
        reply->setProperty(runBound ? "ioc_run_deadline" : "ioc_deadline", true);
        reply->abort();
    });
    deadline->start(std::min(request, leftInRun));

    // A body larger than the cap is cut while it is read, whether its length was
    // announced or not (chunked) and after decompression (Qt counts inflated bytes), so a
    // gzip bomb or an endless body never fills memory.
    const qint64 cap = std::min(m_settings.maxResponseBytes, kMaxPageBytes);
    // The minimum rate, measured once the body has started (silence before it is the
    // transfer timeout's): a server dripping bytes fails well before the deadline.
    auto received = std::make_shared<qint64>(0);
    QTimer *rate = nullptr;
    if (m_settings.minimumRate > 0 && m_settings.rateWindow.count() > 0) {
        rate = new QTimer(reply);
        const qint64 perWindow = m_settings.minimumRate * m_settings.rateWindow.count();
        auto atLastTick = std::make_shared<qint64>(0);
        connect(rate, &QTimer::timeout, reply, [reply, received, atLastTick, perWindow] {
            if (*received - *atLastTick < perWindow) {
                reply->setProperty("ioc_slow", true);
                reply->abort();
            }
            *atLastTick = *received;
        });
        rate->setInterval(m_settings.rateWindow);
    }
    connect(reply, &QNetworkReply::downloadProgress, reply,
        [reply, cap, received, rate](qint64 bytes, qint64 total) {
            *received = bytes;
            if (rate && bytes > 0 && !rate->isActive())
                rate->start();
            if (bytes > cap || total > cap) {
                reply->setProperty("ioc_oversize", true);
                reply->abort();
            }
        });
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
    m_visited.clear();
    m_emptyPagesInARow = 0;
    m_firstMatched = -1;
    m_splitting = false;
    m_skippedRecords = 0;
    m_pendingSkips.clear();
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
    m_reply = get(endpoint(QStringLiteral("collections/") + m_remoteId), false, Accept::Json);
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
    m_iocTemporal = metadata.value(kTemporalPropertyKey).toString() == QLatin1String("updated_at");
    m_metadataDone = true;
    m_supportsDatetime = datetimeCapability();
    beginItems();
}

std::optional<bool> CollectionSyncer::datetimeCapability() const
{
    const CollectionMapping mapping = m_settings.mappingFor(m_collection);
    switch (mapping.mode) {
    case CollectionMapping::Mode::Reconcile:
        return false;
    case CollectionMapping::Mode::Incremental:
        return true;
    case CollectionMapping::Mode::Auto:
        break;
    }
    if (m_iocTemporal)
        return true;
    return m_store->state(m_collection).datetimeVerdict;
}

// The probe: a server whose datetime filter works returns nothing for an interval in the
// far future, and for the interval since our cursor at most what the collection has. A
// server that ignores the parameter (MapServer 8 does) returns everything both times; one
// that rejects it answers 400. The verdict is kept in the mirror, so this costs two
// one-feature requests per collection, once.
void CollectionSyncer::startProbe()
{
    m_probeTotal = -1;
    m_reply = get(itemsUrl({ { QStringLiteral("limit"), QStringLiteral("1") },
                      { QStringLiteral("datetime"), kFutureInterval } }),
        false, Accept::GeoJson);
    connect(m_reply, &QNetworkReply::finished, this, [this] { onProbe(true); });
}

void CollectionSyncer::onProbe(bool future)
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = takeBody(reply);
    const int status = httpStatus(reply);
    auto decide = [this](bool works, const QString &why) {
        m_supportsDatetime = works;
        m_store->saveDatetimeVerdict(m_collection, works);
        const QString note = works
            ? QStringLiteral("datetime filtering works (%1): incremental sync").arg(why)
            : QStringLiteral("datetime filtering cannot be trusted (%1): reconciliation only")
                  .arg(why);
        m_report.notes.append(note);
        qCInfo(lcSync).noquote() << m_collection << note;
        beginItems();
    };
    if (status == 400 || status == 422 || status == 501) {
        decide(false, QStringLiteral("the server refused the parameter, HTTP %1").arg(status));
        return;
    }
    if (handleHttpFailure(reply, QStringLiteral("datetime probe"), body))
        return;
    const QJsonObject page = QJsonDocument::fromJson(body).object();
    const qsizetype returned = page.value(QLatin1String("features")).toArray().size();
    const qint64 matched = page.value(QLatin1String("numberMatched")).toInteger(-1);
    if (!page.value(QLatin1String("features")).isArray()) {
        decide(false, QStringLiteral("the answer was not a FeatureCollection"));
        return;
    }
    if (future) {
        if (returned > 0 || matched > 0) {
            decide(false,
                QStringLiteral("an interval in the year 2999 matched %1 features")
                    .arg(matched > 0 ? matched : returned));
            return;
        }
        const QString cursor = m_store->state(m_collection).maxUpdatedAt;
        m_reply = get(itemsUrl({ { QStringLiteral("limit"), QStringLiteral("1") },
                          { QStringLiteral("datetime"),
                              (cursor.isEmpty() ? QStringLiteral("1970-01-01T00:00:00Z") : cursor)
                                  + QStringLiteral("/..") } }),
            false, Accept::GeoJson);
        connect(m_reply, &QNetworkReply::finished, this, [this] { onProbe(false); });
        return;
    }
    // Since our cursor: a subset of the collection (the cache's count is a lower bound
    // of the server's, give or take what changed since).
    const qint64 cached = core::FeatureStore(m_store->mirror()).count({ m_collection });
    if (matched > cached + std::max<qint64>(1000, cached / 10)) {
        decide(false,
            QStringLiteral("the interval since the last sync matched %1 features, the "
                           "collection has about %2")
                .arg(matched)
                .arg(cached));
        return;
    }
    decide(true,
        QStringLiteral("nothing in 2999, %1 since the last sync")
            .arg(matched >= 0 ? QString::number(matched) : QStringLiteral("some")));
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

    const bool reconcileDue = !state.lastReconciled.isValid()
        || state.lastReconciled.secsTo(now) >= m_settings.reconcileEvery.count();
    const bool incrementalWanted = state.hasCompletedOnce() && !m_forceReconcile && !reconcileDue
        && !state.maxUpdatedAt.isEmpty();
    // The probe needs something to find: an empty collection is read whole (cheaply)
    // until it has features.
    if (incrementalWanted && !m_supportsDatetime.has_value()
        && m_store->hasFeatures(m_collection)) {
        startProbe();
        return;
    }
    QList<QPair<QString, QString>> parameters { { QStringLiteral("limit"),
        QString::number(m_pageLimit) } };
    if (!state.hasCompletedOnce()) {
        m_report.mode = QStringLiteral("initial");
    } else if (!incrementalWanted || !m_supportsDatetime.value_or(false)) {
        m_report.mode = QStringLiteral("reconcile");
    } else {
        m_report.mode = QStringLiteral("incremental");
        parameters.append(
            { QStringLiteral("datetime"), state.maxUpdatedAt + QStringLiteral("/..") });
    }
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
    m_visited.insert(url.toString(QUrl::FullyEncoded));
    m_reply = get(url, conditional, Accept::GeoJson);
    connect(m_reply, &QNetworkReply::finished, this, &CollectionSyncer::onPage);
}

bool CollectionSyncer::retryRefusedRequest(
    QNetworkReply *reply, const QByteArray &body, bool firstPage)
{
    const int status = httpStatus(reply);
    if (status != 400 && status != 406 && status != 415)
        return false;
    const QString said = serverErrorText(body);
    const QUrl url = reply->request().url();
    // A limit above the server's maximum: lower it once per collection and go on. The
    // server's text may name its maximum; otherwise 1000 (Part 1's example maximum is
    // 10000, many servers stop at 1000), then 100.
    const int asked = QUrlQuery(url).queryItemValue(QStringLiteral("limit")).toInt();
    const bool blamesLimit = said.contains(QLatin1String("limit"), Qt::CaseInsensitive);
    if (firstPage && status == 400 && !m_pageLimitLowered && asked > 100
        && (blamesLimit || m_formatParameter)) {
        int lower = asked > 1000 ? 1000 : 100;
        static const QRegularExpression number(QStringLiteral("\\b(\\d{2,6})\\b"));
        for (auto it = number.globalMatch(said); it.hasNext();) {
            const int named = it.next().captured(1).toInt();
            if (named >= 10 && named < asked)
                lower = named;
        }
        m_pageLimitLowered = true;
        m_pageLimit = lower;
        m_store->saveAcceptedPageLimit(m_collection, lower);
        const QString note = QStringLiteral("the server refused limit=%1 (%2): using %3")
                                 .arg(asked)
                                 .arg(said.isEmpty() ? QStringLiteral("HTTP 400") : said)
                                 .arg(lower);
        m_report.notes.append(note);
        qCInfo(lcSync).noquote() << m_collection << note;
        QUrl retry = url;
        QUrlQuery query(retry);
        query.removeAllQueryItems(QStringLiteral("limit"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(lower));
        retry.setQuery(query);
        m_firstUrl = retry;
        m_store->beginRun(m_collection, m_report.mode, retry, m_clock());
        requestPage(retry, m_conditionalFirstPage);
        return true;
    }
    // A server that does not negotiate by Accept (or refuses our type for this resource)
    // is asked in its own words: f=json, which Part 1 servers commonly offer.
    if (!m_formatParameter && !QUrlQuery(url).hasQueryItem(QStringLiteral("f"))) {
        m_formatParameter = true;
        const QString note
            = QStringLiteral("the server refused our Accept header (HTTP %1%2): asking with f=json")
                  .arg(status)
                  .arg(said.isEmpty() ? QString() : QStringLiteral(", ") + said);
        m_report.notes.append(note);
        qCInfo(lcSync).noquote() << m_collection << note;
        if (!m_metadataDone) {
            requestMetadata();
        } else {
            m_reply = get(url, m_conditionalFirstPage, Accept::GeoJson);
            connect(m_reply, &QNetworkReply::finished, this, &CollectionSyncer::onPage);
        }
        return true;
    }
    return false;
}

std::optional<CollectionSyncer::Failure> CollectionSyncer::httpFailure(
    QNetworkReply *reply, const QString &what, const QByteArray &body) const
{
    using Outcome = SyncReport::Outcome;
    const int status = httpStatus(reply);
    const QString said = status >= 400 ? serverErrorText(body) : QString();
    auto withServerText = [&said](const QString &text) {
        return said.isEmpty() ? text : QStringLiteral("%1 — the server said: %2").arg(text, said);
    };
    if (status == 401 || status == 403) {
        return Failure {
            Outcome::AuthFailed,
            withServerText(status == 401
                    ? QStringLiteral(
                        "the data center refused the credentials (401): check the token")
                    : QStringLiteral("the token is not allowed to read %1 (403)").arg(m_remoteId))
        };
    }
    if (status == 404) {
        return Failure { Outcome::MissingAtSource,
            withServerText(
                QStringLiteral("the data center has no collection '%1' (404); check the mapping")
                    .arg(m_remoteId)) };
    }
    if (status == 429 || status == 503)
        return Failure { Outcome::Failed,
            withServerText(QStringLiteral("%1: server busy (%2)").arg(what).arg(status)) };
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Causes sharing this error: our abort(), the deadline, the transfer timeout, an
        // off-origin redirect, the size cap.
        if (m_aborting)
            return Failure { Outcome::Stopped, QStringLiteral("stopped") };
        if (reply->property("ioc_deadline").toBool())
            return Failure { Outcome::Failed,
                QStringLiteral("%1: the answer was not complete after %2 s (the server sends "
                               "too slowly)")
                    .arg(what)
                    .arg(m_settings.requestDeadline.count()),
                true };
        if (reply->property("ioc_run_deadline").toBool())
            return Failure { Outcome::Failed, runDeadlineMessage() };
        if (reply->property("ioc_slow").toBool())
            return Failure { Outcome::Failed,
                QStringLiteral("%1: the answer came slower than %2 bytes a second over %3 s")
                    .arg(what)
                    .arg(m_settings.minimumRate)
                    .arg(m_settings.rateWindow.count()),
                true };
        if (reply->property("ioc_offorigin").isValid())
            return Failure { Outcome::Failed,
                QStringLiteral("%1: redirected away from the data center, to %2: refused")
                    .arg(what, reply->property("ioc_offorigin").toString()) };
        if (reply->property("ioc_oversize").toBool())
            return Failure { Outcome::Failed,
                QStringLiteral("%1: response exceeds the %2-byte cap")
                    .arg(what)
                    .arg(std::min(m_settings.maxResponseBytes, kMaxPageBytes)),
                true };
        // Qt's transfer timeout counts body bytes only: a status line and headers that
        // never end (a broken proxy) look like silence. Say which part was missing.
        if (!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            return Failure { Outcome::Failed,
                QStringLiteral("%1: no complete status and headers within %2 s (the server "
                               "is silent or sends headers without end)")
                    .arg(what)
                    .arg(m_settings.requestTimeout.count()),
                true };
        return Failure { Outcome::Failed,
            QStringLiteral("%1: the answer stopped for %2 s in the middle of its body")
                .arg(what)
                .arg(m_settings.requestTimeout.count()),
            true };
    }
    if (status >= 400 || (reply->error() != QNetworkReply::NoError && status != 304)) {
        // A server error on one page while others load is often one record it cannot
        // serialise; so is a connection closed in the middle of a body.
        const bool mayBeThePage = status == 500 || status == 502 || status == 504
            || reply->error() == QNetworkReply::RemoteHostClosedError;
        return Failure { Outcome::Failed,
            QStringLiteral("%1: %2").arg(what,
                status >= 400 ? withServerText(QStringLiteral("HTTP %1").arg(status))
                              : reply->errorString()),
            mayBeThePage };
    }
    return std::nullopt;
}

bool CollectionSyncer::handleHttpFailure(
    QNetworkReply *reply, const QString &what, const QByteArray &body)
{
    const std::optional<Failure> failure = httpFailure(reply, what, body);
    if (!failure)
        return false;
    if (httpStatus(reply) == 429 || httpStatus(reply) == 503)
        m_report.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), m_clock());
    fail(failure->outcome, failure->message);
    return true;
}

bool CollectionSyncer::workAroundFailingPage(const QUrl &url, const QString &reason)
{
    const QDateTime now = m_clock();
    const int failures = m_store->recordPageFailure(m_collection, url, reason, now);
    m_knownPageFailures = true;
    if (!m_splitting && failures < kFailuresBeforeSplit)
        return false;
    const std::optional<OffsetPaging> paging = offsetPaging(url, true, m_pageLimit);
    if (!paging) {
        m_report.notes.append(
            QStringLiteral("%1 has failed %2 times; the server does not page by offset, so "
                           "the run cannot go past it")
                .arg(url.toString(QUrl::RemoveUserInfo))
                .arg(failures));
        return false;
    }
    if (paging->limit > 1) {
        if (!m_splitting) {
            m_splitting = true;
            m_splitEnd = paging->offset + paging->limit;
            m_splitLimit = paging->limit;
            const QString note = QStringLiteral("the page at offset %1 has failed %2 times "
                                                "(%3): reading it in smaller pages")
                                     .arg(paging->offset)
                                     .arg(failures)
                                     .arg(reason);
            m_report.notes.append(note);
            qCWarning(lcSync).noquote() << m_collection << note;
        }
        OffsetPaging half = *paging;
        half.limit = paging->limit / 2;
        requestPage(withPaging(url, half), false);
        return true;
    }
    // One record the server cannot send even alone. Going past it is safe only while the
    // server otherwise works: at most one skip before any page of the run was read, and
    // a bounded number in all.
    if (m_skippedRecords >= kMaxSkippedRecordsPerRun
        || (m_report.pages == 0 && m_skippedRecords > 0))
        return false;
    ++m_skippedRecords;
    const QString why
        = QStringLiteral("the record at offset %1 could not be read after %2 tries (%3): skipped")
              .arg(paging->offset)
              .arg(std::max(failures, kFailuresBeforeSplit))
              .arg(reason);
    // Recorded once a later page proves the server works; a run that fails anyway
    // leaves no false "unreadable record" behind.
    m_pendingSkips.append({ url, why });
    OffsetPaging past = *paging;
    past.offset = paging->offset + 1;
    past.limit = m_splitLimit > 0 ? m_splitLimit : m_pageLimit;
    m_splitting = past.offset < m_splitEnd;
    if (!m_splitting)
        past.limit = m_splitLimit;
    requestPage(withPaging(url, past), false);
    return true;
}

QUrl CollectionSyncer::afterPageRead(const QUrl &next)
{
    if (m_knownPageFailures)
        m_store->forgetPageFailure(m_collection, m_pageUrl);
    for (const auto &[url, why] : std::as_const(m_pendingSkips)) {
        if (const core::CacheError error
            = m_store->recordSkippedRecord(m_collection, url, why, m_clock()))
            qCWarning(lcSync).noquote() << m_collection << error.message;
        m_report.notes.append(why);
        ++m_report.quarantined;
        qCWarning(lcSync).noquote() << m_collection << why;
    }
    m_pendingSkips.clear();
    if (!m_splitting || next.isEmpty())
        return next;
    const std::optional<OffsetPaging> paging = offsetPaging(next, false, m_pageLimit);
    if (!paging) {
        m_splitting = false;
        return next;
    }
    if (paging->offset < m_splitEnd)
        return next; // still inside the failing page: small pieces
    m_splitting = false;
    OffsetPaging whole = *paging;
    whole.limit = m_splitLimit;
    return withPaging(next, whole);
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
    if (const std::optional<Failure> failure = httpFailure(reply, what, body)) {
        if (failure->mayBeThePage && workAroundFailingPage(m_pageUrl, failure->message))
            return;
        if (httpStatus(reply) == 429 || httpStatus(reply) == 503)
            m_report.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), m_clock());
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
    // Paging that cannot end: a next link back to a page of this run, or page after page
    // with nothing on it.
    bool hasNext = next.isValid() && !next.isEmpty();
    if (hasNext && !isSameOrigin(next, m_settings.baseUrl)) {
        fail(SyncReport::Outcome::Failed,
            QStringLiteral("%1: its next link leads away from the data center, to %2: refused")
                .arg(what, next.toString(QUrl::RemoveUserInfo)));
        return;
    }
    if (hasNext && m_visited.contains(next.toString(QUrl::FullyEncoded))) {
        fail(SyncReport::Outcome::Failed,
            QStringLiteral("%1: its next link leads back to a page already read (%2)")
                .arg(what, next.toString()));
        return;
    }
    m_emptyPagesInARow = page->received == 0 ? m_emptyPagesInARow + 1 : 0;
    if (hasNext && m_emptyPagesInARow >= kMaxEmptyPagesInARow) {
        fail(SyncReport::Outcome::Failed,
            QStringLiteral("%1: %2 empty pages in a row, each with a next link")
                .arg(what)
                .arg(m_emptyPagesInARow));
        return;
    }
    // A run is bounded; the page is still stored with its next link, where the next run
    // goes on.
    const QString runLimit = hasNext ? runLimitReached() : QString();
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
    // Records gone past are missing from the pass: it proves nothing about deletions.
    if (m_skippedRecords > 0)
        m_report.completeness = QStringLiteral("%1 record(s) could not be read and were skipped "
                                               "(listed with the data issues)")
                                    .arg(m_skippedRecords);
    if (m_completePass)
        requestCount();
    else
        finishRun();
}

// After a full pass: does the server, asked afresh, count more than we received? A
// count cached at the server's start, or paging that stops at it, would otherwise end a
// pass early without a word (and a reconciliation would delete what it did not reach).
void CollectionSyncer::requestCount()
{
    QList<QPair<QString, QString>> parameters { { QStringLiteral("limit"), QStringLiteral("1") } };
    // A bbox over the whole world is a different query from the pass's, so a server that
    // caches the unfiltered count has to count again. Only for point collections: a
    // bbox leaves out features without geometry.
    const auto contract = m_settings.contracts.constFind(m_collection);
    if (contract != m_settings.contracts.constEnd()
        && contract->geometry == core::CollectionContract::Geometry::Point)
        parameters.append({ QStringLiteral("bbox"), QStringLiteral("-180,-90,180,90") });
    m_reply = get(itemsUrl(parameters), false, Accept::GeoJson);
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
        fresh = QJsonDocument::fromJson(body)
                    .object()
                    .value(QLatin1String("numberMatched"))
                    .toInteger(-1);
    // A failed count is no reason to fail the pass; it only cannot confirm it.
    const qint64 reported = std::max(m_firstMatched, fresh);
    if (reported > received) {
        m_report.completeness
            = QStringLiteral("server reports %1, received %2").arg(reported).arg(received);
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
            m_report.completeness
                = QStringLiteral("%1 of the cached features are no longer listed by the server: "
                                 "more than %2 %, so none was deleted (confirm in Sync status "
                                 "or with --allow-mass-deletion)")
                      .arg(held)
                      .arg(qRound(m_settings.maxDeletionShare * 100));
            qCWarning(lcSync).noquote() << m_collection << m_report.completeness;
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
    // Without the server's Date the cursor comes from the features' own stamps, and one
    // bogus future stamp would hold every later incremental read in the future: no
    // cursor past this machine's clock (less the overlap, as for Date) is kept. With Date, the
    // server's clock rules and this machine's clock does not matter.
    if (m_chainStart.isEmpty() && !cursor.isEmpty()) {
        const QString latest
            = m_clock().toUTC().addSecs(-kWatermarkOverlapSeconds).toString(Qt::ISODate);
        if (cursor > latest)
            cursor = latest;
    }
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

QString CollectionSyncer::runLimitReached() const
{
    if (m_report.pages + 1 >= m_settings.maxPagesPerRun)
        return QStringLiteral("the run stopped after %1 pages, its limit; the next run goes on "
                              "from there")
            .arg(m_report.pages + 1);
    if (m_runClock.elapsed() >= std::chrono::milliseconds(m_settings.runDeadline).count())
        return runDeadlineMessage();
    return {};
}

QString CollectionSyncer::runDeadlineMessage() const
{
    const qint64 seconds = m_settings.runDeadline.count();
    return QStringLiteral("the run stopped after %1, its limit, at page %2; the next run goes "
                          "on from there")
        .arg(seconds < 120 ? QStringLiteral("%1 s").arg(seconds)
                           : QStringLiteral("%1 min").arg(seconds / 60))
        .arg(m_report.pages + 1);
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
