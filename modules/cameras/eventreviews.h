#pragma once

#include "core/cacheerror.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace ioc::core {
class SqliteFile;
}

namespace ioc::cameras {

// An operator's verdict on an AI detection: a real share of detections are false, and
// counting them is how the province judges its cameras' analytics.
struct EventReview
{
    enum class Verdict { Confirmed, FalsePositive };
    QString uuid; // the review's own id (the PUT's feature id)
    QString eventId;
    Verdict verdict = Verdict::Confirmed;
    QString operatorName;
    QDateTime reviewedAt; // UTC
};

QString verdictKey(EventReview::Verdict verdict); // "confirmed", "false_positive"
std::optional<EventReview::Verdict> verdictFromKey(const QString &key);

// Writes reviews to the operator store and queues them for the data center, in one
// transaction, without a schema of their own: a review is a note on the cam_events feature
// (notes table, body "event_review:<verdict>") and travels as an op_notes feature with the
// payload documented in docs/protocol.md:
//   {"kind": "event_review", "target_collection": "cam_events", "target_id": <event id>,
//    "event_id": <event id>, "camera_id": <camera id>, "verdict": "confirmed" |
//    "false_positive", "operator": <name>, "reviewed_at": <RFC 3339 UTC>}
class EventReviewStore
{
public:
    explicit EventReviewStore(const core::SqliteFile &operatorStore);

    core::CacheError record(const EventReview &review, const QString &cameraId);

    static constexpr const char *kBodyPrefix = "event_review:";

private:
    const core::SqliteFile &m_store;
};

// The latest verdict of every reviewed event: this workstation's reviews (operator store,
// also those not yet sent) and those of every workstation that came back through sync
// (op_notes in the mirror). Either file may be missing. Runs on any thread with the
// files' connections of that thread.
QHash<QString, EventReview> loadEventReviews(
    const core::SqliteFile *mirror, const core::SqliteFile *operatorStore);

} // namespace ioc::cameras
