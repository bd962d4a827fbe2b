#include "syncstatusdialog.h"

#include "core/displaytime.h"
#include "sync/syncstatusmodel.h"
#include "sync/syncstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ioc::app {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(false);
    return table;
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(core::toDisplayTime(time), QLocale::ShortFormat)
                          : QString();
}

} // namespace

SyncStatusDialog::SyncStatusDialog(
    const core::SqliteFile &mirror, const sync::SyncStatus &status, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sync status and data issues"));
    resize(900, 500);

    // The same model the status bar reads (sync::SyncStatusModel), here as a table.
    m_model = new sync::SyncStatusModel(this);
    m_model->setStatus(status);
    m_collections = new QTableView(this);
    m_collections->setObjectName(QStringLiteral("syncCollections"));
    m_collections->setModel(m_model);
    m_collections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_collections->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_collections->verticalHeader()->hide();
    m_collections->horizontalHeader()->setStretchLastSection(true);
    m_collections->resizeColumnsToContents();
    auto *overall = new QLabel(this);
    overall->setObjectName(QStringLiteral("syncOverall"));
    const auto showOverall = [this, overall] {
        const QString progress = m_model->progressText();
        overall->setText(progress.isEmpty()
                ? m_model->stateText()
                : m_model->stateText() + QStringLiteral(" — ") + progress);
    };
    showOverall();
    connect(m_model, &sync::SyncStatusModel::overallChanged, overall, showOverall);
    const QLocale locale;

    m_issues = makeTable(
        { tr("Collection"), tr("Feature"), tr("Reason"), tr("Seen"), tr("Received text") }, this);
    m_issues->setObjectName(QStringLiteral("dataIssues"));
    QStringList collections;
    for (const sync::CollectionStatus &collection : status.collections)
        collections.append(collection.collection);
    const sync::SyncStore store(mirror);
    for (const sync::QuarantineRow &issue : store.quarantine(collections, 1000)) {
        const int row = m_issues->rowCount();
        m_issues->insertRow(row);
        m_issues->setItem(row, 0, new QTableWidgetItem(issue.collection));
        m_issues->setItem(row, 1, new QTableWidgetItem(issue.featureId));
        m_issues->setItem(row, 2, new QTableWidgetItem(issue.reason));
        m_issues->setItem(row, 3, new QTableWidgetItem(when(issue.seenAt)));
        auto *raw = new QTableWidgetItem(QString::fromUtf8(issue.raw.left(200)));
        raw->setToolTip(QString::fromUtf8(issue.raw));
        m_issues->setItem(row, 4, raw);
    }
    m_issues->resizeColumnsToContents();

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_collections, tr("Collections"));
    tabs->addTab(m_issues, tr("Data issues (%1)").arg(locale.toString(m_issues->rowCount())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(overall);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

} // namespace ioc::app
