#pragma once

#include "alerts/alertstore.h"

#include <QDialog>
#include <QFuture>
#include <QHash>
#include <QList>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ioc::core {
class SqliteFile;
}

namespace ioc::ui {

// Every transition of every alert (raised, acknowledged, resolved, silenced …), filtered by
// module, severity, transition, area and time, with CSV export. The query runs on a pool
// thread with its own connection (the history only grows).
class AlertHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    AlertHistoryDialog(const core::SqliteFile &operatorStore,
        const QHash<QString, QString> &moduleTitles, QWidget *parent = nullptr);
    // Waits for the pool work still running or queued: it reads the operator store, which
    // the caller may destroy right after the dialog (the window closing at exit).
    ~AlertHistoryDialog() override;

    int rowCount() const;

public slots:
    void refresh();
    void exportCsv(const QString &path = {});

signals:
    void refreshed();

private:
    alerts::HistoryFilter filter() const;
    void showRows(const QList<alerts::HistoryRow> &rows);

    // Remembers `work` for the destructor, forgetting what has finished.
    void keep(const QFuture<void> &work);

    const core::SqliteFile &m_store;
    QList<QFuture<void>> m_work; // pool work not known to be finished
    QHash<QString, QString> m_titles;
    QComboBox *m_module;
    QComboBox *m_severity;
    QComboBox *m_transition;
    QLineEdit *m_area;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_status;
    QList<alerts::HistoryRow> m_rows;
};

} // namespace ioc::ui
