// Times the module docks' figures (DashboardProvider::compute, what the dock runs on a pool
// thread after each filter change or sync) on a synced data directory:
//   ioc-dashboard-bench DATA_DIR [TODAY] [RUNS]
// The data directory gets the modules' cache migrations (projections, indexes) first, as
// at application start. Prints the median and the slowest of RUNS runs per case, in ms.

#include "core/localcache.h"
#include "documents/documentsdashboard.h"
#include "publicservices/publicservicesdashboard.h"
#include "socioeconomic/socioeconomicdashboard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace ioc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: ioc-dashboard-bench DATA_DIR [TODAY] [RUNS]\n");
        return 2;
    }
    const QDate today
        = args.size() > 2 ? QDate::fromString(args[2], Qt::ISODate) : QDate::currentDate();
    const int runs = args.size() > 3 ? args[3].toInt() : 7;
    core::LocalCache cache(args[1]);
    if (const core::CacheError error = cache.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QElapsedTimer migrate;
    migrate.start();
    const struct
    {
        const char *id;
        QList<core::Migration> migrations;
    } modules[] = {
        { "socioeconomic", socioeconomic::seCacheMigrations() },
        { "publicservices", publicservices::psCacheMigrations() },
        { "documents", documents::docCacheMigrations() },
    };
    for (const auto &module : modules)
        if (const core::CacheError error
            = cache.applyModuleMigrations(QString::fromLatin1(module.id), module.migrations)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
    std::printf("module migrations (0 ms if already applied): %lld ms\n",
        static_cast<long long>(migrate.elapsed()));

    const socioeconomic::SocioeconomicDashboard se;
    const publicservices::PublicServicesDashboard ps;
    const documents::DocumentsDashboard docs;
    struct Case
    {
        const char *name;
        const core::DashboardProvider *provider;
        core::Granularity granularity;
        core::UnitRef area;
    };
    const Case cases[] = {
        { "socioeconomic province month", &se, core::Granularity::Month, {} },
        { "socioeconomic district 436 month", &se, core::Granularity::Month,
            { QStringLiteral("436"), core::AdminEra::Before } },
        { "socioeconomic province year", &se, core::Granularity::Year, {} },
        { "publicservices province month", &ps, core::Granularity::Month, {} },
        { "publicservices district 436 month", &ps, core::Granularity::Month,
            { QStringLiteral("436"), core::AdminEra::Before } },
        { "publicservices province day", &ps, core::Granularity::Day, {} },
        { "documents province week", &docs, core::Granularity::Week, {} },
        { "documents district 436 week", &docs, core::Granularity::Week,
            { QStringLiteral("436"), core::AdminEra::Before } },
    };
    for (const Case &c : cases) {
        core::DashboardQuery query;
        query.area = c.area;
        query.time.granularity = c.granularity;
        query.time.anchor = today;
        query.today = today;
        std::vector<qint64> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const core::DashboardData data = c.provider->compute(cache.mirror(), query);
            times.push_back(timer.nsecsElapsed() / 1000);
            if (data.kpis.isEmpty())
                std::fprintf(stderr, "%s: no KPIs (empty cache?)\n", c.name);
        }
        std::sort(times.begin(), times.end());
        std::printf("%-36s median %7.1f ms   max %7.1f ms\n", c.name,
            times[times.size() / 2] / 1000.0, times.back() / 1000.0);
    }
    return 0;
}
