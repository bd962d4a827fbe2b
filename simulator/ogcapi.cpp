// Over 600 lines for a reason: one class, the simulator's whole OGC API – Features surface
// (Part 1 resources, paging, datetime, validators, Part 4 PUT) as the client sees it;
// the protocol is read in one place, and items() alone is a third of it.
#include "ogcapi.h"

#include "generatedcollection.h"
#include "jsonwriter.h"
#include "rng.h"
#include "simclock.h"
#include "snapshot.h"
#include "world.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUuid>
#include <algorithm>

namespace ioc::sim {

namespace {

const char *kGeoJson = "application/geo+json";
const QString kCrs84 = QStringLiteral("http://www.opengis.net/def/crs/OGC/1.3/CRS84");

QJsonObject link(
    const QString &href, const QString &rel, const QString &type, const QString &title = {})
{
    QJsonObject l { { QStringLiteral("href"), href }, { QStringLiteral("rel"), rel },
        { QStringLiteral("type"), type } };
    if (!title.isEmpty())
        l.insert(QStringLiteral("title"), title);
    return l;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// OGC datetime: an instant, "start/end", "start/.." or "../end". Whole seconds.
bool parseDatetime(const QString &text, qint64 *startMs, qint64 *endMs)
{
    const auto bound = [](const QString &s, qint64 open, qint64 *out) {
        if (s.isEmpty() || s == QLatin1String(".."))
            return (*out = open), true;
        const qint64 ms = msFromIso(s);
        if (ms < 0)
            return false;
        *out = ms;
        return true;
    };
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() == 1) {
        const qint64 ms = msFromIso(parts[0]);
        *startMs = *endMs = ms;
        return ms >= 0;
    }
    if (parts.size() != 2)
        return false;
    return bound(parts[0], std::numeric_limits<qint64>::min(), startMs)
        && bound(parts[1], std::numeric_limits<qint64>::max(), endMs) && *startMs <= *endMs;
}

// Envelope of a GeoJSON coordinates array of any depth; false if there are no positions.
bool envelope(const QJsonValue &coords, double env[4])
{
    const QJsonArray a = coords.toArray();
    if (a.isEmpty())
        return false;
    if (a.at(0).isDouble()) {
        const double x = a.at(0).toDouble(), y = a.at(1).toDouble();
        env[0] = env[2] = x;
        env[1] = env[3] = y;
        return a.size() >= 2;
    }
    bool any = false;
    for (const QJsonValue &v : a) {
        double e[4];
        if (!envelope(v, e))
            continue;
        if (!any) {
            std::copy(e, e + 4, env);
            any = true;
        } else {
            env[0] = qMin(env[0], e[0]);
            env[1] = qMin(env[1], e[1]);
            env[2] = qMax(env[2], e[2]);
            env[3] = qMax(env[3], e[3]);
        }
    }
    return any;
}

} // namespace

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

void ApiResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({ name, value });
}

void ApiResponse::removeHeader(const QByteArray &name)
{
    headers.erase(
        std::remove_if(headers.begin(), headers.end(),
            [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; }),
        headers.end());
}

ApiResponse jsonResponse(int status, const QByteArray &body, const QByteArray &contentType)
{
    ApiResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({ "Content-Type", contentType });
    return r;
}

ApiResponse problem(int status, const QString &title, const QString &detail)
{
    QJsonObject o { { QStringLiteral("title"), title }, { QStringLiteral("status"), status } };
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return jsonResponse(status, compact(o), "application/problem+json");
}

QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
            QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

qint64 parseHttpDate(const QByteArray &value)
{
    QDateTime dt = QLocale::c().toDateTime(
        QString::fromLatin1(value.trimmed()), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!dt.isValid())
        return -1;
    dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

OgcApi::OgcApi(World &world, const Clock &clock, ApiOptions options)
    : m_world(world)
    , m_clock(clock)
    , m_options(std::move(options))
{
    if (m_options.minimal)
        for (auto it = m_options.idMap.cbegin(); it != m_options.idMap.cend(); ++it)
            m_ourIdByServed.insert(it.value(), it.key());
}

QString OgcApi::servedId(const QString &ourId) const
{
    return m_options.minimal ? m_options.idMap.value(ourId, ourId) : ourId;
}

ApiResponse OgcApi::handle(const ApiRequest &r)
{
    // Authentication first: 401 = who are you (missing/unknown token), 403 = known but
    // not allowed (the read-only token trying to write).
    bool readOnly = false;
    if (!m_options.token.isEmpty()) {
        const QByteArray auth = r.headers.value("authorization");
        const QByteArray presented
            = auth.startsWith("Bearer ") ? auth.mid(7).trimmed() : QByteArray();
        if (presented.isEmpty()
            || (presented != m_options.token.toUtf8()
                && (m_options.readOnlyToken.isEmpty()
                    || presented != m_options.readOnlyToken.toUtf8()))) {
            ApiResponse resp = problem(401, QStringLiteral("Unauthorized"),
                QStringLiteral("A valid bearer token is required."));
            resp.setHeader("WWW-Authenticate",
                presented.isEmpty()
                    ? QByteArray("Bearer realm=\"ioc-datacenter-sim\"")
                    : QByteArray("Bearer realm=\"ioc-datacenter-sim\", error=\"invalid_token\""));
            return resp;
        }
        readOnly = presented != m_options.token.toUtf8();
    }

    m_world.advanceTo(m_clock.nowMs());

    const QByteArray host = r.headers.value("host", "127.0.0.1");
    const QString base = QStringLiteral("http://") + QString::fromLatin1(host);
    const QStringList seg = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool read = r.method == "GET" || r.method == "HEAD";

    if (m_options.testControl && !seg.isEmpty() && seg[0] == QLatin1String("_test"))
        return testControl(r, seg);

    if (seg.size() == 2 && seg[0] == QLatin1String("snapshots")
        && seg[1].endsWith(QLatin1String(".jpg")) && read)
        return snapshot(seg[1].chopped(4));

    if (seg.isEmpty() || (seg.size() == 1 && seg[0] == QLatin1String("conformance"))
        || (seg.size() == 1 && seg[0] == QLatin1String("collections"))) {
        if (!read)
            return problem(405, QStringLiteral("Method Not Allowed"));
        if (seg.isEmpty())
            return landing(base);
        return seg[0] == QLatin1String("conformance") ? conformance(base) : collections(base);
    }
    if (seg[0] != QLatin1String("collections") || seg.size() > 4
        || (seg.size() >= 3 && seg[2] != QLatin1String("items")))
        return problem(
            404, QStringLiteral("Not Found"), QStringLiteral("No such resource: %1").arg(r.path));

    const QString ourId = m_options.minimal
        ? m_ourIdByServed.value(seg[1], m_options.idMap.contains(seg[1]) ? QString() : seg[1])
        : seg[1];
    const Collection *c = ourId.isEmpty() ? nullptr : m_world.collection(ourId);
    if (!c)
        return problem(
            404, QStringLiteral("Not Found"), QStringLiteral("No collection %1").arg(seg[1]));

    if (seg.size() == 4 && r.method == "PUT") {
        if (m_options.minimal || !c->writable()) {
            ApiResponse resp = problem(405, QStringLiteral("Method Not Allowed"));
            resp.setHeader("Allow", "GET, HEAD");
            return resp;
        }
        // Counted whatever the answer: a client that sends an item twice shows up here
        // even where storage made the second send harmless.
        DeliveryLog::Outcome outcome = DeliveryLog::Outcome::Refused;
        const ApiResponse resp = readOnly ? problem(403, QStringLiteral("Forbidden"),
                                     QStringLiteral("This token may read but not write."))
                                          : put(r, base, *c, seg[3], &outcome);
        m_deliveries.record(c->id(), seg[3], resp.status, outcome);
        return resp;
    }
    if (!read) {
        ApiResponse resp = problem(405, QStringLiteral("Method Not Allowed"));
        resp.setHeader("Allow",
            c->writable() && seg.size() == 4 && !m_options.minimal ? "GET, HEAD, PUT"
                                                                   : "GET, HEAD");
        return resp;
    }
    if (seg.size() == 2)
        return collection(base, *c);
    if (seg.size() == 3)
        return items(r, base, *c);
    return item(r, base, *c, seg[3]);
}

ApiResponse OgcApi::landing(const QString &base) const
{
    const QJsonObject o { { QStringLiteral("title"),
                              QStringLiteral("Trung tâm dữ liệu tỉnh Hà Tĩnh (mô phỏng)") },
        { QStringLiteral("description"),
            QStringLiteral("Simulated provincial data center of Ha Tinh: OGC API - Features.") },
        { QStringLiteral("links"),
            QJsonArray { link(base + QStringLiteral("/"), QStringLiteral("self"),
                             QStringLiteral("application/json")),
                link(base + QStringLiteral("/conformance"), QStringLiteral("conformance"),
                    QStringLiteral("application/json")),
                link(base + QStringLiteral("/collections"), QStringLiteral("data"),
                    QStringLiteral("application/json")) } } };
    return jsonResponse(200, compact(o));
}

ApiResponse OgcApi::conformance(const QString &) const
{
    QJsonArray classes { QStringLiteral(
                             "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"),
        QStringLiteral("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson") };
    if (!m_options.minimal)
        classes.append(QStringLiteral(
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete"));
    return jsonResponse(200, compact(QJsonObject { { QStringLiteral("conformsTo"), classes } }));
}

QJsonObject OgcApi::collectionJson(const QString &base, const Collection &c) const
{
    const QString id = servedId(c.id());
    const QString self = base + QStringLiteral("/collections/") + id;
    QJsonObject o {
        { QStringLiteral("id"), id },
        { QStringLiteral("title"), c.title() },
        { QStringLiteral("description"), c.description() },
        { QStringLiteral("itemType"), QStringLiteral("feature") },
        { QStringLiteral("crs"), QJsonArray { kCrs84 } },
        { QStringLiteral("extent"),
            QJsonObject { { QStringLiteral("spatial"),
                QJsonObject { { QStringLiteral("bbox"),
                                  QJsonArray { QJsonArray { 105.10, 17.90, 106.50, 18.80 } } },
                    { QStringLiteral("crs"), kCrs84 } } } } },
        { QStringLiteral("links"),
            QJsonArray { link(self, QStringLiteral("self"), QStringLiteral("application/json")),
                link(self + QStringLiteral("/items"), QStringLiteral("items"),
                    QString::fromLatin1(kGeoJson)) } },
    };
    if (!m_options.minimal) {
        // Our conventions, prefixed so no standard member is shadowed.
        o.insert(QStringLiteral("ioc:temporalProperty"), QStringLiteral("updated_at"));
        o.insert(QStringLiteral("ioc:writable"), c.writable());
        o.insert(QStringLiteral("ioc:featureCount"), c.count());
    }
    return o;
}

ApiResponse OgcApi::collections(const QString &base) const
{
    QJsonArray list;
    for (const Collection *c : m_world.collections())
        list.append(collectionJson(base, *c));
    return jsonResponse(200,
        compact(QJsonObject { { QStringLiteral("collections"), list },
            { QStringLiteral("links"),
                QJsonArray { link(base + QStringLiteral("/collections"), QStringLiteral("self"),
                    QStringLiteral("application/json")) } } }));
}

ApiResponse OgcApi::collection(const QString &base, const Collection &c) const
{
    return jsonResponse(200, compact(collectionJson(base, c)));
}

QByteArray OgcApi::etagFor(const QString &base, const Collection &c, const QString &what) const
{
    // Everything the body depends on: data (seed, scale, t0, revision), request and host.
    const WorldConfig &cfg = m_world.config();
    quint64 h = mix64(
        cfg.seed ^ mix64(quint64(cfg.scale * 1000.0)) ^ mix64(quint64(m_world.context().t0Ms)));
    h = mix64(h ^ streamKey(c.id()) ^ mix64(c.revision()));
    h = mix64(h ^ streamKey(what) ^ mix64(streamKey(base)));
    return "W/\"" + QByteArray::number(h, 16) + '"';
}

bool OgcApi::notModified(const ApiRequest &r, const QByteArray &etag, qint64 lastModifiedMs) const
{
    const QByteArray inm = r.headers.value("if-none-match");
    if (!inm.isEmpty()) {
        // Weak comparison (RFC 9110): W/"x" matches "x".
        const auto bare = [](QByteArray t) {
            t = t.trimmed();
            return t.startsWith("W/") ? t.mid(2) : t;
        };
        for (const QByteArray &t : inm.split(','))
            if (t.trimmed() == "*" || bare(t) == bare(etag))
                return true;
        return false; // If-Modified-Since is ignored when If-None-Match is present
    }
    const QByteArray ims = r.headers.value("if-modified-since");
    if (!ims.isEmpty()) {
        const qint64 since = parseHttpDate(ims);
        return since >= 0 && lastModifiedMs / 1000 <= since / 1000;
    }
    return false;
}

void OgcApi::addValidators(ApiResponse &resp, const QByteArray &etag, qint64 lastModifiedMs) const
{
    resp.setHeader("ETag", etag);
    resp.setHeader("Last-Modified", httpDate(lastModifiedMs));
    resp.setHeader("Cache-Control", "no-cache");
}

ApiResponse OgcApi::items(const ApiRequest &r, const QString &base, const Collection &c) const
{
    int limit = m_options.defaultLimit;
    qint64 start = 0;
    qint64 sinceMs = std::numeric_limits<qint64>::min();
    qint64 untilMs = std::numeric_limits<qint64>::max();
    bool filtered = false;
    double bbox[4] = { 0, 0, 0, 0 };
    bool hasBbox = false;
    const auto items = r.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        bool ok = true;
        if (key == QLatin1String("limit")) {
            limit = value.toInt(&ok);
            if (!ok || limit < 1)
                return problem(400, QStringLiteral("Bad Request"),
                    QStringLiteral("limit must be a positive integer"));
        } else if (key == QLatin1String(m_options.minimal ? "offset" : "cursor")) {
            start = value.toLongLong(&ok);
            if (!ok || start < 0)
                return problem(
                    400, QStringLiteral("Bad Request"), QStringLiteral("invalid paging token"));
        } else if (key == QLatin1String("datetime")) {
            // A bare server has no temporal property to filter on, and ignores datetime.
            if (m_options.minimal)
                continue;
            if (!parseDatetime(value, &sinceMs, &untilMs))
                return problem(400, QStringLiteral("Bad Request"),
                    QStringLiteral("invalid datetime: %1").arg(value));
            filtered = true;
        } else if (key == QLatin1String("bbox")) {
            const QStringList parts = value.split(QLatin1Char(','));
            bool good = parts.size() == 4;
            for (int k = 0; good && k < 4; ++k)
                bbox[k] = parts[k].toDouble(&good);
            if (!good || bbox[0] > bbox[2] || bbox[1] > bbox[3])
                return problem(400, QStringLiteral("Bad Request"),
                    QStringLiteral("bbox must be minLon,minLat,maxLon,maxLat"));
            hasBbox = true;
        } else if (key != QLatin1String("f")) {
            return problem(400, QStringLiteral("Bad Request"),
                QStringLiteral("unknown query parameter: %1").arg(key));
        }
    }
    // The server lowers limit as it sees fit; clients must follow rel="next", not count.
    limit = qMin(limit, m_options.minimal ? m_options.minimalPageCap : m_options.maxLimit);

    QByteArray etag;
    if (!m_options.minimal) {
        QStringList norm;
        for (const auto &[k, v] : items)
            norm.append(k + QLatin1Char('=') + v);
        norm.sort();
        etag = etagFor(base, c, QStringLiteral("items?") + norm.join(QLatin1Char('&')));
        if (notModified(r, etag, c.lastModifiedMs())) {
            ApiResponse resp;
            resp.status = 304;
            addValidators(resp, etag, c.lastModifiedMs());
            return resp;
        }
    }

    const qint64 n = c.count();
    // A feature is in the result if its updated_at is in the datetime interval and its
    // geometry's envelope meets the bbox (features without geometry never do).
    const auto accept = [&](qint64 idx, QByteArray *json) {
        if (filtered) {
            const qint64 t = c.updatedAtMs(idx);
            if (t < sinceMs || t > untilMs)
                return false;
        }
        if (!hasBbox) {
            if (json)
                appendFeature(*json, c.feature(idx));
            return true;
        }
        const FeatureRecord f = c.feature(idx);
        double env[4];
        if (!envelope(f.geometry.toObject().value(QStringLiteral("coordinates")), env)
            || env[0] > bbox[2] || env[2] < bbox[0] || env[1] > bbox[3] || env[3] < bbox[1])
            return false;
        if (json)
            appendFeature(*json, f);
        return true;
    };
    const auto advance
        = [&](qint64 from) { return filtered ? c.nextCandidate(from, sinceMs) : from; };

    // The page is written in place into the response body: features between the opening
    // and the closing members, no copy of a multi-MB buffer afterwards. Room for ~1 KB per
    // feature (dossiers are ~700 bytes) so the buffer rarely has to grow and move.
    static const QByteArray opening = "{\"type\":\"FeatureCollection\",\"features\":[";
    QByteArray body;
    body.reserve(qMin<qint64>(limit, n) * 1024 + 1024);
    body += opening;
    QByteArray &features = body; // features are appended after the opening
    int returned = 0;
    qint64 i = start;
    while (returned < limit && (i = advance(i)) < n) {
        // Append in place; undo the separator if the feature is not accepted.
        const qsizetype mark = features.size();
        if (returned > 0)
            features += ',';
        if (accept(i, &features))
            ++returned;
        else
            features.truncate(mark);
        ++i;
    }
    // Look ahead for the next match so the last page has no next link; the look-ahead is
    // bounded, and if it gives up the chain goes on (a page may then be short or empty).
    qint64 next = -1;
    if (!filtered && !hasBbox) {
        if (i < n)
            next = i;
    } else {
        qint64 budget = hasBbox ? 2000 : 20000;
        for (qint64 j = advance(i); j < n; j = advance(j + 1)) {
            if (accept(j, nullptr) || --budget == 0) {
                next = j;
                break;
            }
        }
    }

    const QString self
        = base + QStringLiteral("/collections/") + servedId(c.id()) + QStringLiteral("/items");
    QUrlQuery selfQuery;
    for (const auto &[k, v] : items)
        selfQuery.addQueryItem(k, v);
    QJsonArray links { link(self
                               + (selfQuery.isEmpty()
                                       ? QString()
                                       : QLatin1Char('?') + selfQuery.toString(QUrl::FullyEncoded)),
                           QStringLiteral("self"), QString::fromLatin1(kGeoJson)),
        link(base + QStringLiteral("/collections/") + servedId(c.id()),
            QStringLiteral("collection"), QStringLiteral("application/json")) };
    if (next >= 0) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        q.addQueryItem(m_options.minimal ? QStringLiteral("offset") : QStringLiteral("cursor"),
            QString::number(next));
        if (filtered)
            q.addQueryItem(QStringLiteral("datetime"),
                r.query.queryItemValue(QStringLiteral("datetime"), QUrl::FullyDecoded));
        if (hasBbox)
            q.addQueryItem(QStringLiteral("bbox"),
                r.query.queryItemValue(QStringLiteral("bbox"), QUrl::FullyDecoded));
        links.append(link(self + QLatin1Char('?') + q.toString(QUrl::FullyEncoded),
            QStringLiteral("next"), QString::fromLatin1(kGeoJson)));
    }

    body += "],\"links\":" + QJsonDocument(links).toJson(QJsonDocument::Compact);
    if (!filtered && !hasBbox && !m_options.minimal)
        body += ",\"numberMatched\":" + QByteArray::number(n);
    body += ",\"numberReturned\":" + QByteArray::number(returned);
    body += ",\"timeStamp\":\"" + isoUtc(m_clock.nowMs()).toLatin1() + "\"}";
    ApiResponse resp = jsonResponse(200, body, kGeoJson);
    resp.kind = ApiResponse::Kind::ItemsPage;
    if (!m_options.minimal)
        addValidators(resp, etag, c.lastModifiedMs());
    return resp;
}

ApiResponse OgcApi::item(
    const ApiRequest &r, const QString &base, const Collection &c, const QString &featureId) const
{
    const std::optional<qint64> idx = c.indexOf(featureId);
    if (!idx)
        return problem(
            404, QStringLiteral("Not Found"), QStringLiteral("No feature %1").arg(featureId));
    const qint64 modified = c.updatedAtMs(*idx);
    QByteArray etag;
    if (!m_options.minimal) {
        etag = etagFor(base, c,
            QStringLiteral("item/") + featureId + QLatin1Char('@') + QString::number(modified));
        if (notModified(r, etag, modified)) {
            ApiResponse resp;
            resp.status = 304;
            addValidators(resp, etag, modified);
            return resp;
        }
    }
    const FeatureRecord f = c.feature(*idx);
    const QString coll = base + QStringLiteral("/collections/") + servedId(c.id());
    const QByteArray body = compact(QJsonObject {
        { QStringLiteral("type"), QStringLiteral("Feature") }, { QStringLiteral("id"), f.id },
        { QStringLiteral("geometry"), f.geometry }, { QStringLiteral("properties"), f.properties },
        { QStringLiteral("links"),
            QJsonArray { link(coll + QStringLiteral("/items/") + f.id, QStringLiteral("self"),
                             QString::fromLatin1(kGeoJson)),
                link(coll, QStringLiteral("collection"), QStringLiteral("application/json")) } } });
    ApiResponse resp = jsonResponse(200, body, kGeoJson);
    resp.kind = ApiResponse::Kind::Feature;
    if (!m_options.minimal)
        addValidators(resp, etag, modified);
    return resp;
}

ApiResponse OgcApi::testControl(const ApiRequest &r, const QStringList &seg)
{
    if (seg.size() == 2 && seg[1] == QLatin1String("deliveries") && r.method == "GET")
        return jsonResponse(200, m_deliveries.toJson());
    if (seg.size() == 2 && seg[1] == QLatin1String("clock")) {
        if (r.method == "POST") {
            bool ok = false;
            const qint64 seconds
                = r.query.queryItemValue(QStringLiteral("advance")).toLongLong(&ok);
            if (!ok || seconds < 0)
                return problem(400, QStringLiteral("Bad Request"),
                    QStringLiteral("advance=SECONDS (a whole number, not negative) is required"));
            if (!m_options.advanceClockMs)
                return problem(409, QStringLiteral("Conflict"),
                    QStringLiteral("this simulator's clock cannot be stepped"));
            m_options.advanceClockMs(seconds * 1000);
            m_world.advanceTo(m_clock.nowMs());
        } else if (r.method != "GET") {
            return problem(405, QStringLiteral("Method Not Allowed"));
        }
        return jsonResponse(200,
            compact(QJsonObject { { QStringLiteral("now"), isoUtc(m_clock.nowMs()) },
                { QStringLiteral("changesApplied"), m_world.changesApplied() } }));
    }
    return problem(404, QStringLiteral("Not Found"),
        QStringLiteral("test control offers GET /_test/deliveries, GET|POST /_test/clock"));
}

ApiResponse OgcApi::put(const ApiRequest &r, const QString &base, const Collection &c,
    const QString &featureId, DeliveryLog::Outcome *outcome)
{
    // Client-generated UUIDs are what make a retried PUT idempotent: demand them.
    const QUuid uuid = QUuid::fromString(featureId);
    if (uuid.isNull() || featureId.size() != 36)
        return problem(
            400, QStringLiteral("Bad Request"), QStringLiteral("feature id must be a UUID"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    const QJsonObject f = doc.object();
    if (!doc.isObject() || f.value(QStringLiteral("type")).toString() != QLatin1String("Feature")
        || !f.value(QStringLiteral("properties")).isObject())
        return problem(400, QStringLiteral("Bad Request"),
            QStringLiteral("body must be a GeoJSON Feature with properties"));
    if (f.contains(QStringLiteral("id")) && f.value(QStringLiteral("id")).toString() != featureId)
        return problem(
            400, QStringLiteral("Bad Request"), QStringLiteral("id in body differs from the URL"));
    const QJsonValue g = f.value(QStringLiteral("geometry"));
    if (!g.isUndefined() && !g.isNull()
        && !g.toObject().value(QStringLiteral("coordinates")).isArray())
        return problem(400, QStringLiteral("Bad Request"), QStringLiteral("invalid geometry"));

    WritableCollection *w = m_world.writable(c.id());
    QString error;
    const WritableCollection::PutResult result = w->put(featureId, f, m_clock.nowMs(), &error);
    if (result == WritableCollection::PutResult::Failed)
        return problem(500, QStringLiteral("Internal Server Error"), error);
    *outcome = result == WritableCollection::PutResult::Created ? DeliveryLog::Outcome::Created
        : result == WritableCollection::PutResult::Replaced     ? DeliveryLog::Outcome::Replaced
                                                                : DeliveryLog::Outcome::Unchanged;
    ApiResponse resp;
    const qint64 idx = *w->indexOf(featureId);
    const QByteArray etag = etagFor(base, c,
        QStringLiteral("item/") + featureId + QLatin1Char('@')
            + QString::number(w->updatedAtMs(idx)));
    resp.setHeader("ETag", etag);
    if (result == WritableCollection::PutResult::Created) {
        resp.status = 201;
        resp.setHeader("Location",
            (base + QStringLiteral("/collections/") + c.id() + QStringLiteral("/items/")
                + featureId)
                .toUtf8());
    } else {
        resp.status = 204;
    }
    return resp;
}

ApiResponse OgcApi::snapshot(const QString &cameraId) const
{
    const Collection *cams = m_world.collection(QStringLiteral("cam_cameras"));
    const std::optional<qint64> idx = cams->indexOf(cameraId);
    if (!idx)
        return problem(
            404, QStringLiteral("Not Found"), QStringLiteral("No camera %1").arg(cameraId));
    const FeatureRecord f = cams->feature(*idx);
    const bool online
        = f.properties.value(QStringLiteral("status")).toString() != QLatin1String("offline");
    ApiResponse resp;
    resp.body = renderSnapshot(m_world.config().seed, *idx, m_clock.nowMs(), online);
    resp.setHeader("Content-Type", "image/jpeg");
    resp.setHeader("Cache-Control", "no-cache");
    return resp;
}

} // namespace ioc::sim
