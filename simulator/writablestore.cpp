#include "writablestore.h"

#include "generatedcollection.h"
#include "simlogging.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ioc::sim {

QSqlDatabase openStateDatabase(const QString &stateDir, QString *error)
{
    const QString name
        = QStringLiteral("ioc-sim-state-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (stateDir.isEmpty()) {
        db.setDatabaseName(QStringLiteral(":memory:"));
    } else {
        QDir().mkpath(stateDir);
        db.setDatabaseName(QDir(stateDir).filePath(QStringLiteral("simulator-state.sqlite")));
    }
    if (!db.open()) {
        *error = db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    // WAL + NORMAL: a committed PUT survives a crash of the simulator; fsync per write
    // would only matter for power loss, which a simulator need not survive.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS op_features ("
                               " collection TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL,"
                               " updated_at_ms INTEGER NOT NULL, content TEXT NOT NULL,"
                               " PRIMARY KEY (collection, id))"))) {
        *error = q.lastError().text();
    }
    return db;
}

WritableCollection::WritableCollection(
    const QSqlDatabase &db, const QString &id, const QString &title, const QString &description)
    : m_db(db)
    , m_id(id)
    , m_title(title)
    , m_description(description)
{ }

bool WritableCollection::load(QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, updated_at_ms, content FROM op_features WHERE collection = ? ORDER BY seq"));
    q.addBindValue(m_id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Entry e { q.value(0).toString(), q.value(2).toByteArray(), q.value(1).toLongLong() };
        m_byId.insert(e.id, int(m_entries.size()));
        m_lastModifiedMs = qMax(m_lastModifiedMs, e.updatedMs);
        m_entries.append(e);
    }
    qCInfo(lcSimStore) << m_id << "loaded" << m_entries.size() << "stored features";
    return true;
}

FeatureRecord WritableCollection::feature(qint64 index) const
{
    const Entry &e = m_entries[index];
    const QJsonObject content = QJsonDocument::fromJson(e.content).object();
    FeatureRecord f;
    f.id = e.id;
    f.geometry = content.value(QStringLiteral("geometry"));
    if (f.geometry.isUndefined())
        f.geometry = QJsonValue::Null;
    f.properties = content.value(QStringLiteral("properties")).toObject();
    // The server owns updated_at: it is when the server stored the feature.
    f.properties.insert(QStringLiteral("updated_at"), isoUtc(e.updatedMs));
    return f;
}

std::optional<qint64> WritableCollection::indexOf(const QString &featureId) const
{
    const auto it = m_byId.constFind(featureId);
    return it == m_byId.cend() ? std::nullopt : std::optional<qint64>(*it);
}

WritableCollection::PutResult WritableCollection::put(
    const QString &featureId, const QJsonObject &feature, qint64 nowMs, QString *error)
{
    QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
    properties.remove(QStringLiteral("updated_at"));
    QJsonObject content { { QStringLiteral("geometry"),
                              feature.value(QStringLiteral("geometry")).isUndefined()
                                  ? QJsonValue(QJsonValue::Null)
                                  : feature.value(QStringLiteral("geometry")) },
        { QStringLiteral("properties"), properties } };
    const QByteArray canonical = QJsonDocument(content).toJson(QJsonDocument::Compact);
    const auto it = m_byId.constFind(featureId);
    // A retried send of the same content changes nothing, not even updated_at: that is
    // what makes the client's retry harmless.
    if (it != m_byId.cend() && m_entries[*it].content == canonical)
        return PutResult::Unchanged;

    const qint64 seq = it != m_byId.cend() ? *it : m_entries.size();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO op_features (collection, id, seq, updated_at_ms, content)"
        " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(m_id);
    q.addBindValue(featureId);
    q.addBindValue(seq);
    q.addBindValue(nowMs);
    q.addBindValue(QString::fromUtf8(canonical));
    if (!q.exec()) {
        *error = q.lastError().text();
        qCWarning(lcSimStore) << "store failed:" << *error;
        return PutResult::Failed;
    }
    ++m_revision;
    m_lastModifiedMs = qMax(m_lastModifiedMs, nowMs);
    if (it != m_byId.cend()) {
        m_entries[*it].content = canonical;
        m_entries[*it].updatedMs = nowMs;
        return PutResult::Replaced;
    }
    m_byId.insert(featureId, int(m_entries.size()));
    m_entries.append(Entry { featureId, canonical, nowMs });
    return PutResult::Created;
}

} // namespace ioc::sim
