#include "synconce.h"

#include "sync/syncengine.h"

#include <QEventLoop>
#include <QTextStream>

namespace ioc::app {

int runSyncOnce(
    const QString &dataDir, const sync::SyncSettings &settings, const QStringList &collections)
{
    QTextStream out(stdout);
    if (settings.baseUrl.isEmpty()) {
        QTextStream(stderr) << "No data center configured: use --data-center URL.\n";
        return 1;
    }
    sync::SyncEngine engine(dataDir, settings, collections);
    QList<sync::SyncReport> reports;
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::runOnceFinished, &loop,
        [&](const QList<sync::SyncReport> &done) {
            reports = done;
            loop.quit();
        });
    engine.runOnce();
    loop.exec();

    std::sort(
        reports.begin(), reports.end(), [](const sync::SyncReport &a, const sync::SyncReport &b) {
            return a.collection < b.collection;
        });
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n")
               .arg(QStringLiteral("collection"), -22)
               .arg(QStringLiteral("mode"), -11)
               .arg(QStringLiteral("fetched"), 8)
               .arg(QStringLiteral("changed"), 8)
               .arg(QStringLiteral("deleted"), 8)
               .arg(QStringLiteral("quarant."), 8)
               .arg(QStringLiteral("result"), -14)
               .arg(QStringLiteral("error"));
    int failed = 0;
    for (const sync::SyncReport &report : std::as_const(reports)) {
        if (!report.succeeded())
            ++failed;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n")
                   .arg(report.collection, -22)
                   .arg(report.mode, -11)
                   .arg(report.fetched, 8)
                   .arg(report.inserted + report.updated, 8)
                   .arg(report.deleted, 8)
                   .arg(report.quarantined, 8)
                   .arg(report.outcomeName(), -14)
                   .arg(report.error);
    }
    out << QStringLiteral("%1 of %2 collections synced.\n")
               .arg(reports.size() - failed)
               .arg(reports.size());
    out.flush();
    return failed == 0 ? 0 : 1;
}

} // namespace ioc::app
