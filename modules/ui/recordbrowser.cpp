#include "ui/recordbrowser.h"

#include "core/displaytime.h"
#include "core/featurestore.h"
#include "core/recordcsv.h"
#include "core/recordtablemodel.h"
#include "core/sqlitefile.h"
#include "ui/theme.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ioc::ui {

namespace {
// Long enough to skip the intermediate letters of a typed word, short enough to feel live.
constexpr int kFilterDelayMs = 150;
} // namespace

RecordBrowser::RecordBrowser(
    const core::SqliteFile &mirror, const QStringList &collections, QWidget *parent)
    : QWidget(parent)
    , m_mirror(mirror)
    , m_collections(collections)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("recordFilter"));
    m_filter->setPlaceholderText(tr("Filter records (diacritics optional)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter records"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("recordCount"));

    m_model = new core::RecordTableModel(mirror, collections, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setAccessibleName(tr("Records"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the next control
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(
        core::RecordTableModel::NameColumn, QHeaderView::Stretch);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);

    m_freshness = new QLabel(this);
    m_freshness->setObjectName(QStringLiteral("freshness"));
    m_freshness->setAccessibleName(tr("Data age"));

    auto *exportCsv = new QToolButton(this);
    exportCsv->setObjectName(QStringLiteral("exportRecordsCsv"));
    exportCsv->setText(tr("CSV…"));
    exportCsv->setToolTip(tr("Export the records shown (all of them, with this filter) as CSV"));
    exportCsv->setAccessibleName(tr("Export records as CSV"));
    connect(exportCsv, &QToolButton::clicked, this, &RecordBrowser::exportCsv);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(exportCsv);
    top->addWidget(m_count);
    top->addWidget(m_freshness);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this,
        [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_model, &core::RecordTableModel::countsChanged, this, &RecordBrowser::updateCounts);
    updateCounts();
}

QString RecordBrowser::emptyStateText() const
{
    return m_emptyState->text();
}

bool RecordBrowser::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void RecordBrowser::refresh()
{
    m_model->refresh();
}

bool RecordBrowser::selectRecord(
    const QString &collection, const QString &featureId, const QString &name)
{
    // Pages fetched looking for it, before and after filtering: enough for any record an
    // operator can reach by scrolling, bounded so a missing one costs little.
    constexpr int kPagesToSearch = 8;
    auto find = [&]() -> int {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(core::RecordTableModel::FeatureIdRole).toString() == featureId
                && (collection.isEmpty()
                    || index.data(core::RecordTableModel::CollectionRole).toString() == collection))
                return row;
        }
        return -1;
    };
    auto findFetching = [&] {
        int row = find();
        for (int page = 0; row < 0 && page < kPagesToSearch && m_model->canFetchMore({}); ++page) {
            m_model->fetchMore({});
            row = find();
        }
        return row;
    };
    int row = findFetching();
    if (row < 0 && !name.isEmpty()) {
        const QSignalBlocker block(m_filter);
        m_filter->setText(name);
        m_model->setFilterText(name);
        row = findFetching();
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QString RecordBrowser::freshnessText() const
{
    return m_freshness->text();
}

void RecordBrowser::setFreshness(
    const QDateTime &lastSuccess, qint64 intervalSeconds, const QDateTime &now)
{
    if (!lastSuccess.isValid()) {
        m_staleness = Staleness::Unknown;
        m_freshness->clear();
        return;
    }
    const qint64 age = lastSuccess.secsTo(now);
    const QLocale locale;
    // Today: the time is enough; older: the date matters more than the minute.
    m_freshness->setText(tr("Data as of %1").arg(core::formatDisplayTime(lastSuccess, now)));
    // Colours come from the theme (text role), so they follow the light/dark theme and
    // keep their contrast; the ⚠ sign says it without colour.
    TextRole badge = TextRole::Muted;
    if (intervalSeconds > 0 && age > intervalSeconds * 10) {
        m_staleness = Staleness::VeryStale;
        badge = TextRole::ErrorBadge;
        m_freshness->setText(QStringLiteral("⚠ ") + m_freshness->text());
    } else if (intervalSeconds > 0 && age > intervalSeconds * 3) {
        m_staleness = Staleness::Stale;
        badge = TextRole::WarningBadge;
        m_freshness->setText(QStringLiteral("⚠ ") + m_freshness->text());
    } else {
        m_staleness = Staleness::Fresh;
    }
    setTextRole(m_freshness, badge);
    m_freshness->setToolTip(locale.toString(core::toDisplayTime(lastSuccess), QLocale::LongFormat));
}

void RecordBrowser::updateCounts()
{
    if (!m_model->countsKnown())
        return; // the counts are on their way (read on the thread pool)
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    if (total == 0) {
        const QDateTime lastSync = m_model->lastSuccessfulSync();
        const QString when = lastSync.isValid()
            ? locale.toString(core::toDisplayTime(lastSync), QLocale::ShortFormat)
            : tr("never");
        m_emptyState->setText(tr("No data yet — last sync: %1").arg(when));
        m_stack->setCurrentWidget(m_emptyState);
        m_filter->setEnabled(false);
        m_count->clear();
        return;
    }
    m_filter->setEnabled(true);
    m_stack->setCurrentWidget(m_table);
    if (m_model->filterText().trimmed().isEmpty())
        m_count->setText(tr("%1 records").arg(locale.toString(total)));
    else
        m_count->setText(
            tr("%1 of %2 records")
                .arg(locale.toString(m_model->matchingCount()), locale.toString(total)));
}

void RecordBrowser::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export records"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_collections.value(0, QStringLiteral("records")) + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        startCsvExport(path);
}

void RecordBrowser::startCsvExport(const QString &path)
{
    // Every page is read, so it runs on a worker with its own connection.
    auto *watcher = new QFutureWatcher<QPair<qint64, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const auto [written, error] = watcher->result();
        watcher->deleteLater();
        if (written < 0)
            QMessageBox::warning(this, tr("Export records"), error);
        emit csvExported(path, written);
    });
    watcher->setFuture(QtConcurrent::run(
        [&mirror = m_mirror, collections = m_collections, columns = m_model->propertyColumns(),
            filter = m_model->filterText(), path] {
            QString error;
            const qint64 written
                = core::writeRecordsCsv(mirror, collections, columns, filter, path, &error);
            return qMakePair(written, error);
        }));
}

} // namespace ioc::ui
