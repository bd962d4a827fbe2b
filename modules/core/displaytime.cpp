#include "core/displaytime.h"

#include <QLocale>

namespace ioc::core {

QTimeZone displayTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
        // Without tzdata the named zone is unknown; the province has kept UTC+7 since 1975.
        return z.isValid() ? z : QTimeZone(7 * 3600);
    }();
    return zone;
}

QDateTime toDisplayTime(const QDateTime &when)
{
    return when.toTimeZone(displayTimeZone());
}

QString formatDisplayTime(const QDateTime &when, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime local = toDisplayTime(when);
    if (local.date() == toDisplayTime(now).date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace ioc::core
