#pragma once

#include "core/timefilter.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ioc::core {

class SqliteFile;

// Which side of the 2025 reform a unit code belongs to. A new commune may keep the code
// of an old unit it absorbed, so a code alone is ambiguous: data says its era by its date.
enum class AdminEra { Before, After };

inline AdminEra eraOf(const QDate &day)
{
    return day < kAdminReformDate ? AdminEra::Before : AdminEra::After;
}

struct AdminUnitInfo
{
    QString code;
    QString name;
    QString level; // "province", "district", "commune"
    QString parentCode;
    AdminEra era = AdminEra::Before; // the province and districts count as Before
    qint64 population = 0;
    double lon = 0;
    double lat = 0;
};

// A unit as a filter or as the owner of a value: its code and era.
struct UnitRef
{
    QString code;
    AdminEra era = AdminEra::After;
};

// The province's administrative units before and after the reform and the lineage
// between them (admin_units, admin_lineage), answering "how much of unit A lies in area
// B" across the reform.
//
// The idea: the old communes, each split by its lineage weights among the new communes,
// cut the province into pieces whose population is known (old commune population ×
// weight). Every unit of either era (province, old district, old commune, new commune) is
// a union of pieces, so the share of a data unit inside an area is the population of the
// pieces they have in common divided by the data unit's population. Values reported by
// old districts are thus rolled up onto new communes and back without ever adding an old
// unit to a new one directly.
class AdminGeography
{
public:
    static AdminGeography load(const SqliteFile &mirror);

    void addUnit(const AdminUnitInfo &unit);
    // Part `weight` of old commune `oldCode` went to new commune `newCode`.
    void addLineage(const QString &oldCode, const QString &newCode, double weight);

    bool isEmpty() const { return m_units.isEmpty(); }
    QString provinceCode() const { return m_provinceCode; }
    const AdminUnitInfo *unit(const QString &code, AdminEra era) const;
    QString name(const UnitRef &ref) const;
    QList<AdminUnitInfo> districts() const;
    // Communes of the era that overlap the district (new communes: any piece inside it).
    QList<AdminUnitInfo> communesIn(const QString &districtCode, AdminEra era) const;
    // The old district a unit belongs to (for a new commune: the one holding most of it).
    QString districtOf(const UnitRef &ref) const;

    // Share (0..1) of `dataUnit`'s pieces (by population) that lie in `area`. The province
    // as data unit is wholly in the province and in none of its parts.
    double shareIn(const UnitRef &dataUnit, const UnitRef &area) const;
    // Population of the pieces two units have in common.
    double overlapPopulation(const UnitRef &a, const UnitRef &b) const;

    // Sums of additive values (counts, tonnes, money) reported per unit of one era, moved
    // onto the units of the other: target = Σ value(source) × shareIn(source, target).
    QHash<QString, double> rollUp(
        const QHash<QString, double> &values, AdminEra from, const QList<UnitRef> &targets) const;

private:
    struct Piece
    {
        QString oldCommune;
        QString district;
        QString newCommune;
        double population = 0;
    };
    static QString key(const QString &code, AdminEra era);
    bool pieceIn(const Piece &piece, const UnitRef &ref) const;
    void rebuildPieces() const;

    QHash<QString, AdminUnitInfo> m_units; // by key(code, era)
    QString m_provinceCode;
    struct Link
    {
        QString oldCode;
        QString newCode;
        double weight;
    };
    QList<Link> m_lineage;
    mutable QList<Piece> m_pieces;
    mutable bool m_piecesDirty = true;
    mutable QHash<QString, double> m_shareCache;
};

} // namespace ioc::core
