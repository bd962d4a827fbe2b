#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/projection.h"
#include "testfeatures.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

namespace {

QStringList idsOf(const QList<core::FeatureRow> &rows)
{
    QStringList ids;
    for (const auto &row : rows)
        ids.append(row.id);
    ids.sort();
    return ids;
}

} // namespace

class TestFeatureStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::LocalCache> m_cache;
    core::FeatureStore &store() { return m_cache->features(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_cache = std::make_unique<core::LocalCache>(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(!m_cache->open());
    }

    void cleanup()
    {
        m_cache.reset();
        QDir(m_dir.filePath(QStringLiteral("data"))).removeRecursively();
    }

    void roundTripKeepsEveryField()
    {
        const QJsonObject props { { QStringLiteral("name"),
                                      QStringLiteral("Bệnh viện Đa khoa tỉnh") },
            { QStringLiteral("beds"), 500 },
            { QStringLiteral("updated_at"), QStringLiteral("2026-11-20T07:45:00Z") } };
        core::UpsertStats stats;
        QVERIFY(!store().upsert({ pointFeature(QStringLiteral("health_facilities"),
                                    QStringLiteral("hf-1"), 105.9, 18.34, props) },
            &stats));
        QCOMPARE(stats.inserted, 1);

        const auto row
            = store().feature(QStringLiteral("health_facilities"), QStringLiteral("hf-1"));
        QVERIFY(row.has_value());
        const QJsonObject back = QJsonDocument::fromJson(row->propertiesJson).object();
        QCOMPARE(back, props);
        QCOMPARE(row->updatedAt, QStringLiteral("2026-11-20T07:45:00Z"));
        const QJsonObject geometry = QJsonDocument::fromJson(row->geometryJson).object();
        QCOMPARE(geometry.value(QStringLiteral("type")).toString(), QStringLiteral("Point"));
        QCOMPARE(geometry.value(QStringLiteral("coordinates")).toArray().at(0).toDouble(), 105.9);
    }

    void featuresWithoutGeometryAreNormal()
    {
        QVERIFY(!store().upsert({ attributeFeature(QStringLiteral("ps_dossiers"),
            QStringLiteral("d-1"), { { QStringLiteral("status"), QStringLiteral("late") } }) }));
        const auto row = store().feature(QStringLiteral("ps_dossiers"), QStringLiteral("d-1"));
        QVERIFY(row.has_value());
        QVERIFY(row->geometryJson.isEmpty());
    }

    void unchangedFeaturesAreNotRewritten()
    {
        const auto feature = pointFeature(QStringLiteral("cam_cameras"), QStringLiteral("c1"),
            105.9, 18.3, { { QStringLiteral("status"), QStringLiteral("online") } });
        QVERIFY(!store().upsert({ feature }));
        core::UpsertStats stats;
        QVERIFY(!store().upsert({ feature }, &stats));
        QCOMPARE(stats.unchanged, 1);
        QCOMPARE(stats.updated, 0);

        auto moved = pointFeature(QStringLiteral("cam_cameras"), QStringLiteral("c1"), 106.0, 18.2,
            { { QStringLiteral("status"), QStringLiteral("offline") } });
        QVERIFY(!store().upsert({ moved }, &stats));
        QCOMPARE(stats.updated, 1);
        QCOMPARE(store().count({ QStringLiteral("cam_cameras") }), 1);
        // The old position must no longer be found, the new one must.
        QVERIFY(store()
                    .inBounds({ QStringLiteral("cam_cameras") }, { 105.85, 18.25, 105.95, 18.35 })
                    .isEmpty());
        QCOMPARE(idsOf(store().inBounds(
                     { QStringLiteral("cam_cameras") }, { 105.95, 18.15, 106.05, 18.25 })),
            QStringList { QStringLiteral("c1") });
    }

    void boundsQueryFindsPointsAndShapes()
    {
        const QString schools = QStringLiteral("edu_schools");
        QList<core::Feature> features = {
            pointFeature(schools, QStringLiteral("inside-a"), 105.90, 18.34),
            pointFeature(schools, QStringLiteral("inside-b"), 105.999, 18.399),
            pointFeature(schools, QStringLiteral("west"), 105.42, 18.50),
            pointFeature(schools, QStringLiteral("north"), 105.95, 18.70),
            // A district-sized shape overlapping the query box from outside it.
            boxFeature(schools, QStringLiteral("overlapping-box"), 105.5, 18.0, 105.86, 18.31),
            boxFeature(schools, QStringLiteral("far-box"), 106.2, 18.0, 106.4, 18.1),
        };
        // Another collection at the same place must not leak in.
        features.append(
            pointFeature(QStringLiteral("cam_cameras"), QStringLiteral("cam"), 105.9, 18.34));
        QVERIFY(!store().upsert(features));

        const core::GeoBounds area { 105.85, 18.30, 106.0, 18.40 };
        QCOMPARE(idsOf(store().inBounds({ schools }, area)),
            (QStringList { QStringLiteral("inside-a"), QStringLiteral("inside-b"),
                QStringLiteral("overlapping-box") }));
    }

    void searchIgnoresDiacritics_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain ascii")
            << QStringLiteral("ha tinh") << QStringList { QStringLiteral("s1") };
        QTest::newRow("exact") << QStringLiteral("Hà Tĩnh") << QStringList { QStringLiteral("s1") };
        QTest::newRow("d for đ") << QStringLiteral("duc tho")
                                 << QStringList { QStringLiteral("s2") };
        QTest::newRow("upper Đ typed")
            << QStringLiteral("ĐỨC") << QStringList { QStringLiteral("s2") };
        QTest::newRow("prefix") << QStringLiteral("ky t") << QStringList { QStringLiteral("s3") };
        QTest::newRow("no match") << QStringLiteral("vinh") << QStringList {};
        QTest::newRow("shared word")
            << QStringLiteral("truong")
            << QStringList { QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3") };
    }

    void searchIgnoresDiacritics()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const QString schools = QStringLiteral("edu_schools");
        QVERIFY(!store().upsert({
            pointFeature(schools, QStringLiteral("s1"), 105.9, 18.34,
                { { QStringLiteral("name"), QStringLiteral("Trường THPT Thành phố Hà Tĩnh") } }),
            pointFeature(schools, QStringLiteral("s2"), 105.6, 18.53,
                { { QStringLiteral("name"), QStringLiteral("Trường Tiểu học Đức Thọ") } }),
            pointFeature(schools, QStringLiteral("s3"), 106.2, 18.1,
                { { QStringLiteral("name"), QStringLiteral("Trường Mầm non Kỳ Tân") } }),
        }));
        QCOMPARE(idsOf(store().search(query, { schools })), expected);
    }

    void removeDropsFromEveryIndex()
    {
        const QString c = QStringLiteral("tour_attractions");
        QVERIFY(
            !store().upsert({ pointFeature(c, QStringLiteral("a1"), 106.0, 18.25,
                                  { { QStringLiteral("name"), QStringLiteral("Biển Thiên Cầm") } }),
                boxFeature(c, QStringLiteral("a2"), 105.7, 18.6, 105.8, 18.7,
                    { { QStringLiteral("name"), QStringLiteral("Biển Xuân Thành") } }) }));
        int removed = 0;
        QVERIFY(!store().remove(c,
            { QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("missing") }, &removed));
        QCOMPARE(removed, 2);
        QCOMPARE(store().count({ c }), 0);
        QVERIFY(store().search(QStringLiteral("bien"), { c }).isEmpty());
        QVERIFY(store().inBounds({ c }, { 105, 18, 107, 19 }).isEmpty());
    }

    // A bulk first sync leaves search and projection rows for the end, then builds them:
    // before completion neither finds the features, after it both do, exactly as if they
    // had been written row by row.
    // derived_fill is read from a file that may come from anywhere: an entry is run only
    // when it has exactly the form projectionStatements() writes, rebuilt from its names.
    void onlyProjectionFillsAreRun_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("accepted");
        const QString c = QStringLiteral("tour_attractions");
        core::Projection names { QStringLiteral("attraction_names"), c,
            { { QStringLiteral("name"), QStringLiteral("$.name") },
                { QStringLiteral("kind"), QStringLiteral("$.kind") } },
            {} };
        QString fill;
        for (const QString &statement : core::projectionStatements(names)) {
            if (statement.startsWith(QLatin1String("INSERT OR REPLACE INTO attraction_names")))
                fill = statement;
        }
        QTest::newRow("ours") << fill << true;
        QTest::newRow("another collection")
            << QString(fill).replace(QLatin1String("'tour_attractions'"), QLatin1String("'x'"))
            << false;
        QTest::newRow("into a core table") << QString(fill).replace(
            QLatin1String("INTO attraction_names"), QLatin1String("INTO sync_state"))
                                           << false;
        QTest::newRow("a second statement")
            << fill + QStringLiteral("; DELETE FROM features") << false;
        QTest::newRow("a function")
            << QString(fill).replace(QLatin1String("json_extract(properties, '$.kind')"),
                   QLatin1String("load_extension('x')"))
            << false;
        QTest::newRow("plain SQL") << QStringLiteral("DELETE FROM features") << false;
    }

    void onlyProjectionFillsAreRun()
    {
        QFETCH(QString, stored);
        QFETCH(bool, accepted);
        const auto rebuilt = core::rebuiltFillStatement(stored, QStringLiteral("tour_attractions"));
        QCOMPARE(rebuilt.has_value(), accepted);
        if (accepted)
            QCOMPARE(*rebuilt, stored);
    }

    void bulkLoadDefersSearchAndProjections()
    {
        const QString c = QStringLiteral("tour_attractions");
        core::Projection names { QStringLiteral("attraction_names"), c,
            { { QStringLiteral("name"), QStringLiteral("$.name") } }, {} };
        QVERIFY(!m_cache->applyModuleMigrations(QStringLiteral("test"),
            { core::Migration::fromStatements(
                1, QStringLiteral("names"), core::projectionStatements(names)) }));
        auto projected = [this] {
            QSqlQuery query(m_cache->mirror().connection());
            query.exec(QStringLiteral("SELECT name FROM attraction_names ORDER BY name"));
            QStringList values;
            while (query.next())
                values.append(query.value(0).toString());
            return values;
        };

        QVERIFY(!store().beginBulkLoad(c));
        QVERIFY(store().isBulkLoading(c));
        QVERIFY(!store().upsert({ pointFeature(c, QStringLiteral("a1"), 106.0, 18.25,
            { { QStringLiteral("name"), QStringLiteral("Biển Thiên Cầm") } }) }));
        // The same feature again, changed, within the load (a page overlap).
        QVERIFY(!store().upsert(
            { pointFeature(c, QStringLiteral("a1"), 106.0, 18.25,
                  { { QStringLiteral("name"), QStringLiteral("Chùa Hương Tích") } }),
                pointFeature(c, QStringLiteral("a2"), 105.7, 18.6,
                    { { QStringLiteral("name"), QStringLiteral("Biển Xuân Thành") } }) }));
        // A feature removed during the load takes its waiting search text with it.
        QVERIFY(!store().upsert({ pointFeature(c, QStringLiteral("gone"), 105.8, 18.5,
            { { QStringLiteral("name"), QStringLiteral("Biển Cửa Sót") } }) }));
        QVERIFY(!store().remove(c, { QStringLiteral("gone") }));
        QCOMPARE(store().count({ c }), 2);
        QVERIFY(store().search(QStringLiteral("bien"), { c }).isEmpty());
        QVERIFY(projected().isEmpty());
        {
            QSqlQuery waiting(m_cache->mirror().connection());
            QVERIFY(waiting.exec(QStringLiteral("SELECT count(*) FROM search_backlog")));
            QVERIFY(waiting.next());
            QCOMPARE(waiting.value(0).toInt(), 2);
        }

        QSqlDatabase db = m_cache->mirror().connection();
        QVERIFY(db.transaction());
        QVERIFY(!store().completeBulkLoad(db, c));
        QVERIFY(db.commit());
        QVERIFY(!store().isBulkLoading(c));
        QCOMPARE(idsOf(store().search(QStringLiteral("bien"), { c })),
            QStringList { QStringLiteral("a2") });
        QCOMPARE(idsOf(store().search(QStringLiteral("huong tich"), { c })),
            QStringList { QStringLiteral("a1") });
        QVERIFY(store().search(QStringLiteral("thien cam"), { c }).isEmpty());
        QCOMPARE(projected(),
            (QStringList { QStringLiteral("Biển Xuân Thành"), QStringLiteral("Chùa Hương Tích") }));
        QSqlQuery backlog(db);
        QVERIFY(backlog.exec(QStringLiteral("SELECT count(*) FROM search_backlog")));
        QVERIFY(backlog.next());
        QCOMPARE(backlog.value(0).toInt(), 0);

        // From now on rows are kept up row by row again.
        QVERIFY(!store().upsert({ pointFeature(c, QStringLiteral("a3"), 105.9, 18.3,
            { { QStringLiteral("name"), QStringLiteral("Ngã ba Đồng Lộc") } }) }));
        QCOMPARE(idsOf(store().search(QStringLiteral("dong loc"), { c })),
            QStringList { QStringLiteral("a3") });
        QCOMPARE(projected().size(), 3);
    }

    // Row-by-row upkeep is kept for a collection that already has features: a bulk load
    // would hide them from search and the dashboards until it completed.
    void bulkLoadOnlyStartsEmpty()
    {
        const QString c = QStringLiteral("tour_attractions");
        QVERIFY(!store().upsert({ pointFeature(c, QStringLiteral("a1"), 106.0, 18.25,
            { { QStringLiteral("name"), QStringLiteral("Biển Thiên Cầm") } }) }));
        QVERIFY(!store().beginBulkLoad(c));
        QVERIFY(!store().isBulkLoading(c));
        QVERIFY(!store().isBulkLoading(QStringLiteral("edu_schools")));
    }

    // An update that leaves the search text alone keeps the search row; one that changes
    // it replaces the row (the old words no longer find the feature).
    void updatesKeepSearchInStep()
    {
        const QString c = QStringLiteral("health_facilities");
        auto facility = [&](const QString &name, int beds) {
            return pointFeature(c, QStringLiteral("hf-1"), 105.9, 18.34,
                { { QStringLiteral("name"), name }, { QStringLiteral("beds"), beds } });
        };
        // FTS5 writes every change as new segment data: unchanged data, untouched row.
        auto ftsData = [this] {
            QSqlQuery query(m_cache->mirror().connection());
            query.exec(QStringLiteral("SELECT count(*), max(id) FROM features_fts_data"));
            query.next();
            return qMakePair(query.value(0).toLongLong(), query.value(1).toLongLong());
        };
        QVERIFY(!store().upsert({ facility(QStringLiteral("Bệnh viện Đa khoa tỉnh"), 500) }));
        const auto before = ftsData();
        core::UpsertStats stats;
        QVERIFY(
            !store().upsert({ facility(QStringLiteral("Bệnh viện Đa khoa tỉnh"), 520) }, &stats));
        QCOMPARE(ftsData(), before);
        QCOMPARE(stats.updated, 1);
        QCOMPARE(stats.changedIds, QStringList { QStringLiteral("hf-1") });
        QCOMPARE(idsOf(store().search(QStringLiteral("da khoa"), { c })),
            QStringList { QStringLiteral("hf-1") });
        QVERIFY(!store().upsert({ facility(QStringLiteral("Bệnh viện Hương Khê"), 520) }));
        QVERIFY(ftsData() != before);
        QVERIFY(store().search(QStringLiteral("da khoa"), { c }).isEmpty());
        QCOMPARE(idsOf(store().search(QStringLiteral("huong khe"), { c })),
            QStringList { QStringLiteral("hf-1") });
        QSqlQuery rows(m_cache->mirror().connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT count(*) FROM features_fts")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);
    }

    void lastSyncIsRecorded()
    {
        QVERIFY(!store().lastSuccessfulSync({ QStringLiteral("cam_cameras") }).has_value());
        const QDateTime when = QDateTime(QDate(2026, 11, 26), QTime(7, 45), Qt::UTC);
        QVERIFY(!store().markSynced(QStringLiteral("cam_cameras"), when));
        QCOMPARE(store().lastSuccessfulSync(
                     { QStringLiteral("cam_cameras"), QStringLiteral("cam_events") }),
            std::optional<QDateTime>(when));
    }

    void geoJsonParsingRejectsBadFeatures()
    {
        QString error;
        const auto parse = [&](const char *json) {
            error.clear();
            return core::Feature::fromGeoJson(
                QStringLiteral("c"), QJsonDocument::fromJson(json).object(), &error);
        };
        QVERIFY(
            parse(R"({"type":"Feature","id":"a","geometry":null,"properties":{}})").has_value());
        QVERIFY(!parse(R"({"type":"Feature","geometry":null,"properties":{}})"));
        QVERIFY(error.contains(QStringLiteral("no id")));
        QVERIFY(!parse(
            R"({"type":"Feature","id":"b","geometry":{"type":"Point","coordinates":[200,18]}})"));
        QVERIFY(error.contains(QStringLiteral("out of range")));
        QVERIFY(!parse(
            R"({"type":"Feature","id":"c","geometry":{"type":"Point","coordinates":["x","y"]}})"));
        const auto polygon = parse(
            R"({"type":"Feature","id":7,"geometry":{"type":"Polygon","coordinates":[[[105,18],[106,18],[106,19],[105,18]]]},"properties":{"name":"Vùng"}})");
        QVERIFY(polygon.has_value());
        QCOMPARE(polygon->id, QStringLiteral("7"));
        QCOMPARE(polygon->bounds->maxLat, 19.0);
        QVERIFY(polygon->searchText.contains(QStringLiteral("Vùng")));
    }
};

QTEST_GUILESS_MAIN(TestFeatureStore)
#include "tst_featurestore.moc"
