#pragma once

#include "collection.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

namespace ioc::sim {

// Opens (creating if needed) the simulator's SQLite state file. One connection per
// World, named uniquely so several simulators can live in one test process.
QSqlDatabase openStateDatabase(const QString &stateDir, QString *error);

// A collection clients write with OGC API - Features Part 4 PUT. Features are kept in
// memory in arrival order (that order is the paging order) and written through to SQLite
// before the PUT is answered, so an acknowledged write survives a restart.
class WritableCollection final : public Collection
{
public:
    WritableCollection(const QSqlDatabase &db, const QString &id, const QString &title,
        const QString &description);
    bool load(QString *error);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    QString description() const override { return m_description; }
    bool writable() const override { return true; }
    qint64 count() const override { return m_entries.size(); }
    qint64 updatedAtMs(qint64 index) const override { return m_entries[index].updatedMs; }
    FeatureRecord feature(qint64 index) const override;
    std::optional<qint64> indexOf(const QString &featureId) const override;
    quint64 revision() const override { return m_revision; }
    qint64 lastModifiedMs() const override { return m_lastModifiedMs; }

    enum class PutResult { Created, Replaced, Unchanged, Failed };
    // feature: the GeoJSON Feature the client sent (already validated).
    PutResult put(
        const QString &featureId, const QJsonObject &feature, qint64 nowMs, QString *error);

private:
    struct Entry
    {
        QString id;
        QByteArray content; // canonical compact JSON of {geometry, properties} as sent
        qint64 updatedMs;
    };
    QSqlDatabase m_db;
    QString m_id;
    QString m_title;
    QString m_description;
    QVector<Entry> m_entries;
    QHash<QString, int> m_byId;
    quint64 m_revision = 0;
    qint64 m_lastModifiedMs = 0;
};

} // namespace ioc::sim
