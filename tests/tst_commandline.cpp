#include "commandline.h"
#include "synclimits.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using ioc::app::CommandLineOptions;
using ioc::app::parseCommandLine;
using Action = CommandLineOptions::Action;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLineOptions parse(const QStringList &args)
    {
        return parseCommandLine(QStringList { QStringLiteral("ioc-desktop") } + args);
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run runExecutable(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("IOC_DESKTOP_EXE"), args);
        Run run;
        if (!process.waitForFinished(30000)) {
            process.kill();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
        return env;
    }

private slots:
    // The limits of docs/reliability.md come from the settings; a value out of range or
    // not a number keeps the default and is named in a warning.
    void limitsComeFromTheSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("limits.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("limits/pagesPerRun"), 50);
        settings.setValue(QStringLiteral("limits/runDeadline"), 900);
        settings.setValue(QStringLiteral("limits/responseMegabytes"), 16);
        settings.setValue(QStringLiteral("limits/minimumRate"), QStringLiteral("fast"));
        settings.setValue(QStringLiteral("limits/requestTimeout"), 0);
        ioc::sync::SyncSettings sync;
        QStringList warnings;
        ioc::app::applySyncLimits(settings, &sync, &warnings);
        QCOMPARE(sync.maxPagesPerRun, 50);
        QCOMPARE(sync.runDeadline, std::chrono::seconds(900));
        QCOMPARE(sync.maxResponseBytes, 16LL << 20);
        QCOMPARE(sync.minimumRate, ioc::sync::SyncSettings().minimumRate);
        QCOMPARE(sync.requestTimeout, ioc::sync::SyncSettings().requestTimeout);
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(
            warnings.join(QLatin1Char(' ')).contains(QStringLiteral("limits/minimumRate = fast")),
            qPrintable(warnings.join(QLatin1Char(' '))));
    }

    void defaultsRunWithNoOptions()
    {
        const auto options = parse({});
        QCOMPARE(options.action, Action::Run);
        QVERIFY(options.dataDir.isEmpty());
        QVERIFY(options.language.isEmpty());
        QVERIFY(!options.offline);
    }

    void eachOption()
    {
        const auto options = parse({ QStringLiteral("--data-dir"), QStringLiteral("/tmp/ioc-x"),
            QStringLiteral("--language"), QStringLiteral("JA"), QStringLiteral("--offline") });
        QCOMPARE(options.action, Action::Run);
        QCOMPARE(options.dataDir, QStringLiteral("/tmp/ioc-x"));
        QCOMPARE(options.language, QStringLiteral("ja"));
        QVERIFY(options.offline);
        QCOMPARE(parse({ QStringLiteral("--help") }).action, Action::ShowHelp);
        QVERIFY(
            parse({ QStringLiteral("--help") }).helpText.contains(QStringLiteral("--data-dir")));
        QCOMPARE(parse({ QStringLiteral("--version") }).action, Action::ShowVersion);
        QCOMPARE(parse({ QStringLiteral("--language=vi") }).language, QStringLiteral("vi"));
        QCOMPARE(
            parse({ QStringLiteral("--quit-after"), QStringLiteral("2500") }).quitAfterMs, 2500);
        QCOMPARE(parse({}).quitAfterMs, -1);
        QCOMPARE(parse({ QStringLiteral("--export-snapshot"), QStringLiteral("s.iocsnap") })
                     .exportSnapshot,
            QStringLiteral("s.iocsnap"));
        QCOMPARE(parse({ QStringLiteral("--import-snapshot"), QStringLiteral("s.iocsnap") })
                     .importSnapshot,
            QStringLiteral("s.iocsnap"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("--frobnicate") } << QStringLiteral("frobnicate");
        QTest::newRow("bad language") << QStringList { QStringLiteral("--language"),
            QStringLiteral("fr") } << QStringLiteral("fr");
        QTest::newRow("missing value")
            << QStringList { QStringLiteral("--data-dir") } << QStringLiteral("data-dir");
        QTest::newRow("empty data dir")
            << QStringList { QStringLiteral("--data-dir="), QStringLiteral("--offline") }
            << QStringLiteral("data-dir");
        QTest::newRow("stray argument")
            << QStringList { QStringLiteral("extra") } << QStringLiteral("extra");
        QTest::newRow("quit-after not a number") << QStringList { QStringLiteral("--quit-after"),
            QStringLiteral("soon") } << QStringLiteral("soon");
        QTest::newRow("export and import together")
            << QStringList { QStringLiteral("--export-snapshot"), QStringLiteral("a.iocsnap"),
                   QStringLiteral("--import-snapshot"), QStringLiteral("b.iocsnap") }
            << QStringLiteral("--import-snapshot");
        QTest::newRow("empty snapshot file")
            << QStringList { QStringLiteral("--export-snapshot=") } << QStringLiteral("snapshot");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto options = parse(args);
        QCOMPARE(options.action, Action::Error);
        QVERIFY2(options.errorMessage.contains(mentions), qPrintable(options.errorMessage));
        QVERIFY(options.errorMessage.contains(QStringLiteral("--help")));
    }

    // The real executable: exit codes and output as a script or an operator sees them.
    void executableExitCodes()
    {
        QTemporaryDir home;
        QProcessEnvironment env = isolatedEnvironment(home);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

        Run run = runExecutable({ QStringLiteral("--version") }, env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("ioc-desktop " IOC_VERSION));

        run = runExecutable({ QStringLiteral("--help") }, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--offline")));

        run = runExecutable({ QStringLiteral("--no-such-option") }, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no-such-option")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void withoutADisplayItSaysHowToRun()
    {
        QTemporaryDir home;
        QProcessEnvironment env = isolatedEnvironment(home);
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));

        Run run = runExecutable({ QStringLiteral("--language"), QStringLiteral("en") }, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("xvfb-run")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("could not connect to display")));
        // --version needs no display at all.
        run = runExecutable({ QStringLiteral("--version") }, env);
        QCOMPARE(run.exitCode, 0);
    }

    void unusableDataDirIsAClearErrorNotACrash()
    {
        QTemporaryDir home;
        QProcessEnvironment env = isolatedEnvironment(home);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QFile blocker(home.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run run = runExecutable(
            { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                home.filePath(QStringLiteral("file/data")) },
            env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("data directory")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
