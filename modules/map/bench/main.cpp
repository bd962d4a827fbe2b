// ioc-map-bench — renders 1920×1080 frames of the offline basemap with 10k / 100k / 1M
// points (clustered and unclustered) and prints median / p95 frame times and peak RSS.
//
//   ioc-map-bench [--runs N] [--sizes 10000,100000,1000000] [--png DIR]
//                 [--mapserver-runs N] [--mapserver-dir DIR] [--no-mapserver]
//
// Three figures per case:
//   first  – a full render of basemap + points at the widget size (first frame, export).
//   pan    – what the UI thread paints per frame while panning by 50 px: the cached
//            basemap and feature images blitted at an offset plus the map furniture.
//   settle – the background re-render of both cached images (widget + margin) after
//            the pan, which runs on a pool thread (QtConcurrent) in the widget.

#include "map/basemapdata.h"
#include "map/framerenderer.h"
#include "map/mapviewport.h"
#include "map/mapwidget.h"
#include "map/mercator.h"
#include "map/overlays.h"
#include "map/pointlayer.h"
#include "mapservercompare.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace ioc::map;

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
    const auto at = [&](double q) {
        return v.at(std::min<int>(v.size() - 1, int(std::ceil(q * v.size())) - 1));
    };
    return { at(0.5), at(0.95) };
}

double peakRssMb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0; // Linux: kilobytes
}

double currentRssMb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toDouble() * 4096 / (1024.0 * 1024.0) : 0;
}

// Points spread like real assets: most in towns (Gaussian knots around settlements),
// the rest uniformly over the province's bounding box.
QVector<MapPoint> makePoints(int n, const BasemapData &d)
{
    QRandomGenerator rng(42);
    QVector<MapPoint> pts;
    pts.reserve(n);
    const QGeoRectangle b = d.provinceBounds();
    const QStringList styles { QStringLiteral("online"), QStringLiteral("offline"),
        QStringLiteral("fault") };
    for (int i = 0; i < n; ++i) {
        double lon, lat;
        if (i % 3 && !d.settlementLabels.isEmpty()) {
            const auto &s = d.settlementLabels.at(int(rng.bounded(d.settlementLabels.size())));
            const QGeoCoordinate c = mercator::unproject(s.world);
            // Box–Muller, sigma ~ 600 m.
            const double u1 = std::max(1e-12, rng.generateDouble()), u2 = rng.generateDouble();
            const double r = std::sqrt(-2 * std::log(u1)) * 0.0055;
            lon = c.longitude() + r * std::cos(2 * M_PI * u2);
            lat = c.latitude() + r * std::sin(2 * M_PI * u2);
        } else {
            lon = b.topLeft().longitude() + rng.generateDouble() * b.width();
            lat = b.bottomRight().latitude() + rng.generateDouble() * b.height();
        }
        pts.append(MapPoint(QString::number(i), lon, lat, styles.at(int(rng.bounded(3)))));
    }
    return pts;
}

template<typename F> QVector<double> timeRuns(int runs, F &&f)
{
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        ms.append(t.nsecsElapsed() / 1e6);
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("IOC Desktop map engine benchmark"));
    cli.addHelpOption();
    QCommandLineOption runsOpt(QStringLiteral("runs"),
        QStringLiteral("Frames per figure (default 30)."), QStringLiteral("n"),
        QStringLiteral("30"));
    QCommandLineOption sizesOpt(QStringLiteral("sizes"),
        QStringLiteral("Point counts (default 10000,100000,1000000)."), QStringLiteral("list"),
        QStringLiteral("10000,100000,1000000"));
    QCommandLineOption pngOpt(QStringLiteral("png"),
        QStringLiteral("Write one frame per case to DIR."), QStringLiteral("dir"));
    QCommandLineOption msRunsOpt(QStringLiteral("mapserver-runs"),
        QStringLiteral("Runs of the map2img comparison (default 10)."), QStringLiteral("n"),
        QStringLiteral("10"));
    QCommandLineOption msDirOpt(QStringLiteral("mapserver-dir"),
        QStringLiteral("Where the mapfile, shapefile and PNGs go."), QStringLiteral("dir"),
        QDir::temp().filePath(QStringLiteral("ioc-map-bench-mapserver")));
    QCommandLineOption noMsOpt(
        QStringLiteral("no-mapserver"), QStringLiteral("Skip the MapServer map2img comparison."));
    cli.addOptions({ runsOpt, sizesOpt, pngOpt, msRunsOpt, msDirOpt, noMsOpt });
    cli.process(app);
    const int runs = std::max(3, cli.value(runsOpt).toInt());

    const QSize frame(1920, 1080);
    const int margin = std::max(128, std::max(frame.width(), frame.height()) / 4); // as MapWidget
    QElapsedTimer load;
    load.start();
    const auto basemap = BasemapData::shared();
    std::printf("ioc-map-bench: %dx%d, dpr 1, %d runs per figure, Qt %s\n", frame.width(),
        frame.height(), runs, qVersion());
    std::printf(
        "basemap load: %.1f ms (%s)\n\n", load.nsecsElapsed() / 1e6, qPrintable(basemap->geoDir));

    MapViewport view;
    view.setSize(frame);
    view.fitBounds(basemap->provinceBounds(), 24);
    std::printf("view: whole province, zoom %.2f\n\n", view.zoom());
    std::printf("%-9s %-11s %8s | %-17s | %-17s | %-17s | %8s\n", "points", "mode", "index ms",
        "first med / p95", "pan50 med / p95", "settle med / p95", "RSS MB");

    FrameSources base;
    base.basemap = basemap;
    {
        // Basemap alone, for reference.
        const auto first = stats(timeRuns(runs, [&](int) { renderBaseImage(base, view, 1.0); }));
        std::printf("%-9s %-11s %8s | %7.1f / %7.1f | %17s | %17s | %8.0f\n", "0", "basemap", "-",
            first.median, first.p95, "-", "-", peakRssMb());
    }

    for (const QString &sz : cli.value(sizesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = sz.toInt();
        const QVector<MapPoint> pts = makePoints(n, *basemap);
        for (bool clustered : { true, false }) {
            PointLayerOptions opt;
            opt.clustered = clustered;
            opt.styleColours = { { QStringLiteral("online"), QColor(0x2e, 0x9d, 0x4f) },
                { QStringLiteral("offline"), QColor(0x88, 0x88, 0x88) },
                { QStringLiteral("fault"), QColor(0xd7, 0x26, 0x1e) } };
            QElapsedTimer t;
            t.start();
            const auto layer = PointLayerData::build(QStringLiteral("bench"), pts, opt);
            const double indexMs = t.nsecsElapsed() / 1e6;
            FrameSources src = base;
            src.pointLayers = { layer };
            const int frameRuns = n >= 1000000 && !clustered ? std::max(3, runs / 3) : runs;

            // First frame: everything from scratch at the widget size.
            QImage lastFirst;
            const Stats first = stats(timeRuns(frameRuns, [&](int) {
                QImage labels;
                QImage img = renderBaseImage(src, view, 1.0, &labels);
                const QImage f = renderFeatureImage(src, view, 1.0);
                QPainter p(&img);
                p.drawImage(0, 0, f);
                p.drawImage(0, 0, labels);
                lastFirst = img;
            }));

            // Cached images as the widget holds them (widget + margin on each side).
            MapViewport cacheView = view;
            cacheView.setSize(frame + QSize(2 * margin, 2 * margin));
            QImage cachedLabels; // basemap labels drawn over the features, as the widget does
            const QImage cachedBase = renderBaseImage(src, cacheView, 1.0, &cachedLabels);
            const QImage cachedFeatures = renderFeatureImage(src, cacheView, 1.0);
            QImage target(frame, QImage::Format_RGB32);
            const MapStyle style = MapStyle::light();
            const Stats pan = stats(timeRuns(runs, [&](int i) {
                // Alternate ±50 px so the cached images always cover the frame.
                const QPointF offset(-margin + ((i % 2) ? 50 : -50), -margin);
                QPainter p(&target);
                p.fillRect(target.rect(), style.sea);
                p.drawImage(offset, cachedBase);
                p.drawImage(offset, cachedFeatures);
                p.drawImage(offset, cachedLabels);
                MapViewport v = view;
                v.panBy(QPointF((i % 2) ? 50 : -50, 0));
                drawScaleBar(p, v, style, QPointF(10, frame.height() - 30));
                drawAttribution(p, QRectF(QPointF(0, 0), QSizeF(frame)), style);
            }));

            // Settle: re-render of both cached images after a 50 px pan (pool thread).
            const Stats settle = stats(timeRuns(frameRuns, [&](int i) {
                MapViewport v = cacheView;
                v.panBy(QPointF((i % 2) ? 50 : -50, 0));
                QImage labels;
                renderBaseImage(src, v, 1.0, &labels);
                renderFeatureImage(src, v, 1.0);
            }));

            std::printf(
                "%-9d %-11s %8.1f | %7.1f / %7.1f | %7.2f / %7.2f | %7.1f / %7.1f | %8.0f\n", n,
                clustered ? "clustered" : "unclustered", indexMs, first.median, first.p95,
                pan.median, pan.p95, settle.median, settle.p95, peakRssMb());
            std::fflush(stdout);
            if (cli.isSet(pngOpt)) {
                QDir().mkpath(cli.value(pngOpt));
                lastFirst.save(QDir(cli.value(pngOpt))
                                   .filePath(QStringLiteral("bench_%1_%2.png")
                                                 .arg(n)
                                                 .arg(clustered ? QStringLiteral("clustered")
                                                                : QStringLiteral("unclustered"))));
            }
        }
    }
    {
        // Seven docks at once, each with its own view of the same 100k-point layer: the
        // basemap is shared, so the cost per extra map is its cached images.
        QVector<MapWidget *> docks;
        const auto pts = makePoints(100000, *basemap);
        const auto shared = PointLayerData::build(QStringLiteral("cams"), pts, {});
        const double before = currentRssMb();
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 7; ++i) {
            auto *w = new MapWidget;
            w->setAsyncRendering(false);
            w->resize(640, 420);
            w->setPointLayerData(shared);
            w->setView(QGeoCoordinate(18.0 + 0.1 * i, 105.4 + 0.15 * i), 9.5 + 0.4 * i);
            w->show();
            docks.append(w);
        }
        for (MapWidget *w : std::as_const(docks))
            w->grab();
        // The RSS delta only means something when little was freed before (run with
        // --sizes 1000): otherwise the docks reuse heap the big cases gave back.
        std::printf(
            "\n7 docks (640x420, 100k shared points): first paint of all %.0f ms, RSS +%.0f MB"
            " (meaningful with --sizes 1000)\n",
            t.nsecsElapsed() / 1e6, currentRssMb() - before);
        qDeleteAll(docks);
    }
    if (!cli.isSet(noMsOpt)) {
        // The same 100,000 points, unclustered (MapServer does not cluster on its own), over
        // the same view; its basemap is land, province, districts, rivers and coast, ours
        // also draws settlements and labels.
        const auto pts = makePoints(100000, *basemap);
        PointLayerOptions opt;
        opt.clustered = false;
        opt.radiusPx = 5;
        opt.styleColours = { { QStringLiteral("online"), QColor(0x2e, 0x9d, 0x4f) },
            { QStringLiteral("offline"), QColor(0x88, 0x88, 0x88) },
            { QStringLiteral("fault"), QColor(0xd7, 0x26, 0x1e) } };
        FrameSources src = base;
        src.pointLayers = { PointLayerData::build(QStringLiteral("bench"), pts, opt) };
        bench::runMapServerComparison(cli.value(msDirOpt), basemap->geoDir, pts, src, view,
            std::max(3, cli.value(msRunsOpt).toInt()));
    }
    std::printf("\npeak RSS: %.0f MB\n", peakRssMb());
    return 0;
}
