#include "gazetteer.h"
#include "generators.h"
#include "vnnames.h"

#include <QDateTime>

namespace ioc::sim {

namespace {

struct Procedure
{
    const char *code;
    const char *name;
    const char *field;
    int level; // 0 province, 1 district (commune after the reform), 2 commune
    int days; // statutory processing time, working days
    double weight;
};

const Procedure kProcedures[] = {
    { "1.001766", "Đăng ký khai sinh", "Hộ tịch", 2, 1, 14 },
    { "1.000656", "Đăng ký kết hôn", "Hộ tịch", 2, 3, 4 },
    { "1.001193", "Đăng ký khai tử", "Hộ tịch", 2, 1, 3 },
    { "1.004873", "Xác nhận tình trạng hôn nhân", "Hộ tịch", 2, 3, 5 },
    { "2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực", 2, 1, 20 },
    { "1.003011", "Đăng ký biến động quyền sử dụng đất", "Đất đai", 1, 10, 10 },
    { "1.004227", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "Đất đai", 1, 20, 5 },
    { "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 1, 15, 4 },
    { "2.000720", "Đăng ký thành lập hộ kinh doanh", "Đăng ký kinh doanh", 1, 3, 4 },
    { "2.001610", "Giải quyết trợ cấp xã hội hàng tháng", "Bảo trợ xã hội", 2, 10, 3 },
    { "1.001612", "Đăng ký thành lập doanh nghiệp", "Thành lập và hoạt động doanh nghiệp", 0, 3,
        3 },
    { "1.000019", "Cấp phiếu lý lịch tư pháp", "Lý lịch tư pháp", 0, 10, 5 },
    { "1.002804", "Cấp đổi giấy phép lái xe", "Đường bộ", 0, 5, 6 },
    { "1.001824", "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "An toàn thực phẩm",
        0, 20, 2 },
    { "1.000105", "Cấp giấy phép lao động cho người nước ngoài", "Việc làm", 0, 5, 1 },
    { "1.009972", "Thẩm định báo cáo nghiên cứu khả thi", "Xây dựng", 0, 30, 1 },
};
constexpr int kProcedureCount = int(sizeof(kProcedures) / sizeof(kProcedures[0]));

const char *kStatuses[]
    = { "received", "processing", "additional_info_required", "resolved", "rejected" };
enum Stage { Received, Processing, AdditionalInfo, Resolved, Rejected };

// "2026-11-25" -> "261125", the date part of a dossier code.
QString yymmdd(const QString &isoDate)
{
    return isoDate.mid(2, 2) + isoDate.mid(5, 2) + isoDate.mid(8, 2);
}

QString agencyCode(int n)
{
    return QStringLiteral("000.%1.%2.H22")
        .arg(n / 100, 2, 10, QLatin1Char('0'))
        .arg(n % 100, 2, 10, QLatin1Char('0'));
}

// Provincial centre, 13 district one-stop offices (until the reform), 69 commune centres.
class PsOffices final : public GeneratedCollection
{
public:
    explicit PsOffices(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("ps_offices"), QStringLiteral("office"),
            QStringLiteral("Bộ phận một cửa"),
            QStringLiteral("Provincial public administration centre, district one-stop offices "
                           "(closed 2025-07-01) and commune public service centres."))
    { }
    qint64 baseCount() const override
    {
        return 1 + m_ctx.geo->districts().size() + m_ctx.geo->postUnits().size();
    }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        return qMin(msFromIso(index == 0 ? QStringLiteral("2024-03-01T01:00:00Z")
                                         : QStringLiteral("2025-07-01T01:00:00Z")),
            m_ctx.t0Ms);
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const Gazetteer &g = *m_ctx.geo;
        const int nd = int(g.districts().size());
        Rng r = rng(index);
        const AdminUnit *unit = &g.province();
        QString name;
        QString level;
        if (index == 0) {
            name = QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh");
            level = QStringLiteral("province");
        } else if (index <= nd) {
            unit = &g.districts()[int(index - 1)];
            name = QStringLiteral("Bộ phận Một cửa UBND ") + unit->name;
            level = QStringLiteral("district");
        } else {
            unit = &g.postUnits()[int(index - 1 - nd)];
            name = QStringLiteral("Trung tâm Phục vụ hành chính công ")
                + unit->name.toLower().left(1) + unit->name.mid(1);
            level = QStringLiteral("commune");
        }
        FeatureRecord f;
        const QPointF p = index == 0 ? QPointF(105.9057, 18.3428) : unit->point;
        const QPointF q = g.jitterInside(r, p, index == 0 ? 0 : unit->district, 0.002);
        f.geometry = pointGeometry(q.x(), q.y());
        const bool closed = level == QLatin1String("district");
        f.properties = QJsonObject {
            { QStringLiteral("name"), name },
            { QStringLiteral("level"), level },
            { QStringLiteral("agency_code"), agencyCode(int(index) + 1) },
            { QStringLiteral("unit_code"), unit->code },
            { QStringLiteral("address"),
                QStringLiteral("%1 %2").arg(r.range(1, 200)).arg(streetName(r)) },
            { QStringLiteral("valid_from"),
                level == QLatin1String("commune") ? QJsonValue(QString::fromLatin1(kReformDate))
                                                  : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("valid_to"),
                closed ? QJsonValue(QString::fromLatin1(kReformDate))
                       : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("active"), !closed },
        };
        return f;
    }
};

// ~1,200 dossiers a working day (434,835 in 2020 = ~36k/month) over the last 90 days.
class PsDossiers final : public GeneratedCollection
{
public:
    static constexpr int kDays = 90;
    explicit PsDossiers(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("ps_dossiers"), QStringLiteral("HS"),
            QStringLiteral("Hồ sơ thủ tục hành chính"),
            QStringLiteral("Administrative-procedure dossiers: procedure, agency, channel, "
                           "received/due/resolved timestamps and status (last 90 days)."))
        , m_base(ctx.scaled(1200LL * kDays))
        , m_start(localDayStart(ctx.t0Ms) - kDays * kDayMs)
    {
        for (const Procedure &p : kProcedures)
            m_weights.append(p.weight);
    }
    qint64 baseCount() const override { return m_base; }

    bool applyChange(Rng &r, qint64 atMs) override
    {
        if (r.chance(0.65)) {
            // Move an open dossier on: look among the recent ones first.
            const qint64 n = count();
            const qint64 window = qMin<qint64>(n, m_base / 3 + 1);
            for (int attempt = 0; attempt < 12; ++attempt) {
                const qint64 i = n - 1 - r.range(0, window - 1);
                const State s = state(i, versionOf(i), 0);
                if (s.stage != Resolved && s.stage != Rejected) {
                    bump(i, atMs);
                    return true;
                }
            }
        }
        append(atMs);
        return true;
    }

protected:
    struct State
    {
        int procedure;
        qint64 received;
        qint64 due;
        qint64 resolved = -1;
        qint64 lastChange;
        int stage;
        bool online;
    };

    State state(qint64 index, int version, qint64 changedAtMs) const
    {
        Rng r = rng(index);
        State s;
        s.procedure = r.weighted(m_weights);
        const Procedure &p = kProcedures[s.procedure];
        s.online = r.chance(0.45);
        if (index < m_base) {
            const qint64 perDay = qMax<qint64>(1, m_base / kDays);
            const qint64 day = qMin<qint64>(index / perDay, kDays - 1);
            const double frac = (double(index % perDay) + r.uniform()) / double(perDay);
            // Counter hours 07:30-17:00 local; online dossiers arrive around the clock.
            const qint64 inDay = s.online ? qint64(frac * double(kDayMs))
                                          : qint64(7.5 * 3600000 + frac * 9.5 * 3600000);
            s.received = m_start + day * kDayMs + inDay;
        } else {
            s.received = appendedAtMs(index);
        }
        s.received -= s.received % 1000;
        s.due = localDayStart(s.received + qint64(p.days * 1.4 * double(kDayMs)))
            + 10 * 3600000; // 17:00 local
        // Most finish well within the deadline; ~2 % are late, ~1.5 % rejected.
        const double u = r.chance(0.02) ? r.between(1.05, 1.6) : r.between(0.15, 0.95);
        const qint64 duration = qint64(double(s.due - s.received) * u);
        const bool paused = r.chance(0.1);
        const bool rejected = r.chance(0.015);
        const qint64 now = m_ctx.t0Ms;
        if (index < m_base && s.received + duration <= now) {
            s.stage = rejected ? Rejected : Resolved;
            s.resolved = s.received + duration;
            s.lastChange = s.resolved;
        } else if (index >= m_base || now - s.received < 2 * 3600000) {
            s.stage = Received;
            s.lastChange = s.received;
        } else if (paused && now - s.received > duration / 2) {
            s.stage = AdditionalInfo;
            s.lastChange = s.received + duration / 2;
        } else {
            s.stage = Processing;
            s.lastChange = s.received + 2 * 3600000;
        }
        s.lastChange -= s.lastChange % 1000;
        if (s.resolved >= 0)
            s.resolved -= s.resolved % 1000;
        // Live steps: received -> processing -> resolved; additional info -> processing ->
        // resolved.
        for (int v = 0; v < version && s.stage != Resolved && s.stage != Rejected; ++v) {
            s.stage = s.stage == Processing ? (rejected ? Rejected : Resolved) : Processing;
            if (s.stage == Resolved || s.stage == Rejected)
                s.resolved = changedAtMs;
            s.lastChange = changedAtMs;
        }
        return s;
    }

    qint64 baseUpdatedAtMs(qint64 index) const override { return state(index, 0, 0).lastChange; }

    FeatureRecord make(qint64 index, int version, qint64 changedAtMs) const override
    {
        const Gazetteer &g = *m_ctx.geo;
        const State s = state(index, version, changedAtMs);
        const Procedure &p = kProcedures[s.procedure];
        Rng r = rng(index, 1);
        // The office: provincial centre, or the applicant's district (before the reform)
        // or commune centre (after it).
        const int settlement = g.randomSettlement(r);
        const int pre = g.settlements()[settlement].commune;
        const QString receivedDate = isoDate(s.received);
        const bool beforeReform = receivedDate < QLatin1String(kReformDate);
        const AdminUnit &commune = g.communeAt(pre, receivedDate);
        QString officeId;
        QString agency;
        QString unitCode;
        const int nd = int(g.districts().size());
        if (p.level == 0) {
            officeId = QStringLiteral("office-0");
            agency = QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh");
            unitCode = commune.code;
        } else if (beforeReform && p.level == 1) {
            const AdminUnit &d = g.districts()[g.settlements()[settlement].district];
            officeId = QStringLiteral("office-%1").arg(1 + d.district);
            agency = QStringLiteral("UBND ") + d.name;
            unitCode = commune.code;
        } else {
            const int post = g.preCommunes()[pre].successor;
            officeId = QStringLiteral("office-%1").arg(1 + nd + post);
            agency = QStringLiteral("UBND ") + g.postUnits()[post].name;
            unitCode = commune.code;
        }
        FeatureRecord f;
        f.properties = QJsonObject {
            { QStringLiteral("code"),
                QStringLiteral("H22.%1-%2-%3")
                    .arg(p.level == 0 ? QStringLiteral("1") : QStringLiteral("2"),
                        yymmdd(receivedDate))
                    .arg(index % 100000, 5, 10, QLatin1Char('0')) },
            { QStringLiteral("name"), QString::fromUtf8(p.name) },
            { QStringLiteral("procedure_code"), QString::fromLatin1(p.code) },
            { QStringLiteral("procedure"), QString::fromUtf8(p.name) },
            { QStringLiteral("field"), QString::fromUtf8(p.field) },
            { QStringLiteral("agency"), agency },
            { QStringLiteral("office_id"), officeId },
            { QStringLiteral("unit_code"), unitCode },
            { QStringLiteral("channel"),
                s.online ? QStringLiteral("online") : QStringLiteral("in_person") },
            { QStringLiteral("applicant"), personName(r) },
            { QStringLiteral("received_at"), isoUtc(s.received) },
            { QStringLiteral("due_at"), isoUtc(s.due) },
            { QStringLiteral("resolved_at"),
                s.resolved >= 0 ? QJsonValue(isoUtc(s.resolved)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("status"), QString::fromLatin1(kStatuses[s.stage]) },
            { QStringLiteral("on_time"),
                s.resolved >= 0 ? QJsonValue(s.resolved <= s.due) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("updated_at"), isoUtc(s.lastChange) },
        };
        return f;
    }

private:
    qint64 m_base;
    qint64 m_start;
    QVector<double> m_weights;
};

} // namespace

void addPublicServiceCollections(const SimContext &ctx, GeneratedList &out)
{
    out.push_back(std::make_unique<PsOffices>(ctx));
    out.push_back(std::make_unique<PsDossiers>(ctx));
}

} // namespace ioc::sim
