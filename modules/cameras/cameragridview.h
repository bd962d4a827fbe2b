#pragma once

#include "cameras/cameraqueries.h" // CameraRef

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QToolButton;

namespace ioc::cameras {

class SnapshotFetcher;
class SnapshotView;

// A wall of camera snapshots (2×2, 3×3 or 4×4) over a selection of cameras, paged when the
// selection is larger than the grid. Built for the video wall: no editing, big pictures.
class CameraGridView : public QWidget
{
    Q_OBJECT

public:
    explicit CameraGridView(SnapshotFetcher *fetcher, QWidget *parent = nullptr);

    void setCameras(const QList<CameraRef> &cameras);
    void setColumns(int columns); // 2, 3 or 4
    int columns() const { return m_columns; }
    int page() const { return m_page; }
    int pageCount() const;
    void showPage(int page);
    // The views currently in the grid, in reading order (for tests).
    QList<SnapshotView *> views() const { return m_views; }

private:
    void rebuild();

    SnapshotFetcher *m_fetcher;
    QList<CameraRef> m_cameras;
    QList<SnapshotView *> m_views;
    QGridLayout *m_grid = nullptr;
    QLabel *m_pageLabel = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    int m_columns = 2;
    int m_page = 0;
};

} // namespace ioc::cameras
