// ioc-map-shots — screenshots of the map widget for checking by eye: whole province and
// commune zoom, light and dark style, with a sample point layer and two alerts.
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" ioc-map-shots [OUTDIR] [--dpr 2]
//
// The widget is shown and grabbed (QWidget::grab), so the PNGs are what a user sees,
// furniture included.

#include "map/basemapdata.h"
#include "map/mapwidget.h"
#include "map/mercator.h"
#include "map/saveareadialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <cstdio>

using namespace ioc::map;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const QString outDir = args.size() > 1 && !args.at(1).startsWith(QLatin1String("--"))
        ? args.at(1)
        : QStringLiteral("/tmp/map-shots");
    QDir().mkpath(outDir);

    // A few hundred "cameras" around the settlements, like a module would show.
    const auto basemap = BasemapData::shared();
    QRandomGenerator rng(7);
    QVector<MapPoint> cams;
    const QStringList status { QStringLiteral("online"), QStringLiteral("online"),
        QStringLiteral("online"), QStringLiteral("offline"), QStringLiteral("fault") };
    for (int i = 0; i < 600 && !basemap->settlementLabels.isEmpty(); ++i) {
        const auto &s
            = basemap->settlementLabels.at(int(rng.bounded(basemap->settlementLabels.size())));
        const QGeoCoordinate c = mercator::unproject(s.world);
        cams.append(MapPoint(QString::number(i),
            c.longitude() + (rng.generateDouble() - 0.5) * 0.02,
            c.latitude() + (rng.generateDouble() - 0.5) * 0.02, status.at(int(rng.bounded(5)))));
    }
    PointLayerOptions opt;
    opt.styleColours = { { QStringLiteral("online"), QColor(0x2e, 0x9d, 0x4f) },
        { QStringLiteral("offline"), QColor(0x88, 0x88, 0x88) },
        { QStringLiteral("fault"), QColor(0xd7, 0x26, 0x1e) } };

    struct Shot
    {
        const char *name;
        MapStyle::Kind kind;
        bool commune;
    };
    const Shot shots[] = { { "province-light", MapStyle::Kind::Light, false },
        { "province-dark", MapStyle::Kind::Dark, false },
        { "commune-light", MapStyle::Kind::Light, true },
        { "commune-dark", MapStyle::Kind::Dark, true } };
    for (const Shot &s : shots) {
        MapWidget w;
        w.setAsyncRendering(false);
        w.resize(1600, 1000);
        w.setStyleKind(s.kind);
        w.setPointLayer(QStringLiteral("cameras"), cams, opt);
        w.setAlerts({ { QStringLiteral("a1"), QGeoCoordinate(18.343, 105.905),
                          AlertSeverity::Critical, {} },
            { QStringLiteral("a2"), QGeoCoordinate(18.05, 106.3), AlertSeverity::Major, {} } });
        w.show();
        if (s.commune)
            w.setView(QGeoCoordinate(18.345, 105.895), 13.6); // Hà Tĩnh city, ward/commune level
        else
            w.zoomToProvince();
        QTest::qWait(300);
        const QString path
            = QDir(outDir).filePath(QString::fromLatin1(s.name) + QStringLiteral(".png"));
        w.grab().save(path);
        std::printf("%s (zoom %.2f)\n", qPrintable(path), w.zoom());
    }
    {
        // The "save this area for offline use" dialog, as it opens (no network needed).
        MapWidget w;
        w.resize(1200, 800);
        w.setTileCacheDir(QDir(outDir).filePath(QStringLiteral("tile-cache")));
        w.setTileUrlTemplate(QStringLiteral("https://tiles.example.vn/{z}/{x}/{y}.png"));
        w.setView(QGeoCoordinate(18.34, 105.90), 11.3);
        SaveAreaDialog d(&w);
        d.show();
        QTest::qWait(100);
        const QString path = QDir(outDir).filePath(QStringLiteral("save-area-dialog.png"));
        d.grab().save(path);
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
