// MBTiles: the test writes a small file itself. Rows are TMS (bottom-up), the map asks
// in XYZ (top-down); a wrong flip shows up as a missing or wrong tile. Bad files give a
// message and the vector basemap, never a crash.

#include "map/mapwidget.h"
#include "map/mbtilesreader.h"
#include "map/mercator.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace ioc::map;
using mercator::TileId;

namespace {
QByteArray png(const QColor &c)
{
    QImage img(256, 256, QImage::Format_RGB32);
    img.fill(c);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

// Hà Tĩnh city's tile at z10 is x=813, y=458 (XYZ) -> TMS row 1023-458 = 565.
const TileId kRed{813, 458, 10};
const TileId kBroken{814, 458, 10};
} // namespace

class TestMbTiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(QStringLiteral("test.mbtiles"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(m_good);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE metadata (name text, value text)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO metadata VALUES ('name','test'),('format','png'),('minzoom','9'),('maxzoom','10')")));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)")));
            auto add = [&](const TileId &t, const QByteArray &data) {
                q.addBindValue(t.z);
                q.addBindValue(t.x);
                q.addBindValue(t.tmsY());
                q.addBindValue(data);
                return q.exec();
            };
            QVERIFY(add(kRed, png(Qt::red)));
            QVERIFY(add(kBroken, QByteArray("this is not a PNG")));
            QVERIFY(add({406, 229, 9}, png(Qt::green)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }

    void readsWithTmsFlip()
    {
        MbTilesReader r(m_good);
        QVERIFY2(r.open(), qPrintable(r.errorString()));
        QCOMPARE(r.minZoom(), 9);
        QCOMPARE(r.maxZoom(), 10);
        QCOMPARE(r.metadata().value(QStringLiteral("format")).toString(), QStringLiteral("png"));
        const QImage red = r.tile(kRed);
        QVERIFY(!red.isNull());
        QCOMPARE(red.pixelColor(128, 128), QColor(Qt::red));
        // Asking for the unflipped row must not find it.
        QVERIFY(r.tile({kRed.x, kRed.tmsY(), 10}).isNull());
        QCOMPARE(mercator::tileAt(105.900037, 18.333776, 10).y, kRed.y);
        // Cached second read.
        QCOMPARE(r.tile(kRed).pixelColor(5, 5), QColor(Qt::red));
    }

    void tileNotAnImage()
    {
        MbTilesReader r(m_good);
        QVERIFY(r.open());
        QString err;
        QVERIFY(r.tile(kBroken, &err).isNull());
        QVERIFY2(err.contains(QLatin1String("not an image")), qPrintable(err));
        QVERIFY(r.tile({0, 0, 0}, &err).isNull());
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("not found");
        QTest::newRow("garbage") << QByteArray("PK\x03\x04 zip, not sqlite") << QStringLiteral("no SQLite header");
        QTest::newRow("truncated sqlite") << QByteArray("SQLite format 3\0 and then nothing", 34) << QStringLiteral("MBTiles");
        QTest::newRow("no tiles table") << QByteArray("EMPTYDB") << QStringLiteral("no usable 'tiles' table");
    }
    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad_%1.mbtiles").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        if (content == "EMPTYDB") {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("empty"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE other (a integer)"));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("empty"));
        } else if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        MbTilesReader r(path);
        QVERIFY(!r.open());
        QVERIFY2(r.errorString().contains(message), qPrintable(r.errorString()));
        QVERIFY(r.tile(kRed).isNull()); // reading a closed reader is harmless

        // The widget refuses it with the message and keeps drawing the vector basemap.
        MapWidget w;
        w.setView(QGeoCoordinate(18.3338, 105.9), 10);
        QString err;
        QVERIFY(!w.setMbTilesFile(path, &err));
        QVERIFY(err.contains(message));
        const QImage img = w.renderToImage(QSize(300, 200));
        QVERIFY(img.pixelColor(150, 100) != QColor(Qt::red));
        QVERIFY(img.pixelColor(150, 100) != QColor(Qt::black));
    }

    void missingTilesFallBackToVector()
    {
        MapWidget w;
        QVERIFY(w.setMbTilesFile(m_good));
        // Centre of the red tile: raster. The neighbouring tile to the south is absent:
        // vector basemap there (not red, not blank).
        const QRectF red = mercator::tileWorldRect(kRed);
        w.setView(mercator::unproject(red.center()), 10);
        const QImage img = w.renderToImage(QSize(600, 800));
        QCOMPARE(img.pixelColor(300, 400), QColor(Qt::red));
        const QPointF south(300, 400 + 256 + 40);
        const QColor c = img.pixelColor(south.toPoint());
        QVERIFY(c != QColor(Qt::red));
        QCOMPARE(c, w.mapStyle().province); // Cẩm Xuyên / Thạch Hà interior from the vector map
    }

    void readsOffTheUiThread()
    {
        auto reader = std::make_shared<MbTilesReader>(m_good);
        QVERIFY(reader->open());
        QVector<QFuture<bool>> jobs;
        for (int i = 0; i < 8; ++i)
            jobs.append(QtConcurrent::run([reader] {
                return reader->tile(kRed).pixelColor(1, 1) == QColor(Qt::red)
                       && reader->tile({406, 229, 9}).pixelColor(1, 1) == QColor(Qt::green);
            }));
        for (auto &j : jobs)
            QVERIFY(j.result());
    }
};

QTEST_MAIN(TestMbTiles)
#include "tst_map_mbtiles.moc"
