#include "gazetteer.h"
#include "generators.h"
#include "periodgrid.h"

#include <QDate>
#include <cmath>

namespace ioc::sim {

namespace {

struct Attraction
{
    const char *name;
    const char *kind;
    const char *district;
    double lat, lon;
    int annualVisitors;
};
// Approximate positions; each is checked against its district polygon at start and moved
// to a nearby village if it falls outside.
const Attraction kAttractions[] = {
    { "Biển Thiên Cầm", "beach", "446", 18.255, 106.115, 900000 },
    { "Biển Xuân Thành", "beach", "442", 18.628, 105.805, 500000 },
    { "Biển Kỳ Ninh", "beach", "449", 18.090, 106.330, 150000 },
    { "Biển Thạch Hải", "beach", "445", 18.400, 105.950, 200000 },
    { "Biển Thịnh Lộc", "beach", "448", 18.510, 105.870, 80000 },
    { "Khu di tích Ngã ba Đồng Lộc", "heritage", "443", 18.395, 105.640, 600000 },
    { "Khu lưu niệm Đại thi hào Nguyễn Du", "heritage", "442", 18.640, 105.720, 250000 },
    { "Chùa Hương Tích", "spiritual", "446", 18.330, 106.000, 300000 },
    { "Đền Chiêu Trưng", "spiritual", "445", 18.430, 105.930, 100000 },
    { "Khu lưu niệm Tổng Bí thư Trần Phú", "heritage", "440", 18.560, 105.620, 120000 },
    { "Vườn quốc gia Vũ Quang", "nature", "441", 18.300, 105.400, 20000 },
    { "Khu du lịch suối nước nóng Sơn Kim", "nature", "439", 18.440, 105.220, 60000 },
    { "Hồ Kẻ Gỗ", "nature", "446", 18.200, 105.950, 90000 },
    { "Chùa Cảm Sơn", "spiritual", "444", 18.185, 105.700, 40000 },
    { "Khu lưu niệm Hải Thượng Lãn Ông", "heritage", "439", 18.520, 105.440, 50000 },
    { "Thành cổ Hà Tĩnh", "heritage", "436", 18.340, 105.905, 30000 },
    { "Đền thờ Lê Khôi", "spiritual", "447", 18.085, 106.230, 70000 },
    { "Đèo Ngang", "nature", "449", 17.955, 106.470, 150000 },
};
constexpr int kAttractionCount = int(sizeof(kAttractions) / sizeof(kAttractions[0]));

const char *kHotelNames[] = { "Biển Xanh", "Hoàng Gia", "Sao Mai", "Hồng Lam", "Sông La",
    "Ánh Dương", "Bình Minh", "Hải Âu", "Thiên Ân", "Phương Đông", "Hoa Sen", "Ngọc Lan",
    "Trường Sơn", "Hải Yến", "Minh Châu", "Thành Đạt", "An Bình", "Kim Liên" };
const char *kStayKinds[] = { "hotel", "guesthouse", "homestay", "resort" };
const char *kStayPrefix[] = { "Khách sạn", "Nhà nghỉ", "Homestay", "Khu nghỉ dưỡng" };
const double kStayWeights[] = { 35, 45, 12, 8 };
// Where accommodation is: the city, the beaches (Cẩm Xuyên, Nghi Xuân, Kỳ Anh), Hồng Lĩnh.
const char *kStayDistricts[] = { "436", "446", "442", "449", "437", "445", "439" };
const double kStayDistrictWeights[] = { 30, 22, 20, 12, 5, 6, 5 };

int districtIndex(const Gazetteer &g, const char *code)
{
    for (const AdminUnit &d : g.districts())
        if (d.code == QLatin1String(code))
            return d.district;
    return 0;
}

class TourEstablishments final : public GeneratedCollection
{
public:
    explicit TourEstablishments(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("tour_establishments"), QStringLiteral("ts"),
            QStringLiteral("Cơ sở lưu trú du lịch"),
            QStringLiteral("Accommodation establishments with rooms."))
    { }
    qint64 baseCount() const override { return 320; }
    struct Info
    {
        int rooms;
        bool beach;
        QString unitCode;
    };
    Info info(qint64 index) const
    {
        const FeatureRecord f = make(index, 0, 0);
        return { f.properties.value(QStringLiteral("rooms")).toInt(),
            f.properties.value(QStringLiteral("beach")).toBool(),
            f.properties.value(QStringLiteral("unit_code")).toString() };
    }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        return m_ctx.t0Ms - rng(index, 9).range(10, 300) * kDayMs;
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const Gazetteer &g = *m_ctx.geo;
        Rng r = rng(index);
        const int kind = r.weighted(kStayWeights);
        const char *dcode = kStayDistricts[r.weighted(kStayDistrictWeights)];
        const int settlement = g.randomSettlement(r, districtIndex(g, dcode));
        const QPointF p = g.placeNear(r, settlement);
        static const int roomsLo[] = { 30, 8, 3, 40 };
        static const int roomsHi[] = { 150, 25, 10, 200 };
        const int rooms = int(r.range(roomsLo[kind], roomsHi[kind]));
        const int stars = kind == 0 ? int(r.range(1, 4)) : (kind == 3 ? int(r.range(3, 5)) : 0);
        const bool beach = QLatin1String(dcode) == QLatin1String("446")
            || QLatin1String(dcode) == QLatin1String("442")
            || QLatin1String(dcode) == QLatin1String("449");
        FeatureRecord f;
        f.geometry = pointGeometry(p.x(), p.y());
        f.properties = QJsonObject {
            { QStringLiteral("name"),
                QString::fromUtf8(kStayPrefix[kind]) + QLatin1Char(' ')
                    + QString::fromUtf8(kHotelNames[r.next() % 18])
                    + (index >= 18 ? QStringLiteral(" %1").arg(index / 18 + 1) : QString()) },
            { QStringLiteral("kind"), QString::fromLatin1(kStayKinds[kind]) },
            { QStringLiteral("rooms"), rooms },
            { QStringLiteral("stars"), stars },
            { QStringLiteral("beach"), beach },
            { QStringLiteral("unit_code"),
                g.communeAt(g.settlements()[settlement].commune, isoDate(m_ctx.t0Ms)).code },
        };
        return f;
    }
};

// Daily occupancy and guest registrations per establishment, last 90 days.
class TourOccupancy final : public GeneratedCollection
{
public:
    static constexpr int kDays = 90;
    TourOccupancy(const SimContext &ctx, const TourEstablishments *est)
        : GeneratedCollection(ctx, QStringLiteral("tour_occupancy"), QStringLiteral("to"),
            QStringLiteral("Công suất phòng và khách lưu trú"),
            QStringLiteral(
                "Daily room occupancy and guest registrations per establishment (90 days)."))
        , m_firstDay(localDayStart(ctx.t0Ms) - (kDays - 1) * kDayMs)
    {
        for (qint64 i = 0; i < est->baseCount(); ++i)
            m_info.append(est->info(i));
        m_count = int(m_info.size());
    }
    qint64 baseCount() const override { return qint64(kDays) * m_count; }
    bool applyChange(Rng &r, qint64 atMs) override
    {
        bump((count() / m_count - 1) * m_count + r.range(0, m_count - 1), atMs);
        return true;
    }
    void extendTo(qint64 atMs) override
    {
        for (qint64 day = m_firstDay + (count() / m_count) * kDayMs; day <= atMs; day += kDayMs)
            for (int e = 0; e < m_count; ++e)
                append(day);
    }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        const qint64 day = m_firstDay + (index / m_count) * kDayMs;
        return qMin(day + 14 * 3600000, m_ctx.t0Ms); // guest list sent by 21:00 local
    }
    FeatureRecord make(qint64 index, int version, qint64 changedAtMs) const override
    {
        const int e = int(index % m_count);
        const qint64 day = m_firstDay + (index / m_count) * kDayMs;
        const QDate date = QDate::fromString(isoDate(day), Qt::ISODate);
        const TourEstablishments::Info &info = m_info[e];
        Rng r = rng(index, quint64(version));
        // Beach summer 70-85 %, winter ~25 %; weekends up; New Year ~40 %.
        double rate = info.beach ? 0.47 + 0.32 * std::cos(2.0 * M_PI * (date.month() - 7) / 12.0)
                                 : 0.50 + 0.08 * std::cos(2.0 * M_PI * (date.month() - 7) / 12.0);
        if (date.dayOfWeek() >= 5)
            rate += 0.10;
        if (date.month() == 1 && date.day() == 1)
            rate = 0.40;
        // Live: today's figure grows as check-ins arrive through the day.
        if (version > 0) {
            const double hour = double((changedAtMs + kLocalOffsetMs) % kDayMs) / 3600000.0;
            rate *= qBound(0.5, hour / 20.0 + 0.3, 1.0);
        }
        const int occupied
            = qBound(0, int(std::round(info.rooms * (rate + 0.08 * r.gauss()))), info.rooms);
        const int guests = int(std::round(occupied * r.between(1.4, 2.2)));
        const int international = int(std::round(guests * qMax(0.0, 0.004 + 0.004 * r.gauss())));
        FeatureRecord f;
        f.id = QStringLiteral("to-%1-%2").arg(e).arg(date.toString(QStringLiteral("yyyyMMdd")));
        f.properties = QJsonObject {
            { QStringLiteral("establishment_id"), QStringLiteral("ts-%1").arg(e) },
            { QStringLiteral("date"), date.toString(Qt::ISODate) },
            { QStringLiteral("rooms"), info.rooms },
            { QStringLiteral("rooms_occupied"), occupied },
            { QStringLiteral("occupancy_rate"), std::round(1000.0 * occupied / info.rooms) / 10.0 },
            { QStringLiteral("guests"), guests },
            { QStringLiteral("international_guests"), international },
            { QStringLiteral("unit_code"), info.unitCode },
        };
        return f;
    }
    std::optional<qint64> indexOf(const QString &id) const override
    {
        const QStringList parts = id.split(QLatin1Char('-'));
        if (parts.size() != 3 || parts[0] != QLatin1String("to"))
            return std::nullopt;
        const int e = parts[1].toInt();
        const QDate d = QDate::fromString(parts[2], QStringLiteral("yyyyMMdd"));
        if (!d.isValid() || e < 0 || e >= m_count)
            return std::nullopt;
        const qint64 dayIdx
            = (QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - kLocalOffsetMs - m_firstDay)
            / kDayMs;
        if (dayIdx < 0 || dayIdx >= count() / m_count)
            return std::nullopt;
        return dayIdx * m_count + e;
    }

private:
    qint64 m_firstDay;
    QVector<TourEstablishments::Info> m_info;
    int m_count;
};

class TourAttractions final : public GeneratedCollection
{
public:
    explicit TourAttractions(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("tour_attractions"), QStringLiteral("ta"),
            QStringLiteral("Điểm du lịch"), QStringLiteral("Tourist attractions."))
    {
        const Gazetteer &g = *ctx.geo;
        for (int i = 0; i < kAttractionCount; ++i) {
            const Attraction &a = kAttractions[i];
            const int d = districtIndex(g, a.district);
            QPointF p(a.lon, a.lat);
            if (!g.containsPoint(d, p)) {
                Rng r(42, 77, quint64(i));
                p = g.settlements()[g.randomSettlement(r, d)].point;
            }
            m_points.append(p);
        }
    }
    qint64 baseCount() const override { return kAttractionCount; }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        return m_ctx.t0Ms - rng(index, 9).range(30, 600) * kDayMs;
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const Attraction &a = kAttractions[index];
        FeatureRecord f;
        f.geometry = pointGeometry(m_points[int(index)].x(), m_points[int(index)].y());
        f.properties = QJsonObject {
            { QStringLiteral("name"), QString::fromUtf8(a.name) },
            { QStringLiteral("kind"), QString::fromLatin1(a.kind) },
            { QStringLiteral("unit_code"), QString::fromLatin1(a.district) },
            { QStringLiteral("annual_visitors"), a.annualVisitors },
        };
        return f;
    }

private:
    QVector<QPointF> m_points;
};

// Monthly visitor arrivals: province total plus each attraction, since January 2019.
class TourArrivals final : public GeneratedCollection
{
public:
    explicit TourArrivals(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("tour_arrivals"), QStringLiteral("tv"),
            QStringLiteral("Lượt khách du lịch theo tháng"),
            QStringLiteral(
                "Monthly visitor arrivals: province total and per attraction, 2019 onwards."))
    {
        const QDate last = QDate::fromString(isoDate(ctx.t0Ms), Qt::ISODate).addMonths(-1);
        for (QDate m(2019, 1, 1); m <= last; m = m.addMonths(1))
            m_months.append(m);
    }
    qint64 baseCount() const override { return qint64(m_months.size()) * (1 + kAttractionCount); }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        const QDate m = m_months[int(index / (1 + kAttractionCount))];
        return qMin(QDateTime(m.addMonths(1).addDays(5), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch(),
            m_ctx.t0Ms);
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const QDate m = m_months[int(index / (1 + kAttractionCount))];
        const int row = int(index % (1 + kAttractionCount));
        Rng r = rng(index);
        // 2023: 2.9M visitors in 9 months; COVID years much lower; summer peak.
        double yearFactor = 1.0;
        if (m.year() == 2020)
            yearFactor = 0.55;
        else if (m.year() == 2021)
            yearFactor = 0.45;
        else if (m.year() >= 2022)
            yearFactor = 1.0 + 0.1 * (m.year() - 2022);
        const double season = 1.0 + 0.6 * std::cos(2.0 * M_PI * (m.month() - 7) / 12.0);
        const double annual = row == 0 ? 3600000.0 : double(kAttractions[row - 1].annualVisitors);
        const int visitors = int(annual / 12.0 * yearFactor * season * (1.0 + 0.08 * r.gauss()));
        FeatureRecord f;
        f.properties = QJsonObject {
            { QStringLiteral("month"), m.toString(QStringLiteral("yyyy-MM")) },
            { QStringLiteral("attraction_id"),
                row == 0 ? QJsonValue(QJsonValue::Null)
                         : QJsonValue(QStringLiteral("ta-%1").arg(row - 1)) },
            { QStringLiteral("name"),
                row == 0 ? QStringLiteral("Toàn tỉnh")
                         : QString::fromUtf8(kAttractions[row - 1].name) },
            { QStringLiteral("unit_code"),
                row == 0 ? QStringLiteral("42")
                         : QString::fromLatin1(kAttractions[row - 1].district) },
            { QStringLiteral("visitors"), visitors },
            { QStringLiteral("overnight_visitors"), int(visitors * r.between(0.22, 0.30)) },
            { QStringLiteral("international_visitors"), int(visitors * r.between(0.002, 0.006)) },
        };
        return f;
    }

private:
    QVector<QDate> m_months;
};

} // namespace

void addTourismCollections(const SimContext &ctx, GeneratedList &out)
{
    auto est = std::make_unique<TourEstablishments>(ctx);
    const TourEstablishments *e = est.get();
    out.push_back(std::move(est));
    out.push_back(std::make_unique<TourOccupancy>(ctx, e));
    out.push_back(std::make_unique<TourAttractions>(ctx));
    out.push_back(std::make_unique<TourArrivals>(ctx));
}

} // namespace ioc::sim
