#include "sync/backoff.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>

namespace ioc::sync {

using namespace std::chrono;

Backoff::Backoff(milliseconds base, milliseconds cap, Random random)
    : m_base(base)
    , m_cap(cap)
    , m_random(random ? std::move(random)
                      : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{ }

milliseconds Backoff::failed()
{
    ++m_failures;
    const int exponent = std::min(m_failures - 1, 30);
    const double step
        = std::min<double>(double(m_base.count()) * double(1LL << exponent), double(m_cap.count()));
    return milliseconds(static_cast<qint64>(step / 2 + m_random() * step / 2));
}

milliseconds Backoff::failedWithRetryAfter(seconds retryAfter)
{
    ++m_failures;
    return duration_cast<milliseconds>(std::min<seconds>(retryAfter, hours(1)));
}

std::optional<seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 delta = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return delta >= 0 ? std::optional<seconds>(seconds(delta)) : std::nullopt;
    // HTTP-date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT" (RFC 9110 IMF-fixdate).
    QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return seconds(std::max<qint64>(0, now.secsTo(when)));
}

} // namespace ioc::sync
