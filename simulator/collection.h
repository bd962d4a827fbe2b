#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace ioc::sim {

struct FeatureRecord
{
    QString id;
    QJsonValue geometry = QJsonValue::Null; // "geometry": null is normal (statistics, dossiers)
    QJsonObject properties;
};

// What the OGC API layer needs from a collection, generated or stored.
// Features are addressed by a stable index: paging walks indices in order, so features
// added while a client pages appear at the end and nothing is skipped or repeated.
class Collection
{
public:
    virtual ~Collection() = default;

    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QString description() const = 0;
    virtual bool writable() const { return false; }

    virtual qint64 count() const = 0;
    virtual qint64 updatedAtMs(qint64 index) const = 0;
    // Complete feature, properties including updated_at.
    virtual FeatureRecord feature(qint64 index) const = 0;
    virtual std::optional<qint64> indexOf(const QString &featureId) const = 0;

    // First index >= from that may have updated_at >= sinceMs; count() if none. Collections
    // override it to skip the untouched base data when the client asks for recent changes.
    virtual qint64 nextCandidate(qint64 from, qint64 sinceMs) const
    {
        Q_UNUSED(sinceMs);
        return from;
    }

    // Bumped on every change; part of the ETag.
    virtual quint64 revision() const = 0;
    // Latest updated_at in the collection (Last-Modified).
    virtual qint64 lastModifiedMs() const = 0;
};

} // namespace ioc::sim
