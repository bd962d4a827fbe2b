#include "sync/runbounds.h"

#include "sync/origin.h"
#include "sync/syncsettings.h"

namespace ioc::sync {

namespace {

// Pages in a row without features (but with a next link) before a run gives up: a
// server paging by limit=0 or a broken cursor would otherwise never end.
constexpr int kMaxEmptyPagesInARow = 3;

} // namespace

void PagingGuard::startRun()
{
    m_visited.clear();
    m_emptyPagesInARow = 0;
}

QString PagingGuard::refuseNext(
    const QString &what, const QUrl &next, int received, const QUrl &origin)
{
    const bool hasNext = next.isValid() && !next.isEmpty();
    if (hasNext && !isSameOrigin(next, origin)) {
        return QStringLiteral("%1: its next link leads away from the data center, to %2: refused")
            .arg(what, next.toString(QUrl::RemoveUserInfo));
    }
    if (hasNext && m_visited.contains(next.toString(QUrl::FullyEncoded))) {
        return QStringLiteral("%1: its next link leads back to a page already read (%2)")
            .arg(what, next.toString());
    }
    m_emptyPagesInARow = received == 0 ? m_emptyPagesInARow + 1 : 0;
    if (hasNext && m_emptyPagesInARow >= kMaxEmptyPagesInARow) {
        return QStringLiteral("%1: %2 empty pages in a row, each with a next link")
            .arg(what)
            .arg(m_emptyPagesInARow);
    }
    return {};
}

QString runLimitReached(const SyncSettings &settings, int pagesRead, qint64 elapsedMs)
{
    if (pagesRead + 1 >= settings.maxPagesPerRun)
        return QStringLiteral("the run stopped after %1 pages, its limit; the next run goes on "
                              "from there")
            .arg(pagesRead + 1);
    if (elapsedMs >= std::chrono::milliseconds(settings.runDeadline).count())
        return runDeadlineMessage(settings, pagesRead);
    return {};
}

QString runDeadlineMessage(const SyncSettings &settings, int pagesRead)
{
    const qint64 seconds = settings.runDeadline.count();
    return QStringLiteral("the run stopped after %1, its limit, at page %2; the next run goes "
                          "on from there")
        .arg(seconds < 120 ? QStringLiteral("%1 s").arg(seconds)
                           : QStringLiteral("%1 min").arg(seconds / 60))
        .arg(pagesRead + 1);
}

} // namespace ioc::sync
