#include "ui/dataissuesview.h"

#include "core/collectiontitles.h"
#include "core/displaytime.h"
#include "sync/syncstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ioc::ui {

namespace {
// The dialog shows 1,000; a dock tab is for a glance, the dialog for the whole list.
constexpr int kMaxRows = 500;
} // namespace

DataIssuesView::DataIssuesView(
    const core::SqliteFile &mirror, const QStringList &collections, QWidget *parent)
    : QWidget(parent)
    , m_mirror(mirror)
    , m_collections(collections)
{
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("moduleDataIssues"));
    m_table->setHorizontalHeaderLabels(
        { tr("Collection"), tr("Feature"), tr("Reason"), tr("Seen"), tr("Received text") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty
        = new QLabel(tr("No data issues: every record received for this module was valid."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
}

int DataIssuesView::issueCount() const
{
    return m_table->rowCount();
}

void DataIssuesView::refresh()
{
    const sync::SyncStore store(m_mirror);
    const QList<sync::QuarantineRow> rows = store.quarantine(m_collections, kMaxRows);
    m_table->setRowCount(0);
    const QLocale locale;
    for (const sync::QuarantineRow &issue : rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(core::collectionTitle(issue.collection)));
        m_table->setItem(row, 1, new QTableWidgetItem(issue.featureId));
        m_table->setItem(row, 2, new QTableWidgetItem(issue.reason));
        m_table->setItem(row, 3,
            new QTableWidgetItem(issue.seenAt.isValid()
                    ? locale.toString(core::toDisplayTime(issue.seenAt), QLocale::ShortFormat)
                    : QString()));
        auto *raw = new QTableWidgetItem(QString::fromUtf8(issue.raw.left(200)));
        raw->setToolTip(QString::fromUtf8(issue.raw));
        m_table->setItem(row, 4, raw);
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!rows.isEmpty());
    m_empty->setVisible(rows.isEmpty());
    emit countChanged(int(rows.size()));
}

} // namespace ioc::ui
