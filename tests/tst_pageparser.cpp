#include "sync/pageparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ioc::sync;

namespace {

QByteArray page(const QByteArray &features, const QByteArray &links = "[]")
{
    return R"({"type":"FeatureCollection","features":[)" + features + R"(],"links":)" + links + "}";
}

const QUrl kRequest(QStringLiteral("http://127.0.0.1:8080/collections/cam_cameras/items?limit=2"));

} // namespace

class TestPageParser : public QObject
{
    Q_OBJECT

private slots:
    void validPageWithNextLink()
    {
        QString error;
        const auto parsed = parseItemsPage(
            page(
                R"({"type":"Feature","id":"c1","geometry":{"type":"Point","coordinates":[105.9,18.34]},"properties":{"name":"Cầu Phủ","updated_at":"2026-11-26T07:00:00Z"}},
                    {"type":"Feature","id":2,"geometry":null,"properties":{"updated_at":"2026-11-26T08:00:00Z"}})",
                R"([{"rel":"self","href":"items?limit=2"},{"rel":"next","href":"items?limit=2&cursor=2"}])"),
            QStringLiteral("cam_cameras"), kRequest, {}, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->features.size(), 2);
        QCOMPARE(parsed->features.at(1).id, QStringLiteral("2"));
        QVERIFY(parsed->quarantined.isEmpty());
        QCOMPARE(parsed->next,
            QUrl(QStringLiteral(
                "http://127.0.0.1:8080/collections/cam_cameras/items?limit=2&cursor=2")));
        QCOMPARE(parsed->maxUpdatedAt, QStringLiteral("2026-11-26T08:00:00Z"));
        QCOMPARE(parsed->received, 2);
    }

    void lastPageHasNoNext()
    {
        QString error;
        const auto parsed = parseItemsPage(page(""), QStringLiteral("c"), kRequest, {}, &error);
        QVERIFY(parsed);
        QVERIFY(parsed->next.isEmpty());
    }

    void badFeaturesAreQuarantinedTheRestKept_data()
    {
        QTest::addColumn<QByteArray>("feature");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no id") << QByteArray(
            R"({"type":"Feature","geometry":null,"properties":{}})")
                               << "no id";
        QTest::newRow("out of range") << QByteArray(
            R"({"type":"Feature","id":"x","geometry":{"type":"Point","coordinates":[18.3,105.9]},"properties":{}})")
                                      << "plausible extent";
        QTest::newRow("not finite") << QByteArray(
            R"({"type":"Feature","id":"x","geometry":{"type":"Point","coordinates":["a",1]},"properties":{}})")
                                    << "[lon, lat]";
        QTest::newRow("open ring") << QByteArray(
            R"({"type":"Feature","id":"x","geometry":{"type":"Polygon","coordinates":[[[105,18],[106,18],[106,19],[105.5,19]]]},"properties":{}})")
                                   << "not closed";
        QTest::newRow("short ring") << QByteArray(
            R"({"type":"Feature","id":"x","geometry":{"type":"Polygon","coordinates":[[[105,18],[106,18],[105,18]]]},"properties":{}})")
                                    << "positions";
        QTest::newRow("unknown type") << QByteArray(
            R"({"type":"Feature","id":"x","geometry":{"type":"Circle","coordinates":[105,18]},"properties":{}})")
                                      << "unknown geometry";
        QTest::newRow("bad updated_at") << QByteArray(
            R"({"type":"Feature","id":"x","geometry":null,"properties":{"updated_at":12}})")
                                        << "updated_at";
        QTest::newRow("duplicate id")
            << QByteArray(R"({"type":"Feature","id":"good","geometry":null,"properties":{}})")
            << "duplicate";
        QTest::newRow("not a feature") << QByteArray(R"(42)") << "not a GeoJSON Feature";
    }

    void badFeaturesAreQuarantinedTheRestKept()
    {
        QFETCH(QByteArray, feature);
        QFETCH(QString, reason);
        const QByteArray good
            = R"({"type":"Feature","id":"good","geometry":{"type":"Point","coordinates":[105.9,18.3]},"properties":{}})";
        QString error;
        const auto parsed
            = parseItemsPage(page(good + "," + feature), QStringLiteral("c"), kRequest, {}, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->features.size(), 1);
        QCOMPARE(parsed->features.first().id, QStringLiteral("good"));
        QCOMPARE(parsed->quarantined.size(), 1);
        QVERIFY2(parsed->quarantined.first().reason.contains(reason),
            qPrintable(parsed->quarantined.first().reason));
        QVERIFY(!parsed->quarantined.first().raw.isEmpty());
    }

    void expectedPropertyTypesAndRenames()
    {
        ValidationRules rules;
        rules.propertyTypes.insert(QStringLiteral("beds"), QJsonValue::Double);
        rules.propertyRenames.insert(QStringLiteral("so_giuong"), QStringLiteral("beds"));
        QString error;
        const auto parsed = parseItemsPage(
            page(R"({"type":"Feature","id":"a","geometry":null,"properties":{"so_giuong":500}},
                    {"type":"Feature","id":"b","geometry":null,"properties":{"so_giuong":"many"}})"),
            QStringLiteral("health_facilities"), kRequest, rules, &error);
        QVERIFY(parsed);
        QCOMPARE(parsed->features.size(), 1);
        QVERIFY(parsed->features.first().propertiesJson.contains("\"beds\":500"));
        QCOMPARE(parsed->quarantined.size(), 1);
        QVERIFY(parsed->quarantined.first().reason.contains(QStringLiteral("'beds' is a string")));
    }

    // Geometry and properties are stored as compact JSON text taken from the page: the
    // same values (numbers, Vietnamese text, escapes, nesting), bounds and search text.
    void storedJsonKeepsTheServedValues()
    {
        QString error;
        const auto parsed = parseItemsPage(
            page(
                "{\"type\":\"Feature\",\"id\":\"p1\",\"geometry\":{\"type\":\"Polygon\","
                "\"coordinates\":[[[105.5,18.25],[105.75,18.25],[105.75,18.5],[105.5,18.25]]]},"
                "\"properties\":{\"name\":\"B\u1ec7nh vi\u1ec7n \\\"\u0110a khoa\\\"\\tt\u1ec9nh\","
                "\"beds\":500,\"ratio\":0.125,\"big\":12345678901234,\"ok\":true,"
                "\"none\":null,\"tags\":[\"a\",{\"b\":[1,2]}],"
                "\"updated_at\":\"2026-11-26T07:00:00.5+07:00\"}}"),
            QStringLiteral("health_facilities"), kRequest, {}, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->features.size(), 1);
        const ioc::core::Feature &feature = parsed->features.first();
        const QJsonObject properties = QJsonDocument::fromJson(feature.propertiesJson).object();
        QCOMPARE(properties.value(QStringLiteral("name")).toString(),
            QStringLiteral("Bệnh viện \"Đa khoa\"\ttỉnh"));
        QCOMPARE(properties.value(QStringLiteral("beds")).toInteger(), 500);
        QCOMPARE(properties.value(QStringLiteral("ratio")).toDouble(), 0.125);
        QCOMPARE(properties.value(QStringLiteral("big")).toInteger(), Q_INT64_C(12345678901234));
        QCOMPARE(properties.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(properties.value(QStringLiteral("none")).isNull());
        QCOMPARE(properties.value(QStringLiteral("tags"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("b")),
            QJsonValue(QJsonArray { 1, 2 }));
        QVERIFY(!feature.propertiesJson.contains(": ")); // compact
        const QJsonObject geometry = QJsonDocument::fromJson(feature.geometryJson).object();
        QCOMPARE(geometry.value(QStringLiteral("type")).toString(), QStringLiteral("Polygon"));
        QCOMPARE(geometry.value(QStringLiteral("coordinates")).toArray().at(0).toArray().size(), 4);
        QVERIFY(feature.bounds);
        QCOMPARE(feature.bounds->minLon, 105.5);
        QCOMPARE(feature.bounds->maxLon, 105.75);
        QCOMPARE(feature.bounds->minLat, 18.25);
        QCOMPARE(feature.bounds->maxLat, 18.5);
        QCOMPARE(feature.updatedAt, QStringLiteral("2026-11-26T07:00:00.5+07:00"));
        QVERIFY(feature.searchText.contains(QStringLiteral("Đa khoa")));
        QVERIFY(feature.searchText.startsWith(QStringLiteral("p1")));
        QVERIFY(!feature.searchText.contains(QStringLiteral("2026"))); // stamps are not indexed
    }

    // Search text keeps names, people and document numbers; it leaves out stamps and
    // code-like values (statuses, references to other features, unit codes), so a status
    // change does not rewrite the feature's search row.
    void searchTextLeavesOutCodes()
    {
        QString error;
        const auto parsed
            = parseItemsPage(page("{\"type\":\"Feature\",\"id\":\"hs-7\",\"geometry\":null,"
                                  "\"properties\":{\"applicant\":\"Ph\u1ea1m Xu\u00e2n H\u00f9ng\","
                                  "\"code\":\"H22.2-260829-00000\",\"number\":\"8132/TB-UBND\","
                                  "\"status\":\"processing\",\"office_id\":\"office-38\","
                                  "\"kind\":\"general_hospital\",\"unit_code\":\"18139\","
                                  "\"due_at\":\"2026-08-30T03:00:00Z\"}}"),
                QStringLiteral("ps_dossiers"), kRequest, {}, &error);
        QVERIFY2(parsed, qPrintable(error));
        const QString text = parsed->features.first().searchText;
        for (const QString &kept : { QStringLiteral("hs-7"), QStringLiteral("Phạm Xuân Hùng"),
                 QStringLiteral("H22.2-260829-00000"), QStringLiteral("8132/TB-UBND") })
            QVERIFY2(text.contains(kept), qPrintable(kept + QLatin1String(" in ") + text));
        for (const QString &left : { QStringLiteral("processing"), QStringLiteral("office-38"),
                 QStringLiteral("general_hospital"), QStringLiteral("18139"),
                 QStringLiteral("2026") })
            QVERIFY2(!text.contains(left), qPrintable(left + QLatin1String(" in ") + text));
    }

    // A large page (the size a first sync requests) parses completely and in bounded time
    // (an earlier attempt at a faster parser looped forever).
    void largePageParsesCompletely()
    {
        QByteArray features;
        const int count = 5000;
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                features += ',';
            features += QStringLiteral(
                R"({"type":"Feature","id":"f%1","geometry":{"type":"Point","coordinates":[105.%2,18.%2]},"properties":{"name":"Trạm %1","n":%1,"updated_at":"2026-11-26T07:%3:00Z"}})")
                            .arg(i)
                            .arg(i % 1000, 3, 10, QLatin1Char('0'))
                            .arg(i % 60, 2, 10, QLatin1Char('0'))
                            .toUtf8();
        }
        QString error;
        const auto parsed
            = parseItemsPage(page(features), QStringLiteral("c"), kRequest, {}, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->features.size(), count);
        QCOMPARE(parsed->received, count);
        QCOMPARE(parsed->features.last().id, QStringLiteral("f4999"));
        QCOMPARE(parsed->maxUpdatedAt, QStringLiteral("2026-11-26T07:59:00Z"));
    }

    void unusableResponsesFailWhole_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("html") << QByteArray("<html>Bad gateway</html>") << "not valid JSON";
        QTest::newRow("truncated")
            << page(R"({"type":"Feature","id":"a","geometry":null,"properties":{}})").left(40)
            << "not valid JSON";
        QTest::newRow("not a collection")
            << QByteArray(R"({"type":"Feature"})") << "FeatureCollection";
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
    }

    void unusableResponsesFailWhole()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!parseItemsPage(body, QStringLiteral("c"), kRequest, {}, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPageParser)
#include "tst_pageparser.moc"
