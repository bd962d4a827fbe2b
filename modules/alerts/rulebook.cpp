#include "alerts/rulebook.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ioc::alerts {

QSet<QString> protocolCollections()
{
    const QStringList ids = { QStringLiteral("admin_units"), QStringLiteral("admin_lineage"),
        QStringLiteral("se_indicators"), QStringLiteral("se_observations"),
        QStringLiteral("se_targets"), QStringLiteral("ps_offices"), QStringLiteral("ps_dossiers"),
        QStringLiteral("doc_agencies"), QStringLiteral("doc_documents"),
        QStringLiteral("doc_tasks"), QStringLiteral("health_facilities"),
        QStringLiteral("health_occupancy"), QStringLiteral("health_cases"),
        QStringLiteral("health_vaccination"), QStringLiteral("edu_schools"),
        QStringLiteral("edu_school_days"), QStringLiteral("tour_establishments"),
        QStringLiteral("tour_occupancy"), QStringLiteral("tour_attractions"),
        QStringLiteral("tour_arrivals"), QStringLiteral("cam_cameras"),
        QStringLiteral("cam_events"), QStringLiteral("op_acknowledgements"),
        QStringLiteral("op_notes") };
    return QSet<QString>(ids.begin(), ids.end());
}

QStringList defaultRuleDirectories()
{
    // Built-in defaults, then the system-wide directories (an administrator's province
    // rules, e.g. /etc/xdg/IOC/ioc-desktop/rules), then the user's own: later ones win.
    QStringList directories { QStringLiteral(":/alerts/rules") };
    const QStringList config = QStandardPaths::standardLocations(QStandardPaths::AppConfigLocation);
    for (auto it = config.crbegin(); it != config.crend(); ++it)
        directories.append(*it + QStringLiteral("/rules"));
    return directories;
}

RuleBook::RuleBook(const QSet<QString> &knownCollections)
    : m_known(knownCollections)
{ }

QList<RuleError> RuleBook::reload()
{
    QList<RuleError> errors;
    QList<Rule> merged;
    QHash<QString, int> indexById;
    QHash<QString, QList<Rule>> good;
    for (const QString &directory : m_directories) {
        const QDir dir(directory);
        const QStringList names
            = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString path = dir.filePath(name);
            QFile file(path);
            RuleFile parsed;
            if (!file.open(QIODevice::ReadOnly)) {
                parsed.errors.append({ path, {}, file.errorString() });
            } else {
                parsed = parseRules(file.readAll(), path, m_known);
            }
            QList<Rule> rules = parsed.rules;
            if (!parsed.errors.isEmpty()) {
                errors += parsed.errors;
                rules = m_lastGood.value(path);
            }
            good.insert(path, rules);
            for (const Rule &rule : rules) {
                const auto it = indexById.constFind(rule.id);
                if (it != indexById.constEnd()) {
                    merged[*it] = rule;
                } else {
                    indexById.insert(rule.id, int(merged.size()));
                    merged.append(rule);
                }
            }
        }
    }
    m_lastGood = good;
    m_rules = merged;
    return errors;
}

} // namespace ioc::alerts
