#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QStringList>
#include <QVector>

class QSqlQuery;

namespace ioc::core {

class SqliteFile;

// A read-only table over one module's cached features, for the record browser.
// Rows are fetched lazily in pages by feature id (keyset, not OFFSET), so a collection of
// a million rows opens as fast as one of ten. The filter uses the full-text index and is
// diacritic-insensitive. Rows come a page at a time on the calling thread (a keyset page
// is bounded); the counts, which read the whole index, are taken on the thread pool and
// arrive with countsChanged().
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CollectionColumn, IdColumn, UpdatedColumn, ColumnCount };
    enum Role { FeatureIdRole = Qt::UserRole + 1, CollectionRole, PropertiesJsonRole };

    RecordTableModel(
        const SqliteFile &mirror, const QStringList &collections, QObject *parent = nullptr);
    ~RecordTableModel() override;

    // A module-specific column after the fixed ones: a property of the feature, with
    // optional display labels for coded values ("processing" -> "Đang xử lý").
    struct PropertyColumn
    {
        QString key;
        QString header;
        QHash<QString, QString> labels;
    };
    void setPropertyColumns(const QList<PropertyColumn> &columns);
    const QList<PropertyColumn> &propertyColumns() const { return m_propertyColumns; }
    const QStringList &collections() const { return m_collections; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);

    // Whether the counts below belong to the current filter and data (false from
    // refresh() until countsChanged()).
    bool countsKnown() const { return m_countsKnown; }
    // Records matching the filter, counted in the cache (not just the rows fetched).
    qint64 matchingCount() const { return m_matching; }
    // Records in the module's collections, ignoring the filter.
    qint64 totalCount() const { return m_total; }
    // When the module's collections last synced, read with the counts when there is no
    // record (the empty state says it); invalid if never.
    QDateTime lastSuccessfulSync() const { return m_lastSync; }

    // Re-reads the cache (after a sync).
    void refresh();

    static constexpr int kPageSize = 256;

signals:
    void countsChanged();

private:
    struct Row
    {
        qint64 fid;
        QString collection;
        QString id;
        QString name;
        QString updatedAt;
        QByteArray properties;
    };

    QString whereClause() const;
    void bindWhere(QSqlQuery &query) const;
    QVector<Row> readPage(qint64 afterFid) const;

    QVariant propertyValue(const Row &row, const PropertyColumn &column) const;

    struct Counts
    {
        qint64 total = 0;
        qint64 matching = 0;
        QDateTime lastSync;
    };
    void startCounting(bool impossibleFilter);

    const SqliteFile &m_mirror;
    QStringList m_collections;
    QList<PropertyColumn> m_propertyColumns;
    QString m_filter;
    QString m_match;
    QVector<Row> m_rows;
    qint64 m_matching = 0;
    qint64 m_total = 0;
    QDateTime m_lastSync;
    bool m_countsKnown = false;
    bool m_exhausted = true;
    QFutureWatcher<Counts> *m_counter = nullptr;
    // Counts of an earlier refresh arriving late are dropped: each refresh has a number.
    quint64 m_generation = 0;
};

} // namespace ioc::core
