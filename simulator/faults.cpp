#include "faults.h"

#include "rng.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ioc::sim {

FaultInjector::FaultInjector(quint64 seed, FaultOptions options)
    : m_seed(seed)
    , m_options(options)
{ }

const QStringList &FaultInjector::malformedKinds()
{
    static const QStringList kinds { QStringLiteral("broken_json"), QStringLiteral("wrong_types"),
        QStringLiteral("invalid_geometry"), QStringLiteral("duplicate_ids"),
        QStringLiteral("out_of_range_coordinates") };
    return kinds;
}

FaultInjector::Decision FaultInjector::decide(qint64 nowMs)
{
    Decision d;
    Rng rng(m_seed, streamKey(u"faults"), m_requests++);
    // Draw every number every time, so one option does not shift another's sequence.
    const double e = rng.uniform(), dr = rng.uniform(), m = rng.uniform();
    const int status = int(rng.range(0, 2));
    const QString kind = malformedKinds()[int(rng.range(0, malformedKinds().size() - 1))];
    if (m_options.throttlePerSecond > 0) {
        const qint64 second = nowMs / 1000;
        if (second != m_windowSecond) {
            m_windowSecond = second;
            m_windowCount = 0;
        }
        d.throttled = ++m_windowCount > m_options.throttlePerSecond;
    }
    if (e < m_options.errorRate) {
        static const int kStatuses[] = { 500, 502, 503 };
        d.errorStatus = kStatuses[status];
    }
    d.drop = dr < m_options.dropRate;
    if (m < m_options.malformedRate)
        d.malformedKind = kind;
    d.latencyMs = m_options.latencyMs;
    return d;
}

ApiResponse FaultInjector::throttledResponse()
{
    ApiResponse r = problem(429, QStringLiteral("Too Many Requests"), QStringLiteral("Slow down."));
    r.setHeader("Retry-After", "1");
    r.setHeader("X-Sim-Fault", "throttle");
    return r;
}

ApiResponse FaultInjector::errorResponse(int status)
{
    ApiResponse r = problem(status,
        status == 503 ? QStringLiteral("Service Unavailable")
                      : (status == 502 ? QStringLiteral("Bad Gateway")
                                       : QStringLiteral("Internal Server Error")));
    if (status == 503)
        r.setHeader("Retry-After", "2");
    r.setHeader("X-Sim-Fault", "error");
    return r;
}

void FaultInjector::malform(ApiResponse &resp, const QString &kind)
{
    // A broken response must not be cached by the client as if it were valid.
    resp.removeHeader("ETag");
    resp.removeHeader("Last-Modified");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("X-Sim-Fault", "malformed; kind=" + kind.toLatin1());
    if (kind == QLatin1String("broken_json")) {
        resp.body = resp.body.left(resp.body.size() * 3 / 5) + "\"}{,";
        return;
    }
    QJsonObject doc = QJsonDocument::fromJson(resp.body).object();
    const bool page = resp.kind == ApiResponse::Kind::ItemsPage;
    QJsonArray features
        = page ? doc.value(QStringLiteral("features")).toArray() : QJsonArray { doc };
    if (features.isEmpty()) {
        resp.body = resp.body.left(resp.body.size() * 3 / 5) + "\"}{,";
        resp.setHeader("X-Sim-Fault", "malformed; kind=broken_json");
        return;
    }
    QJsonObject f = features.at(0).toObject();
    if (kind == QLatin1String("wrong_types")) {
        QJsonObject props = f.value(QStringLiteral("properties")).toObject();
        // Timestamps as numbers, numbers as text: what a careless exporter produces.
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (it.value().isDouble())
                it.value() = QString::number(it.value().toDouble()) + QStringLiteral(" (text)");
        }
        props.insert(QStringLiteral("updated_at"), 1700000000);
        f.insert(QStringLiteral("properties"), props);
        f.insert(QStringLiteral("geometry"), QStringLiteral("POINT(105.9 18.3)"));
    } else if (kind == QLatin1String("invalid_geometry")) {
        f.insert(QStringLiteral("geometry"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("Polygon") },
                { QStringLiteral("coordinates"),
                    QJsonArray {
                        QJsonArray { QJsonArray { 105.9, 18.3 }, QJsonArray { 106.0 } } } } });
    } else if (kind == QLatin1String("out_of_range_coordinates")) {
        f.insert(QStringLiteral("geometry"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("Point") },
                { QStringLiteral("coordinates"), QJsonArray { 185.25, 95.5 } } });
    } else if (kind == QLatin1String("duplicate_ids")) {
        if (!page) {
            resp.body = resp.body.left(resp.body.size() * 3 / 5) + "\"}{,";
            resp.setHeader("X-Sim-Fault", "malformed; kind=broken_json");
            return;
        }
        // The second feature claims the first one's id (or a copy is appended).
        if (features.size() > 1) {
            QJsonObject second = features.at(1).toObject();
            second.insert(QStringLiteral("id"), f.value(QStringLiteral("id")));
            features.replace(1, second);
        } else {
            features.append(f);
        }
    }
    features.replace(0, f);
    if (page) {
        doc.insert(QStringLiteral("features"), features);
        doc.insert(QStringLiteral("numberReturned"), features.size());
    } else {
        doc = f;
    }
    resp.body = QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace ioc::sim
