#include "gazetteer.h"
#include "generators.h"

#include <QHash>

namespace ioc::sim {

namespace {

QJsonValue dateOrNull(const QString &iso)
{
    return iso.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(iso);
}

QString versionedId(const AdminUnit &u)
{
    // The code alone is not unique: a post-2025 unit keeps the code of a unit it absorbed.
    return u.validFrom.isEmpty() || u.level != QLatin1String("commune")
        ? u.code
        : u.code + QLatin1Char('@') + u.validFrom;
}

// Province, the 13 pre-2025 district-level units, the 216 communes valid 2020-01-01 to
// 2025-07-01 and the 69 communes/wards valid since.
class AdminUnits final : public GeneratedCollection
{
public:
    explicit AdminUnits(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("admin_units"), QStringLiteral("au"),
            QStringLiteral("Đơn vị hành chính"),
            QStringLiteral("Province, district-level units (436-449, until 2025-07-01) "
                           "and communes before and after the 2025 reform, with validity periods."))
    {
        const Gazetteer &g = *ctx.geo;
        m_units.append(&g.province());
        for (const AdminUnit &d : g.districts())
            m_units.append(&d);
        for (const AdminUnit &c : g.preCommunes())
            m_units.append(&c);
        for (const AdminUnit &c : g.postUnits())
            m_units.append(&c);
        for (int i = 0; i < m_units.size(); ++i)
            m_byId.insert(versionedId(*m_units[i]), i);
    }
    qint64 baseCount() const override { return m_units.size(); }
    std::optional<qint64> indexOf(const QString &id) const override
    {
        const auto it = m_byId.constFind(id);
        return it == m_byId.cend() ? std::nullopt : std::optional<qint64>(*it);
    }

protected:
    qint64 baseUpdatedAtMs(qint64 index) const override
    {
        // Each unit was last edited when the reform was published, or when first loaded.
        const AdminUnit &u = *m_units[int(index)];
        const qint64 at
            = msFromIso(u.validFrom == QLatin1String(kReformDate) || !u.validTo.isEmpty()
                    ? QStringLiteral("2025-06-16T01:00:00Z")
                    : QStringLiteral("2020-01-02T01:00:00Z"));
        return qMin(at, m_ctx.t0Ms);
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const Gazetteer &g = *m_ctx.geo;
        const AdminUnit &u = *m_units[int(index)];
        FeatureRecord f;
        f.id = versionedId(u);
        if (index == 0)
            f.geometry = g.provinceGeometry();
        else if (u.level == QLatin1String("district"))
            f.geometry = g.districtGeometry(u.district);
        else
            f.geometry = pointGeometry(u.point.x(), u.point.y());
        f.properties = QJsonObject {
            { QStringLiteral("code"), u.code },
            { QStringLiteral("unit_code"), u.code },
            { QStringLiteral("name"), u.name },
            { QStringLiteral("unit_type"), u.unitType },
            { QStringLiteral("level"), u.level },
            { QStringLiteral("parent_code"),
                u.parentCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(u.parentCode) },
            { QStringLiteral("valid_from"), dateOrNull(u.validFrom) },
            { QStringLiteral("valid_to"), dateOrNull(u.validTo) },
            { QStringLiteral("population"), u.population },
        };
        return f;
    }

private:
    QVector<const AdminUnit *> m_units;
    QHash<QString, int> m_byId;
};

class AdminLineage final : public GeneratedCollection
{
public:
    explicit AdminLineage(const SimContext &ctx)
        : GeneratedCollection(ctx, QStringLiteral("admin_lineage"), QStringLiteral("lin"),
            QStringLiteral("Kế thừa đơn vị hành chính"),
            QStringLiteral("Old unit -> new unit (merge or split with population weight)."))
    { }
    qint64 baseCount() const override { return m_ctx.geo->lineage().size(); }

protected:
    qint64 baseUpdatedAtMs(qint64) const override
    {
        return qMin(msFromIso(QStringLiteral("2025-06-16T01:00:00Z")), m_ctx.t0Ms);
    }
    FeatureRecord make(qint64 index, int, qint64) const override
    {
        const Lineage &l = m_ctx.geo->lineage()[int(index)];
        FeatureRecord f;
        auto idOf = [](const QString &code, const QString &from) {
            return from.isEmpty() ? code : code + QLatin1Char('@') + from;
        };
        f.properties = QJsonObject {
            { QStringLiteral("old_code"), l.oldCode },
            { QStringLiteral("old_id"), idOf(l.oldCode, l.oldValidFrom) },
            { QStringLiteral("new_code"), l.newCode },
            { QStringLiteral("new_id"), idOf(l.newCode, l.newValidFrom) },
            { QStringLiteral("kind"), l.kind },
            { QStringLiteral("weight"), l.weight },
            { QStringLiteral("effective"), l.effective },
            { QStringLiteral("unit_code"), l.newCode },
        };
        return f;
    }
};

} // namespace

void addAdminCollections(const SimContext &ctx, GeneratedList &out)
{
    out.push_back(std::make_unique<AdminUnits>(ctx));
    out.push_back(std::make_unique<AdminLineage>(ctx));
}

} // namespace ioc::sim
