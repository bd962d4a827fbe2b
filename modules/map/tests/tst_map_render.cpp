// Renders the basemap at fixed views and checks what an operator would: the map is not
// empty, the province is drawn in the province colour and the sea in the sea colour at
// known places, in both styles; and the widget's interactions move the view.
// With IOC_MAP_SNAPSHOT_DIR set, also writes the renders as PNGs for a human to look at.

#include "map/basemapdata.h"
#include "map/mapwidget.h"
#include "map/mercator.h"
#include "map/resourcedir.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace ioc::map;

class TestMapRender : public QObject
{
    Q_OBJECT

private:
    static void snapshot(const QImage &img, const QString &name)
    {
        const QString dir = qEnvironmentVariable("IOC_MAP_SNAPSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            img.save(QDir(dir).filePath(name + QStringLiteral(".png")));
        }
    }

    // Fraction of pixels in a small block around `at` that equal `colour` exactly:
    // robust to a dashed boundary or a label crossing one pixel.
    static double share(const QImage &img, const QPointF &at, const QColor &colour, qreal dpr)
    {
        const QPoint c = (at * dpr).toPoint();
        const int r = int(4 * dpr); // a 9x9 logical-pixel block at any device pixel ratio
        int hits = 0, total = 0;
        for (int dy = -r; dy <= r; ++dy) {
            for (int dx = -r; dx <= r; ++dx) {
                const QPoint p = c + QPoint(dx, dy);
                if (!img.rect().contains(p))
                    continue;
                ++total;
                hits += (img.pixelColor(p).rgb() == colour.rgb()) ? 1 : 0;
            }
        }
        return total ? double(hits) / total : 0;
    }

    static double differingShare(const QImage &a, const QImage &b)
    {
        if (a.size() != b.size())
            return 1.0;
        qint64 diff = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                diff += a.pixel(x, y) != b.pixel(x, y);
        return double(diff) / (qint64(a.width()) * a.height());
    }

private slots:
    void initTestCase()
    {
        const QString src = qEnvironmentVariable("IOC_SOURCE_DIR");
        if (!src.isEmpty() && QDir(src + QStringLiteral("/resources/geo")).exists())
            setResourceDirectory(src + QStringLiteral("/resources"));
        QVERIFY2(!geoDataDirectory().isEmpty(), "resources/geo not found");
        const auto data = BasemapData::shared();
        QVERIFY(data->hasProvince());
        QCOMPARE(data->districts.features.size(), 12);
        QVERIFY2(data->problems().isEmpty(), qPrintable(data->problems().join(QLatin1Char('\n'))));
    }

    void knownPixels_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("light z9") << int(MapStyle::Kind::Light) << 9.0 << 1.0;
        QTest::newRow("dark z9") << int(MapStyle::Kind::Dark) << 9.0 << 1.0;
        QTest::newRow("light z9 hidpi") << int(MapStyle::Kind::Light) << 9.0 << 2.0;
        QTest::newRow("light z10") << int(MapStyle::Kind::Light) << 10.0 << 1.0;
        QTest::newRow("dark z10") << int(MapStyle::Kind::Dark) << 10.0 << 1.0;
    }

    void knownPixels()
    {
        QFETCH(int, style);
        QFETCH(double, zoom);
        QFETCH(qreal, dpr);
        MapWidget w;
        w.setStyleKind(MapStyle::Kind(style));
        // Centred between the province interior sample and the sea sample.
        w.setView(QGeoCoordinate(18.33, 105.95), zoom);
        const QImage img = w.renderToImage(QSize(900, 700), dpr);
        QCOMPARE(img.size(), QSize(900, 700) * dpr);
        QCOMPARE(img.devicePixelRatio(), dpr);

        snapshot(img, QStringLiteral("knownPixels_%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        MapViewport v = w.viewport();
        v.setSize(QSize(900, 700));
        const MapStyle s = w.mapStyle();
        // Thạch Hà inland (rice fields south-west of the city) vs the Gulf off the coast.
        const QPointF land = v.geoToScreen(QGeoCoordinate(18.28, 105.80));
        const QPointF sea = v.geoToScreen(QGeoCoordinate(18.42, 106.20));
        QVERIFY2(share(img, land, s.province, dpr) > 0.5,
                 qPrintable(QStringLiteral("province interior %1 is %2").arg(QString::number(share(img, land, s.province, dpr)),
                                                                             img.pixelColor((land * dpr).toPoint()).name())));
        QVERIFY2(share(img, sea, s.sea, dpr) > 0.9, "sea not in sea colour");
        // Not empty: many distinct colours (lines, labels, fills).
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void snapshots()
    {
        // Views an operator uses: whole province, district, commune; both styles.
        struct View { const char *name; double lat, lon, zoom; QSize size; };
        const View views[] = {
            {"province", 18.35, 105.80, 0, QSize(1280, 860)},
            {"district_hongLinh", 18.53, 105.72, 11.5, QSize(1280, 860)},
            {"commune_thachHa", 18.36, 105.88, 13.5, QSize(1280, 860)},
            {"overview", 16.0, 106.5, 5.5, QSize(1000, 800)},
            {"dock_small", 18.35, 105.80, 0, QSize(480, 360)},
        };
        for (int style = 0; style < 2; ++style) {
            for (const View &v : views) {
                MapWidget w;
                w.setStyleKind(MapStyle::Kind(style));
                w.resize(v.size);
                if (v.zoom == 0)
                    w.zoomToProvince();
                else
                    w.setView(QGeoCoordinate(v.lat, v.lon), v.zoom);
                const QImage img = w.renderToImage(v.size, 1.0);
                QVERIFY(!img.isNull());
                snapshot(img, QStringLiteral("%1_%2").arg(QLatin1String(v.name), style ? QStringLiteral("dark") : QStringLiteral("light")));
            }
        }
    }

    void featureSnapshots()
    {
        // What a module dock shows: clustered cameras, single markers, alerts, my location.
        for (int style = 0; style < 2; ++style) {
            MapWidget w;
            w.setStyleKind(MapStyle::Kind(style));
            w.resize(1100, 760);
            w.setView(QGeoCoordinate(18.40, 105.80), 11.3);
            QVector<MapPoint> cams;
            QRandomGenerator rng(5);
            const auto data = w.basemap();
            for (int i = 0; i < 3000; ++i) {
                const auto &s = data->settlementLabels.at(int(rng.bounded(data->settlementLabels.size())));
                const QGeoCoordinate c = mercator::unproject(s.world);
                cams.append(MapPoint(QStringLiteral("cam%1").arg(i), c.longitude() + (rng.generateDouble() - 0.5) * 0.01,
                                     c.latitude() + (rng.generateDouble() - 0.5) * 0.01,
                                     i % 7 ? QStringLiteral("online") : QStringLiteral("offline")));
            }
            PointLayerOptions opt;
            opt.styleColours = {{QStringLiteral("online"), QColor(0x2e, 0x9d, 0x4f)}, {QStringLiteral("offline"), QColor(0x9a, 0x9a, 0x9a)}};
            w.setPointLayer(QStringLiteral("cameras"), cams, opt);
            PointLayerOptions single;
            single.clustered = false;
            single.defaultColour = QColor(0xe0, 0x8a, 0x00);
            single.radiusPx = 6;
            single.zOrder = 1;
            w.setPointLayer(QStringLiteral("shelters"), {MapPoint(QStringLiteral("s1"), 105.70, 18.45), MapPoint(QStringLiteral("s2"), 105.92, 18.36)}, single);
            w.setAlerts({AlertMarker{QStringLiteral("a1"), QGeoCoordinate(18.34, 105.90), AlertSeverity::Critical, QStringLiteral("Flood")},
                         AlertMarker{QStringLiteral("a2"), QGeoCoordinate(18.52, 105.70), AlertSeverity::Minor, QStringLiteral("Traffic")}});
            QGeoPositionInfo me(QGeoCoordinate(18.43, 105.78), QDateTime::currentDateTimeUtc());
            me.setAttribute(QGeoPositionInfo::HorizontalAccuracy, 400);
            w.setMyLocation(me);
            const QImage img = w.renderToImage(w.size());
            QVERIFY(!img.isNull());
            snapshot(img, QStringLiteral("features_%1").arg(style ? QStringLiteral("dark") : QStringLiteral("light")));
            // All widgets share one basemap.
            MapWidget other;
            QCOMPARE(other.basemap().get(), w.basemap().get());
        }
    }

    void choropleth()
    {
        MapWidget w;
        w.resize(900, 640);
        w.zoomToProvince();
        MapViewport v = w.viewport();
        // 40 px below the district's label anchor: inside the district, clear of its label.
        QPointF huongKhe;
        for (const auto &l : w.basemap()->districtLabels)
            if (l.text == QStringLiteral("Huyện Hương Khê"))
                huongKhe = v.worldToScreen(l.world) + QPointF(0, 40);
        QVERIFY(!huongKhe.isNull());
        const QImage before = w.renderToImage(w.size());
        Choropleth c;
        c.keyProperty = QStringLiteral("name");
        c.colours = {{QStringLiteral("Huong Khe"), QColor(0xd7, 0x30, 0x27)}, {QStringLiteral("Ky Anh"), QColor(0xfc, 0x8d, 0x59)},
                     {QStringLiteral("Can Loc"), QColor(0xfe, 0xe0, 0x8b)}, {QStringLiteral("Duc Tho"), QColor(0x91, 0xcf, 0x60)}};
        c.legendTitle = QStringLiteral("Hộ nghèo (%)");
        c.legend = {{QStringLiteral("> 10"), QColor(0xd7, 0x30, 0x27)}, {QStringLiteral("5 – 10"), QColor(0xfc, 0x8d, 0x59)},
                    {QStringLiteral("2 – 5"), QColor(0xfe, 0xe0, 0x8b)}, {QStringLiteral("< 2"), QColor(0x91, 0xcf, 0x60)}};
        w.setChoropleth(c);
        const QImage after = w.renderToImage(w.size());
        snapshot(after, QStringLiteral("choropleth_light"));
        QVERIFY2(share(after, huongKhe, QColor(0xd7, 0x30, 0x27), 1.0) > 0.5, qPrintable(after.pixelColor(huongKhe.toPoint()).name()));
        QVERIFY(share(before, huongKhe, w.mapStyle().province, 1.0) > 0.5);
        w.setChoropleth({});
        QVERIFY(share(w.renderToImage(w.size()), huongKhe, w.mapStyle().province, 1.0) > 0.5);
    }

    void keyboardAndWheel()
    {
        MapWidget w;
        w.setAsyncRendering(false);
        w.resize(640, 480);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setView(QGeoCoordinate(18.35, 105.9), 10);
        QSignalSpy spy(&w, &MapWidget::viewChanged);

        const QGeoCoordinate before = w.center();
        QTest::keyClick(&w, Qt::Key_Right);
        QVERIFY(w.center().longitude() > before.longitude());
        QCOMPARE(w.center().latitude(), before.latitude());
        QTest::keyClick(&w, Qt::Key_Plus);
        QCOMPARE(w.zoom(), 11.0);
        QTest::keyClick(&w, Qt::Key_Minus);
        QCOMPARE(w.zoom(), 10.0);
        QVERIFY(spy.count() >= 3);

        // Wheel toward the cursor: the coordinate under the cursor stays put.
        const QPointF cursor(100, 120);
        const QGeoCoordinate under = w.coordinateAt(cursor);
        QWheelEvent wheel(cursor, w.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&w, &wheel);
        QCOMPARE(w.zoom(), 10.5);
        const QGeoCoordinate after = w.coordinateAt(cursor);
        QVERIFY(std::abs(after.latitude() - under.latitude()) < 1e-9);
        QVERIFY(std::abs(after.longitude() - under.longitude()) < 1e-9);

        // Drag pans by exactly the mouse delta.
        const QGeoCoordinate c0 = w.center();
        QTest::mousePress(&w, Qt::LeftButton, {}, QPoint(300, 200));
        QTest::mouseMove(&w, QPoint(320, 200));
        QTest::mouseMove(&w, QPoint(350, 230));
        QTest::mouseRelease(&w, Qt::LeftButton, {}, QPoint(350, 230));
        const QPointF moved = w.viewport().geoToScreen(c0) - QPointF(320, 240);
        QVERIFY2((moved - QPointF(50, 30)).manhattanLength() < 1e-6, qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));

        // Home area and province.
        w.setHomeArea(QGeoRectangle(QGeoCoordinate(18.60, 105.60), QGeoCoordinate(18.45, 105.80)));
        QTest::keyClick(&w, Qt::Key_Home);
        QVERIFY(w.viewport().geoBounds().contains(QGeoCoordinate(18.5, 105.7)));
        QVERIFY(w.zoom() > 10.5);
        w.zoomToProvince();
        QVERIFY(w.viewport().geoBounds().contains(QGeoCoordinate(17.95, 106.45)));
        QVERIFY(w.viewport().geoBounds().contains(QGeoCoordinate(18.75, 105.15)));

        // A paint actually happens without crashing, async or not.
        w.grab();
    }

    void asyncRenderSettles()
    {
        MapWidget w;
        w.resize(500, 400);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setView(QGeoCoordinate(18.35, 105.9), 10);
        w.grab(); // first frame, synchronous
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(&w, Qt::Key_Left);
            QTest::qWait(5);
        }
        // Settle timer + background render; then the widget shows the same map as a
        // synchronous render of the same view (the cache is current and correctly placed).
        const QImage expected = w.renderToImage(w.size());
        QTRY_VERIFY_WITH_TIMEOUT(differingShare(w.grab().toImage().convertToFormat(QImage::Format_RGB32),
                                                expected.convertToFormat(QImage::Format_RGB32)) < 0.01, 3000);

        // A layer update re-renders only the feature image and shows up too.
        QVector<MapPoint> pts;
        for (int i = 0; i < 50; ++i)
            pts.append(MapPoint(QString::number(i), w.coordinateAt(QPointF(50 + 8 * i, 200))));
        w.setPointLayer(QStringLiteral("line"), pts);
        const QImage withPoints = w.renderToImage(w.size());
        QVERIFY(differingShare(withPoints, expected) > 0.001);
        QTRY_VERIFY_WITH_TIMEOUT(differingShare(w.grab().toImage().convertToFormat(QImage::Format_RGB32),
                                                withPoints.convertToFormat(QImage::Format_RGB32)) < 0.01, 3000);
    }
};

QTEST_MAIN(TestMapRender)
#include "tst_map_render.moc"
