#pragma once

#include "alerts/rule.h"
#include "alerts/ruleparser.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace ioc::alerts {

// The collections the data center offers (docs/protocol.md); rules may read only these.
QSet<QString> protocolCollections();

// Where rules come from: the defaults compiled into the program, then the province's
// files. Later directories override earlier ones rule by rule (same id replaces).
QStringList defaultRuleDirectories(); // ":/alerts/rules" and <config dir>/rules

// All rules in force. A file that fails to parse is refused with its errors; the rules
// that file gave at the last good load stay in force, so a typo never silences alerts.
class RuleBook
{
public:
    explicit RuleBook(const QSet<QString> &knownCollections = protocolCollections());

    void setDirectories(const QStringList &directories) { m_directories = directories; }

    // Reads every *.json in the directories (sorted by name). Returns this load's errors.
    QList<RuleError> reload();

    const QList<Rule> &rules() const { return m_rules; }

private:
    QSet<QString> m_known;
    QStringList m_directories;
    QHash<QString, QList<Rule>> m_lastGood; // by file path
    QList<Rule> m_rules;
};

} // namespace ioc::alerts
