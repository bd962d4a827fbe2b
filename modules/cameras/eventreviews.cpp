#include "cameras/eventreviews.h"

#include "core/outboxstore.h"
#include "core/sqlitefile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace ioc::cameras {

QString verdictKey(EventReview::Verdict verdict)
{
    return verdict == EventReview::Verdict::Confirmed ? QStringLiteral("confirmed")
                                                      : QStringLiteral("false_positive");
}

std::optional<EventReview::Verdict> verdictFromKey(const QString &key)
{
    if (key == QLatin1String("confirmed"))
        return EventReview::Verdict::Confirmed;
    if (key == QLatin1String("false_positive"))
        return EventReview::Verdict::FalsePositive;
    return std::nullopt;
}

EventReviewStore::EventReviewStore(const core::SqliteFile &operatorStore)
    : m_store(operatorStore)
{ }

core::CacheError EventReviewStore::record(const EventReview &review, const QString &cameraId)
{
    const QString when = review.reviewedAt.toUTC().toString(Qt::ISODate);
    QSqlDatabase db = m_store.connection();
    if (!db.transaction())
        return core::CacheError::make(core::CacheError::Kind::Sql, m_store.path(),
            QStringLiteral("Cannot start a transaction"));
    QSqlQuery note(db);
    note.prepare(QStringLiteral(
        "INSERT INTO notes (uuid, collection, feature_id, operator, body, created_at) "
        "VALUES (?, 'cam_events', ?, ?, ?, ?)"));
    note.addBindValue(review.uuid);
    note.addBindValue(review.eventId);
    note.addBindValue(review.operatorName);
    note.addBindValue(QLatin1String(kBodyPrefix) + verdictKey(review.verdict));
    note.addBindValue(when);
    const QJsonObject properties { { QStringLiteral("kind"), QStringLiteral("event_review") },
        { QStringLiteral("target_collection"), QStringLiteral("cam_events") },
        { QStringLiteral("target_id"), review.eventId },
        { QStringLiteral("event_id"), review.eventId }, { QStringLiteral("camera_id"), cameraId },
        { QStringLiteral("verdict"), verdictKey(review.verdict) },
        { QStringLiteral("operator"), review.operatorName },
        { QStringLiteral("reviewed_at"), when } };
    const QJsonObject feature { { QStringLiteral("type"), QStringLiteral("Feature") },
        { QStringLiteral("id"), review.uuid }, { QStringLiteral("geometry"), QJsonValue::Null },
        { QStringLiteral("properties"), properties } };
    QSqlQuery queue(db);
    queue.prepare(QStringLiteral(
        "INSERT INTO outbox (uuid, collection, payload, created_at) VALUES (?, ?, ?, ?)"));
    queue.addBindValue(review.uuid);
    queue.addBindValue(QLatin1String(core::OutboxStore::kNoteCollection));
    queue.addBindValue(QString::fromUtf8(QJsonDocument(feature).toJson(QJsonDocument::Compact)));
    queue.addBindValue(when);
    if (!note.exec()) {
        db.rollback();
        return core::sqlError(note, m_store.path(), QStringLiteral("Cannot record the review"));
    }
    if (!queue.exec()) {
        db.rollback();
        return core::sqlError(queue, m_store.path(), QStringLiteral("Cannot queue the review"));
    }
    if (!db.commit())
        return core::CacheError::make(
            core::CacheError::Kind::Sql, m_store.path(), QStringLiteral("Cannot commit"));
    return core::CacheError::none();
}

QHash<QString, EventReview> loadEventReviews(
    const core::SqliteFile *mirror, const core::SqliteFile *operatorStore)
{
    QHash<QString, EventReview> latest;
    auto keep = [&](const EventReview &review) {
        if (review.eventId.isEmpty())
            return;
        const auto it = latest.constFind(review.eventId);
        // The same review seen twice (sent, then synced back) is one review.
        if (it == latest.constEnd() || it->reviewedAt < review.reviewedAt)
            latest.insert(review.eventId, review);
    };
    if (operatorStore) {
        QSqlQuery q(operatorStore->connection());
        q.setForwardOnly(true);
        if (q.exec(
                QStringLiteral("SELECT uuid, feature_id, operator, body, created_at FROM notes "
                               "WHERE collection = 'cam_events' AND body LIKE 'event_review:%'")))
            while (q.next()) {
                const auto verdict = verdictFromKey(
                    q.value(3).toString().mid(int(qstrlen(EventReviewStore::kBodyPrefix))));
                if (verdict)
                    keep({ q.value(0).toString(), q.value(1).toString(), *verdict,
                        q.value(2).toString(),
                        QDateTime::fromString(q.value(4).toString(), Qt::ISODate) });
            }
    }
    if (mirror) {
        QSqlQuery q(mirror->connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral(
                "SELECT id, json_extract(properties, '$.event_id'), "
                "json_extract(properties, '$.operator'), json_extract(properties, '$.verdict'), "
                "json_extract(properties, '$.reviewed_at') FROM features "
                "WHERE collection = 'op_notes' "
                "AND json_extract(properties, '$.kind') = 'event_review'")))
            while (q.next()) {
                const auto verdict = verdictFromKey(q.value(3).toString());
                if (verdict)
                    keep({ q.value(0).toString(), q.value(1).toString(), *verdict,
                        q.value(2).toString(),
                        QDateTime::fromString(q.value(4).toString(), Qt::ISODate) });
            }
    }
    return latest;
}

} // namespace ioc::cameras
