#include "sync/failingpage.h"

#include "sync/synclogging.h"

#include <QSet>
#include <QUrlQuery>
#include <algorithm>
#include <utility>

namespace ioc::sync {

namespace {

// The same page failing this many times (across runs) is read in halves.
constexpr int kFailuresBeforeSplit = 3;
// Records one run may go past before it concludes the server, not a record, is broken.
constexpr int kMaxSkippedRecordsPerRun = 20;

} // namespace

std::optional<OffsetPaging> offsetPaging(const QUrl &url, bool firstPage, int defaultLimit)
{
    const QUrlQuery query(url);
    OffsetPaging paging;
    for (const QString &name : { QStringLiteral("offset"), QStringLiteral("startIndex") }) {
        if (query.hasQueryItem(name)) {
            bool ok = false;
            paging.offsetName = name;
            paging.offset = query.queryItemValue(name).toLongLong(&ok);
            if (!ok || paging.offset < 0)
                return std::nullopt;
        }
    }
    // A first page (ours has no offset, and only parameters we set) starts at 0; any
    // other parameter may be a cursor, which cannot be split or stepped over.
    if (paging.offsetName.isEmpty()) {
        if (!firstPage)
            return std::nullopt;
        static const QSet<QString> ours { QStringLiteral("limit"), QStringLiteral("datetime"),
            QStringLiteral("f"), QStringLiteral("bbox") };
        for (const auto &[key, value] : query.queryItems()) {
            if (!ours.contains(key))
                return std::nullopt;
        }
    }
    if (paging.offsetName.isEmpty())
        paging.offsetName = QStringLiteral("offset");
    const QString limit = query.queryItemValue(QStringLiteral("limit"));
    paging.limit = limit.isEmpty() ? defaultLimit : limit.toInt();
    if (paging.limit <= 0)
        return std::nullopt;
    return paging;
}

QUrl withPaging(const QUrl &url, const OffsetPaging &paging)
{
    QUrl out = url;
    QUrlQuery query(url);
    query.removeAllQueryItems(paging.offsetName);
    query.removeAllQueryItems(QStringLiteral("limit"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(paging.limit));
    query.addQueryItem(paging.offsetName, QString::number(paging.offset));
    out.setQuery(query);
    return out;
}

void FailingPageWorkaround::startRun()
{
    // The split range and limit stay: only a split in progress (m_splitting) reads them.
    m_splitting = false;
    m_skippedRecords = 0;
    m_pendingSkips.clear();
}

std::optional<QUrl> FailingPageWorkaround::retryFor(const QUrl &url, int failures,
    const QString &reason, int pagesRead, int pageLimit, QStringList *notes)
{
    if (!m_splitting && failures < kFailuresBeforeSplit)
        return std::nullopt;
    const std::optional<OffsetPaging> paging = offsetPaging(url, true, pageLimit);
    if (!paging) {
        notes->append(
            QStringLiteral("%1 has failed %2 times; the server does not page by offset, so "
                           "the run cannot go past it")
                .arg(url.toString(QUrl::RemoveUserInfo))
                .arg(failures));
        return std::nullopt;
    }
    if (paging->limit > 1) {
        if (!m_splitting) {
            m_splitting = true;
            m_splitEnd = paging->offset + paging->limit;
            m_splitLimit = paging->limit;
            const QString note = QStringLiteral("the page at offset %1 has failed %2 times "
                                                "(%3): reading it in smaller pages")
                                     .arg(paging->offset)
                                     .arg(failures)
                                     .arg(reason);
            notes->append(note);
            qCWarning(lcSync).noquote() << m_collection << note;
        }
        OffsetPaging half = *paging;
        half.limit = paging->limit / 2;
        return withPaging(url, half);
    }
    // One record the server cannot send even alone. Going past it is safe only while the
    // server otherwise works: at most one skip before any page of the run was read, and
    // a bounded number in all.
    if (m_skippedRecords >= kMaxSkippedRecordsPerRun || (pagesRead == 0 && m_skippedRecords > 0))
        return std::nullopt;
    ++m_skippedRecords;
    const QString why
        = QStringLiteral("the record at offset %1 could not be read after %2 tries (%3): skipped")
              .arg(paging->offset)
              .arg(std::max(failures, kFailuresBeforeSplit))
              .arg(reason);
    m_pendingSkips.append({ url, why });
    OffsetPaging past = *paging;
    past.offset = paging->offset + 1;
    past.limit = m_splitLimit > 0 ? m_splitLimit : pageLimit;
    m_splitting = past.offset < m_splitEnd;
    if (!m_splitting)
        past.limit = m_splitLimit;
    return withPaging(url, past);
}

QUrl FailingPageWorkaround::nextAfterRead(const QUrl &next, int pageLimit)
{
    if (!m_splitting || next.isEmpty())
        return next;
    const std::optional<OffsetPaging> paging = offsetPaging(next, false, pageLimit);
    if (!paging) {
        m_splitting = false;
        return next;
    }
    if (paging->offset < m_splitEnd)
        return next; // still inside the failing page: small pieces
    m_splitting = false;
    OffsetPaging whole = *paging;
    whole.limit = m_splitLimit;
    return withPaging(next, whole);
}

QList<QPair<QUrl, QString>> FailingPageWorkaround::takePendingSkips()
{
    return std::exchange(m_pendingSkips, {});
}

} // namespace ioc::sync
