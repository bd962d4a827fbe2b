#pragma once

#include "alerts/alert.h"
#include "core/cacheerror.h"

#include <QHash>
#include <QList>

namespace ioc::core {
class SqliteFile;
}

namespace ioc::alerts {

// Alert state, history and silences in the operator store (schema: operatorschema.cpp v2).
// Used on the alert engine's thread only.
class AlertStore
{
public:
    explicit AlertStore(const core::SqliteFile &operatorStore);

    QHash<QString, Alert> loadAlerts() const;
    QList<Silence> loadSilences() const;

    // Batch the writes of one evaluation into one transaction (far fewer fsyncs).
    bool begin();
    core::CacheError commit();

    core::CacheError save(const Alert &alert);
    core::CacheError appendHistory(const AlertTransition &transition, const QString &ref = {});
    bool hasHistoryRef(const QString &ref) const;
    core::CacheError addSilence(Silence *silence);

    // History, newest first, optionally of one alert.
    QList<AlertTransition> history(const QString &alertId = {}, int limit = 1000) const;

private:
    const core::SqliteFile &m_store;
};

QString isoStamp(const QDateTime &when);
QDateTime fromIsoStamp(const QString &text);

} // namespace ioc::alerts
