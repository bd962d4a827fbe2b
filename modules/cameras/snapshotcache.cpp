#include "cameras/snapshotcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace ioc::cameras {

SnapshotCache::SnapshotCache(QString directory)
    : m_directory(std::move(directory))
{ }

QString SnapshotCache::fileNameFor(const QString &cameraId)
{
    const QByteArray safe = QUrl::toPercentEncoding(cameraId, QByteArrayLiteral("-_."));
    // A lone "." or ".." would still name a directory entry of its own.
    QString name = QString::fromLatin1(safe);
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("%2E").repeated(name.size());
    return name + QStringLiteral(".jpg");
}

bool SnapshotCache::store(
    const QString &cameraId, const QByteArray &encoded, const QDateTime &fetchedAt)
{
    if (!QDir().mkpath(m_directory))
        return false;
    // QSaveFile: a crash mid-write never leaves a half image in place of the last good one.
    QSaveFile file(QDir(m_directory).filePath(fileNameFor(cameraId)));
    if (!file.open(QIODevice::WriteOnly) || file.write(encoded) != encoded.size() || !file.commit())
        return false;
    QFile written(file.fileName());
    if (written.open(QIODevice::ReadWrite))
        written.setFileTime(fetchedAt, QFileDevice::FileModificationTime);
    return true;
}

SnapshotCache::Entry SnapshotCache::load(const QString &cameraId) const
{
    const QString path = QDir(m_directory).filePath(fileNameFor(cameraId));
    Entry entry;
    if (!entry.image.load(path))
        return {};
    entry.fetchedAt = QFileInfo(path).lastModified().toUTC();
    return entry;
}

} // namespace ioc::cameras
