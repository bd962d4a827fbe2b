#pragma once

#include "deliverylog.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <functional>

namespace ioc::sim {

class Clock;
class Collection;
class World;

struct ApiRequest
{
    QByteArray method; // GET, HEAD, PUT, ...
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct ApiResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // What fault injection may do to it: a JSON page/feature can be made malformed.
    enum class Kind { Other, ItemsPage, Feature } kind = Kind::Other;

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(const QByteArray &name);
};

struct ApiOptions
{
    QString token; // required bearer token (empty: no auth)
    QString readOnlyToken; // may read, gets 403 on PUT
    bool minimal = false; // bare Part 1 Core behaviour
    int minimalPageCap = 250;
    QHash<QString, QString> idMap; // our id -> served id (minimal mode)
    int defaultLimit = 100;
    int maxLimit = 10000;
    // --test-control: serve /_test/deliveries and /_test/clock (never in production use).
    bool testControl = false;
    // Steps the simulated clock forward (POST /_test/clock); null when it cannot be stepped.
    std::function<void(qint64 ms)> advanceClockMs;
};

// OGC API - Features Part 1 Core (GeoJSON) + Part 4 PUT over the World, independent of any
// socket: request in, response out. Faults, latency and gzip are the server's business.
class OgcApi
{
public:
    OgcApi(World &world, const Clock &clock, ApiOptions options);
    ApiResponse handle(const ApiRequest &request);

    // Served id of a collection (differs from ours in minimal mode with an id map).
    QString servedId(const QString &ourId) const;
    // Every PUT handled on a writable collection, per feature id.
    const DeliveryLog &deliveries() const { return m_deliveries; }

private:
    ApiResponse landing(const QString &base) const;
    ApiResponse conformance(const QString &base) const;
    ApiResponse collections(const QString &base) const;
    ApiResponse collection(const QString &base, const Collection &c) const;
    ApiResponse items(const ApiRequest &r, const QString &base, const Collection &c) const;
    ApiResponse item(const ApiRequest &r, const QString &base, const Collection &c,
        const QString &featureId) const;
    ApiResponse put(const ApiRequest &r, const QString &base, const Collection &c,
        const QString &featureId, DeliveryLog::Outcome *outcome);
    ApiResponse testControl(const ApiRequest &r, const QStringList &seg);
    ApiResponse snapshot(const QString &cameraId) const;
    QJsonObject collectionJson(const QString &base, const Collection &c) const;
    bool notModified(const ApiRequest &r, const QByteArray &etag, qint64 lastModifiedMs) const;
    void addValidators(ApiResponse &resp, const QByteArray &etag, qint64 lastModifiedMs) const;
    QByteArray etagFor(const QString &base, const Collection &c, const QString &what) const;

    World &m_world;
    const Clock &m_clock;
    ApiOptions m_options;
    QHash<QString, QString> m_ourIdByServed;
    DeliveryLog m_deliveries;
};

ApiResponse jsonResponse(
    int status, const QByteArray &body, const QByteArray &contentType = "application/json");
ApiResponse problem(int status, const QString &title, const QString &detail = {});
QByteArray httpDate(qint64 ms);
qint64 parseHttpDate(const QByteArray &value);

} // namespace ioc::sim
