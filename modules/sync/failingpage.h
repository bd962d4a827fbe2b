#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace ioc::sync {

// Out of CollectionSyncer: the arithmetic of reading around one page that keeps failing
// (docs/reliability.md, "Never wedged") is a state machine of its own, free of network
// and storage, so it is read (and reasoned about) apart from the request chain.

// Where an offset-paged request starts and how many it asks for; the parameter names
// OGC API servers use (offset: MapServer, pygeoapi, ldproxy; startIndex: GeoServer).
struct OffsetPaging
{
    QString offsetName;
    qint64 offset = 0;
    int limit = 0;
};

// The paging `url` asks for, when the URL says it: an offset parameter, or (a first page)
// only parameters we set, which starts at 0. std::nullopt for anything that may be a
// cursor, which cannot be split or stepped over.
std::optional<OffsetPaging> offsetPaging(const QUrl &url, bool firstPage, int defaultLimit);
// `url` asking for `paging` instead of its own.
QUrl withPaging(const QUrl &url, const OffsetPaging &paging);

// After kFailuresBeforeSplit failures of the same URL, asks for it in halves, down to one
// record, and goes past a record that cannot be read even alone. Only for servers paging
// by offset (the URL says where the next record is). Decides which URL comes next; the
// caller counts the failures and records the skips in the mirror.
class FailingPageWorkaround
{
public:
    explicit FailingPageWorkaround(const QString &collection)
        : m_collection(collection)
    { }

    // A run starts: no split in progress, nothing gone past.
    void startRun();
    // The page at `url` failed (`reason`), its `failures`-th time across runs, after
    // `pagesRead` pages of this run. The request to make instead, or std::nullopt when the
    // run has to fail; `notes` gets what the run should report.
    std::optional<QUrl> retryFor(const QUrl &url, int failures, const QString &reason,
        int pagesRead, int pageLimit, QStringList *notes);
    // After a page was read: its next link, back to full pages once the split range is
    // behind us.
    QUrl nextAfterRead(const QUrl &next, int pageLimit);
    // The records gone past (URL, why), to record now that a later page was read: a run
    // that fails anyway leaves no false "unreadable record" behind.
    QList<QPair<QUrl, QString>> takePendingSkips();
    // Records this run went past: the pass is not complete.
    int skippedRecords() const { return m_skippedRecords; }

private:
    QString m_collection;
    bool m_splitting = false; // reading a failing page in smaller pieces
    qint64 m_splitEnd = 0; // offset just past the failing page
    int m_splitLimit = 0; // the failing page's limit, used again after the split
    int m_skippedRecords = 0; // records this run went past
    QList<QPair<QUrl, QString>> m_pendingSkips; // recorded when the next page is read
};

} // namespace ioc::sync
