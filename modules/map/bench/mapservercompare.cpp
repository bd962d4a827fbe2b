#include "mapservercompare.h"

#include "map/mercator.h"

#include <QBuffer>
#include <QDataStream>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace ioc::map::bench {
namespace {

constexpr int kStatusWidth = 8; // dbf character field width

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Shapefile headers mix byte orders: file code and lengths big-endian, the rest little.
void writeShpHeader(QDataStream &s, qint32 lengthWords, const QRectF &box)
{
    s.setByteOrder(QDataStream::BigEndian);
    s << qint32(9994) << qint32(0) << qint32(0) << qint32(0) << qint32(0) << qint32(0)
      << lengthWords;
    s.setByteOrder(QDataStream::LittleEndian);
    s << qint32(1000) << qint32(1); // version, shape type Point
    s << box.left() << box.top() << box.right() << box.bottom() << 0.0 << 0.0 << 0.0 << 0.0;
}

QPointF toMetres(const QPointF &world)
{
    const double c = 2 * mercator::kHalfCircumference;
    return QPointF((world.x() - 0.5) * c, (0.5 - world.y()) * c);
}

} // namespace

bool writePointShapefile(const QString &basePath, const QVector<MapPoint> &points, QString *error)
{
    QFile shp(basePath + QStringLiteral(".shp")), shx(basePath + QStringLiteral(".shx")),
        dbf(basePath + QStringLiteral(".dbf"));
    if (!shp.open(QIODevice::WriteOnly) || !shx.open(QIODevice::WriteOnly)
        || !dbf.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1.*").arg(basePath);
        return false;
    }
    double minX = 180, minY = 90, maxX = -180, maxY = -90;
    for (const MapPoint &p : points) {
        minX = std::min(minX, p.lon);
        maxX = std::max(maxX, p.lon);
        minY = std::min(minY, p.lat);
        maxY = std::max(maxY, p.lat);
    }
    const QRectF box(QPointF(minX, minY), QPointF(maxX, maxY)); // top() = min y here
    const qint32 n = qint32(points.size());
    const qint32 recordWords = 4 + 10; // 16-bit words: record header (8 bytes) + type, x, y (20)
    QDataStream s(&shp), x(&shx), d(&dbf);
    s.setFloatingPointPrecision(QDataStream::DoublePrecision);
    x.setFloatingPointPrecision(QDataStream::DoublePrecision);
    writeShpHeader(s, 50 + n * recordWords, box);
    writeShpHeader(x, 50 + n * 4, box);
    for (qint32 i = 0; i < n; ++i) {
        s.setByteOrder(QDataStream::BigEndian);
        s << qint32(i + 1) << qint32(10);
        s.setByteOrder(QDataStream::LittleEndian);
        s << qint32(1) << points.at(i).lon << points.at(i).lat;
        x.setByteOrder(QDataStream::BigEndian);
        x << qint32(50 + i * recordWords) << qint32(10);
    }

    // dBASE III: header, one field descriptor, terminator, fixed-width records.
    d.setByteOrder(QDataStream::LittleEndian);
    const QDate today = QDate::currentDate();
    d << quint8(0x03) << quint8(today.year() - 1900) << quint8(today.month())
      << quint8(today.day());
    d << quint32(n) << quint16(32 + 32 + 1) << quint16(1 + kStatusWidth);
    d.writeRawData(QByteArray(20, '\0').constData(), 20);
    QByteArray field("status");
    field.resize(11, '\0');
    d.writeRawData(field.constData(), 11);
    d << quint8('C') << quint32(0) << quint8(kStatusWidth) << quint8(0);
    d.writeRawData(QByteArray(14, '\0').constData(), 14);
    d << quint8(0x0D);
    for (const MapPoint &p : points) {
        QByteArray rec = " " + p.styleKey.toLatin1().left(kStatusWidth);
        rec.resize(1 + kStatusWidth, ' ');
        d.writeRawData(rec.constData(), rec.size());
    }
    d << quint8(0x1A);
    if (s.status() != QDataStream::Ok || x.status() != QDataStream::Ok
        || d.status() != QDataStream::Ok) {
        *error = QStringLiteral("write error in %1.*").arg(basePath);
        return false;
    }
    return true;
}

QString writeMapfile(const QString &dir, const QString &geoDir, const QString &pointsShp,
    const MapViewport &view, bool withLayers)
{
    const QRectF wb = view.worldBounds();
    const QPointF tl = toMetres(wb.topLeft()), br = toMetres(wb.bottomRight());
    const QString path = QDir(dir).filePath(
        withLayers ? QStringLiteral("bench.map") : QStringLiteral("empty.map"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QTextStream t(&f);
    const auto ogrLayer
        = [&](const char *name, const char *type, const QString &file, const QString &style) {
              t << "  LAYER NAME \"" << name << "\" TYPE " << type << " STATUS ON\n"
                << "    CONNECTIONTYPE OGR CONNECTION \"" << QDir(geoDir).filePath(file) << "\"\n"
                << "    PROJECTION \"init=epsg:4326\" END\n"
                << "    CLASS STYLE " << style << " END END\n  END\n";
          };
    t << "MAP\n  NAME \"ioc_bench\"\n  SIZE " << view.size().width() << ' ' << view.size().height()
      << "\n"
      << QStringLiteral("  EXTENT %1 %2 %3 %4\n")
             .arg(tl.x(), 0, 'f', 2)
             .arg(br.y(), 0, 'f', 2)
             .arg(br.x(), 0, 'f', 2)
             .arg(tl.y(), 0, 'f', 2)
      << "  UNITS METERS\n  IMAGECOLOR 168 205 230\n"
      << "  PROJECTION \"init=epsg:3857\" END\n"
      << "  OUTPUTFORMAT NAME \"png\" DRIVER AGG/PNG MIMETYPE \"image/png\" IMAGEMODE RGB "
         "EXTENSION \"png\" END\n"
      << "  SYMBOL NAME \"dot\" TYPE ELLIPSE FILLED TRUE POINTS 1 1 END END\n";
    if (!withLayers) {
        t << "END\n";
        return path;
    }
    ogrLayer("land", "POLYGON", QStringLiteral("land_gshhg_f.geojson"),
        QStringLiteral("COLOR 233 229 220"));
    ogrLayer("province", "POLYGON", QStringLiteral("hatinh_province.geojson"),
        QStringLiteral("COLOR 251 248 239"));
    ogrLayer("districts", "POLYGON", QStringLiteral("hatinh_districts.geojson"),
        QStringLiteral("OUTLINECOLOR 160 140 180 WIDTH 1"));
    ogrLayer("rivers", "LINE", QStringLiteral("rivers_gshhg_wdb2.geojson"),
        QStringLiteral("COLOR 111 168 220 WIDTH 1"));
    ogrLayer("coast", "LINE", QStringLiteral("coastline_gshhg_f.geojson"),
        QStringLiteral("COLOR 95 148 189 WIDTH 1"));
    // The points: 10 px dots with an outline, coloured by status as in our layer.
    t << "  LAYER NAME \"points\" TYPE POINT STATUS ON DATA \"" << pointsShp << "\"\n"
      << "    PROJECTION \"init=epsg:4326\" END\n    CLASSITEM \"status\"\n";
    const std::pair<const char *, const char *> classes[]
        = { { "online", "46 157 79" }, { "offline", "136 136 136" }, { "fault", "215 38 30" } };
    for (const auto &[status, colour] : classes)
        t << "    CLASS EXPRESSION \"" << status << "\" STYLE SYMBOL \"dot\" SIZE 10 COLOR "
          << colour << " OUTLINECOLOR 255 255 255 WIDTH 1 END END\n";
    t << "  END\nEND\n";
    return path;
}

bool runMapServerComparison(const QString &workDir, const QString &geoDir,
    const QVector<MapPoint> &points, const FrameSources &ours, const MapViewport &view, int runs)
{
    const QString map2img = QStandardPaths::findExecutable(QStringLiteral("map2img"));
    if (map2img.isEmpty()) {
        std::printf(
            "\nMapServer comparison skipped: map2img not found (apt-get install mapserver-bin)\n");
        return false;
    }
    QDir().mkpath(workDir);
    QString err;
    const QString shpBase = QDir(workDir).filePath(QStringLiteral("points"));
    if (!writePointShapefile(shpBase, points, &err)) {
        std::printf("\nMapServer comparison skipped: %s\n", qPrintable(err));
        return false;
    }
    const QString mapfile
        = writeMapfile(workDir, geoDir, shpBase + QStringLiteral(".shp"), view, true);
    const QString emptyMapfile = writeMapfile(workDir, geoDir, {}, view, false);
    const QString out = QDir(workDir).filePath(QStringLiteral("map2img.png"));
    const QStringList args { QStringLiteral("-m"), mapfile, QStringLiteral("-o"), out };
    const QStringList emptyArgs { QStringLiteral("-m"), emptyMapfile, QStringLiteral("-o"),
        QDir(workDir).filePath(QStringLiteral("empty.png")) };

    const auto timeMap2img = [&](const QStringList &a, QVector<double> *ms) {
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            QProcess p;
            p.start(map2img, a);
            if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit
                || p.exitCode() != 0) {
                std::printf("\nMapServer comparison failed: map2img %s: %s\n",
                    qPrintable(a.join(QLatin1Char(' '))),
                    (p.readAllStandardError() + p.readAllStandardOutput()).constData());
                return false;
            }
            ms->append(t.nsecsElapsed() / 1e6);
        }
        return true;
    };
    QVector<double> theirs, startup;
    if (!timeMap2img(args, &theirs) || !timeMap2img(emptyArgs, &startup))
        return false;
    const QImage check(out);
    if (check.isNull() || check.size() != view.size()) {
        std::printf("\nMapServer comparison failed: map2img wrote no %dx%d PNG\n",
            view.size().width(), view.size().height());
        return false;
    }

    // Ours: the same frame (basemap + the points unclustered) rendered and encoded to PNG.
    QVector<double> mine, renderOnly;
    QByteArray png;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        QImage labels;
        QImage img = renderBaseImage(ours, view, 1.0, &labels);
        {
            const QImage f = renderFeatureImage(ours, view, 1.0);
            QPainter p(&img);
            p.drawImage(0, 0, f);
            p.drawImage(0, 0, labels);
        }
        renderOnly.append(t.nsecsElapsed() / 1e6);
        png.clear();
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "PNG");
        mine.append(t.nsecsElapsed() / 1e6);
    }
    QFile ourPng(QDir(workDir).filePath(QStringLiteral("ioc.png")));
    if (ourPng.open(QIODevice::WriteOnly))
        ourPng.write(png);

    const double a = median(theirs), b = median(mine);
    std::printf(
        "\nMapServer comparison, %lld points unclustered, %dx%d PNG, %d runs each (medians):\n",
        qlonglong(points.size()), view.size().width(), view.size().height(), runs);
    std::printf("  map2img %s\n", qPrintable(args.join(QLatin1Char(' '))));
    std::printf("  map2img (process incl. start-up and reading the files): %8.1f ms\n", a);
    std::printf(
        "    of which start-up (same map, no layers):              %8.1f ms\n", median(startup));
    std::printf("  ioc render + PNG encode (in process, data loaded):      %8.1f ms\n", b);
    std::printf(
        "    of which the render alone:                            %8.1f ms\n", median(renderOnly));
    std::printf("  ratio map2img / ioc: %.2f\n", b > 0 ? a / b : 0.0);
    std::printf("  images: %s and %s\n", qPrintable(out), qPrintable(ourPng.fileName()));
    return true;
}

} // namespace ioc::map::bench
