#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace ioc::alerts {

// A small arithmetic expression over feature properties, e.g. "students / teachers" or
// "occupied * 100 / beds": property names, numbers, + - * / and parentheses. Rules use it
// for values that are not a single property. It compiles to SQL over the mirror's JSON
// properties (SQLite gives NULL for a missing property or a division by zero, and NULL
// never satisfies a comparison, so such rows simply do not raise).
struct ValueExpression
{
    QString sql; // with ? placeholders
    QVariantList bindings; // in placeholder order
    QStringList properties; // every property it reads

    // Returns false and sets *error (a sentence naming the position) on a syntax error.
    static bool compile(const QString &text, ValueExpression *out, QString *error);
};

// True for names a rule may use as a property: letters, digits and '_' (so a name can be
// put into a JSON path without escaping).
bool isPropertyName(const QString &name);

// The SQL for one property's value: json_extract(properties, '$.<name>'). The name is
// written into the SQL text, not bound — SQLite uses an expression index only for the
// identical expression — so a name isPropertyName() refuses gets an empty string instead,
// in release builds too; callers refuse the rule's query then (rulesql.cpp).
QString propertySql(const QString &property);

} // namespace ioc::alerts
