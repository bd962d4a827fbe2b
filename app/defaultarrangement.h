#pragma once

#include <QList>

namespace ioc::app {

// The default arrangement of the module docks for the space there is (issue #18), pure so
// it is tested without a screen:
//   - narrower than 1600 px (a 1366×768 laptop): one module at a time, all in one tab
//     group, the control-room alerts as its last tab;
//   - from 1600 px (1920×1080): two columns of tabs, the alerts along the bottom;
//   - from 3200 px (3840×2160 at scale 1): three columns.
int dockColumnsFor(int availableWidth);

// The docks (by index, in module order) of each column: consecutive groups, the province's
// government modules first, the ones that watch places last. Two columns split 3 + 4 (the
// arrangement operators already know), three split 3 + 2 + 2.
QList<QList<int>> dockColumnGroups(int dockCount, int columns);

} // namespace ioc::app
