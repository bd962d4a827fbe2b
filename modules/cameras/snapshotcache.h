#pragma once

#include <QDateTime>
#include <QImage>
#include <QString>

namespace ioc::cameras {

// The last good snapshot of every camera, kept on disk so an operator (or a laptop with no
// network) still sees what a camera showed last, and when. One JPEG per camera; the file's
// modification time is the moment it was fetched.
class SnapshotCache
{
public:
    explicit SnapshotCache(QString directory);

    struct Entry
    {
        QImage image;
        QDateTime fetchedAt; // UTC
        bool isNull() const { return image.isNull(); }
    };

    // Stores the encoded bytes as received (no re-encoding, so no quality loss) and stamps
    // the file with `fetchedAt`. Returns false if the directory cannot be written.
    bool store(const QString &cameraId, const QByteArray &encoded, const QDateTime &fetchedAt);
    Entry load(const QString &cameraId) const;

    QString directory() const { return m_directory; }

    // Camera ids become file names: anything but [A-Za-z0-9_.-] is percent-encoded so an id
    // can never climb out of the directory.
    static QString fileNameFor(const QString &cameraId);

private:
    QString m_directory;
};

} // namespace ioc::cameras
