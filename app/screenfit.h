#pragma once

#include <QList>
#include <QRect>

class QMainWindow;

namespace ioc::app {

// Where a window saved on another monitor should go now. A window is left alone while
// enough of its top edge (where the title bar is, the part the operator grabs) lies on one
// of `screens`; otherwise it is moved onto the first screen (the primary one), shrunk to
// fit and centred there. Pure, so a missing monitor can be tested without one.
QRect fitOntoScreens(const QRect &geometry, const QList<QRect> &screens);

// The available geometries of the connected screens, primary first.
QList<QRect> availableScreenGeometries();

// After QMainWindow::restoreState(): brings floating docks whose monitor is gone back
// onto a visible screen. Returns how many were moved.
int bringFloatingDocksOnScreen(QMainWindow *window, const QList<QRect> &screens);

} // namespace ioc::app
