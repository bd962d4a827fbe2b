// Same seed (and simulated clock) -> byte-identical responses; in-process and from the
// real executable started twice.

#include "simtestclient.h"
#include "simulator/generatedcollection.h"
#include "simulator/jsonwriter.h"
#include "simulator/rng.h"
#include "simulator/simclock.h"
#include "simulator/simulator.h"
#include "simulator/world.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ioc::sim;

namespace {

qint64 t0()
{
    return msFromIso(QStringLiteral("2026-11-26T00:00:00Z"));
}

// First page of every collection, plus a later page of the biggest ones.
QByteArray fingerprint(simtest::Client &client, const QStringList &ids)
{
    QByteArray all;
    for (const QString &id : ids) {
        all += client.get(QStringLiteral("/collections/%1/items?limit=300").arg(id)).body;
        all += client.get(QStringLiteral("/collections/%1/items?limit=100&cursor=700").arg(id))
                   .body;
    }
    return all;
}

} // namespace

class TestSimDeterminism : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> startSim(quint64 seed, const std::shared_ptr<ManualClock> &clock)
    {
        SimOptions o;
        o.bind = QHostAddress(QHostAddress::LocalHost);
        o.port = 0;
        o.scale = 0.05;
        o.seed = seed;
        o.rate = 60;
        auto sim = std::make_unique<Simulator>();
        QString error;
        if (!sim->start(o, &error, clock)) {
            qWarning() << error;
            return {};
        }
        return sim;
    }

private slots:
    // The fast RFC 3339 formatter agrees with QDateTime.
    void timestampFormatting()
    {
        Rng rng(3);
        for (int i = 0; i < 20000; ++i) {
            const qint64 ms = qint64(rng.range(-86400000LL * 365 * 60, 86400000LL * 365 * 130));
            const QDateTime dt
                = QDateTime::fromMSecsSinceEpoch(ms - ((ms % 1000) + 1000) % 1000, Qt::UTC);
            QCOMPARE(isoUtc(ms), dt.toString(Qt::ISODate));
            QCOMPARE(isoDate(ms), dt.addSecs(7 * 3600).date().toString(Qt::ISODate));
        }
        QCOMPARE(isoUtc(0), QStringLiteral("1970-01-01T00:00:00Z"));
        QCOMPARE(isoUtc(msFromIso(QStringLiteral("2024-02-29T23:59:59Z"))),
            QStringLiteral("2024-02-29T23:59:59Z"));
    }

    // The page writer's JSON parses back to the same values.
    void jsonWriterRoundTrip()
    {
        const QJsonObject o {
            { QStringLiteral("vi"), QStringLiteral("Thành phố Hà Tĩnh – Kỳ Anh") },
            { QStringLiteral("escapes"),
                QStringLiteral("quote \" backslash \\ tab \t nl \n \x01") },
            { QStringLiteral("emoji"), QString::fromUtf8("\xF0\x9F\x8C\x8A wave") },
            { QStringLiteral("numbers"),
                QJsonArray { 0, -3, 105.92907, 1e-7, 4.5e15, qint64(123456789012) } },
            { QStringLiteral("nested"),
                QJsonObject {
                    { QStringLiteral("t"), true }, { QStringLiteral("n"), QJsonValue::Null } } },
            { QStringLiteral("empty"), QJsonArray {} },
        };
        QByteArray out;
        appendJson(out, o);
        QJsonParseError pe;
        const QJsonDocument back = QJsonDocument::fromJson(out, &pe);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(back.object(), o);
    }

    void sameSeedSameBytes()
    {
        auto clockA = std::make_shared<ManualClock>(t0());
        auto clockB = std::make_shared<ManualClock>(t0());
        auto clockC = std::make_shared<ManualClock>(t0());
        auto a = startSim(7, clockA);
        auto b = startSim(7, clockB);
        auto c = startSim(8, clockC);
        QVERIFY(a && b && c);
        QStringList ids;
        for (const Collection *col : a->world().collections())
            ids.append(col->id());
        simtest::Client ca(a->port()), cb(b->port()), cc(c->port());
        // Host differs by port; compare bodies with the port normalised.
        auto norm = [](QByteArray body, quint16 port) {
            return body.replace("127.0.0.1:" + QByteArray::number(port), "HOST");
        };
        const QByteArray fa = norm(fingerprint(ca, ids), a->port());
        QVERIFY(fa.size() > 100000);
        QCOMPARE(norm(fingerprint(cb, ids), b->port()), fa);
        QVERIFY(norm(fingerprint(cc, ids), c->port()) != fa);

        // After the same simulated hour of live changes, still identical.
        clockA->advanceMs(3600000);
        clockB->advanceMs(3600000);
        const QByteArray la = norm(fingerprint(ca, ids), a->port());
        QVERIFY(la != fa);
        QCOMPARE(norm(fingerprint(cb, ids), b->port()), la);
        QCOMPARE(a->world().changesApplied(), 3600); // 60 a minute for an hour
    }

    void executableIsDeterministic()
    {
        QByteArray bodies[2];
        for (QByteArray &out : bodies) {
            QTemporaryDir state;
            QProcess p;
            p.setProgram(QStringLiteral(IOC_SIM_EXECUTABLE));
            p.setArguments({ QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--scale"),
                QStringLiteral("0.05"), QStringLiteral("--start-time"),
                QStringLiteral("2026-11-26T00:00:00Z"), QStringLiteral("--clock-speed"),
                QStringLiteral("0"), QStringLiteral("--state-dir"), state.path() });
            p.start();
            QVERIFY(p.waitForStarted(5000));
            QByteArray line;
            QElapsedTimer t;
            t.start();
            while (!line.contains('\n') && t.elapsed() < 15000) {
                p.waitForReadyRead(200);
                line += p.readAllStandardOutput();
            }
            QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
            const quint16 port
                = quint16(line.trimmed().mid(int(line.lastIndexOf(':')) + 1).toUInt());
            QVERIFY(port > 0);
            simtest::Client client(port);
            out = fingerprint(client,
                { QStringLiteral("admin_units"), QStringLiteral("ps_dossiers"),
                    QStringLiteral("cam_cameras") });
            out += client.get(QStringLiteral("/snapshots/cam-3.jpg")).body;
            out.replace("127.0.0.1:" + QByteArray::number(port), "HOST");
            p.terminate();
            QVERIFY(p.waitForFinished(5000));
        }
        QVERIFY(bodies[0].size() > 10000);
        QCOMPARE(bodies[0], bodies[1]);
    }
};

QTEST_GUILESS_MAIN(TestSimDeterminism)
#include "tst_sim_determinism.moc"
