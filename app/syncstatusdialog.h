#pragma once

#include "sync/syncstatus.h"

#include <QDialog>

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
class SyncStatusDialog : public QDialog
{
    Q_OBJECT

public:
    SyncStatusDialog(
        const core::SqliteFile &mirror, const sync::SyncStatus &status, QWidget *parent = nullptr);

    QTableView *collectionsView() const { return m_collections; }
    sync::SyncStatusModel *statusModel() const { return m_model; }
    QTableWidget *issuesTable() const { return m_issues; }

private:
    sync::SyncStatusModel *m_model = nullptr;
    QTableView *m_collections = nullptr;
    QTableWidget *m_issues = nullptr;
};

} // namespace ioc::app
