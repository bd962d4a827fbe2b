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

// The SQL for one property's value (the validated name is part of the text; nothing is
// added to bindings, which is kept so callers read in placeholder order).
QString propertySql(const QString &property, QVariantList *bindings);

} // namespace ioc::alerts
