#include "statusbarcontroller.h"

#include "core/outboxstore.h"
#include "core/sqlitefile.h"
#include "sync/syncstatusmodel.h"
#include "ui/theme.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent>
#include <utility>

namespace ioc::app {

namespace {

// Modules fill the outbox too (acknowledgements, notes): a COUNT on a small table every
// few seconds keeps the status bar true without a hook in each module.
constexpr int kOutboxPollMs = 5000;

} // namespace

StatusBarController::StatusBarController(QMainWindow *window, const core::SqliteFile &operatorStore)
    : QObject(window)
    , m_operatorStore(operatorStore)
{
    m_connection = new QLabel(window);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_connection->setAccessibleName(tr("Connection"));
    m_notice = new QLabel(window);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(false);
    m_outbox = new QLabel(window);
    m_outbox->setObjectName(QStringLiteral("outboxState"));
    m_outbox->setAccessibleName(tr("Outbox"));
    m_progress = new QProgressBar(window);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(true);
    m_progress->hide();
    QStatusBar *bar = window->statusBar();
    bar->addWidget(m_notice, 1);
    bar->addPermanentWidget(m_outbox);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_connection);
    m_model = new sync::SyncStatusModel(this);
    updateConnection();

    m_outboxPoll = new QTimer(this);
    m_outboxPoll->setInterval(kOutboxPollMs);
    connect(m_outboxPoll, &QTimer::timeout, this, &StatusBarController::refreshOutboxCount);
    m_outboxPoll->start();
    refreshOutboxCount();
}

void StatusBarController::showNotice(const QString &text, bool warning)
{
    m_notice->setText(text);
    m_notice->setToolTip(text);
    ui::setTextRole(m_notice, warning ? ui::TextRole::WarningBadge : ui::TextRole::Normal);
}

void StatusBarController::clearNotice(const QString &text)
{
    if (!text.isEmpty() && m_notice->text() == text)
        showNotice(QString());
}

void StatusBarController::setWorkingOffline(bool offline)
{
    m_offline = offline;
    if (offline)
        m_progress->hide();
    updateConnection();
    refreshOutboxCount();
}

const sync::SyncStatus &StatusBarController::syncStatus() const
{
    return m_model->status();
}

void StatusBarController::setSyncStatus(const sync::SyncStatus &status)
{
    m_model->setStatus(status);
    updateConnection();
    if (status.state == sync::SyncStatus::State::Syncing && !m_offline) {
        const int percent = m_model->progressPercent();
        if (percent >= 0)
            m_progress->setRange(0, 100);
        else
            m_progress->setRange(0, 0); // size unknown: busy indicator
        m_progress->setValue(std::max(0, percent));
        m_progress->setFormat(m_model->progressText());
        m_progress->show();
    } else {
        m_progress->hide();
    }
}

void StatusBarController::setOutboxCounts(int pending, int rejected)
{
    m_pending = pending;
    m_rejected = rejected;
    m_outbox->setText(outboxText());
    // Waiting actions stand out (and say so in words): work not yet at the data center.
    ui::setTextRole(
        m_outbox, pending + rejected > 0 ? ui::TextRole::WarningBadge : ui::TextRole::Normal);
}

void StatusBarController::refreshOutboxCount()
{
    if (m_counting) {
        m_recount = true; // it may have read before the change: once more after it
        return;
    }
    m_counting = true;
    const core::SqliteFile *store = &m_operatorStore;
    auto *watcher = new QFutureWatcher<QPair<int, int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_counting = false;
        const QPair<int, int> counts = watcher->result();
        setOutboxCounts(counts.first, counts.second);
        emit outboxCounted();
        if (std::exchange(m_recount, false))
            refreshOutboxCount();
    });
    watcher->setFuture(QtConcurrent::run([store] {
        const core::OutboxStore outbox(*store);
        return qMakePair(outbox.pendingCount(), outbox.rejectedCount());
    }));
}

QString StatusBarController::outboxText() const
{
    QStringList parts;
    if (m_pending > 0)
        parts << tr("%n action(s) waiting to be sent", nullptr, m_pending);
    if (m_rejected > 0)
        parts << tr("%n action(s) refused by the data center", nullptr, m_rejected);
    return parts.join(QStringLiteral(" · "));
}

void StatusBarController::updateConnection()
{
    QString text;
    bool problem = false;
    using State = sync::SyncStatus::State;
    if (m_offline) {
        text = tr("Offline — working from the cache");
    } else {
        switch (m_model->status().state) {
        case State::NotConfigured:
            text = tr("Data center: not configured");
            break;
        case State::Online:
            text = tr("Online");
            break;
        case State::Syncing:
            text = tr("Syncing…");
            break;
        case State::Offline:
            text = tr("Offline — retrying; working from the cache");
            problem = true;
            break;
        case State::CredentialsRefused:
            text = tr("The data center refused the credentials — fix the token, then Sync now");
            problem = true;
            break;
        }
    }
    m_connection->setText(text);
    // Colour from the theme; the words themselves say what is wrong.
    ui::setTextRole(m_connection, problem ? ui::TextRole::Error : ui::TextRole::Normal);
}

} // namespace ioc::app
