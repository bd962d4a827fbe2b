#include "gazetteer.h"

#include "rng.h"
#include "simlogging.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace ioc::sim {

namespace {

struct DistrictFact
{
    const char *code;
    const char *ascii; // the settlements file names districts in ASCII
    const char *name;
    const char *type;
    qint64 population;
    double lat, lon;
    int preCommunes; // communes and wards before 2025-07-01 (216 in all)
    int postUnits; // units after 2025-07-01 (69 in all)
    const char *validTo;
};

// Populations and seats from hatinh-facts.md; commune counts spread the 216 post-2020
// communes and the 69 post-2025 units over the districts by size.
const DistrictFact kDistricts[] = {
    { "436", "Ha Tinh", "Thành phố Hà Tĩnh", "thanh_pho", 104037, 18.341, 105.907, 15, 4,
        kReformDate },
    { "437", "Hong Linh", "Thị xã Hồng Lĩnh", "thi_xa", 36940, 18.534, 105.702, 6, 2, kReformDate },
    { "439", "Huong Son", "Huyện Hương Sơn", "huyen", 142400, 18.506, 105.421, 24, 7, kReformDate },
    { "440", "Duc Tho", "Huyện Đức Thọ", "huyen", 104536, 18.533, 105.598, 16, 6, kReformDate },
    { "441", "Vu Quang", "Huyện Vũ Quang", "huyen", 28544, 18.382, 105.504, 11, 3, kReformDate },
    { "442", "Nghi Xuan", "Huyện Nghi Xuân", "huyen", 102160, 18.666, 105.757, 15, 5, kReformDate },
    { "443", "Can Loc", "Huyện Can Lộc", "huyen", 127515, 18.432, 105.730, 19, 6, kReformDate },
    { "444", "Huong Khe", "Huyện Hương Khê", "huyen", 108000, 18.176, 105.702, 21, 7, kReformDate },
    { "445", "Thach Ha", "Huyện Thạch Hà", "huyen", 132377, 18.368, 105.863, 26, 8, kReformDate },
    { "446", "Cam Xuyen", "Huyện Cẩm Xuyên", "huyen", 141216, 18.250, 106.001, 23, 7, kReformDate },
    { "447", "Ky Anh", "Huyện Kỳ Anh", "huyen", 120000, 18.100, 106.270, 20, 6, kReformDate },
    // Lộc Hà was merged into Thạch Hà on 2025-01-01 (Res. 1283/NQ-UBTVQH15).
    { "448", "Loc Ha", "Huyện Lộc Hà", "huyen", 83000, 18.460, 105.900, 12, 5, "2025-01-01" },
    { "449", "Ky Anh town", "Thị xã Kỳ Anh", "thi_xa", 90000, 18.070, 106.300, 8, 3, kReformDate },
};

// Commune names: wards of the towns are spelled out; elsewhere a district-typical first
// syllable (or last, for Can Lộc) plus a common second one.
const char *kWards436[] = { "Bắc Hà", "Nam Hà", "Tân Giang", "Trần Phú", "Nguyễn Du", "Hà Huy Tập",
    "Đại Nài", "Văn Yên", "Thạch Linh", "Thạch Quý", "Thạch Trung", "Thạch Hạ", "Thạch Hưng",
    "Thạch Bình", "Đồng Môn" };
const char *kWards437[]
    = { "Bắc Hồng", "Nam Hồng", "Trung Lương", "Đức Thuận", "Đậu Liêu", "Thuận Lộc" };
const char *kWards449[]
    = { "Sông Trí", "Hưng Trí", "Kỳ Trinh", "Kỳ Thịnh", "Kỳ Long", "Kỳ Liên", "Kỳ Hà", "Kỳ Nam" };
const char *kSyllables[] = { "Long", "Bình", "Hòa", "Thịnh", "Phú", "Lạc", "An", "Tiến", "Hưng",
    "Trung", "Thành", "Mỹ", "Hải", "Sơn", "Vĩnh", "Lợi", "Đông", "Tây", "Nam", "Bắc", "Quang",
    "Minh", "Thủy", "Lĩnh", "Yên", "Châu", "Thượng", "Ninh", "Phúc", "Tân", "Lâm", "Hoa", "Kim",
    "Ngọc", "Xuân", "Đồng", "Điền", "Tường", "Thọ", "Khánh", "Hợp", "Văn" };
const char *kPostWards[] = { "Thành Sen", "Trần Phú", "Hà Huy Tập", "Thạch Khê", "Bắc Hồng Lĩnh",
    "Nam Hồng Lĩnh", "Hoành Sơn", "Vũng Áng", "Sông Trí" };

QJsonObject readGeoJson(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        *error = QStringLiteral("%1: %2").arg(path, pe.errorString());
    return doc.object();
}

QPolygonF ringOf(const QJsonArray &coords)
{
    QPolygonF ring;
    ring.reserve(coords.size());
    for (const QJsonValue &c : coords) {
        const QJsonArray xy = c.toArray();
        ring.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    return ring;
}

// Outer rings only: holes are irrelevant for placing points in these districts.
QVector<QPolygonF> outerRings(const QJsonObject &geometry)
{
    QVector<QPolygonF> rings;
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonArray coords = geometry.value(QLatin1String("coordinates")).toArray();
    if (type == QLatin1String("Polygon")) {
        rings.append(ringOf(coords.at(0).toArray()));
    } else if (type == QLatin1String("MultiPolygon")) {
        for (const QJsonValue &poly : coords)
            rings.append(ringOf(poly.toArray().at(0).toArray()));
    }
    return rings;
}

double distanceKm(QPointF a, QPointF b)
{
    const double dx = (a.x() - b.x()) * 111.32 * std::cos(qDegreesToRadians(a.y()));
    const double dy = (a.y() - b.y()) * 110.57;
    return std::sqrt(dx * dx + dy * dy);
}

} // namespace

bool Gazetteer::load(const QString &geoDir, QString *error)
{
    QString err;
    const QJsonObject provinceFc
        = readGeoJson(geoDir + QLatin1String("/hatinh_province.geojson"), &err);
    const QJsonObject districtFc
        = readGeoJson(geoDir + QLatin1String("/hatinh_districts.geojson"), &err);
    const QJsonObject settlementFc
        = readGeoJson(geoDir + QLatin1String("/hatinh_settlements.geojson"), &err);
    if (!err.isEmpty()) {
        *error = err;
        return false;
    }

    m_province = {};
    m_province.code = QStringLiteral("42");
    m_province.name = QStringLiteral("Tỉnh Hà Tĩnh");
    m_province.unitType = QStringLiteral("tinh");
    m_province.level = QStringLiteral("province");
    m_province.validFrom = QStringLiteral("1991-10-12");
    m_province.population = 1317200;
    m_province.point = QPointF(105.907, 18.341);
    m_provinceGeometry = provinceFc.value(QLatin1String("features"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QLatin1String("geometry"))
                             .toObject();

    QHash<QString, QJsonObject> polygonByCode;
    for (const QJsonValue &v : districtFc.value(QLatin1String("features")).toArray()) {
        const QJsonObject f = v.toObject();
        polygonByCode.insert(f.value(QLatin1String("properties"))
                                 .toObject()
                                 .value(QLatin1String("gso_code"))
                                 .toString(),
            f.value(QLatin1String("geometry")).toObject());
    }

    m_districts.clear();
    m_districtGeometry.clear();
    m_districtRings.clear();
    QHash<QString, int> districtByAscii;
    for (const DistrictFact &f : kDistricts) {
        AdminUnit d;
        d.code = QString::fromLatin1(f.code);
        d.name = QString::fromUtf8(f.name);
        d.unitType = QString::fromLatin1(f.type);
        d.level = QStringLiteral("district");
        d.parentCode = m_province.code;
        d.validTo = QString::fromLatin1(f.validTo);
        d.population = f.population;
        d.point = QPointF(f.lon, f.lat);
        d.district = int(m_districts.size());
        districtByAscii.insert(QString::fromLatin1(f.ascii), d.district);
        // TX Kỳ Anh has no polygon of its own in the source data (it is inside Kỳ Anh's):
        // it is served as its seat point and shares Kỳ Anh's polygon for containment.
        QJsonObject geom = polygonByCode.value(d.code);
        QVector<QPolygonF> rings
            = outerRings(geom.isEmpty() ? polygonByCode.value(QStringLiteral("447")) : geom);
        if (geom.isEmpty())
            geom = QJsonObject { { QStringLiteral("type"), QStringLiteral("Point") },
                { QStringLiteral("coordinates"), QJsonArray { f.lon, f.lat } } };
        m_districts.append(d);
        m_districtGeometry.append(geom);
        m_districtRings.append(rings);
    }

    m_settlements.clear();
    m_settlementsByDistrict = QVector<QVector<int>>(m_districts.size());
    const int kyAnhTown = districtByAscii.value(QStringLiteral("Ky Anh town"));
    for (const QJsonValue &v : settlementFc.value(QLatin1String("features")).toArray()) {
        const QJsonObject f = v.toObject();
        const QJsonObject props = f.value(QLatin1String("properties")).toObject();
        const QJsonArray xy = f.value(QLatin1String("geometry"))
                                  .toObject()
                                  .value(QLatin1String("coordinates"))
                                  .toArray();
        Settlement s;
        s.name = props.value(QLatin1String("name_vi")).toString();
        s.point = QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
        s.district = districtByAscii.value(props.value(QLatin1String("district")).toString(), -1);
        if (s.district < 0)
            continue;
        if (s.district == districtByAscii.value(QStringLiteral("Ky Anh"))
            && distanceKm(s.point, m_districts[kyAnhTown].point) < 11.0)
            s.district = kyAnhTown;
        m_settlementsByDistrict[s.district].append(int(m_settlements.size()));
        m_settlements.append(s);
    }
    for (int d = 0; d < m_districts.size(); ++d) {
        if (m_settlementsByDistrict[d].size() < kDistricts[d].preCommunes) {
            *error = QStringLiteral("too few villages in district %1").arg(m_districts[d].code);
            return false;
        }
    }
    m_districtWeights.clear();
    for (const AdminUnit &d : std::as_const(m_districts))
        m_districtWeights.append(double(d.population));
    buildCommunes();
    buildPostUnits();
    qCInfo(lcSimGen) << "gazetteer:" << m_districts.size() << "districts," << m_pre.size()
                     << "communes before 2025," << m_post.size() << "after," << m_settlements.size()
                     << "villages";
    return true;
}

void Gazetteer::buildCommunes()
{
    m_pre.clear();
    int code = 17905;
    for (int d = 0; d < m_districts.size(); ++d) {
        const DistrictFact &fact = kDistricts[d];
        QVector<int> villages = m_settlementsByDistrict[d];
        // North to south bands: neighbouring villages end up in the same commune.
        std::sort(villages.begin(), villages.end(), [this](int a, int b) {
            return m_settlements[a].point.y() > m_settlements[b].point.y();
        });
        const int n = fact.preCommunes;
        // Name order is fixed (key 42 + district), independent of the seed.
        Rng nameRng(42, quint64(d));
        QVector<QString> pool;
        for (const char *s : kSyllables)
            pool.append(QString::fromUtf8(s));
        for (int i = pool.size() - 1; i > 0; --i)
            std::swap(pool[i], pool[int(nameRng.range(0, i))]);
        for (int k = 0; k < n; ++k) {
            AdminUnit c;
            c.code = QString::number(code);
            code += 3; // GSO leaves gaps between commune codes
            c.level = QStringLiteral("commune");
            c.parentCode = m_districts[d].code;
            c.validFrom = QStringLiteral("2020-01-01");
            c.validTo = QString::fromLatin1(kReformDate);
            c.district = d;
            QString base;
            bool ward = false;
            if (fact.code == QLatin1String("436")) {
                base = QString::fromUtf8(kWards436[k]);
                ward = k < 10;
            } else if (fact.code == QLatin1String("437")) {
                base = QString::fromUtf8(kWards437[k]);
                ward = k < 5;
            } else if (fact.code == QLatin1String("449")) {
                base = QString::fromUtf8(kWards449[k]);
                ward = k < 6;
            } else if (fact.code == QLatin1String("443")) {
                base = pool[k] + QStringLiteral(" Lộc");
            } else {
                static const QHash<QString, QString> prefix
                    = { { QStringLiteral("439"), QStringLiteral("Sơn") },
                          { QStringLiteral("440"), QStringLiteral("Đức") },
                          { QStringLiteral("441"), QStringLiteral("Ân") },
                          { QStringLiteral("442"), QStringLiteral("Xuân") },
                          { QStringLiteral("444"), QStringLiteral("Hương") },
                          { QStringLiteral("445"), QStringLiteral("Thạch") },
                          { QStringLiteral("446"), QStringLiteral("Cẩm") },
                          { QStringLiteral("447"), QStringLiteral("Kỳ") },
                          { QStringLiteral("448"), QStringLiteral("Hộ") } };
                base = prefix.value(m_districts[d].code) + QLatin1Char(' ') + pool[k];
            }
            c.unitType = ward ? QStringLiteral("phuong") : QStringLiteral("xa");
            c.name = (ward ? QStringLiteral("Phường ") : QStringLiteral("Xã ")) + base;
            const int first = int(qint64(k) * villages.size() / n);
            const int last = int(qint64(k + 1) * villages.size() / n);
            QPointF sum;
            for (int i = first; i < last; ++i) {
                m_settlements[villages[i]].commune = int(m_pre.size());
                sum += m_settlements[villages[i]].point;
            }
            // The commune's point is its village nearest the band's mean: always on land.
            const QPointF mean = sum / double(last - first);
            int best = villages[first];
            for (int i = first; i < last; ++i)
                if (distanceKm(m_settlements[villages[i]].point, mean)
                    < distanceKm(m_settlements[best].point, mean))
                    best = villages[i];
            c.point = m_settlements[best].point;
            c.population = m_districts[d].population * (last - first) / villages.size();
            m_pre.append(c);
        }
    }
}

void Gazetteer::buildPostUnits()
{
    m_post.clear();
    m_lineage.clear();
    int ward = 0;
    for (int d = 0; d < m_districts.size(); ++d) {
        const DistrictFact &fact = kDistricts[d];
        QVector<int> communes;
        for (int i = 0; i < m_pre.size(); ++i)
            if (m_pre[i].district == d)
                communes.append(i);
        const bool town = fact.code == QLatin1String("436") || fact.code == QLatin1String("437")
            || fact.code == QLatin1String("449");
        const int firstPost = int(m_post.size());
        for (int k = 0; k < fact.postUnits; ++k) {
            const int from = int(qint64(k) * communes.size() / fact.postUnits);
            const int to = int(qint64(k + 1) * communes.size() / fact.postUnits);
            const AdminUnit &lead = m_pre[communes[from]];
            AdminUnit u;
            // Real practice: the new unit keeps the code of one of the units it absorbed.
            u.code = lead.code;
            u.level = QStringLiteral("commune");
            u.parentCode = m_province.code;
            u.validFrom = QString::fromLatin1(kReformDate);
            u.district = d;
            u.point = lead.point;
            if (town) {
                u.unitType = QStringLiteral("phuong");
                u.name = QStringLiteral("Phường ") + QString::fromUtf8(kPostWards[ward++]);
            } else {
                u.unitType = QStringLiteral("xa");
                u.name = QStringLiteral("Xã ") + lead.name.mid(3);
            }
            for (int i = from; i < to; ++i) {
                m_pre[communes[i]].successor = int(m_post.size());
                u.population += m_pre[communes[i]].population;
            }
            m_post.append(u);
        }
        // Lineage: most communes merge whole; every fifth one is split between two new units.
        Rng splitRng(42, 1000 + quint64(d));
        for (int i : std::as_const(communes)) {
            const AdminUnit &old = m_pre[i];
            const AdminUnit &main = m_post[old.successor];
            const bool split = fact.postUnits > 1 && splitRng.chance(0.2);
            const double w = split ? 0.5 + 0.05 * double(splitRng.range(2, 8)) : 1.0;
            m_lineage.append({ old.code, old.validFrom, main.code, main.validFrom,
                split ? QStringLiteral("split") : QStringLiteral("merge"), w,
                QString::fromLatin1(kReformDate) });
            if (split) {
                const int other = old.successor + 1 < firstPost + fact.postUnits
                    ? old.successor + 1
                    : old.successor - 1;
                m_lineage.append(
                    { old.code, old.validFrom, m_post[other].code, m_post[other].validFrom,
                        QStringLiteral("split"), 1.0 - w, QString::fromLatin1(kReformDate) });
            }
        }
    }
    // District level: Lộc Hà into Thạch Hà in January, then every district is abolished.
    m_lineage.append({ QStringLiteral("448"), QString(), QStringLiteral("445"), QString(),
        QStringLiteral("merge"), 1.0, QStringLiteral("2025-01-01") });
}

bool Gazetteer::containsPoint(int district, QPointF p) const
{
    for (const QPolygonF &ring : m_districtRings[district])
        if (ring.containsPoint(p, Qt::OddEvenFill))
            return true;
    return false;
}

int Gazetteer::randomDistrictByPopulation(Rng &rng) const
{
    return rng.weighted(m_districtWeights);
}

int Gazetteer::randomSettlement(Rng &rng, int district) const
{
    return rng.pick(m_settlementsByDistrict[district]);
}

int Gazetteer::randomSettlement(Rng &rng) const
{
    return randomSettlement(rng, randomDistrictByPopulation(rng));
}

QPointF Gazetteer::placeNear(Rng &rng, int settlement, double radiusDeg) const
{
    const Settlement &s = m_settlements[settlement];
    return jitterInside(rng, s.point, s.district, radiusDeg);
}

QPointF Gazetteer::jitterInside(Rng &rng, QPointF p, int district, double radiusDeg) const
{
    // Always draw every try's numbers, so the caller's stream does not depend on geometry.
    QPointF result = p;
    bool found = false;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const QPointF q(
            p.x() + rng.between(-radiusDeg, radiusDeg), p.y() + rng.between(-radiusDeg, radiusDeg));
        if (!found && containsPoint(district, q)) {
            result = QPointF(std::round(q.x() * 1e6) / 1e6, std::round(q.y() * 1e6) / 1e6);
            found = true;
        }
    }
    return result;
}

bool Gazetteer::inProvince(QPointF p) const
{
    for (int d = 0; d < m_districts.size(); ++d)
        if (containsPoint(d, p))
            return true;
    return false;
}

const AdminUnit &Gazetteer::communeAt(int preCommune, const QString &isoDate) const
{
    const AdminUnit &c = m_pre[preCommune];
    return isoDate < QLatin1String(kReformDate) ? c : m_post[c.successor];
}

} // namespace ioc::sim
