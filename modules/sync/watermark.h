#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ioc::sync {

// Out of CollectionSyncer: where the next incremental read starts (docs/protocol.md, the
// watermark). Its rules guard against skipping a change, which costs data, at the price of
// reading a little more, which costs nothing.

// The next incremental read starts where this chain started (the server's Date header
// on its first page, minus an overlap for clock skew between the Date header and the
// updated_at stamps), not at the newest updated_at seen: a feature on an already-read
// page may change while later pages are fetched. Empty when there is no valid Date.
QString chainStartFrom(const QByteArray &dateHeader);

// The cursor a finished run leaves. `previous`: the one in force; `freshChain`: the run
// synced from its own first page (a resumed run does not know when its chain began, so
// it keeps the old one); `chainStart`: chainStartFrom() of its first page;
// `runMaxUpdatedAt`: the newest stamp the run saw; `now`: this machine's clock.
QString nextCursor(const QString &previous, bool freshChain, const QString &chainStart,
    const QString &runMaxUpdatedAt, const QDateTime &now);

} // namespace ioc::sync
