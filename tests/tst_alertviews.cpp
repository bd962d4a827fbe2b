// The alert views: model order and filters, the list widget's actions, and the control
// room's signals (status-bar counts, flashing dock title).

#include "alertcontroller.h"
#include "alerts/alertlistmodel.h"
#include "alerts/alertstore.h"
#include "alertsound.h"
#include "controlroomalerts.h"
#include "core/localcache.h"
#include "core/outboxstore.h"
#include "languagesetup.h"
#include "ui/alerthistorydialog.h"
#include "ui/alertlistwidget.h"
#include "ui/alertmarkers.h"
#include "ui/outboxdialog.h"
#include "ui/severityicon.h"
#include "wall/walltile.h"

#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <ctime>
#include <memory>

using namespace ioc;
using namespace ioc::alerts;

namespace {

Alert make(const QString &id, Severity severity, const QString &module, int minutesAgo,
    AlertState state = AlertState::Raised)
{
    Alert a;
    a.id = id;
    a.ruleId = module + QStringLiteral(".rule");
    a.module = module;
    a.severity = severity;
    a.state = state;
    a.raisedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    a.messageVi = QStringLiteral("Cảnh báo ") + id;
    a.messageEn = QStringLiteral("Alert ") + id;
    a.unitCode = QStringLiteral("18028");
    a.subject = id;
    return a;
}

QList<Alert> sample()
{
    return { make(QStringLiteral("a"), Severity::Warning, QStringLiteral("health"), 1),
        make(QStringLiteral("b"), Severity::Critical, QStringLiteral("cameras"), 30),
        make(QStringLiteral("c"), Severity::Critical, QStringLiteral("health"), 5),
        make(QStringLiteral("d"), Severity::Info, QStringLiteral("health"), 0),
        make(QStringLiteral("e"), Severity::Critical, QStringLiteral("health"), 2,
            AlertState::Resolved) };
}

QStringList ids(const AlertListModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.alertAt(row)->id);
    return list;
}

// Fills and accepts the next modal dialog (the acknowledge dialog).
void answerNextDialog(const QString &operatorName, const QString &note)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>()->setText(operatorName);
        dialog->findChild<QPlainTextEdit *>()->setPlainText(note);
        dialog->accept();
    });
}

} // namespace

class TestAlertViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ioc-test-alertviews"));
    }

    void modelOrdersBySeverityThenNewestAndFilters()
    {
        AlertListModel model;
        model.setAlerts(sample());
        QCOMPARE(ids(model), QStringList({ "e", "c", "b", "a", "d" }));
        model.setStateFilter({ AlertState::Raised, AlertState::Acknowledged });
        QCOMPARE(ids(model), QStringList({ "c", "b", "a", "d" }));
        model.setModuleFilter(QStringLiteral("health"));
        QCOMPARE(ids(model), QStringList({ "c", "a", "d" }));
        model.setSeverityFilter({ Severity::Critical, Severity::Warning });
        QCOMPARE(ids(model), QStringList({ "c", "a" }));
        // An update moves an alert between filters.
        Alert acked = sample().at(2);
        acked.state = AlertState::Resolved;
        model.updateAlerts({ acked });
        QCOMPARE(ids(model), QStringList({ "a" }));
        const auto counts = model.openCounts();
        QCOMPARE(counts.value(Severity::Critical), 1);
        QCOMPARE(counts.value(Severity::Warning), 1);
        QCOMPARE(counts.value(Severity::Info), 1);
    }

    void timesShowInTheProvincesZoneWhateverTheComputersZone()
    {
        // A laptop set to UTC (as CI is) or to Tokyo shows the same clock as the control
        // room: raised 02:15 UTC is 09:15 in Hà Tĩnh, acknowledged 03:05 UTC is 10:05.
        const QByteArray savedZone = qgetenv("TZ");
        for (const char *zone : { "UTC", "Asia/Tokyo" }) {
            qputenv("TZ", zone);
            tzset();
            Alert a = make(QStringLiteral("z"), Severity::Critical, QStringLiteral("health"), 0,
                AlertState::Acknowledged);
            a.raisedAt = QDateTime(QDate(2026, 12, 7), QTime(2, 15), Qt::UTC);
            a.ackAt = QDateTime(QDate(2026, 12, 7), QTime(3, 5), Qt::UTC);
            a.ackBy = QStringLiteral("Nguyễn Thị Lan");
            AlertListModel model;
            model.setAlerts({ a });
            QCOMPARE(model.index(0, AlertListModel::RaisedColumn).data().toString(),
                QStringLiteral("09:15 07/12/2026"));
            const QString state = model.index(0, AlertListModel::StateColumn).data().toString();
            QVERIFY2(state.contains(QStringLiteral("10:05")), qPrintable(state));
        }
        if (savedZone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", savedZone);
        tzset();
    }

    // One set of marks and words (issue #18): the desktop's list and status bar, the
    // briefing PDF (ui::severityText) and the wall's tiles say critical the same way.
    void severityHasOneMarkAndOneWord()
    {
        QVERIFY(app::installLanguage(QStringLiteral("vi")));
        QCOMPARE(ui::severityText(Severity::Critical), QStringLiteral("◆ Khẩn cấp"));
        QCOMPARE(ui::severityText(Severity::Warning), QStringLiteral("▲ Cảnh báo"));
        QCOMPARE(ui::severityText(Severity::Info).left(2), QStringLiteral("● "));
        AlertListModel model;
        model.setAlerts(
            { make(QStringLiteral("c"), Severity::Critical, QStringLiteral("health"), 1) });
        QCOMPARE(
            QStringLiteral("◆ ") + model.index(0, AlertListModel::SeverityColumn).data().toString(),
            ui::severityText(Severity::Critical));
        const QString wall = app::WallTile::tr("◆ %1 critical · ▲ %2 warnings");
        QVERIFY2(wall.contains(QStringLiteral("◆")) && wall.contains(QStringLiteral("khẩn cấp"))
                && !wall.contains(QStringLiteral("nghiêm trọng")),
            qPrintable(wall));
        QVERIFY(app::installLanguage(QStringLiteral("en")));
    }

    void mapMarkersForOpenAlertsWithAPosition()
    {
        QList<Alert> alerts = sample();
        alerts[0].lon = 105.9;
        alerts[0].lat = 18.34;
        alerts[1].lon = 105.8;
        alerts[1].lat = 18.3;
        alerts[4].lon = 105.7; // resolved: not on the map
        alerts[4].lat = 18.2;
        const QVector<map::AlertMarker> markers = ui::alertMarkers(alerts, QStringLiteral("vi"));
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers[0].id, QStringLiteral("a"));
        QCOMPARE(markers[0].severity, map::AlertSeverity::Major);
        QCOMPARE(markers[1].severity, map::AlertSeverity::Critical);
        QCOMPARE(markers[1].position, QGeoCoordinate(18.3, 105.8));
        QCOMPARE(markers[1].text, QStringLiteral("Cảnh báo b"));
    }

    void widgetAcknowledgesTheSelectedAlert()
    {
        ui::AlertListWidget widget;
        widget.setModuleFilter(QStringLiteral("health"));
        widget.alertModel()->setAlerts(sample());
        QVERIFY(widget.view()->isColumnHidden(AlertListModel::ModuleColumn));
        auto *acknowledge = widget.findChildren<QPushButton *>().value(0);
        QVERIFY(acknowledge);
        QVERIFY(!acknowledge->isEnabled()); // nothing selected
        QVERIFY(!widget.selectAlert(QStringLiteral("b"))); // another module's
        QVERIFY(widget.selectAlert(QStringLiteral("c")));
        QCOMPARE(widget.currentAlert()->id, QStringLiteral("c"));
        QVERIFY(acknowledge->isEnabled());
        QSignalSpy requested(&widget, &ui::AlertListWidget::acknowledgeRequested);
        answerNextDialog(QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("đã gọi"));
        widget.acknowledgeCurrent();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("c"));
        QCOMPARE(requested.first().at(1).toString(), QStringLiteral("Nguyễn Thị Lan"));
        QCOMPARE(requested.first().at(2).toString(), QStringLiteral("đã gọi"));
        QCOMPARE(ui::operatorName(), QStringLiteral("Nguyễn Thị Lan")); // remembered
    }

    void historyDialogListsAndExports()
    {
        QTemporaryDir dir;
        core::LocalCache cache(dir.path());
        QVERIFY(!cache.open());
        AlertStore store(cache.operatorStore());
        for (Alert a : sample()) {
            a.firstRaisedAt = a.lastSeenAt = a.raisedAt;
            const core::CacheError error = store.save(a);
            QVERIFY2(!error, qPrintable(error.message));
            QVERIFY(!store.appendHistory(
                { a.id, a.raisedAt, QStringLiteral("raised"), {}, {}, QStringLiteral("engine") }));
        }
        ui::AlertHistoryDialog dialog(
            cache.operatorStore(), { { QStringLiteral("health"), QStringLiteral("Y tế") } });
        QSignalSpy refreshed(&dialog, &ui::AlertHistoryDialog::refreshed);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(dialog.rowCount(), 5);
        const QString csv = dir.filePath(QStringLiteral("history.csv"));
        dialog.exportCsv(csv);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 6); // header + 5 lines
    }

    // A refused action is shown by what it was (module title and note, not ids) and its
    // reason; "Send again" puts it back in the queue, signals the caller and records the
    // operator's decision.
    void refusedActionsAreSentAgainFromTheDialog()
    {
        QTemporaryDir dir;
        core::LocalCache cache(dir.path());
        QVERIFY(!cache.open());
        core::OutboxStore outbox(cache.operatorStore());
        const QDateTime when = QDateTime::currentDateTimeUtc();
        QVERIFY(!outbox.acknowledge(QStringLiteral("u-1"), QStringLiteral("a-1"),
            QStringLiteral("health"), QStringLiteral("Lan"), QStringLiteral("đã gọi bệnh viện"),
            when));
        QVERIFY(!outbox.markRejected(
            QStringLiteral("u-1"), QStringLiteral("HTTP 422 — alert_key unknown"), when));
        ui::setOperatorName(QStringLiteral("Nguyễn Thị Lan"));
        ui::OutboxDialog dialog(
            cache.operatorStore(), { { QStringLiteral("health"), QStringLiteral("Y tế") } });
        QSignalSpy refreshed(&dialog, &ui::OutboxDialog::refreshed);
        QSignalSpy resent(&dialog, &ui::OutboxDialog::resent);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(dialog.refusedCount(), 1);
        auto *table = dialog.findChildren<QTableWidget *>().value(0);
        QVERIFY(table);
        QVERIFY2(table->item(0, 2)->text().contains(QStringLiteral("Y tế")),
            qPrintable(table->item(0, 2)->text()));
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("422")));
        dialog.selectRefused(0);
        auto *resend = dialog.findChild<QPushButton *>(QStringLiteral("outboxResend"));
        QVERIFY(resend && resend->isEnabled());
        resend->click();
        QVERIFY(resent.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.refusedCount(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.decisionCount(), 1, 5000);
        QCOMPARE(outbox.pendingCount(), 1);
        QCOMPARE(outbox.decisions().value(0).operatorName, QStringLiteral("Nguyễn Thị Lan"));
    }

    // A dialog closed while its pool work runs waits for it: the work reads the operator
    // store, which the caller may destroy right after the dialog (the window at exit).
    // Before, queued queries ran after their LocalCache was gone: a use after free (a
    // crash here, a heap-use-after-free report under tools/sanitize.sh).
    void dialogsWaitForTheirPoolWorkWhenClosed()
    {
        // Every pool thread held until the dialogs and the store are gone, so their queries
        // are still queued then. (Waiting on a queued task runs it in the waiting thread.)
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        QSemaphore started;
        QSemaphore release;
        for (int i = 0; i < threads; ++i)
            pool->start([&] {
                started.release();
                release.acquire();
            });
        started.acquire(threads);
        // On the way out, failed or not: the held threads go, and whatever was left behind
        // runs then, inside this test.
        const auto releaseThreads = qScopeGuard([&] {
            release.release(threads);
            pool->waitForDone();
        });

        QTemporaryDir dir;
        auto cache = std::make_unique<core::LocalCache>(dir.path());
        QVERIFY(!cache->open());
        const QHash<QString, QString> titles { { QStringLiteral("health"),
            QStringLiteral("Y tế") } };
        auto history = std::make_unique<ui::AlertHistoryDialog>(cache->operatorStore(), titles);
        auto outbox = std::make_unique<ui::OutboxDialog>(cache->operatorStore(), titles);
        history->refresh();
        outbox->refresh();
        history.reset();
        outbox.reset();
        cache.reset();
    }

    void controlRoomCountsAndFlashesOnCritical()
    {
        QTemporaryDir dir;
        QMainWindow window;
        auto *dock = new QDockWidget(QStringLiteral("Y tế"), &window);
        dock->setObjectName(QStringLiteral("dock.health"));
        window.addDockWidget(Qt::LeftDockWidgetArea, dock);
        app::AlertController controller(dir.path()); // not started: signals driven by hand
        QMenu *menu = window.menuBar()->addMenu(QStringLiteral("Alerts"));
        app::ControlRoomAlerts room(&window, &controller,
            { { QStringLiteral("health"), QStringLiteral("Y tế") } },
            { { QStringLiteral("health"), dock } }, menu);
        QVERIFY(room.dock()->objectName() == QStringLiteral("dock.alerts"));
        emit controller.alertsChanged(sample());
        QVERIFY(room.statusLabel()->text().contains(QStringLiteral("◆ 2")));
        QVERIFY(room.statusLabel()->text().contains(QStringLiteral("▲ 1")));
        QVERIFY(room.statusLabel()->text().contains(QStringLiteral("● 1")));
        emit controller.alertRaised(sample().at(2));
        QTRY_VERIFY_WITH_TIMEOUT(dock->windowTitle().startsWith(QStringLiteral("◆ ")), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(
            dock->windowTitle(), QStringLiteral("Y tế"), app::ControlRoomAlerts::kFlashMs + 2000);
        QCOMPARE(room.chime()->source(), app::AlertSound::defaultSource());
    }

    // The chime ships as a real WAV of about a second; with or without an audio output
    // (tests have none) playing it never fails: without one it is the system beep.
    void criticalAlertChimeShipsAndPlays()
    {
        QFile wav(QStringLiteral(":/sounds/critical-alert.wav"));
        QVERIFY(wav.open(QIODevice::ReadOnly));
        const QByteArray data = wav.readAll();
        QCOMPARE(data.left(4), QByteArray("RIFF"));
        QCOMPARE(data.mid(8, 4), QByteArray("WAVE"));
        QVERIFY(data.size() > 22050 * 2); // over a second of 16-bit mono at 22,050 Hz
        app::AlertSound sound;
        sound.play();
        QTest::qWait(200);
        sound.play();
    }
};

QTEST_MAIN(TestAlertViews)
#include "tst_alertviews.moc"
