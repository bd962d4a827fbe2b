// The deployer's mapping file (docs/mapping.md): what version 2 can say, and that every
// mistake is an error naming the file, the key and where it is.

#include "sync/mappingfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc::sync;

namespace {

const QStringList kOurs = { QStringLiteral("cam_cameras"), QStringLiteral("health_facilities"),
    QStringLiteral("admin_units"), QStringLiteral("se_indicators") };

} // namespace

class TestMappingFile : public QObject
{
    Q_OBJECT

private slots:
    void versionTwoSaysWhatRealDataNeeds()
    {
        QString error;
        const auto file = parseMappingFile(R"({
            "schemaVersion": 2,
            "timeZone": "Asia/Ho_Chi_Minh",
            "pageLimit": 1000,
            "collections": {
                "cam_cameras": {
                    "id": "camera",
                    "properties": {
                        "status": {"from": "trang_thai",
                                   "values": {"maintenance": "degraded", "fault": "offline"}},
                        "unit_code": "ma_xa",
                        "commune_code": "ma_xa",
                        "kind": {"constant": "traffic"}
                    },
                    "temporalProperty": "ngay_cap_nhat",
                    "mode": "incremental",
                    "pageLimit": 200,
                    "interval": 30
                },
                "admin_units": {"id": "dvhc", "interval": "never",
                                "properties": {"level": {"constant": "district"}}},
                "se_indicators": {"enabled": false},
                "health_facilities": {"properties": {"kind": {"from": "loai",
                    "values": {"health_station": "commune_health_station"}}},
                    "timeZone": "UTC", "mode": "reconcile"}
            }
        })",
            QStringLiteral("m.json"), kOurs, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->version, 2);
        QCOMPARE(file->timeZone, QStringLiteral("Asia/Ho_Chi_Minh"));
        QCOMPARE(*file->pageLimit, 1000);
        const CollectionMapping cameras = file->collections.value(QStringLiteral("cam_cameras"));
        QCOMPARE(cameras.remoteId, QStringLiteral("camera"));
        QCOMPARE(cameras.mode, CollectionMapping::Mode::Incremental);
        QCOMPARE(cameras.temporalProperty, QStringLiteral("ngay_cap_nhat"));
        QCOMPARE(*cameras.pageLimit, 200);
        QCOMPARE(cameras.interval->count(), 30);
        QCOMPARE(cameras.properties.size(), 4);
        int fromMaXa = 0;
        for (const PropertyMapping &p : cameras.properties) {
            if (p.from == QLatin1String("ma_xa"))
                ++fromMaXa;
            if (p.ours == QLatin1String("status")) {
                QCOMPARE(
                    p.values.value(QStringLiteral("fault")).toString(), QStringLiteral("offline"));
            }
            if (p.ours == QLatin1String("kind")) {
                QVERIFY(p.from.isEmpty());
                QCOMPARE(p.constant->toString(), QStringLiteral("traffic"));
            }
        }
        QCOMPARE(fromMaXa, 2); // one server property feeding two of ours
        QCOMPARE(file->collections.value(QStringLiteral("admin_units")).interval->count(), 0);
        QVERIFY(!file->collections.value(QStringLiteral("se_indicators")).enabled);
        QCOMPARE(file->collections.value(QStringLiteral("health_facilities")).mode,
            CollectionMapping::Mode::Reconcile);
    }

    void settingsUseTheFile()
    {
        SyncSettings settings;
        settings.mappings.insert(QStringLiteral("cam_cameras"), {});
        settings.mappings[QStringLiteral("cam_cameras")].interval = std::chrono::seconds(0);
        settings.mappings[QStringLiteral("cam_cameras")].pageLimit = 77;
        settings.mappings[QStringLiteral("cam_cameras")].enabled = false;
        QCOMPARE(settings.intervalFor(QStringLiteral("cam_cameras")).count(), 0);
        QCOMPARE(settings.pageLimitFor(QStringLiteral("cam_cameras")), 77);
        QCOMPARE(settings.pageLimitFor(QStringLiteral("edu_schools")), settings.pageLimit);
        QVERIFY(!settings.isEnabled(QStringLiteral("cam_cameras")));
        QVERIFY(settings.isEnabled(QStringLiteral("edu_schools")));
        QCOMPARE(settings.timeZoneFor(QStringLiteral("edu_schools")), QStringLiteral("UTC"));
    }

    void versionOneStillReads()
    {
        QString error;
        const auto file = parseMappingFile(
            R"({"collections":{"cam_cameras":{"id":"cameras","properties":{"trang_thai":"status"}}},
                "intervals":{"cam_cameras":30},"pageLimit":500})",
            QStringLiteral("m.json"), kOurs, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->version, 1);
        const auto properties = file->collections.value(QStringLiteral("cam_cameras")).properties;
        QCOMPARE(properties.first().from, QStringLiteral("trang_thai"));
        QCOMPARE(properties.first().ours, QStringLiteral("status"));
        QCOMPARE(file->intervals.value(QStringLiteral("cam_cameras")).count(), 30);
    }

    void mistakesAreErrorsThatSayWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("typo in a collection")
            << QByteArray(R"({"schemaVersion":2,"collections":{"cam_camera":{"id":"x"}}})")
            << QStringLiteral("collections.cam_camera: 'cam_camera' is none of our collections");
        QTest::newRow("typo in an entry key")
            << QByteArray(R"({"schemaVersion":2,"collections":{"cam_cameras":{"propertes":{}}}})")
            << QStringLiteral("collections.cam_cameras.propertes: unknown key");
        QTest::newRow("typo in a property spec") << QByteArray(
            R"({"schemaVersion":2,"collections":{"cam_cameras":{"properties":{"status":{"form":"x"}}}}})")
                                                 << QStringLiteral(
                                                        "collections.cam_cameras.properties.status."
                                                        "form: unknown key");
        QTest::newRow("v1 key in v2") << QByteArray(R"({"schemaVersion":2,"intervals":{}})")
                                      << QStringLiteral("intervals: unknown key");
        QTest::newRow("typo at the top")
            << QByteArray(R"({"colections":{}})") << QStringLiteral("colections: unknown key");
        QTest::newRow("v1 entry key typo")
            << QByteArray(R"({"collections":{"cam_cameras":{"id":"x","propertis":{}}}})")
            << QStringLiteral("collections.cam_cameras.propertis: unknown key");
        QTest::newRow("unknown version") << QByteArray(R"({"schemaVersion":3})")
                                         << QStringLiteral("schemaVersion: must be 1 or 2");
        QTest::newRow("from and constant") << QByteArray(
            R"({"schemaVersion":2,"collections":{"cam_cameras":{"properties":{"kind":{"from":"a","constant":"b"}}}}})")
                                           << QStringLiteral("collections.cam_cameras.properties."
                                                             "kind: needs exactly one");
        QTest::newRow("bad interval")
            << QByteArray(
                   R"({"schemaVersion":2,"collections":{"cam_cameras":{"interval":"sometimes"}}})")
            << QStringLiteral("collections.cam_cameras.interval: must be a number of seconds");
        QTest::newRow("bad mode") << QByteArray(
            R"({"schemaVersion":2,"collections":{"cam_cameras":{"mode":"fast"}}})")
                                  << QStringLiteral("collections.cam_cameras.mode: must be");
        QTest::newRow("incremental without its property")
            << QByteArray(
                   R"({"schemaVersion":2,"collections":{"cam_cameras":{"mode":"incremental"}}})")
            << QStringLiteral(
                   "collections.cam_cameras.mode: \"incremental\" needs \"temporalProperty\"");
        QTest::newRow("unknown zone")
            << QByteArray(R"({"schemaVersion":2,"timeZone":"Mars/Olympus"})")
            << QStringLiteral("timeZone: 'Mars/Olympus' is not a time zone");
        QTest::newRow("enabled as text")
            << QByteArray(R"({"schemaVersion":2,"collections":{"cam_cameras":{"enabled":"no"}}})")
            << QStringLiteral("collections.cam_cameras.enabled: must be true or false");
        QTest::newRow("page limit zero") << QByteArray(R"({"pageLimit":0})")
                                         << QStringLiteral("pageLimit: must be a whole number");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not a JSON object");
    }

    void mistakesAreErrorsThatSayWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QString error;
        QVERIFY(!parseMappingFile(text, QStringLiteral("/etc/ioc/mapping.json"), kOurs, &error));
        QVERIFY2(error.startsWith(QStringLiteral("/etc/ioc/mapping.json: ")), qPrintable(error));
        QVERIFY2(error.contains(where), qPrintable(error));
    }

    // A file that fails leaves the settings in force untouched.
    void aFailedLoadChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.json"));
        auto write = [&](const QByteArray &text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        };
        SyncSettings settings;
        write(R"({"schemaVersion":2,"pageLimit":300,"collections":{"cam_cameras":{"id":"cams"}}})");
        QString error;
        QVERIFY2(settings.loadMappingFile(path, &error, kOurs), qPrintable(error));
        QCOMPARE(settings.mappingVersion, 2);
        write(R"({"schemaVersion":2,"pageLimit":10,"collections":{"cam_cams":{}}})");
        QVERIFY(!settings.loadMappingFile(path, &error, kOurs));
        QCOMPARE(settings.pageLimit, 300);
        QCOMPARE(settings.remoteIdFor(QStringLiteral("cam_cameras")), QStringLiteral("cams"));
    }
};

QTEST_GUILESS_MAIN(TestMappingFile)
#include "tst_mappingfile.moc"
