// XYZ tile source against a tile server on loopback (a QTcpServer speaking just enough
// HTTP): fetch and cache, a second run served from the disk cache with the server gone,
// a server that answers with HTML, a server that is down (the vector basemap shows),
// LRU eviction, and "save this area for offline use" counts and cancellation.

#include "map/mapviewport.h"
#include "map/mapwidget.h"
#include "map/offlinedownload.h"
#include "map/rastertiles.h"
#include "map/saveareadialog.h"
#include "map/tilecache.h"
#include "map/tilefetcher.h"
#include "map/xyztilesource.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ioc::map;
using mercator::TileId;

namespace {

QByteArray pngOf(const QColor &c)
{
    QImage img(256, 256, QImage::Format_RGB32);
    img.fill(c);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

// The colour the test server paints a tile, so a test can tell tiles apart.
QColor colourFor(int z, int x, int y)
{
    return QColor::fromRgb((x * 40) % 256, (y * 40) % 256, 100 + z * 5);
}

// GET /tiles/{z}/{x}/{y}.png -> a PNG (or HTML in Html mode), one request per connection.
class TileServer : public QObject
{
public:
    enum class Mode { Png, Html };
    Mode mode = Mode::Png;
    int delayMs = 0;
    int requests = 0;
    QList<QByteArray> userAgents;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    void close() { m_server.close(); }
    QString urlTemplate() const
    {
        return QStringLiteral("http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png")
            .arg(m_server.serverPort());
    }

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const int end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        m_buffers.remove(s);
        ++requests;
        for (const QByteArray &l : lines) {
            if (l.toLower().startsWith("user-agent:"))
                userAgents << l.mid(11).trimmed();
        }
        const QList<QByteArray> parts = lines.value(0).split(' ');
        const QList<QByteArray> path = parts.value(1).split('/'); // "", tiles, z, x, y.png
        const int z = path.value(2).toInt(), x = path.value(3).toInt(),
                  y = path.value(4).split('.').value(0).toInt();
        QByteArray type = "image/png";
        QByteArray body = pngOf(colourFor(z, x, y));
        if (mode == Mode::Html) {
            type = "text/html";
            body = "<html><body>Tile service temporarily unavailable</body></html>";
        }
        QByteArray reply = "HTTP/1.1 200 OK\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nETag: \"t"
            + QByteArray::number(z) + "-" + QByteArray::number(x) + "-" + QByteArray::number(y)
            + "\"\r\nConnection: close\r\n\r\n" + body;
        QPointer<QTcpSocket> socket(s);
        QTimer::singleShot(delayMs, this, [socket, reply] {
            if (!socket)
                return;
            socket->write(reply);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Hà Tĩnh city at z10 and its neighbours.
const QVector<TileId> kTiles
    = { { 813, 458, 10 }, { 814, 458, 10 }, { 813, 459, 10 }, { 814, 459, 10 } };

QGeoRectangle smallArea()
{
    return QGeoRectangle(QGeoCoordinate(18.40, 105.85), QGeoCoordinate(18.30, 105.95));
}

int countMessages(const QStringList &log, const QString &needle)
{
    int n = 0;
    for (const QString &m : log)
        n += m.contains(needle) ? 1 : 0;
    return n;
}

QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    g_log << msg;
    g_previous(type, ctx, msg);
}

} // namespace

class TestMapXyz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Loopback only: never a proxy from the environment.
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        g_previous = qInstallMessageHandler(capture);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
    void init() { g_log.clear(); }

    void templates()
    {
        QString err;
        QVERIFY(XyzTileSource::checkTemplate(
            QStringLiteral("https://tiles.example.vn/{z}/{x}/{y}.png"), &err));
        QVERIFY(!XyzTileSource::checkTemplate(
            QStringLiteral("https://tiles.example.vn/{z}/{x}.png"), &err));
        QVERIFY(err.contains(QLatin1String("{y}")));
        QVERIFY(!XyzTileSource::checkTemplate(QStringLiteral("file:///tmp/{z}/{x}/{y}.png"), &err));
        QVERIFY(err.contains(QLatin1String("http")));
        MapWidget w;
        QVERIFY(!w.setTileUrlTemplate(QStringLiteral("not a url {z}"), &err));
        QVERIFY(!w.tileSource());
        QCOMPARE(
            TileFetcher::urlFor(QStringLiteral("http://h/{z}/{x}/{y}.png"), { 3, 5, 7 }).toString(),
            QStringLiteral("http://h/7/3/5.png"));
    }

    void fetchThenServeFromCacheWithoutNetwork()
    {
        QTemporaryDir dir;
        TileServer server;
        QVERIFY(server.listen());
        const QString tmpl = server.urlTemplate();
        {
            XyzTileSource source(tmpl, dir.path());
            QVERIFY(source.tiles(kTiles).isEmpty()); // nothing yet: never waits for the network
            QTRY_COMPARE(source.fetcher()->tilesStored(), kTiles.size());
            const auto got = source.tiles(kTiles);
            QCOMPARE(got.size(), kTiles.size());
            for (const TileId &t : kTiles)
                QCOMPARE(got.value(t).pixelColor(10, 10), colourFor(t.z, t.x, t.y));
            QVERIFY(!server.userAgents.isEmpty());
            QVERIFY2(server.userAgents.first().startsWith("IOC-Desktop/"),
                server.userAgents.first().constData());
            QCOMPARE(source.cache().tileCount(), kTiles.size());
        }
        server.close(); // the second run has no network at all
        const int before = server.requests;

        XyzTileSource again(tmpl, dir.path());
        const auto cached = again.tiles(kTiles);
        QCOMPARE(cached.size(), kTiles.size());
        QCOMPARE(cached.value(kTiles.first()).pixelColor(100, 100), colourFor(10, 813, 458));
        QTest::qWait(200);
        QCOMPARE(again.fetcher()->requestsSent(), 0); // fresh tiles are not asked for again
        QCOMPARE(server.requests, before);

        // The widget draws them: the centre of tile 813/458 has that tile's colour.
        MapWidget w;
        w.setAsyncRendering(false);
        w.setTileCacheDir(dir.path());
        QVERIFY(w.setTileUrlTemplate(tmpl));
        w.setInsetVisible(false);
        w.setView(mercator::unproject(mercator::tileWorldRect(kTiles.first()).center()), 10);
        const QImage img = w.renderToImage(QSize(200, 200));
        QCOMPARE(img.pixelColor(100, 100), colourFor(10, 813, 458));
    }

    void shownWidgetRepaintsWhenTilesArrive()
    {
        // The real path: async rendering on pool threads, tiles fetched on the worker,
        // tilesChanged -> re-render. First the vector map, then the tiles, no waiting.
        QTemporaryDir dir;
        TileServer server;
        server.delayMs = 100;
        QVERIFY(server.listen());
        MapWidget w;
        w.resize(300, 300);
        w.setInsetVisible(false);
        w.setTileCacheDir(dir.path());
        QVERIFY(w.setTileUrlTemplate(server.urlTemplate()));
        w.setView(mercator::unproject(mercator::tileWorldRect(kTiles.first()).center()), 10);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QColor tile = colourFor(10, 813, 458);
        QElapsedTimer t;
        t.start();
        QVERIFY(w.grab().toImage().pixelColor(150, 150) != tile); // the vector map first
        QVERIFY2(t.elapsed() < 1000, "the first frame waited for the network");
        QTRY_COMPARE_WITH_TIMEOUT(w.grab().toImage().pixelColor(150, 150), tile, 10000);
    }

    void notAnImageIsSkippedAndLoggedOnce()
    {
        QTemporaryDir dir;
        TileServer server;
        server.mode = TileServer::Mode::Html;
        QVERIFY(server.listen());
        XyzTileSource source(server.urlTemplate(), dir.path());
        QVERIFY(source.tiles(kTiles).isEmpty());
        QTRY_COMPARE(source.fetcher()->notImageResponses(), kTiles.size());
        QCOMPARE(source.fetcher()->tilesStored(), 0);
        QCOMPARE(source.cache().tileCount(), 0);
        QVERIFY(source.tiles(kTiles).isEmpty());
        QCOMPARE(countMessages(g_log, QStringLiteral("not an image")), 1);
        // Failed tiles are not hammered: asking again does not send new requests yet.
        const int sent = source.fetcher()->requestsSent();
        source.tiles(kTiles);
        QTest::qWait(200);
        QCOMPARE(source.fetcher()->requestsSent(), sent);
    }

    void serverDownFallsBackToBasemap()
    {
        QTemporaryDir dir;
        QString deadTemplate;
        {
            TileServer gone; // listen, note the port, close: nothing answers there
            QVERIFY(gone.listen());
            deadTemplate = gone.urlTemplate();
        }
        MapWidget vectorOnly;
        vectorOnly.setAsyncRendering(false);
        vectorOnly.setView(QGeoCoordinate(18.34, 105.90), 10);
        const QImage expected = vectorOnly.renderToImage(QSize(400, 300));

        MapWidget w;
        w.setAsyncRendering(false);
        w.setTileCacheDir(dir.path());
        QVERIFY(w.setTileUrlTemplate(deadTemplate));
        w.setView(QGeoCoordinate(18.34, 105.90), 10);
        w.renderToImage(QSize(400, 300)); // asks for the tiles
        QTRY_VERIFY(w.tileSource()->fetcher()->failures() > 0);
        const QImage img = w.renderToImage(QSize(400, 300));
        // The vector map, not a blank. (Not bit-identical: with a raster source the labels
        // are painted into the base image rather than composited from their own layer.)
        QCOMPARE(img.size(), expected.size());
        int differing = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QColor a = img.pixelColor(x, y), b = expected.pixelColor(x, y);
                if (std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
                        + std::abs(a.blue() - b.blue())
                    > 60)
                    ++differing;
            }
        QVERIFY2(
            differing < img.width() * img.height() / 200, qPrintable(QString::number(differing)));
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() > 5, "the fallback render is not a real map");
        QCOMPARE(countMessages(g_log, QStringLiteral("tile download failed")), 1);
    }

    void lruEviction()
    {
        QTemporaryDir dir;
        TileCache cache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(cache.open());
        cache.setMaxBytes(10 * 1000);
        const QByteArray blob(1000, 'x');
        for (int i = 0; i < 8; ++i)
            QVERIFY(cache.store({ i, 0, 5 }, blob, {}, 1));
        QTest::qWait(5);
        cache.touch({ { 0, 0, 5 } }); // recently used: must survive
        QTest::qWait(5);
        for (int i = 8; i < 14; ++i)
            QVERIFY(cache.store({ i, 0, 5 }, blob, {}, 1));
        QVERIFY(cache.totalBytes() <= 10 * 1000);
        QCOMPARE(cache.totalBytes(), qint64(cache.tileCount()) * 1000);
        QVERIFY(cache.contains({ 0, 0, 5 }));
        QVERIFY(!cache.contains({ 1, 0, 5 })); // least recently used
        QVERIFY(cache.contains({ 13, 0, 5 })); // just stored
        QCOMPARE(cache.read({ { 13, 0, 5 } }).size(), 1);
    }

    void tileZoomFollowsDevicePixels()
    {
        MapViewport v(mercator::project(105.9, 18.34), 10.2, QSize(400, 300));
        QCOMPARE(tileZoomFor(v, 0, 19, 1.0), 10);
        QCOMPARE(tileZoomFor(v, 0, 19, 2.0), 11); // sharp on a 2x screen
        QCOMPARE(tileZoomFor(v, 0, 10, 2.0), 10); // but never past the source's range
        QCOMPARE(tileZoomFor(v, 12, 19, 1.0), 12);
        // The tiles listed cover the view, centre first.
        const auto ids = tilesCovering(v, 10);
        QVERIFY(!ids.isEmpty());
        QCOMPARE(ids.first(), mercator::tileAt(105.9, 18.34, 10));
    }

    void areaTileCounts()
    {
        const QGeoRectangle area = smallArea();
        const auto tiles = tilesInArea(area, 10, 13);
        QCOMPARE(qint64(tiles.size()), tileCountInArea(area, 10, 13));
        QSet<TileId> unique(tiles.cbegin(), tiles.cend());
        QCOMPARE(unique.size(), tiles.size());
        // Every tile intersects the area, and the area's corners are covered at each zoom.
        for (int z = 10; z <= 13; ++z) {
            QVERIFY(unique.contains(mercator::tileAt(105.85, 18.40, z)));
            QVERIFY(unique.contains(mercator::tileAt(105.95, 18.30, z)));
        }
        for (const TileId &t : tiles)
            QVERIFY(mercator::tileBounds(t).intersects(area));
        // z10..z13 over 0.1°: 1 + 1..4 + ... small, and growing ~4x per level.
        QVERIFY(tileCountInArea(area, 13, 13) > tileCountInArea(area, 10, 10));
    }

    void saveAreaDownloadsEverythingOnce()
    {
        QTemporaryDir dir;
        TileServer server;
        QVERIFY(server.listen());
        auto source = std::make_shared<XyzTileSource>(server.urlTemplate(), dir.path());
        const int total = int(tileCountInArea(smallArea(), 10, 12));
        OfflineDownload dl(source);
        QSignalSpy done(&dl, &OfflineDownload::finished);
        QVERIFY(dl.start(smallArea(), 10, 12));
        QCOMPARE(dl.total(), total);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().value(0).toInt(), total); // saved
        QCOMPARE(done.first().value(3).toBool(), false);
        QCOMPARE(source->cache().tileCount(), total);
        QCOMPARE(server.requests, total);

        // Again: everything is already there, nothing is requested.
        done.clear();
        QVERIFY(dl.start(smallArea(), 10, 12));
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().value(0).toInt(), 0);
        QCOMPARE(done.first().value(1).toInt(), total); // already cached
        QCOMPARE(server.requests, total);

        // Too big is refused with a reason, before any request.
        QString err;
        QVERIFY(
            !dl.start(QGeoRectangle(QGeoCoordinate(23, 102), QGeoCoordinate(8, 110)), 5, 16, &err));
        QVERIFY(!err.isEmpty());
    }

    void saveAreaCancelKeepsWhatWasSaved()
    {
        QTemporaryDir dir;
        TileServer server;
        server.delayMs = 40; // slow enough to cancel halfway
        QVERIFY(server.listen());
        XyzSourceOptions opt;
        opt.maxConcurrentRequests = 1;
        auto source = std::make_shared<XyzTileSource>(server.urlTemplate(), dir.path(), opt);
        OfflineDownload dl(source);
        QSignalSpy done(&dl, &OfflineDownload::finished);
        QSignalSpy progress(&dl, &OfflineDownload::progress);
        QVERIFY(dl.start(smallArea(), 10, 14));
        const int total = dl.total();
        QVERIFY(total > 30);
        QTRY_VERIFY(source->fetcher()->tilesStored() >= 3);
        dl.cancel();
        QVERIFY(done.wait(10000));
        const int saved = done.first().value(0).toInt();
        QCOMPARE(done.first().value(3).toBool(), true);
        QVERIFY(saved >= 3);
        QVERIFY(saved < total);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(source->cache().tileCount(), saved); // the saved tiles are intact
        QTest::qWait(300); // and nothing more trickles in
        QCOMPARE(source->cache().tileCount(), saved);
        QCOMPARE(source->tiles(tilesInArea(smallArea(), 10, 14)).size(), saved);
    }

    void saveAreaDialogShowsTheEstimate()
    {
        QTemporaryDir dir;
        MapWidget w;
        w.resize(800, 600);
        w.setTileCacheDir(dir.path());
        QVERIFY(w.setTileUrlTemplate(QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png")));
        w.setView(QGeoCoordinate(18.34, 105.90), 11.4);
        SaveAreaDialog d(&w);
        QCOMPARE(d.minZoom(), 11);
        QCOMPARE(d.maxZoom(), 14);
        const qint64 n = tileCountInArea(w.viewport().geoBounds(), 11, 14);
        QCOMPARE(d.tileCount(), n);
        QVERIFY(n > 0);
        QCOMPARE(d.estimatedBytes(), n * w.tileSource()->averageTileBytes());
        QVERIFY2(d.summaryText().contains(QLocale().toString(n)), qPrintable(d.summaryText()));
        QAction *a = createSaveAreaAction(&w, &w);
        QVERIFY(a->isEnabled());
        w.setTileUrlTemplate({});
        QVERIFY(!a->isEnabled());
    }
};

QTEST_MAIN(TestMapXyz)
#include "tst_map_xyz.moc"
