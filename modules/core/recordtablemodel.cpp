#include "core/recordtablemodel.h"

#include "core/collectiontitles.h"
#include "core/displaytime.h"
#include "core/featurestore.h"
#include "core/sqlitefile.h"
#include "core/textfold.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QtConcurrent>

namespace ioc::core {

namespace {

// The most human label a feature offers; ids are the last resort.
QString displayName(const QJsonObject &properties, const QString &id)
{
    for (const char *key : { "name", "title", "subject", "procedure", "label" }) {
        const QString value = properties.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return id;
}

} // namespace

RecordTableModel::RecordTableModel(
    const SqliteFile &mirror, const QStringList &collections, QObject *parent)
    : QAbstractTableModel(parent)
    , m_mirror(mirror)
    , m_collections(collections)
{
    m_counter = new QFutureWatcher<Counts>(this);
    refresh();
}

RecordTableModel::~RecordTableModel()
{
    m_counter->waitForFinished();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_propertyColumns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() >= ColumnCount)
            return propertyValue(row, m_propertyColumns.value(index.column() - ColumnCount));
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case CollectionColumn:
            return collectionTitle(row.collection);
        case IdColumn:
            return row.id;
        case UpdatedColumn: {
            const QDateTime when = QDateTime::fromString(row.updatedAt, Qt::ISODate);
            return when.isValid() ? QLocale().toString(toDisplayTime(when), QLocale::ShortFormat)
                                  : row.updatedAt;
        }
        }
        break;
    case Qt::ToolTipRole:
        return row.updatedAt;
    case FeatureIdRole:
        return row.id;
    case CollectionRole:
        return row.collection;
    case PropertiesJsonRole:
        return row.properties;
    }
    return {};
}

void RecordTableModel::setPropertyColumns(const QList<PropertyColumn> &columns)
{
    beginResetModel();
    m_propertyColumns = columns;
    endResetModel();
}

QVariant RecordTableModel::propertyValue(const Row &row, const PropertyColumn &column) const
{
    // Parsed per visible cell: a few dozen small objects per paint, cheaper than keeping
    // every fetched row's properties parsed.
    const QJsonValue value = QJsonDocument::fromJson(row.properties).object().value(column.key);
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return QLocale().toString(
            value.toDouble(), 'f', value.toDouble() == qRound64(value.toDouble()) ? 0 : 2);
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    const QString text = value.toString();
    const auto label = column.labels.constFind(text);
    if (label != column.labels.constEnd())
        return *label;
    // Timestamps as the operator reads them; plain dates stay as they are.
    if (text.size() == 20 && text.endsWith(QLatin1Char('Z'))) {
        const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
        if (when.isValid())
            return QLocale().toString(toDisplayTime(when), QLocale::ShortFormat);
    }
    return text;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= ColumnCount)
        return m_propertyColumns.value(section - ColumnCount).header;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CollectionColumn:
        return tr("Collection");
    case IdColumn:
        return tr("ID");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().fid;
    const QVector<Row> page = readPage(after);
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows(
        {}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

void RecordTableModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    refresh();
}

QString RecordTableModel::whereClause() const
{
    QString where = QStringLiteral("f.collection IN (%1)").arg(placeholders(m_collections.size()));
    if (!m_match.isEmpty())
        where += QStringLiteral(
            " AND f.fid IN (SELECT rowid FROM features_fts WHERE features_fts MATCH ?)");
    return where;
}

void RecordTableModel::bindWhere(QSqlQuery &query) const
{
    for (const QString &collection : m_collections)
        query.addBindValue(collection);
    if (!m_match.isEmpty())
        query.addBindValue(m_match);
}

QVector<RecordTableModel::Row> RecordTableModel::readPage(qint64 afterFid) const
{
    QVector<Row> page;
    if (m_collections.isEmpty())
        return page;
    QSqlQuery query(m_mirror.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT f.fid, f.collection, f.id, f.properties, f.updated_at "
                                 "FROM features f WHERE %1 AND f.fid > ? ORDER BY f.fid LIMIT ?")
                      .arg(whereClause()));
    bindWhere(query);
    query.addBindValue(afterFid);
    query.addBindValue(kPageSize);
    if (!query.exec())
        return page;
    page.reserve(kPageSize);
    while (query.next()) {
        Row row;
        row.fid = query.value(0).toLongLong();
        row.collection = query.value(1).toString();
        row.id = query.value(2).toString();
        row.properties = query.value(3).toByteArray();
        row.name = displayName(QJsonDocument::fromJson(row.properties).object(), row.id);
        row.updatedAt = query.value(4).toString();
        page.append(row);
    }
    return page;
}

void RecordTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_match = m_filter.trimmed().isEmpty() ? QString() : ftsPrefixQuery(m_filter);
    // A filter with nothing searchable in it (only punctuation) matches nothing rather
    // than everything: the operator typed something and expects it to narrow the list.
    const bool impossibleFilter = !m_filter.trimmed().isEmpty() && m_match.isEmpty();
    m_exhausted = impossibleFilter || m_collections.isEmpty();
    m_countsKnown = false;
    endResetModel();
    if (!m_exhausted)
        fetchMore({});
    startCounting(impossibleFilter);
}

void RecordTableModel::startCounting(bool impossibleFilter)
{
    const quint64 generation = ++m_generation;
    m_counter->disconnect(this);
    connect(m_counter, &QFutureWatcherBase::finished, this, [this, generation] {
        if (generation != m_generation)
            return; // a newer refresh is counting
        const Counts counts = m_counter->result();
        m_total = counts.total;
        m_matching = counts.matching;
        m_lastSync = counts.lastSync;
        m_countsKnown = true;
        emit countsChanged();
    });
    // The pool thread uses its own connection to the mirror (SqliteFile is per thread).
    const SqliteFile *mirror = &m_mirror;
    const QStringList collections = m_collections;
    const QString where = whereClause();
    const QString match = m_match;
    m_counter->setFuture(QtConcurrent::run([mirror, collections, where, match, impossibleFilter] {
        Counts counts;
        if (collections.isEmpty())
            return counts;
        const FeatureStore store(*mirror);
        counts.total = store.count(collections);
        if (counts.total == 0)
            counts.lastSync = store.lastSuccessfulSync(collections).value_or(QDateTime());
        if (impossibleFilter || counts.total == 0) {
            counts.matching = 0;
        } else if (match.isEmpty()) {
            counts.matching = counts.total;
        } else {
            QSqlQuery count(mirror->connection());
            count.prepare(QStringLiteral("SELECT count(*) FROM features f WHERE %1").arg(where));
            for (const QString &collection : collections)
                count.addBindValue(collection);
            count.addBindValue(match);
            if (count.exec() && count.next())
                counts.matching = count.value(0).toLongLong();
        }
        return counts;
    }));
}

} // namespace ioc::core
