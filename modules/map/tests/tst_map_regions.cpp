// GEOS point-in-polygon: which district a coordinate is in; invalid polygons repaired.

#include "map/geojson.h"
#include "map/regionindex.h"
#include "map/resourcedir.h"

#include <QTest>

using namespace ioc::map;

class TestRegions : public QObject
{
    Q_OBJECT

private slots:
    void districts_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("district");
        QTest::newRow("Hà Tĩnh city") << 105.9000 << 18.3338 << QStringLiteral("Thành phố Hà Tĩnh");
        QTest::newRow("Hồng Lĩnh") << 105.7100 << 18.5300 << QStringLiteral("Thị xã Hồng Lĩnh");
        QTest::newRow("Hương Khê") << 105.7000 << 18.1800 << QStringLiteral("Huyện Hương Khê");
        QTest::newRow("Vũng Áng (Kỳ Anh)") << 106.3800 << 18.0900 << QStringLiteral("Huyện Kỳ Anh (incl. Thị xã Kỳ Anh, split off 2015)");
        QTest::newRow("Gulf of Tonkin") << 106.3000 << 18.4000 << QString();
        QTest::newRow("Laos") << 105.0000 << 18.3000 << QString();
    }
    void districts()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, district);
        static RegionIndex *index = [] {
            auto *idx = new RegionIndex;
            const GeoLayer layer = readGeoJsonFile(geoDataDirectory() + QStringLiteral("/hatinh_districts.geojson"));
            idx->addLayer(layer, QStringLiteral("name_vi"));
            return idx;
        }();
        QCOMPARE(index->size(), 12);
        QCOMPARE(index->regionAt(QGeoCoordinate(lat, lon)), district);
    }

    void holesAndRepair()
    {
        RegionIndex idx;
        // A square with a hole: the hole is outside the region.
        const QVector<QPointF> outer{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
        const QVector<QPointF> hole{{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}};
        QVERIFY(idx.addPolygon(QStringLiteral("donut"), {outer, hole}));
        QCOMPARE(idx.regionAt(1, 1), QStringLiteral("donut"));
        QCOMPARE(idx.regionAt(5, 5), QString());
        QCOMPARE(idx.regionAt(10, 5), QStringLiteral("donut")); // boundary counts as inside
        // A self-intersecting bow tie is reported and repaired, not a crash.
        const QVector<QPointF> bowtie{{20, 0}, {30, 10}, {30, 0}, {20, 10}, {20, 0}};
        QVERIFY(idx.addPolygon(QStringLiteral("bowtie"), {bowtie}));
        QVERIFY2(idx.warnings().join(QLatin1Char(' ')).contains(QLatin1String("invalid polygon")), qPrintable(idx.warnings().join(QLatin1Char(' '))));
        QCOMPARE(idx.regionAt(29, 5), QStringLiteral("bowtie"));
        // A ring too short for GEOS is skipped with a message.
        QVERIFY(!idx.addPolygon(QStringLiteral("broken"), {{{0, 0}, {1, 1}}}));
        QVERIFY(idx.warnings().join(QLatin1Char(' ')).contains(QLatin1String("unusable ring")));
        QCOMPARE(idx.regionAt(QGeoCoordinate()), QString());
    }
};

QTEST_APPLESS_MAIN(TestRegions)
#include "tst_map_regions.moc"
