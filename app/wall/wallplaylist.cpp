#include "wall/wallplaylist.h"

namespace ioc::app {

WallPlaylist::WallPlaylist(QObject *parent)
    : QObject(parent)
{ }

void WallPlaylist::setBoards(const QStringList &boards, int secondsPerBoard, const QDateTime &now)
{
    const QString before = currentBoard();
    m_boards = boards.isEmpty() ? QStringList { QStringLiteral("overview") } : boards;
    m_secondsPerBoard = qMax(3, secondsPerBoard);
    m_index = 0;
    m_boardSince = now;
    emitIfChanged(before);
}

QString WallPlaylist::currentBoard() const
{
    if (!m_interruptions.isEmpty())
        return m_interruptions.first().boardId;
    return m_boards.value(m_index);
}

const WallPlaylist::Interruption *WallPlaylist::currentInterruption() const
{
    return m_interruptions.isEmpty() ? nullptr : &m_interruptions.first();
}

void WallPlaylist::interrupt(
    const QString &alertId, const QString &boardId, const QString &text, const QDateTime &now)
{
    for (const Interruption &existing : std::as_const(m_interruptions))
        if (existing.alertId == alertId)
            return;
    const QString before = currentBoard();
    const bool wasInterrupted = isInterrupted();
    m_interruptions.append({ alertId, boardId, text, {} });
    if (!wasInterrupted) {
        m_pausedAt = now;
        startInterruption(now);
    }
    emitIfChanged(before);
    if (!wasInterrupted)
        emit interruptionChanged();
}

void WallPlaylist::startInterruption(const QDateTime &now)
{
    m_interruptions.first().until = now.addSecs(m_holdSeconds);
}

void WallPlaylist::release(const QString &alertId, const QDateTime &now)
{
    const QString before = currentBoard();
    for (int i = 0; i < m_interruptions.size(); ++i) {
        if (m_interruptions[i].alertId != alertId)
            continue;
        m_interruptions.removeAt(i);
        if (i == 0) {
            if (!m_interruptions.isEmpty()) {
                startInterruption(now);
            } else {
                // Resume where the rotation was: the board it left keeps the time it had.
                m_boardSince = m_boardSince.addMSecs(m_pausedAt.msecsTo(now));
            }
        }
        emitIfChanged(before);
        if (i == 0)
            emit interruptionChanged();
        return;
    }
}

void WallPlaylist::advance(const QDateTime &now)
{
    while (!m_interruptions.isEmpty() && now >= m_interruptions.first().until)
        release(m_interruptions.first().alertId, m_interruptions.first().until);
    if (isInterrupted() || m_boards.size() < 2 || !m_boardSince.isValid()) {
        if (!m_boardSince.isValid())
            m_boardSince = now;
        return;
    }
    const QString before = currentBoard();
    const qint64 period = qint64(m_secondsPerBoard) * 1000;
    const qint64 elapsed = m_boardSince.msecsTo(now);
    if (elapsed >= period) {
        const qint64 steps = elapsed / period;
        m_index = int((m_index + steps) % m_boards.size());
        m_boardSince = m_boardSince.addMSecs(steps * period);
    }
    emitIfChanged(before);
}

void WallPlaylist::emitIfChanged(const QString &before)
{
    const QString now = currentBoard();
    if (now != before)
        emit currentChanged(now);
}

} // namespace ioc::app
