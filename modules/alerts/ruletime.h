#pragma once

#include <QDateTime>
#include <QString>

namespace ioc::alerts {

// Features are the province's: days start at midnight in Asia/Ho_Chi_Minh (UTC+7,
// no daylight saving), which is how the data center dates daily rows.
constexpr int kLocalOffsetSeconds = 7 * 3600;

// A moment as rule SQL compares it with the mirror's timestamps (ISO 8601, UTC).
QString utcText(const QDateTime &when);
// The province's calendar date of a moment, "yyyy-MM-dd".
QString localDate(const QDateTime &when);
// A feature's timestamp or bare date (the start of that local day), in UTC.
QDateTime parseRuleTime(const QString &text);
double minutesBetween(const QDateTime &from, const QDateTime &to);

} // namespace ioc::alerts
