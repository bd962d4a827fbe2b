#pragma once

#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

class QNetworkReply;

namespace ioc::sync {

struct SyncSettings;

// Out of CollectionSyncer: how the syncer asks the data center, apart from what it asks
// for. The headers of one request (the type per resource, the bearer token only to the
// data center's origin, validators), redirects kept on the origin, the limits a response
// is held to while it arrives, and the forms a server that refused a request may prefer.

// What a request asks for (OGC API – Features Part 1, 7.2.4): metadata is JSON, items are
// GeoJSON.
enum class Accept { Json, GeoJson };

// A previous answer's validators, for a conditional request (304 when nothing changed).
struct Validators
{
    QString etag;
    QString lastModified;
};

// The request for `requested`. `formatParameter`: the server wants f=json (it refused our
// Accept header).
QNetworkRequest syncRequest(const QUrl &requested, Accept accept, bool formatParameter,
    const std::optional<Validators> &validators, const SyncSettings &settings);
// Follows redirects within `origin` only: any other aborts the reply, its target in the
// reply's "ioc_offorigin" property.
void keepRedirectsOnOrigin(QNetworkReply *reply, const QUrl &origin);
// Per-response limits (docs/reliability.md): the request deadline or what is left of the
// run's (`elapsedInRun` of it gone), the minimum rate, the size cap after decompression.
// Each aborts the reply and marks why in a property ("ioc_deadline", "ioc_run_deadline",
// "ioc_slow", "ioc_oversize").
void watchResponseLimits(
    QNetworkReply *reply, const SyncSettings &settings, std::chrono::milliseconds elapsedInRun);

// The data center's resource at `path` (relative to its base URL, which may lack the
// final slash).
QUrl dataCenterUrl(const QUrl &baseUrl, const QString &path);
// /collections/{remoteId}/items with `parameters`.
QUrl itemsUrl(
    const QUrl &baseUrl, const QString &remoteId, const QList<QPair<QString, QString>> &parameters);

// A request the server refused (HTTP 400, 406, 415) asked once more, in a form it may
// prefer.
struct RefusedRequestRetry
{
    // > 0: the server refused our page size; this one, once per collection.
    int pageLimit = 0;
    // Otherwise f=json: it refused our Accept header (for this resource).
    QString note; // what the run learned, for the report and the log
};
// `status` and `body` answered `url`. `firstPage`: the run's first items request;
// `limitLowered`, `formatParameter`: what earlier refusals changed. std::nullopt when no
// other form is left to try.
std::optional<RefusedRequestRetry> retryRefusedRequest(int status, const QByteArray &body,
    const QUrl &url, bool firstPage, bool limitLowered, bool formatParameter);
// `url` asking for `limit` features.
QUrl withLimit(const QUrl &url, int limit);

} // namespace ioc::sync
