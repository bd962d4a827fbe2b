#pragma once

#include "gazetteer.h"
#include "generators.h"
#include "writablestore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <vector>

namespace ioc::sim {

struct WorldConfig
{
    quint64 seed = 1;
    double scale = 1.0;
    qint64 t0Ms = 0; // end of generated history, start of live changes
    double ratePerMinute = 0.0; // live changes per simulated minute
    QString geoDir = QStringLiteral(":/ioc-sim/geo");
    QString stateDir; // empty: state in memory only
};

// All collections of the simulated data center, and the live-change schedule that moves
// them: change k happens at t0 + (k+1) * 60 s / rate, its content drawn from (seed, k), so
// the data at simulated time T is the same whenever and however often it is asked for.
class World
{
public:
    World();
    ~World();
    bool init(const WorldConfig &config, QString *error);

    // Apply every live change scheduled up to nowMs.
    void advanceTo(qint64 nowMs);

    const WorldConfig &config() const { return m_config; }
    const SimContext &context() const { return m_ctx; }
    const std::vector<Collection *> &collections() const { return m_all; }
    Collection *collection(const QString &id) const { return m_byId.value(id); }
    WritableCollection *writable(const QString &id) const;
    qint64 changesApplied() const { return m_nextChange; }

private:
    WorldConfig m_config;
    Gazetteer m_geo;
    SimContext m_ctx;
    GeneratedList m_generated;
    std::vector<std::unique_ptr<WritableCollection>> m_writable;
    std::vector<Collection *> m_all;
    QHash<QString, Collection *> m_byId;
    QSqlDatabase m_db;
    std::vector<std::pair<GeneratedCollection *, double>> m_live;
    qint64 m_nextChange = 0;
};

} // namespace ioc::sim
