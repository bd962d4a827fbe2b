#include "core/admingeography.h"

#include "core/sqlitefile.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace ioc::core {

AdminGeography AdminGeography::load(const SqliteFile &mirror)
{
    AdminGeography geography;
    QSqlQuery query(mirror.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral(
            "SELECT json_extract(properties, '$.code'), json_extract(properties, '$.name'), "
            "json_extract(properties, '$.level'), json_extract(properties, '$.parent_code'), "
            "json_extract(properties, '$.valid_from'), json_extract(properties, '$.population'), "
            "(min_lon + max_lon) / 2, (min_lat + max_lat) / 2 "
            "FROM features WHERE collection = 'admin_units'"))) {
        while (query.next()) {
            AdminUnitInfo unit;
            unit.code = query.value(0).toString();
            unit.name = query.value(1).toString();
            unit.level = query.value(2).toString();
            unit.parentCode = query.value(3).toString();
            const QDate validFrom = QDate::fromString(query.value(4).toString(), Qt::ISODate);
            unit.era = validFrom.isValid() && validFrom >= kAdminReformDate ? AdminEra::After
                                                                            : AdminEra::Before;
            unit.population = query.value(5).toLongLong();
            unit.lon = query.value(6).toDouble();
            unit.lat = query.value(7).toDouble();
            if (!unit.code.isEmpty())
                geography.addUnit(unit);
        }
    }
    if (query.exec(QStringLiteral(
            "SELECT json_extract(properties, '$.old_code'), json_extract(properties, "
            "'$.new_code'), json_extract(properties, '$.weight') "
            "FROM features WHERE collection = 'admin_lineage'"))) {
        while (query.next())
            geography.addLineage(
                query.value(0).toString(), query.value(1).toString(), query.value(2).toDouble());
    }
    return geography;
}

QString AdminGeography::key(const QString &code, AdminEra era)
{
    return code + (era == AdminEra::Before ? QLatin1String("<") : QLatin1String(">"));
}

void AdminGeography::addUnit(const AdminUnitInfo &unit)
{
    if (unit.level == QLatin1String("province"))
        m_provinceCode = unit.code;
    m_units.insert(key(unit.code, unit.era), unit);
    m_piecesDirty = true;
    m_shareCache.clear();
}

void AdminGeography::addLineage(const QString &oldCode, const QString &newCode, double weight)
{
    m_lineage.append({ oldCode, newCode, weight });
    m_piecesDirty = true;
    m_shareCache.clear();
}

const AdminUnitInfo *AdminGeography::unit(const QString &code, AdminEra era) const
{
    auto it = m_units.constFind(key(code, era));
    if (it == m_units.constEnd()) // the province and districts are stored once
        it = m_units.constFind(
            key(code, era == AdminEra::Before ? AdminEra::After : AdminEra::Before));
    if (it == m_units.constEnd())
        return nullptr;
    // A district code asked for in the new era is the (abolished) district itself; a
    // commune must match its era exactly.
    if (it->level == QLatin1String("commune") && it->era != era)
        return nullptr;
    return &*it;
}

QString AdminGeography::name(const UnitRef &ref) const
{
    const AdminUnitInfo *info = unit(ref.code, ref.era);
    return info ? info->name : ref.code;
}

QList<AdminUnitInfo> AdminGeography::districts() const
{
    QList<AdminUnitInfo> result;
    for (const AdminUnitInfo &unit : m_units)
        if (unit.level == QLatin1String("district"))
            result.append(unit);
    std::sort(result.begin(), result.end(),
        [](const AdminUnitInfo &a, const AdminUnitInfo &b) { return a.code < b.code; });
    return result;
}

QList<AdminUnitInfo> AdminGeography::communesIn(const QString &districtCode, AdminEra era) const
{
    QList<AdminUnitInfo> result;
    const UnitRef district { districtCode, AdminEra::Before };
    for (const AdminUnitInfo &unit : m_units) {
        if (unit.level != QLatin1String("commune") || unit.era != era)
            continue;
        const bool inside = era == AdminEra::Before
            ? unit.parentCode == districtCode
            : overlapPopulation({ unit.code, era }, district) > 0;
        if (inside)
            result.append(unit);
    }
    std::sort(result.begin(), result.end(),
        [](const AdminUnitInfo &a, const AdminUnitInfo &b) { return a.name < b.name; });
    return result;
}

QString AdminGeography::districtOf(const UnitRef &ref) const
{
    const AdminUnitInfo *info = unit(ref.code, ref.era);
    if (!info)
        return {};
    if (info->level == QLatin1String("district"))
        return info->code;
    if (info->level == QLatin1String("commune") && info->era == AdminEra::Before)
        return info->parentCode;
    QString best;
    double bestOverlap = 0;
    for (const AdminUnitInfo &district : districts()) {
        const double overlap = overlapPopulation(ref, { district.code, AdminEra::Before });
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = district.code;
        }
    }
    return best;
}

void AdminGeography::rebuildPieces() const
{
    if (!m_piecesDirty)
        return;
    m_pieces.clear();
    QHash<QString, QList<Link>> linksByOld;
    for (const Link &link : m_lineage)
        linksByOld[link.oldCode].append(link);
    for (const AdminUnitInfo &unit : m_units) {
        if (unit.level != QLatin1String("commune") || unit.era != AdminEra::Before)
            continue;
        // A commune without population still counts, by weight alone, so that it is not
        // invisible to every share.
        const double population = unit.population > 0 ? double(unit.population) : 1.0;
        const QList<Link> links = linksByOld.value(unit.code);
        if (links.isEmpty()) {
            m_pieces.append({ unit.code, unit.parentCode, QString(), population });
            continue;
        }
        for (const Link &link : links)
            m_pieces.append({ unit.code, unit.parentCode, link.newCode, population * link.weight });
    }
    m_piecesDirty = false;
}

bool AdminGeography::pieceIn(const Piece &piece, const UnitRef &ref) const
{
    if (ref.code == m_provinceCode)
        return true;
    const AdminUnitInfo *info = unit(ref.code, ref.era);
    if (!info)
        return false;
    if (info->level == QLatin1String("district"))
        return piece.district == info->code;
    if (info->level == QLatin1String("commune"))
        return info->era == AdminEra::Before ? piece.oldCommune == info->code
                                             : piece.newCommune == info->code;
    return info->level == QLatin1String("province");
}

double AdminGeography::overlapPopulation(const UnitRef &a, const UnitRef &b) const
{
    rebuildPieces();
    double common = 0;
    for (const Piece &piece : std::as_const(m_pieces))
        if (pieceIn(piece, a) && pieceIn(piece, b))
            common += piece.population;
    return common;
}

double AdminGeography::shareIn(const UnitRef &dataUnit, const UnitRef &area) const
{
    if (area.code.isEmpty() || area.code == m_provinceCode)
        return 1.0; // everything reported in the province is in the province
    // A figure of the whole province (a provincial department's task…) cannot be placed
    // in one of its parts: splitting it by population would invent local figures.
    if (dataUnit.code == m_provinceCode)
        return 0.0;
    const QString cacheKey = key(dataUnit.code, dataUnit.era) + key(area.code, area.era);
    const auto cached = m_shareCache.constFind(cacheKey);
    if (cached != m_shareCache.constEnd())
        return *cached;
    const double total = overlapPopulation(dataUnit, dataUnit);
    const double share = total > 0 ? overlapPopulation(dataUnit, area) / total : 0.0;
    m_shareCache.insert(cacheKey, share);
    return share;
}

QHash<QString, double> AdminGeography::rollUp(
    const QHash<QString, double> &values, AdminEra from, const QList<UnitRef> &targets) const
{
    QHash<QString, double> result;
    for (const UnitRef &target : targets) {
        double sum = 0;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            sum += it.value() * shareIn({ it.key(), from }, target);
        result.insert(target.code, sum);
    }
    return result;
}

} // namespace ioc::core
