#include "gazetteer.h"
#include "generators.h"
#include "periodgrid.h"

#include <QDate>

namespace ioc::sim {

namespace {

struct Level
{
    const char *code;
    const char *prefix;
    int schools; // 2024-25 school year
    int students; // average per school
    int pupilsPerTeacher;
};
// 678 schools: 255 preschool (~73,600 children), 221 primary (~135k), 148 lower secondary
// (95,246), 44 upper secondary (45,332) and 10 multi-level.
const Level kLevels[] = {
    { "preschool", "Trường Mầm non", 255, 289, 14 },
    { "primary", "Trường Tiểu học", 221, 611, 20 },
    { "lower_secondary", "Trường THCS", 148, 644, 17 },
    { "upper_secondary", "Trường THPT", 44, 1030, 18 },
    { "multi_level", "Trường TH và THCS", 10, 520, 18 },
};
const char *kUpperNames[] = { "Phan Đình Phùng", "Hà Huy Tập", "Nguyễn Du", "Trần Phú",
    "Lê Quý Đôn", "Lý Tự Trọng", "Mai Thúc Loan", "Nguyễn Văn Trỗi", "Nguyễn Đình Liễn", "Đặng Tất",
    "Lê Hữu Trác", "Phan Huy Chú" };
// Districts on the coast: the ones a storm closes.
const char *kCoastal[] = { "436", "442", "445", "446", "447", "448", "449" };

class EduSchools final : public GeneratedCollection
{
public:
    explicit EduSchools(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("edu_schools"), QStringLiteral("sch"),
            QStringLiteral("Trường học"),
            QStringLiteral(
                "Schools by level with students, teachers and national-standard status."))
    { }
    qint64 baseCount() const override { return 678; }
    // District of school i (used by school days for storm closures).
    int districtOf(qint64 index) const
    {
        Rng r = rng(index);
        return m_ctx.geo->settlements()[m_ctx.geo->randomSettlement(r)].district;
    }

protected:
    int levelOf(qint64 index) const
    {
        qint64 n = index;
        for (int l = 0; l < 5; ++l) {
            if (n < kLevels[l].schools)
                return l;
            n -= kLevels[l].schools;
        }
        return 4;
    }
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        // Updated at the start of the school year (5 September) or later.
        return m_ctx.t0Ms - rng(index, 9).range(30, 90) * kDayMs;
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const Gazetteer &g = *m_ctx.geo;
        Rng r = rng(index);
        const int settlement = g.randomSettlement(r);
        const int pre = g.settlements()[settlement].commune;
        const Level &level = kLevels[levelOf(index)];
        const QPointF p = g.placeNear(r, settlement);
        QString place = g.preCommunes()[pre].name;
        place = place.mid(place.indexOf(QLatin1Char(' ')) + 1);
        if (QLatin1String(level.code) == QLatin1String("upper_secondary")) {
            // Upper secondary schools carry a person's name, not the commune's.
            const qint64 u = index - (kLevels[0].schools + kLevels[1].schools + kLevels[2].schools);
            place = u == 0 ? QStringLiteral("Chuyên Hà Tĩnh")
                           : QString::fromUtf8(kUpperNames[(u - 1) % 12])
                    + (u > 12 ? QStringLiteral(" ") + QString::number((u - 1) / 12 + 1)
                              : QString());
        }
        const int students = qMax(40, int(level.students * (1.0 + 0.35 * r.gauss())));
        const int teachers = qMax(4, students / level.pupilsPerTeacher + int(r.range(0, 5)));
        FeatureRecord f;
        f.geometry = pointGeometry(p.x(), p.y());
        f.properties = QJsonObject {
            { QStringLiteral("name"), QString::fromUtf8(level.prefix) + QLatin1Char(' ') + place },
            { QStringLiteral("level"), QString::fromLatin1(level.code) },
            { QStringLiteral("students"), students },
            { QStringLiteral("teachers"), teachers },
            { QStringLiteral("classes"), qMax(3, students / 33) },
            { QStringLiteral("national_standard"), r.chance(0.859) },
            { QStringLiteral("unit_code"), g.communeAt(pre, isoDate(m_ctx.t0Ms)).code },
        };
        return f;
    }
};

// Open/closed per school and school day (Mon-Sat) over the last 30 days; storms close
// whole coastal districts, a few schools close for local reasons.
class EduSchoolDays final : public GeneratedCollection
{
public:
    EduSchoolDays(const SimContext &ctx, const EduSchools *schools)
        : GeneratedCollection(ctx, QStringLiteral("edu_school_days"), QStringLiteral("sd"),
            QStringLiteral("Tình hình hoạt động trường học theo ngày"),
            QStringLiteral(
                "Per school and school day: open or closed, with the cause (last 30 days)."))
    {
        for (qint64 s = 0; s < schools->baseCount(); ++s) {
            m_district.append(schools->districtOf(s));
            m_unit.append(
                schools->feature(s).properties.value(QStringLiteral("unit_code")).toString());
        }
        const QDate today = QDate::fromString(isoDate(ctx.t0Ms), Qt::ISODate);
        for (QDate d = today.addDays(-29); d <= today; d = d.addDays(1)) {
            if (d.dayOfWeek() == 7)
                continue;
            m_days.append(d);
        }
        m_schools = int(m_district.size());
        m_baseCount = qint64(m_days.size()) * m_schools;
    }
    qint64 baseCount() const override { return m_baseCount; }
    bool applyChange(Rng &r, qint64 atMs) override
    {
        // Only today's rows change; only if today is a school day.
        if (m_days.constLast().toString(Qt::ISODate) != isoDate(atMs))
            return false;
        bump(qint64(m_days.size() - 1) * m_schools + r.range(0, m_schools - 1), atMs);
        return true;
    }
    void extendTo(qint64 atMs) override
    {
        for (;;) {
            QDate next = m_days.constLast().addDays(1);
            if (next.dayOfWeek() == 7)
                next = next.addDays(1);
            const qint64 startMs
                = QDateTime(next, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - kLocalOffsetMs;
            if (startMs > atMs)
                return;
            m_days.append(next);
            for (int s = 0; s < m_schools; ++s)
                append(startMs);
        }
    }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        const QDate d = m_days[int(index / m_schools)];
        return qMin(
            QDateTime(d, QTime(0, 30), Qt::UTC).toMSecsSinceEpoch(), m_ctx.t0Ms); // 07:30 local
    }
    FeatureRecord make(qint64 index, int version, qint64) const override
    {
        const int s = int(index % m_schools);
        const QDate d = m_days[int(index / m_schools)];
        Rng storm(m_ctx.seed, streamKey(u"storm"), quint64(d.toJulianDay()));
        // Storm season (September-November): a few storm days close coastal schools.
        const bool stormDay = d.month() >= 9 && d.month() <= 11 && storm.chance(0.07);
        bool coastal = false;
        for (const char *c : kCoastal)
            coastal |= m_ctx.geo->districts()[m_district[s]].code == QLatin1String(c);
        Rng r = rng(index, quint64(version));
        QString cause;
        if (stormDay && coastal)
            cause = QStringLiteral("storm");
        else if (r.chance(0.004))
            cause = r.chance(0.5) ? QStringLiteral("flood") : QStringLiteral("other");
        // A live change toggles the school (closing for a storm, or reopening).
        if (version % 2 == 1)
            cause = cause.isEmpty() ? QStringLiteral("storm") : QString();
        FeatureRecord f;
        f.id = QStringLiteral("sd-%1-%2").arg(s).arg(d.toString(QStringLiteral("yyyyMMdd")));
        f.properties = QJsonObject {
            { QStringLiteral("school_id"), QStringLiteral("sch-%1").arg(s) },
            { QStringLiteral("date"), d.toString(Qt::ISODate) },
            { QStringLiteral("status"),
                cause.isEmpty() ? QStringLiteral("open") : QStringLiteral("closed") },
            { QStringLiteral("cause"),
                cause.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cause) },
            { QStringLiteral("unit_code"), m_unit[s] },
        };
        return f;
    }
    std::optional<qint64> indexOf(const QString &id) const override
    {
        const QStringList parts = id.split(QLatin1Char('-'));
        if (parts.size() != 3 || parts[0] != QLatin1String("sd"))
            return std::nullopt;
        const int s = parts[1].toInt();
        const int day
            = int(m_days.indexOf(QDate::fromString(parts[2], QStringLiteral("yyyyMMdd"))));
        if (s < 0 || s >= m_schools || day < 0)
            return std::nullopt;
        return qint64(day) * m_schools + s;
    }

private:
    QVector<int> m_district;
    QVector<QString> m_unit;
    QVector<QDate> m_days;
    int m_schools;
    qint64 m_baseCount;
};

} // namespace

void addEducationCollections(const SimContext &ctx, GeneratedList &out)
{
    auto schools = std::make_unique<EduSchools>(ctx);
    const EduSchools *s = schools.get();
    out.push_back(std::move(schools));
    out.push_back(std::make_unique<EduSchoolDays>(ctx, s));
}

} // namespace ioc::sim
