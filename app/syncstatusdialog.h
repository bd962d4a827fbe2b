#pragma once

#include "sync/syncstatus.h"
#include "sync/syncstore.h"

#include <QDialog>
#include <QFutureWatcher>

class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace ioc::core {
class SqliteFile;
}
namespace ioc::sync {
class SyncStatusModel;
}

namespace ioc::app {

// What an operator or the help desk needs when data looks wrong: per collection the last
// success, the last error, counts and quarantined features ("Data issues") with reasons.
// A deletion that reconciliation held back (more than the allowed share of a collection)
// is confirmed here, after a warning that says how many features would go.
class SyncStatusDialog : public QDialog
{
    Q_OBJECT

public:
    SyncStatusDialog(
        const core::SqliteFile &mirror, const sync::SyncStatus &status, QWidget *parent = nullptr);
    ~SyncStatusDialog() override;

    QTableView *collectionsView() const { return m_collections; }
    sync::SyncStatusModel *statusModel() const { return m_model; }
    // Filled when issuesLoaded() is emitted (read on the thread pool).
    QTableWidget *issuesTable() const { return m_issues; }
    QPushButton *confirmDeletionButton() const { return m_confirmDeletion; }

    // Asks the operator whether the held deletion of the selected collection may go;
    // emits massDeletionConfirmed when they agree. Returns whether they did.
    bool confirmSelectedDeletion();

signals:
    void massDeletionConfirmed(const QString &collection, int count);
    void issuesLoaded();

private:
    void updateConfirmButton();
    void showIssues(const QList<sync::QuarantineRow> &issues);

    sync::SyncStatusModel *m_model = nullptr;
    QTableView *m_collections = nullptr;
    QTableWidget *m_issues = nullptr;
    QPushButton *m_confirmDeletion = nullptr;
    QTabWidget *m_tabs = nullptr;
    QFutureWatcher<QList<sync::QuarantineRow>> *m_issuesLoader = nullptr;
};

} // namespace ioc::app
