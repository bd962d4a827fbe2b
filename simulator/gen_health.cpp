#include "gazetteer.h"
#include "generators.h"
#include "periodgrid.h"

#include <QDate>
#include <cmath>

namespace ioc::sim {

namespace {

struct Hospital
{
    const char *name;
    const char *kind;
    int beds;
};
const Hospital kProvincial[] = {
    { "Bệnh viện Đa khoa tỉnh Hà Tĩnh", "general_hospital", 500 },
    { "Bệnh viện Y dược cổ truyền Hà Tĩnh", "specialist_hospital", 200 },
    { "Bệnh viện Phục hồi chức năng Hà Tĩnh", "specialist_hospital", 150 },
    { "Bệnh viện Mắt Hà Tĩnh", "specialist_hospital", 80 },
    { "Bệnh viện Phổi Hà Tĩnh", "specialist_hospital", 150 },
    { "Bệnh viện Tâm thần Hà Tĩnh", "specialist_hospital", 120 },
};
constexpr int kProvincialCount = 6;

struct Disease
{
    const char *code;
    const char *name;
    double weeklyPer100k; // average
    int peakMonth;
    double seasonality;
};
const Disease kDiseases[] = {
    { "dengue", "Sốt xuất huyết Dengue", 2.0, 10, 0.9 },
    { "hfmd", "Tay chân miệng", 1.5, 4, 0.5 },
    { "influenza", "Cúm", 6.0, 1, 0.6 },
    { "diarrhoea", "Tiêu chảy", 8.0, 7, 0.4 },
    { "measles", "Sởi", 0.1, 3, 0.5 },
    { "covid19", "COVID-19", 0.8, 12, 0.3 },
};
constexpr int kDiseaseCount = 6;

const char *kVaccines[]
    = { "BCG", "VGB sơ sinh", "DPT-VGB-Hib", "OPV", "IPV", "Sởi-Rubella", "Viêm não Nhật Bản" };
constexpr int kVaccineCount = 7;

// The district medical centres: every district-level unit but the city (served by the
// provincial hospitals) and Lộc Hà (merged) - the 11 of the facts sheet.
QVector<int> medicalCentreDistricts(const Gazetteer &g)
{
    QVector<int> out;
    for (const AdminUnit &d : g.districts())
        if (d.code != QLatin1String("436") && d.code != QLatin1String("448"))
            out.append(d.district);
    return out;
}

class HealthFacilities final : public GeneratedCollection
{
public:
    explicit HealthFacilities(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("health_facilities"), QStringLiteral("hf"),
            QStringLiteral("Cơ sở y tế"),
            QStringLiteral("Provincial hospitals, district medical centres and commune health "
                           "stations, with beds."))
        , m_centres(medicalCentreDistricts(*ctx.geo))
    { }
    qint64 baseCount() const override
    {
        return kProvincialCount + m_centres.size() + m_ctx.geo->preCommunes().size();
    }
    int hospitalCount() const { return kProvincialCount + int(m_centres.size()); }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        return m_ctx.t0Ms - rng(index, 9).range(20, 400) * kDayMs;
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const Gazetteer &g = *m_ctx.geo;
        Rng r = rng(index);
        FeatureRecord f;
        QString name;
        QString kind;
        int beds = 0;
        QPointF p;
        QString unitCode;
        bool standard = true;
        if (index < kProvincialCount) {
            name = QString::fromUtf8(kProvincial[index].name);
            kind = QString::fromLatin1(kProvincial[index].kind);
            beds = kProvincial[index].beds;
            const int column = int(index % 3), row = int(index / 3); // a 3-wide grid of provincials
            p = QPointF(105.900 + 0.004 * double(column), 18.336 + 0.003 * double(row));
            unitCode = g.postUnits().constFirst().code;
        } else if (index < hospitalCount()) {
            const AdminUnit &d = g.districts()[m_centres[int(index - kProvincialCount)]];
            name = QStringLiteral("Trung tâm Y tế ") + d.name;
            kind = QStringLiteral("district_medical_centre");
            beds = int(r.range(80, 250));
            const int s = g.randomSettlement(r, d.district);
            p = g.placeNear(r, s, 0.002);
            unitCode = g.communeAt(g.settlements()[s].commune, isoDate(m_ctx.t0Ms)).code;
        } else {
            const int pre = int(index - hospitalCount());
            const AdminUnit &c = g.preCommunes()[pre];
            name = QStringLiteral("Trạm Y tế ") + c.name;
            kind = QStringLiteral("commune_health_station");
            beds = int(r.range(4, 10));
            p = c.point;
            unitCode = g.communeAt(pre, isoDate(m_ctx.t0Ms)).code;
            standard = r.chance(0.832);
        }
        f.geometry = pointGeometry(p.x(), p.y());
        f.properties = QJsonObject {
            { QStringLiteral("name"), name },
            { QStringLiteral("kind"), kind },
            { QStringLiteral("beds"), beds },
            { QStringLiteral("unit_code"), unitCode },
            { QStringLiteral("national_standard"), standard },
        };
        return f;
    }

private:
    QVector<int> m_centres;
};

// Daily bed occupancy of the 17 hospitals over the last 180 days (today's row moves live).
class HealthOccupancy final : public GeneratedCollection
{
public:
    static constexpr int kDays = 180;
    HealthOccupancy(const SimContext &ctx, const HealthFacilities *facilities)
        : GeneratedCollection(ctx, QStringLiteral("health_occupancy"), QStringLiteral("ho"),
            QStringLiteral("Công suất sử dụng giường bệnh"),
            QStringLiteral(
                "Daily bed occupancy per hospital (last 180 days; today's row updates live)."))
        , m_hospitals(facilities->hospitalCount())
        , m_firstDay(localDayStart(ctx.t0Ms) - (kDays - 1) * kDayMs)
    {
        for (int h = 0; h < m_hospitals; ++h) {
            const FeatureRecord f = facilities->feature(h);
            m_beds.append(f.properties.value(QStringLiteral("beds")).toInt());
            m_unitCodes.append(f.properties.value(QStringLiteral("unit_code")).toString());
        }
    }
    qint64 baseCount() const override { return qint64(kDays) * m_hospitals; }
    bool applyChange(Rng &r, qint64 atMs) override
    {
        bump((count() / m_hospitals - 1) * m_hospitals + r.range(0, m_hospitals - 1), atMs);
        return true;
    }
    void extendTo(qint64 atMs) override
    {
        for (qint64 day = m_firstDay + (count() / m_hospitals) * kDayMs; day <= atMs; day += kDayMs)
            for (int h = 0; h < m_hospitals; ++h)
                append(day);
    }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        const qint64 day = m_firstDay + (index / m_hospitals) * kDayMs;
        return qMin(day + kDayMs - 1000, m_ctx.t0Ms); // reported at the end of the day
    }
    FeatureRecord make(qint64 index, int version, qint64) const override
    {
        const int h = int(index % m_hospitals);
        const qint64 day = m_firstDay + (index / m_hospitals) * kDayMs;
        Rng r = rng(index, quint64(version));
        const QDate date = QDate::fromString(isoDate(day), Qt::ISODate);
        // Provincial hospitals run over capacity; weekends discharge; winter respiratory peak.
        const double base = h == 0 ? 1.08 : (h < kProvincialCount ? 0.85 : 0.72);
        const double weekly = date.dayOfWeek() >= 6 ? -0.06 : 0.0;
        const double season = 0.06 * std::cos(2.0 * M_PI * (date.month() - 1) / 12.0);
        const int beds = m_beds[h];
        const int occupied
            = qMax(0, int(std::round(beds * (base + weekly + season + 0.04 * r.gauss()))));
        FeatureRecord f;
        f.id = QStringLiteral("ho-%1-%2").arg(h).arg(date.toString(QStringLiteral("yyyyMMdd")));
        f.properties = QJsonObject {
            { QStringLiteral("facility_id"), QStringLiteral("hf-%1").arg(h) },
            { QStringLiteral("date"), date.toString(Qt::ISODate) },
            { QStringLiteral("beds"), beds },
            { QStringLiteral("occupied"), occupied },
            { QStringLiteral("occupancy_rate"), std::round(1000.0 * occupied / beds) / 10.0 },
            { QStringLiteral("admissions"), int(r.range(beds / 12, beds / 6)) },
            { QStringLiteral("discharges"), int(r.range(beds / 12, beds / 6)) },
            { QStringLiteral("unit_code"), m_unitCodes[h] },
        };
        return f;
    }
    std::optional<qint64> indexOf(const QString &id) const override
    {
        const QStringList parts = id.split(QLatin1Char('-'));
        if (parts.size() != 3 || parts[0] != QLatin1String("ho"))
            return std::nullopt;
        const int h = parts[1].toInt();
        const QDate d = QDate::fromString(parts[2], QStringLiteral("yyyyMMdd"));
        if (!d.isValid() || h < 0 || h >= m_hospitals)
            return std::nullopt;
        const qint64 dayIdx
            = (QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - kLocalOffsetMs - m_firstDay)
            / kDayMs;
        if (dayIdx < 0 || dayIdx >= count() / m_hospitals)
            return std::nullopt;
        return dayIdx * m_hospitals + h;
    }

private:
    int m_hospitals;
    qint64 m_firstDay;
    QVector<int> m_beds;
    QVector<QString> m_unitCodes;
};

QDate mondayOf(QDate d)
{
    return d.addDays(1 - d.dayOfWeek());
}

// Weekly case reports by disease and commune over the last 52 weeks (the current week
// fills in live). Communes are those valid in that week.
class HealthCases final : public GeneratedCollection
{
public:
    explicit HealthCases(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("health_cases"), QStringLiteral("hc"),
            QStringLiteral("Báo cáo ca bệnh truyền nhiễm theo tuần"),
            QStringLiteral(
                "Weekly notifiable-disease case reports by disease and commune (52 weeks)."))
    {
        const QDate thisWeek = mondayOf(QDate::fromString(isoDate(ctx.t0Ms), Qt::ISODate));
        for (int w = 51; w >= 0; --w) {
            const QDate start = thisWeek.addDays(-7 * w);
            m_weeks.append(start);
            const bool post = start.toString(Qt::ISODate) >= QLatin1String(kReformDate);
            m_grid.addPeriod(
                qint64(post ? ctx.geo->postUnits().size() : ctx.geo->preCommunes().size())
                * kDiseaseCount);
        }
        m_baseCount = m_grid.total();
    }
    qint64 baseCount() const override { return m_baseCount; }
    void extendTo(qint64 atMs) override
    {
        for (;;) {
            const QDate next = m_weeks.constLast().addDays(7);
            const qint64 startMs
                = QDateTime(next, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - kLocalOffsetMs;
            if (startMs > atMs)
                return;
            m_weeks.append(next);
            const bool post = next.toString(Qt::ISODate) >= QLatin1String(kReformDate);
            const qint64 rows
                = qint64(post ? m_ctx.geo->postUnits().size() : m_ctx.geo->preCommunes().size())
                * kDiseaseCount;
            m_grid.addPeriod(rows);
            for (qint64 i = 0; i < rows; ++i)
                append(startMs);
        }
    }
    bool applyChange(Rng &r, qint64 atMs) override
    {
        const int last = m_grid.periods() - 1;
        const qint64 rows = m_grid.total() - m_grid.firstIndexOf(last);
        bump(m_grid.firstIndexOf(last) + r.range(0, rows - 1), atMs);
        return true;
    }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        const QDate start = m_weeks[m_grid.locate(index).period];
        // Reported the Monday after, 10:00 local.
        return qMin(
            QDateTime(start.addDays(7), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch(), m_ctx.t0Ms);
    }
    FeatureRecord make(qint64 index, int version, qint64) const override
    {
        const Gazetteer &g = *m_ctx.geo;
        const PeriodGrid::Cell cell = m_grid.locate(index);
        const QDate start = m_weeks[cell.period];
        const bool post = start.toString(Qt::ISODate) >= QLatin1String(kReformDate);
        const int unitIdx = int(cell.row / kDiseaseCount);
        const Disease &d = kDiseases[cell.row % kDiseaseCount];
        const AdminUnit &unit = post ? g.postUnits()[unitIdx] : g.preCommunes()[unitIdx];
        Rng r = rng(index);
        const double season
            = 1.0 + d.seasonality * std::cos(2.0 * M_PI * (start.month() - d.peakMonth) / 12.0);
        const double mean = d.weeklyPer100k * season * double(unit.population) / 100000.0;
        // Poisson by inversion: small means, a handful of iterations.
        int cases = 0;
        double p = std::exp(-mean), s = p;
        const double u = r.uniform();
        while (u > s && cases < 500) {
            ++cases;
            p *= mean / cases;
            s += p;
        }
        Rng live = rng(index, 100);
        for (int v = 0; v < version; ++v)
            cases += int(live.range(1, 3));
        FeatureRecord f;
        f.properties = QJsonObject {
            { QStringLiteral("disease"), QString::fromLatin1(d.code) },
            { QStringLiteral("name"), QString::fromUtf8(d.name) },
            { QStringLiteral("week_start"), start.toString(Qt::ISODate) },
            { QStringLiteral("unit_code"), unit.code },
            { QStringLiteral("cases"), cases },
            { QStringLiteral("deaths"), cases > 20 && r.chance(0.05) ? 1 : 0 },
        };
        int isoYear = 0;
        const int wk = start.weekNumber(&isoYear);
        f.properties.insert(QStringLiteral("week"),
            QStringLiteral("%1-W%2").arg(isoYear).arg(wk, 2, 10, QLatin1Char('0')));
        return f;
    }

private:
    QVector<QDate> m_weeks;
    PeriodGrid m_grid;
    qint64 m_baseCount = 0;
};

// Monthly immunisation coverage by vaccine, province and current communes, last 12 months.
class HealthVaccination final : public GeneratedCollection
{
public:
    explicit HealthVaccination(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("health_vaccination"), QStringLiteral("vx"),
            QStringLiteral("Tiêm chủng mở rộng"),
            QStringLiteral("Monthly expanded-programme immunisation coverage by vaccine and area "
                           "(12 months)."))
    {
        const QDate last = QDate::fromString(isoDate(ctx.t0Ms), Qt::ISODate).addMonths(-1);
        for (int m = 11; m >= 0; --m) {
            const QDate month = QDate(last.year(), last.month(), 1).addMonths(-m);
            m_months.append(month);
            const bool post = month.toString(Qt::ISODate) >= QLatin1String(kReformDate);
            m_grid.addPeriod(
                qint64(1 + (post ? ctx.geo->postUnits().size() : ctx.geo->districts().size()))
                * kVaccineCount);
        }
    }
    qint64 baseCount() const override { return m_grid.total(); }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        const QDate m = m_months[m_grid.locate(index).period];
        return qMin(QDateTime(m.addMonths(1).addDays(4), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch(),
            m_ctx.t0Ms);
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const Gazetteer &g = *m_ctx.geo;
        const PeriodGrid::Cell cell = m_grid.locate(index);
        const QDate m = m_months[cell.period];
        const bool post = m.toString(Qt::ISODate) >= QLatin1String(kReformDate);
        const int area = int(cell.row / kVaccineCount);
        const AdminUnit &unit
            = area == 0 ? g.province() : (post ? g.postUnits()[area - 1] : g.districts()[area - 1]);
        Rng r = rng(index);
        // ~1.4 % of the population are infants in the target cohort, split over 12 months.
        const int target = qMax(1, int(double(unit.population) * 0.014 / 12.0));
        const double coverage = qBound(0.80, 0.97 + 0.015 * r.gauss(), 1.0);
        const int vaccinated = int(std::round(target * coverage));
        FeatureRecord f;
        f.properties = QJsonObject {
            { QStringLiteral("vaccine"), QString::fromUtf8(kVaccines[cell.row % kVaccineCount]) },
            { QStringLiteral("month"), m.toString(QStringLiteral("yyyy-MM")) },
            { QStringLiteral("unit_code"), unit.code },
            { QStringLiteral("target_population"), target },
            { QStringLiteral("vaccinated"), vaccinated },
            { QStringLiteral("coverage_pct"), std::round(1000.0 * vaccinated / target) / 10.0 },
        };
        return f;
    }

private:
    QVector<QDate> m_months;
    PeriodGrid m_grid;
};

} // namespace

void addHealthCollections(const SimContext &ctx, GeneratedList &out)
{
    auto facilities = std::make_unique<HealthFacilities>(ctx);
    const HealthFacilities *fac = facilities.get();
    out.push_back(std::move(facilities));
    out.push_back(std::make_unique<HealthOccupancy>(ctx, fac));
    out.push_back(std::make_unique<HealthCases>(ctx));
    out.push_back(std::make_unique<HealthVaccination>(ctx));
}

} // namespace ioc::sim
