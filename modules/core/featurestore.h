#pragma once

#include "core/cacheerror.h"
#include "core/feature.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

class QSqlDatabase;

namespace ioc::core {

class SqliteFile;

// A feature as read back from the mirror.
struct FeatureRow
{
    qint64 fid = 0;
    QString collection;
    QString id;
    QByteArray geometryJson;
    QByteArray propertiesJson;
    QString updatedAt;
};

struct UpsertStats
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    // Ids (as served) of the features inserted or whose content hash changed, in input
    // order; unchanged features are not listed. What change notification hands on.
    QStringList changedIds;
};

// Reads and writes features in the mirror, on the calling thread's connection.
// All SQL lives here (not in threads or widgets) so it can be tested directly.
class FeatureStore
{
public:
    explicit FeatureStore(const SqliteFile &mirror);

    // Inserts or replaces features by (collection, id) in one transaction. A feature whose
    // content hash is unchanged is not rewritten. On error nothing of the batch is kept.
    CacheError upsert(const QList<Feature> &features, UpsertStats *stats = nullptr);

    // The same, plus `alsoInTransaction` run inside the same transaction before commit
    // (sync records its progress with the page, so a resumed sync never skips or repeats
    // a page). If it returns an error, the whole batch is rolled back.
    using TransactionStep = std::function<CacheError(QSqlDatabase &db)>;
    CacheError upsert(const QList<Feature> &features, UpsertStats *stats,
        const TransactionStep &alsoInTransaction);

    // Bulk first syncs (mirror schema v4). A collection in bulk load gets its features
    // without search rows (their text waits in search_backlog) and without projection
    // rows (the triggers check bulk_load); completing the load builds both in bulk.
    // beginBulkLoad refuses nothing but does nothing for a collection with features
    // already cached: row-by-row upkeep is then the cheaper path.
    CacheError beginBulkLoad(const QString &collection);
    bool isBulkLoading(const QString &collection) const;
    // Inside the caller's transaction on `db` (sync ends its run in the same one).
    CacheError completeBulkLoad(QSqlDatabase &db, const QString &collection);

    // Removes features by id; ids not in the mirror are skipped. *removedIds (optional)
    // receives the ids actually removed.
    CacheError remove(const QString &collection, const QStringList &ids, int *removed = nullptr,
        QStringList *removedIds = nullptr);

    qint64 count(const QStringList &collections) const;

    std::optional<FeatureRow> feature(const QString &collection, const QString &id) const;

    // Features whose bounds intersect `area`: points through the grid index, other
    // geometries through the R*Tree.
    QList<FeatureRow> inBounds(const QStringList &collections, const GeoBounds &area) const;

    // Full-text search, diacritic-insensitive ("ha tinh" finds "Hà Tĩnh"), prefix match.
    QList<FeatureRow> search(
        const QString &text, const QStringList &collections, int limit = 100) const;

    // Newest successful sync among the collections; empty if none ever succeeded.
    std::optional<QDateTime> lastSuccessfulSync(const QStringList &collections) const;
    // Oldest successful sync among the collections: how old a module's data is when it
    // works offline. Empty if any of them never succeeded (the module is incomplete).
    std::optional<QDateTime> oldestSuccessfulSync(const QStringList &collections) const;

    // Records a successful sync of a collection (used by sync; tests use it too).
    CacheError markSynced(const QString &collection, const QDateTime &when);

    static QByteArray contentHash(const Feature &feature);

private:
    const SqliteFile &m_mirror;
};

// "?, ?, ?" for binding a list of values into an IN (...) clause.
QString placeholders(int count);

} // namespace ioc::core
