#pragma once

#include <QByteArray>
#include <QString>

namespace ioc::sync {

// The server's own explanation of an HTTP error, for the status bar, the log and the sync
// report: an OGC API exception (`{"code": …, "description": …}`, also as an array of
// them, as MapServer writes), an RFC 9457 problem (`title`/`detail`), a plain
// `{"error"|"message": …}`, or the first 300 characters of anything else, tags and runs
// of white space removed. Empty when the body says nothing.
QString serverErrorText(const QByteArray &body);

} // namespace ioc::sync
