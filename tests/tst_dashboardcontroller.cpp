// ui::DashboardController: figures computed off the UI thread, one at a time, and only
// the latest request's shown (a dock must not flash an area the operator already left).
#include "core/dashboard.h"
#include "core/sqlitefile.h"
#include "ui/dashboardcontroller.h"

#include <QAtomicInt>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ioc;

namespace {

// Echoes the query's selector as the notice, slowly, and counts how many ran at once.
class SlowProvider : public core::DashboardProvider
{
public:
    core::DashboardData compute(
        const core::SqliteFile &mirror, const core::DashboardQuery &query) const override
    {
        Q_UNUSED(mirror);
        const int running = ++m_running;
        m_mostAtOnce.fetchAndStoreOrdered(std::max(m_mostAtOnce.loadRelaxed(), running));
        ++m_computed;
        if (QThread::currentThread() == m_uiThread)
            m_onUiThread.storeRelaxed(1);
        QThread::msleep(150);
        --m_running;
        core::DashboardData data;
        data.notice = query.selector;
        return data;
    }
    QThread *m_uiThread = QThread::currentThread();
    mutable QAtomicInt m_running;
    mutable QAtomicInt m_mostAtOnce;
    mutable QAtomicInt m_computed;
    mutable QAtomicInt m_onUiThread;
};

core::DashboardQuery querySelecting(const QString &selector)
{
    core::DashboardQuery query;
    query.selector = selector;
    return query;
}

} // namespace

class TestDashboardController : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheLatestRequestIsShown()
    {
        QTemporaryDir dir;
        const QString mirror = dir.filePath(QStringLiteral("mirror.sqlite"));
        auto provider = std::make_shared<SlowProvider>();
        ui::DashboardController controller(mirror, provider);
        QSignalSpy computed(&controller, &ui::DashboardController::computed);

        // The operator clicks through three districts while the first is computed.
        controller.request(querySelecting(QStringLiteral("first")));
        QVERIFY(controller.isComputing());
        controller.request(querySelecting(QStringLiteral("second")));
        controller.request(querySelecting(QStringLiteral("third")));
        QTRY_COMPARE_WITH_TIMEOUT(computed.count(), 1, 10000);
        QTest::qWait(400); // nothing else arrives
        QCOMPARE(computed.count(), 1);
        QCOMPARE(
            computed.first().first().value<core::DashboardData>().notice, QStringLiteral("third"));
        // The first ran (it cannot be stopped), the second was never started.
        QCOMPARE(provider->m_computed.loadRelaxed(), 2);
        QCOMPARE(provider->m_mostAtOnce.loadRelaxed(), 1);
        QCOMPARE(provider->m_onUiThread.loadRelaxed(), 0);
    }

    void aRequestAfterTheResultRunsAgain()
    {
        QTemporaryDir dir;
        auto provider = std::make_shared<SlowProvider>();
        ui::DashboardController controller(dir.filePath(QStringLiteral("mirror.sqlite")), provider);
        QSignalSpy computed(&controller, &ui::DashboardController::computed);
        controller.request(querySelecting(QStringLiteral("a")));
        QVERIFY(computed.wait(10000));
        controller.request(querySelecting(QStringLiteral("b")));
        QVERIFY(computed.wait(10000));
        QCOMPARE(computed.at(1).first().value<core::DashboardData>().notice, QStringLiteral("b"));
    }

    // Going away while a computation runs waits for it: no result reaches a dead dock.
    void destroyedWhileComputing()
    {
        QTemporaryDir dir;
        auto provider = std::make_shared<SlowProvider>();
        {
            ui::DashboardController controller(
                dir.filePath(QStringLiteral("mirror.sqlite")), provider);
            controller.request(querySelecting(QStringLiteral("a")));
        }
        QCOMPARE(provider->m_running.loadRelaxed(), 0);
        QCOMPARE(provider->m_computed.loadRelaxed(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDashboardController)
#include "tst_dashboardcontroller.moc"
