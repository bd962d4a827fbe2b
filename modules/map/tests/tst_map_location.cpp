// My location: an NMEA log replayed from a file through Qt Positioning's NMEA source in
// simulation mode (the parser a laptop GPS dongle goes through) moves the marker.
// Note: Debian's Qt 6.4 `nmea` plugin only accepts serial ports and sockets as
// "nmea.source" (file replay arrived in 6.5), so the test builds the source directly.

#include "map/mapwidget.h"

#include <QFile>
#include <QNmeaPositionInfoSource>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc::map;

namespace {
QByteArray withChecksum(const QByteArray &body)
{
    quint8 sum = 0;
    for (char c : body)
        sum ^= quint8(c);
    return '$' + body + '*' + QByteArray::number(sum, 16).toUpper().rightJustified(2, '0') + "\r\n";
}

// ddmm.mmmm for NMEA from decimal degrees.
QByteArray nmeaAngle(double deg, int degDigits)
{
    const int d = int(deg);
    const double m = (deg - d) * 60.0;
    return QByteArray::number(d).rightJustified(degDigits, '0') + QByteArray::number(m, 'f', 4).rightJustified(7, '0');
}

QByteArray fix(const QByteArray &time, double lat, double lon)
{
    const QByteArray la = nmeaAngle(lat, 2), lo = nmeaAngle(lon, 3);
    return withChecksum("GPGGA," + time + "," + la + ",N," + lo + ",E,1,08,1.5,12.0,M,0.0,M,,")
           + withChecksum("GPRMC," + time + ",A," + la + ",N," + lo + ",E,0.5,90.0,261126,,,A");
}
} // namespace

class TestLocation : public QObject
{
    Q_OBJECT

private slots:
    void nmeaReplayMovesMarker()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("drive.nmea"));
        {
            QFile f(log);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // A short drive through Hà Tĩnh city, 200 ms apart so the replay is quick.
            f.write(fix("010000.00", 18.3300, 105.8900));
            f.write(fix("010000.20", 18.3350, 105.9000));
            f.write(fix("010000.40", 18.3400, 105.9100));
        }
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto source = std::make_unique<QNmeaPositionInfoSource>(QNmeaPositionInfoSource::SimulationMode);
        source->setDevice(&file);
        source->setUserEquivalentRangeError(5.0); // HDOP 1.5 -> 7.5 m accuracy

        MapWidget w;
        w.setAsyncRendering(false);
        w.resize(400, 300);
        w.setView(QGeoCoordinate(18.335, 105.90), 14);
        QSignalSpy spy(&w, &MapWidget::myLocationChanged);
        w.setPositionSource(source.get());
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 3, 5000);

        const QGeoPositionInfo last = w.myLocation();
        QVERIFY(last.isValid());
        QVERIFY(std::abs(last.coordinate().latitude() - 18.34) < 1e-4);
        QVERIFY(std::abs(last.coordinate().longitude() - 105.91) < 1e-4);
        const QGeoPositionInfo first = spy.first().first().value<QGeoPositionInfo>();
        QVERIFY(std::abs(first.coordinate().latitude() - 18.33) < 1e-4);

        // The marker is drawn where the last fix is (blue dot with white ring).
        QVERIFY(last.hasAttribute(QGeoPositionInfo::HorizontalAccuracy));
        const QImage img = w.renderToImage(QSize(400, 300));
        MapViewport v = w.viewport();
        v.setSize(QSize(400, 300));
        const QPoint at = v.geoToScreen(last.coordinate()).toPoint();
        QCOMPARE(img.pixelColor(at), QColor(0x1a, 0x73, 0xe8));
    }

    void accuracyCircle()
    {
        MapWidget w;
        w.setView(QGeoCoordinate(18.335, 105.90), 15);
        QGeoPositionInfo info(QGeoCoordinate(18.335, 105.90), QDateTime::currentDateTimeUtc());
        const QImage without = w.renderToImage(QSize(300, 300));
        info.setAttribute(QGeoPositionInfo::HorizontalAccuracy, 150.0);
        w.setMyLocation(info);
        const QImage with = w.renderToImage(QSize(300, 300));
        // 150 m at z15 (~4.5 m/px at this latitude) is a ~33 px radius: a pixel 20 px
        // from the centre is tinted, one 60 px away is not.
        QVERIFY(with.pixelColor(150 + 20, 150) != without.pixelColor(150 + 20, 150));
        QCOMPARE(with.pixelColor(150 + 60, 150), without.pixelColor(150 + 60, 150));
    }
};

QTEST_MAIN(TestLocation)
#include "tst_map_location.moc"
