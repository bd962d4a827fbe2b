#include "generatedcollection.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>

namespace ioc::sim {

GeneratedCollection::GeneratedCollection(const SimContext &ctx, const QString &id,
    const QString &idPrefix, const QString &title, const QString &description)
    : m_ctx(ctx)
    , m_id(id)
    , m_prefix(idPrefix)
    , m_title(title)
    , m_description(description)
    , m_key(streamKey(id))
    ,
    // Base data is "as of t0": nothing in it is later than t0.
    m_lastModifiedMs(ctx.t0Ms)
{ }

qint64 GeneratedCollection::updatedAtMs(qint64 index) const
{
    const auto it = m_mods.constFind(index);
    if (it != m_mods.cend())
        return it->atMs;
    if (index >= baseCount())
        return appendedAtMs(index);
    return baseUpdatedAtMs(index);
}

FeatureRecord GeneratedCollection::feature(qint64 index) const
{
    const auto it = m_mods.constFind(index);
    FeatureRecord f
        = make(index, it != m_mods.cend() ? it->version : 0, it != m_mods.cend() ? it->atMs : 0);
    if (f.id.isEmpty())
        f.id = defaultId(index);
    // make() may already know it (saves recomputing a dossier's state); it must agree
    // with updatedAtMs(), which the datetime filter uses.
    if (!f.properties.contains(QLatin1String("updated_at")))
        f.properties.insert(QStringLiteral("updated_at"), isoUtc(updatedAtMs(index)));
    return f;
}

QString GeneratedCollection::defaultId(qint64 index) const
{
    return m_prefix + QLatin1Char('-') + QString::number(index);
}

std::optional<qint64> GeneratedCollection::indexOf(const QString &featureId) const
{
    if (!featureId.startsWith(m_prefix + QLatin1Char('-')))
        return std::nullopt;
    bool ok = false;
    const qint64 i = featureId.mid(m_prefix.size() + 1).toLongLong(&ok);
    // Reject "x-007": only the canonical spelling names a feature.
    if (!ok || i < 0 || i >= count() || defaultId(i) != featureId)
        return std::nullopt;
    return i;
}

qint64 GeneratedCollection::nextCandidate(qint64 from, qint64 sinceMs) const
{
    if (sinceMs <= m_ctx.t0Ms)
        return from;
    // Base data never has updated_at > t0: only touched indices can match.
    const auto it = m_touched.lower_bound(from);
    return it == m_touched.end() ? count() : *it;
}

int GeneratedCollection::versionOf(qint64 index) const
{
    return m_mods.value(index).version;
}

void GeneratedCollection::bump(qint64 index, qint64 atMs)
{
    Mod &m = m_mods[index];
    ++m.version;
    m.atMs = atMs;
    m_touched.insert(index);
    ++m_revision;
    m_lastModifiedMs = qMax(m_lastModifiedMs, atMs);
}

qint64 GeneratedCollection::append(qint64 atMs)
{
    const qint64 index = count();
    m_appendedAt.push_back(atMs);
    m_touched.insert(index);
    ++m_revision;
    m_lastModifiedMs = qMax(m_lastModifiedMs, atMs);
    return index;
}

namespace {

// Civil date from days since 1970-01-01 (H. Hinnant's algorithm). Pages format several
// timestamps per feature; this is ~20 % faster per page than going through QDateTime.
void civilFromDays(qint64 z, int *y, int *m, int *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *d = int(doy - (153 * mp + 2) / 5 + 1);
    *m = int(mp < 10 ? mp + 3 : mp - 9);
    *y = int(yoe + era * 400 + (*m <= 2 ? 1 : 0));
}

void put2(char *p, int v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

QString isoUtc(qint64 ms)
{
    const qint64 secs = floorDiv(ms, 1000);
    const qint64 days = floorDiv(secs, 86400);
    const qint64 sod = secs - days * 86400;
    int y, m, d;
    civilFromDays(days, &y, &m, &d);
    if (y < 0 || y > 9999)
        return QDateTime::fromMSecsSinceEpoch(secs * 1000, Qt::UTC).toString(Qt::ISODate);
    char buf[20];
    put2(buf, y / 100);
    put2(buf + 2, y % 100);
    buf[4] = '-';
    put2(buf + 5, m);
    buf[7] = '-';
    put2(buf + 8, d);
    buf[10] = 'T';
    put2(buf + 11, int(sod / 3600));
    buf[13] = ':';
    put2(buf + 14, int(sod / 60 % 60));
    buf[16] = ':';
    put2(buf + 17, int(sod % 60));
    return QString::fromLatin1(buf, 19) + QLatin1Char('Z');
}

QString isoDate(qint64 ms, int utcOffsetHours)
{
    return isoUtc(ms + qint64(utcOffsetHours) * 3600000).left(10);
}

qint64 msFromIso(const QString &iso)
{
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        return -1;
    // A timestamp without an offset is read as UTC, never as the machine's local time.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

QJsonObject pointGeometry(double lon, double lat)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("Point") },
        { QStringLiteral("coordinates"),
            QJsonArray { std::round(lon * 1e6) / 1e6, std::round(lat * 1e6) / 1e6 } } };
}

} // namespace ioc::sim
