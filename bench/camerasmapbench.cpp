// ioc-cameras-map-bench — the cameras dock's map at full scale: 20,000 cameras and
// 100,000 detections of the day in a real mirror, figures computed by the cameras
// provider (as the dock does on a worker), layers indexed and drawn as the dock draws them
// (cameras clustered, detections in four age layers), at 1920×1080.
//
//   ioc-cameras-map-bench [--cameras N] [--events N] [--runs N] [--png FILE]
//
// Prints, median / p95 in ms: provider compute, layer index build, first frame (basemap +
// layers), the UI thread's frame during a 50 px pan (cached images moved, as MapWidget
// does) and the pool thread's re-render after it; and peak RSS.

#include "cameras/camerasdashboard.h"
#include "core/featurestore.h"
#include "core/localcache.h"
#include "map/basemapdata.h"
#include "map/dashboardpoints.h"
#include "map/framerenderer.h"
#include "map/mapviewport.h"
#include "map/mercator.h"
#include "map/overlays.h"
#include "map/pointlayer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>

using namespace ioc;

namespace {

struct Stats
{
    double median = 0, p95 = 0;
};

Stats stats(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return {};
    auto at = [&](double q) {
        return v.at(std::min<int>(int(v.size()) - 1, int(std::ceil(q * v.size())) - 1));
    };
    return { at(0.5), at(0.95) };
}

template<typename F> QVector<double> timeRuns(int runs, F &&f)
{
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    return ms;
}

double peakRssMb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

core::Feature point(const QString &collection, const QString &id, double lon, double lat,
    const QJsonObject &properties)
{
    core::Feature f;
    f.collection = collection;
    f.id = id;
    f.geometryJson = QStringLiteral(R"({"type":"Point","coordinates":[%1,%2]})")
                         .arg(lon, 0, 'f', 6)
                         .arg(lat, 0, 'f', 6)
                         .toUtf8();
    f.bounds = core::GeoBounds { lon, lat, lon, lat };
    f.propertiesJson = QJsonDocument(properties).toJson(QJsonDocument::Compact);
    f.searchText = core::searchTextOf(id, properties);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("IOC Desktop cameras map benchmark"));
    cli.addHelpOption();
    QCommandLineOption camerasOpt(QStringLiteral("cameras"), QStringLiteral("Cameras (20000)."),
        QStringLiteral("n"), QStringLiteral("20000"));
    QCommandLineOption eventsOpt(QStringLiteral("events"),
        QStringLiteral("Detections of the day (100000)."), QStringLiteral("n"),
        QStringLiteral("100000"));
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per figure (20)."),
        QStringLiteral("n"), QStringLiteral("20"));
    QCommandLineOption pngOpt(QStringLiteral("png"),
        QStringLiteral("Write the first frame to FILE."), QStringLiteral("file"));
    cli.addOptions({ camerasOpt, eventsOpt, runsOpt, pngOpt });
    cli.process(app);
    const int cameraCount = cli.value(camerasOpt).toInt();
    const int eventCount = cli.value(eventsOpt).toInt();
    const int runs = std::max(3, cli.value(runsOpt).toInt());

    const auto basemap = map::BasemapData::shared();
    QTemporaryDir dir;
    core::LocalCache cache(dir.path());
    if (cache.open()
        || cache.applyModuleMigrations(
            QStringLiteral("cameras"), cameras::camerasCacheMigrations())) {
        std::fprintf(stderr, "cannot open the cache in %s\n", qPrintable(dir.path()));
        return 1;
    }

    // Cameras clustered around the settlements (towns have most), a few along the roads.
    QElapsedTimer fill;
    fill.start();
    QRandomGenerator rng(7);
    const QGeoRectangle box = basemap->provinceBounds();
    const QDate day(2026, 11, 26);
    const QTimeZone province(7 * 3600);
    const QDateTime dayStart(day, QTime(0, 0), province);
    QVector<QPair<double, double>> places;
    QList<core::Feature> batch;
    const QStringList statuses { QStringLiteral("online"), QStringLiteral("online"),
        QStringLiteral("online"), QStringLiteral("online"), QStringLiteral("online"),
        QStringLiteral("online"), QStringLiteral("online"), QStringLiteral("online"),
        QStringLiteral("degraded"), QStringLiteral("offline") };
    for (int i = 0; i < cameraCount; ++i) {
        double lon = 0, lat = 0;
        if (i % 5 && !basemap->settlementLabels.isEmpty()) {
            const auto &s = basemap->settlementLabels.at(
                int(rng.bounded(int(basemap->settlementLabels.size()))));
            const QGeoCoordinate c = map::mercator::unproject(s.world);
            const double u1 = std::max(1e-12, rng.generateDouble()), u2 = rng.generateDouble();
            const double r = std::sqrt(-2 * std::log(u1)) * 0.004;
            lon = c.longitude() + r * std::cos(2 * M_PI * u2);
            lat = c.latitude() + r * std::sin(2 * M_PI * u2);
        } else {
            lon = box.topLeft().longitude() + rng.generateDouble() * box.width();
            lat = box.bottomRight().latitude() + rng.generateDouble() * box.height();
        }
        places.append({ lon, lat });
        const QString &status = statuses[int(rng.bounded(int(statuses.size())))];
        batch.append(point(QStringLiteral("cam_cameras"), QStringLiteral("cam-%1").arg(i), lon, lat,
            { { QStringLiteral("name"), QStringLiteral("Camera %1").arg(i) },
                { QStringLiteral("kind"), QStringLiteral("traffic") },
                { QStringLiteral("status"), status },
                { QStringLiteral("last_heartbeat"),
                    dayStart.addSecs(rng.bounded(86400)).toUTC().toString(Qt::ISODate) },
                { QStringLiteral("unit_code"), QStringLiteral("18028") },
                { QStringLiteral("snapshot_url"),
                    QStringLiteral("/snapshots/cam-%1.jpg").arg(i) } }));
        if (batch.size() == 1000) {
            cache.features().upsert(batch);
            batch.clear();
        }
    }
    const QStringList kinds { QStringLiteral("traffic"), QStringLiteral("traffic"),
        QStringLiteral("crowd"), QStringLiteral("fire_smoke"), QStringLiteral("flooding") };
    for (int i = 0; i < eventCount; ++i) {
        const int cam = int(rng.bounded(cameraCount));
        batch.append(point(QStringLiteral("cam_events"), QStringLiteral("ev-%1").arg(i),
            places[cam].first, places[cam].second,
            { { QStringLiteral("name"), QStringLiteral("Phát hiện") },
                { QStringLiteral("camera_id"), QStringLiteral("cam-%1").arg(cam) },
                { QStringLiteral("kind"), kinds[int(rng.bounded(int(kinds.size())))] },
                { QStringLiteral("subkind"), QStringLiteral("red_light") },
                { QStringLiteral("confidence"), 0.8 },
                { QStringLiteral("detected_at"),
                    dayStart.addSecs(rng.bounded(86400)).toUTC().toString(Qt::ISODate) },
                { QStringLiteral("unit_code"), QStringLiteral("18028") } }));
        if (batch.size() == 1000) {
            cache.features().upsert(batch);
            batch.clear();
        }
    }
    cache.features().upsert(batch);
    std::printf("ioc-cameras-map-bench: %d cameras, %d detections of %s, 1920x1080, %d runs, "
                "Qt %s\n",
        cameraCount, eventCount, qPrintable(day.toString(Qt::ISODate)), runs, qVersion());
    std::printf("mirror filled in %.1f s\n\n", double(fill.elapsed()) / 1000.0);

    // The provider, as the dock runs it on a worker (its own connection).
    cameras::CamerasDashboard provider;
    core::DashboardQuery query;
    query.time.granularity = core::Granularity::Day;
    query.time.anchor = day;
    query.today = day;
    core::DashboardData data;
    const Stats compute = stats(timeRuns(std::max(3, runs / 4), [&](int) {
        core::SqliteFile mirror(cache.mirror().path(), QStringLiteral("bench"));
        data = provider.compute(mirror, query);
    }));

    // Layers as ModuleDock builds them.
    QVector<std::shared_ptr<const map::PointLayerData>> layers;
    int points = 0;
    const Stats index = stats(timeRuns(std::max(3, runs / 4), [&](int) {
        layers.clear();
        points = 0;
        for (const core::DashboardLayer &layer : std::as_const(data.layers)) {
            const QVector<map::MapPoint> pts = map::mapPoints(layer);
            map::PointLayerOptions options;
            options.styleColours = layer.colours;
            options.radiusPx = layer.radiusPx;
            options.zOrder = layer.zOrder;
            options.clustered = layer.clustered;
            points += int(pts.size());
            layers.append(map::PointLayerData::build(layer.id, pts, options));
        }
        std::sort(layers.begin(), layers.end(),
            [](const auto &a, const auto &b) { return a->options().zOrder < b->options().zOrder; });
    }));

    const QSize frame(1920, 1080);
    const int margin = std::max(128, std::max(frame.width(), frame.height()) / 4);
    map::MapViewport view;
    view.setSize(frame);
    view.fitBounds(basemap->provinceBounds(), 24);
    map::FrameSources src;
    src.basemap = basemap;
    src.pointLayers = layers;
    QImage lastFirst;
    const Stats first = stats(timeRuns(runs, [&](int) {
        QImage img = map::renderBaseImage(src, view, 1.0);
        const QImage features = map::renderFeatureImage(src, view, 1.0);
        QPainter p(&img);
        p.drawImage(0, 0, features);
        lastFirst = img;
    }));
    map::MapViewport cacheView = view;
    cacheView.setSize(frame + QSize(2 * margin, 2 * margin));
    const QImage cachedBase = map::renderBaseImage(src, cacheView, 1.0);
    const QImage cachedFeatures = map::renderFeatureImage(src, cacheView, 1.0);
    QImage target(frame, QImage::Format_RGB32);
    const map::MapStyle style = map::MapStyle::light();
    const Stats pan = stats(timeRuns(runs, [&](int i) {
        const QPointF offset(-margin + ((i % 2) ? 50 : -50), -margin);
        QPainter p(&target);
        p.fillRect(target.rect(), style.sea);
        p.drawImage(offset, cachedBase);
        p.drawImage(offset, cachedFeatures);
        map::MapViewport v = view;
        v.panBy(QPointF((i % 2) ? 50 : -50, 0));
        map::drawScaleBar(p, v, style, QPointF(10, frame.height() - 30));
        map::drawAttribution(p, QRectF(QPointF(0, 0), QSizeF(frame)), style);
    }));
    const Stats settle = stats(timeRuns(runs, [&](int i) {
        map::MapViewport v = cacheView;
        v.panBy(QPointF((i % 2) ? 50 : -50, 0));
        map::renderBaseImage(src, v, 1.0);
        map::renderFeatureImage(src, v, 1.0);
    }));
    // Zoomed to the city (zoom 14): clusters break up, the detections draw singly.
    map::MapViewport city = view;
    city.setCenter(QGeoCoordinate(18.34, 105.905));
    city.setZoom(14);
    const Stats cityFirst = stats(timeRuns(runs, [&](int) {
        QImage img = map::renderBaseImage(src, city, 1.0);
        const QImage features = map::renderFeatureImage(src, city, 1.0);
        QPainter p(&img);
        p.drawImage(0, 0, features);
    }));

    std::printf("%-34s %9s %9s\n", "figure (ms)", "median", "p95");
    std::printf("%-34s %9.1f %9.1f\n", "provider compute (worker)", compute.median, compute.p95);
    std::printf("%-34s %9.1f %9.1f   (%d points in %d layers)\n", "layer index build (worker)",
        index.median, index.p95, points, int(layers.size()));
    std::printf("%-34s %9.1f %9.1f\n", "first frame, province", first.median, first.p95);
    std::printf("%-34s %9.2f %9.2f\n", "50 px pan frame (UI thread)", pan.median, pan.p95);
    std::printf("%-34s %9.1f %9.1f\n", "re-render after pan (pool)", settle.median, settle.p95);
    std::printf(
        "%-34s %9.1f %9.1f\n", "first frame, city at zoom 14", cityFirst.median, cityFirst.p95);
    std::printf("\npeak RSS: %.0f MB\n", peakRssMb());
    if (cli.isSet(pngOpt))
        lastFirst.save(cli.value(pngOpt));
    return 0;
}
