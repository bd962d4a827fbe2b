#include "gazetteer.h"
#include "generators.h"
#include "periodgrid.h"

#include <QDate>
#include <cmath>

namespace ioc::sim {

namespace {

struct Indicator
{
    const char *code;
    const char *name;
    const char *unit;
    bool quarterly;
    bool additive; // sums over areas (else a rate, the same order everywhere)
    double base2019; // province value per period in 2019
    double growth; // per year
    double season; // seasonal amplitude
    double noise;
    bool higherIsBetter;
};

// Magnitudes from hatinh-facts.md (2024: steel 4.5 Mt, electricity 9.7 bn kWh, budget
// ~17,900 bn VND, exports ~USD 2 bn/yr, ~36k dossiers/month, 2.9M visitors in 9 months).
const Indicator kIndicators[] = {
    { "IIP", "Chỉ số sản xuất công nghiệp (so với cùng kỳ)", "%", false, false, 106.5, 0.0, 0.02,
        0.03, true },
    { "STEEL", "Sản lượng thép", "nghìn tấn", false, true, 250, 0.08, 0.05, 0.06, true },
    { "ELEC", "Sản lượng điện sản xuất", "triệu kWh", false, true, 560, 0.07, 0.12, 0.05, true },
    { "BUDGET_REV", "Thu ngân sách nhà nước", "tỷ đồng", false, true, 1050, 0.06, 0.15, 0.10,
        true },
    { "EXPORT", "Kim ngạch xuất khẩu", "triệu USD", false, true, 120, 0.08, 0.10, 0.08, true },
    { "RETAIL", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "tỷ đồng", false, true, 4200, 0.09,
        0.08, 0.03, true },
    { "CPI", "Chỉ số giá tiêu dùng (so với cùng kỳ)", "%", false, false, 103.2, 0.0, 0.01, 0.01,
        false },
    { "VISITORS", "Lượt khách du lịch", "lượt", false, true, 240000, 0.07, 0.45, 0.08, true },
    { "NEW_ENTERPRISES", "Doanh nghiệp thành lập mới", "doanh nghiệp", false, true, 95, 0.04, 0.20,
        0.15, true },
    { "DOSSIERS", "Hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ", false, true, 36000, 0.03, 0.10,
        0.05, true },
    { "ONLINE_RATE", "Tỷ lệ hồ sơ nộp trực tuyến", "%", false, false, 29.1, 0.0, 0.02, 0.05, true },
    { "ONTIME_RATE", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", false, false, 99.5, 0.0, 0.0, 0.003,
        true },
    { "AQUA", "Sản lượng thủy sản", "tấn", false, true, 4300, 0.03, 0.25, 0.07, true },
    { "PUBLIC_INVEST_DISB", "Tỷ lệ giải ngân vốn đầu tư công lũy kế", "%", false, false, 45, 0.0,
        0.6, 0.05, true },
    { "NEW_JOBS", "Lao động được tạo việc làm mới", "người", false, true, 2000, 0.02, 0.20, 0.10,
        true },
    { "TRAFFIC_ACCIDENTS", "Số vụ tai nạn giao thông", "vụ", false, true, 14, -0.03, 0.20, 0.25,
        false },
    { "GRDP_GROWTH", "Tốc độ tăng trưởng GRDP", "%", true, false, 7.5, 0.0, 0.05, 0.10, true },
    { "INVESTMENT", "Vốn đầu tư thực hiện trên địa bàn", "tỷ đồng", true, true, 11500, 0.06, 0.15,
        0.08, true },
    { "RICE", "Sản lượng lúa", "tấn", true, true, 140000, 0.01, 0.95, 0.06, true },
    { "UNEMPLOYMENT", "Tỷ lệ thất nghiệp", "%", true, false, 2.4, -0.02, 0.05, 0.06, false },
    { "HEALTH_INSURANCE", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", true, false, 91.5, 0.01, 0.0,
        0.01, true },
    { "FDI_REGISTERED", "Vốn FDI đăng ký mới", "triệu USD", true, true, 60, 0.05, 0.30, 0.30,
        true },
};
constexpr int kIndicatorCount = int(sizeof(kIndicators) / sizeof(kIndicators[0]));

QString indicatorCode(int i)
{
    return QString::fromLatin1(kIndicators[i].code);
}

class SeIndicators final : public GeneratedCollection
{
public:
    explicit SeIndicators(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("se_indicators"), QStringLiteral("ind"),
            QStringLiteral("Danh mục chỉ tiêu kinh tế - xã hội"),
            QStringLiteral("Indicator catalogue (after Decision 2581/QĐ-UBND)."))
    { }
    qint64 baseCount() const override { return kIndicatorCount; }
    std::optional<qint64> indexOf(const QString &id) const override
    {
        for (int i = 0; i < kIndicatorCount; ++i)
            if (id == indicatorCode(i))
                return i;
        return std::nullopt;
    }

protected:
    qint64 baseUpdatedAtMs(qint64) const override
    {
        return qMin(msFromIso(QStringLiteral("2025-10-21T02:00:00Z")), m_ctx.t0Ms);
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const Indicator &ind = kIndicators[index];
        FeatureRecord f;
        f.id = indicatorCode(int(index));
        f.properties = QJsonObject {
            { QStringLiteral("code"), f.id },
            { QStringLiteral("name"), QString::fromUtf8(ind.name) },
            { QStringLiteral("unit"), QString::fromUtf8(ind.unit) },
            { QStringLiteral("frequency"),
                ind.quarterly ? QStringLiteral("quarterly") : QStringLiteral("monthly") },
            { QStringLiteral("aggregation"),
                ind.additive ? QStringLiteral("sum") : QStringLiteral("rate") },
            { QStringLiteral("higher_is_better"), ind.higherIsBetter },
            { QStringLiteral("source"), QStringLiteral("Cục Thống kê tỉnh Hà Tĩnh") },
        };
        return f;
    }
};

// Monthly and quarterly values by area since January 2019: province and districts before
// the reform, province and the new communes after it.
class SeObservations final : public GeneratedCollection
{
public:
    explicit SeObservations(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("se_observations"), QStringLiteral("obs"),
            QStringLiteral("Số liệu chỉ tiêu kinh tế - xã hội"),
            QStringLiteral("Monthly and quarterly observations by area, 2019 onwards."))
    {
        const Gazetteer &g = *ctx.geo;
        for (int i = 0; i < kIndicatorCount; ++i)
            (kIndicators[i].quarterly ? m_quarterly : m_monthly).append(i);
        const QDate last = QDate::fromString(isoDate(ctx.t0Ms), Qt::ISODate).addMonths(-1);
        for (QDate m(2019, 1, 1); m <= last; m = m.addMonths(1)) {
            const QString start = m.toString(Qt::ISODate);
            QVector<const AdminUnit *> areas { &g.province() };
            if (start < QLatin1String(kReformDate)) {
                for (const AdminUnit &d : g.districts())
                    if (d.validTo > start)
                        areas.append(&d);
            } else {
                for (const AdminUnit &c : g.postUnits())
                    areas.append(&c);
            }
            const bool quarterEnd = m.month() % 3 == 0;
            const int kinds = int(m_monthly.size() + (quarterEnd ? m_quarterly.size() : 0));
            m_months.append(m);
            m_areas.append(areas);
            m_grid.addPeriod(qint64(areas.size()) * kinds);
        }
    }
    qint64 baseCount() const override { return m_grid.total(); }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        // Published on the 12th of the following month, 09:00 local.
        const QDate m = m_months[m_grid.locate(index).period];
        const QDateTime pub(m.addMonths(1).addDays(11), QTime(2, 0), Qt::UTC);
        return qMin(pub.toMSecsSinceEpoch(), m_ctx.t0Ms);
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const PeriodGrid::Cell cell = m_grid.locate(index);
        const QDate m = m_months[cell.period];
        const QVector<const AdminUnit *> &areas = m_areas[cell.period];
        const int perArea = int(m_monthly.size() + (m.month() % 3 == 0 ? m_quarterly.size() : 0));
        const AdminUnit &area = *areas[int(cell.row / perArea)];
        const int k = int(cell.row % perArea);
        const int ind = k < m_monthly.size() ? m_monthly[k] : m_quarterly[k - m_monthly.size()];
        const Indicator &spec = kIndicators[ind];
        Rng r = rng(index);
        const double years = (m.year() - 2019) + (m.month() - 1) / 12.0;
        double v = spec.base2019 * std::pow(1.0 + spec.growth, years);
        // Seasonality peaks in summer (tourism, rice harvest) and around Tết for budget.
        v *= 1.0 + spec.season * std::sin(2.0 * M_PI * (m.month() - 3) / 12.0);
        v *= 1.0 + spec.noise * r.gauss();
        if (spec.quarterly && spec.additive)
            v *= 3.0;
        if (spec.additive && area.level != QLatin1String("province")) {
            v *= double(area.population) / double(m_ctx.geo->province().population);
        } else if (!spec.additive && area.level != QLatin1String("province")) {
            v += spec.noise * 0.5 * r.gauss() * v;
        }
        const QString period = spec.quarterly
            ? QStringLiteral("%1-Q%2").arg(m.year()).arg((m.month() + 2) / 3)
            : m.toString(QStringLiteral("yyyy-MM"));
        const QDate periodStart = spec.quarterly ? QDate(m.year(), m.month() - 2, 1) : m;
        FeatureRecord f;
        f.properties = QJsonObject {
            { QStringLiteral("indicator"), indicatorCode(ind) },
            { QStringLiteral("unit_code"), area.code },
            { QStringLiteral("period"), period },
            { QStringLiteral("period_start"), periodStart.toString(Qt::ISODate) },
            { QStringLiteral("frequency"),
                spec.quarterly ? QStringLiteral("quarterly") : QStringLiteral("monthly") },
            { QStringLiteral("value"), std::round(v * 100.0) / 100.0 },
            { QStringLiteral("unit"), QString::fromUtf8(spec.unit) },
        };
        return f;
    }

private:
    QVector<int> m_monthly;
    QVector<int> m_quarterly;
    QVector<QDate> m_months;
    QVector<QVector<const AdminUnit *>> m_areas;
    PeriodGrid m_grid;
};

class SeTargets final : public GeneratedCollection
{
public:
    explicit SeTargets(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("se_targets"), QStringLiteral("tgt"),
            QStringLiteral("Chỉ tiêu kế hoạch"),
            QStringLiteral(
                "Annual plan targets per indicator (province), 2021 to the current year."))
    {
        m_lastYear = QDate::fromString(isoDate(ctx.t0Ms), Qt::ISODate).year();
    }
    qint64 baseCount() const override { return qint64(m_lastYear - 2021 + 1) * kIndicatorCount; }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        const int year = 2021 + int(index / kIndicatorCount);
        // Plans are adopted in December of the previous year.
        return qMin(QDateTime(QDate(year - 1, 12, 10), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch(),
            m_ctx.t0Ms);
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const int year = 2021 + int(index / kIndicatorCount);
        const int ind = int(index % kIndicatorCount);
        const Indicator &spec = kIndicators[ind];
        Rng r = rng(index);
        double v = spec.base2019 * std::pow(1.0 + spec.growth, year - 2019)
            * (1.0 + 0.03 + 0.02 * r.gauss());
        if (spec.additive)
            v *= spec.quarterly ? 4.0 : 12.0;
        FeatureRecord f;
        f.id = QStringLiteral("tgt-%1-%2").arg(indicatorCode(ind)).arg(year);
        f.properties = QJsonObject {
            { QStringLiteral("indicator"), indicatorCode(ind) },
            { QStringLiteral("year"), year },
            { QStringLiteral("target"), std::round(v * 100.0) / 100.0 },
            { QStringLiteral("unit"), QString::fromUtf8(spec.unit) },
            { QStringLiteral("unit_code"), QStringLiteral("42") },
            { QStringLiteral("name"),
                QStringLiteral("Kế hoạch phát triển kinh tế - xã hội năm %1").arg(year) },
        };
        return f;
    }
    std::optional<qint64> indexOf(const QString &id) const override
    {
        const QStringList parts = id.split(QLatin1Char('-'));
        if (parts.size() != 3 || parts[0] != QLatin1String("tgt"))
            return std::nullopt;
        for (int i = 0; i < kIndicatorCount; ++i) {
            if (parts[1] == indicatorCode(i)) {
                const qint64 idx = qint64(parts[2].toInt() - 2021) * kIndicatorCount + i;
                if (idx >= 0 && idx < count())
                    return idx;
            }
        }
        return std::nullopt;
    }

private:
    int m_lastYear;
};

} // namespace

void addSocioEconomicCollections(const SimContext &ctx, GeneratedList &out)
{
    out.push_back(std::make_unique<SeIndicators>(ctx));
    out.push_back(std::make_unique<SeObservations>(ctx));
    out.push_back(std::make_unique<SeTargets>(ctx));
}

} // namespace ioc::sim
