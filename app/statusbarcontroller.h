#pragma once

#include "sync/syncstatus.h"

#include <QObject>

class QLabel;
class QMainWindow;
class QProgressBar;
class QTimer;

namespace ioc::core {
class SqliteFile;
}
namespace ioc::sync {
class SyncStatusModel;
}

namespace ioc::app {

// The window's status bar: a notice (cache recovery, a full disk, a damaged layout), the
// actions waiting in the outbox, the progress of a long sync, and the connection. Fed by
// the sync thread's signals; the outbox — written by modules too (acknowledgements, notes)
// and still counted when sync is off — is counted on the thread pool every few seconds,
// so no SQL runs on the UI thread.
class StatusBarController : public QObject
{
    Q_OBJECT

public:
    StatusBarController(QMainWindow *window, const core::SqliteFile &operatorStore);

    // Kept until replaced. clearNotice(text) clears it only if it still says `text`.
    void showNotice(const QString &text, bool warning = false);
    void clearNotice(const QString &text);

    void setWorkingOffline(bool offline);
    void setSyncStatus(const sync::SyncStatus &status);
    const sync::SyncStatus &syncStatus() const;
    sync::SyncStatusModel *statusModel() const { return m_model; }

    // From the sync thread (SyncEngine::outboxChanged) or from a count of our own.
    void setOutboxCounts(int pending, int rejected);
    // Counts the outbox on the thread pool; outboxCounted() follows.
    void refreshOutboxCount();
    // "3 actions waiting to be sent · 1 action refused by the data center" (translated).
    QString outboxText() const;

signals:
    void outboxCounted();

private:
    void updateConnection();

    const core::SqliteFile &m_operatorStore;
    QLabel *m_notice = nullptr;
    QLabel *m_outbox = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_connection = nullptr;
    QTimer *m_outboxPoll = nullptr;
    sync::SyncStatusModel *m_model = nullptr;
    bool m_offline = false;
    bool m_counting = false;
    bool m_recount = false;
    int m_pending = 0;
    int m_rejected = 0;
};

} // namespace ioc::app
