#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

namespace ioc::app {

QStringList supportedLanguages()
{
    return { QStringLiteral("vi"), QStringLiteral("en"), QStringLiteral("ja") };
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

CommandLineOptions parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "IOC Desktop — Ha Tinh province Intelligent Operations Center."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine", "Keep the local cache in <path> (default: %1).")
            .arg(defaultDataDir()),
        QStringLiteral("path"));
    const QCommandLineOption language(QStringLiteral("language"),
        QCoreApplication::translate(
            "CommandLine", "User interface language: vi (default), en or ja."),
        QStringLiteral("code"));
    const QCommandLineOption offline(QStringLiteral("offline"),
        QCoreApplication::translate(
            "CommandLine", "Never touch the network; work from the cache."));
    const QCommandLineOption dataCenter(QStringLiteral("data-center"),
        QCoreApplication::translate(
            "CommandLine", "Base URL of the data center's OGC API – Features service."),
        QStringLiteral("url"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
        QCoreApplication::translate("CommandLine",
            "Read the data center's bearer token from <file> and keep it "
            "(keyring, else a private file)."),
        QStringLiteral("file"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
        QCoreApplication::translate(
            "CommandLine", "Collection and property mapping of the province's server (JSON)."),
        QStringLiteral("file"));
    const QCommandLineOption syncOnce(QStringLiteral("sync-once"),
        QCoreApplication::translate("CommandLine",
            "Sync every collection once without opening a window, print a "
            "report and exit: 0 if every enabled collection synced, 3 if some are missing "
            "at the source, 1 on other failures."));
    const QCommandLineOption allowMassDeletion(QStringLiteral("allow-mass-deletion"),
        QCoreApplication::translate("CommandLine",
            "Let a reconciliation delete more than 20 % of a collection's cached features "
            "(held otherwise, as a server answering from the wrong table would cause)."));
    const QCommandLineOption checkDataCenter(QStringLiteral("check-data-center"),
        QCoreApplication::translate("CommandLine",
            "Connect to the data center, compare what it publishes with what each module "
            "needs (through --mapping), print the findings and exit (non-zero only when a "
            "required collection or property is missing)."));
    const QCommandLineOption exportSnapshot(QStringLiteral("export-snapshot"),
        QCoreApplication::translate("CommandLine",
            "Write the local cache (not your own notes) to <file> for a colleague, then exit."),
        QStringLiteral("file"));
    const QCommandLineOption importSnapshot(QStringLiteral("import-snapshot"),
        QCoreApplication::translate(
            "CommandLine", "Check <file> and make it the local cache, then exit."),
        QStringLiteral("file"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        QCoreApplication::translate(
            "CommandLine", "Quit by itself after <ms> milliseconds (smoke tests)."),
        QStringLiteral("ms"));
    const QCommandLineOption wall(QStringLiteral("wall"),
        QCoreApplication::translate(
            "CommandLine", "Run as the wall display: full screen, rotating boards, no editing."));
    const QCommandLineOption screen(QStringLiteral("screen"),
        QCoreApplication::translate(
            "CommandLine", "Wall screen: a number (0 = first) or 'all' for one wall per screen."),
        QStringLiteral("n|all"));
    const QCommandLineOption wallBoards(QStringLiteral("wall-boards"),
        QCoreApplication::translate(
            "CommandLine", "Wall playlist: comma-separated boards, 'overview' and module ids."),
        QStringLiteral("list"));
    const QCommandLineOption wallInterval(QStringLiteral("wall-interval"),
        QCoreApplication::translate("CommandLine", "Seconds each wall board stays (3–3600)."),
        QStringLiteral("seconds"));
    const QCommandLineOption report(QStringLiteral("report"),
        QCoreApplication::translate("CommandLine",
            "Write a briefing PDF without opening a window: 'overview' or a module id."),
        QStringLiteral("name"));
    const QCommandLineOption reportPeriod(QStringLiteral("period"),
        QCoreApplication::translate("CommandLine",
            "Briefing period: today, yesterday (default), week, month, quarter or year."),
        QStringLiteral("period"));
    const QCommandLineOption reportOut(QStringLiteral("out"),
        QCoreApplication::translate("CommandLine", "Briefing PDF file to write."),
        QStringLiteral("file"));
    parser.addOption(report);
    parser.addOption(reportPeriod);
    parser.addOption(reportOut);
    parser.addOption(wall);
    parser.addOption(screen);
    parser.addOption(wallBoards);
    parser.addOption(wallInterval);
    parser.addOption(dataDir);
    parser.addOption(language);
    parser.addOption(offline);
    parser.addOption(dataCenter);
    parser.addOption(tokenFile);
    parser.addOption(mapping);
    parser.addOption(syncOnce);
    parser.addOption(checkDataCenter);
    parser.addOption(allowMassDeletion);
    parser.addOption(exportSnapshot);
    parser.addOption(importSnapshot);
    parser.addOption(quitAfter);

    CommandLineOptions options;
    auto fail = [&](const QString &message) {
        options.action = CommandLineOptions::Action::Error;
        options.errorMessage = message + QLatin1Char('\n')
            + QCoreApplication::translate("CommandLine", "Run with --help to see the options.");
        return options;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        options.action = CommandLineOptions::Action::ShowHelp;
        options.helpText = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = CommandLineOptions::Action::ShowVersion;
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                        .arg(parser.positionalArguments().constFirst()));
    }
    if (parser.isSet(language)) {
        options.language = parser.value(language).trimmed().toLower();
        if (!supportedLanguages().contains(options.language)) {
            return fail(
                QCoreApplication::translate(
                    "CommandLine", "Unsupported language '%1'; use one of: %2.")
                    .arg(parser.value(language), supportedLanguages().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(dataDir)) {
        options.dataDir = parser.value(dataDir);
        if (options.dataDir.trimmed().isEmpty())
            return fail(QCoreApplication::translate("CommandLine", "--data-dir needs a path."));
    }
    options.offline = parser.isSet(offline);
    options.syncOnce = parser.isSet(syncOnce);
    options.checkDataCenter = parser.isSet(checkDataCenter);
    options.allowMassDeletion = parser.isSet(allowMassDeletion);
    options.tokenFile = parser.value(tokenFile);
    options.mappingFile = parser.value(mapping);
    if (parser.isSet(dataCenter)) {
        options.dataCenter = QUrl(parser.value(dataCenter), QUrl::StrictMode);
        const QString scheme = options.dataCenter.scheme();
        if (!options.dataCenter.isValid() || options.dataCenter.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            return fail(QCoreApplication::translate("CommandLine",
                "--data-center needs an http:// or https:// URL, "
                "not '%1'.")
                            .arg(parser.value(dataCenter)));
        }
    }
    options.report = parser.value(report).trimmed();
    options.reportPeriod = parser.value(reportPeriod).trimmed().toLower();
    options.reportOut = parser.value(reportOut);
    if (parser.isSet(report) && options.report.isEmpty())
        return fail(QCoreApplication::translate(
            "CommandLine", "--report needs 'overview' or a module id."));
    if (!options.report.isEmpty() && options.reportOut.trimmed().isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "--report needs --out FILE.pdf."));
    if (options.report.isEmpty() && (parser.isSet(reportPeriod) || parser.isSet(reportOut)))
        return fail(
            QCoreApplication::translate("CommandLine", "--period and --out need --report."));
    options.wall = parser.isSet(wall);
    if (!options.wall
        && (parser.isSet(screen) || parser.isSet(wallBoards) || parser.isSet(wallInterval)))
        return fail(QCoreApplication::translate(
            "CommandLine", "--screen, --wall-boards and --wall-interval need --wall."));
    if (parser.isSet(screen)) {
        options.wallScreens = parser.value(screen).trimmed().toLower();
        bool isNumber = false;
        const int number = options.wallScreens.toInt(&isNumber);
        if (options.wallScreens != QLatin1String("all") && (!isNumber || number < 0))
            return fail(QCoreApplication::translate(
                "CommandLine", "--screen needs a screen number (0, 1, …) or 'all', not '%1'.")
                            .arg(parser.value(screen)));
    }
    if (parser.isSet(wallBoards)) {
        for (const QString &board : parser.value(wallBoards).split(QLatin1Char(',')))
            if (!board.trimmed().isEmpty())
                options.wallBoards.append(board.trimmed());
        if (options.wallBoards.isEmpty())
            return fail(QCoreApplication::translate(
                "CommandLine", "--wall-boards needs at least one board."));
    }
    if (parser.isSet(wallInterval)) {
        bool ok = false;
        options.wallSecondsPerBoard = parser.value(wallInterval).toInt(&ok);
        if (!ok || options.wallSecondsPerBoard < 3 || options.wallSecondsPerBoard > 3600)
            return fail(QCoreApplication::translate(
                "CommandLine", "--wall-interval needs a number of seconds from 3 to 3600."));
    }
    if (options.wall && options.syncOnce)
        return fail(QCoreApplication::translate(
            "CommandLine", "--wall and --sync-once contradict each other."));
    if (options.offline && options.syncOnce)
        return fail(QCoreApplication::translate(
            "CommandLine", "--sync-once and --offline contradict each other."));
    if (options.offline && options.checkDataCenter)
        return fail(QCoreApplication::translate(
            "CommandLine", "--check-data-center and --offline contradict each other."));
    options.exportSnapshot = parser.value(exportSnapshot);
    options.importSnapshot = parser.value(importSnapshot);
    if ((parser.isSet(exportSnapshot) && options.exportSnapshot.trimmed().isEmpty())
        || (parser.isSet(importSnapshot) && options.importSnapshot.trimmed().isEmpty()))
        return fail(QCoreApplication::translate("CommandLine", "A snapshot option needs a file."));
    if (int(parser.isSet(exportSnapshot)) + int(parser.isSet(importSnapshot))
            + int(options.syncOnce) + int(options.checkDataCenter)
        > 1) {
        return fail(QCoreApplication::translate("CommandLine",
            "Use only one of --sync-once, --check-data-center, --export-snapshot and "
            "--import-snapshot."));
    }
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        options.quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || options.quitAfterMs < 0)
            return fail(QCoreApplication::translate(
                "CommandLine", "--quit-after needs a number of milliseconds, not '%1'.")
                            .arg(parser.value(quitAfter)));
    }
    return options;
}

} // namespace ioc::app
