// Global search (Ctrl+K) over a real cache: median time of app::searchAll for a few
// typical queries. Usage: ioc-search-bench <data-dir> [query ...]
// e.g. build/bench/ioc-search-bench ~/.local/share/IOC/ioc-desktop "ha tinh" "h" "vung ang"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "globalsearch.h"
#include "modulecatalog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        out << "usage: ioc-search-bench <data-dir> [query ...]\n";
        return 2;
    }
    ioc::core::LocalCache cache(args.first());
    if (const auto error = cache.open()) {
        out << error.message << '\n';
        return 1;
    }
    ioc::core::ModuleRegistry modules;
    if (!ioc::app::registerAllModules(modules, nullptr))
        return 1;
    const auto scopes = ioc::app::searchScopes(modules);
    QStringList queries = args.mid(1);
    if (queries.isEmpty())
        queries = { QStringLiteral("h"), QStringLiteral("ha tinh"), QStringLiteral("vung ang"),
            QStringLiteral("benh vien") };
    constexpr int kRuns = 7;
    for (const QString &query : std::as_const(queries)) {
        QList<qint64> times;
        int hits = 0;
        for (int run = 0; run < kRuns; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto groups = ioc::app::searchAll(cache.mirror().path(), query, scopes);
            times.append(timer.nsecsElapsed() / 1000);
            hits = 0;
            for (const auto &group : groups)
                hits += int(group.hits.size());
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("%1: median %2 ms over %3 runs, %4 hits\n")
                   .arg(QStringLiteral("\"%1\"").arg(query), -12)
                   .arg(times.at(kRuns / 2) / 1000.0, 0, 'f', 1)
                   .arg(kRuns)
                   .arg(hits);
    }
    return 0;
}
