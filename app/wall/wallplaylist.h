#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace ioc::app {

// What the wall shows when: a rotation of boards ("overview", module ids) that a critical
// alert interrupts. The interrupting board stays until the alert is acknowledged at a
// workstation or its hold time passes; then the rotation resumes on the board it left.
// Time is passed in (advance(now)), never read, so tests drive it without sleeping.
class WallPlaylist : public QObject
{
    Q_OBJECT

public:
    struct Interruption
    {
        QString alertId;
        QString boardId; // the module of the alert (its board shows the place)
        QString text; // what the wall says about it: severity, module, place, message
        QDateTime until; // automatic end if nobody acknowledges
    };

    explicit WallPlaylist(QObject *parent = nullptr);

    // An empty list falls back to {"overview"}: the wall never shows nothing.
    void setBoards(const QStringList &boards, int secondsPerBoard, const QDateTime &now);
    void setInterruptionHoldSeconds(int seconds) { m_holdSeconds = qMax(5, seconds); }

    // A new critical alert. Alerts that arrive while another interrupts wait their turn, in
    // order; the same alert twice is one interruption.
    void interrupt(
        const QString &alertId, const QString &boardId, const QString &text, const QDateTime &now);
    // Acknowledged (or resolved) somewhere: its interruption ends, or it leaves the queue.
    void release(const QString &alertId, const QDateTime &now);
    // Moves time forward: rotates, ends interruptions whose hold has passed.
    void advance(const QDateTime &now);

    QString currentBoard() const;
    bool isInterrupted() const { return !m_interruptions.isEmpty(); }
    const Interruption *currentInterruption() const;
    int rotationIndex() const { return m_index; }
    QStringList boards() const { return m_boards; }
    int secondsPerBoard() const { return m_secondsPerBoard; }

signals:
    void currentChanged(const QString &boardId);
    // The alert on screen changed (a new one, the next in the queue, or none).
    void interruptionChanged();

private:
    void startInterruption(const QDateTime &now);
    void emitIfChanged(const QString &before);

    QStringList m_boards { QStringLiteral("overview") };
    int m_secondsPerBoard = 20;
    int m_holdSeconds = 300;
    int m_index = 0;
    QDateTime m_boardSince; // when the current rotation board came up
    QDateTime m_pausedAt; // rotation time stops while an interruption is shown
    QList<Interruption> m_interruptions; // first = on screen
};

} // namespace ioc::app
