#pragma once

#include "alerts/rule.h"

#include <QIcon>

namespace ioc::ui {

// Severity as shape and colour, never colour alone: critical is a red diamond with "!",
// warning an amber triangle with "!", info a blue circle with "i".
QIcon severityIcon(alerts::Severity severity);
// The same as a character for plain text (status bar): ◆ ▲ ●.
QString severityGlyph(alerts::Severity severity);

} // namespace ioc::ui
