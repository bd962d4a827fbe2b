#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace ioc::core {

// Times are shown in the province's own zone (Asia/Ho_Chi_Minh, UTC+7), whatever the
// computer's zone: a laptop set to UTC or a visitor's machine must show the same
// "data as of 14:05" as the control room. Formats follow the UI language (QLocale).
QTimeZone displayTimeZone();
QDateTime toDisplayTime(const QDateTime &when);

// "14:05" when `when` is today (in the display zone), else the short date and time.
QString formatDisplayTime(const QDateTime &when, const QDateTime &now);

} // namespace ioc::core
