#include "defaultarrangement.h"

#include <algorithm>

namespace ioc::app {

namespace {
constexpr int kTwoColumnsFrom = 1600;
constexpr int kThreeColumnsFrom = 3200;
// Socio-economic, public services and documents: the government group.
constexpr int kGovernmentModules = 3;
} // namespace

int dockColumnsFor(int availableWidth)
{
    if (availableWidth >= kThreeColumnsFrom)
        return 3;
    return availableWidth >= kTwoColumnsFrom ? 2 : 1;
}

QList<QList<int>> dockColumnGroups(int dockCount, int columns)
{
    QList<QList<int>> groups;
    if (dockCount <= 0)
        return groups;
    columns = std::clamp(columns, 1, dockCount);
    // The first column holds the government modules (fewer when there are few docks); the
    // rest share the remaining columns as evenly as they can, earlier columns first.
    const int first
        = columns == 1 ? dockCount : std::min(kGovernmentModules, dockCount - (columns - 1));
    QList<int> sizes { first };
    const int rest = dockCount - first;
    for (int c = 1; c < columns; ++c)
        sizes.append(rest / (columns - 1) + (c - 1 < rest % (columns - 1) ? 1 : 0));
    int next = 0;
    for (int size : std::as_const(sizes)) {
        QList<int> group;
        for (int i = 0; i < size; ++i)
            group.append(next++);
        groups.append(group);
    }
    return groups;
}

} // namespace ioc::app
