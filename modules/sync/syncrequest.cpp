#include "sync/syncrequest.h"

#include "sync/origin.h"
#include "sync/pageparser.h"
#include "sync/servererror.h"
#include "sync/syncsettings.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
#include <memory>

namespace ioc::sync {

namespace {

const QByteArray kUserAgent = QByteArrayLiteral("ioc-desktop/" IOC_VERSION);

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

} // namespace

QNetworkRequest syncRequest(const QUrl &requested, Accept accept, bool formatParameter,
    const std::optional<Validators> &validators, const SyncSettings &settings)
{
    QUrl url = requested;
    if (formatParameter) {
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
    if (!settings.token.isEmpty() && isSameOrigin(url, settings.baseUrl))
        request.setRawHeader("Authorization", "Bearer " + settings.token.toUtf8());
    if (validators) {
        if (!validators->etag.isEmpty())
            request.setRawHeader("If-None-Match", validators->etag.toUtf8());
        if (!validators->lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", validators->lastModified.toUtf8());
    }
    // Qt adds Accept-Encoding: gzip and inflates by itself as long as we do not set it.
    // On loopback (the simulator, a local proxy) compressing and inflating a first sync's
    // hundreds of MB costs both processes CPU and saves nothing: ask for it plain.
    if (settings.plainOnLoopback && isLoopback(url))
        request.setRawHeader("Accept-Encoding", "identity");
    // Qt's own guard against decompression bombs refuses by ratio (40:1 for gzip past
    // 10 MiB), which a repetitive honest page can reach, and fails without a reason. Our
    // cap on inflated bytes (watchResponseLimits) bounds memory absolutely and says why.
    request.setDecompressedSafetyCheckThreshold(-1);
    request.setTransferTimeout(static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(settings.requestTimeout).count()));
    // Redirects are followed only within the data center's origin (keepRedirectsOnOrigin).
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    return request;
}

void keepRedirectsOnOrigin(QNetworkReply *reply, const QUrl &origin)
{
    QObject::connect(reply, &QNetworkReply::redirected, reply, [reply, origin](const QUrl &target) {
        if (isSameOrigin(target, origin)) {
            emit reply->redirectAllowed();
        } else {
            reply->setProperty("ioc_offorigin", target.toString(QUrl::RemoveUserInfo));
            reply->abort();
        }
    });
}

void watchResponseLimits(
    QNetworkReply *reply, const SyncSettings &settings, std::chrono::milliseconds elapsedInRun)
{
    using std::chrono::milliseconds;
    // The wall-clock deadline of the whole response (the transfer timeout only measures
    // silence), or what is left of the run's, whichever ends first. The timers belong to
    // the reply and die with it.
    const milliseconds request = settings.requestDeadline;
    const milliseconds leftInRun = std::max(milliseconds(0), settings.runDeadline - elapsedInRun);
    const bool runBound = leftInRun < request;
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply, runBound] {
        reply->setProperty(runBound ? "ioc_run_deadline" : "ioc_deadline", true);
        reply->abort();
    });
    deadline->start(std::min(request, leftInRun));

    // A body larger than the cap is cut while it is read, whether its length was
    // announced or not (chunked) and after decompression (Qt counts inflated bytes), so a
    // gzip bomb or an endless body never fills memory.
    const qint64 cap = std::min(settings.maxResponseBytes, kMaxPageBytes);
    // The minimum rate, measured once the body has started (silence before it is the
    // transfer timeout's): a server dripping bytes fails well before the deadline.
    auto received = std::make_shared<qint64>(0);
    QTimer *rate = nullptr;
    if (settings.minimumRate > 0 && settings.rateWindow.count() > 0) {
        rate = new QTimer(reply);
        const qint64 perWindow = settings.minimumRate * settings.rateWindow.count();
        auto atLastTick = std::make_shared<qint64>(0);
        QObject::connect(rate, &QTimer::timeout, reply, [reply, received, atLastTick, perWindow] {
            if (*received - *atLastTick < perWindow) {
                reply->setProperty("ioc_slow", true);
                reply->abort();
            }
            *atLastTick = *received;
        });
        rate->setInterval(settings.rateWindow);
    }
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
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

QUrl dataCenterUrl(const QUrl &baseUrl, const QString &path)
{
    QUrl base = baseUrl;
    QString basePath = base.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        base.setPath(basePath + QLatin1Char('/'));
    return base.resolved(QUrl(path));
}

QUrl itemsUrl(
    const QUrl &baseUrl, const QString &remoteId, const QList<QPair<QString, QString>> &parameters)
{
    QUrl url = dataCenterUrl(baseUrl, QStringLiteral("collections/%1/items").arg(remoteId));
    QUrlQuery query;
    for (const auto &[key, value] : parameters)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

std::optional<RefusedRequestRetry> retryRefusedRequest(int status, const QByteArray &body,
    const QUrl &url, bool firstPage, bool limitLowered, bool formatParameter)
{
    if (status != 400 && status != 406 && status != 415)
        return std::nullopt;
    const QString said = serverErrorText(body);
    // A limit above the server's maximum: lower it once per collection and go on. The
    // server's text may name its maximum; otherwise 1000 (Part 1's example maximum is
    // 10000, many servers stop at 1000), then 100.
    const int asked = QUrlQuery(url).queryItemValue(QStringLiteral("limit")).toInt();
    const bool blamesLimit = said.contains(QLatin1String("limit"), Qt::CaseInsensitive);
    if (firstPage && status == 400 && !limitLowered && asked > 100
        && (blamesLimit || formatParameter)) {
        int lower = asked > 1000 ? 1000 : 100;
        static const QRegularExpression number(QStringLiteral("\\b(\\d{2,6})\\b"));
        for (auto it = number.globalMatch(said); it.hasNext();) {
            const int named = it.next().captured(1).toInt();
            if (named >= 10 && named < asked)
                lower = named;
        }
        return RefusedRequestRetry { lower,
            QStringLiteral("the server refused limit=%1 (%2): using %3")
                .arg(asked)
                .arg(said.isEmpty() ? QStringLiteral("HTTP 400") : said)
                .arg(lower) };
    }
    // A server that does not negotiate by Accept (or refuses our type for this resource)
    // is asked in its own words: f=json, which Part 1 servers commonly offer.
    if (!formatParameter && !QUrlQuery(url).hasQueryItem(QStringLiteral("f"))) {
        return RefusedRequestRetry { 0,
            QStringLiteral("the server refused our Accept header (HTTP %1%2): asking with f=json")
                .arg(status)
                .arg(said.isEmpty() ? QString() : QStringLiteral(", ") + said) };
    }
    return std::nullopt;
}

QUrl withLimit(const QUrl &url, int limit)
{
    QUrl out = url;
    QUrlQuery query(out);
    query.removeAllQueryItems(QStringLiteral("limit"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    out.setQuery(query);
    return out;
}

} // namespace ioc::sync
