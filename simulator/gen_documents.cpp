#include "gazetteer.h"
#include "generators.h"
#include "vnnames.h"

namespace ioc::sim {

namespace {

const char *kDepartments[] = { "Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng",
    "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Khoa học và Công nghệ", "Sở Tư pháp",
    "Sở Dân tộc và Tôn giáo", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Thanh tra tỉnh",
    "Ban Quản lý Khu kinh tế tỉnh" };
constexpr int kDepartmentCount = int(sizeof(kDepartments) / sizeof(kDepartments[0]));

const char *kKinds[]
    = { "Công văn", "Quyết định", "Kế hoạch", "Báo cáo", "Thông báo", "Tờ trình", "Giấy mời" };
const char *kKindAbbr[] = { "CV", "QĐ", "KH", "BC", "TB", "TTr", "GM" };
const double kKindWeights[] = { 45, 15, 8, 14, 8, 5, 5 };
const char *kSubjects[] = {
    "triển khai công tác phòng, chống thiên tai năm %1",
    "tăng cường công tác cải cách hành chính, chuyển đổi số",
    "đẩy nhanh tiến độ giải ngân vốn đầu tư công năm %1",
    "kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng %2",
    "phòng, chống dịch sốt xuất huyết trên địa bàn tỉnh",
    "bảo đảm trật tự an toàn giao thông dịp lễ, Tết",
    "kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh",
    "tổ chức kỳ thi tốt nghiệp trung học phổ thông năm %1",
    "phát triển du lịch biển Thiên Cầm, Xuân Thành",
    "thu ngân sách nhà nước và chống thất thu thuế",
    "ứng phó bão, áp thấp nhiệt đới và mưa lũ",
    "vận hành chính quyền địa phương hai cấp",
};
const char *kTaskTitles[] = { "Báo cáo tình hình thực hiện %1", "Tham mưu văn bản chỉ đạo về %1",
    "Rà soát, đề xuất phương án %1", "Kiểm tra, xử lý kiến nghị về %1", "Tổng hợp số liệu %1" };
const char *kUrgency[] = { "normal", "urgent", "flash" };

// Departments (provincial), district people's committees (until the reform), commune ones.
class DocAgencies final : public GeneratedCollection
{
public:
    explicit DocAgencies(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("doc_agencies"), QStringLiteral("ag"),
            QStringLiteral("Cơ quan, đơn vị"),
            QStringLiteral("Provincial departments and district/commune people's committees."))
    { }
    qint64 baseCount() const override
    {
        return kDepartmentCount + m_ctx.geo->districts().size() + m_ctx.geo->postUnits().size();
    }

protected:
    qint64 baseUpdatedAtMs(qint64) const override
    {
        return qMin(msFromIso(QStringLiteral("2025-07-01T01:00:00Z")), m_ctx.t0Ms);
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const Gazetteer &g = *m_ctx.geo;
        Rng r = rng(index);
        const int nd = int(g.districts().size());
        FeatureRecord f;
        QString name;
        QString level;
        const AdminUnit *unit = &g.province();
        if (index < kDepartmentCount) {
            name = QString::fromUtf8(kDepartments[index]);
            level = QStringLiteral("province");
        } else if (index < kDepartmentCount + nd) {
            unit = &g.districts()[int(index - kDepartmentCount)];
            name = QStringLiteral("UBND ") + unit->name;
            level = QStringLiteral("district");
        } else {
            unit = &g.postUnits()[int(index - kDepartmentCount - nd)];
            name = QStringLiteral("UBND ") + unit->name;
            level = QStringLiteral("commune");
        }
        // Departments sit in the provincial capital (district 0 is the city).
        const QPointF q
            = g.jitterInside(r, unit->point, unit->district < 0 ? 0 : unit->district, 0.003);
        f.geometry = pointGeometry(q.x(), q.y());
        f.properties = QJsonObject {
            { QStringLiteral("name"), name },
            { QStringLiteral("code"),
                QStringLiteral("000.%1.%2.H22")
                    .arg(level == QLatin1String("province") ? 0 : 1, 2, 10, QLatin1Char('0'))
                    .arg(index, 2, 10, QLatin1Char('0')) },
            { QStringLiteral("level"), level },
            { QStringLiteral("unit_code"), unit->code },
            { QStringLiteral("active"), level != QLatin1String("district") },
        };
        return f;
    }
};

QString agencyId(Rng &r, const Gazetteer &g, bool provincialBias)
{
    const int total = kDepartmentCount + int(g.districts().size() + g.postUnits().size());
    if (provincialBias && r.chance(0.7))
        return QStringLiteral("ag-%1").arg(r.range(0, kDepartmentCount - 1));
    // District committees are gone after the reform: communes and departments only.
    qint64 a = r.range(0, total - 1);
    if (a >= kDepartmentCount && a < kDepartmentCount + g.districts().size())
        a = r.range(0, kDepartmentCount - 1);
    return QStringLiteral("ag-%1").arg(a);
}

// ~300 documents a day over the last 90 days, incoming and outgoing.
class DocDocuments final : public GeneratedCollection
{
public:
    static constexpr int kDays = 90;
    explicit DocDocuments(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("doc_documents"), QStringLiteral("vb"),
            QStringLiteral("Văn bản đến, văn bản đi"),
            QStringLiteral("Incoming and outgoing official documents (last 90 days)."))
        , m_base(ctx.scaled(300LL * kDays))
        , m_start(localDayStart(ctx.t0Ms) - kDays * kDayMs)
    { }
    qint64 baseCount() const override { return m_base; }
    bool applyChange(Rng &, qint64 atMs) override
    {
        append(atMs);
        return true;
    }

protected:
    qint64 issuedAt(qint64 index) const
    {
        if (index >= m_base)
            return appendedAtMs(index);
        Rng r = rng(index, 7);
        const qint64 span = kDays * kDayMs;
        const qint64 t
            = m_start + qint64((double(index) + r.uniform()) / double(m_base) * double(span));
        return qMin(t - t % 1000, m_ctx.t0Ms);
    }
    qint64 baseUpdatedAtMs(qint64 index) const override { return issuedAt(index); }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const Gazetteer &g = *m_ctx.geo;
        Rng r = rng(index);
        const int kind = r.weighted(kKindWeights);
        const bool incoming = r.chance(0.55);
        const qint64 issued = issuedAt(index);
        const QString year = isoDate(issued).left(4);
        const QString month = isoDate(issued).mid(5, 2);
        const QString subject
            = QString::fromUtf8(kSubjects[r.next() % (sizeof(kSubjects) / sizeof(kSubjects[0]))])
                  .replace(QLatin1String("%1"), year)
                  .replace(QLatin1String("%2"), month + QLatin1Char('/') + year);
        const QString title
            = QString::fromUtf8(kKinds[kind]) + QStringLiteral(" về việc ") + subject;
        const QString from = agencyId(r, g, !incoming);
        const QString to = incoming ? QStringLiteral("ag-0") : agencyId(r, g, false);
        FeatureRecord f;
        f.properties = QJsonObject {
            { QStringLiteral("name"), title },
            { QStringLiteral("number"),
                QStringLiteral("%1/%2-UBND")
                    .arg(r.range(1, 9999))
                    .arg(QString::fromUtf8(kKindAbbr[kind])) },
            { QStringLiteral("kind"), QString::fromUtf8(kKinds[kind]) },
            { QStringLiteral("direction"),
                incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing") },
            { QStringLiteral("from_agency"), from },
            { QStringLiteral("to_agency"), to },
            { QStringLiteral("signer"), personName(r) },
            { QStringLiteral("urgency"),
                QString::fromLatin1(
                    kUrgency[r.weighted(std::initializer_list<double> { 85, 12, 3 })]) },
            { QStringLiteral("issued_at"), isoUtc(issued) },
            { QStringLiteral("unit_code"), QStringLiteral("42") },
        };
        return f;
    }

private:
    qint64 m_base;
    qint64 m_start;
};

// Tasks assigned by the provincial committee with deadlines; ~40 a day over 180 days.
class DocTasks final : public GeneratedCollection
{
public:
    static constexpr int kDays = 180;
    explicit DocTasks(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("doc_tasks"), QStringLiteral("nv"),
            QStringLiteral("Nhiệm vụ được giao"),
            QStringLiteral(
                "Tasks assigned with deadlines and status (done, in_progress, overdue)."))
        , m_base(ctx.scaled(40LL * kDays))
        , m_start(localDayStart(ctx.t0Ms) - kDays * kDayMs)
    { }
    qint64 baseCount() const override { return m_base; }
    bool applyChange(Rng &r, qint64 atMs) override
    {
        for (int attempt = 0; attempt < 8; ++attempt) {
            const qint64 i = r.range(0, count() - 1);
            if (state(i, versionOf(i), 0).completed < 0) {
                bump(i, atMs);
                return true;
            }
        }
        return false;
    }

protected:
    struct State
    {
        qint64 assigned;
        qint64 deadline;
        qint64 completed = -1;
    };
    State state(qint64 index, int version, qint64 changedAtMs) const
    {
        Rng r = rng(index);
        State s;
        s.assigned = m_start
            + qint64((double(index) + r.uniform()) / double(m_base) * double(kDays * kDayMs));
        s.assigned -= s.assigned % 1000;
        s.deadline = localDayStart(s.assigned) + r.range(5, 45) * kDayMs + 10 * 3600000;
        // Quảng Nam 2020: 70 % done, 22 % overdue, 8 % still within the deadline.
        const double u = r.chance(0.24) ? r.between(1.0, 1.8) : r.between(0.2, 1.0);
        const qint64 done = s.assigned + qint64(double(s.deadline - s.assigned) * u);
        if (done <= m_ctx.t0Ms)
            s.completed = done - done % 1000;
        if (version > 0 && s.completed < 0)
            s.completed = changedAtMs;
        return s;
    }
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        const State s = state(index, 0, 0);
        return s.completed >= 0 ? s.completed : qMin(s.assigned, m_ctx.t0Ms);
    }
    FeatureRecord make(qint64 index, int version, qint64 changedAtMs) const override
    {
        const Gazetteer &g = *m_ctx.geo;
        const State s = state(index, version, changedAtMs);
        Rng r = rng(index, 3);
        const QString topic
            = QString::fromUtf8(kSubjects[r.next() % (sizeof(kSubjects) / sizeof(kSubjects[0]))])
                  .replace(QLatin1String("%1"), isoDate(s.assigned).left(4))
                  .replace(QLatin1String("%2"), isoDate(s.assigned).mid(5, 2));
        const QString title = QString::fromUtf8(kTaskTitles[r.next() % 5]).arg(topic);
        const qint64 now = version > 0 ? changedAtMs : m_ctx.t0Ms;
        QString status;
        if (s.completed >= 0)
            status = QStringLiteral("done");
        else
            status = s.deadline < now ? QStringLiteral("overdue") : QStringLiteral("in_progress");
        FeatureRecord f;
        f.properties = QJsonObject {
            { QStringLiteral("name"), title },
            { QStringLiteral("assigned_by"), QStringLiteral("ag-0") },
            { QStringLiteral("assignee_agency"), agencyId(r, g, true) },
            { QStringLiteral("source_document"), QStringLiteral("vb-%1").arg(r.range(0, 1000)) },
            { QStringLiteral("assigned_at"), isoUtc(s.assigned) },
            { QStringLiteral("deadline"), isoUtc(s.deadline) },
            { QStringLiteral("completed_at"),
                s.completed >= 0 ? QJsonValue(isoUtc(s.completed)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("status"), status },
            // Done late still counts against the agency (Quảng Nam 2020: 22 % overdue).
            { QStringLiteral("on_time"),
                s.completed >= 0 ? QJsonValue(s.completed <= s.deadline)
                                 : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("unit_code"), QStringLiteral("42") },
            { QStringLiteral("updated_at"),
                isoUtc(s.completed >= 0 ? s.completed : qMin(s.assigned, m_ctx.t0Ms)) },
        };
        return f;
    }

private:
    qint64 m_base;
    qint64 m_start;
};

} // namespace

void addDocumentCollections(const SimContext &ctx, GeneratedList &out)
{
    out.push_back(std::make_unique<DocAgencies>(ctx));
    out.push_back(std::make_unique<DocDocuments>(ctx));
    out.push_back(std::make_unique<DocTasks>(ctx));
}

} // namespace ioc::sim
