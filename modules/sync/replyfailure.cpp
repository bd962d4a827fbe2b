#include "sync/replyfailure.h"

#include "sync/backoff.h"
#include "sync/pageparser.h"
#include "sync/runbounds.h"
#include "sync/servererror.h"
#include "sync/syncsettings.h"

#include <QNetworkReply>
#include <algorithm>

namespace ioc::sync {

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

std::optional<ReplyFailure> replyFailure(QNetworkReply *reply, const QString &what,
    const QByteArray &body, const SyncSettings &settings, const ReplyContext &context)
{
    using Outcome = SyncReport::Outcome;
    const int status = httpStatus(reply);
    const QString said = status >= 400 ? serverErrorText(body) : QString();
    auto withServerText = [&said](const QString &text) {
        return said.isEmpty() ? text : QStringLiteral("%1 — the server said: %2").arg(text, said);
    };
    if (status == 401 || status == 403) {
        return ReplyFailure { Outcome::AuthFailed,
            withServerText(status == 401
                    ? QStringLiteral(
                        "the data center refused the credentials (401): check the token")
                    : QStringLiteral("the token is not allowed to read %1 (403)")
                          .arg(context.remoteId)) };
    }
    if (status == 404) {
        return ReplyFailure { Outcome::MissingAtSource,
            withServerText(
                QStringLiteral("the data center has no collection '%1' (404); check the mapping")
                    .arg(context.remoteId)) };
    }
    if (status == 429 || status == 503)
        return ReplyFailure { Outcome::Failed,
            withServerText(QStringLiteral("%1: server busy (%2)").arg(what).arg(status)) };
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Causes sharing this error: our abort(), the deadline, the transfer timeout, an
        // off-origin redirect, the size cap.
        if (context.aborting)
            return ReplyFailure { Outcome::Stopped, QStringLiteral("stopped") };
        if (reply->property("ioc_deadline").toBool())
            return ReplyFailure { Outcome::Failed,
                QStringLiteral("%1: the answer was not complete after %2 s (the server sends "
                               "too slowly)")
                    .arg(what)
                    .arg(settings.requestDeadline.count()),
                true };
        if (reply->property("ioc_run_deadline").toBool())
            return ReplyFailure { Outcome::Failed,
                runDeadlineMessage(settings, context.pagesRead) };
        if (reply->property("ioc_slow").toBool())
            return ReplyFailure { Outcome::Failed,
                QStringLiteral("%1: the answer came slower than %2 bytes a second over %3 s")
                    .arg(what)
                    .arg(settings.minimumRate)
                    .arg(settings.rateWindow.count()),
                true };
        if (reply->property("ioc_offorigin").isValid())
            return ReplyFailure { Outcome::Failed,
                QStringLiteral("%1: redirected away from the data center, to %2: refused")
                    .arg(what, reply->property("ioc_offorigin").toString()) };
        if (reply->property("ioc_oversize").toBool())
            return ReplyFailure { Outcome::Failed,
                QStringLiteral("%1: response exceeds the %2-byte cap")
                    .arg(what)
                    .arg(std::min(settings.maxResponseBytes, kMaxPageBytes)),
                true };
        // Qt's transfer timeout counts body bytes only: a status line and headers that
        // never end (a broken proxy) look like silence. Say which part was missing.
        if (!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            return ReplyFailure { Outcome::Failed,
                QStringLiteral("%1: no complete status and headers within %2 s (the server "
                               "is silent or sends headers without end)")
                    .arg(what)
                    .arg(settings.requestTimeout.count()),
                true };
        return ReplyFailure { Outcome::Failed,
            QStringLiteral("%1: the answer stopped for %2 s in the middle of its body")
                .arg(what)
                .arg(settings.requestTimeout.count()),
            true };
    }
    if (status >= 400 || (reply->error() != QNetworkReply::NoError && status != 304)) {
        // A server error on one page while others load is often one record it cannot
        // serialise; so is a connection closed in the middle of a body.
        const bool mayBeThePage = status == 500 || status == 502 || status == 504
            || reply->error() == QNetworkReply::RemoteHostClosedError;
        return ReplyFailure { Outcome::Failed,
            QStringLiteral("%1: %2").arg(what,
                status >= 400 ? withServerText(QStringLiteral("HTTP %1").arg(status))
                              : reply->errorString()),
            mayBeThePage };
    }
    return std::nullopt;
}

std::optional<std::chrono::seconds> busyServerRetryAfter(
    QNetworkReply *reply, const std::function<QDateTime()> &now)
{
    const int status = httpStatus(reply);
    if (status != 429 && status != 503)
        return std::nullopt;
    return parseRetryAfter(reply->rawHeader("Retry-After"), now());
}

} // namespace ioc::sync
