#pragma once

#include "sync/failingpage.h"
#include "sync/pageparser.h"
#include "sync/replyfailure.h"
#include "sync/runbounds.h"
#include "sync/syncreport.h"
#include "sync/syncrequest.h"
#include "sync/syncsettings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <algorithm>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ioc::sync {

class SyncStore;

// Syncs one collection once, as an asynchronous chain of requests on the caller's
// thread: collection metadata (once), a datetime probe (once per server, remembered),
// then items pages following rel="next", each page committed with its resume point, and
// after a full pass a fresh count. Chooses the mode from what the cache remembers:
//  - resume an interrupted initial/incremental run at its saved next URL;
//  - initial: the whole collection (first time);
//  - reconcile: the whole collection, then delete what the source no longer has (when
//    due, or always if the server cannot filter by datetime) — only when the pass
//    provably saw everything;
//  - incremental: datetime=<cursor>/.., conditional (ETag / 304).
// It is a polite client of servers it did not write (docs/sync.md, "Real servers"):
// application/json for metadata and geo+json for items, f=json when a server refuses
// that, a smaller page when a server refuses our limit, the server's own error text.
class CollectionSyncer : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    CollectionSyncer(QNetworkAccessManager *network, SyncStore *store, const SyncSettings &settings,
        const QString &collection, Clock clock, QObject *parent = nullptr);

    const QString &collection() const { return m_collection; }
    bool isRunning() const { return m_running; }

    // Starts a run; finished() follows exactly once.
    void start(bool forceReconcile = false);
    // Cancels the request in flight; finished() reports Stopped.
    void abort();
    // An operator confirmed that up to `count` features held back by the deletion share
    // may go: the next complete reconciliation deletes them (and no more than that above
    // the share), then the confirmation is spent.
    void confirmDeletions(int count) { m_confirmedDeletions = std::max(0, count); }
    int confirmedDeletions() const { return m_confirmedDeletions; }

    // Learned from /collections/{id}: does the server filter this collection by datetime?
    // Unknown until the first run.
    std::optional<bool> supportsDatetime() const { return m_supportsDatetime; }

signals:
    // expected: the features the whole run will fetch, when the server said (first
    // page's numberMatched); -1 when unknown.
    void progress(const QString &collection, int pages, int features, qint64 expected);
    void finished(const ioc::sync::SyncReport &report);
    // After a page (or reconciliation's removal) is committed, when anything changed:
    // ids as served; unchanged features (same content hash) are not listed.
    void featuresChanged(
        const QString &collection, const QStringList &changedIds, const QStringList &removedIds);

private:
    QUrl itemsUrl(const QList<QPair<QString, QString>> &parameters) const;
    // The request (syncrequest.h), its response held to the run's limits.
    QNetworkReply *get(const QUrl &url, bool conditional, Accept accept);
    QByteArray takeBody(QNetworkReply *reply);
    void requestMetadata();
    void onMetadata();
    // Whether this collection can be read incrementally; unset = to be probed.
    std::optional<bool> datetimeCapability() const;
    void beginItems();
    void startProbe();
    void onProbe(bool future);
    void requestPage(const QUrl &url, bool conditional);
    void onPage();
    // A refused first request gets one more try in a form the server may prefer (f=json,
    // a smaller limit). True when a retry was started.
    bool retryRefusedRequest(QNetworkReply *reply, const QByteArray &body, bool firstPage);
    void requestCount();
    void onCount();
    std::optional<ReplyFailure> httpFailure(
        QNetworkReply *reply, const QString &what, const QByteArray &body) const;
    bool handleHttpFailure(QNetworkReply *reply, const QString &what, const QByteArray &body = {});
    // A page that keeps failing (FailingPageWorkaround): true when a request was started
    // instead of failing the run.
    bool workAroundFailingPage(const QUrl &url, const QString &reason);
    // After a page was read: records what the run went past, and returns the next link
    // to follow (back to full pages once a split range is behind us).
    QUrl afterPageRead(const QUrl &next);
    void dropPendingReply();
    void finishRun();
    // What the run learned about the server: a note in the report and a line in the log.
    void learned(const QString &note);
    void fail(SyncReport::Outcome outcome, const QString &error);
    void complete();

    QNetworkAccessManager *m_network;
    SyncStore *m_store;
    SyncSettings m_settings;
    QString m_collection;
    QString m_remoteId;
    Clock m_clock;
    ValidationRules m_rules;

    QPointer<QNetworkReply> m_reply;
    bool m_running = false;
    bool m_aborting = false;
    bool m_forceReconcile = false;
    std::optional<bool> m_supportsDatetime;
    bool m_metadataDone = false;
    bool m_iocTemporal = false; // the metadata names our convention's temporal property
    bool m_formatParameter = false; // the server wants f=json (it refused our Accept)
    int m_pageLimit = 0;
    bool m_pageLimitLowered = false;
    QUrl m_firstUrl; // the run's first request, retried in another form when refused
    QUrl m_pageUrl; // the page request in flight
    FailingPageWorkaround m_failingPage;
    bool m_knownPageFailures = false; // failed_pages has rows for this collection
    QDateTime m_runStarted;
    QElapsedTimer m_runClock; // the run's wall time, immune to the clock being set
    PagingGuard m_pagingGuard;
    qint64 m_firstMatched = -1; // numberMatched of the run's first page
    qint64 m_probeTotal = -1;
    SyncReport m_report;
    qint64 m_expected = -1;
    qint64 m_doneBeforeResume = 0; // features an interrupted run had already stored
    bool m_firstPage = true;
    bool m_conditionalFirstPage = false;
    bool m_completePass = false; // from the first page to the last: counts as reconciled
    bool m_collectIds = false; // remember ids seen, to derive deletions at the end
    int m_confirmedDeletions = 0; // confirmDeletions(): kept until a reconciliation uses it
    QSet<QString> m_seenIds;
    QString m_runMaxUpdatedAt;
    QString m_chainStart; // server time of the first page, minus the overlap
    QString m_etag;
    QString m_lastModified;
};

} // namespace ioc::sync
