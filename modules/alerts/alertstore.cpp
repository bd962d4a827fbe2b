#include "alerts/alertstore.h"

#include "core/sqlitefile.h"

#include <QSqlQuery>
#include <QVariant>

namespace ioc::alerts {

QString isoStamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoStamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.toUTC();
}

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// For NOT NULL text columns: QtSql binds a null QString as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullable(double value)
{
    return std::isnan(value) ? QVariant(QMetaType::fromType<double>()) : QVariant(value);
}

double doubleOrNan(const QVariant &value)
{
    return value.isNull() ? std::nan("") : value.toDouble();
}

} // namespace

AlertStore::AlertStore(const core::SqliteFile &operatorStore)
    : m_store(operatorStore)
{ }

QHash<QString, Alert> AlertStore::loadAlerts() const
{
    QHash<QString, Alert> alerts;
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, rule_id, module_id, severity, subject, time_window, source_id, unit_code, "
            "lon, lat, value, message_vi, message_en, condition_active, state, first_raised_at, "
            "raised_at, last_seen_at, raise_count, ack_by, ack_at, ack_note, resolved_at, "
            "resolved_by, resolve_note FROM alerts")))
        return alerts;
    while (query.next()) {
        Alert a;
        a.id = query.value(0).toString();
        a.ruleId = query.value(1).toString();
        a.module = query.value(2).toString();
        a.severity = Severity(qBound(0, query.value(3).toInt(), 2));
        a.subject = query.value(4).toString();
        a.window = query.value(5).toString();
        a.sourceId = query.value(6).toString();
        a.unitCode = query.value(7).toString();
        a.lon = doubleOrNan(query.value(8));
        a.lat = doubleOrNan(query.value(9));
        a.value = doubleOrNan(query.value(10));
        a.messageVi = query.value(11).toString();
        a.messageEn = query.value(12).toString();
        a.conditionActive = query.value(13).toBool();
        a.state = stateFromName(query.value(14).toString());
        a.firstRaisedAt = fromIsoStamp(query.value(15).toString());
        a.raisedAt = fromIsoStamp(query.value(16).toString());
        a.lastSeenAt = fromIsoStamp(query.value(17).toString());
        a.raiseCount = query.value(18).toInt();
        a.ackBy = query.value(19).toString();
        a.ackAt = fromIsoStamp(query.value(20).toString());
        a.ackNote = query.value(21).toString();
        a.resolvedAt = fromIsoStamp(query.value(22).toString());
        a.resolvedBy = query.value(23).toString();
        a.resolveNote = query.value(24).toString();
        alerts.insert(a.id, a);
    }
    return alerts;
}

QList<Silence> AlertStore::loadSilences() const
{
    QList<Silence> silences;
    QSqlQuery query(m_store.connection());
    if (!query.exec(QStringLiteral("SELECT id, alert_id, rule_id, unit_code, until, who, why, "
                                   "created_at FROM alert_silences ORDER BY id")))
        return silences;
    while (query.next()) {
        Silence s;
        s.id = query.value(0).toLongLong();
        s.alertId = query.value(1).toString();
        s.ruleId = query.value(2).toString();
        s.unitCode = query.value(3).toString();
        s.until = fromIsoStamp(query.value(4).toString());
        s.who = query.value(5).toString();
        s.why = query.value(6).toString();
        s.createdAt = fromIsoStamp(query.value(7).toString());
        silences.append(s);
    }
    return silences;
}

bool AlertStore::begin()
{
    QSqlDatabase db = m_store.connection();
    return db.transaction();
}

core::CacheError AlertStore::commit()
{
    QSqlDatabase db = m_store.connection();
    if (!db.commit()) {
        db.rollback();
        return core::CacheError::make(core::CacheError::Kind::Sql, m_store.path(),
            QStringLiteral("Cannot commit the alert changes"));
    }
    return core::CacheError::none();
}

core::CacheError AlertStore::save(const Alert &a)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO alerts (id, rule_id, module_id, severity, subject, time_window, "
        "source_id, unit_code, lon, lat, value, message_vi, message_en, condition_active, state, "
        "first_raised_at, raised_at, last_seen_at, raise_count, ack_by, ack_at, ack_note, "
        "resolved_at, resolved_by, resolve_note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(a.id));
    query.addBindValue(text(a.ruleId));
    query.addBindValue(text(a.module));
    query.addBindValue(int(a.severity));
    query.addBindValue(text(a.subject));
    query.addBindValue(text(a.window));
    query.addBindValue(nullable(a.sourceId));
    query.addBindValue(nullable(a.unitCode));
    query.addBindValue(nullable(a.lon));
    query.addBindValue(nullable(a.lat));
    query.addBindValue(nullable(a.value));
    query.addBindValue(text(a.messageVi));
    query.addBindValue(text(a.messageEn));
    query.addBindValue(a.conditionActive ? 1 : 0);
    query.addBindValue(stateName(a.state));
    query.addBindValue(isoStamp(a.firstRaisedAt));
    query.addBindValue(isoStamp(a.raisedAt));
    query.addBindValue(isoStamp(a.lastSeenAt));
    query.addBindValue(a.raiseCount);
    query.addBindValue(nullable(a.ackBy));
    query.addBindValue(nullable(isoStamp(a.ackAt)));
    query.addBindValue(nullable(a.ackNote));
    query.addBindValue(nullable(isoStamp(a.resolvedAt)));
    query.addBindValue(nullable(a.resolvedBy));
    query.addBindValue(nullable(a.resolveNote));
    if (!query.exec())
        return core::sqlError(query, m_store.path(), QStringLiteral("Cannot store an alert"));
    return core::CacheError::none();
}

core::CacheError AlertStore::appendHistory(const AlertTransition &t, const QString &ref)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("INSERT INTO alert_history (alert_id, at, transition, actor, "
                                 "note, origin, ref) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(t.alertId);
    query.addBindValue(isoStamp(t.at));
    query.addBindValue(t.transition);
    query.addBindValue(nullable(t.actor));
    query.addBindValue(nullable(t.note));
    query.addBindValue(t.origin);
    query.addBindValue(nullable(ref));
    if (!query.exec())
        return core::sqlError(query, m_store.path(), QStringLiteral("Cannot record alert history"));
    return core::CacheError::none();
}

bool AlertStore::hasHistoryRef(const QString &ref) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM alert_history WHERE ref = ? LIMIT 1"));
    query.addBindValue(ref);
    return query.exec() && query.next();
}

core::CacheError AlertStore::addSilence(Silence *s)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("INSERT INTO alert_silences (alert_id, rule_id, unit_code, until, "
                                 "who, why, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(nullable(s->alertId));
    query.addBindValue(nullable(s->ruleId));
    query.addBindValue(nullable(s->unitCode));
    query.addBindValue(isoStamp(s->until));
    query.addBindValue(s->who);
    query.addBindValue(nullable(s->why));
    query.addBindValue(isoStamp(s->createdAt));
    if (!query.exec())
        return core::sqlError(query, m_store.path(), QStringLiteral("Cannot store a silence"));
    s->id = query.lastInsertId().toLongLong();
    return core::CacheError::none();
}

QList<AlertTransition> AlertStore::history(const QString &alertId, int limit) const
{
    QList<AlertTransition> list;
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT alert_id, at, transition, actor, note, origin FROM "
                                 "alert_history WHERE (coalesce(?, '') = '' OR alert_id = ?) "
                                 "ORDER BY seq DESC LIMIT ?"));
    query.addBindValue(alertId);
    query.addBindValue(alertId);
    query.addBindValue(limit);
    if (!query.exec())
        return list;
    while (query.next()) {
        AlertTransition t;
        t.alertId = query.value(0).toString();
        t.at = fromIsoStamp(query.value(1).toString());
        t.transition = query.value(2).toString();
        t.actor = query.value(3).toString();
        t.note = query.value(4).toString();
        t.origin = query.value(5).toString();
        list.append(t);
    }
    return list;
}

QList<HistoryRow> AlertStore::queryHistory(const HistoryFilter &f) const
{
    QList<HistoryRow> rows;
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
        "SELECT h.alert_id, h.at, h.transition, h.actor, h.note, h.origin, a.module_id, "
        "a.severity, a.rule_id, a.unit_code, a.message_vi, a.message_en "
        "FROM alert_history h JOIN alerts a ON a.id = h.alert_id "
        // An empty filter binds as NULL in QtSql: coalesce makes it "no condition".
        "WHERE (coalesce(?, '') = '' OR a.module_id = ?) AND a.severity >= ? "
        "AND (coalesce(?, '') = '' OR h.transition = ?) "
        "AND (coalesce(?, '') = '' OR a.unit_code = ?) AND (coalesce(?, '') = '' OR h.at >= ?) "
        "AND (coalesce(?, '') = '' OR h.at <= ?) "
        "ORDER BY h.seq DESC LIMIT ?"));
    const auto both = [&query](const QString &value) {
        query.addBindValue(value);
        query.addBindValue(value);
    };
    both(f.module);
    query.addBindValue(f.minSeverity);
    both(f.transition);
    both(f.unitCode);
    both(isoStamp(f.from));
    both(isoStamp(f.to));
    query.addBindValue(f.limit);
    if (!query.exec())
        return rows;
    while (query.next()) {
        HistoryRow r;
        r.transition.alertId = query.value(0).toString();
        r.transition.at = fromIsoStamp(query.value(1).toString());
        r.transition.transition = query.value(2).toString();
        r.transition.actor = query.value(3).toString();
        r.transition.note = query.value(4).toString();
        r.transition.origin = query.value(5).toString();
        r.module = query.value(6).toString();
        r.severity = Severity(qBound(0, query.value(7).toInt(), 2));
        r.ruleId = query.value(8).toString();
        r.unitCode = query.value(9).toString();
        r.messageVi = query.value(10).toString();
        r.messageEn = query.value(11).toString();
        rows.append(r);
    }
    return rows;
}

namespace {

QByteArray csvField(const QString &text)
{
    QString out = text;
    if (out.contains(QLatin1Char('"')) || out.contains(QLatin1Char(','))
        || out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r'))) {
        out.replace(QLatin1String("\""), QLatin1String("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out.toUtf8();
}

} // namespace

QByteArray historyCsv(const QList<HistoryRow> &rows, const QString &language)
{
    QByteArray csv("\xEF\xBB\xBF");
    csv += "time_utc,alert_id,module,severity,rule,unit_code,transition,actor,note,origin,"
           "message\r\n";
    for (const HistoryRow &r : rows) {
        const QList<QString> fields = { isoStamp(r.transition.at), r.transition.alertId, r.module,
            severityName(r.severity), r.ruleId, r.unitCode, r.transition.transition,
            r.transition.actor, r.transition.note, r.transition.origin,
            language.startsWith(QLatin1String("vi")) ? r.messageVi : r.messageEn };
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                csv += ',';
            csv += csvField(fields[i]);
        }
        csv += "\r\n";
    }
    return csv;
}

} // namespace ioc::alerts
