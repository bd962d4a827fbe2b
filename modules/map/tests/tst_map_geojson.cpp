// GeoJSON reading: the shipped files load cleanly; malformed input yields a clear
// message and skips only the bad item, never a crash.

#include "map/basemapdata.h"
#include "map/framerenderer.h"
#include "map/mapviewport.h"
#include "map/geojson.h"
#include "map/mercator.h"
#include "map/resourcedir.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ioc::map;

class TestGeoJson : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("fatal");
        QTest::addColumn<int>("features");
        QTest::addColumn<QString>("message");
        const QByteArray sq = R"([[105,18],[106,18],[106,19],[105,19],[105,18]])";
        QTest::newRow("not json") << QByteArray("{\"type\": \"FeatureCollection\", ") << true << 0 << "not valid JSON";
        QTest::newRow("empty") << QByteArray() << true << 0 << "not valid JSON";
        QTest::newRow("wrong type") << QByteArray(R"({"type":"Topology"})") << true << 0 << "not a GeoJSON";
        QTest::newRow("ring too short") << QByteArray(R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[105,18],[106,18],[105,18]]]}})")
                                        << false << 0 << "needs 4";
        QTest::newRow("ring not closed") << QByteArray(R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[105,18],[106,18],[106,19],[105,19]]]}})")
                                         << false << 1 << "not closed";
        QTest::newRow("string coordinate") << QByteArray(R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[105,"x"],[106,18],[106,19],[105,18]]]}})")
                                           << false << 0 << "invalid coordinate";
        QTest::newRow("latitude out of range") << QByteArray(R"({"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[105,918]}})")
                                               << false << 0 << "invalid Point";
        QTest::newRow("broken hole keeps polygon") << QByteArray(R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[)" + sq + R"(,[[105.2,18.2],[105.3,18.2]]]}})")
                                                   << false << 1 << "needs 4";
        QTest::newRow("one bad of two") << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[)" + sq + R"(]}},{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[1,2]]]}}]})")
                                        << false << 1 << "feature 1";
        QTest::newRow("no geometry") << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":1},"geometry":null}]})")
                                     << false << 0 << "no geometry";
        QTest::newRow("unknown geometry") << QByteArray(R"({"type":"Feature","properties":{},"geometry":{"type":"Circle","coordinates":[1,2]}})")
                                          << false << 0 << "unsupported";
        QTest::newRow("empty multipoint") << QByteArray(R"({"type":"Feature","properties":{},"geometry":{"type":"MultiPoint","coordinates":[]}})")
                                          << false << 0 << "empty MultiPoint";
        QTest::newRow("coordinates not array") << QByteArray(R"({"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":7}})")
                                               << false << 0 << "no usable coordinates";
    }
    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, fatal);
        QFETCH(int, features);
        QFETCH(QString, message);
        const GeoLayer layer = parseGeoJson(json, QStringLiteral("test.geojson"));
        QCOMPARE(!layer.ok(), fatal);
        QCOMPARE(layer.features.size(), features);
        const QString all = layer.error + layer.warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(message), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("test.geojson")), "messages name the file");
    }

    void missingFile()
    {
        const GeoLayer layer = readGeoJsonFile(QStringLiteral("/nonexistent/dir/x.geojson"));
        QVERIFY(!layer.ok());
        QVERIFY(layer.error.contains(QLatin1String("cannot open")));
    }

    void missingDirectoryStillLoads()
    {
        // A basemap with no files at all: every layer reports, nothing crashes.
        QTemporaryDir dir;
        const auto data = BasemapData::load(dir.path());
        QVERIFY(!data->hasProvince());
        QCOMPARE(data->problems().size(), 10);
        QVERIFY(data->provinceBounds().isValid()); // documented fallback bbox
    }

    void brokenFilesStillRender()
    {
        // A resource folder where the province has a broken ring and the districts are
        // not JSON at all: the problems are listed by file, the rest draws.
        QTemporaryDir dir;
        auto write = [&](const char *name, const QByteArray &data) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write("hatinh_province.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},"geometry":{"type":"MultiPolygon","coordinates":[[[[105.5,18.2],[105.9,18.2],[105.5,18.2]]],[[[105.5,18.3],[106.0,18.3],[106.0,18.6],[105.5,18.6],[105.5,18.3]]]]}}]})");
        write("hatinh_districts.geojson", "\x00\x01 binary junk");
        write("vietnam_national.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"role":"label","name_vi":"Quần đảo Hoàng Sa"},"geometry":{"type":"MultiPoint","coordinates":[]}}]})");
        const auto data = BasemapData::load(dir.path());
        const QString problems = data->problems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("hatinh_province.geojson: feature 0: ring has 3 positions")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("hatinh_districts.geojson: not valid JSON")), qPrintable(problems));
        QVERIFY(data->hasProvince()); // the good part of the MultiPolygon survived
        MapViewport v;
        v.setSize(QSize(400, 300));
        v.fitBounds(data->provinceBounds());
        FrameSources src;
        src.basemap = data;
        const QImage img = renderBaseImage(src, v, 1.0);
        QCOMPARE(img.size(), QSize(400, 300));
        QCOMPARE(img.pixelColor(200, 150), src.style.province.toRgb());
    }

    void shippedFiles()
    {
        const QString dir = geoDataDirectory();
        QVERIFY2(!dir.isEmpty(), "resources/geo not found");
        const auto data = BasemapData::load(dir);
        QVERIFY2(data->problems().isEmpty(), qPrintable(data->problems().join(QLatin1Char('\n'))));
        QCOMPARE(data->districts.features.size(), 12);
        QCOMPARE(data->settlements.features.size(), 1492);
        QCOMPARE(data->districtLabels.size(), 12);
        // Province bbox as documented in resources/geo/README (lon 105.1035–106.4964, lat 17.9117–18.7611).
        const QGeoRectangle b = data->provinceBounds();
        QVERIFY(std::abs(b.topLeft().longitude() - 105.1035) < 1e-3);
        QVERIFY(std::abs(b.bottomRight().longitude() - 106.4964) < 1e-3);
        QVERIFY(std::abs(b.topLeft().latitude() - 18.7611) < 1e-3);
        QVERIFY(std::abs(b.bottomRight().latitude() - 17.9117) < 1e-3);
        // The national inset has both archipelagos.
        int markers = 0;
        for (const GeoFeature &f : data->national.features)
            if (f.text("role") == QLatin1String("archipelago_markers"))
                markers += f.parts.first().size();
        QVERIFY(markers >= 23 + 43);
        // District labels are the Vietnamese names without data notes.
        bool kyAnh = false;
        for (const auto &l : data->districtLabels)
            kyAnh = kyAnh || l.text == QStringLiteral("Huyện Kỳ Anh");
        QVERIFY(kyAnh);
    }
};

QTEST_MAIN(TestGeoJson)
#include "tst_map_geojson.moc"
