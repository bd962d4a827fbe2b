#include "alerts/alert.h"

#include <QUuid>

namespace ioc::alerts {

QString stateName(AlertState state)
{
    switch (state) {
    case AlertState::Raised:
        return QStringLiteral("raised");
    case AlertState::Acknowledged:
        return QStringLiteral("acknowledged");
    case AlertState::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

AlertState stateFromName(const QString &name)
{
    if (name == QLatin1String("acknowledged"))
        return AlertState::Acknowledged;
    if (name == QLatin1String("resolved"))
        return AlertState::Resolved;
    return AlertState::Raised;
}

QString alertId(const QString &ruleId, const QString &dedupKey, const QString &window)
{
    // A fixed namespace: changing it would give every alert a new id on every workstation.
    static const QUuid kNamespace(QStringLiteral("6f1c3a52-8d0e-4b7a-9c5e-2a4f1d7b9e30"));
    const QString name = ruleId + QChar(0x1f) + dedupKey + QChar(0x1f) + window;
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

} // namespace ioc::alerts
