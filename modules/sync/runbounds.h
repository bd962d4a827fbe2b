#pragma once

#include <QSet>
#include <QString>
#include <QUrl>

namespace ioc::sync {

struct SyncSettings;

// Out of CollectionSyncer: what keeps one run finite (docs/reliability.md), in one place.
// Paging that cannot end (a next link off the data center or back to a page already
// read, empty page after empty page) and the run's own limits (pages, wall time).

// The pages of one run, to refuse paging that would not end.
class PagingGuard
{
public:
    // A run starts: no page visited.
    void startRun();
    // A page of this run is requested.
    void visit(const QUrl &url) { m_visited.insert(url.toString(QUrl::FullyEncoded)); }
    // A page (`what`, for the message) with `received` features was read and links to
    // `next` (empty: the last page). Why the run must not follow it, or empty when it may;
    // counts empty pages in a row either way.
    QString refuseNext(const QString &what, const QUrl &next, int received, const QUrl &origin);

private:
    QSet<QString> m_visited; // pages of this run: a next link back to one is a loop
    int m_emptyPagesInARow = 0;
};

// Pages per run and the run's deadline, with `pagesRead` pages read and `elapsedMs` of
// the run gone: empty while within them, else the reason.
QString runLimitReached(const SyncSettings &settings, int pagesRead, qint64 elapsedMs);
// The run's deadline passed while page pagesRead + 1 was read.
QString runDeadlineMessage(const SyncSettings &settings, int pagesRead);

} // namespace ioc::sync
