#include "gazetteer.h"
#include "generators.h"
#include "vnnames.h"

#include <cmath>

namespace ioc::sim {

namespace {

const char *kStatuses[] = { "online", "offline", "degraded" };
const double kStatusWeights[] = { 92, 5, 3 };

struct EventKind
{
    const char *kind;
    const char *subkind;
    const char *label;
    double weight;
};
const EventKind kEventKinds[] = {
    { "traffic", "red_light", "Vượt đèn đỏ", 18 },
    { "traffic", "wrong_lane", "Đi sai làn đường", 14 },
    { "traffic", "congestion", "Ùn tắc giao thông", 10 },
    { "traffic", "illegal_parking", "Đỗ xe sai quy định", 12 },
    { "traffic", "overloaded_vehicle", "Xe quá tải", 4 },
    { "crowd", "crowd", "Tụ tập đông người", 14 },
    { "crowd", "intrusion", "Xâm nhập khu vực cấm", 5 },
    { "fire_smoke", "forest_fire", "Phát hiện khói, cháy rừng", 4 },
    { "fire_smoke", "fire", "Phát hiện khói, lửa", 4 },
    { "flooding", "water_level", "Ngập nước", 10 },
    { "flooding", "littering", "Xả rác, cản trở dòng chảy", 5 },
};
constexpr int kEventKindCount = int(sizeof(kEventKinds) / sizeof(kEventKinds[0]));

// ~1,800 cameras: 500 central security cameras in the city, the rest 13-24 per commune.
class CamCameras final : public GeneratedCollection
{
public:
    static constexpr int kCityCameras = 500;
    explicit CamCameras(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("cam_cameras"), QStringLiteral("cam"),
            QStringLiteral("Camera giám sát"),
            QStringLiteral(
                "Surveillance cameras with status (online/offline/degraded) and last heartbeat."))
        , m_count(1800)
    {
        for (const AdminUnit &d : ctx.geo->districts())
            if (d.code == QLatin1String("436"))
                m_city = d.district;
        m_points.reserve(m_count);
        for (int i = 0; i < m_count; ++i) {
            Rng r = rng(i, 5);
            const int s = i < kCityCameras ? ctx.geo->randomSettlement(r, m_city)
                                           : ctx.geo->randomSettlement(r);
            m_points.append(ctx.geo->placeNear(r, s));
            m_units.append(
                ctx.geo->communeAt(ctx.geo->settlements()[s].commune, isoDate(ctx.t0Ms)).code);
            m_streets.append(streetName(r));
        }
    }
    qint64 baseCount() const override { return m_count; }
    QPointF point(int i) const { return m_points[i]; }
    QString unitCode(int i) const { return m_units[i]; }
    bool applyChange(Rng &r, qint64 atMs) override
    {
        bump(r.range(0, m_count - 1), atMs);
        return true;
    }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override { return heartbeat(index, 0, 0); }
    int status(qint64 index, int version) const
    {
        Rng r = rng(index, quint64(version));
        // A live change of an online camera mostly takes it down; others mostly come back.
        if (version == 0)
            return r.weighted(kStatusWeights);
        const int before = status(index, version - 1);
        if (before == 0)
            return r.chance(0.7) ? 1 : 2;
        return r.chance(0.85) ? 0 : before;
    }
    qint64 heartbeat(qint64 index, int version, qint64 changedAtMs) const
    {
        if (version > 0 && status(index, version) != 1)
            return changedAtMs;
        if (version > 0)
            return changedAtMs - 60000;
        Rng r = rng(index, 11);
        const int st = status(index, 0);
        const qint64 ago = st == 1 ? r.range(3600, 3 * 86400) : r.range(5, 60);
        return m_ctx.t0Ms - ago * 1000;
    }
    FeatureRecord make(qint64 index, int version, qint64 changedAtMs) const override
    {
        const int i = int(index);
        Rng r = rng(index);
        const bool traffic = r.chance(0.35);
        FeatureRecord f;
        f.geometry = pointGeometry(m_points[i].x(), m_points[i].y());
        f.properties = QJsonObject {
            { QStringLiteral("name"),
                QStringLiteral("Camera %1 - %2")
                    .arg(m_streets[i])
                    .arg(i + 1, 4, 10, QLatin1Char('0')) },
            { QStringLiteral("kind"),
                traffic ? QStringLiteral("traffic") : QStringLiteral("security") },
            { QStringLiteral("status"), QString::fromLatin1(kStatuses[status(index, version)]) },
            { QStringLiteral("last_heartbeat"), isoUtc(heartbeat(index, version, changedAtMs)) },
            { QStringLiteral("unit_code"), m_units[i] },
            { QStringLiteral("ai_enabled"), traffic || r.chance(0.4) },
            { QStringLiteral("snapshot_url"), QStringLiteral("/snapshots/cam-%1.jpg").arg(i) },
        };
        return f;
    }

private:
    int m_count;
    int m_city = 0;
    QVector<QPointF> m_points;
    QVector<QString> m_units;
    QVector<QString> m_streets;
};

// AI detections over the last 7 days, ~2 per camera a day (~8 % are false positives).
class CamEvents final : public GeneratedCollection
{
public:
    static constexpr int kDays = 7;
    CamEvents(const SimContext &ctx, const CamCameras *cameras)
        : GeneratedCollection(ctx, QStringLiteral("cam_events"), QStringLiteral("ev"),
            QStringLiteral("Sự kiện phát hiện bởi AI"),
            QStringLiteral(
                "AI event detections (traffic, crowd, fire_smoke, flooding) with confidence."))
        , m_cameras(cameras)
        , m_base(ctx.scaled(3600LL * kDays))
        , m_start(ctx.t0Ms - kDays * kDayMs)
    {
        for (const EventKind &k : kEventKinds)
            m_weights.append(k.weight);
    }
    qint64 baseCount() const override { return m_base; }
    bool applyChange(Rng &, qint64 atMs) override
    {
        append(atMs);
        return true;
    }

protected:
    qint64 detectedAt(qint64 index) const
    {
        if (index >= m_base)
            return appendedAtMs(index);
        Rng r = rng(index, 7);
        const qint64 t = m_start
            + qint64((double(index) + r.uniform()) / double(m_base) * double(kDays * kDayMs));
        return qMin(t - t % 1000, m_ctx.t0Ms);
    }
    qint64 baseUpdatedAtMs(qint64 index) const override { return detectedAt(index); }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        Rng r = rng(index);
        const int cam = int(r.range(0, m_cameras->baseCount() - 1));
        const EventKind &k = kEventKinds[r.weighted(m_weights)];
        const QPointF p = m_cameras->point(cam);
        FeatureRecord f;
        f.geometry = pointGeometry(p.x(), p.y());
        f.properties = QJsonObject {
            { QStringLiteral("name"), QString::fromUtf8(k.label) },
            { QStringLiteral("camera_id"), QStringLiteral("cam-%1").arg(cam) },
            { QStringLiteral("kind"), QString::fromLatin1(k.kind) },
            { QStringLiteral("subkind"), QString::fromLatin1(k.subkind) },
            { QStringLiteral("confidence"), std::round(r.between(0.55, 0.99) * 100.0) / 100.0 },
            { QStringLiteral("detected_at"), isoUtc(detectedAt(index)) },
            { QStringLiteral("unit_code"), m_cameras->unitCode(cam) },
            { QStringLiteral("snapshot_url"), QStringLiteral("/snapshots/cam-%1.jpg").arg(cam) },
        };
        return f;
    }

private:
    const CamCameras *m_cameras;
    qint64 m_base;
    qint64 m_start;
    QVector<double> m_weights;
};

} // namespace

void addCameraCollections(const SimContext &ctx, GeneratedList &out)
{
    auto cams = std::make_unique<CamCameras>(ctx);
    const CamCameras *c = cams.get();
    out.push_back(std::move(cams));
    out.push_back(std::make_unique<CamEvents>(ctx, c));
}

} // namespace ioc::sim
