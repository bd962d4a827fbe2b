#include "syncstatusdialog.h"

#include "core/displaytime.h"
#include "sync/syncstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QTabWidget>
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

    m_collections = makeTable({ tr("Collection"), tr("Last success"), tr("Last attempt"),
                                  tr("Features"), tr("Quarantined"), tr("Last error") },
        this);
    m_collections->setObjectName(QStringLiteral("syncCollections"));
    const QLocale locale;
    for (const sync::CollectionStatus &collection : status.collections) {
        const int row = m_collections->rowCount();
        m_collections->insertRow(row);
        m_collections->setItem(row, 0, new QTableWidgetItem(collection.collection));
        m_collections->setItem(row, 1, new QTableWidgetItem(when(collection.lastSuccess)));
        m_collections->setItem(row, 2, new QTableWidgetItem(when(collection.lastAttempt)));
        m_collections->setItem(
            row, 3, new QTableWidgetItem(locale.toString(collection.featureCount)));
        m_collections->setItem(
            row, 4, new QTableWidgetItem(locale.toString(collection.quarantined)));
        m_collections->setItem(row, 5, new QTableWidgetItem(collection.lastError));
    }
    m_collections->resizeColumnsToContents();

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
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

} // namespace ioc::app
