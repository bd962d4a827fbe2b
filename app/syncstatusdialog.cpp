#include "syncstatusdialog.h"

#include "core/collectiontitles.h"
#include "core/displaytime.h"
#include "sync/syncstatusmodel.h"
#include "sync/syncstore.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

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
    m_issues = makeTable(
        { tr("Collection"), tr("Feature"), tr("Reason"), tr("Seen"), tr("Received text") }, this);
    m_issues->setObjectName(QStringLiteral("dataIssues"));
    // Read on the thread pool: up to 1,000 quarantined features with their raw text.
    QStringList collections;
    for (const sync::CollectionStatus &collection : status.collections)
        collections.append(collection.collection);
    const core::SqliteFile *file = &mirror;
    m_issuesLoader = new QFutureWatcher<QList<sync::QuarantineRow>>(this);
    connect(m_issuesLoader, &QFutureWatcherBase::finished, this,
        [this] { showIssues(m_issuesLoader->result()); });
    m_issuesLoader->setFuture(QtConcurrent::run(
        [file, collections] { return sync::SyncStore(*file).quarantine(collections, 1000); }));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_collections, tr("Collections"));
    m_tabs->addTab(m_issues, tr("Data issues"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_confirmDeletion = new QPushButton(tr("&Delete held features…"), this);
    m_confirmDeletion->setObjectName(QStringLiteral("confirmDeletion"));
    m_confirmDeletion->setToolTip(tr("The data center no longer lists many features of the "
                                     "selected collection; they were kept until you confirm"));
    buttons->addButton(m_confirmDeletion, QDialogButtonBox::ActionRole);
    connect(
        m_confirmDeletion, &QPushButton::clicked, this, &SyncStatusDialog::confirmSelectedDeletion);
    connect(m_collections->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SyncStatusDialog::updateConfirmButton);
    connect(m_model, &sync::SyncStatusModel::overallChanged, this,
        &SyncStatusDialog::updateConfirmButton);
    // The first collection with a held deletion is selected, so the button is ready.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->collectionAt(row).heldDeletions > 0) {
            m_collections->selectRow(row);
            break;
        }
    }
    updateConfirmButton();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(overall);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
}

void SyncStatusDialog::updateConfirmButton()
{
    const int row = m_collections->currentIndex().row();
    const bool held
        = row >= 0 && row < m_model->rowCount() && m_model->collectionAt(row).heldDeletions > 0;
    m_confirmDeletion->setEnabled(held);
}

SyncStatusDialog::~SyncStatusDialog()
{
    m_issuesLoader->waitForFinished();
}

void SyncStatusDialog::showIssues(const QList<sync::QuarantineRow> &issues)
{
    for (const sync::QuarantineRow &issue : issues) {
        const int row = m_issues->rowCount();
        m_issues->insertRow(row);
        m_issues->setItem(row, 0, new QTableWidgetItem(core::collectionTitle(issue.collection)));
        m_issues->setItem(row, 1, new QTableWidgetItem(issue.featureId));
        m_issues->setItem(row, 2, new QTableWidgetItem(issue.reason));
        m_issues->setItem(row, 3, new QTableWidgetItem(when(issue.seenAt)));
        auto *raw = new QTableWidgetItem(QString::fromUtf8(issue.raw.left(200)));
        raw->setToolTip(QString::fromUtf8(issue.raw));
        m_issues->setItem(row, 4, raw);
    }
    m_issues->resizeColumnsToContents();
    m_tabs->setTabText(m_tabs->indexOf(m_issues),
        tr("Data issues (%1)").arg(QLocale().toString(m_issues->rowCount())));
    emit issuesLoaded();
}

bool SyncStatusDialog::confirmSelectedDeletion()
{
    const int row = m_collections->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const sync::CollectionStatus &collection = m_model->collectionAt(row);
    if (collection.heldDeletions <= 0)
        return false;
    const QString name = collection.collection;
    const int count = collection.heldDeletions;
    QMessageBox question(QMessageBox::Warning, tr("Delete features no longer on the data center?"),
        tr("The data center no longer lists %Ln feature(s) of “%1” that this workstation "
           "still has. That is more of the collection than sync deletes on its own: it more "
           "often means the server answers from the wrong table or filter than that they "
           "were removed.",
            nullptr, count)
            .arg(name),
        QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("confirmDeletionQuestion"));
    question.setInformativeText(tr("Delete them from this workstation's copy? The next sync "
                                   "does it; if even more have gone by then, it asks again."));
    QPushButton *remove = question.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != remove)
        return false;
    emit massDeletionConfirmed(name, count);
    return true;
}

} // namespace ioc::app
