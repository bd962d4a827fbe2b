#pragma once

#include "cameras/snapshotfetcher.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace ioc::cameras {

// One camera's picture with a caption saying which camera and how fresh it is. While the
// widget is visible it asks for a new picture every few seconds; hidden, it costs nothing.
// When the fetch fails it keeps showing the last saved picture, marked with its age, and
// with no picture at all it says why instead of showing a blank.
class SnapshotView : public QWidget
{
    Q_OBJECT

public:
    explicit SnapshotView(SnapshotFetcher *fetcher, QWidget *parent = nullptr);

    void setCamera(const QString &cameraId, const QString &name, const QString &snapshotPath);
    void clearCamera();
    QString cameraId() const { return m_cameraId; }
    const Snapshot &snapshot() const { return m_snapshot; }
    // What the caption says, for tests and accessibility.
    QString statusText() const;
    bool isRefreshing() const { return m_refresh.isActive(); }

    static constexpr int kRefreshMs = 5000;

    QSize sizeHint() const override { return { 480, 300 }; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refresh();
    void onSnapshot(const ioc::cameras::Snapshot &snapshot);

    QPointer<SnapshotFetcher> m_fetcher;
    QTimer m_refresh;
    QString m_cameraId;
    QString m_name;
    QString m_path;
    Snapshot m_snapshot;
};

} // namespace ioc::cameras
