// Web Mercator and tile math against known values (EPSG:3857 figures as printed by
// GDAL/PROJ; tile numbers as in the OSM "Slippy map tilenames" convention).

#include "map/mapviewport.h"
#include "map/mercator.h"

#include <QTest>

using namespace ioc::map;
using namespace ioc::map::mercator;

class TestMercator : public QObject
{
    Q_OBJECT

private slots:
    void toMeters_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("antimeridian") << 180.0 << 0.0 << 20037508.342789244 << 0.0;
        QTest::newRow("west edge") << -180.0 << 0.0 << -20037508.342789244 << 0.0;
        QTest::newRow("north limit") << 0.0 << kMaxLatitude << 0.0 << 20037508.342789244;
        QTest::newRow("Ha Tinh city") << 105.9 << 18.3338 << 11788734.075007671 << 2076656.494829996;
        QTest::newRow("Hanoi") << 105.8342 << 21.0278 << 11781409.252513474 << 2395193.7497749324;
        QTest::newRow("beyond limit clamps") << 0.0 << 89.9 << 0.0 << 20037508.342789244;
    }
    void toMeters()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, x);
        QFETCH(double, y);
        const QPointF m = mercator::toMeters(lon, lat);
        QVERIFY2(std::abs(m.x() - x) < 1e-3, qPrintable(QString::number(m.x(), 'f', 6)));
        QVERIFY2(std::abs(m.y() - y) < 1e-3, qPrintable(QString::number(m.y(), 'f', 6)));
    }

    void roundTrip_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        for (double lat : {-85.0, -45.5, -0.0001, 0.0, 17.9117, 18.3338, 18.7611, 60.0, 85.0})
            for (double lon : {-179.999, -73.99, 0.0, 105.1035, 106.4964, 179.999})
                QTest::addRow("%g,%g", lon, lat) << lon << lat;
    }
    void roundTrip()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        const QGeoCoordinate c = unproject(project(lon, lat));
        QVERIFY(std::abs(c.longitude() - lon) < 1e-9);
        QVERIFY(std::abs(c.latitude() - lat) < 1e-9);
        const QGeoCoordinate m = fromMeters(mercator::toMeters(lon, lat));
        QVERIFY(std::abs(m.longitude() - lon) < 1e-9);
        QVERIFY(std::abs(m.latitude() - lat) < 1e-9);
    }

    void tileAt_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        // Hà Tĩnh city (NE populated place) at several zooms.
        QTest::newRow("z0") << 105.900037 << 18.333776 << 0 << 0 << 0;
        QTest::newRow("z1") << 105.900037 << 18.333776 << 1 << 1 << 0;
        QTest::newRow("z5") << 105.900037 << 18.333776 << 5 << 25 << 14;
        QTest::newRow("z10") << 105.900037 << 18.333776 << 10 << 813 << 458;
        QTest::newRow("z14") << 105.900037 << 18.333776 << 14 << 13011 << 7342;
        QTest::newRow("z19") << 105.900037 << 18.333776 << 19 << 416372 << 234975;
        // Edges stay inside the grid.
        QTest::newRow("south-east corner z3") << 180.0 << -85.06 << 3 << 7 << 7;
        QTest::newRow("north-west corner z3") << -180.0 << 85.06 << 3 << 0 << 0;
        QTest::newRow("origin z2") << 0.0 << 0.0 << 2 << 2 << 2;
    }
    void tileAt()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        const TileId t = mercator::tileAt(lon, lat, z);
        QCOMPARE(t.z, z);
        QCOMPARE(t.x, x);
        QCOMPARE(t.y, y);
        QVERIFY(t.isValid());
        // The tile's bounds contain the coordinate.
        const QGeoRectangle b = mercator::tileBounds(t);
        QVERIFY(b.topLeft().longitude() <= lon + 1e-9 && lon - 1e-9 <= b.bottomRight().longitude());
        const double cl = clampLatitude(lat);
        QVERIFY(b.bottomRight().latitude() <= cl + 1e-9);
        QVERIFY(cl - 1e-9 <= b.topLeft().latitude());
    }

    void tileBounds_data()
    {
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("z");
        QTest::addColumn<double>("west");
        QTest::addColumn<double>("north");
        QTest::addColumn<double>("east");
        QTest::addColumn<double>("south");
        QTest::newRow("world") << 0 << 0 << 0 << -180.0 << kMaxLatitude << 180.0 << -kMaxLatitude;
        QTest::newRow("z1 NE") << 1 << 0 << 1 << 0.0 << kMaxLatitude << 180.0 << 0.0;
        QTest::newRow("z1 SE") << 1 << 1 << 1 << 0.0 << 0.0 << 180.0 << -kMaxLatitude;
        QTest::newRow("z10") << 823 << 452 << 10 << 109.3359375 << 20.632784250388017 << 109.6875 << 20.3034175184893;
        QTest::newRow("z16") << 52694 << 28979 << 16 << 109.456787109375 << 20.37037725634766 << 109.4622802734375 << 20.36522753741244;
        QTest::newRow("z19") << 421552 << 231833 << 19 << 109.456787109375 << 20.369733550878394 << 109.45747375488281 << 20.369089842723945;
    }
    void tileBounds()
    {
        QFETCH(int, x);
        QFETCH(int, y);
        QFETCH(int, z);
        QFETCH(double, west);
        QFETCH(double, north);
        QFETCH(double, east);
        QFETCH(double, south);
        const QGeoRectangle b = mercator::tileBounds({x, y, z});
        QVERIFY(std::abs(b.topLeft().longitude() - west) < 1e-9);
        QVERIFY(std::abs(b.topLeft().latitude() - north) < 1e-9);
        QVERIFY(std::abs(b.bottomRight().longitude() - east) < 1e-9);
        QVERIFY(std::abs(b.bottomRight().latitude() - south) < 1e-9);
    }

    void everyZoom()
    {
        // x/y/z -> bounds -> centre -> x/y/z is the identity at every zoom 0..19.
        for (int z = kMinZoom; z <= kMaxZoom; ++z) {
            const int n = 1 << z;
            for (int k : {0, n / 3, n / 2, n - 1}) {
                const TileId t{k, (n - 1) - k, z};
                const QGeoRectangle b = mercator::tileBounds(t);
                const TileId back = mercator::tileAt(b.center().longitude(), b.center().latitude(), z);
                QCOMPARE(back.x, t.x);
                QCOMPARE(back.y, t.y);
                QCOMPARE(t.tmsY(), k); // TMS counts rows from the south
            }
        }
        QVERIFY(!TileId({2, 0, 1}).isValid());
        QVERIFY(!TileId({0, 0, 20}).isValid());
        QVERIFY(!TileId({-1, 0, 3}).isValid());
    }

    void resolution_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("mpp");
        QTest::newRow("z0 equator") << 0.0 << 0.0 << 156543.03392804097;
        QTest::newRow("z1 equator") << 0.0 << 1.0 << 78271.51696402048;
        QTest::newRow("z19 equator") << 0.0 << 19.0 << 0.29858214173896974;
        QTest::newRow("z0 lat 60") << 60.0 << 0.0 << 78271.51696402048;
    }
    void resolution()
    {
        QFETCH(double, lat);
        QFETCH(double, zoom);
        QFETCH(double, mpp);
        QVERIFY(std::abs(metersPerPixel(lat, zoom) - mpp) / mpp < 1e-9);
    }

    void viewport()
    {
        MapViewport v(project(105.9, 18.33), 10, QSize(800, 600));
        // The centre maps to the middle of the widget and back.
        QCOMPARE(v.geoToScreen(QGeoCoordinate(18.33, 105.9)), QPointF(400, 300));
        // zoomAround keeps the anchor's coordinate fixed.
        const QPointF anchor(123, 456);
        const QGeoCoordinate before = v.screenToGeo(anchor);
        v.zoomAround(12.25, anchor);
        QCOMPARE(v.zoom(), 12.25);
        const QGeoCoordinate after = v.screenToGeo(anchor);
        QVERIFY(std::abs(before.latitude() - after.latitude()) < 1e-10);
        QVERIFY(std::abs(before.longitude() - after.longitude()) < 1e-10);
        // panBy moves content with the pointer.
        const QPointF p0 = v.geoToScreen(before);
        v.panBy(QPointF(30, -20));
        QVERIFY((v.geoToScreen(before) - (p0 + QPointF(30, -20))).manhattanLength() < 1e-7);
        // fitBounds shows the whole province with padding.
        const QGeoRectangle province(QGeoCoordinate(18.7611, 105.1035), QGeoCoordinate(17.9117, 106.4964));
        v.fitBounds(province, 20);
        const QPointF tl = v.geoToScreen(province.topLeft());
        const QPointF br = v.geoToScreen(province.bottomRight());
        QVERIFY(tl.x() >= 19.999 && tl.y() >= 19.999 && br.x() <= 780.001 && br.y() <= 580.001);
        QVERIFY(std::abs(tl.x() - 20) < 1e-6 || std::abs(tl.y() - 20) < 1e-6); // tight on one axis
        // Zoom limits.
        v.setZoomLimits(5, 19);
        v.setZoom(2);
        QCOMPARE(v.zoom(), 5.0);
        v.setZoom(25);
        QCOMPARE(v.zoom(), 19.0);
        v.setZoom(std::nan(""));
        QCOMPARE(v.zoom(), 19.0);
    }
};

QTEST_APPLESS_MAIN(TestMercator)
#include "tst_map_mercator.moc"
