#pragma once

#include "alerts/rule.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace ioc::alerts {

// Why a rules file was refused: which file, which rule (empty for the file itself), why.
struct RuleError
{
    QString file;
    QString ruleId;
    QString reason;

    QString toString() const;
};

struct RuleFile
{
    QList<Rule> rules;
    QList<RuleError> errors; // non-empty: the whole file is refused and `rules` is empty
};

// Parses one rules file (format in docs/alerts.md). All-or-nothing: a file with one bad
// rule is refused entirely, so a province never runs half of what it wrote.
// knownCollections: the collection ids rules may read (empty set = accept any).
RuleFile parseRules(
    const QByteArray &json, const QString &fileName, const QSet<QString> &knownCollections);

} // namespace ioc::alerts
