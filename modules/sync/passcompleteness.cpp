#include "sync/passcompleteness.h"

#include "sync/syncsettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace ioc::sync {

QList<QPair<QString, QString>> freshCountQuery(
    const SyncSettings &settings, const QString &collection)
{
    QList<QPair<QString, QString>> parameters { { QStringLiteral("limit"), QStringLiteral("1") } };
    // A bbox over the whole world is a different query from the pass's, so a server that
    // caches the unfiltered count has to count again. Only for point collections: a
    // bbox leaves out features without geometry.
    const auto contract = settings.contracts.constFind(collection);
    if (contract != settings.contracts.constEnd()
        && contract->geometry == core::CollectionContract::Geometry::Point)
        parameters.append({ QStringLiteral("bbox"), QStringLiteral("-180,-90,180,90") });
    return parameters;
}

qint64 numberMatchedIn(const QByteArray &body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QLatin1String("numberMatched"))
        .toInteger(-1);
}

QString countShortfall(qint64 firstMatched, qint64 fresh, qint64 received)
{
    const qint64 reported = std::max(firstMatched, fresh);
    if (reported <= received)
        return {};
    return QStringLiteral("server reports %1, received %2").arg(reported).arg(received);
}

QString skippedRecordsShortfall(int skipped)
{
    return QStringLiteral("%1 record(s) could not be read and were skipped "
                          "(listed with the data issues)")
        .arg(skipped);
}

QString heldDeletionsShortfall(int held, double maxDeletionShare)
{
    return QStringLiteral("%1 of the cached features are no longer listed by the server: "
                          "more than %2 %, so none was deleted (confirm in Sync status "
                          "or with --allow-mass-deletion)")
        .arg(held)
        .arg(qRound(maxDeletionShare * 100));
}

} // namespace ioc::sync
