#include "sync/syncsettings.h"

#include "sync/mappingfile.h"

#include <QFile>
#include <QSet>

namespace ioc::sync {

QString SyncSettings::remoteIdFor(const QString &collection) const
{
    const auto it = mappings.constFind(collection);
    return it == mappings.constEnd() || it->remoteId.isEmpty() ? collection : it->remoteId;
}

CollectionMapping SyncSettings::mappingFor(const QString &collection) const
{
    return mappings.value(collection);
}

bool SyncSettings::isEnabled(const QString &collection) const
{
    const auto it = mappings.constFind(collection);
    return it == mappings.constEnd() || it->enabled;
}

int SyncSettings::pageLimitFor(const QString &collection) const
{
    const auto it = mappings.constFind(collection);
    return it != mappings.constEnd() && it->pageLimit ? *it->pageLimit : pageLimit;
}

std::chrono::seconds SyncSettings::intervalFor(const QString &collection) const
{
    const auto mapping = mappings.constFind(collection);
    if (mapping != mappings.constEnd() && mapping->interval)
        return *mapping->interval;
    const auto it = intervals.constFind(collection);
    if (it != intervals.constEnd())
        return *it;
    return isLiveCollection(collection) ? liveInterval : statisticsInterval;
}

QString SyncSettings::timeZoneFor(const QString &collection) const
{
    const auto it = mappings.constFind(collection);
    return it != mappings.constEnd() && !it->timeZone.isEmpty() ? it->timeZone : defaultTimeZone;
}

bool SyncSettings::loadMappingFile(
    const QString &path, QString *error, const QStringList &knownCollections)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString());
        return false;
    }
    const auto parsed = parseMappingFile(file.readAll(), path, knownCollections, error);
    if (!parsed)
        return false;
    mappings = parsed->collections;
    intervals = parsed->intervals;
    if (parsed->pageLimit)
        pageLimit = *parsed->pageLimit;
    defaultTimeZone = parsed->timeZone.isEmpty() ? QStringLiteral("UTC") : parsed->timeZone;
    mappingVersion = parsed->version;
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
