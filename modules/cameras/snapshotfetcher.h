#pragma once

#include "cameras/snapshotcache.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ioc::cameras {

// One camera picture as the UI shows it: live from the data center, or the last one cached
// on disk (with its age) when the fetch failed, or nothing but the reason.
struct Snapshot
{
    QString cameraId;
    QImage image;
    QDateTime fetchedAt; // UTC, when `image` was received
    bool live = false; // true: this very request returned it
    QString problem; // why the latest fetch failed; empty when it did not
};

// Fetches camera snapshots (GET <data center>/<snapshot_url>, a JPEG) with the data
// center's bearer token, keeps the last good one of each camera in a SnapshotCache and falls
// back to it when the network or the camera fails. Networking is asynchronous
// (QNetworkAccessManager), so the thread it lives on never waits on a socket. A camera that
// keeps failing the same way is logged once, not on every refresh.
class SnapshotFetcher : public QObject
{
    Q_OBJECT

public:
    struct Source
    {
        QUrl baseUrl; // empty: offline, cached pictures only
        QByteArray bearerToken;
    };

    SnapshotFetcher(Source source, SnapshotCache cache, QObject *parent = nullptr);

    // Asks for a fresh picture; `snapshotPath` is the camera's snapshot_url (relative to the
    // data center's root, or absolute). A request for a camera already in flight is merged.
    void request(const QString &cameraId, const QString &snapshotPath);
    // The cached picture right away (for a first paint before the network answers).
    Snapshot cached(const QString &cameraId) const;

    void setOffline(bool offline) { m_offline = offline; }
    int inFlight() const { return int(m_pending.size()); }

    static constexpr int kTimeoutMs = 8000;

signals:
    void snapshotUpdated(const ioc::cameras::Snapshot &snapshot);

private:
    void finished(QNetworkReply *reply, const QString &cameraId);
    void fail(const QString &cameraId, const QString &problem);

    Source m_source;
    SnapshotCache m_cache;
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, QNetworkReply *> m_pending;
    QSet<QString> m_logged; // "camera\nproblem" pairs already written to the log
    bool m_offline = false;
};

} // namespace ioc::cameras

Q_DECLARE_METATYPE(ioc::cameras::Snapshot)
