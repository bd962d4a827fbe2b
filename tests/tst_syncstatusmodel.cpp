// The sync status model: rows per collection, freshness colours, overall progress and ETA.

#include "sync/syncstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace ioc::sync;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);

CollectionStatus collection(const QString &name, qint64 ageSeconds, qint64 interval)
{
    CollectionStatus status;
    status.collection = name;
    status.intervalSeconds = interval;
    status.hasRun = true;
    status.lastSuccess = kNow.addSecs(-ageSeconds);
    status.lastAttempt = status.lastSuccess;
    status.featureCount = 1234;
    return status;
}

} // namespace

class TestSyncStatusModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void rowsAndColumnsFollowTheSnapshot()
    {
        SyncStatusModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return kNow; });
        SyncStatus status;
        status.state = SyncStatus::State::Online;
        status.collections = { collection(QStringLiteral("cam_cameras"), 30, 60),
            collection(QStringLiteral("se_indicators"), 3600, 900) };
        status.collections[1].quarantined = 2;
        status.collections[1].lastOutcome = SyncReport::Outcome::Failed;
        status.collections[1].lastError = QStringLiteral("page 3: HTTP 502");
        status.collections[0].bytesLastHour = 3 * 1024 * 1024;
        status.collections[0].requestsLastHour = 61;
        model.setStatus(status);
        // What each collection costs the data center (docs/sync.md, "Real servers").
        const QString downloaded
            = model.index(0, SyncStatusModel::DownloadedColumn).data().toString();
        QVERIFY2(downloaded.contains(QStringLiteral("3.00 MiB"))
                && downloaded.contains(QStringLiteral("61")),
            qPrintable(downloaded));
        QCOMPARE(model.index(1, SyncStatusModel::DownloadedColumn).data().toString(), QString());

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SyncStatusModel::ColumnCount));
        // A name a person reads (English: no translator in this test), the id in the tooltip.
        QCOMPARE(model.index(0, SyncStatusModel::CollectionColumn).data().toString(),
            QStringLiteral("Cameras"));
        QCOMPARE(model.index(0, SyncStatusModel::CollectionColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("cam_cameras"));
        QCOMPARE(model.index(0, SyncStatusModel::FeaturesColumn)
                     .data(SyncStatusModel::SortRole)
                     .toLongLong(),
            1234);
        QCOMPARE(model.index(1, SyncStatusModel::QuarantinedColumn)
                     .data(SyncStatusModel::SortRole)
                     .toLongLong(),
            2);
        QCOMPARE(model.index(1, SyncStatusModel::LastErrorColumn).data().toString(),
            QStringLiteral("page 3: HTTP 502"));
        QCOMPARE(
            model.index(1, SyncStatusModel::AgeColumn).data(SyncStatusModel::SortRole).toLongLong(),
            3600);
        QCOMPARE(model.index(1, SyncStatusModel::LastSuccessColumn)
                     .data(SyncStatusModel::SortRole)
                     .toDateTime(),
            kNow.addSecs(-3600));
        QCOMPARE(model.headerData(SyncStatusModel::LastErrorColumn, Qt::Horizontal).toString(),
            QStringLiteral("Last error"));
        // A failed collection is shown in red.
        const QBrush failed
            = model.index(1, SyncStatusModel::StateColumn).data(Qt::ForegroundRole).value<QBrush>();
        QCOMPARE(failed.color(), QColor(0xc9, 0x2a, 0x2a));

        // Same collections: values change in place (no reset); others: a reset.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        status.collections[0].featureCount = 99;
        model.setStatus(status);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        status.collections.removeLast();
        model.setStatus(status);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void freshnessAgainstTheInterval_data()
    {
        QTest::addColumn<qint64>("age");
        QTest::addColumn<int>("freshness");
        QTest::newRow("fresh") << qint64(100) << int(SyncStatusModel::Freshness::Fresh);
        QTest::newRow("three intervals") << qint64(180) << int(SyncStatusModel::Freshness::Fresh);
        QTest::newRow("amber") << qint64(181) << int(SyncStatusModel::Freshness::Stale);
        QTest::newRow("red") << qint64(601) << int(SyncStatusModel::Freshness::VeryStale);
    }

    void freshnessAgainstTheInterval()
    {
        QFETCH(qint64, age);
        QFETCH(int, freshness);
        const CollectionStatus status = collection(QStringLiteral("cam_events"), age, 60);
        QCOMPARE(int(SyncStatusModel::freshnessOf(status, kNow)), freshness);
        CollectionStatus never;
        never.intervalSeconds = 60;
        QCOMPARE(SyncStatusModel::freshnessOf(never, kNow), SyncStatusModel::Freshness::Unknown);
    }

    void progressAndEta()
    {
        SyncStatusModel model;
        QDateTime now = kNow;
        model.setClock([&now] { return now; });
        SyncStatus status;
        status.state = SyncStatus::State::Syncing;
        status.busySince = kNow;
        status.pagesDone = 25;
        status.featuresDone = 250000;
        status.featuresExpected = 1000000;
        now = kNow.addSecs(10); // 250,000 in 10 s: 750,000 more take 30 s
        model.setStatus(status);
        QCOMPARE(model.progressPercent(), 25);
        QCOMPARE(model.etaSeconds(), std::optional<qint64>(30));
        QVERIFY(model.progressText().contains(QStringLiteral("250,000")));
        QVERIFY(model.progressText().contains(QStringLiteral("1,000,000")));

        // Size unknown: no percentage, no ETA, still a count.
        status.featuresExpected = status.featuresDone;
        model.setStatus(status);
        QCOMPARE(model.progressPercent(), -1);
        QVERIFY(!model.etaSeconds());
        QVERIFY(model.progressText().contains(QStringLiteral("250,000")));

        // Not syncing: nothing to show.
        status.state = SyncStatus::State::Online;
        model.setStatus(status);
        QVERIFY(model.progressText().isEmpty());
        QCOMPARE(model.stateText(), QStringLiteral("Online"));
    }
};

QTEST_GUILESS_MAIN(TestSyncStatusModel)
#include "tst_syncstatusmodel.moc"
