#pragma once

// A scriptable HTTP/1.1 server on a free loopback port for tests that need a server to
// behave in one particular way (refuse a media type, ignore datetime, send a stale
// count…). Each request gets `Connection: close`; the handler sees the path, the query
// and the headers and returns status, headers and body.

#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace ioc::test {

struct FakeRequest
{
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
};

class FakeOgcServer : public QObject
{
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeOgcServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    // Answers items requests with a chunked body that never ends (a broken proxy).
    void setEndlessItems(bool endless) { m_endless = endless; }
    // Answers items requests with a status line and header lines that never end.
    void setEndlessHeaders(bool endless) { m_endlessHeaders = endless; }

    // Sends each response one byte every `ms` milliseconds (a server or proxy that drips).
    void setDripInterval(int ms) { m_dripMs = ms; }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
    }
    const QList<FakeRequest> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            const QUrl target(QString::fromLatin1(requestLine.value(1)));
            FakeRequest request;
            request.path = target.path();
            request.query = QUrlQuery(target);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                        lines[i].mid(colon + 1).trimmed());
            }
            m_requests.append(request);
            if (m_endlessHeaders && request.path.endsWith(QLatin1String("/items"))) {
                buffer->clear();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/geo+json\r\n");
                const QByteArray lines = QByteArray("X-Padding: ")
                                             .append(QByteArray(1000, 'a'))
                                             .append("\r\n")
                                             .repeated(64);
                socket->write(lines);
                QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket, lines] {
                    if (socket->bytesToWrite() < lines.size())
                        socket->write(lines);
                });
                return;
            }
            if (m_endless && request.path.endsWith(QLatin1String("/items"))) {
                buffer->clear();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/geo+json\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n");
                const QByteArray piece(1 << 20, ' ');
                const QByteArray chunk
                    = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
                socket->write("1\r\n[\r\n");
                socket->write(chunk);
                QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket, chunk] {
                    if (socket->bytesToWrite() < chunk.size())
                        socket->write(chunk);
                });
                return;
            }
            const FakeResponse response = m_handler(request);
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
            out += "Content-Type: " + response.contentType + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += "Connection: close\r\n\r\n" + response.body;
            buffer->clear();
            if (m_dripMs <= 0) {
                socket->write(out);
                socket->disconnectFromHost();
                return;
            }
            auto *timer = new QTimer(socket);
            auto remaining = std::make_shared<QByteArray>(out);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, remaining] {
                if (remaining->isEmpty()) {
                    timer->stop();
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(remaining->left(1));
                remaining->remove(0, 1);
            });
            timer->start(m_dripMs);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    int m_dripMs = 0;
    bool m_endless = false;
    bool m_endlessHeaders = false;
};

} // namespace ioc::test
