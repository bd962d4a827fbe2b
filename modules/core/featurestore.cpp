#include "core/featurestore.h"

#include "core/logging.h"
#include "core/mirrorschema.h"
#include "core/projection.h"
#include "core/sqlitefile.h"
#include "core/sqlitestatement.h"
#include "core/textfold.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace ioc::core {

namespace {

const QString kRowColumns
    = QStringLiteral("f.fid, f.collection, f.id, f.geometry, f.properties, f.updated_at");

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
{ }

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
    return upsert(features, stats, {});
}

CacheError FeatureStore::upsert(
    const QList<Feature> &features, UpsertStats *stats, const TransactionStep &alsoInTransaction)
{
    CacheError error;
    QSqlDatabase db = m_mirror.connection(&error);
    if (error)
        return error;
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return CacheError::make(CacheError::Kind::Sql, m_mirror.path(),
            QStringLiteral("The mirror is not an open SQLite database"));
    if (!db.transaction())
        return CacheError::make(
            CacheError::Kind::Sql, m_mirror.path(), QStringLiteral("Cannot start a transaction"));

    // The write path of sync: C API statements (see SqliteStatement for why). Insert
    // first: on a first sync nearly every feature is new, and the unique (collection, id)
    // index answers "is it there?" as part of the insert, so the separate lookup is paid
    // only for features already cached.
    SqliteStatement insert(handle,
        "INSERT INTO features (collection, id, geometry, min_lon, "
        "min_lat, max_lon, max_lat, cell, properties, updated_at, "
        "content_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT (collection, id) DO NOTHING");
    SqliteStatement lookup(handle,
        "SELECT fid, content_hash, cell FROM features "
        "WHERE collection = ?1 AND id = ?2");
    SqliteStatement update(handle,
        "UPDATE features SET geometry = ?3, min_lon = ?4, min_lat = ?5, "
        "max_lon = ?6, max_lat = ?7, cell = ?8, properties = ?9, "
        "updated_at = ?10, content_hash = ?11 WHERE fid = ?12");
    SqliteStatement rtreeDelete(handle, "DELETE FROM features_rtree WHERE fid = ?1");
    SqliteStatement rtreeInsert(handle,
        "INSERT INTO features_rtree (fid, min_lon, max_lon, "
        "min_lat, max_lat) VALUES (?1, ?2, ?3, ?4, ?5)");
    SqliteStatement ftsDelete(handle, "DELETE FROM features_fts WHERE rowid = ?1");
    SqliteStatement ftsText(handle, "SELECT text FROM features_fts WHERE rowid = ?1");
    // A bulk load keeps the text for later (completeBulkLoad); otherwise it is indexed now.
    const bool bulk = !features.isEmpty() && isBulkLoading(features.constFirst().collection);
    SqliteStatement ftsInsert(handle,
        bulk ? "INSERT OR REPLACE INTO search_backlog (fid, text) VALUES (?1, ?2)"
             : "INSERT INTO features_fts (rowid, text) VALUES (?1, ?2)");

    auto fail = [&](const SqliteStatement &statement, const Feature &feature) {
        const int code = statement.errorCode() & 0xff;
        CacheError::Kind kind = CacheError::Kind::Sql;
        QString message = QStringLiteral("Cannot store feature %1/%2: %3")
                              .arg(feature.collection, feature.id, statement.errorMessage());
        if (code == SQLITE_FULL) {
            kind = CacheError::Kind::DiskFull;
            message = QStringLiteral("Cannot store feature %1/%2: the disk is full; nothing was "
                                     "written and nothing already stored was lost (%3)")
                          .arg(feature.collection, feature.id, statement.errorMessage());
        } else if (code == SQLITE_READONLY) {
            kind = CacheError::Kind::NotWritable;
        }
        db.rollback();
        return CacheError::make(kind, m_mirror.path(), message);
    };
    for (const SqliteStatement *statement : { &lookup, &insert, &update, &rtreeDelete, &rtreeInsert,
             &ftsDelete, &ftsText, &ftsInsert }) {
        if (!statement->isValid()) {
            db.rollback();
            return CacheError::make(CacheError::Kind::Sql, m_mirror.path(),
                QStringLiteral("Cannot prepare: %1").arg(statement->errorMessage()));
        }
    }

    // Binds the columns insert and update share (?1 … ?11).
    auto bindContent = [](SqliteStatement &write, const Feature &feature,
                           const QByteArray &collection, const QByteArray &id,
                           const QByteArray &hash) {
        const bool hasBounds = feature.bounds.has_value();
        write.bind(1, collection);
        write.bind(2, id);
        if (feature.geometryJson.isEmpty())
            write.bindNull(3);
        else
            write.bind(3, feature.geometryJson);
        if (hasBounds) {
            write.bind(4, feature.bounds->minLon);
            write.bind(5, feature.bounds->minLat);
            write.bind(6, feature.bounds->maxLon);
            write.bind(7, feature.bounds->maxLat);
        } else {
            for (int i = 4; i <= 7; ++i)
                write.bindNull(i);
        }
        if (hasBounds && feature.bounds->isPoint())
            write.bind(8, pointGridCell(feature.bounds->minLon, feature.bounds->minLat));
        else
            write.bindNull(8);
        write.bind(9, feature.propertiesJson.isEmpty() ? QByteArray("{}") : feature.propertiesJson);
        write.bindText(10, feature.updatedAt);
        write.bind(11, hash);
    };

    UpsertStats counts;
    QString lastCollection;
    QByteArray collection;
    for (const Feature &feature : features) {
        const QByteArray hash = contentHash(feature);
        if (feature.collection != lastCollection) { // pages are one collection: convert once
            lastCollection = feature.collection;
            collection = lastCollection.toUtf8();
        }
        const QByteArray id = feature.id.toUtf8();
        const bool hasBounds = feature.bounds.has_value();
        const bool isPoint = hasBounds && feature.bounds->isPoint();
        // Folded only for features that are written (not for the unchanged ones a
        // reconciliation mostly sees).
        auto foldedSearchText = [&feature] {
            return foldForSearch(feature.searchText.isEmpty() ? feature.id : feature.searchText);
        };
        QString searchText;
        auto writeRtree = [&](qint64 fid) {
            rtreeInsert.bind(1, fid);
            rtreeInsert.bind(2, feature.bounds->minLon);
            rtreeInsert.bind(3, feature.bounds->maxLon);
            rtreeInsert.bind(4, feature.bounds->minLat);
            rtreeInsert.bind(5, feature.bounds->maxLat);
            return rtreeInsert.exec();
        };

        bindContent(insert, feature, collection, id, hash);
        if (!insert.exec())
            return fail(insert, feature);
        qint64 fid = -1;
        if (sqlite3_changes(handle) > 0) {
            fid = sqlite3_last_insert_rowid(handle);
            ++counts.inserted;
            searchText = foldedSearchText();
        } else {
            lookup.bind(1, collection);
            lookup.bind(2, id);
            bool hadRtreeRow = false;
            bool unchanged = false;
            if (lookup.next()) {
                fid = lookup.columnInt64(0);
                unchanged = lookup.columnText(1) == hash;
                hadRtreeRow = lookup.columnIsNull(2);
            }
            lookup.reset();
            if (fid < 0) // the insert did nothing, yet there is no row: refuse to guess
                return fail(lookup, feature);
            if (unchanged) {
                ++counts.unchanged;
                continue;
            }
            bindContent(update, feature, collection, id, hash);
            update.bind(12, fid);
            if (!update.exec())
                return fail(update, feature);
            ++counts.updated;
            if (hadRtreeRow) {
                rtreeDelete.bind(1, fid);
                if (!rtreeDelete.exec())
                    return fail(rtreeDelete, feature);
            }
            // Most updates (a heartbeat, a count, a new deadline) leave the search text as
            // it was; rewriting an FTS5 row costs more than the rest of the update.
            searchText = foldedSearchText();
            ftsText.bind(1, fid);
            const bool indexed = ftsText.next();
            const bool sameText = indexed && ftsText.columnText(0) == searchText.toUtf8();
            ftsText.reset();
            if (sameText) {
                counts.changedIds.append(feature.id);
                if (hasBounds && !isPoint && !writeRtree(fid))
                    return fail(rtreeInsert, feature);
                continue;
            }
            if (indexed) {
                ftsDelete.bind(1, fid);
                if (!ftsDelete.exec())
                    return fail(ftsDelete, feature);
            }
        }
        counts.changedIds.append(feature.id);
        if (hasBounds && !isPoint && !writeRtree(fid))
            return fail(rtreeInsert, feature);
        ftsInsert.bind(1, fid);
        ftsInsert.bindText(2, searchText);
        if (!ftsInsert.exec())
            return fail(ftsInsert, feature);
    }

    if (alsoInTransaction) {
        if (CacheError stepError = alsoInTransaction(db)) {
            db.rollback();
            return stepError;
        }
    }
    if (CacheError committed
        = commitTransaction(db, m_mirror.path(), QStringLiteral("Cannot commit features")))
        return committed;
    if (stats)
        *stats = counts;
    return CacheError::none();
}

CacheError FeatureStore::remove(
    const QString &collection, const QStringList &ids, int *removed, QStringList *removedIds)
{
    CacheError error;
    QSqlDatabase db = m_mirror.connection(&error);
    if (error)
        return error;
    if (!db.transaction())
        return CacheError::make(
            CacheError::Kind::Sql, m_mirror.path(), QStringLiteral("Cannot start a transaction"));
    int count = 0;
    QStringList removedList;
    QSqlQuery lookup(db);
    lookup.prepare(QStringLiteral("SELECT fid FROM features WHERE collection = ? AND id = ?"));
    QSqlQuery deletes[4] = { QSqlQuery(db), QSqlQuery(db), QSqlQuery(db), QSqlQuery(db) };
    deletes[0].prepare(QStringLiteral("DELETE FROM features_rtree WHERE fid = ?"));
    deletes[1].prepare(QStringLiteral("DELETE FROM features_fts WHERE rowid = ?"));
    deletes[2].prepare(QStringLiteral("DELETE FROM search_backlog WHERE fid = ?"));
    deletes[3].prepare(QStringLiteral("DELETE FROM features WHERE fid = ?"));
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
        if (removedIds)
            removedList.append(id);
    }
    if (CacheError committed
        = commitTransaction(db, m_mirror.path(), QStringLiteral("Cannot commit removal")))
        return committed;
    if (removed)
        *removed = count;
    if (removedIds)
        *removedIds = std::move(removedList);
    return CacheError::none();
}

CacheError FeatureStore::beginBulkLoad(const QString &collection)
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO bulk_load (collection) SELECT :c WHERE NOT EXISTS "
                       "(SELECT 1 FROM features WHERE collection = :c)"));
    query.bindValue(QStringLiteral(":c"), collection);
    if (!query.exec())
        return sqlError(query, m_mirror.path(), QStringLiteral("Cannot start a bulk load"));
    return CacheError::none();
}

bool FeatureStore::isBulkLoading(const QString &collection) const
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM bulk_load WHERE collection = ?"));
    query.addBindValue(collection);
    return query.exec() && query.next();
}

CacheError FeatureStore::completeBulkLoad(QSqlDatabase &db, const QString &collection)
{
    QSqlQuery check(db);
    check.prepare(QStringLiteral("SELECT 1 FROM bulk_load WHERE collection = ?"));
    check.addBindValue(collection);
    if (!check.exec())
        return sqlError(check, m_mirror.path(), QStringLiteral("Cannot complete a bulk load"));
    if (!check.next())
        return CacheError::none();
    check.finish();

    QStringList statements;
    QSqlQuery fills(db);
    fills.prepare(QStringLiteral("SELECT fill_sql FROM derived_fill WHERE collection = ?"));
    fills.addBindValue(collection);
    if (!fills.exec())
        return sqlError(fills, m_mirror.path(), QStringLiteral("Cannot complete a bulk load"));
    while (fills.next()) {
        if (const std::optional<QString> fill
            = rebuiltFillStatement(fills.value(0).toString(), collection))
            statements.append(*fill);
        else
            qCWarning(lcCache).noquote()
                << collection
                << "derived_fill holds an entry that is not a projection fill: "
                   "not run";
    }
    // The backlog may hold rows of other collections still loading: only this one's go.
    statements.append(QStringLiteral(
        "INSERT INTO features_fts (rowid, text) SELECT fid, text FROM search_backlog "
        "WHERE fid IN (SELECT fid FROM features WHERE collection = :c) ORDER BY fid"));
    statements.append(QStringLiteral("DELETE FROM search_backlog WHERE fid IN "
                                     "(SELECT fid FROM features WHERE collection = :c)"));
    statements.append(QStringLiteral("DELETE FROM bulk_load WHERE collection = :c"));
    // The last bulk load of a first sync merges the search index into one segment. Bulk
    // builds leave many segments, which later small writes would otherwise merge piece
    // by piece: an increment now and then paid a large merge (436 ms and 1.3 s against
    // 152–265 ms after this; docs/performance.md). About 2 s for a million features.
    QSqlQuery others(db);
    others.prepare(QStringLiteral("SELECT count(*) FROM bulk_load WHERE collection != ?"));
    others.addBindValue(collection);
    if (!others.exec() || !others.next())
        return sqlError(others, m_mirror.path(), QStringLiteral("Cannot complete a bulk load"));
    const bool lastLoad = others.value(0).toInt() == 0;
    others.finish();
    if (lastLoad)
        statements.append(
            QStringLiteral("INSERT INTO features_fts (features_fts) VALUES ('optimize')"));
    QElapsedTimer timer;
    timer.start();
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery step(db);
        step.prepare(sql);
        if (sql.contains(QLatin1String(":c")))
            step.bindValue(QStringLiteral(":c"), collection);
        if (!step.exec())
            return sqlError(step, m_mirror.path(),
                QStringLiteral("Cannot complete the bulk load of %1").arg(collection));
    }
    qCInfo(lcCache).noquote() << collection << "search and projections built in" << timer.elapsed()
                              << "ms";
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

QList<FeatureRow> FeatureStore::inBounds(
    const QStringList &collections, const GeoBounds &area) const
{
    QList<FeatureRow> rows;
    QSqlDatabase db = m_mirror.connection();

    // Points: one index range per grid row, generated by a recursive CTE so SQLite can
    // seek the (collection, cell) index row by row instead of scanning whole bands.
    // CROSS JOIN fixes the join order (SQLite never reorders it): the planner otherwise
    // may scan every feature of the collection and probe the small side for each.
    QSqlQuery points(db);
    points.prepare(QStringLiteral(
        "WITH RECURSIVE grid_rows(r) AS (SELECT ? UNION ALL SELECT r + 1 FROM grid_rows WHERE r < "
        "?) "
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

QList<FeatureRow> FeatureStore::search(
    const QString &text, const QStringList &collections, int limit) const
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
    query.prepare(
        QStringLiteral("SELECT max(last_success) FROM sync_state WHERE collection IN (%1)")
            .arg(placeholders(collections.size())));
    bindAll(query, collections);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    const QDateTime when = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    return when;
}

std::optional<QDateTime> FeatureStore::oldestSuccessfulSync(const QStringList &collections) const
{
    if (collections.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral("SELECT min(last_success), count(last_success) FROM sync_state "
                                 "WHERE collection IN (%1)")
                      .arg(placeholders(collections.size())));
    bindAll(query, collections);
    if (!query.exec() || !query.next() || query.value(0).isNull()
        || query.value(1).toInt() < collections.size())
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
