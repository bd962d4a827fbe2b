#pragma once

#include <QUrl>

namespace ioc::sync {

// Same scheme, host and port (RFC 6454): the only place next links, redirects, resume
// points and the bearer token may lead. https → http is a different origin, so it is
// never followed either.
inline bool isSameOrigin(const QUrl &url, const QUrl &origin)
{
    auto defaultPort = [](const QUrl &u) {
        return u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
    };
    return url.isValid() && origin.isValid()
        && url.scheme().compare(origin.scheme(), Qt::CaseInsensitive) == 0
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && url.host().compare(origin.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort(url)) == origin.port(defaultPort(origin));
}

} // namespace ioc::sync
