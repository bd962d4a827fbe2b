// The first-run decision and dialog, driven as an operator would (offscreen), against the
// real simulator: a data center can only be chosen once a test of exactly that address and
// token has passed, and every failed test says why in one sentence.

#include "commandline.h"
#include "connectiontest.h"
#include "firstrundialog.h"
#include "simulatorlauncher.h"
#include "startup.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc::app;
using Mode = FirstRunChoice::Mode;

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    SimulatorLauncher m_open; // no token

    QTemporaryDir m_tmp;

    static bool runTest(FirstRunDialog &dialog, const QString &url, const QString &token)
    {
        dialog.setDataCenter(url, token);
        QSignalSpy tested(&dialog, &FirstRunDialog::connectionTested);
        dialog.testConnection();
        return tested.wait(20000) && tested.constFirst().constFirst().toBool();
    }

    static QString simulatorExe() { return qEnvironmentVariable("IOC_SIM_EXE"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_open.start(simulatorExe(), m_tmp.filePath(QStringLiteral("sim")), &error),
            qPrintable(error));
        QVERIFY(m_open.url().isValid());
    }

    void asksOnlyWhenNothingIsConfiguredOrCached()
    {
        QVERIFY(needsFirstRun(false, QString(), false, false));
        QVERIFY(!needsFirstRun(true, QString(), false, false)); // --offline, --data-center …
        QVERIFY(!needsFirstRun(false, QStringLiteral("https://dc.example"), false, false));
        QVERIFY(!needsFirstRun(false, QString(), true, false)); // simulator remembered
        QVERIFY(!needsFirstRun(false, QString(), false, true)); // a cache exists
        QVERIFY(needsFirstRun(false, QStringLiteral("   "), false, false));
    }

    void theRunCommandAndHeadlessActionsSkipTheDialog_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("chose");
        QTest::newRow("nothing") << QStringList {} << false;
        QTest::newRow("language only")
            << QStringList { QStringLiteral("--language"), QStringLiteral("en") } << false;
        // tools/run.sh passes the simulator it started with --data-center.
        QTest::newRow("run.sh") << QStringList { QStringLiteral("--data-center"),
            QStringLiteral("http://127.0.0.1:8787") }
                                << true;
        QTest::newRow("offline") << QStringList { QStringLiteral("--offline") } << true;
        QTest::newRow("sync once") << QStringList { QStringLiteral("--sync-once") } << true;
        QTest::newRow("export") << QStringList { QStringLiteral("--export-snapshot"),
            QStringLiteral("x.iocsnap") }
                                << true;
        QTest::newRow("import") << QStringList { QStringLiteral("--import-snapshot"),
            QStringLiteral("x.iocsnap") }
                                << true;
    }

    void theRunCommandAndHeadlessActionsSkipTheDialog()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, chose);
        const CommandLineOptions options
            = parseCommandLine(QStringList { QStringLiteral("ioc-desktop") } + args);
        QCOMPARE(options.action, CommandLineOptions::Action::Run);
        QCOMPARE(commandLineChoseSource(options), chose);
    }

    void dataCenterNeedsAPassedTestOfExactlyWhatIsTyped()
    {
        FirstRunDialog dialog(simulatorExe());
        dialog.selectMode(Mode::DataCenter);
        QVERIFY(!dialog.canContinue());

        QVERIFY(runTest(dialog, m_open.url().toString(), QString()));
        // The count the server itself lists, so a new collection does not break the test.
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(
            QNetworkRequest(m_open.url().resolved(QUrl(QStringLiteral("/collections")))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        const int served = int(QJsonDocument::fromJson(reply->readAll())
                                   .object()
                                   .value(QStringLiteral("collections"))
                                   .toArray()
                                   .size());
        reply->deleteLater();
        QVERIFY(served > 20);
        QVERIFY2(dialog.connectionMessage().contains(QString::number(served)),
            qPrintable(dialog.connectionMessage()));
        QVERIFY(dialog.canContinue());

        // Changing the address after the test asks for a new one.
        dialog.setDataCenter(m_open.url().toString() + QStringLiteral("/other"), QString());
        QVERIFY(!dialog.canContinue());
        QVERIFY(dialog.connectionMessage().contains(QStringLiteral("test again")));
        dialog.setDataCenter(m_open.url().toString(), QString());
        QVERIFY(dialog.canContinue());

        dialog.accept();
        const FirstRunChoice choice = dialog.choice();
        QCOMPARE(choice.mode, Mode::DataCenter);
        QCOMPARE(choice.dataCenter, m_open.url());
        QVERIFY(choice.token.isEmpty());
    }

    void refusedTokenIsSaidSo()
    {
        QProcess guarded;
        guarded.setProgram(simulatorExe());
        // The launcher does not pass tokens; this one is started by hand with one.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        guarded.setArguments({ QStringLiteral("--port"), QString::number(port),
            QStringLiteral("--token"), QStringLiteral("secret") });
        guarded.start();
        QVERIFY(guarded.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += guarded.readAllStandardOutput()).contains("listening"), 20000);
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);

        FirstRunDialog dialog(simulatorExe());
        QVERIFY(!runTest(dialog, url, QStringLiteral("wrong")));
        QVERIFY2(dialog.connectionMessage().contains(QStringLiteral("401")),
            qPrintable(dialog.connectionMessage()));
        QVERIFY(dialog.connectionMessage().contains(QStringLiteral("token")));
        QVERIFY(!dialog.canContinue());
        QVERIFY(runTest(dialog, url, QStringLiteral("secret")));
        QVERIFY(dialog.canContinue());
        dialog.accept();
        QCOMPARE(dialog.choice().token, QStringLiteral("secret"));
        guarded.terminate();
        guarded.waitForFinished(5000);
    }

    void unreachableWrongAndMalformedAddressesAreExplained()
    {
        FirstRunDialog dialog(simulatorExe());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        QVERIFY(!runTest(dialog, QStringLiteral("http://127.0.0.1:%1").arg(closedPort), QString()));
        QVERIFY2(dialog.connectionMessage().contains(QStringLiteral("Cannot reach")),
            qPrintable(dialog.connectionMessage()));

        // A server that answers, but this is not the service's base URL.
        QVERIFY(!runTest(dialog,
            m_open.url().toString() + QStringLiteral("/collections/edu_schools/items"), QString()));
        QVERIFY2(dialog.connectionMessage().contains(QStringLiteral("HTTP 4")),
            qPrintable(dialog.connectionMessage()));

        QVERIFY(!runTest(dialog, QStringLiteral("ftp://example.org"), QString()));
        QVERIFY(dialog.connectionMessage().contains(QStringLiteral("http://")));
        QVERIFY(!dialog.canContinue());
        dialog.accept();
        QCOMPARE(dialog.choice().mode, Mode::Cancelled);
    }

    void collectionsUrlKeepsTheBasePath()
    {
        QCOMPARE(ConnectionTest::collectionsUrl(QUrl(QStringLiteral("https://dc.example/ogc"))),
            QUrl(QStringLiteral("https://dc.example/ogc/collections")));
        QCOMPARE(ConnectionTest::collectionsUrl(QUrl(QStringLiteral("https://dc.example/ogc/"))),
            QUrl(QStringLiteral("https://dc.example/ogc/collections")));
        QCOMPARE(ConnectionTest::collectionsUrl(QUrl(QStringLiteral("http://127.0.0.1:8787"))),
            QUrl(QStringLiteral("http://127.0.0.1:8787/collections")));
    }

    void simulatorOptionNeedsTheSimulator()
    {
        FirstRunDialog without { QString() };
        without.selectMode(Mode::Simulator);
        QVERIFY(!without.canContinue());

        FirstRunDialog with(simulatorExe());
        with.selectMode(Mode::Simulator);
        QVERIFY(with.canContinue());
        with.accept();
        QCOMPARE(with.choice().mode, Mode::Simulator);
    }

    void offlineCarriesTheChosenSnapshot()
    {
        FirstRunDialog dialog { QString() };
        dialog.selectMode(Mode::Offline);
        QVERIFY(dialog.canContinue());
        dialog.setSnapshotFile(QStringLiteral("/media/usb/ha-tinh.iocsnap"));
        dialog.accept();
        QCOMPARE(dialog.choice().mode, Mode::Offline);
        QCOMPARE(dialog.choice().snapshotFile, QStringLiteral("/media/usb/ha-tinh.iocsnap"));

        FirstRunDialog cancelled { QString() };
        cancelled.selectMode(Mode::Offline);
        cancelled.reject();
        QCOMPARE(cancelled.choice().mode, Mode::Cancelled);
    }

    // The executable: where nobody can answer the dialog it does not block but says what
    // to do; a remembered simulator choice starts the simulator, syncs from it and stops it.
    void executableWithoutConfigurationDoesNotBlockOffscreen()
    {
        QTemporaryDir home;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), home.filePath(QStringLiteral("etc")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(qEnvironmentVariable("IOC_DESKTOP_EXE"),
            { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                home.filePath(QStringLiteral("data")), QStringLiteral("--quit-after"),
                QStringLiteral("500") });
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("--data-center")), qPrintable(err));
    }

    void rememberedSimulatorIsStartedUsedAndStopped()
    {
        QTemporaryDir home;
        QDir().mkpath(home.filePath(QStringLiteral("config/IOC")));
        QFile conf(home.filePath(QStringLiteral("config/IOC/ioc-desktop.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[datacenter]\nsimulator=true\n");
        conf.close();
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), home.filePath(QStringLiteral("etc")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("IOC_NO_KEYRING"), QStringLiteral("1"));
        app.setProcessEnvironment(env);
        const QString dataDir = home.filePath(QStringLiteral("data"));
        app.start(qEnvironmentVariable("IOC_DESKTOP_EXE"),
            { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                dataDir, QStringLiteral("--quit-after"), QStringLiteral("8000") });
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 0);

        // Data arrived from the simulator the application started itself …
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("mirror.sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM features")) && query.next());
            QVERIFY2(query.value(0).toLongLong() > 0, "nothing was synced from the simulator");
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        // … and the simulator (its state under this test's XDG_DATA_HOME) is gone.
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"),
            { QStringLiteral("-f"),
                home.filePath(QStringLiteral("share/IOC/ioc-datacenter-sim")) });
        QVERIFY(pgrep.waitForFinished(10000));
        QVERIFY2(
            pgrep.readAllStandardOutput().trimmed().isEmpty(), "the simulator is still running");
    }

    void launcherStartsAndStopsTheSimulator()
    {
        SimulatorLauncher launcher;
        QString error;
        QVERIFY(!launcher.start(QString(), QString(), &error));
        QVERIFY(error.contains(QStringLiteral("ioc-datacenter-sim")));
        QVERIFY(launcher.start(simulatorExe(), m_tmp.filePath(QStringLiteral("sim2")), &error));
        QVERIFY(launcher.isRunning());
        QCOMPARE(launcher.url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(launcher.url().port() > 0);
        ConnectionTest test;
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.start(launcher.url(), QString());
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.constFirst().constFirst().toBool());
        launcher.stop();
        QVERIFY(!launcher.isRunning());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
