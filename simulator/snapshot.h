#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace ioc::sim {

// A synthetic camera frame as JPEG: the same camera and simulated minute give the same bytes.
QByteArray renderSnapshot(quint64 seed, qint64 cameraIndex, qint64 nowMs, bool online);

} // namespace ioc::sim
