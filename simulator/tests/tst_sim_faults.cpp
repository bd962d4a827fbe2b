// Each fault-injection option does what it says, and says so in X-Sim-Fault.

#include "simtestclient.h"
#include "simulator/generatedcollection.h"
#include "simulator/simclock.h"
#include "simulator/simulator.h"
#include "simulator/world.h"

#include <QJsonArray>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace ioc::sim;

class TestSimFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> startSim(
        FaultOptions faults, const std::shared_ptr<ManualClock> &clock = {})
    {
        SimOptions o;
        o.bind = QHostAddress(QHostAddress::LocalHost);
        o.port = 0;
        o.scale = 0.01;
        o.rate = 0;
        o.faults = faults;
        o.stateDir = m_state.path();
        auto sim = std::make_unique<Simulator>();
        QString error;
        if (!sim->start(o, &error,
                clock ? clock
                      : std::make_shared<ManualClock>(
                          msFromIso(QStringLiteral("2026-11-26T00:00:00Z"))))) {
            qWarning() << error;
            return {};
        }
        return sim;
    }
    QTemporaryDir m_state;
    const QString m_items = QStringLiteral("/collections/cam_cameras/items?limit=50");

private slots:
    void errorRate()
    {
        FaultOptions f;
        f.errorRate = 1.0;
        auto sim = startSim(f);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        QSet<int> seen;
        for (int i = 0; i < 30; ++i) {
            const simtest::Reply r = client.get(m_items);
            QVERIFY(r.status >= 500 && r.status <= 503);
            QCOMPARE(r.header("x-sim-fault"), QByteArray("error"));
            if (r.status == 503)
                QCOMPARE(r.header("retry-after"), QByteArray("2"));
            seen.insert(r.status);
        }
        QVERIFY(seen.contains(503));
        QVERIFY(seen.size() >= 2);

        // A partial rate fails some requests, not all.
        f.errorRate = 0.3;
        auto partial = startSim(f);
        simtest::Client c2(partial->port());
        int failed = 0;
        for (int i = 0; i < 60; ++i)
            failed += c2.get(m_items).status >= 500;
        QVERIFY(failed > 5 && failed < 40);
    }

    void throttle()
    {
        FaultOptions f;
        f.throttlePerSecond = 3;
        auto clock
            = std::make_shared<ManualClock>(msFromIso(QStringLiteral("2026-11-26T00:00:00Z")));
        auto sim = startSim(f, clock);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client.get(m_items).status, 200);
        const simtest::Reply limited = client.get(m_items);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("retry-after"), QByteArray("1"));
        QCOMPARE(limited.header("x-sim-fault"), QByteArray("throttle"));
        // After Retry-After (simulated), requests pass again.
        clock->advanceMs(1000);
        QCOMPARE(client.get(m_items).status, 200);
    }

    void dropCutsTheBody()
    {
        FaultOptions f;
        f.dropRate = 1.0;
        auto sim = startSim(f);
        QVERIFY(sim);
        // Raw socket: see the promised Content-Length and the short body.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, sim->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET " + m_items.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray data;
        QElapsedTimer t;
        t.start();
        while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
            QCoreApplication::processEvents();
            s.waitForReadyRead(100);
            data += s.readAll();
        }
        data += s.readAll();
        QCOMPARE(s.state(), QAbstractSocket::UnconnectedState);
        const int split = int(data.indexOf("\r\n\r\n"));
        QVERIFY(split > 0);
        const QByteArray head = data.left(split);
        QVERIFY(head.contains("X-Sim-Fault: drop"));
        const int cl = head.indexOf("Content-Length: ");
        const qint64 promised = head.mid(cl + 16, head.indexOf("\r\n", cl) - cl - 16).toLongLong();
        const qint64 got = data.size() - split - 4;
        QVERIFY(got > 0);
        QVERIFY(got < promised);

        // Through QNetworkAccessManager too: an error, or a body short of Content-Length.
        simtest::Client client(sim->port());
        const simtest::Reply r = client.get(m_items, { { "Accept-Encoding", "identity" } });
        qInfo() << "QNAM on a cut body:" << r.error << r.status << r.body.size()
                << r.header("content-length");
        QVERIFY(r.error != QNetworkReply::NoError
            || r.body.size() < r.header("content-length").toLongLong());
    }

    // With drops, a PUT is stored but its answer never arrives; the retry is harmless.
    void dropAfterPutIsStored()
    {
        FaultOptions f;
        f.dropRate = 1.0;
        auto sim = startSim(f);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        const QString path = QStringLiteral("/collections/op_notes/items/")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray note
            = R"({"type":"Feature","geometry":null,"properties":{"text":"Mất kết nối"}})";
        for (int attempt = 0; attempt < 3; ++attempt) {
            const simtest::Reply r
                = client.request("PUT", path, { { "Content-Type", "application/geo+json" } }, note);
            QVERIFY(r.error != QNetworkReply::NoError);
        }
        const Collection *notes = sim->world().collection(QStringLiteral("op_notes"));
        QCOMPARE(notes->count(), 1); // stored once, however often it was retried
    }

    void malformedKinds()
    {
        FaultOptions f;
        f.malformedRate = 1.0;
        auto sim = startSim(f);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        QSet<QByteArray> kinds;
        for (int i = 0; i < 40; ++i) {
            const simtest::Reply r = client.get(m_items);
            QCOMPARE(r.status, 200);
            const QByteArray fault = r.header("x-sim-fault");
            QVERIFY2(fault.startsWith("malformed; kind="), fault.constData());
            QVERIFY(r.header("etag").isEmpty()); // never cacheable
            const QByteArray kind = fault.mid(16);
            kinds.insert(kind);
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
            if (kind == "broken_json") {
                QVERIFY(pe.error != QJsonParseError::NoError);
                continue;
            }
            QVERIFY(doc.isObject());
            const QJsonArray fs = doc.object().value(QStringLiteral("features")).toArray();
            const QJsonObject first = fs.at(0).toObject();
            if (kind == "wrong_types") {
                QVERIFY(first.value(QStringLiteral("properties"))
                            .toObject()
                            .value(QStringLiteral("updated_at"))
                            .isDouble());
            } else if (kind == "invalid_geometry") {
                const QJsonArray ring = first.value(QStringLiteral("geometry"))
                                            .toObject()
                                            .value(QStringLiteral("coordinates"))
                                            .toArray()
                                            .at(0)
                                            .toArray();
                QVERIFY(ring.size() < 4);
            } else if (kind == "duplicate_ids") {
                QCOMPARE(fs.at(1).toObject().value(QStringLiteral("id")),
                    first.value(QStringLiteral("id")));
            } else if (kind == "out_of_range_coordinates") {
                const QJsonArray xy = first.value(QStringLiteral("geometry"))
                                          .toObject()
                                          .value(QStringLiteral("coordinates"))
                                          .toArray();
                QVERIFY(xy.at(0).toDouble() > 180.0 || xy.at(1).toDouble() > 90.0);
            } else {
                QFAIL(kind.constData());
            }
        }
        QCOMPARE(kinds.size(), 5);
        // Non-feature resources stay intact.
        QCOMPARE(client.get(QStringLiteral("/collections")).header("x-sim-fault"), QByteArray());
    }

    void latency()
    {
        FaultOptions f;
        f.latencyMs = 300;
        auto sim = startSim(f);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        const simtest::Reply r = client.get(m_items);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 290, qPrintable(QString::number(r.elapsedMs)));
    }

    void noFaultsByDefault()
    {
        auto sim = startSim(FaultOptions {});
        QVERIFY(sim);
        simtest::Client client(sim->port());
        for (int i = 0; i < 20; ++i) {
            const simtest::Reply r = client.get(m_items);
            QCOMPARE(r.status, 200);
            QVERIFY(r.header("x-sim-fault").isEmpty());
            QVERIFY(r.elapsedMs < 1000);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_sim_faults.moc"
