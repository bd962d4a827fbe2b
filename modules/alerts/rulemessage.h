#pragma once

#include <QHash>
#include <QSet>
#include <QString>

// How a finding's values are written into an alert's message (docs/alerts.md, "Messages").
// Pure text functions: no rule, no database.
namespace ioc::alerts {

// A number as messages show it: whole numbers without decimals, else 2 decimals below 10
// and 1 above; NaN (no value) as an empty string.
QString formatNumber(double value);

// Fills "{name}" placeholders from fields; unknown names are left as written.
QString renderTemplate(const QString &text, const QHash<QString, QString> &fields);

// The fields as the Vietnamese message shows them (decimal comma in decimalFields).
QHash<QString, QString> vietnameseFields(
    const QHash<QString, QString> &fields, const QSet<QString> &decimalFields);

// "83 phút", "5 giờ", "3 ngày" (age_vi) and "83 min", "5 h", "3 days" (age_en): an age
// an operator reads at a glance.
void addAgeFields(double minutes, QHash<QString, QString> *fields);

} // namespace ioc::alerts
