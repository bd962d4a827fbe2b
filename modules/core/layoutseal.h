#pragma once

#include <QByteArray>
#include <optional>

namespace ioc::core {

// QMainWindow::restoreState() trusts its input: a damaged state can crash Qt 6.4 inside
// QDockAreaLayout (tests/fuzz/regressions/layout). So every dock layout and window
// geometry we store is sealed: a marker, the SHA-256 of the bytes, the bytes. Only bytes
// whose seal matches reach Qt; a damaged settings file or operator store then costs the
// saved arrangement (the default layout is used, and the operator is told), never the
// window. The seal guards against damage, not against someone who can already write the
// user's own files.
QByteArray sealLayoutBytes(const QByteArray &bytes);

// The bytes inside a seal, or std::nullopt when `sealed` is not sealed or its hash does
// not match.
std::optional<QByteArray> unsealLayoutBytes(const QByteArray &sealed);

bool looksSealed(const QByteArray &bytes);

} // namespace ioc::core
