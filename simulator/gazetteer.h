#pragma once

#include <QJsonObject>
#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QVector>

namespace ioc::sim {

class Rng;

// One administrative unit version (code + validity period), pre- or post-2025.
struct AdminUnit
{
    QString code;
    QString name; // with its type word, e.g. "Xã Thạch Long"
    QString unitType; // tinh, thanh_pho, thi_xa, huyen, xa, phuong
    QString level; // province, district, commune
    QString parentCode;
    QString validFrom; // ISO date or empty (open)
    QString validTo; // ISO date or empty (still valid)
    qint64 population = 0;
    QPointF point; // x = lon, y = lat
    int district = -1; // index into districts() (pre-2025 parent)
    int successor = -1; // pre-2025 commune: index of its main post-2025 unit
};

struct Settlement
{
    QString name;
    QPointF point;
    int district = -1;
    int commune = -1; // index into preCommunes()
};

struct Lineage
{
    QString oldCode;
    QString oldValidFrom;
    QString newCode;
    QString newValidFrom;
    QString kind; // merge, split
    double weight = 1.0;
    QString effective;
};

// Ha Tinh's administrative geography as the simulator models it: the real district
// polygons and village points, with synthetic communes built on the villages. It does
// not depend on the seed: the seed varies the data, not the map.
class Gazetteer
{
public:
    // geoDir holds hatinh_districts/province/settlements.geojson (a directory or ":/..." resource).
    bool load(const QString &geoDir, QString *error);

    const AdminUnit &province() const { return m_province; }
    const QJsonObject &provinceGeometry() const { return m_provinceGeometry; }
    const QVector<AdminUnit> &districts() const { return m_districts; }
    const QJsonObject &districtGeometry(int d) const { return m_districtGeometry[d]; }
    const QVector<AdminUnit> &preCommunes() const { return m_pre; }
    const QVector<AdminUnit> &postUnits() const { return m_post; }
    const QVector<Settlement> &settlements() const { return m_settlements; }
    const QVector<Lineage> &lineage() const { return m_lineage; }

    bool containsPoint(int district, QPointF p) const;
    int randomDistrictByPopulation(Rng &rng) const;
    int randomSettlement(Rng &rng, int district) const;
    int randomSettlement(Rng &rng) const;
    // A point near a village, kept inside the village's district polygon.
    QPointF placeNear(Rng &rng, int settlement, double radiusDeg = 0.006) const;
    // p moved by up to radiusDeg, kept inside the district (p itself if no try lands inside).
    QPointF jitterInside(Rng &rng, QPointF p, int district, double radiusDeg) const;
    // Inside any district polygon, i.e. inside the province.
    bool inProvince(QPointF p) const;
    // Code of the unit that is valid at isoDate for a pre-2025 commune (itself or its successor).
    const AdminUnit &communeAt(int preCommune, const QString &isoDate) const;

private:
    void buildCommunes();
    void buildPostUnits();

    AdminUnit m_province;
    QJsonObject m_provinceGeometry;
    QVector<AdminUnit> m_districts;
    QVector<QJsonObject> m_districtGeometry;
    QVector<QVector<QPolygonF>> m_districtRings;
    QVector<AdminUnit> m_pre;
    QVector<AdminUnit> m_post;
    QVector<Settlement> m_settlements;
    QVector<QVector<int>> m_settlementsByDistrict;
    QVector<Lineage> m_lineage;
    QVector<double> m_districtWeights; // population, for randomDistrictByPopulation()
};

// The date Vietnam's district level was abolished and communes merged.
inline constexpr const char *kReformDate = "2025-07-01";

} // namespace ioc::sim
