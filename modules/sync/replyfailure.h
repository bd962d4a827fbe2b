#pragma once

#include "sync/syncreport.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <chrono>
#include <functional>
#include <optional>

class QNetworkReply;

namespace ioc::sync {

struct SyncSettings;

// Out of CollectionSyncer: what a reply that did not bring what was asked means for the
// run, in words an operator can act on. The many ways a request fails (HTTP status, our
// own limits, a stop) map here to an outcome and a message with the server's own text.

// The HTTP status of `reply`, 0 when it has none.
int httpStatus(const QNetworkReply *reply);

struct ReplyFailure
{
    SyncReport::Outcome outcome;
    QString message;
    // It may be this page's content (too large, too slow, a record the server chokes
    // on), not the server as a whole: worth a smaller page, then going past a record.
    bool mayBeThePage = false;
};

// What reading one reply needs to know of the run it belongs to.
struct ReplyContext
{
    QString remoteId; // the collection as the server names it
    bool aborting = false; // abort() was called: a cancelled reply is a stop
    int pagesRead = 0; // pages the run had read (for the run deadline's message)
};

// Why `reply` (to the request named `what`, its body `body`) failed, or std::nullopt when
// it did not (a 304 is no failure).
std::optional<ReplyFailure> replyFailure(QNetworkReply *reply, const QString &what,
    const QByteArray &body, const SyncSettings &settings, const ReplyContext &context);

// The wait a busy server (429, 503) asked for in Retry-After; std::nullopt otherwise
// (`now` is asked only for a busy server's answer).
std::optional<std::chrono::seconds> busyServerRetryAfter(
    QNetworkReply *reply, const std::function<QDateTime()> &now);

} // namespace ioc::sync
