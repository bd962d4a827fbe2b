#include "connectiontest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace ioc::app {

namespace {
// Long enough for a provincial WAN, short enough that an operator waits for it.
constexpr int kTimeoutMs = 15000;
} // namespace

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{ }

QUrl ConnectionTest::collectionsUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("collections"));
    return url;
}

void ConnectionTest::start(const QUrl &baseUrl, const QString &token)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    const QString scheme = baseUrl.scheme();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // Queued so that callers see the same order of events as for a real request.
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit finished(false,
                    tr("Enter the data center's address, starting with http:// or https://."));
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(collectionsUrl(baseUrl));
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTest::onFinished);
}

void ConnectionTest::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().host();
    if (status == 401 || status == 403) {
        emit finished(false,
            tr("The data center at %1 refused the access token (HTTP %2). Check the token.")
                .arg(host)
                .arg(status));
        return;
    }
    if (status == 0) { // no HTTP answer at all: refused, timed out, unknown host, TLS
        emit finished(false,
            tr("Cannot reach %1: %2. Check the address and the network.")
                .arg(host, reply->errorString()));
        return;
    }
    if (status != 200) {
        emit finished(false,
            tr("The server at %1 answered HTTP %2 for %3; is the address the service's base "
               "URL?")
                .arg(host)
                .arg(status)
                .arg(reply->url().path()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    const QJsonValue collections = document.object().value(QLatin1String("collections"));
    if (parseError.error != QJsonParseError::NoError || !collections.isArray()) {
        emit finished(false,
            tr("The server at %1 answers, but not as an OGC API – Features service (no list "
               "of collections).")
                .arg(host));
        return;
    }
    emit finished(true,
        tr("Connected: the data center at %1 offers %n collection(s).", nullptr,
            int(collections.toArray().size()))
            .arg(host));
}

} // namespace ioc::app
