// The wall display: the playlist rotates on an injected clock, a critical alert interrupts
// it and the rotation resumes where it was, the offline banner comes and goes with the
// connection, and the configuration rejects what it cannot show.

#include "commandline.h"
#include "wall/wallconfig.h"
#include "wall/wallplaylist.h"
#include "wall/wallwindow.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ioc::app;

namespace {
const QDateTime kStart = QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC);
const QStringList kModules { "socioeconomic", "health", "cameras" };
} // namespace

class TestWall : public QObject
{
    Q_OBJECT

private slots:
    void rotatesOnTheClock()
    {
        WallPlaylist playlist;
        playlist.setBoards({ "overview", "health", "cameras" }, 20, kStart);
        QSignalSpy changed(&playlist, &WallPlaylist::currentChanged);
        playlist.advance(kStart.addSecs(19));
        QCOMPARE(playlist.currentBoard(), QStringLiteral("overview"));
        playlist.advance(kStart.addSecs(20));
        QCOMPARE(playlist.currentBoard(), QStringLiteral("health"));
        playlist.advance(kStart.addSecs(41));
        QCOMPARE(playlist.currentBoard(), QStringLiteral("cameras"));
        playlist.advance(kStart.addSecs(60));
        QCOMPARE(playlist.currentBoard(), QStringLiteral("overview"));
        QCOMPARE(changed.count(), 3);
        // A machine that slept through several periods lands on the right board.
        playlist.advance(kStart.addSecs(60 + 20 * 4));
        QCOMPARE(playlist.currentBoard(), QStringLiteral("health"));
    }

    void criticalAlertInterruptsAndRotationResumes()
    {
        WallPlaylist playlist;
        playlist.setInterruptionHoldSeconds(300);
        playlist.setBoards({ "overview", "health", "cameras" }, 20, kStart);
        playlist.advance(kStart.addSecs(25)); // health, 5 s into its 20
        QCOMPARE(playlist.currentBoard(), QStringLiteral("health"));

        playlist.interrupt("alert-1", "cameras", "Fire/smoke at Cam 12", kStart.addSecs(25));
        QVERIFY(playlist.isInterrupted());
        QCOMPARE(playlist.currentBoard(), QStringLiteral("cameras"));
        // No rotation while the alert is up, however long.
        playlist.advance(kStart.addSecs(200));
        QCOMPARE(playlist.currentBoard(), QStringLiteral("cameras"));
        // A second critical alert waits its turn; the same alert again is not queued twice.
        playlist.interrupt("alert-2", "socioeconomic", "Revenue", kStart.addSecs(201));
        playlist.interrupt("alert-1", "cameras", "Fire/smoke at Cam 12", kStart.addSecs(202));

        playlist.release("alert-1", kStart.addSecs(210)); // acknowledged at a workstation
        QCOMPARE(playlist.currentBoard(), QStringLiteral("socioeconomic"));
        QCOMPARE(playlist.currentInterruption()->until, kStart.addSecs(210 + 300));

        // Nobody acknowledges the second: it leaves after its hold time.
        playlist.advance(kStart.addSecs(510));
        QVERIFY(!playlist.isInterrupted());
        // Back on health with the 15 s it had left.
        QCOMPARE(playlist.currentBoard(), QStringLiteral("health"));
        playlist.advance(kStart.addSecs(510 + 14));
        QCOMPARE(playlist.currentBoard(), QStringLiteral("health"));
        playlist.advance(kStart.addSecs(510 + 15));
        QCOMPARE(playlist.currentBoard(), QStringLiteral("cameras"));
    }

    void releasingAQueuedAlertKeepsTheOneOnScreen()
    {
        WallPlaylist playlist;
        playlist.setBoards({ "overview" }, 20, kStart);
        playlist.interrupt("a", "health", "A", kStart);
        playlist.interrupt("b", "cameras", "B", kStart);
        playlist.release("b", kStart.addSecs(1));
        QCOMPARE(playlist.currentInterruption()->alertId, QStringLiteral("a"));
        playlist.release("a", kStart.addSecs(2));
        QVERIFY(!playlist.isInterrupted());
        QCOMPARE(playlist.currentBoard(), QStringLiteral("overview"));
    }

    void windowShowsBoardsStripsAndBanner()
    {
        QDateTime now = kStart;
        WallPlaylist playlist;
        playlist.setBoards({ "overview", "health" }, 10, now);
        QStringList built;
        WallWindow window(&playlist, [&built](const QString &id, QWidget *parent) -> QWidget * {
            if (id == QLatin1String("nothing"))
                return nullptr;
            built.append(id);
            return new QLabel(id, parent);
        });
        window.setClock([&now] { return now; });
        window.resize(800, 450);
        window.show();
        QCOMPARE(window.currentBoardId(), QStringLiteral("overview"));
        now = now.addSecs(10);
        window.tick();
        QCOMPARE(window.currentBoardId(), QStringLiteral("health"));
        now = now.addSecs(10);
        window.tick();
        QCOMPARE(window.currentBoardId(), QStringLiteral("overview"));
        QCOMPARE(built, (QStringList { "overview", "health" })); // boards are built once

        QVERIFY(!window.isAlertStripVisible());
        playlist.interrupt("x", "health", "Bệnh viện quá tải", now);
        QCOMPARE(window.currentBoardId(), QStringLiteral("health"));
        QVERIFY(window.isAlertStripVisible());
        QVERIFY(window.alertStripText().contains(QStringLiteral("Bệnh viện quá tải")));
        playlist.release("x", now);
        QVERIFY(!window.isAlertStripVisible());

        // Offline: the banner appears with both times, and clears by itself on recovery.
        const QDateTime lastSync = now.addSecs(-600);
        window.setConnection(false, lastSync);
        QVERIFY(window.isBannerVisible());
        QVERIFY2(window.bannerText().contains(provinceTime(lastSync, now)),
            qPrintable(window.bannerText()));
        now = now.addSecs(120);
        window.setConnection(false, lastSync);
        QVERIFY(window.bannerText().contains(provinceTime(now.addSecs(-120), now)));
        window.setConnection(true, now);
        QVERIFY(!window.isBannerVisible());

        // An unknown board shows a message, never a blank.
        playlist.setBoards({ "nothing" }, 10, now);
        QVERIFY(qobject_cast<QLabel *>(window.currentBoard()));
        QVERIFY(qobject_cast<QLabel *>(window.currentBoard())->text().contains("nothing"));
    }

    void typeScalesWithTheScreen()
    {
        QCOMPARE(WallWindow::bodyPixelSize(1080), 24);
        QCOMPARE(WallWindow::bodyPixelSize(2160), 48);
    }

    void configFromSettingsAndCommandLine()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("wall.conf"), QSettings::IniFormat);
        settings.setValue("wall/boards", QStringList { "health", "atlantis", "overview" });
        settings.setValue("wall/secondsPerBoard", 1);
        settings.setValue("wall/screens", "7");
        QStringList warnings;
        WallConfig config = WallConfig::fromSettings(settings, kModules, &warnings);
        QCOMPARE(config.boards, (QStringList { "health", "overview" }));
        QCOMPARE(config.secondsPerBoard, 3);
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.join('\n').contains("atlantis"));
        warnings.clear();
        QCOMPARE(config.chooseScreens(&warnings).size(), 1);
        QCOMPARE(warnings.size(), 1); // screen 7 does not exist here

        const CommandLineOptions options = parseCommandLine({ "ioc-desktop", "--wall", "--screen",
            "all", "--wall-boards", "cameras,overview", "--wall-interval", "45" });
        QCOMPARE(options.action, CommandLineOptions::Action::Run);
        config.applyCommandLine(options);
        QCOMPARE(config.boards, (QStringList { "cameras", "overview" }));
        QCOMPARE(config.secondsPerBoard, 45);
        QCOMPARE(config.chooseScreens(nullptr).size(), QGuiApplication::screens().size());
    }

    void badWallOptionsAreRefused()
    {
        const QList<QStringList> bad {
            { "ioc-desktop", "--screen", "1" }, // needs --wall
            { "ioc-desktop", "--wall", "--screen", "left" },
            { "ioc-desktop", "--wall", "--wall-interval", "1" },
            { "ioc-desktop", "--wall", "--wall-boards", " , " },
            { "ioc-desktop", "--wall", "--sync-once" },
        };
        for (const QStringList &arguments : bad) {
            const CommandLineOptions options = parseCommandLine(arguments);
            QVERIFY2(options.action == CommandLineOptions::Action::Error,
                qPrintable(arguments.join(' ')));
            QVERIFY(!options.errorMessage.isEmpty());
        }
    }
};

QTEST_MAIN(TestWall)
#include "tst_wall.moc"
