#pragma once

#include "sync/syncstatus.h"

#include <QDialog>

class QTableWidget;

namespace ioc::core {
class SqliteFile;
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

    QTableWidget *collectionsTable() const { return m_collections; }
    QTableWidget *issuesTable() const { return m_issues; }

private:
    QTableWidget *m_collections = nullptr;
    QTableWidget *m_issues = nullptr;
};

} // namespace ioc::app
