#pragma once

#include "alerts/alert.h"
#include "core/cacheerror.h"

#include <QHash>
#include <QList>

namespace ioc::core {
class SqliteFile;
}

namespace ioc::alerts {

// What the history view asks for; empty fields do not filter.
struct HistoryFilter
{
    QString module;
    int minSeverity = 0; // Severity as int
    QString transition;
    QString unitCode;
    QDateTime from;
    QDateTime to;
    int limit = 5000;
};

// One history line with what it is about, for the history view and its CSV export.
struct HistoryRow
{
    AlertTransition transition;
    QString module;
    Severity severity = Severity::Info;
    QString ruleId;
    QString unitCode;
    QString messageVi;
    QString messageEn;
};

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
    // History lines joined with their alerts, newest first (any thread: its own connection).
    QList<HistoryRow> queryHistory(const HistoryFilter &filter) const;

private:
    const core::SqliteFile &m_store;
};

// RFC 4180 CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese correctly).
QByteArray historyCsv(const QList<HistoryRow> &rows, const QString &language);

QString isoStamp(const QDateTime &when);
QDateTime fromIsoStamp(const QString &text);

} // namespace ioc::alerts
