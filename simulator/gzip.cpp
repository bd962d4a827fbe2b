#include "gzip.h"

#include <zlib.h>

namespace ioc::sim {

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream zs {};
    // windowBits 15 + 16 selects the gzip wrapper. Level 1: pages are large and the
    // loopback is fast, so speed matters more than ratio.
    if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(int(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(int(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace ioc::sim
