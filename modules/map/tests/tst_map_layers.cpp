// Point layers: the cluster hierarchy accounts for every point at every zoom, viewport
// queries agree with brute force, hit-testing picks the right feature, and clicks on the
// widget select points and zoom into clusters.

#include "map/alertlayer.h"
#include "map/mapwidget.h"
#include "map/mercator.h"
#include "map/pointlayer.h"
#include "map/pointrenderer.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace ioc::map;

namespace {
QVector<MapPoint> randomPoints(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QVector<MapPoint> pts;
    pts.reserve(n);
    for (int i = 0; i < n; ++i) {
        // Inside the province bbox, with a dense knot around Hà Tĩnh city.
        const bool knot = i % 4 == 0;
        const double lon = knot ? 105.90 + rng.generateDouble() * 0.02 : 105.1035 + rng.generateDouble() * 1.393;
        const double lat = knot ? 18.33 + rng.generateDouble() * 0.02 : 17.9117 + rng.generateDouble() * 0.8494;
        pts.append(MapPoint(QStringLiteral("p%1").arg(i), lon, lat, i % 3 ? QStringLiteral("online") : QStringLiteral("offline")));
    }
    return pts;
}
} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private slots:
    void clusterCountsAddUp_data()
    {
        QTest::addColumn<int>("n");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("1000") << 1000;
        QTest::newRow("50000") << 50000;
    }
    void clusterCountsAddUp()
    {
        QFETCH(int, n);
        const auto layer = PointLayerData::build(QStringLiteral("cams"), randomPoints(n, 7), {});
        QCOMPARE(layer->size(), n);
        for (int z = 0; z <= PointLayerData::kMaxClusterZoom; ++z) {
            qint64 sum = 0;
            QSet<int> seen;
            for (const auto &c : layer->clusters(z)) {
                sum += c.count;
                QVERIFY(c.count > 0);
                // Each cluster's members really lie in its range, and the centroid inside their bbox.
                const QRectF b = layer->clusterBounds(c);
                QVERIFY(b.adjusted(-1e-12, -1e-12, 1e-12, 1e-12).contains(c.world));
                if (n <= 1000)
                    for (int k = c.first; k < c.first + c.count; ++k)
                        seen.insert(layer->order().at(k));
            }
            QCOMPARE(sum, qint64(n));
            if (n <= 1000)
                QCOMPARE(seen.size(), n);
            // Hierarchy: each zoom has at least as many clusters as the one above it.
            if (z > 0)
                QVERIFY(layer->clusters(z).size() >= layer->clusters(z - 1).size());
        }
        if (n == 50000)
            QVERIFY(layer->clusters(5).size() < 10); // the whole province is a handful of bubbles at z5
    }

    void viewportQueryMatchesBruteForce()
    {
        const auto layer = PointLayerData::build(QStringLiteral("cams"), randomPoints(20000, 11), {});
        QRandomGenerator rng(3);
        for (int k = 0; k < 20; ++k) {
            const QPointF a = mercator::project(105.1 + rng.generateDouble() * 1.3, 17.9 + rng.generateDouble() * 0.8);
            const double size = std::pow(10.0, -2 - 4 * rng.generateDouble());
            const QRectF r(a, QSizeF(size, size * 0.7));
            QSet<int> fast;
            layer->forPointsIn(r, [&](int i) { fast.insert(i); });
            QSet<int> slow;
            for (int i = 0; i < layer->size(); ++i)
                if (r.contains(layer->world(i)))
                    slow.insert(i);
            QCOMPARE(fast, slow);
        }
    }

    void invalidPointsSkipped()
    {
        QVector<MapPoint> pts{MapPoint(QStringLiteral("ok"), 105.9, 18.3),
                              MapPoint(QStringLiteral("nan"), std::nan(""), 18.3),
                              MapPoint(QStringLiteral("far"), 105.9, 123.0, {}, QStringLiteral("tip"))};
        const auto layer = PointLayerData::build(QStringLiteral("x"), pts, {});
        QCOMPARE(layer->size(), 1);
        QCOMPARE(layer->pointId(0), QStringLiteral("ok"));
        QCOMPARE(layer->tooltip(0), QStringLiteral("ok"));
    }

    void hitTestPicksRightFeature()
    {
        // Three points 30 px apart at zoom 14, unclustered: each click finds its own.
        MapViewport v(mercator::project(105.9, 18.33), 14, QSize(600, 400));
        QVector<MapPoint> pts;
        const QPointF base(300, 200);
        for (int i = 0; i < 3; ++i) {
            const QGeoCoordinate c = v.screenToGeo(base + QPointF(30 * i, 0));
            pts.append(MapPoint(QStringLiteral("cam-%1").arg(i), c, {}, QStringLiteral("Camera %1").arg(i)));
        }
        PointLayerOptions opt;
        opt.clustered = false;
        const auto layer = PointLayerData::build(QStringLiteral("cams"), pts, opt);
        for (int i = 0; i < 3; ++i) {
            const PointHit h = hitTestPointLayer(*layer, v, base + QPointF(30 * i + 3, -2));
            QCOMPARE(int(h.kind), int(PointHit::Kind::Point));
            QCOMPARE(layer->pointId(h.pointIndex), QStringLiteral("cam-%1").arg(i));
            QCOMPARE(layer->tooltip(h.pointIndex), QStringLiteral("Camera %1").arg(i));
        }
        QCOMPARE(int(hitTestPointLayer(*layer, v, base + QPointF(15, 20)).kind), int(PointHit::Kind::None));

        // Clustered at a low zoom: the same three are one bubble counting 3.
        const auto clustered = PointLayerData::build(QStringLiteral("cams"), pts, {});
        MapViewport far = v;
        far.setZoom(9);
        const QPointF s = far.worldToScreen(clustered->clusters(9).first().world);
        const PointHit h = hitTestPointLayer(*clustered, far, s + QPointF(4, 4), true);
        QCOMPARE(int(h.kind), int(PointHit::Kind::Cluster));
        QCOMPARE(h.count, 3);
        // The three lie on one row: the bounds span them horizontally, with no height.
        QVERIFY(h.clusterBounds.left() <= clustered->world(0).x() && clustered->world(2).x() <= h.clusterBounds.right());
        QVERIFY(h.clusterBounds.width() > 0);
    }

    void widgetClickSelectsAndClusterZooms()
    {
        MapWidget w;
        w.setAsyncRendering(false);
        w.resize(640, 480);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setView(QGeoCoordinate(18.33, 105.9), 15);
        QVector<MapPoint> pts;
        const QPointF a(200, 200), b(420, 260);
        pts.append(MapPoint(QStringLiteral("A"), w.coordinateAt(a)));
        pts.append(MapPoint(QStringLiteral("B"), w.coordinateAt(b)));
        w.setPointLayer(QStringLiteral("cams"), pts);
        QSignalSpy clicked(&w, &MapWidget::featureClicked);

        QTest::mouseClick(&w, Qt::LeftButton, {}, b.toPoint() + QPoint(2, 1));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), QStringLiteral("cams"));
        QCOMPARE(clicked.at(0).at(1).toString(), QStringLiteral("B"));
        QString layerId, featureId;
        QVERIFY(w.featureAt(a, &layerId, &featureId));
        QCOMPARE(featureId, QStringLiteral("A"));
        QVERIFY(!w.featureAt(QPointF(600, 50), &layerId, &featureId));

        // Zoomed out they form a cluster; clicking it zooms in, no featureClicked.
        w.setZoom(10);
        const auto layer = w.pointLayer(QStringLiteral("cams"));
        const auto &cl = layer->clusters(10);
        QCOMPARE(cl.size(), 1);
        const QPointF bubble = w.viewport().worldToScreen(cl.first().world);
        QTest::mouseClick(&w, Qt::LeftButton, {}, bubble.toPoint());
        QVERIFY(w.zoom() >= 11);
        QCOMPARE(clicked.count(), 1);

        // Shift-drag selects what is inside the rubber band.
        w.setView(QGeoCoordinate(18.33, 105.9), 15);
        QSignalSpy selected(&w, &MapWidget::featuresSelected);
        QTest::mousePress(&w, Qt::LeftButton, Qt::ShiftModifier, QPoint(150, 150));
        QTest::mouseMove(&w, QPoint(200, 180));
        QTest::mouseMove(&w, QPoint(260, 240));
        QTest::mouseRelease(&w, Qt::LeftButton, Qt::ShiftModifier, QPoint(260, 240));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(1).toStringList(), QStringList{QStringLiteral("A")});
        QCOMPARE(w.zoom(), 15.0); // a rubber band does not pan

        // Hidden layer: not hit.
        w.setView(QGeoCoordinate(18.33, 105.9), 15);
        w.setLayerVisible(QStringLiteral("cams"), false);
        QVERIFY(!w.featureAt(a, &layerId, &featureId));
        w.setLayerVisible(QStringLiteral("cams"), true);
        QVERIFY(w.featureAt(a, &layerId, &featureId));
        w.removeLayer(QStringLiteral("cams"));
        QVERIFY(w.layerIds().isEmpty());
    }

    void asyncLayerBuild()
    {
        MapWidget w;
        w.setPointLayerAsync(QStringLiteral("big"), randomPoints(20000, 1));
        w.setPointLayerAsync(QStringLiteral("big"), randomPoints(300, 2)); // supersedes
        QTRY_VERIFY(w.pointLayer(QStringLiteral("big")) != nullptr);
        QTest::qWait(200); // the first build finishing late must not win
        QCOMPARE(w.pointLayer(QStringLiteral("big"))->size(), 300);
        w.setPointLayerAsync(QStringLiteral("gone"), randomPoints(1000, 3));
        w.removeLayer(QStringLiteral("gone"));
        QTest::qWait(200);
        QVERIFY(!w.pointLayer(QStringLiteral("gone")));
    }

    void alerts()
    {
        MapWidget w;
        w.setAsyncRendering(false);
        w.resize(640, 480);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setView(QGeoCoordinate(18.33, 105.9), 12);
        const QGeoCoordinate c = w.coordinateAt(QPointF(320, 240));
        w.setAlerts({AlertMarker{QStringLiteral("flood-1"), c, AlertSeverity::Critical, QStringLiteral("Flood")}});
        QCOMPARE(hitTestAlerts(w.alerts(), w.viewport(), QPointF(322, 241)), 0);
        QCOMPARE(hitTestAlerts(w.alerts(), w.viewport(), QPointF(400, 241)), -1);
        QSignalSpy spy(&w, &MapWidget::alertClicked);
        QTest::mouseClick(&w, Qt::LeftButton, {}, QPoint(320, 240));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("flood-1"));
        // Renders (pulse ring) without trouble, and differs from the map without it.
        const QImage with = w.renderToImage(QSize(200, 200));
        w.setAlerts({});
        const QImage without = w.renderToImage(QSize(200, 200));
        QVERIFY(with != without);
    }
};

QTEST_MAIN(TestLayers)
#include "tst_map_layers.moc"
