#include "wall/connectionbanner.h"

#include <QLocale>
#include <QTimeZone>

namespace ioc::app {

QString provinceTime(const QDateTime &utc, const QDateTime &now)
{
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
    const QDateTime localNow = zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime();
    return QLocale().toString(local,
        local.date() == localNow.date() ? QStringLiteral("HH:mm") : QStringLiteral("dd/MM HH:mm"));
}

void ConnectionBanner::update(bool reachable, const QDateTime &dataAsOf, const QDateTime &now)
{
    m_dataAsOf = dataAsOf;
    if (reachable)
        m_offlineSince = {};
    else if (!m_offlineSince.isValid())
        m_offlineSince = now;
}

QString ConnectionBanner::text() const
{
    if (!isVisible())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString dataAge
        = m_dataAsOf.isValid() ? provinceTime(m_dataAsOf, now) : tr("never synced");
    return tr("Offline since %1 — data as of %2").arg(provinceTime(m_offlineSince, now), dataAge);
}

} // namespace ioc::app
