#pragma once

#include <QLatin1String>

namespace ioc::app::settingskeys {

// QSettings keys the operator can change in the Settings dialog. Documented in one place
// because an administrator may also provide them in a system-wide file.
inline constexpr QLatin1String kDataCenterUrl { "datacenter/url" };
inline constexpr QLatin1String kLiveInterval { "sync/liveIntervalSeconds" };
inline constexpr QLatin1String kStatisticsInterval { "sync/statisticsIntervalSeconds" };
inline constexpr QLatin1String kLanguage { "ui/language" };
inline constexpr QLatin1String kTheme { "ui/theme" };
inline constexpr QLatin1String kSounds { "ui/sounds" };
inline constexpr QLatin1String kMbTilesFile { "map/mbtilesFile" };
inline constexpr QLatin1String kTileUrlTemplate { "map/tileUrlTemplate" };
inline constexpr QLatin1String kHomeArea { "map/homeArea" }; // "west,south,east,north"
inline constexpr QLatin1String kCurrentLayout { "ui/currentLayout" };

} // namespace ioc::app::settingskeys
