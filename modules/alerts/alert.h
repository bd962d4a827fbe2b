#pragma once

#include "alerts/rule.h"

#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QMetaType>
#include <QString>
#include <cmath>

namespace ioc::alerts {

enum class AlertState { Raised, Acknowledged, Resolved };

QString stateName(AlertState state);

inline size_t qHash(Severity key, size_t seed = 0) noexcept
{
    return ::qHash(int(key), seed);
}
inline size_t qHash(AlertState key, size_t seed = 0) noexcept
{
    return ::qHash(int(key), seed);
}
AlertState stateFromName(const QString &name);

// One alert: the current state of (rule, subject, window). Its id is deterministic
// (alertId()), so every workstation computing the same condition agrees on it.
struct Alert
{
    QString id;
    QString ruleId;
    QString module;
    Severity severity = Severity::Warning;
    QString subject; // what it is about: a feature id, or the group's values as JSON
    QString window; // the period, due time or burst start; empty when timeless
    QString sourceId; // the feature that raised it (per-feature rules)
    QString unitCode; // administrative unit, when known
    double lon = std::nan("");
    double lat = std::nan("");
    double value = std::nan("");
    QString messageVi;
    QString messageEn;

    bool conditionActive = false; // the rule's condition holds right now
    AlertState state = AlertState::Raised;
    QDateTime firstRaisedAt;
    QDateTime raisedAt; // last (re-)raise
    QDateTime lastSeenAt;
    int raiseCount = 1;
    QString ackBy;
    QDateTime ackAt;
    QString ackNote;
    QDateTime resolvedAt;
    QString resolvedBy; // empty: resolved automatically when the condition cleared
    QString resolveNote;
    QDateTime silencedUntil; // invalid unless a silence covers it now

    bool hasPosition() const { return !std::isnan(lon) && !std::isnan(lat); }
    bool isSilenced(const QDateTime &now) const
    {
        return silencedUntil.isValid() && silencedUntil > now;
    }
    // The message in a UI language ("vi" or anything else → English).
    QString message(const QString &language) const
    {
        return language.startsWith(QLatin1String("vi")) ? messageVi : messageEn;
    }
};

// A snooze: of one alert, of a rule, of an area (unit_code), or a rule in an area.
struct Silence
{
    qint64 id = 0;
    QString alertId;
    QString ruleId;
    QString unitCode;
    QDateTime until;
    QString who;
    QString why;
    QDateTime createdAt;

    bool covers(const Alert &alert) const
    {
        if (!alertId.isEmpty() && alertId != alert.id)
            return false;
        if (!ruleId.isEmpty() && ruleId != alert.ruleId)
            return false;
        if (!unitCode.isEmpty() && unitCode != alert.unitCode)
            return false;
        return !alertId.isEmpty() || !ruleId.isEmpty() || !unitCode.isEmpty();
    }
};

// One line of an alert's history.
struct AlertTransition
{
    QString alertId;
    QDateTime at;
    QString transition; // raised, reraised, acknowledged, resolved, silenced, silence_expired
    QString actor;
    QString note;
    QString origin; // engine, local, remote
};

// UUIDv5 (RFC 4122, SHA-1) over rule id, dedup key and window, in a namespace of ours.
QString alertId(const QString &ruleId, const QString &dedupKey, const QString &window);

} // namespace ioc::alerts

Q_DECLARE_METATYPE(ioc::alerts::Alert)
