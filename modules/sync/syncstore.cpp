#include "sync/syncstore.h"

#include "core/sqlitefile.h"

#include <QSqlQuery>
#include <QVariant>

namespace ioc::sync {

namespace {

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStamp(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

SyncStore::SyncStore(const core::SqliteFile &mirror)
    : m_mirror(mirror)
{ }

CollectionSyncState SyncStore::state(const QString &collection) const
{
    CollectionSyncState state;
    state.collection = collection;
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral(
        "SELECT mode, next_url, etag, last_modified, max_updated_at, last_success, last_attempt, "
        "last_reconciled, last_error, pages_done, features_done, datetime_verdict, page_limit "
        "FROM sync_state WHERE collection = ?"));
    query.addBindValue(collection);
    if (!query.exec() || !query.next())
        return state;
    state.mode = query.value(0).toString();
    state.nextUrl = query.value(1).toString();
    state.etag = query.value(2).toString();
    state.lastModified = query.value(3).toString();
    state.maxUpdatedAt = query.value(4).toString();
    state.lastSuccess = parseStamp(query.value(5));
    state.lastAttempt = parseStamp(query.value(6));
    state.lastReconciled = parseStamp(query.value(7));
    state.lastError = query.value(8).toString();
    state.pagesDone = query.value(9).toLongLong();
    state.featuresDone = query.value(10).toLongLong();
    if (!query.value(11).isNull())
        state.datetimeVerdict = query.value(11).toInt() != 0;
    state.acceptedPageLimit = query.value(12).toInt();
    return state;
}

core::CacheError SyncStore::beginRun(
    const QString &collection, const QString &mode, const QUrl &firstUrl, const QDateTime &when)
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_state (collection, mode, next_url, last_attempt, pages_done, "
        "features_done) "
        "VALUES (?, ?, ?, ?, 0, 0) ON CONFLICT (collection) DO UPDATE SET mode = excluded.mode, "
        "next_url = excluded.next_url, last_attempt = excluded.last_attempt, pages_done = 0, "
        "features_done = 0"));
    query.addBindValue(collection);
    query.addBindValue(mode);
    query.addBindValue(firstUrl.toString(QUrl::FullyEncoded));
    query.addBindValue(stamp(when));
    if (!query.exec())
        return core::sqlError(query, m_mirror.path(), QStringLiteral("Cannot record sync start"));
    // A first sync into an empty collection defers search and projection rows to its end.
    if (mode == QLatin1String("initial"))
        return core::FeatureStore(m_mirror).beginBulkLoad(collection);
    return core::CacheError::none();
}

core::CacheError SyncStore::writeProgress(QSqlDatabase &db, const QString &collection,
    const QUrl &resumeUrl, const ParsedPage &page, const QDateTime &when) const
{
    if (!page.quarantined.isEmpty()) {
        // One row per feature and reason: the same bad feature met on every run updates
        // its row instead of adding one (a reconcile-only server re-sends it each time).
        QSqlQuery forget(db);
        forget.prepare(QStringLiteral(
            "DELETE FROM quarantine WHERE collection = ? AND feature_id = ? AND reason = ?"));
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO quarantine (collection, feature_id, reason, raw, "
                           "seen_at) VALUES (?, ?, ?, ?, ?)"));
        for (const QuarantinedItem &item : page.quarantined) {
            if (!item.featureId.isEmpty()) {
                forget.addBindValue(collection);
                forget.addBindValue(item.featureId);
                forget.addBindValue(item.reason);
                if (!forget.exec())
                    return core::sqlError(
                        forget, m_mirror.path(), QStringLiteral("Cannot quarantine"));
            }
            insert.addBindValue(collection);
            insert.addBindValue(textOrNull(item.featureId));
            insert.addBindValue(item.reason);
            insert.addBindValue(QString::fromUtf8(item.raw));
            insert.addBindValue(stamp(when));
            if (!insert.exec())
                return core::sqlError(insert, m_mirror.path(), QStringLiteral("Cannot quarantine"));
        }
    }
    if (!page.quarantined.isEmpty()) {
        QSqlQuery cap(db);
        cap.prepare(QStringLiteral(
            "DELETE FROM quarantine WHERE collection = :c AND qid <= (SELECT qid FROM "
            "quarantine WHERE collection = :c ORDER BY qid DESC LIMIT 1 OFFSET :keep)"));
        cap.bindValue(QStringLiteral(":c"), collection);
        cap.bindValue(QStringLiteral(":keep"), kMaxQuarantinePerCollection);
        if (!cap.exec())
            return core::sqlError(cap, m_mirror.path(), QStringLiteral("Cannot quarantine"));
    }
    QSqlQuery progress(db);
    progress.prepare(
        QStringLiteral("UPDATE sync_state SET next_url = ?, pages_done = pages_done + 1, "
                       "features_done = features_done + ? WHERE collection = ?"));
    progress.addBindValue(resumeUrl.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(resumeUrl.toString(QUrl::FullyEncoded)));
    progress.addBindValue(page.received);
    progress.addBindValue(collection);
    if (!progress.exec())
        return core::sqlError(progress, m_mirror.path(), QStringLiteral("Cannot record progress"));
    return core::CacheError::none();
}

core::CacheError SyncStore::commitPage(const QString &collection, const ParsedPage &page,
    const QUrl &resumeUrl, const QDateTime &when, core::UpsertStats *stats)
{
    core::FeatureStore features(m_mirror);
    return features.upsert(page.features, stats,
        [&](QSqlDatabase &db) { return writeProgress(db, collection, resumeUrl, page, when); });
}

core::CacheError SyncStore::finishRun(const QString &collection, const QString &maxUpdatedAt,
    const QString &etag, const QString &lastModified, const QDateTime &when, bool wasReconciliation,
    bool *built)
{
    core::CacheError error;
    QSqlDatabase db = m_mirror.connection(&error);
    if (error)
        return error;
    if (!db.transaction())
        return core::CacheError::make(core::CacheError::Kind::Sql, m_mirror.path(),
            QStringLiteral("Cannot start a transaction"));
    // A bulk first sync builds what it deferred in the transaction that marks the run done,
    // so a cache never claims a complete sync with its search or projections missing.
    core::FeatureStore features(m_mirror);
    const bool wasBulk = features.isBulkLoading(collection);
    if (const core::CacheError bulk = features.completeBulkLoad(db, collection)) {
        db.rollback();
        return bulk;
    }
    QSqlQuery query(db);
    // The cursor never moves backwards (a server clock set back must not make us skip),
    // except after a complete pass, which read everything: that is how a cursor once
    // taken from a bogus future time comes back.
    query.prepare(QStringLiteral(
        "UPDATE sync_state SET mode = NULL, next_url = NULL, last_error = NULL, "
        "last_success = ?, etag = ?, last_modified = ?, "
        "max_updated_at = CASE WHEN ? OR max_updated_at IS NULL OR ? > max_updated_at THEN ? "
        "ELSE max_updated_at END, "
        "last_reconciled = CASE WHEN ? THEN ? ELSE last_reconciled END WHERE collection = ?"));
    const QVariant cursor = textOrNull(maxUpdatedAt);
    query.addBindValue(stamp(when));
    query.addBindValue(textOrNull(etag));
    query.addBindValue(textOrNull(lastModified));
    query.addBindValue(wasReconciliation && !maxUpdatedAt.isEmpty());
    query.addBindValue(cursor);
    query.addBindValue(cursor);
    query.addBindValue(wasReconciliation);
    query.addBindValue(stamp(when));
    query.addBindValue(collection);
    if (!query.exec()) {
        const core::CacheError failed
            = core::sqlError(query, m_mirror.path(), QStringLiteral("Cannot record sync end"));
        db.rollback();
        return failed;
    }
    if (!db.commit()) {
        db.rollback();
        return core::CacheError::make(
            core::CacheError::Kind::Sql, m_mirror.path(), QStringLiteral("Cannot record sync end"));
    }
    if (built)
        *built = wasBulk;
    return core::CacheError::none();
}

core::CacheError SyncStore::saveDatetimeVerdict(const QString &collection, bool works)
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_state (collection, datetime_verdict) VALUES (?, ?) "
        "ON CONFLICT (collection) DO UPDATE SET datetime_verdict = excluded.datetime_verdict"));
    query.addBindValue(collection);
    query.addBindValue(works ? 1 : 0);
    if (!query.exec())
        return core::sqlError(query, m_mirror.path(), QStringLiteral("Cannot record the probe"));
    return core::CacheError::none();
}

core::CacheError SyncStore::saveAcceptedPageLimit(const QString &collection, int limit)
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(
        QStringLiteral("INSERT INTO sync_state (collection, page_limit) VALUES (?, ?) "
                       "ON CONFLICT (collection) DO UPDATE SET page_limit = excluded.page_limit"));
    query.addBindValue(collection);
    query.addBindValue(limit);
    if (!query.exec())
        return core::sqlError(
            query, m_mirror.path(), QStringLiteral("Cannot record the page size"));
    return core::CacheError::none();
}

core::CacheError SyncStore::recordFailure(
    const QString &collection, const QString &error, const QDateTime &when)
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_state (collection, last_error, last_attempt) VALUES (?, ?, ?) "
        "ON CONFLICT (collection) DO UPDATE SET last_error = excluded.last_error, "
        "last_attempt = excluded.last_attempt"));
    query.addBindValue(collection);
    query.addBindValue(error);
    query.addBindValue(stamp(when));
    if (!query.exec())
        return core::sqlError(query, m_mirror.path(), QStringLiteral("Cannot record sync error"));
    return core::CacheError::none();
}

core::CacheError SyncStore::removeNotSeen(const QString &collection, const QSet<QString> &seenIds,
    int *removed, QStringList *removedIds, double maxShare, int *held, int confirmed)
{
    QStringList gone;
    qint64 cached = 0;
    {
        QSqlQuery query(m_mirror.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id FROM features WHERE collection = ?"));
        query.addBindValue(collection);
        if (!query.exec())
            return core::sqlError(query, m_mirror.path(), QStringLiteral("Cannot reconcile"));
        while (query.next()) {
            ++cached;
            const QString id = query.value(0).toString();
            if (!seenIds.contains(id))
                gone.append(id);
        }
    }
    // More than maxShare of a collection gone at once is more often a server answering
    // from the wrong table, view or filter than a province deleting a fifth of its data:
    // nothing is deleted until someone confirms it.
    if (held)
        *held = 0;
    if (maxShare < 1.0 && cached >= kMinFeaturesForDeletionHold
        && gone.size() > maxShare * static_cast<double>(cached) && gone.size() > confirmed) {
        if (held)
            *held = static_cast<int>(gone.size());
        *removed = 0;
        return core::CacheError::none();
    }
    core::FeatureStore features(m_mirror);
    return features.remove(collection, gone, removed, removedIds);
}

bool SyncStore::hasFeatures(const QString &collection) const
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM features WHERE collection = ? LIMIT 1"));
    query.addBindValue(collection);
    return query.exec() && query.next();
}

int SyncStore::recordPageFailure(
    const QString &collection, const QUrl &url, const QString &reason, const QDateTime &when)
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO failed_pages (collection, url, reason, failures, first_seen, last_seen) "
        "VALUES (:c, :u, :r, 1, :t, :t) ON CONFLICT (collection, url) DO UPDATE SET "
        "reason = excluded.reason, failures = failures + 1, last_seen = excluded.last_seen "
        "RETURNING failures"));
    query.bindValue(QStringLiteral(":c"), collection);
    query.bindValue(QStringLiteral(":u"), url.toString(QUrl::FullyEncoded));
    query.bindValue(QStringLiteral(":r"), reason);
    query.bindValue(QStringLiteral(":t"), stamp(when));
    if (!query.exec() || !query.next())
        return 1; // cannot remember: counts as a first failure (no workaround, no harm)
    return query.value(0).toInt();
}

void SyncStore::forgetPageFailure(const QString &collection, const QUrl &url)
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral("DELETE FROM failed_pages WHERE collection = ? AND url = ?"));
    query.addBindValue(collection);
    query.addBindValue(url.toString(QUrl::FullyEncoded));
    query.exec();
}

core::CacheError SyncStore::recordSkippedRecord(
    const QString &collection, const QUrl &url, const QString &reason, const QDateTime &when)
{
    QSqlDatabase db = m_mirror.connection();
    QSqlQuery mark(db);
    mark.prepare(
        QStringLiteral("UPDATE failed_pages SET skipped = 1 WHERE collection = ? AND url = ?"));
    mark.addBindValue(collection);
    mark.addBindValue(url.toString(QUrl::FullyEncoded));
    if (!mark.exec())
        return core::sqlError(mark, m_mirror.path(), QStringLiteral("Cannot record a skip"));
    // Listed with the quarantine, so the Data issues view and the sync status show it:
    // no feature id (nothing could be read), the request as the received text.
    QSqlQuery forget(db);
    forget.prepare(
        QStringLiteral("DELETE FROM quarantine WHERE collection = ? AND feature_id IS NULL "
                       "AND raw = ?"));
    forget.addBindValue(collection);
    forget.addBindValue(url.toString(QUrl::FullyEncoded));
    forget.exec();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO quarantine (collection, feature_id, reason, raw, "
                                  "seen_at) VALUES (?, NULL, ?, ?, ?)"));
    insert.addBindValue(collection);
    insert.addBindValue(reason);
    insert.addBindValue(url.toString(QUrl::FullyEncoded));
    insert.addBindValue(stamp(when));
    if (!insert.exec())
        return core::sqlError(insert, m_mirror.path(), QStringLiteral("Cannot record a skip"));
    return core::CacheError::none();
}

void SyncStore::forgetPageFailuresBefore(const QString &collection, const QDateTime &when)
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(
        QStringLiteral("DELETE FROM failed_pages WHERE collection = ? AND last_seen < ?"));
    query.addBindValue(collection);
    query.addBindValue(stamp(when));
    query.exec();
}

bool SyncStore::hasPageFailures(const QString &collection) const
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM failed_pages WHERE collection = ? LIMIT 1"));
    query.addBindValue(collection);
    return query.exec() && query.next();
}

qint64 SyncStore::quarantinedCount(const QString &collection) const
{
    QSqlQuery query(m_mirror.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM quarantine WHERE collection = ?"));
    query.addBindValue(collection);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<QuarantineRow> SyncStore::quarantine(const QStringList &collections, int limit) const
{
    QList<QuarantineRow> rows;
    QSqlQuery query(m_mirror.connection());
    query.prepare(
        QStringLiteral("SELECT collection, feature_id, reason, raw, seen_at FROM quarantine "
                       "WHERE collection IN (%1) ORDER BY qid DESC LIMIT ?")
            .arg(core::placeholders(collections.size())));
    for (const QString &collection : collections)
        query.addBindValue(collection);
    query.addBindValue(limit);
    if (!query.exec())
        return rows;
    while (query.next()) {
        rows.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toByteArray(), parseStamp(query.value(4)) });
    }
    return rows;
}

} // namespace ioc::sync
