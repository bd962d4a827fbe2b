#include "sync/watermark.h"

#include <QLocale>

namespace ioc::sync {

namespace {

// Allows for clock skew between the server's Date header and its updated_at stamps.
constexpr qint64 kWatermarkOverlapSeconds = 120;

} // namespace

QString chainStartFrom(const QByteArray &dateHeader)
{
    QDateTime served = QLocale::c().toDateTime(
        QString::fromLatin1(dateHeader), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!served.isValid())
        return {};
    served.setTimeSpec(Qt::UTC);
    return served.addSecs(-kWatermarkOverlapSeconds).toString(Qt::ISODate);
}

QString nextCursor(const QString &previous, bool freshChain, const QString &chainStart,
    const QString &runMaxUpdatedAt, const QDateTime &now)
{
    QString cursor = previous;
    if (freshChain)
        cursor = chainStart.isEmpty() ? runMaxUpdatedAt : chainStart;
    // Without the server's Date the cursor comes from the features' own stamps, and one
    // bogus future stamp would hold every later incremental read in the future: no
    // cursor past this machine's clock (less the overlap, as for Date) is kept. With Date,
    // the server's clock rules and this machine's clock does not matter.
    if (chainStart.isEmpty() && !cursor.isEmpty()) {
        const QString latest = now.toUTC().addSecs(-kWatermarkOverlapSeconds).toString(Qt::ISODate);
        if (cursor > latest)
            cursor = latest;
    }
    return cursor;
}

} // namespace ioc::sync
