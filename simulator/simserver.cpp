#include "simserver.h"

#include "gzip.h"
#include "simclock.h"
#include "simlogging.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>

namespace ioc::sim {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

} // namespace

SimServer::SimServer(OgcApi &api, const Clock &clock, FaultInjector faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_clock(clock)
    , m_faults(faults)
{ }

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Nagle + delayed ACK would hold every page ~40 ms (docs/measured.md).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    ApiRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    for (const auto &h : request.headers())
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    const bool head = r.method == "HEAD";
    const bool close = r.headers.value("connection").toLower() == "close";
    const bool gzip = r.headers.value("accept-encoding").contains("gzip");

    const FaultInjector::Decision d = m_faults.decide(m_clock.nowMs());
    ApiResponse resp;
    if (d.throttled) {
        resp = FaultInjector::throttledResponse();
    } else if (d.errorStatus) {
        resp = FaultInjector::errorResponse(d.errorStatus);
    } else {
        resp = m_api.handle(r);
        if (!d.malformedKind.isEmpty() && resp.status == 200
            && resp.kind != ApiResponse::Kind::Other)
            FaultInjector::malform(resp, d.malformedKind);
    }
    qCDebug(lcSimServer) << r.method << request.url().toString() << resp.status;

    if (resp.status != 204 && resp.status != 304 && resp.header("Content-Type").contains("json")) {
        resp.setHeader("Vary", "Accept-Encoding");
        if (gzip && resp.body.size() >= 512) {
            resp.body = gzipCompress(resp.body);
            resp.setHeader("Content-Encoding", "gzip");
        }
    }
    // A cut read: the body stops half way. A cut write: the PUT is stored, then the
    // connection closes without an answer - the case client-generated ids exist for.
    const bool stored = r.method == "PUT" && (resp.status == 201 || resp.status == 204);
    const bool drop = d.drop && ((resp.status == 200 && !head && resp.body.size() > 1) || stored);
    if (drop)
        resp.setHeader("X-Sim-Fault", "drop");

    if (d.latencyMs > 0) {
        // Answer later without blocking other connections; the socket is the timer's
        // context, so nothing fires if the client has gone.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(d.latencyMs, socket, [this, guard, resp, head, drop, close] {
            if (guard)
                write(guard, resp, head, drop, close);
        });
    } else {
        write(socket, resp, head, drop, close);
    }
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, problem(404, QStringLiteral("Not Found")), false, false, false);
}

void SimServer::write(QTcpSocket *socket, const ApiResponse &resp, bool head, bool drop, bool close)
{
    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + reason(resp.status) + "\r\n";
    for (const auto &h : resp.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Server: ioc-datacenter-sim\r\n";
    // Simulated time, like every timestamp the simulator emits.
    out += "Date: " + httpDate(m_clock.nowMs()) + "\r\n";
    if (resp.status != 204 && resp.status != 304)
        out += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (drop && resp.body.isEmpty()) {
        socket->disconnectFromHost();
        return;
    }
    if (drop) {
        // Promise the whole body, send half, hang up: a connection cut mid-body.
        out += resp.body.left(resp.body.size() / 2);
        socket->write(out);
        socket->disconnectFromHost();
        return;
    }
    socket->write(out);
    // Separately: appending a page of several MB to the header would copy it once more.
    if (!head && resp.status != 204 && resp.status != 304)
        socket->write(resp.body);
    if (close)
        socket->disconnectFromHost();
}

} // namespace ioc::sim
