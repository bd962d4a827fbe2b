#pragma once

#include <QRectF>
#include <QString>
#include <QUrl>

namespace ioc::app {

// Checks of what an operator types in the Settings dialog. Each returns an empty string
// when the value is acceptable, else one sentence saying what is wrong and what is
// expected (translated). Kept apart from the dialog so they can be tested directly.

// Empty is allowed (no data center: the workstation works from its cache).
QString checkDataCenterUrl(const QString &text);
// Empty is allowed (keep the stored token). No spaces or line breaks inside.
QString checkToken(const QString &token);
// Seconds between two syncs of a collection: 10 s … 24 h.
QString checkInterval(int seconds);
// Empty is allowed (vector basemap only). The file must exist, be readable and be SQLite.
QString checkMbTilesFile(const QString &path);
// Empty is allowed. http(s) with {z}, {x} and {y}, e.g. https://tiles.example.vn/{z}/{x}/{y}.png
QString checkTileUrlTemplate(const QString &text);
// west, south, east, north in degrees; a real area.
QString checkHomeArea(double west, double south, double east, double north);

// The home area as stored ("west,south,east,north"); null rectangle when absent or bad.
QRectF parseHomeArea(const QString &text);
QString formatHomeArea(double west, double south, double east, double north);

constexpr int kMinIntervalSeconds = 10;
constexpr int kMaxIntervalSeconds = 24 * 60 * 60;

} // namespace ioc::app
