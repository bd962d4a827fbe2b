#pragma once

#include <QDateTime>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ioc::core {
class RecordTableModel;
class SqliteFile;
} // namespace ioc::core

namespace ioc::ui {

// A module's records: a filter box, a count and a table over the module's cached data.
// With nothing cached it says so, and when the last sync was, instead of an empty grid.
class RecordBrowser : public QWidget
{
    Q_OBJECT

public:
    RecordBrowser(
        const core::SqliteFile &mirror, const QStringList &collections, QWidget *parent = nullptr);

    core::RecordTableModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    // The text shown in place of the table when the module has no data.
    QString emptyStateText() const;
    bool isShowingEmptyState() const;

    // "Data as of HH:MM" for the module's collections: amber when older than 3 sync
    // intervals, red beyond 10 (an operator must not read stale figures as live).
    void setFreshness(const QDateTime &lastSuccess, qint64 intervalSeconds, const QDateTime &now);
    QString freshnessText() const;
    enum class Staleness { Unknown, Fresh, Stale, VeryStale };
    Staleness staleness() const { return m_staleness; }

    // Makes a record current and visible: among the rows already fetched or the next few
    // pages; failing that, the records are filtered to `name` and searched again. An empty
    // collection matches any of the browser's. False when it is not found.
    bool selectRecord(const QString &collection, const QString &featureId, const QString &name);

    // Writes every matching record (not only the loaded pages) as UTF-8 CSV with a BOM, on
    // a worker; csvExported() reports the count (-1 on failure, with a message box).
    void startCsvExport(const QString &path);

signals:
    void csvExported(const QString &path, qint64 records);

public slots:
    void refresh();
    void exportCsv();

private:
    void updateCounts();

    const core::SqliteFile &m_mirror;
    QStringList m_collections;
    core::RecordTableModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QTimer *m_filterDelay = nullptr;
    QLabel *m_freshness = nullptr;
    Staleness m_staleness = Staleness::Unknown;
};

} // namespace ioc::ui
