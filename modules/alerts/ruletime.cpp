#include "alerts/ruletime.h"

#include <QTimeZone>

namespace ioc::alerts {

QString utcText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QString localDate(const QDateTime &when)
{
    return when.toUTC().addSecs(kLocalOffsetSeconds).date().toString(Qt::ISODate);
}

QDateTime parseRuleTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) // a bare date: the start of that local day
        t = QDateTime(
            QDate::fromString(text, Qt::ISODate), QTime(0, 0), QTimeZone(kLocalOffsetSeconds));
    return t.toUTC();
}

double minutesBetween(const QDateTime &from, const QDateTime &to)
{
    return double(from.secsTo(to)) / 60.0;
}

} // namespace ioc::alerts
