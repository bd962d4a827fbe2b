#include "core/outboxstore.h"

#include "core/sqlitefile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace ioc::core {

namespace {

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

// The wire form: a GeoJSON Feature with no geometry, whose id is the client's UUID.
QByteArray featurePayload(const QString &uuid, const QJsonObject &properties)
{
    QJsonObject feature { { QStringLiteral("type"), QStringLiteral("Feature") },
        { QStringLiteral("id"), uuid }, { QStringLiteral("geometry"), QJsonValue::Null },
        { QStringLiteral("properties"), properties } };
    return QJsonDocument(feature).toJson(QJsonDocument::Compact);
}

} // namespace

OutboxStore::OutboxStore(const SqliteFile &operatorStore)
    : m_store(operatorStore)
{ }

CacheError OutboxStore::acknowledge(const QString &uuid, const QString &alertKey,
    const QString &moduleId, const QString &operatorName, const QString &note,
    const QDateTime &when)
{
    QSqlDatabase db = m_store.connection();
    if (!db.transaction())
        return CacheError::make(
            CacheError::Kind::Sql, m_store.path(), QStringLiteral("Cannot start a transaction"));
    QSqlQuery ack(db);
    ack.prepare(
        QStringLiteral("INSERT INTO acknowledgements (uuid, alert_key, module_id, operator, note, "
                       "acknowledged_at) VALUES (?, ?, ?, ?, ?, ?)"));
    ack.addBindValue(uuid);
    ack.addBindValue(alertKey);
    ack.addBindValue(moduleId);
    ack.addBindValue(operatorName);
    ack.addBindValue(note);
    ack.addBindValue(stamp(when));
    const QJsonObject properties { { QStringLiteral("alert_key"), alertKey },
        { QStringLiteral("module"), moduleId }, { QStringLiteral("operator"), operatorName },
        { QStringLiteral("note"), note }, { QStringLiteral("acknowledged_at"), stamp(when) } };
    QSqlQuery queue(db);
    queue.prepare(QStringLiteral(
        "INSERT INTO outbox (uuid, collection, payload, created_at) VALUES (?, ?, ?, ?)"));
    queue.addBindValue(uuid);
    queue.addBindValue(QLatin1String(kAcknowledgementCollection));
    queue.addBindValue(QString::fromUtf8(featurePayload(uuid, properties)));
    queue.addBindValue(stamp(when));
    if (!ack.exec()) {
        db.rollback();
        return sqlError(ack, m_store.path(), QStringLiteral("Cannot record the acknowledgement"));
    }
    if (!queue.exec()) {
        db.rollback();
        return sqlError(queue, m_store.path(), QStringLiteral("Cannot queue the acknowledgement"));
    }
    if (!db.commit())
        return CacheError::make(
            CacheError::Kind::Sql, m_store.path(), QStringLiteral("Cannot commit"));
    return CacheError::none();
}

CacheError OutboxStore::addNote(const QString &uuid, const QString &collection,
    const QString &featureId, const QString &operatorName, const QString &body,
    const QDateTime &when)
{
    QSqlDatabase db = m_store.connection();
    if (!db.transaction())
        return CacheError::make(
            CacheError::Kind::Sql, m_store.path(), QStringLiteral("Cannot start a transaction"));
    QSqlQuery note(db);
    note.prepare(QStringLiteral(
        "INSERT INTO notes (uuid, collection, feature_id, operator, body, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    note.addBindValue(uuid);
    note.addBindValue(collection);
    note.addBindValue(featureId);
    note.addBindValue(operatorName);
    note.addBindValue(body);
    note.addBindValue(stamp(when));
    const QJsonObject properties { { QStringLiteral("collection"), collection },
        { QStringLiteral("feature_id"), featureId }, { QStringLiteral("operator"), operatorName },
        { QStringLiteral("body"), body }, { QStringLiteral("created_at"), stamp(when) } };
    QSqlQuery queue(db);
    queue.prepare(QStringLiteral(
        "INSERT INTO outbox (uuid, collection, payload, created_at) VALUES (?, ?, ?, ?)"));
    queue.addBindValue(uuid);
    queue.addBindValue(QLatin1String(kNoteCollection));
    queue.addBindValue(QString::fromUtf8(featurePayload(uuid, properties)));
    queue.addBindValue(stamp(when));
    if (!note.exec()) {
        db.rollback();
        return sqlError(note, m_store.path(), QStringLiteral("Cannot record the note"));
    }
    if (!queue.exec()) {
        db.rollback();
        return sqlError(queue, m_store.path(), QStringLiteral("Cannot queue the note"));
    }
    if (!db.commit())
        return CacheError::make(
            CacheError::Kind::Sql, m_store.path(), QStringLiteral("Cannot commit"));
    return CacheError::none();
}

CacheError OutboxStore::issueDirective(const Directive &d)
{
    if (d.uuid.isEmpty() || d.assigneeAgency.isEmpty() || !d.deadline.isValid()
        || d.text.trimmed().isEmpty())
        return CacheError::make(CacheError::Kind::Sql, m_store.path(),
            QStringLiteral("A directive needs an agency, a deadline and a text"));
    // 17:00 province time (UTC+7) on the deadline day, the end of the working day.
    const QString deadline = QDateTime(d.deadline, QTime(10, 0), Qt::UTC)
                                 .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    QSqlDatabase db = m_store.connection();
    if (!db.transaction())
        return CacheError::make(
            CacheError::Kind::Sql, m_store.path(), QStringLiteral("Cannot start a transaction"));
    QSqlQuery directive(db);
    directive.prepare(QStringLiteral(
        "INSERT INTO directives (uuid, module_id, source, assignee_agency, assignee_name, "
        "deadline, body, operator, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &value : { d.uuid, d.moduleId, d.source, d.assigneeAgency, d.assigneeName,
             deadline, d.text, d.operatorName, stamp(d.createdAt) })
        directive.addBindValue(value);
    const QJsonObject properties { { QStringLiteral("name"), d.text },
        { QStringLiteral("assignee_agency"), d.assigneeAgency },
        { QStringLiteral("assigned_by"), d.operatorName },
        { QStringLiteral("assigned_at"),
            d.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")) },
        { QStringLiteral("deadline"), deadline },
        { QStringLiteral("status"), QStringLiteral("in_progress") },
        { QStringLiteral("completed_at"), QJsonValue::Null },
        { QStringLiteral("on_time"), QJsonValue::Null }, { QStringLiteral("module"), d.moduleId },
        { QStringLiteral("source"), d.source } };
    QSqlQuery queue(db);
    queue.prepare(QStringLiteral(
        "INSERT INTO outbox (uuid, collection, payload, created_at) VALUES (?, ?, ?, ?)"));
    queue.addBindValue(d.uuid);
    queue.addBindValue(QLatin1String(kDirectiveCollection));
    queue.addBindValue(QString::fromUtf8(featurePayload(d.uuid, properties)));
    queue.addBindValue(stamp(d.createdAt));
    if (!directive.exec()) {
        db.rollback();
        return sqlError(directive, m_store.path(), QStringLiteral("Cannot record the directive"));
    }
    if (!queue.exec()) {
        db.rollback();
        return sqlError(queue, m_store.path(), QStringLiteral("Cannot queue the directive"));
    }
    if (!db.commit())
        return CacheError::make(
            CacheError::Kind::Sql, m_store.path(), QStringLiteral("Cannot commit"));
    return CacheError::none();
}

QList<Directive> OutboxStore::directives() const
{
    QList<Directive> list;
    QSqlQuery query(m_store.connection());
    if (!query.exec(QStringLiteral(
            "SELECT d.uuid, d.module_id, d.source, d.assignee_agency, d.assignee_name, d.deadline, "
            "d.body, d.operator, d.created_at, coalesce(o.state, 'sent'), o.last_error "
            "FROM directives d LEFT JOIN outbox o USING (uuid) ORDER BY d.created_at DESC")))
        return list;
    while (query.next()) {
        Directive d;
        d.uuid = query.value(0).toString();
        d.moduleId = query.value(1).toString();
        d.source = query.value(2).toString();
        d.assigneeAgency = query.value(3).toString();
        d.assigneeName = query.value(4).toString();
        d.deadline = QDateTime::fromString(query.value(5).toString(), Qt::ISODate)
                         .toOffsetFromUtc(7 * 3600)
                         .date();
        d.text = query.value(6).toString();
        d.operatorName = query.value(7).toString();
        d.createdAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        d.state = query.value(9).toString();
        d.lastError = query.value(10).toString();
        list.append(d);
    }
    return list;
}

QList<OutboxItem> OutboxStore::items(const QString &state) const
{
    QList<OutboxItem> list;
    QSqlQuery query(m_store.connection());
    query.prepare(
        QStringLiteral("SELECT seq, uuid, collection, payload, created_at, attempts, state, "
                       "last_error FROM outbox WHERE state = ? ORDER BY seq"));
    query.addBindValue(state);
    if (!query.exec())
        return list;
    while (query.next()) {
        OutboxItem item;
        item.seq = query.value(0).toLongLong();
        item.uuid = query.value(1).toString();
        item.collection = query.value(2).toString();
        item.payload = query.value(3).toByteArray();
        item.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        item.attempts = query.value(5).toInt();
        item.state = query.value(6).toString();
        item.lastError = query.value(7).toString();
        list.append(item);
    }
    return list;
}

QList<OutboxItem> OutboxStore::pending() const
{
    return items(QStringLiteral("pending"));
}

QList<OutboxItem> OutboxStore::rejected() const
{
    return items(QStringLiteral("rejected"));
}

int OutboxStore::pendingCount() const
{
    QSqlQuery query(m_store.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"))
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

int OutboxStore::rejectedCount() const
{
    QSqlQuery query(m_store.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'rejected'"))
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

CacheError OutboxStore::setState(const QString &uuid, const QString &state, const QString &error,
    const QDateTime &when, bool countAttempt)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, last_attempt = ?, "
                                 "attempts = attempts + ? WHERE uuid = ?"));
    query.addBindValue(state);
    query.addBindValue(
        error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error));
    query.addBindValue(stamp(when));
    query.addBindValue(countAttempt ? 1 : 0);
    query.addBindValue(uuid);
    if (!query.exec())
        return sqlError(query, m_store.path(), QStringLiteral("Cannot update the outbox"));
    return CacheError::none();
}

CacheError OutboxStore::markSent(const QString &uuid, const QDateTime &when)
{
    return setState(uuid, QStringLiteral("sent"), {}, when, true);
}

CacheError OutboxStore::markRejected(
    const QString &uuid, const QString &error, const QDateTime &when)
{
    return setState(uuid, QStringLiteral("rejected"), error, when, true);
}

CacheError OutboxStore::recordFailedAttempt(
    const QString &uuid, const QString &error, const QDateTime &when)
{
    return setState(uuid, QStringLiteral("pending"), error, when, true);
}

CacheError OutboxStore::resend(
    const QString &uuid, const QString &operatorName, const QDateTime &when)
{
    return decide(uuid, OutboxDecision::Kind::Resend, operatorName, when);
}

CacheError OutboxStore::discard(
    const QString &uuid, const QString &operatorName, const QDateTime &when)
{
    return decide(uuid, OutboxDecision::Kind::Discard, operatorName, when);
}

CacheError OutboxStore::decide(const QString &uuid, OutboxDecision::Kind kind,
    const QString &operatorName, const QDateTime &when)
{
    if (operatorName.trimmed().isEmpty())
        return CacheError::make(CacheError::Kind::Sql, m_store.path(),
            QStringLiteral("A decision about a refused action needs the operator's name"));
    QSqlDatabase db = m_store.connection();
    if (!db.transaction())
        return CacheError::make(
            CacheError::Kind::Sql, m_store.path(), QStringLiteral("Cannot start a transaction"));
    const bool resend = kind == OutboxDecision::Kind::Resend;
    QSqlQuery record(db);
    // Only a refused item can be decided on: the INSERT selects nothing otherwise, and
    // the UPDATE below then changes nothing either.
    record.prepare(QStringLiteral(
        "INSERT INTO outbox_decisions (uuid, decision, operator, decided_at, refusal) "
        "SELECT uuid, ?, ?, ?, last_error FROM outbox WHERE uuid = ? AND state = 'rejected'"));
    record.addBindValue(resend ? QStringLiteral("resend") : QStringLiteral("discard"));
    record.addBindValue(operatorName.trimmed());
    record.addBindValue(stamp(when));
    record.addBindValue(uuid);
    QSqlQuery update(db);
    update.prepare(resend ? QStringLiteral("UPDATE outbox SET state = 'pending', last_error = "
                                           "NULL WHERE uuid = ? AND state = 'rejected'")
                          : QStringLiteral("UPDATE outbox SET state = 'discarded' WHERE uuid = ? "
                                           "AND state = 'rejected'"));
    update.addBindValue(uuid);
    if (!record.exec()) {
        db.rollback();
        return sqlError(record, m_store.path(), QStringLiteral("Cannot record the decision"));
    }
    if (record.numRowsAffected() != 1) {
        db.rollback();
        return CacheError::make(CacheError::Kind::Sql, m_store.path(),
            QStringLiteral("This action is not refused (any more); nothing was changed"));
    }
    if (!update.exec()) {
        db.rollback();
        return sqlError(update, m_store.path(), QStringLiteral("Cannot update the outbox"));
    }
    if (!db.commit())
        return CacheError::make(
            CacheError::Kind::Sql, m_store.path(), QStringLiteral("Cannot commit"));
    return CacheError::none();
}

QList<OutboxDecision> OutboxStore::decisions() const
{
    QList<OutboxDecision> list;
    QSqlQuery query(m_store.connection());
    if (!query.exec(QStringLiteral(
            "SELECT d.uuid, o.collection, o.payload, d.decision, d.operator, d.decided_at, "
            "d.refusal FROM outbox_decisions d LEFT JOIN outbox o USING (uuid) "
            "ORDER BY d.id DESC")))
        return list;
    while (query.next()) {
        OutboxDecision d;
        d.uuid = query.value(0).toString();
        d.collection = query.value(1).toString();
        d.payload = query.value(2).toByteArray();
        d.kind = query.value(3).toString() == QLatin1String("discard")
            ? OutboxDecision::Kind::Discard
            : OutboxDecision::Kind::Resend;
        d.operatorName = query.value(4).toString();
        d.decidedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        d.refusal = query.value(6).toString();
        list.append(d);
    }
    return list;
}

} // namespace ioc::core
