#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <cmath>

namespace ioc::alerts {

// One subject for which a rule's condition holds now.
struct Finding
{
    QString subject; // feature id, or the group's values as a JSON array
    QString dedupValue; // the rule's dedup_key filled in
    QString window;
    QString sourceId;
    QString unitCode;
    double value = std::nan("");
    double lon = std::nan("");
    double lat = std::nan("");
    QHash<QString, QString> fields; // for the message templates
    // Fields holding a number with a decimal point: the Vietnamese message writes it with
    // a decimal comma (111,8 %), the English one keeps the point.
    QSet<QString> decimalFields;

    void setNumber(const QString &field, double number);
    void setDecimalText(const QString &field, const QString &text);
};

} // namespace ioc::alerts
