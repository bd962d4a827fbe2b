#include "alerts/rule.h"

namespace ioc::alerts {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString kindName(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Threshold:
        return QStringLiteral("threshold");
    case RuleKind::PlanDeviation:
        return QStringLiteral("plan_deviation");
    case RuleKind::Deadline:
        return QStringLiteral("deadline");
    case RuleKind::Staleness:
        return QStringLiteral("staleness");
    case RuleKind::Spike:
        return QStringLiteral("spike");
    case RuleKind::CountInWindow:
        return QStringLiteral("count_in_window");
    }
    return {};
}

QString scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Province:
        return QStringLiteral("province");
    case Scope::District:
        return QStringLiteral("district");
    case Scope::Commune:
        return QStringLiteral("commune");
    case Scope::Feature:
        return QStringLiteral("feature");
    }
    return {};
}

QStringList Rule::collections() const
{
    QStringList list { collection };
    if (!targetCollection.isEmpty())
        list.append(targetCollection);
    return list;
}

bool Rule::dependsOnTime() const
{
    return kind == RuleKind::Deadline || kind == RuleKind::Staleness
        || (kind == RuleKind::CountInWindow && windowMinutes > 0) || recentDays > 0;
}

} // namespace ioc::alerts
