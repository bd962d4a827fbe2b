#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace ioc::app {

// Tries a data center on the spot, as the first-run dialog's "Test connection" does:
// GET <base>/collections with the bearer token, and says in one sentence what happened
// (connected with N collections, token refused, not an OGC API service, unreachable).
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QObject *parent = nullptr);

    // Starts a test (cancelling one still running). finished() follows, always.
    void start(const QUrl &baseUrl, const QString &token);
    bool isRunning() const { return !m_reply.isNull(); }

    static QUrl collectionsUrl(const QUrl &baseUrl);

signals:
    void finished(bool ok, const QString &message);

private:
    void onFinished();

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
};

} // namespace ioc::app
