// Camera snapshots: fetched from the simulator with the token, cached on disk, shown with
// their age when the data center is gone, and a clear placeholder (logged once) for a camera
// that has no picture or sends something that is not one.

#include "cameras/cameragridview.h"
#include "cameras/snapshotfetcher.h"
#include "cameras/snapshotview.h"
#include "simulatorprocess.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ioc::cameras;

namespace {
const QByteArray kToken = "camera-test-token";

int g_snapshotLogLines = 0;
QtMessageHandler g_previousHandler = nullptr;
void countSnapshotLogs(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && qstrcmp(context.category, "ioc.cameras.snapshots") == 0)
        ++g_snapshotLogLines;
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

Snapshot waitForSnapshot(SnapshotFetcher &fetcher, const QString &cameraId, const QString &path)
{
    QSignalSpy spy(&fetcher, &SnapshotFetcher::snapshotUpdated);
    fetcher.request(cameraId, path);
    if (spy.isEmpty() && !spy.wait(15000))
        return {};
    return spy.last().at(0).value<Snapshot>();
}
} // namespace

class TestCameraSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start({ QStringLiteral("--token"), QString::fromLatin1(kToken),
                                 QStringLiteral("--rate"), QStringLiteral("0") },
                     &error),
            qPrintable(error));
    }

    void fetchesWithTokenAndCaches()
    {
        QTemporaryDir dir;
        SnapshotFetcher fetcher({ m_sim.url(), kToken }, SnapshotCache(dir.path()));
        const Snapshot shot = waitForSnapshot(fetcher, "cam-0", "/snapshots/cam-0.jpg");
        QVERIFY2(shot.problem.isEmpty(), qPrintable(shot.problem));
        QVERIFY(shot.live);
        QCOMPARE(shot.image.size(), QSize(480, 270));
        QVERIFY(QFile::exists(dir.filePath("cam-0.jpg")));
        QVERIFY(qAbs(shot.fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void wrongTokenIsAProblemNotAPicture()
    {
        QTemporaryDir dir;
        SnapshotFetcher fetcher({ m_sim.url(), "wrong" }, SnapshotCache(dir.path()));
        const Snapshot shot = waitForSnapshot(fetcher, "cam-0", "/snapshots/cam-0.jpg");
        QVERIFY(shot.image.isNull());
        QVERIFY2(shot.problem.contains("401"), qPrintable(shot.problem));
        QVERIFY(!QFile::exists(dir.filePath("cam-0.jpg")));
    }

    void unknownCameraGivesPlaceholder()
    {
        QTemporaryDir dir;
        SnapshotFetcher fetcher({ m_sim.url(), kToken }, SnapshotCache(dir.path()));
        SnapshotView view(&fetcher);
        view.setCamera("cam-9999999", "Nowhere", "/snapshots/cam-9999999.jpg");
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(!view.snapshot().problem.isEmpty(), 15000);
        QVERIFY(view.snapshot().image.isNull());
        QVERIFY2(view.statusText().contains("404"), qPrintable(view.statusText()));
        // The placeholder is drawn, not a blank: the grab is not one flat colour.
        const QImage grab = view.grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < grab.height(); y += 3)
            for (int x = 0; x < grab.width(); x += 3)
                colours.insert(grab.pixel(x, y));
        QVERIFY(colours.size() > 2);
    }

    void offlineFallsBackToTheSavedPicture()
    {
        QTemporaryDir dir;
        ioc::test::SimulatorProcess sim;
        QString error;
        QVERIFY2(sim.start({ QStringLiteral("--rate"), QStringLiteral("0") }, &error),
            qPrintable(error));
        SnapshotFetcher fetcher({ sim.url(), {} }, SnapshotCache(dir.path()));
        const Snapshot first = waitForSnapshot(fetcher, "cam-3", "/snapshots/cam-3.jpg");
        QVERIFY(first.live);
        sim.stop();

        const Snapshot second = waitForSnapshot(fetcher, "cam-3", "/snapshots/cam-3.jpg");
        QVERIFY(!second.live);
        QVERIFY(!second.problem.isEmpty());
        QCOMPARE(second.image.size(), first.image.size());
        QVERIFY(qAbs(second.fetchedAt.secsTo(first.fetchedAt)) <= 1);

        // A laptop that starts with no network at all still shows it, from the disk cache.
        SnapshotFetcher offline({ {}, {} }, SnapshotCache(dir.path()));
        SnapshotView view(&offline);
        view.setCamera("cam-3", "Camera 3", "/snapshots/cam-3.jpg");
        view.show();
        QTRY_VERIFY(!view.snapshot().problem.isEmpty());
        QVERIFY(!view.snapshot().image.isNull());
        QVERIFY2(view.statusText().contains(
                     QLocale().toString(first.fetchedAt.toTimeZone(QTimeZone("Asia/Ho_Chi_Minh")),
                         QStringLiteral("HH:mm"))),
            qPrintable(view.statusText()));
    }

    void notAPictureIsSkippedAndLoggedOnce()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                const QByteArray body = "<html>login required</html>";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        });
        QTemporaryDir dir;
        SnapshotFetcher fetcher(
            { QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort())), {} },
            SnapshotCache(dir.path()));
        g_snapshotLogLines = 0;
        g_previousHandler = qInstallMessageHandler(countSnapshotLogs);
        for (int i = 0; i < 3; ++i) {
            const Snapshot shot = waitForSnapshot(fetcher, "cam-1", "/snapshots/cam-1.jpg");
            QVERIFY(shot.image.isNull());
            QVERIFY2(shot.problem.contains("not a picture"), qPrintable(shot.problem));
        }
        qInstallMessageHandler(g_previousHandler);
        QCOMPARE(g_snapshotLogLines, 1);
    }

    void refreshesOnlyWhileVisible()
    {
        QTemporaryDir dir;
        SnapshotFetcher fetcher({ m_sim.url(), kToken }, SnapshotCache(dir.path()));
        SnapshotView view(&fetcher);
        view.setCamera("cam-5", "Camera 5", "/snapshots/cam-5.jpg");
        QVERIFY(!view.isRefreshing());
        QCOMPARE(fetcher.inFlight(), 0);
        view.show();
        QVERIFY(view.isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(view.snapshot().live, 15000);
        view.hide();
        QVERIFY(!view.isRefreshing());
    }

    void gridPagesThroughTheSelection()
    {
        QTemporaryDir dir;
        SnapshotFetcher fetcher({ {}, {} }, SnapshotCache(dir.path()));
        CameraGridView grid(&fetcher);
        QList<CameraRef> cameras;
        for (int i = 0; i < 10; ++i)
            cameras.append({ QStringLiteral("cam-%1").arg(i), QStringLiteral("Camera %1").arg(i),
                QStringLiteral("/snapshots/cam-%1.jpg").arg(i) });
        grid.setCameras(cameras);
        grid.setColumns(3);
        QCOMPARE(grid.views().size(), 9);
        QCOMPARE(grid.pageCount(), 2);
        QCOMPARE(grid.views().at(8)->cameraId(), QStringLiteral("cam-8"));
        grid.showPage(1);
        QCOMPARE(grid.views().at(0)->cameraId(), QStringLiteral("cam-9"));
        QVERIFY(grid.views().at(1)->cameraId().isEmpty());
        grid.setColumns(4);
        QCOMPARE(grid.views().size(), 16);
        QCOMPARE(grid.pageCount(), 1);
    }

    void cacheFileNamesStayInTheDirectory()
    {
        QCOMPARE(SnapshotCache::fileNameFor("cam-1"), QStringLiteral("cam-1.jpg"));
        QVERIFY(!SnapshotCache::fileNameFor("../../etc/passwd").contains('/'));
        QVERIFY(!SnapshotCache::fileNameFor("..").startsWith(".."));
    }

private:
    ioc::test::SimulatorProcess m_sim;
};

QTEST_MAIN(TestCameraSnapshot)
#include "tst_camerasnapshot.moc"
