#pragma once

#include "map/pointlayer.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ioc::map {

// Reads the point features of `collections` from the mirror for a map, with their status
// as style key and their name as tooltip. Opens its own connection: it runs on a worker
// thread (a module dock's map, the wall's boards).
QHash<QString, QVector<MapPoint>> readMapPoints(
    const QString &mirrorPath, const QStringList &collections);

} // namespace ioc::map
