#pragma once

#include <QByteArray>

namespace ioc::sim {

// gzip (RFC 1952) with zlib; header mtime 0 so equal input gives equal bytes.
QByteArray gzipCompress(const QByteArray &data, int level = 1);

} // namespace ioc::sim
