#pragma once

#include <QHash>
#include <QString>
#include <cmath>

namespace ioc::core {
class SqliteFile;
}

namespace ioc::alerts {

struct Finding;
struct Rule;

// An alert's messages and place as the operator sees them.
struct FormattedFinding
{
    QString messageVi;
    QString messageEn;
    double lon = std::nan("");
    double lat = std::nan("");
};

// Turns a finding into its messages: the finding's fields, plus what the mirror adds —
// the unit's name and centre (a finding without a place is shown at its unit's) and each
// lookup's property (a facility's name for its id) — filled into the rule's templates
// (rulemessage.h). Reads the mirror on the calling thread's connection; lookups are
// cached until clearLookups(), units until reloadUnits().
class MessageFormatter
{
public:
    explicit MessageFormatter(const core::SqliteFile &mirror);

    // The admin units as they are today (names and places appear in every message).
    void reloadUnits();
    // Names may have changed since the last evaluation.
    void clearLookups() { m_lookups.clear(); }

    FormattedFinding format(const Rule &rule, const Finding &finding);

private:
    struct Unit
    {
        QString name;
        double lon = std::nan("");
        double lat = std::nan("");
    };

    QString lookUp(const QString &collection, const QString &property, const QString &id);

    const core::SqliteFile &m_mirror;
    QHash<QString, Unit> m_units;
    QHash<QString, QString> m_lookups;
};

} // namespace ioc::alerts
