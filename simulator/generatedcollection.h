#pragma once

#include "collection.h"
#include "rng.h"

#include <QHash>
#include <QString>
#include <set>
#include <vector>

namespace ioc::sim {

class Gazetteer;

// What every generator knows: the seed, the volume multiplier and the instant the
// generated history ends ("t0"; everything before it is base data, after it live changes).
struct SimContext
{
    quint64 seed = 1;
    double scale = 1.0;
    qint64 t0Ms = 0;
    const Gazetteer *geo = nullptr;

    qint64 scaled(qint64 n) const { return qMax<qint64>(1, qRound64(double(n) * scale)); }
};

// A collection whose base features are a pure function of (seed, index) and whose live
// changes are an overlay: per index a version number and the time of the last change, plus
// features appended after t0. Nothing per base feature is held in memory.
class GeneratedCollection : public Collection
{
public:
    GeneratedCollection(const SimContext &ctx, const QString &id, const QString &idPrefix,
        const QString &title, const QString &description);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    QString description() const override { return m_description; }
    qint64 count() const override { return baseCount() + qint64(m_appendedAt.size()); }
    qint64 updatedAtMs(qint64 index) const override;
    FeatureRecord feature(qint64 index) const override;
    std::optional<qint64> indexOf(const QString &featureId) const override;
    qint64 nextCandidate(qint64 from, qint64 sinceMs) const override;
    quint64 revision() const override { return m_revision; }
    qint64 lastModifiedMs() const override { return m_lastModifiedMs; }

    // One live change at atMs, drawn from rng. Returns false when this collection
    // does not change live (or found nothing to change).
    virtual bool applyChange(Rng &rng, qint64 atMs)
    {
        Q_UNUSED(rng);
        Q_UNUSED(atMs);
        return false;
    }
    // Called with the simulated time before live changes are applied: daily and weekly
    // series append the rows of each new day/week here (no-op for others).
    virtual void extendTo(qint64 atMs) { Q_UNUSED(atMs); }
    // Base features; must be fixed once constructed.
    virtual qint64 baseCount() const = 0;

protected:
    virtual FeatureRecord make(qint64 index, int version, qint64 changedAtMs) const = 0;
    virtual qint64 baseUpdatedAtMs(qint64 index) const = 0;

    QString defaultId(qint64 index) const;
    int versionOf(qint64 index) const;
    void bump(qint64 index, qint64 atMs);
    qint64 append(qint64 atMs);
    // Creation time of an appended feature (index >= baseCount()).
    qint64 appendedAtMs(qint64 index) const { return m_appendedAt[size_t(index - baseCount())]; }
    // A stream of values for (collection, index[, salt]) that does not depend on paging.
    Rng rng(qint64 index, quint64 salt = 0) const
    {
        return Rng(m_ctx.seed, m_key, quint64(index), salt);
    }

    const SimContext &m_ctx;

private:
    struct Mod
    {
        int version = 0;
        qint64 atMs = 0;
    };
    QString m_id;
    QString m_prefix;
    QString m_title;
    QString m_description;
    quint64 m_key;
    QHash<qint64, Mod> m_mods;
    std::vector<qint64> m_appendedAt;
    std::set<qint64> m_touched; // indices changed or appended after t0
    quint64 m_revision = 0;
    qint64 m_lastModifiedMs;
};

QString isoUtc(qint64 ms);
QString isoDate(qint64 ms, int utcOffsetHours = 7); // local (Asia/Ho_Chi_Minh) calendar date
qint64 msFromIso(const QString &iso);
QJsonObject pointGeometry(double lon, double lat);

} // namespace ioc::sim
