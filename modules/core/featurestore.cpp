#include "core/featurestore.h"

#include "core/mirrorschema.h"
#include "core/sqlitefile.h"
#include "core/textfold.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace ioc::core {

namespace {

const QString kRowColumns = QStringLiteral(
    "f.fid, f.collection, f.id, f.geometry, f.properties, f.updated_at");

FeatureRow rowFrom(const QSqlQuery &query)
{
    FeatureRow row;
    row.fid = query.value(0).toLongLong();
    row.collection = query.value(1).toString();
    row.id = query.value(2).toString();
    row.geometryJson = query.value(3).toByteArray();
    row.propertiesJson = query.value(4).toByteArray();
    row.updatedAt = query.value(5).toString();
    return row;
}

void bindAll(QSqlQuery &query, const QStringList &values)
{
    for (const QString &value : values)
        query.addBindValue(value);
}

} // namespace

QString placeholders(int count)
{
    QString list;
    for (int i = 0; i < count; ++i)
        list += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return list;
}

FeatureStore::FeatureStore(const SqliteFile &mirror)
    : m_mirror(mirror)
{
}

QByteArray FeatureStore::contentHash(const Feature &feature)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(feature.geometryJson);
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(feature.propertiesJson);
    return hash.result().toHex();
}

CacheError FeatureStore::upsert(const QList<Feature> &features, UpsertStats *stats)
{
    CacheError error;
    QSqlDatabase db = m_mirror.connection(&error);
    if (error)
        return error;
    UpsertStats counts;
    if (!db.transaction())
        return CacheError::make(CacheError::Kind::Sql, m_mirror.path(),
                                QStringLiteral("Cannot start a transaction"));

    QSqlQuery lookup(db);
    lookup.prepare(QStringLiteral(
        "SELECT fid, content_hash, cell FROM features WHERE collection = ? AND id = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO features (collection, id, geometry, min_lon, min_lat, max_lon, max_lat, "
        "cell, properties, updated_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE features SET geometry = ?, min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ?, "
        "cell = ?, properties = ?, updated_at = ?, content_hash = ? WHERE fid = ?"));
    QSqlQuery rtreeDelete(db);
    rtreeDelete.prepare(QStringLiteral("DELETE FROM features_rtree WHERE fid = ?"));
    QSqlQuery rtreeInsert(db);
    rtreeInsert.prepare(QStringLiteral(
        "INSERT INTO features_rtree (fid, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery ftsDelete(db);
    ftsDelete.prepare(QStringLiteral("DELETE FROM features_fts WHERE rowid = ?"));
    QSqlQuery ftsInsert(db);
    ftsInsert.prepare(QStringLiteral("INSERT INTO features_fts (rowid, text) VALUES (?, ?)"));

    auto fail = [&](const QSqlQuery &query, const Feature &feature) {
        const CacheError err = sqlError(query, m_mirror.path(),
                                        QStringLiteral("Cannot store feature %1/%2")
                                            .arg(feature.collection, feature.id));
        db.rollback();
        return err;
    };

    for (const Feature &feature : features) {
        const QByteArray hash = contentHash(feature);
        const QVariant nullDouble(QMetaType::fromType<double>());
        const bool hasBounds = feature.bounds.has_value();
        const bool isPoint = hasBounds && feature.bounds->isPoint();
        const QVariant cell = isPoint ? QVariant(pointGridCell(feature.bounds->minLon,
                                                               feature.bounds->minLat))
                                      : QVariant(QMetaType::fromType<qlonglong>());
        const QVariant geometry = feature.geometryJson.isEmpty()
                                      ? QVariant(QMetaType::fromType<QString>())
                                      : QVariant(QString::fromUtf8(feature.geometryJson));

        lookup.addBindValue(feature.collection);
        lookup.addBindValue(feature.id);
        if (!lookup.exec())
            return fail(lookup, feature);
        qint64 fid = -1;
        bool hadRtreeRow = false;
        if (lookup.next()) {
            fid = lookup.value(0).toLongLong();
            hadRtreeRow = lookup.value(2).isNull();
            if (lookup.value(1).toByteArray() == hash) {
                ++counts.unchanged;
                lookup.finish();
                continue;
            }
        }
        lookup.finish();

        QSqlQuery &write = fid < 0 ? insert : update;
        if (fid < 0) {
            write.addBindValue(feature.collection);
            write.addBindValue(feature.id);
        }
        write.addBindValue(geometry);
        write.addBindValue(hasBounds ? QVariant(feature.bounds->minLon) : nullDouble);
        write.addBindValue(hasBounds ? QVariant(feature.bounds->minLat) : nullDouble);
        write.addBindValue(hasBounds ? QVariant(feature.bounds->maxLon) : nullDouble);
        write.addBindValue(hasBounds ? QVariant(feature.bounds->maxLat) : nullDouble);
        write.addBindValue(cell);
        write.addBindValue(QString::fromUtf8(feature.propertiesJson));
        write.addBindValue(feature.updatedAt);
        write.addBindValue(QString::fromLatin1(hash));
        if (fid >= 0)
            write.addBindValue(fid);
        if (!write.exec())
            return fail(write, feature);

        if (fid < 0) {
            fid = insert.lastInsertId().toLongLong();
            ++counts.inserted;
        } else {
            ++counts.updated;
            if (hadRtreeRow) {
                rtreeDelete.addBindValue(fid);
                if (!rtreeDelete.exec())
                    return fail(rtreeDelete, feature);
            }
            ftsDelete.addBindValue(fid);
            if (!ftsDelete.exec())
                return fail(ftsDelete, feature);
        }
        if (hasBounds && !isPoint) {
            rtreeInsert.addBindValue(fid);
            rtreeInsert.addBindValue(feature.bounds->minLon);
            rtreeInsert.addBindValue(feature.bounds->maxLon);
            rtreeInsert.addBindValue(feature.bounds->minLat);
            rtreeInsert.addBindValue(feature.bounds->maxLat);
            if (!rtreeInsert.exec())
                return fail(rtreeInsert, feature);
        }
        ftsInsert.addBindValue(fid);
        ftsInsert.addBindValue(foldForSearch(feature.searchText.isEmpty() ? feature.id
                                                                          : feature.searchText));
        if (!ftsInsert.exec())
            return fail(ftsInsert, feature);
    }

    if (!db.commit()) {
        db.rollback();
        return CacheError::make(CacheError::Kind::Sql, m_mirror.path(),
                                QStringLiteral("Cannot commit features"));
    }
    if (stats)
        *stats = counts;
    return CacheError::none();
}

CacheError FeatureStore::remove(const QString &collection, const QStringList &ids, int *removed)
{
    CacheError error;
    QSqlDatabase db = m_mirror.connection(&error);
    if (error)
        return error;
    if (!db.transaction())
        return CacheError::make(CacheError::Kind::Sql, m_mirror.path(),
                                QStringLiteral("Cannot start a transaction"));
    int count = 0;
    QSqlQuery lookup(db);
    lookup.prepare(QStringLiteral("SELECT fid FROM features WHERE collection = ? AND id = ?"));
    QSqlQuery deletes[3] = {QSqlQuery(db), QSqlQuery(db), QSqlQuery(db)};
    deletes[0].prepare(QStringLiteral("DELETE FROM features_rtree WHERE fid = ?"));
    deletes[1].prepare(QStringLiteral("DELETE FROM features_fts WHERE rowid = ?"));
    deletes[2].prepare(QStringLiteral("DELETE FROM features WHERE fid = ?"));
    for (const QString &id : ids) {
        lookup.addBindValue(collection);
        lookup.addBindValue(id);
        if (!lookup.exec()) {
            db.rollback();
            return sqlError(lookup, m_mirror.path(), QStringLiteral("Cannot remove features"));
        }
        if (!lookup.next())
            continue;
        const qint64 fid = lookup.value(0).toLongLong();
        lookup.finish();
        for (QSqlQuery &query : deletes) {
            query.addBindValue(fid);
            if (!query.exec()) {
                db.rollback();
                return sqlError(query, m_mirror.path(), QStringLiteral("Cannot remove features"));
            }
        }
        ++count;
    }
    if (!db.commit())
        return CacheError::make(CacheError::Kind::Sql, m_mirror.path(),
                                QStringLiteral("Cannot commit removal"));
    if (removed)
        *removed = count;
    return CacheError::none();
}

qint64 FeatureStore::count(const QStringList &collections) const
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM features WHERE collection IN (%1)")
                      .arg(placeholders(collections.size())));
    bindAll(query, collections);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

std::optional<FeatureRow> FeatureStore::feature(const QString &collection, const QString &id) const
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM features f WHERE f.collection = ? AND f.id = ?")
                      .arg(kRowColumns));
    query.addBindValue(collection);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return rowFrom(query);
}

QList<FeatureRow> FeatureStore::inBounds(const QStringList &collections, const GeoBounds &area) const
{
    QList<FeatureRow> rows;
    QSqlDatabase db = m_mirror.connection();

    // Points: one index range per grid row, generated by a recursive CTE so SQLite can
    // seek the (collection, cell) index row by row instead of scanning whole bands.
    // CROSS JOIN fixes the join order (SQLite never reorders it): the planner otherwise
    // may scan every feature of the collection and probe the small side for each.
    QSqlQuery points(db);
    points.prepare(QStringLiteral(
        "WITH RECURSIVE grid_rows(r) AS (SELECT ? UNION ALL SELECT r + 1 FROM grid_rows WHERE r < ?) "
        "SELECT %1 FROM grid_rows CROSS JOIN features f "
        "ON f.cell BETWEEN grid_rows.r * %2 + ? AND grid_rows.r * %2 + ? "
        "WHERE f.collection IN (%3) AND f.min_lon BETWEEN ? AND ? AND f.min_lat BETWEEN ? AND ?")
                       .arg(kRowColumns)
                       .arg(kPointGridColumns)
                       .arg(placeholders(collections.size())));
    points.addBindValue(pointGridRow(area.minLat));
    points.addBindValue(pointGridRow(area.maxLat));
    points.addBindValue(pointGridColumn(area.minLon));
    points.addBindValue(pointGridColumn(area.maxLon));
    bindAll(points, collections);
    points.addBindValue(area.minLon);
    points.addBindValue(area.maxLon);
    points.addBindValue(area.minLat);
    points.addBindValue(area.maxLat);
    if (points.exec()) {
        while (points.next())
            rows.append(rowFrom(points));
    }

    QSqlQuery shapes(db);
    shapes.prepare(QStringLiteral(
        "SELECT %1 FROM features_rtree r CROSS JOIN features f ON f.fid = r.fid "
        "WHERE r.min_lon <= ? AND r.max_lon >= ? AND r.min_lat <= ? AND r.max_lat >= ? "
        "AND f.collection IN (%2)")
                       .arg(kRowColumns, placeholders(collections.size())));
    shapes.addBindValue(area.maxLon);
    shapes.addBindValue(area.minLon);
    shapes.addBindValue(area.maxLat);
    shapes.addBindValue(area.minLat);
    bindAll(shapes, collections);
    if (shapes.exec()) {
        while (shapes.next())
            rows.append(rowFrom(shapes));
    }
    return rows;
}

QList<FeatureRow> FeatureStore::search(const QString &text, const QStringList &collections,
                                       int limit) const
{
    QList<FeatureRow> rows;
    const QString match = ftsPrefixQuery(text);
    if (match.isEmpty())
        return rows;
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral(
        "SELECT %1 FROM features_fts s CROSS JOIN features f ON f.fid = s.rowid "
        "WHERE features_fts MATCH ? AND f.collection IN (%2) ORDER BY s.rank LIMIT ?")
                      .arg(kRowColumns, placeholders(collections.size())));
    query.addBindValue(match);
    bindAll(query, collections);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            rows.append(rowFrom(query));
    }
    return rows;
}

std::optional<QDateTime> FeatureStore::lastSuccessfulSync(const QStringList &collections) const
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral("SELECT max(last_success) FROM sync_state WHERE collection IN (%1)")
                      .arg(placeholders(collections.size())));
    bindAll(query, collections);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    const QDateTime when = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    return when;
}

CacheError FeatureStore::markSynced(const QString &collection, const QDateTime &when)
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_state (collection, last_success, last_attempt) VALUES (?, ?, ?) "
        "ON CONFLICT (collection) DO UPDATE SET last_success = excluded.last_success, "
        "last_attempt = excluded.last_attempt"));
    const QString stamp = when.toUTC().toString(Qt::ISODate);
    query.addBindValue(collection);
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!query.exec())
        return sqlError(query, m_mirror.path(), QStringLiteral("Cannot record sync time"));
    return CacheError::none();
}

} // namespace ioc::core
