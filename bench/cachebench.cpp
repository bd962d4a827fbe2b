// Measures the mirror's write and query paths, to choose and check its indexes.
//
//  1. raw inserts of N point rows in three table layouts (no spatial index, the grid-cell
//     B-tree we use for points, an R*Tree row per feature), same prepared statement path;
//  2. FeatureStore::upsert end to end (hash, FTS, grid cell), batches of 1,000 per
//     transaction as sync will commit pages;
//  3. bounds queries on the filled store: a commune-sized and a district-sized box.
// Each figure is the median of --runs runs. Prints one line per figure.

#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/mirrorschema.h"
#include "core/sqlitefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ioc;

namespace {

// Ha Tinh's bounding box (shared/data/geo README).
constexpr double kMinLon = 105.1035, kMaxLon = 106.4964, kMinLat = 17.9117, kMaxLat = 18.7611;

struct Point
{
    double lon;
    double lat;
};

std::vector<Point> makePoints(int count)
{
    QRandomGenerator random(42);
    std::vector<Point> points(count);
    for (Point &p : points) {
        p.lon = kMinLon + random.generateDouble() * (kMaxLon - kMinLon);
        p.lat = kMinLat + random.generateDouble() * (kMaxLat - kMinLat);
    }
    return points;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

enum class Layout { NoIndex, GridBTree, RTree };

double rawInsertRate(const std::vector<Point> &points, Layout layout)
{
    QTemporaryDir dir;
    core::SqliteFile file(dir.filePath(QStringLiteral("raw.sqlite")), QStringLiteral("raw"));
    QSqlDatabase db = file.connection();
    QString error;
    core::execStatement(db,
        QStringLiteral("CREATE TABLE f (fid INTEGER PRIMARY KEY, collection TEXT, id TEXT, "
                       "min_lon REAL, min_lat REAL, cell INTEGER, properties TEXT, "
                       "UNIQUE (collection, id))"),
        &error);
    if (layout == Layout::GridBTree)
        core::execStatement(
            db, QStringLiteral("CREATE INDEX f_cell ON f (collection, cell)"), &error);
    if (layout == Layout::RTree)
        core::execStatement(
            db, QStringLiteral("CREATE VIRTUAL TABLE r USING rtree (fid, a, b, c, d)"), &error);

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO f (collection, id, min_lon, min_lat, cell, properties) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery rtree(db);
    rtree.prepare(QStringLiteral("INSERT INTO r VALUES (?, ?, ?, ?, ?)"));
    const QString collection = QStringLiteral("cam_cameras");
    const QString properties = QStringLiteral(R"({"status":"online","name":"Camera"})");

    QElapsedTimer timer;
    timer.start();
    db.transaction();
    for (size_t i = 0; i < points.size(); ++i) {
        const Point &p = points[i];
        insert.addBindValue(collection);
        insert.addBindValue(QString::number(i));
        insert.addBindValue(p.lon);
        insert.addBindValue(p.lat);
        insert.addBindValue(core::pointGridCell(p.lon, p.lat));
        insert.addBindValue(properties);
        insert.exec();
        if (layout == Layout::RTree) {
            rtree.addBindValue(insert.lastInsertId());
            rtree.addBindValue(p.lon);
            rtree.addBindValue(p.lon);
            rtree.addBindValue(p.lat);
            rtree.addBindValue(p.lat);
            rtree.exec();
        }
    }
    db.commit();
    return points.size() / (timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"),
        QStringLiteral("features per run"), QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs per figure"),
        QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({ countOption, runsOption });
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const std::vector<Point> points = makePoints(count);
    print(QStringLiteral("ioc-cache-bench: %1 point features, median of %2 runs")
              .arg(count)
              .arg(runs));

    const std::pair<Layout, const char *> layouts[] = {
        { Layout::NoIndex, "raw insert, no spatial index" },
        { Layout::GridBTree, "raw insert, grid-cell B-tree (our point index)" },
        { Layout::RTree, "raw insert, R*Tree row per feature" },
    };
    for (const auto &[layout, label] : layouts) {
        std::vector<double> rates;
        rates.reserve(size_t(runs));
        for (int r = 0; r < runs; ++r)
            rates.push_back(rawInsertRate(points, layout));
        print(QStringLiteral("%1: %2 rows/s")
                  .arg(QLatin1String(label))
                  .arg(median(rates), 0, 'f', 0));
    }

    // End to end through FeatureStore, as sync will write pages.
    std::vector<double> upsertRates;
    std::vector<double> communeMs;
    std::vector<double> districtMs;
    qsizetype communeHits = 0;
    qsizetype districtHits = 0;
    for (int r = 0; r < runs; ++r) {
        QTemporaryDir dir;
        core::LocalCache cache(dir.path());
        if (cache.open()) {
            print(QStringLiteral("cannot open cache"));
            return 1;
        }
        QList<core::Feature> batch;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            const Point &p = points[i];
            core::Feature feature;
            feature.collection = QStringLiteral("cam_cameras");
            feature.id = QStringLiteral("cam-%1").arg(i);
            feature.geometryJson = QStringLiteral(R"({"type":"Point","coordinates":[%1,%2]})")
                                       .arg(p.lon, 0, 'f', 6)
                                       .arg(p.lat, 0, 'f', 6)
                                       .toUtf8();
            feature.bounds = core::GeoBounds { p.lon, p.lat, p.lon, p.lat };
            feature.propertiesJson = R"({"status":"online","name":"Camera Thạch Hà"})";
            feature.searchText = feature.id + QStringLiteral(" Camera Thạch Hà");
            batch.append(std::move(feature));
            if (batch.size() == 1000 || i == count - 1) {
                if (const core::CacheError error = cache.features().upsert(batch)) {
                    print(error.message);
                    return 1;
                }
                batch.clear();
            }
        }
        upsertRates.push_back(count / (timer.nsecsElapsed() / 1e9));

        // Queries: the median of 21 boxes at spread-out places.
        std::vector<double> commune;
        std::vector<double> district;
        for (int q = 0; q < 21; ++q) {
            const double lon = 105.3 + 0.05 * q;
            const double lat = 18.1 + 0.02 * q;
            QElapsedTimer t;
            t.start();
            communeHits = cache.features()
                              .inBounds({ QStringLiteral("cam_cameras") },
                                  { lon, lat, lon + 0.05, lat + 0.05 })
                              .size();
            commune.push_back(t.nsecsElapsed() / 1e6);
            t.restart();
            districtHits = cache.features()
                               .inBounds({ QStringLiteral("cam_cameras") },
                                   { lon, lat, lon + 0.3, lat + 0.3 })
                               .size();
            district.push_back(t.nsecsElapsed() / 1e6);
        }
        communeMs.push_back(median(commune));
        districtMs.push_back(median(district));
    }
    print(QStringLiteral("FeatureStore::upsert end to end (hash, grid cell, FTS; 1,000 per "
                         "transaction): %1 features/s")
              .arg(median(upsertRates), 0, 'f', 0));
    print(QStringLiteral("inBounds commune-sized box (0.05 deg, ~%1 hits): %2 ms")
              .arg(communeHits)
              .arg(median(communeMs), 0, 'f', 2));
    print(QStringLiteral("inBounds district-sized box (0.3 deg, ~%1 hits): %2 ms")
              .arg(districtHits)
              .arg(median(districtMs), 0, 'f', 2));
    return 0;
}
