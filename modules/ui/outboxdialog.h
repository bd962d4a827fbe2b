#pragma once

#include "core/outboxstore.h"

#include <QDialog>
#include <QFuture>
#include <QHash>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ioc::core {
class SqliteFile;
}

namespace ioc::ui {

// The actions the data center refused (acknowledgements, notes, directives), each with
// its reason, for the operator to send again (after fixing the cause) or discard; and
// every such decision made on this workstation, with who and when. Reading and deciding
// run on a pool thread with its own connection: no SQL on the UI thread.
class OutboxDialog : public QDialog
{
    Q_OBJECT

public:
    OutboxDialog(const core::SqliteFile &operatorStore, const QHash<QString, QString> &moduleTitles,
        QWidget *parent = nullptr);
    // Waits for the pool work still running or queued: it reads the operator store, which
    // the caller may destroy right after the dialog (the window closing at exit).
    ~OutboxDialog() override;

    int refusedCount() const;
    int decisionCount() const;
    // Selects a refused row (for tests and keyboard users alike).
    void selectRefused(int row);

public slots:
    void refresh();
    void resendSelected();
    void discardSelected();

signals:
    void refreshed();
    // An action was put back in the queue: the caller sends the outbox now.
    void resent();

private:
    struct Contents
    {
        QList<core::OutboxItem> refused;
        QList<core::OutboxDecision> decisions;
        QHash<QString, QString> directiveAgencies; // directive uuid -> the agency's name
    };
    void showContents(const Contents &contents);
    void decideSelected(core::OutboxDecision::Kind kind);
    QString kindName(const QString &collection) const;
    QString describe(
        const QString &uuid, const QString &collection, const QByteArray &payload) const;
    void updateButtons();

    // Remembers `work` for the destructor, forgetting what has finished.
    void keep(const QFuture<void> &work);

    const core::SqliteFile &m_store;
    QList<QFuture<void>> m_work; // pool work not known to be finished
    QHash<QString, QString> m_titles;
    QLineEdit *m_operator;
    QTableWidget *m_refused;
    QTableWidget *m_decisions;
    QPushButton *m_resend;
    QPushButton *m_discard;
    QLabel *m_status;
    Contents m_contents;
    bool m_busy = false;
};

} // namespace ioc::ui
