#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ioc::app {

// What the command line asked for, checked. Parsing is separate from acting on it so
// that every option can be tested without starting the application.
struct CommandLineOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    QString dataDir; // empty: the platform default (see defaultDataDir())
    QString language; // "vi", "en" or "ja"; empty: settings, else Vietnamese
    bool offline = false;
    QUrl dataCenter; // --data-center URL; empty: the configured one (settings)
    QString tokenFile; // --token-file: read the bearer token from this file
    QString mappingFile; // --mapping: collection-id mapping of a province's server
    bool syncOnce = false; // --sync-once: sync every collection once, headless, and exit
    bool checkDataCenter = false; // --check-data-center: survey the server for a deployer
    bool allowMassDeletion = false; // --allow-mass-deletion: lift the 20 % deletion hold
    QString exportSnapshot; // --export-snapshot FILE: write the mirror to FILE and exit
    QString importSnapshot; // --import-snapshot FILE: check FILE, make it the mirror, exit
    int quitAfterMs = -1; // --quit-after MS: quit by itself (smoke runs); -1: never
    bool wall = false; // --wall: the wall display instead of the workstation window
    QString wallScreens; // --screen: "all" or a screen number; empty: settings, else primary
    QStringList wallBoards; // --wall-boards: playlist; empty: settings, else every board
    int wallSecondsPerBoard = 0; // --wall-interval; 0: settings
    QString report; // --report overview|<module>: write a briefing PDF headless and exit
    QString reportPeriod; // --period today|yesterday|week|month|quarter|year (default yesterday)
    QString reportOut; // --out FILE.pdf
    QString errorMessage; // for Action::Error
    QString helpText; // for Action::ShowHelp
};

// Exit codes: 0 success, 1 runtime failure, 2 bad command line (as POSIX tools do).
constexpr int kExitBadUsage = 2;
constexpr int kExitFailure = 1;
// --sync-once: every enabled collection synced except some the server does not publish
// (a deployment's mapping problem, not an outage).
constexpr int kExitMissingAtSource = 3;

QStringList supportedLanguages();

CommandLineOptions parseCommandLine(const QStringList &arguments);

// <AppLocalDataLocation>, e.g. ~/.local/share/IOC/ioc-desktop on Linux.
QString defaultDataDir();

} // namespace ioc::app
