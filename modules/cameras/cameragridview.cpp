#include "cameras/cameragridview.h"

#include "cameras/snapshotview.h"
#include "cameras/tr.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ioc::cameras {

CameraGridView::CameraGridView(SnapshotFetcher *fetcher, QWidget *parent)
    : QWidget(parent)
    , m_fetcher(fetcher)
{
    auto *bar = new QHBoxLayout;
    auto *sizes = new QButtonGroup(this);
    for (int n : { 2, 3, 4 }) {
        auto *button = new QToolButton;
        button->setText(QStringLiteral("%1×%1").arg(n));
        button->setCheckable(true);
        button->setChecked(n == m_columns);
        button->setAccessibleName(Tr::tr("Grid of %1 by %1 cameras").arg(n));
        sizes->addButton(button, n);
        bar->addWidget(button);
    }
    connect(sizes, &QButtonGroup::idClicked, this, &CameraGridView::setColumns);
    bar->addStretch();
    m_previous = new QToolButton;
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAccessibleName(Tr::tr("Previous page"));
    m_next = new QToolButton;
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAccessibleName(Tr::tr("Next page"));
    m_pageLabel = new QLabel;
    connect(m_previous, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);

    m_grid = new QGridLayout;
    m_grid->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(m_grid, 1);
    rebuild();
}

int CameraGridView::pageCount() const
{
    const int perPage = m_columns * m_columns;
    return qMax(1, int((m_cameras.size() + perPage - 1) / perPage));
}

void CameraGridView::setCameras(const QList<CameraRef> &cameras)
{
    m_cameras = cameras;
    m_page = 0;
    rebuild();
}

void CameraGridView::setColumns(int columns)
{
    m_columns = qBound(2, columns, 4);
    m_page = 0;
    rebuild();
}

void CameraGridView::showPage(int page)
{
    m_page = qBound(0, page, pageCount() - 1);
    rebuild();
}

void CameraGridView::rebuild()
{
    const int perPage = m_columns * m_columns;
    // Reuse the views: only the number of cells changes with the grid size.
    while (m_views.size() > perPage)
        delete m_views.takeLast();
    while (m_views.size() < perPage)
        m_views.append(new SnapshotView(m_fetcher, this));
    for (int i = 0; i < perPage; ++i) {
        SnapshotView *view = m_views[i];
        m_grid->addWidget(view, i / m_columns, i % m_columns);
        const int index = m_page * perPage + i;
        if (index < m_cameras.size()) {
            const CameraRef &camera = m_cameras[index];
            if (view->cameraId() != camera.id)
                view->setCamera(camera.id, camera.name, camera.snapshotPath);
        } else {
            view->clearCamera();
        }
    }
    for (int c = 0; c < 4; ++c) {
        m_grid->setColumnStretch(c, c < m_columns ? 1 : 0);
        m_grid->setRowStretch(c, c < m_columns ? 1 : 0);
    }
    m_pageLabel->setText(Tr::tr("Page %1 of %2").arg(m_page + 1).arg(pageCount()));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pageCount());
}

} // namespace ioc::cameras
