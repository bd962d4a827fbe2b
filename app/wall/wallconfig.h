#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QScreen;
class QSettings;

namespace ioc::app {

struct CommandLineOptions;

// How a wall is set up: an administrator writes it once into the settings (group "wall",
// system-wide in /etc/xdg or per user), and the command line can override it for a run.
struct WallConfig
{
    Q_DECLARE_TR_FUNCTIONS(ioc::app::WallConfig)

public:
    QStringList boards; // "overview" and module ids, in playlist order
    int secondsPerBoard = 20;
    int alertHoldSeconds = 300; // a critical alert nobody acknowledges leaves after this
    QString screens; // "all", a screen number, or empty for the primary screen
    int cursorHideSeconds = 3;

    // Defaults: the overview, then every module.
    static WallConfig defaults(const QStringList &moduleIds);
    // Reads group "wall"; values out of range are clamped and reported in *warnings.
    static WallConfig fromSettings(
        QSettings &settings, const QStringList &moduleIds, QStringList *warnings);
    void applyCommandLine(const CommandLineOptions &options);
    // Boards that name no module are dropped (reported in *warnings), never shown blank.
    void dropUnknownBoards(const QStringList &moduleIds, QStringList *warnings);

    // The screens the configuration names, among those the machine has. An index beyond
    // them falls back to the primary screen with a warning.
    QList<QScreen *> chooseScreens(QStringList *warnings) const;
};

} // namespace ioc::app
