#include "sync/syncsettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ioc::sync {

QString SyncSettings::remoteIdFor(const QString &collection) const
{
    const auto it = mappings.constFind(collection);
    return it == mappings.constEnd() || it->remoteId.isEmpty() ? collection : it->remoteId;
}

QHash<QString, QString> SyncSettings::propertyRenamesFor(const QString &collection) const
{
    return mappings.value(collection).propertyRenames;
}

std::chrono::seconds SyncSettings::intervalFor(const QString &collection) const
{
    const auto it = intervals.constFind(collection);
    if (it != intervals.constEnd())
        return *it;
    return isLiveCollection(collection) ? liveInterval : statisticsInterval;
}

bool SyncSettings::loadMappingFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2)").arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    static const QSet<QString> known = { QStringLiteral("collections"), QStringLiteral("intervals"),
        QStringLiteral("pageLimit") };
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("%1: unknown key '%2'").arg(path, it.key());
            return false;
        }
    }
    SyncSettings updated = *this;
    const QJsonObject collections = root.value(QLatin1String("collections")).toObject();
    for (auto it = collections.constBegin(); it != collections.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        if (!it.value().isObject() || !entry.value(QLatin1String("id")).isString()) {
            *error
                = QStringLiteral("%1: collection '%2' needs {\"id\": \"…\"}").arg(path, it.key());
            return false;
        }
        CollectionMapping mapping;
        mapping.remoteId = entry.value(QLatin1String("id")).toString();
        const QJsonObject properties = entry.value(QLatin1String("properties")).toObject();
        for (auto p = properties.constBegin(); p != properties.constEnd(); ++p) {
            if (!p.value().isString()) {
                *error = QStringLiteral("%1: property mapping '%2' of '%3' is not a string")
                             .arg(path, p.key(), it.key());
                return false;
            }
            mapping.propertyRenames.insert(p.key(), p.value().toString());
        }
        updated.mappings.insert(it.key(), mapping);
    }
    const QJsonObject intervals = root.value(QLatin1String("intervals")).toObject();
    for (auto it = intervals.constBegin(); it != intervals.constEnd(); ++it) {
        const int seconds = it.value().toInt(-1);
        if (!it.value().isDouble() || seconds < 5) {
            *error = QStringLiteral("%1: interval of '%2' must be a number of seconds ≥ 5")
                         .arg(path, it.key());
            return false;
        }
        updated.intervals.insert(it.key(), std::chrono::seconds(seconds));
    }
    if (root.contains(QLatin1String("pageLimit"))) {
        const int limit = root.value(QLatin1String("pageLimit")).toInt(-1);
        if (limit < 1 || limit > 100000) {
            *error = QStringLiteral("%1: pageLimit must be between 1 and 100000").arg(path);
            return false;
        }
        updated.pageLimit = limit;
    }
    *this = updated;
    return true;
}

bool isLiveCollection(const QString &collection)
{
    static const QSet<QString> live = {
        QStringLiteral("cam_cameras"),
        QStringLiteral("cam_events"),
        QStringLiteral("health_occupancy"),
        QStringLiteral("health_cases"),
        QStringLiteral("tour_occupancy"),
        QStringLiteral("ps_dossiers"),
        QStringLiteral("doc_tasks"),
        QStringLiteral("doc_documents"),
        QStringLiteral("edu_school_days"),
        QStringLiteral("op_acknowledgements"),
        QStringLiteral("op_notes"),
    };
    return live.contains(collection);
}

} // namespace ioc::sync
