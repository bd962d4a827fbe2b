// Fuzz target: an MBTiles file from elsewhere (a province's offline basemap) through
// MbTilesReader: open (header, schema, metadata, zoom range) and tile reads (the blob
// decoded as an image, converted and cached). The first byte picks what the rest is:
//   even: the whole file, as bytes (a damaged or hostile SQLite file);
//   odd:  a well-formed MBTiles built here whose metadata minzoom/maxzoom (bytes 1, 2),
//         format (byte 3) and single tile's blob (the rest) come from the input, so the
//         fuzzer spends its time in the decode path rather than in SQLite's header checks.

#include "fuzztargets.h"
#include "map/mbtilesreader.h"

#include <QFile>
#include <QGuiApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

namespace ioc::fuzz {
namespace {

// One directory per process, on tmpfs when there is one: an input is a file write.
const QString &scratchPath()
{
    static QTemporaryDir dir(QFile::exists(QStringLiteral("/dev/shm"))
            ? QStringLiteral("/dev/shm/ioc-fuzz-mbtiles-XXXXXX")
            : QString());
    static const QString path = dir.filePath(QStringLiteral("tiles.mbtiles"));
    return path;
}

bool writeRaw(const QString &path, QByteArrayView data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(data.data(), data.size()) == data.size();
}

bool writeMbTiles(const QString &path, QByteArrayView data)
{
    QFile::remove(path);
    const QString name = QStringLiteral("ioc_fuzz_writer");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            const char format = data.size() > 3 ? data[3] : 0;
            const QVariant minZoom
                = data.size() > 1 ? QString::number(int(quint8(data[1])) - 8) : QVariant();
            const QVariant maxZoom
                = data.size() > 2 ? QString::number(int(quint8(data[2])) - 8) : QVariant();
            ok = q.exec(QStringLiteral("CREATE TABLE metadata (name text, value text)"))
                && q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level integer, tile_column "
                                         "integer, tile_row integer, tile_data blob)"))
                && q.prepare(QStringLiteral(
                    "INSERT INTO metadata VALUES ('minzoom', ?), ('maxzoom', ?), ('format', ?)"));
            if (ok) {
                q.addBindValue(minZoom);
                q.addBindValue(maxZoom);
                q.addBindValue(format & 1 ? QStringLiteral("jpg") : QStringLiteral("png"));
                ok = q.exec() && q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
            }
            if (ok) {
                // Zoom 9, x 406, TMS row 282 (XYZ y 229): Hà Tĩnh, as the real files hold.
                q.addBindValue(9);
                q.addBindValue(406);
                q.addBindValue(282);
                q.addBindValue(data.size() > 4 ? data.sliced(4).toByteArray() : QByteArray());
                ok = q.exec();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

Outcome fuzzMbTiles(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, static_cast<qsizetype>(size));
    const QString &path = scratchPath();
    const bool built = !input.isEmpty() && (input[0] & 1);
    if (!(built ? writeMbTiles(path, input)
                : writeRaw(path, input.isEmpty() ? input : input.sliced(1))))
        return { false, QStringLiteral("the fuzz input could not be written") };
    map::MbTilesReader reader(path, 1);
    Outcome outcome;
    outcome.accepted = reader.open();
    if (!outcome.accepted) {
        outcome.error = reader.errorString();
        return outcome;
    }
    (void)reader.metadata();
    // The tile the built file holds, one beside it (absent), and one per zoom level the
    // file claims, through both the single and the batch read.
    QString error;
    const QImage image = reader.tile({ 406, 229, 9 }, &error);
    if (image.isNull())
        outcome.error = error;
    QVector<map::mercator::TileId> ids = { { 406, 229, 9 }, { 407, 229, 9 } };
    for (int z = reader.minZoom(); z <= reader.maxZoom() && ids.size() < 8; ++z)
        ids.append({ 0, 0, z });
    (void)reader.tiles(ids);
    return outcome;
}

} // namespace ioc::fuzz

IOC_FUZZ_ENTRY_POINT(QGuiApplication, ioc::fuzz::fuzzMbTiles)
