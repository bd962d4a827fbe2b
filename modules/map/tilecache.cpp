#include "map/tilecache.h"

#include "core/sqlitedefence.h"
#include "map/maplog.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ioc::map {
namespace {

QAtomicInteger<quint64> g_serial;

QString nextConnectionName(const char *kind)
{
    return QStringLiteral("ioc_map_tilecache_%1_%2")
        .arg(QLatin1String(kind))
        .arg(g_serial.fetchAndAddRelaxed(1));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A reader's connection for the length of one call (see the class comment on threads).
class ReadConnection
{
public:
    explicit ReadConnection(const QString &path)
        : m_name(nextConnectionName("read"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        QString refused;
        m_ok = db.open() && core::openDefensively(db, &refused, core::SchemaTrust::Own);
    }
    ~ReadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace

TileCache::TileCache(const QString &filePath)
    : m_path(filePath)
    , m_writerName(nextConnectionName("write"))
{ }

TileCache::~TileCache()
{
    closeWriter();
}

void TileCache::closeWriter()
{
    m_open.storeRelease(0);
    if (QSqlDatabase::contains(m_writerName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_writerName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_writerName);
    }
}

QString TileCache::writerConnection() const
{
    return m_writerName;
}

bool TileCache::open(QString *error)
{
    auto fail = [&](const QString &msg) {
        qCWarning(lcMap).noquote() << msg;
        if (error)
            *error = msg;
        return false;
    };
    const QFileInfo fi(m_path);
    if (!QDir().mkpath(fi.absolutePath()))
        return fail(
            QStringLiteral("cannot create the tile cache directory %1").arg(fi.absolutePath()));
    QSqlDatabase db = QSqlDatabase::contains(m_writerName)
        ? QSqlDatabase::database(m_writerName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_writerName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.isOpen() && !db.open())
        return fail(
            QStringLiteral("cannot open the tile cache %1: %2").arg(m_path, db.lastError().text()));
    if (QString refused; !core::openDefensively(db, &refused, core::SchemaTrust::Own))
        return fail(
            QStringLiteral("cannot open the tile cache %1 safely: %2").arg(m_path, refused));
    QSqlQuery q(db);
    const char *schema[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "CREATE TABLE IF NOT EXISTS tiles (z INTEGER NOT NULL, x INTEGER NOT NULL, y INTEGER NOT "
        "NULL,"
        " data BLOB NOT NULL, etag TEXT, fetched_at INTEGER NOT NULL, last_used INTEGER NOT NULL,"
        " bytes INTEGER NOT NULL, PRIMARY KEY (z, x, y)) WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS tiles_last_used ON tiles (last_used)",
    };
    for (const char *sql : schema) {
        if (!q.exec(QString::fromLatin1(sql)))
            return fail(QStringLiteral("tile cache %1 is not usable: %2")
                            .arg(m_path, q.lastError().text()));
    }
    if (q.exec(QStringLiteral("SELECT COALESCE(SUM(bytes), 0), COUNT(*) FROM tiles")) && q.next()) {
        m_totalBytes.storeRelease(q.value(0).toLongLong());
        m_tileCount.storeRelease(q.value(1).toInt());
    }
    m_open.storeRelease(1);
    return true;
}

QHash<mercator::TileId, TileCache::Entry> TileCache::read(
    const QVector<mercator::TileId> &ids) const
{
    QHash<mercator::TileId, Entry> out;
    if (ids.isEmpty() || !QFileInfo::exists(m_path))
        return out;
    ReadConnection c(m_path);
    if (!c.ok())
        return out;
    {
        QSqlQuery q(c.db());
        if (!q.prepare(QStringLiteral(
                "SELECT data, etag, fetched_at FROM tiles WHERE z = ? AND x = ? AND y = ?")))
            return out; // schema not created yet
        for (const auto &t : ids) {
            q.addBindValue(t.z);
            q.addBindValue(t.x);
            q.addBindValue(t.y);
            if (q.exec() && q.next())
                out.insert(t,
                    Entry { q.value(0).toByteArray(), q.value(1).toByteArray(),
                        q.value(2).toLongLong() });
        }
    }
    return out;
}

bool TileCache::store(
    const mercator::TileId &t, const QByteArray &data, const QByteArray &etag, qint64 fetchedAtSecs)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_writerName, false);
    QSqlQuery q(db);
    qint64 oldBytes = -1;
    q.prepare(QStringLiteral("SELECT bytes FROM tiles WHERE z = ? AND x = ? AND y = ?"));
    q.addBindValue(t.z);
    q.addBindValue(t.x);
    q.addBindValue(t.y);
    if (q.exec() && q.next())
        oldBytes = q.value(0).toLongLong();
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO tiles (z, x, y, data, etag, fetched_at, last_used, bytes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.z);
    q.addBindValue(t.x);
    q.addBindValue(t.y);
    q.addBindValue(data);
    q.addBindValue(etag.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(etag)));
    q.addBindValue(fetchedAtSecs);
    q.addBindValue(nowMs());
    q.addBindValue(qint64(data.size()));
    if (!q.exec()) {
        qCWarning(lcMap).noquote() << "tile cache: cannot store a tile:" << q.lastError().text();
        return false;
    }
    if (oldBytes >= 0) {
        m_totalBytes.fetchAndAddOrdered(data.size() - oldBytes);
    } else {
        m_totalBytes.fetchAndAddOrdered(data.size());
        m_tileCount.fetchAndAddOrdered(1);
    }
    if (totalBytes() > maxBytes())
        evictToLimit();
    return true;
}

bool TileCache::markFresh(const mercator::TileId &t, qint64 fetchedAtSecs)
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_writerName, false));
    q.prepare(QStringLiteral(
        "UPDATE tiles SET fetched_at = ?, last_used = ? WHERE z = ? AND x = ? AND y = ?"));
    q.addBindValue(fetchedAtSecs);
    q.addBindValue(nowMs());
    q.addBindValue(t.z);
    q.addBindValue(t.x);
    q.addBindValue(t.y);
    return q.exec();
}

void TileCache::touch(const QVector<mercator::TileId> &ids)
{
    if (!isOpen() || ids.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_writerName, false);
    db.transaction();
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE tiles SET last_used = ? WHERE z = ? AND x = ? AND y = ?"));
        const qint64 now = nowMs();
        for (const auto &t : ids) {
            q.addBindValue(now);
            q.addBindValue(t.z);
            q.addBindValue(t.x);
            q.addBindValue(t.y);
            q.exec();
        }
    }
    db.commit();
}

bool TileCache::contains(const mercator::TileId &t, qint64 notBeforeSecs)
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_writerName, false));
    q.prepare(
        QStringLiteral("SELECT 1 FROM tiles WHERE z = ? AND x = ? AND y = ? AND fetched_at >= ?"));
    q.addBindValue(t.z);
    q.addBindValue(t.x);
    q.addBindValue(t.y);
    q.addBindValue(notBeforeSecs);
    return q.exec() && q.next();
}

int TileCache::evictToLimit()
{
    if (!isOpen())
        return 0;
    const qint64 target = maxBytes() * 9 / 10;
    QSqlDatabase db = QSqlDatabase::database(m_writerName, false);
    int dropped = 0;
    while (totalBytes() > target) {
        struct Victim
        {
            int z, x, y;
            qint64 bytes;
        };
        QVector<Victim> victims;
        {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral(
                    "SELECT z, x, y, bytes FROM tiles ORDER BY last_used LIMIT 256")))
                break;
            qint64 freed = 0;
            while (q.next() && totalBytes() - freed > target) {
                victims.append({ q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(),
                    q.value(3).toLongLong() });
                freed += victims.last().bytes;
            }
        }
        if (victims.isEmpty())
            break;
        db.transaction();
        {
            QSqlQuery del(db);
            del.prepare(QStringLiteral("DELETE FROM tiles WHERE z = ? AND x = ? AND y = ?"));
            for (const Victim &v : std::as_const(victims)) {
                del.addBindValue(v.z);
                del.addBindValue(v.x);
                del.addBindValue(v.y);
                if (del.exec()) {
                    m_totalBytes.fetchAndAddOrdered(-v.bytes);
                    m_tileCount.fetchAndAddOrdered(-1);
                    ++dropped;
                }
            }
        }
        db.commit();
    }
    if (dropped > 0)
        qCInfo(lcMap) << "tile cache: evicted" << dropped << "least recently used tiles, now"
                      << totalBytes() << "bytes";
    return dropped;
}

} // namespace ioc::map
