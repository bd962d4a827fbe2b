#pragma once

#include "alerts/rule.h"

#include <QIcon>

namespace ioc::ui {

// Severity as shape and colour, never colour alone: critical is a red diamond with "!",
// warning an amber triangle with "!", info a blue circle with "i".
QIcon severityIcon(alerts::Severity severity);
// The same as a character for plain text: ◆ ▲ ●. These marks and the words of
// alerts::severityLabel are the only ones: desktop, wall, tray, briefing PDF and CSV.
QString severityGlyph(alerts::Severity severity);
// "◆ Critical" (translated): mark and word together, where a severity is written out.
QString severityText(alerts::Severity severity);

} // namespace ioc::ui
