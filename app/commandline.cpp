#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

namespace ioc::app {

QStringList supportedLanguages()
{
    return {QStringLiteral("vi"), QStringLiteral("en"), QStringLiteral("ja")};
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
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine", "Keep the local cache in <path> (default: %1).")
            .arg(defaultDataDir()),
        QStringLiteral("path"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("CommandLine", "User interface language: vi (default), en or ja."),
        QStringLiteral("code"));
    const QCommandLineOption offline(
        QStringLiteral("offline"),
        QCoreApplication::translate("CommandLine", "Never touch the network; work from the cache."));
    parser.addOption(dataDir);
    parser.addOption(language);
    parser.addOption(offline);

    CommandLineOptions options;
    auto fail = [&](const QString &message) {
        options.action = CommandLineOptions::Action::Error;
        options.errorMessage = message + QLatin1Char('\n')
                               + QCoreApplication::translate("CommandLine",
                                                             "Run with --help to see the options.");
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
            return fail(QCoreApplication::translate("CommandLine",
                                                    "Unsupported language '%1'; use one of: %2.")
                            .arg(parser.value(language), supportedLanguages().join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(dataDir)) {
        options.dataDir = parser.value(dataDir);
        if (options.dataDir.trimmed().isEmpty())
            return fail(QCoreApplication::translate("CommandLine", "--data-dir needs a path."));
    }
    options.offline = parser.isSet(offline);
    return options;
}

} // namespace ioc::app
