#include "screenfit.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>

namespace ioc::app {

namespace {
// A strip this tall at the top, at least this wide, must be reachable to drag a window.
constexpr int kGrabStripHeight = 24;
constexpr int kGrabStripMinWidth = 80;
} // namespace

QRect fitOntoScreens(const QRect &geometry, const QList<QRect> &screens)
{
    if (screens.isEmpty() || !geometry.isValid())
        return geometry;
    const QRect grabStrip(geometry.topLeft(), QSize(geometry.width(), kGrabStripHeight));
    for (const QRect &screen : screens) {
        const QRect visible = screen.intersected(grabStrip);
        if (visible.width() >= std::min(kGrabStripMinWidth, geometry.width())
            && visible.height() > 0)
            return geometry;
    }
    const QRect target = screens.constFirst();
    QRect fitted(QPoint(0, 0), geometry.size().boundedTo(target.size()));
    fitted.moveCenter(target.center());
    return fitted;
}

QList<QRect> availableScreenGeometries()
{
    QList<QRect> geometries;
    const QScreen *primary = QGuiApplication::primaryScreen();
    if (primary)
        geometries.append(primary->availableGeometry());
    for (const QScreen *screen : QGuiApplication::screens()) {
        if (screen != primary)
            geometries.append(screen->availableGeometry());
    }
    return geometries;
}

int bringFloatingDocksOnScreen(QMainWindow *window, const QList<QRect> &screens)
{
    int moved = 0;
    const auto docks = window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks) {
        if (!dock->isFloating())
            continue;
        const QRect current = dock->geometry();
        const QRect fitted = fitOntoScreens(current, screens);
        if (fitted != current) {
            dock->setGeometry(fitted);
            ++moved;
        }
    }
    return moved;
}

} // namespace ioc::app
