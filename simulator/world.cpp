#include "world.h"

#include "simlogging.h"

#include <QElapsedTimer>

namespace ioc::sim {

World::World() = default;

World::~World()
{
    const QString name = m_db.connectionName();
    m_writable.clear();
    m_db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

bool World::init(const WorldConfig &config, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    m_config = config;
    if (!m_geo.load(config.geoDir, error))
        return false;
    m_ctx.seed = config.seed;
    m_ctx.scale = config.scale;
    m_ctx.t0Ms = config.t0Ms - config.t0Ms % 1000;
    m_ctx.geo = &m_geo;

    addAdminCollections(m_ctx, m_generated);
    addSocioEconomicCollections(m_ctx, m_generated);
    addPublicServiceCollections(m_ctx, m_generated);
    addDocumentCollections(m_ctx, m_generated);
    addHealthCollections(m_ctx, m_generated);
    addEducationCollections(m_ctx, m_generated);
    addTourismCollections(m_ctx, m_generated);
    addCameraCollections(m_ctx, m_generated);

    m_db = openStateDatabase(config.stateDir, error);
    if (!error->isEmpty())
        return false;
    m_writable.push_back(std::make_unique<WritableCollection>(m_db,
        QStringLiteral("op_acknowledgements"), QStringLiteral("Xác nhận cảnh báo"),
        QStringLiteral(
            "Operator acknowledgements of alerts/events (write with PUT, client UUID ids).")));
    m_writable.push_back(std::make_unique<WritableCollection>(m_db, QStringLiteral("op_notes"),
        QStringLiteral("Ghi chú vận hành"),
        QStringLiteral("Operator notes (write with PUT, client UUID ids).")));
    // Directives given from an alert or a KPI in the desktop, shaped like doc_tasks: the
    // smallest addition that lets a directive travel to the data center and back.
    m_writable.push_back(std::make_unique<WritableCollection>(m_db, QStringLiteral("op_directives"),
        QStringLiteral("Chỉ đạo từ cảnh báo, chỉ tiêu"),
        QStringLiteral("Directives given from an alert or KPI, shaped like doc_tasks "
                       "(write with PUT, client UUID ids).")));
    for (auto &w : m_writable)
        if (!w->load(error))
            return false;

    for (auto &g : m_generated)
        m_all.push_back(g.get());
    for (auto &w : m_writable)
        m_all.push_back(w.get());
    for (Collection *c : m_all)
        m_byId.insert(c->id(), c);

    // Relative frequency of each kind of live change.
    const std::pair<const char *, double> weights[]
        = { { "ps_dossiers", 30 }, { "cam_events", 15 }, { "cam_cameras", 10 },
              { "doc_documents", 8 }, { "health_cases", 8 }, { "health_occupancy", 8 },
              { "tour_occupancy", 8 }, { "doc_tasks", 5 }, { "edu_school_days", 3 } };
    for (const auto &[id, w] : weights)
        m_live.emplace_back(
            static_cast<GeneratedCollection *>(m_byId.value(QString::fromLatin1(id))), w);

    qint64 total = 0;
    for (Collection *c : m_all)
        total += c->count();
    qCInfo(lcSimGen) << "world ready:" << m_all.size() << "collections," << total << "features in"
                     << timer.elapsed() << "ms";
    return true;
}

void World::advanceTo(qint64 nowMs)
{
    const auto extendAll = [this](qint64 atMs) {
        for (auto &g : m_generated)
            g->extendTo(atMs);
    };
    if (m_config.ratePerMinute <= 0.0) {
        extendAll(nowMs);
        return;
    }
    std::vector<double> w;
    for (const auto &l : m_live)
        w.push_back(l.second);
    const double intervalMs = 60000.0 / m_config.ratePerMinute;
    for (;;) {
        qint64 at = m_ctx.t0Ms + qint64(double(m_nextChange + 1) * intervalMs);
        at -= at % 1000;
        if (at > nowMs)
            break;
        extendAll(at); // the day's rows exist before a change can touch them
        Rng rng(m_ctx.seed, streamKey(u"live"), quint64(m_nextChange));
        GeneratedCollection *c = m_live[size_t(rng.weighted(w))].first;
        const bool changed = c->applyChange(rng, at);
        qCDebug(lcSimLive) << "change" << m_nextChange << c->id()
                           << (changed ? "applied" : "skipped");
        ++m_nextChange;
    }
    extendAll(nowMs);
}

WritableCollection *World::writable(const QString &id) const
{
    for (const auto &w : m_writable)
        if (w->id() == id)
            return w.get();
    return nullptr;
}

} // namespace ioc::sim
