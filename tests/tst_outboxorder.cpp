// The outbox sends operator actions in the order they were taken, and a failure holds the
// queue (the later actions wait behind the failed one) rather than letting them overtake
// it. Checked against a scripted HTTP server that records every PUT in arrival order.

#include "core/localcache.h"
#include "core/outboxstore.h"
#include "sync/outboxsender.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ioc;

namespace {

// Minimal HTTP/1.1: reads requests (keep-alive), records "METHOD path", answers with the
// status scripted for that path's n-th attempt (201 when not scripted).
class RecordingServer : public QObject
{
public:
    QStringList requests;
    QHash<QString, QList<int>> script; // path -> statuses of successive attempts

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer.left(headerEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            buffer.remove(0, headerEnd + 4 + length);
            const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
            const QString path = QString::fromLatin1(requestLine.value(1));
            requests.append(QString::fromLatin1(requestLine.value(0)) + QLatin1Char(' ') + path);
            QList<int> &statuses = script[path];
            const int status = statuses.isEmpty() ? 201 : statuses.takeFirst();
            socket->write("HTTP/1.1 " + QByteArray::number(status)
                + " Scripted\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n");
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestOutboxOrder : public QObject
{
    Q_OBJECT

private slots:
    void sentInOrderAndAFailureHoldsTheQueue()
    {
        QTemporaryDir dir;
        core::LocalCache cache(dir.path());
        QVERIFY(!cache.open());
        core::OutboxStore outbox(cache.operatorStore());

        // Five actions, acknowledgements and notes mixed, queued in this order.
        QStringList expectedPaths;
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 5; ++i) {
            const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (i % 2 == 0) {
                QVERIFY(!outbox.acknowledge(uuid, QStringLiteral("alert-%1").arg(i),
                    QStringLiteral("health"), QStringLiteral("lan"), QString(), start.addSecs(i)));
                expectedPaths.append(
                    QStringLiteral("/collections/op_acknowledgements/items/") + uuid);
            } else {
                QVERIFY(!outbox.addNote(uuid, QStringLiteral("cam_cameras"),
                    QStringLiteral("cam-%1").arg(i), QStringLiteral("minh"),
                    QStringLiteral("ghi chú %1").arg(i), start.addSecs(i)));
                expectedPaths.append(QStringLiteral("/collections/op_notes/items/") + uuid);
            }
        }

        RecordingServer server;
        QVERIFY(server.listen());
        // The third action meets a busy center once.
        server.script.insert(expectedPaths.at(2), { 503 });

        sync::SyncSettings settings;
        settings.baseUrl = server.url();
        settings.requestTimeout = std::chrono::seconds(10);
        QDateTime now = start.addSecs(60);
        QNetworkAccessManager network;
        sync::OutboxSender sender(
            &network, &outbox, settings, [&now] { return now; }, [] { return 0.5; });
        QSignalSpy finished(&sender, &sync::OutboxSender::finished);

        sender.sendPending();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(2).toInt(), 3); // three wait behind the failure
        QStringList put;
        for (const QString &path : expectedPaths.mid(0, 3))
            put.append(QStringLiteral("PUT ") + path);
        QCOMPARE(server.requests, put);

        // Before the backoff has passed nothing is sent; afterwards the rest, in order,
        // starting with the one that failed.
        sender.sendPending();
        QVERIFY(!sender.isSending());
        QCOMPARE(server.requests.size(), 3);
        now = now.addSecs(600);
        sender.sendPending();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(2).toInt(), 0);
        for (const QString &path : expectedPaths.mid(2))
            put.append(QStringLiteral("PUT ") + path);
        QCOMPARE(server.requests, put);
        QCOMPARE(outbox.pendingCount(), 0);
    }

    // A refused token (401, 403) or a missing collection (404) holds the queue with every
    // action pending; only a definite refusal of the item (400, 409, 422…) rejects it.
    void refusedCredentialsKeepEverythingPending_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("rejects");
        QTest::newRow("401") << 401 << false;
        QTest::newRow("403") << 403 << false;
        QTest::newRow("404") << 404 << false;
        QTest::newRow("400") << 400 << true;
        QTest::newRow("409") << 409 << true;
        QTest::newRow("422") << 422 << true;
    }

    void refusedCredentialsKeepEverythingPending()
    {
        QFETCH(int, status);
        QFETCH(bool, rejects);
        QTemporaryDir dir;
        core::LocalCache cache(dir.path());
        QVERIFY(!cache.open());
        core::OutboxStore outbox(cache.operatorStore());
        const QDateTime start = QDateTime::currentDateTimeUtc();
        QStringList paths;
        for (int i = 0; i < 3; ++i) {
            const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QVERIFY(!outbox.acknowledge(uuid, QStringLiteral("alert-%1").arg(i),
                QStringLiteral("health"), QStringLiteral("lan"), QString(), start.addSecs(i)));
            paths.append(QStringLiteral("/collections/op_acknowledgements/items/") + uuid);
        }
        RecordingServer server;
        QVERIFY(server.listen());
        for (const QString &path : paths)
            server.script.insert(path, { status });
        sync::SyncSettings settings;
        settings.baseUrl = server.url();
        settings.requestTimeout = std::chrono::seconds(10);
        QDateTime now = start.addSecs(60);
        QNetworkAccessManager network;
        sync::OutboxSender sender(
            &network, &outbox, settings, [&now] { return now; }, [] { return 0.5; });
        QSignalSpy finished(&sender, &sync::OutboxSender::finished);
        sender.sendPending();
        QVERIFY(finished.wait(10000));
        if (rejects) {
            QCOMPARE(outbox.pendingCount(), 0);
            QCOMPARE(outbox.rejected().size(), 3);
        } else {
            QCOMPARE(server.requests.size(), 1); // the queue stopped at the first
            QCOMPARE(outbox.pendingCount(), 3);
            QVERIFY(outbox.rejected().isEmpty());
        }
    }

    // Delivered, but the store cannot record it (a full disk; here a read-only
    // connection): the queue stops with the item pending and waits out a backoff, instead
    // of sending the same item again and again.
    void anUnrecordedDeliveryStopsTheQueue()
    {
        QTemporaryDir dir;
        core::LocalCache cache(dir.path());
        QVERIFY(!cache.open());
        core::OutboxStore outbox(cache.operatorStore());
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!outbox.acknowledge(QUuid::createUuid().toString(QUuid::WithoutBraces),
                QStringLiteral("alert-%1").arg(i), QStringLiteral("health"), QStringLiteral("lan"),
                QString(), start.addSecs(i)));
        }
        RecordingServer server;
        QVERIFY(server.listen());
        sync::SyncSettings settings;
        settings.baseUrl = server.url();
        settings.requestTimeout = std::chrono::seconds(10);
        QDateTime now = start.addSecs(60);
        QNetworkAccessManager network;
        sync::OutboxSender sender(
            &network, &outbox, settings, [&now] { return now; }, [] { return 0.5; });
        QSignalSpy finished(&sender, &sync::OutboxSender::finished);
        QSqlQuery readOnly(cache.operatorStore().connection());
        QVERIFY(readOnly.exec(QStringLiteral("PRAGMA query_only = ON")));
        sender.sendPending();
        QVERIFY(finished.wait(10000));
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(!sender.isSending());
        QVERIFY(readOnly.exec(QStringLiteral("PRAGMA query_only = OFF")));
        QCOMPARE(outbox.pendingCount(), 2);
        // Once the store can write again (after the backoff), both go, in order.
        now = now.addSecs(3600);
        finished.clear();
        sender.sendPending();
        QVERIFY(finished.wait(10000));
        QCOMPARE(outbox.pendingCount(), 0);
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(server.requests.at(0), server.requests.at(1));
    }

    // A refused action is the operator's to decide: sent again (in its place in the
    // order) or discarded (kept, never sent); each decision names who and when, and an
    // action that is not refused cannot be decided on.
    void aRefusedActionIsSentAgainOrDiscarded()
    {
        QTemporaryDir dir;
        core::LocalCache cache(dir.path());
        QVERIFY(!cache.open());
        core::OutboxStore outbox(cache.operatorStore());
        const QDateTime start = QDateTime::currentDateTimeUtc();
        QStringList uuids;
        QStringList paths;
        for (int i = 0; i < 3; ++i) {
            uuids.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
            QVERIFY(!outbox.acknowledge(uuids[i], QStringLiteral("alert-%1").arg(i),
                QStringLiteral("health"), QStringLiteral("lan"), QString(), start.addSecs(i)));
            paths.append(QStringLiteral("/collections/op_acknowledgements/items/") + uuids[i]);
        }
        RecordingServer server;
        QVERIFY(server.listen());
        server.script.insert(paths[0], { 422, 201 }); // refused, then accepted when resent
        server.script.insert(paths[2], { 409 }); // refused, to be discarded
        sync::SyncSettings settings;
        settings.baseUrl = server.url();
        settings.requestTimeout = std::chrono::seconds(10);
        QDateTime now = start.addSecs(60);
        QNetworkAccessManager network;
        sync::OutboxSender sender(
            &network, &outbox, settings, [&now] { return now; }, [] { return 0.5; });
        QSignalSpy finished(&sender, &sync::OutboxSender::finished);
        sender.sendPending();
        QVERIFY(finished.wait(10000));
        QCOMPARE(outbox.rejected().size(), 2);

        const QString lan = QStringLiteral("Nguyễn Thị Lan");
        QVERIFY(outbox.resend(uuids[0], QString(), now)); // a decision needs a name
        QVERIFY(outbox.resend(uuids[1], lan, now)); // sent, not refused
        QVERIFY(!outbox.resend(uuids[0], lan, now.addSecs(1)));
        QVERIFY(!outbox.discard(uuids[2], lan, now.addSecs(2)));
        QVERIFY(outbox.discard(uuids[2], lan, now.addSecs(3))); // decided already
        QVERIFY(outbox.rejected().isEmpty());
        QCOMPARE(outbox.pendingCount(), 1);

        server.requests.clear();
        sender.sendPending();
        QVERIFY(finished.wait(10000));
        QCOMPARE(server.requests, QStringList { QStringLiteral("PUT ") + paths[0] });
        QCOMPARE(outbox.pendingCount(), 0);
        QVERIFY(outbox.rejected().isEmpty());

        const QList<core::OutboxDecision> decisions = outbox.decisions();
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions[0].uuid, uuids[2]);
        QCOMPARE(decisions[0].kind, core::OutboxDecision::Kind::Discard);
        QCOMPARE(decisions[0].operatorName, lan);
        QCOMPARE(decisions[0].decidedAt, now.addSecs(2));
        QVERIFY2(
            decisions[0].refusal.contains(QStringLiteral("409")), qPrintable(decisions[0].refusal));
        QCOMPARE(decisions[1].uuid, uuids[0]);
        QCOMPARE(decisions[1].kind, core::OutboxDecision::Kind::Resend);
        QVERIFY2(
            decisions[1].refusal.contains(QStringLiteral("422")), qPrintable(decisions[1].refusal));
    }
};

QTEST_GUILESS_MAIN(TestOutboxOrder)
#include "tst_outboxorder.moc"
