#pragma once

// A small synchronous HTTP client for the simulator tests (QNetworkAccessManager driven
// by a local event loop, so an in-process server keeps serving meanwhile).

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace simtest {

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class Client
{
public:
    explicit Client(quint16 port)
        : m_base(QStringLiteral("http://127.0.0.1:%1").arg(port))
    { }
    QString base() const { return m_base; }

    Reply request(const QByteArray &method, const QString &pathOrUrl,
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {})
    {
        const QUrl url = pathOrUrl.startsWith(QLatin1String("http")) ? QUrl(pathOrUrl)
                                                                     : QUrl(m_base + pathOrUrl);
        QNetworkRequest req(url);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        if (!m_token.isEmpty() && !hasHeader(headers, "Authorization"))
            req.setRawHeader("Authorization", "Bearer " + m_token);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        for (const auto &h : reply->rawHeaderPairs())
            r.headers.insert(h.first.toLower(), h.second);
        r.elapsedMs = timer.elapsed();
        reply->deleteLater();
        return r;
    }
    Reply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return request("GET", path, headers);
    }
    void setToken(const QByteArray &token) { m_token = token; }

private:
    static bool hasHeader(
        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    QString m_base;
    QByteArray m_token;
    QNetworkAccessManager m_nam;
};

} // namespace simtest
