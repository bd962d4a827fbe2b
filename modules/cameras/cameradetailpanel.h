#pragma once

#include "cameras/cameraqueries.h"
#include "cameras/eventreviews.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ioc::core {
class SqliteFile;
}

namespace ioc::cameras {

class SnapshotFetcher;
class SnapshotView;

// What an operator sees after clicking a camera (on the map or in the records): its name,
// status and last heartbeat, its snapshot (refreshed while shown, the cached picture when
// offline), and its latest detections, each of which can be marked confirmed or false
// positive. Reviews go to the operator store and the outbox at once (EventReviewStore).
class CameraDetailPanel : public QWidget
{
    Q_OBJECT

public:
    CameraDetailPanel(const core::SqliteFile &mirror, const core::SqliteFile *operatorStore,
        SnapshotFetcher *fetcher, QString operatorName, QWidget *parent = nullptr);

    // Read on the thread pool (cameraqueries.h); cameraShown() follows when it is shown.
    void showCamera(const QString &cameraId);
    // The camera of a detection, with that detection selected.
    void showDetection(const QString &eventId);
    QString cameraId() const { return m_cameraId; }

    // Marks a detection of the shown camera, stored on the thread pool; reviewed() follows,
    // or a message when it cannot be stored. False when nothing could be started (no
    // operator store, no camera shown).
    bool review(const QString &eventId, EventReview::Verdict verdict);

    SnapshotView *snapshotView() const { return m_snapshot; }
    QTreeWidget *detectionList() const { return m_events; }
    QString headerText() const;
    // The verdict column of a detection in the list (empty: not reviewed or not listed).
    QString verdictShown(const QString &eventId) const;

    static constexpr int kRecentDetections = 30;

signals:
    void cameraShown(const QString &cameraId);
    void reviewed(const QString &eventId);
    void gridRequested();

private:
    struct Loaded
    {
        QString cameraId;
        std::optional<CameraDetails> camera;
    };
    // The camera (or the camera of eventId) with `select` selected; `note` for the message.
    void load(const QString &eventId, const QString &cameraId, const QString &select,
        const QString &note = {});
    void show(const CameraDetails &camera, const QString &select);
    void reviewSelected(EventReview::Verdict verdict);

    const core::SqliteFile &m_mirror;
    const core::SqliteFile *m_operatorStore;
    QString m_operatorName;
    QString m_cameraId;
    quint64 m_request = 0; // the latest load(); older results are dropped
    QLabel *m_header = nullptr;
    QLabel *m_hint = nullptr;
    SnapshotView *m_snapshot = nullptr;
    QTreeWidget *m_events = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ioc::cameras
