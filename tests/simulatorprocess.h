#pragma once

// Starts ioc-datacenter-sim on a free loopback port for a test and stops it afterwards.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace ioc::test {

class SimulatorProcess
{
public:
    ~SimulatorProcess() { stop(); }

    // Returns false (and the reason in *error) if it does not come up within 30 s.
    bool start(const QStringList &arguments, QString *error)
    {
        const QString exe = qEnvironmentVariable("IOC_SIM_EXE");
        m_process.setProgram(exe);
        m_process.setArguments(
            QStringList { QStringLiteral("--port"), QStringLiteral("0") } + arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start %1: %2").arg(exe, m_process.errorString());
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
                break;
            output += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_url = QUrl(match.captured(1));
                return true;
            }
        }
        *error = QStringLiteral("simulator did not report its port: %1 %2")
                     .arg(QString::fromUtf8(output),
                         QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    QUrl url() const { return m_url; }

    // Every feature id of a collection as the server lists it (following next links),
    // for comparing the cache with the source.
    QSet<QString> allIds(const QString &collection, const QString &token = {}) const
    {
        QSet<QString> ids;
        QNetworkAccessManager network;
        QUrl next = m_url.resolved(
            QUrl(QStringLiteral("/collections/%1/items?limit=5000").arg(collection)));
        for (int page = 0; page < 10000 && next.isValid() && !next.isEmpty(); ++page) {
            QNetworkRequest request(next);
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            QNetworkReply *reply = network.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            for (const QJsonValue &feature : root.value(QLatin1String("features")).toArray()) {
                const QJsonValue id = feature.toObject().value(QLatin1String("id"));
                ids.insert(id.isString() ? id.toString() : QString::number(id.toInteger()));
            }
            next = QUrl();
            for (const QJsonValue &link : root.value(QLatin1String("links")).toArray()) {
                if (link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("next"))
                    next = QUrl(link.toObject().value(QLatin1String("href")).toString());
            }
        }
        return ids;
    }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace ioc::test
