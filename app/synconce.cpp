#include "synconce.h"

#include "commandline.h"
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
    int missing = 0;
    int incomplete = 0;
    for (const sync::SyncReport &report : std::as_const(reports)) {
        if (report.outcome == sync::SyncReport::Outcome::MissingAtSource)
            ++missing;
        else if (!report.succeeded())
            ++failed;
        else if (!report.isComplete())
            ++incomplete;
        QString detail = report.error;
        if (!report.completeness.isEmpty())
            detail = detail.isEmpty() ? report.completeness
                                      : detail + QStringLiteral("; ") + report.completeness;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n")
                   .arg(report.collection, -22)
                   .arg(report.mode, -11)
                   .arg(report.fetched, 8)
                   .arg(report.inserted + report.updated, 8)
                   .arg(report.deleted, 8)
                   .arg(report.quarantined, 8)
                   .arg(report.isComplete() || !report.succeeded() ? report.outcomeName()
                                                                   : QStringLiteral("incomplete"),
                       -14)
                   .arg(detail);
        for (const QString &note : report.notes)
            out << QStringLiteral("%1 note: %2\n").arg(QString(), -22).arg(note);
    }
    for (const QString &collection : engine.disabledCollections())
        out << QStringLiteral("%1 %2\n")
                   .arg(collection, -22)
                   .arg(QStringLiteral("disabled in the mapping"));
    const int synced = static_cast<int>(reports.size()) - failed - missing - incomplete;
    out << QStringLiteral("%1 of %2 collections synced").arg(synced).arg(reports.size());
    if (missing > 0)
        out << QStringLiteral(", %1 missing at the source").arg(missing);
    if (incomplete > 0)
        out << QStringLiteral(", %1 incomplete").arg(incomplete);
    if (failed > 0)
        out << QStringLiteral(", %1 failed").arg(failed);
    out << QStringLiteral(".\n");
    out.flush();
    // A full disk paused the sync: the collections not reached are listed as not tried,
    // and this says what to do about it.
    if (engine.isDiskFull()) {
        QTextStream(stderr) << engine.diskFullMessage() << '\n';
        return kExitFailure;
    }
    // 1 for failures (including passes the server's count does not confirm), 3 when the
    // only problem is collections the server does not publish, 0 when all synced.
    if (failed > 0 || incomplete > 0)
        return kExitFailure;
    return missing > 0 ? kExitMissingAtSource : 0;
}

} // namespace ioc::app
