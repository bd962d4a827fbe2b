#include "sync/pageparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace ioc;
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

    // The module's contract types what is stored; the deployment's mapping renames.
    void expectedPropertyTypesAndRenames()
    {
        core::CollectionContract contract;
        contract.collection = QStringLiteral("health_facilities");
        contract.properties
            = { { QStringLiteral("beds"), core::PropertyContract::Type::Integer, true, {}, {} } };
        CollectionMapping mapping;
        mapping.properties = { { QStringLiteral("beds"), QStringLiteral("so_giuong"), {}, {} } };
        ValidationRules rules;
        rules.plan = PropertyPlan::compile(mapping, &contract, QTimeZone::utc());
        QString error;
        const auto parsed = parseItemsPage(
            page(R"({"type":"Feature","id":"a","geometry":null,"properties":{"so_giuong":500}},
                    {"type":"Feature","id":"c","geometry":null,"properties":{"so_giuong":"120"}},
                    {"type":"Feature","id":"b","geometry":null,"properties":{"so_giuong":"many"}})"),
            QStringLiteral("health_facilities"), kRequest, rules, &error);
        QVERIFY(parsed);
        QCOMPARE(parsed->features.size(), 2);
        QCOMPARE(parsed->features.at(0).propertiesJson, QByteArray(R"({"beds":500})"));
        // MapServer serves untyped columns as text: a number in text is a number.
        QCOMPARE(parsed->features.at(1).propertiesJson, QByteArray(R"({"beds":120})"));
        QCOMPARE(parsed->quarantined.size(), 1);
        QVERIFY2(parsed->quarantined.first().reason.contains(
                     QStringLiteral("property 'beds': 'many' is not a whole number")),
            qPrintable(parsed->quarantined.first().reason));
    }

    // Mapping v2 in the parser: one server property feeding two of ours, a constant, a
    // value map, booleans and times as MapServer and PostGIS serve them.
    void mappingPlanShapesProperties()
    {
        using Type = core::PropertyContract::Type;
        core::CollectionContract contract;
        contract.collection = QStringLiteral("cam_cameras");
        contract.properties = {
            { QStringLiteral("status"), Type::String, true,
                { QStringLiteral("online"), QStringLiteral("offline"), QStringLiteral("degraded") },
                {} },
            { QStringLiteral("unit_code"), Type::String, true, {}, {} },
            { QStringLiteral("ai_enabled"), Type::Boolean, false, {}, {} },
            { QStringLiteral("last_heartbeat"), Type::DateTime, false, {}, {} },
        };
        CollectionMapping mapping;
        mapping.properties = {
            { QStringLiteral("status"), QStringLiteral("trang_thai"), {},
                { { QStringLiteral("maintenance"), QStringLiteral("degraded") },
                    { QStringLiteral("fault"), QStringLiteral("offline") } } },
            { QStringLiteral("unit_code"), QStringLiteral("ma_xa"), {}, {} },
            { QStringLiteral("commune_code"), QStringLiteral("ma_xa"), {}, {} },
            { QStringLiteral("kind"), {}, QJsonValue(QStringLiteral("traffic")), {} },
        };
        mapping.temporalProperty = QStringLiteral("cap_nhat");
        ValidationRules rules;
        rules.plan = PropertyPlan::compile(
            mapping, &contract, QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")));
        QString error;
        const auto parsed
            = parseItemsPage(page(R"({"type":"Feature","id":1,"geometry":null,"properties":{
                       "trang_thai":"maintenance","ma_xa":18028,"ai_enabled":"t",
                       "last_heartbeat":"2026-11-26 08:00:00","cap_nhat":"2026-11-26T08:30:00+07:00",
                       "status":"ignored","kind":"ignored too","note":"kept"}})"),
                QStringLiteral("cam_cameras"), kRequest, rules, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->quarantined.size(), 0);
        const QJsonObject properties
            = QJsonDocument::fromJson(parsed->features.first().propertiesJson).object();
        QCOMPARE(properties.value(QLatin1String("status")).toString(), QStringLiteral("degraded"));
        QCOMPARE(properties.value(QLatin1String("unit_code")).toString(), QStringLiteral("18028"));
        QCOMPARE(properties.value(QLatin1String("commune_code")).toInt(), 18028);
        QCOMPARE(properties.value(QLatin1String("ai_enabled")), QJsonValue(true));
        // A time without zone is read in the mapping's zone and stored in UTC.
        QCOMPARE(properties.value(QLatin1String("last_heartbeat")).toString(),
            QStringLiteral("2026-11-26T01:00:00Z"));
        QCOMPARE(properties.value(QLatin1String("updated_at")).toString(),
            QStringLiteral("2026-11-26T01:30:00Z"));
        QCOMPARE(parsed->features.first().updatedAt, QStringLiteral("2026-11-26T01:30:00Z"));
        QCOMPARE(parsed->maxUpdatedAt, QStringLiteral("2026-11-26T01:30:00Z"));
        QCOMPARE(properties.value(QLatin1String("kind")).toString(), QStringLiteral("traffic"));
        QCOMPARE(properties.value(QLatin1String("note")).toString(), QStringLiteral("kept"));
        QVERIFY(!properties.contains(QLatin1String("trang_thai")));
        QVERIFY(!properties.contains(QLatin1String("cap_nhat")));
    }

    void coercionRefusesWhatItCannotMean_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("stored"); // empty = refused
        using Type = core::PropertyContract::Type;
        QTest::newRow("number text")
            << int(Type::Number) << QByteArray(R"(" 12.5 ")") << QByteArray("12.5");
        QTest::newRow("number words")
            << int(Type::Number) << QByteArray(R"("twelve")") << QByteArray();
        QTest::newRow("integer fraction")
            << int(Type::Integer) << QByteArray("12.5") << QByteArray();
        QTest::newRow("integer as double")
            << int(Type::Integer) << QByteArray("12.0") << QByteArray("12");
        QTest::newRow("boolean text")
            << int(Type::Boolean) << QByteArray(R"("false")") << QByteArray("false");
        QTest::newRow("boolean one") << int(Type::Boolean) << QByteArray("1") << QByteArray("true");
        QTest::newRow("boolean two") << int(Type::Boolean) << QByteArray("2") << QByteArray();
        QTest::newRow("string number")
            << int(Type::String) << QByteArray("42") << QByteArray(R"("42")");
        QTest::newRow("time offset")
            << int(Type::DateTime) << QByteArray(R"("2026-01-01T00:30:00-01:00")")
            << QByteArray(R"("2026-01-01T01:30:00Z")");
        QTest::newRow("time hours only")
            << int(Type::DateTime) << QByteArray(R"("2026-01-01 07:00:00+07")")
            << QByteArray(R"("2026-01-01T00:00:00Z")");
        QTest::newRow("time fraction")
            << int(Type::DateTime) << QByteArray(R"("2026-01-01T00:00:00.5Z")")
            << QByteArray(R"("2026-01-01T00:00:00.500Z")");
        QTest::newRow("time nonsense")
            << int(Type::DateTime) << QByteArray(R"("yesterday")") << QByteArray();
        QTest::newRow("time day 31 of a 30-day month")
            << int(Type::DateTime) << QByteArray(R"("2026-11-31T00:00:00Z")") << QByteArray();
        QTest::newRow("date slashes")
            << int(Type::Date) << QByteArray(R"("2026/11/26")") << QByteArray(R"("2026-11-26")");
        QTest::newRow("date as timestamp")
            << int(Type::Date) << QByteArray(R"("2026-11-26T00:00:00")")
            << QByteArray(R"("2026-11-26")");
        QTest::newRow("null") << int(Type::Integer) << QByteArray("null") << QByteArray("null");
        // MapServer 8 writes a NULL column as "".
        QTest::newRow("empty boolean")
            << int(Type::Boolean) << QByteArray(R"("")") << QByteArray("null");
        QTest::newRow("empty time")
            << int(Type::DateTime) << QByteArray(R"("")") << QByteArray("null");
        QTest::newRow("empty text stays")
            << int(Type::String) << QByteArray(R"("")") << QByteArray(R"("")");
    }

    void coercionRefusesWhatItCannotMean()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, stored);
        core::CollectionContract contract;
        contract.properties
            = { { QStringLiteral("v"), core::PropertyContract::Type(type), true, {}, {} } };
        ValidationRules rules;
        rules.plan = PropertyPlan::compile({}, &contract, QTimeZone::utc());
        QString error;
        const auto parsed = parseItemsPage(
            page(R"({"type":"Feature","id":"a","geometry":null,"properties":{"v":)" + value + "}}"),
            QStringLiteral("x"), kRequest, rules, &error);
        QVERIFY2(parsed, qPrintable(error));
        if (stored.isEmpty()) {
            QCOMPARE(parsed->quarantined.size(), 1);
            QVERIFY(
                parsed->quarantined.first().reason.startsWith(QStringLiteral("property 'v': ")));
        } else {
            QCOMPARE(parsed->features.size(), 1);
            QCOMPARE(parsed->features.first().propertiesJson, "{\"v\":" + stored + "}");
        }
    }

    // Valid JSON can still be absurd: a feature beyond the limits is quarantined with the
    // reason, and the rest of the page is kept.
    void absurdFeaturesAreQuarantined_data()
    {
        QTest::addColumn<QByteArray>("feature");
        QTest::addColumn<QString>("reason");
        QByteArray ring = "[105.5,18.25]";
        for (int i = 0; i < 40; ++i)
            ring += ",[105.6,18.3]";
        ring += ",[105.5,18.25]";
        QTest::newRow("too many positions")
            << QByteArray(
                   R"({"type":"Feature","id":"big","geometry":{"type":"Polygon","coordinates":[[)")
                + ring + QByteArray(R"(]]},"properties":{}})")
            << QStringLiteral("geometry has more than 30 positions");
        QByteArray nested = R"({"type":"Point","coordinates":[105.5,18.25]})";
        for (int i = 0; i < 10; ++i)
            nested = R"({"type":"GeometryCollection","geometries":[)" + nested + "]}";
        QTest::newRow("nested collections")
            << QByteArray(R"({"type":"Feature","id":"deep","geometry":)") + nested
                + QByteArray(R"(,"properties":{}})")
            << QStringLiteral("nested more than 8 deep");
        QTest::newRow("long string")
            << QByteArray(R"({"type":"Feature","id":"long","geometry":null,"properties":{"note":")")
                + QByteArray(200, 'x') + QByteArray(R"("}})")
            << QStringLiteral("property 'note' is 200 bytes long");
        QByteArray many;
        for (int i = 0; i < 12; ++i)
            many += (i ? QByteArray(",") : QByteArray()) + "\"p" + QByteArray::number(i) + "\":1";
        QTest::newRow("too many properties")
            << QByteArray(R"({"type":"Feature","id":"wide","geometry":null,"properties":{)") + many
                + "}}"
            << QStringLiteral("feature has 12 properties");
    }

    void absurdFeaturesAreQuarantined()
    {
        QFETCH(QByteArray, feature);
        QFETCH(QString, reason);
        ValidationRules rules;
        rules.maxGeometryPositions = 30;
        rules.maxStringBytes = 100;
        rules.maxProperties = 10;
        QString error;
        const auto parsed = parseItemsPage(
            page(feature
                + R"(,{"type":"Feature","id":"fine","geometry":null,"properties":{"a":1}})"),
            QStringLiteral("x"), kRequest, rules, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->features.size(), 1);
        QCOMPARE(parsed->features.first().id, QStringLiteral("fine"));
        QCOMPARE(parsed->quarantined.size(), 1);
        QVERIFY2(parsed->quarantined.first().reason.contains(reason),
            qPrintable(parsed->quarantined.first().reason));
    }

    // JSON the parser refuses in one feature (a number beyond double, an integer beyond
    // 64 bits, bytes that are not UTF-8, nesting beyond the parser's depth) costs that
    // feature, named by its id, not the page.
    void aFeatureTheParserRefusesCostsOnlyThatFeature_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("1e400") << QByteArray("1e400")
                               << QStringLiteral("number that cannot be read");
        QTest::newRow("21 digits")
            << QByteArray("123456789012345678901") << QStringLiteral("number that cannot be read");
        QTest::newRow("invalid UTF-8")
            << QByteArray("\"Ha\xff\xfeT\xc3nh\"") << QStringLiteral("not valid UTF-8");
        QTest::newRow("5000 deep") << QByteArray(5000, '[') + QByteArray(5000, ']')
                                   << QStringLiteral("nested deeper than");
        QTest::newRow("bare word") << QByteArray("nan") << QStringLiteral("not valid JSON");
    }

    void aFeatureTheParserRefusesCostsOnlyThatFeature()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, reason);
        // (No raw string here: moc miscounts braces left open inside one.)
        const QByteArray bad
            = "{\"type\":\"Feature\",\"id\":\"bad-1\",\"geometry\":null,\"properties\":{\"v\":"
            + value + "}}";
        QString error;
        const auto parsed = parseItemsPage(
            // An escaped quote and a bracket inside a string must not end anything.
            page(QByteArray("{\"type\":\"Feature\",\"id\":\"a\",\"geometry\":null,"
                            "\"properties\":{\"s\":\"[\\\"]\"}},")
                    + bad + R"(, {"type":"Feature","id":7,"geometry":null,"properties":{}})",
                R"([{"rel":"next","href":"items?offset=3"}])"),
            QStringLiteral("x"), kRequest, {}, &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(parsed->salvaged);
        QCOMPARE(parsed->received, 3);
        QCOMPARE(parsed->features.size(), 2);
        QCOMPARE(parsed->features.at(0).id, QStringLiteral("a"));
        QCOMPARE(parsed->features.at(1).id, QStringLiteral("7"));
        QCOMPARE(parsed->quarantined.size(), 1);
        QCOMPARE(parsed->quarantined.first().featureId, QStringLiteral("bad-1"));
        QVERIFY2(parsed->quarantined.first().reason.contains(reason),
            qPrintable(parsed->quarantined.first().reason));
        QVERIFY(parsed->quarantined.first().raw.size() <= QuarantinedItem::kMaxRawBytes + 3);
        QCOMPARE(parsed->next.toString(),
            QStringLiteral("http://127.0.0.1:8080/collections/cam_cameras/items?offset=3"));
    }

    // A page that is broken outside its features (cut off, or its links unreadable) is
    // refused whole: nothing on it can be trusted to be complete.
    void aBrokenEnvelopeIsStillRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[{"
                                                 "\"type\":\"Feature\",\"id\":\"a\",\"ge");
        QTest::newRow("bad number in numberMatched")
            << QByteArray(R"({"type":"FeatureCollection","numberMatched":1e999,"features":[]})");
        QTest::newRow("not an object") << QByteArray(R"([{"type":"Feature"}, 1e400])");
        QTest::newRow("features not an array")
            << QByteArray(R"({"type":"FeatureCollection","features":{"a":1e400}})");
    }

    void aBrokenEnvelopeIsStillRefused()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!parseItemsPage(body, QStringLiteral("x"), kRequest, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
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
        // updated_at is kept normalised (UTC, "Z"): the cursor compares it as text.
        QCOMPARE(feature.updatedAt, QStringLiteral("2026-11-26T00:00:00.500Z"));
        QCOMPARE(properties.value(QStringLiteral("updated_at")).toString(),
            QStringLiteral("2026-11-26T00:00:00.500Z"));
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
