#include "wall/wallconfig.h"

#include "commandline.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>

namespace ioc::app {

namespace {
const QString kOverview = QStringLiteral("overview");

int clamped(int value, int low, int high, const QString &key, QStringList *warnings)
{
    if (value >= low && value <= high)
        return value;
    if (warnings)
        warnings->append(WallConfig::tr("wall/%1 must be between %2 and %3; using %4.")
                             .arg(key)
                             .arg(low)
                             .arg(high)
                             .arg(qBound(low, value, high)));
    return qBound(low, value, high);
}
} // namespace

WallConfig WallConfig::defaults(const QStringList &moduleIds)
{
    WallConfig config;
    config.boards = QStringList { kOverview } + moduleIds;
    return config;
}

WallConfig WallConfig::fromSettings(
    QSettings &settings, const QStringList &moduleIds, QStringList *warnings)
{
    WallConfig config = defaults(moduleIds);
    settings.beginGroup(QStringLiteral("wall"));
    if (settings.contains(QStringLiteral("boards")))
        config.boards = settings.value(QStringLiteral("boards")).toStringList();
    config.secondsPerBoard
        = clamped(settings.value(QStringLiteral("secondsPerBoard"), config.secondsPerBoard).toInt(),
            3, 3600, QStringLiteral("secondsPerBoard"), warnings);
    config.alertHoldSeconds = clamped(
        settings.value(QStringLiteral("alertHoldSeconds"), config.alertHoldSeconds).toInt(), 5,
        86400, QStringLiteral("alertHoldSeconds"), warnings);
    config.cursorHideSeconds = clamped(
        settings.value(QStringLiteral("cursorHideSeconds"), config.cursorHideSeconds).toInt(), 1,
        600, QStringLiteral("cursorHideSeconds"), warnings);
    config.screens = settings.value(QStringLiteral("screens")).toString().trimmed().toLower();
    settings.endGroup();
    config.dropUnknownBoards(moduleIds, warnings);
    return config;
}

void WallConfig::applyCommandLine(const CommandLineOptions &options)
{
    if (!options.wallBoards.isEmpty())
        boards = options.wallBoards;
    if (options.wallSecondsPerBoard > 0)
        secondsPerBoard = options.wallSecondsPerBoard;
    if (!options.wallScreens.isEmpty())
        screens = options.wallScreens;
}

void WallConfig::dropUnknownBoards(const QStringList &moduleIds, QStringList *warnings)
{
    QStringList kept;
    for (const QString &board : std::as_const(boards)) {
        if (board == kOverview || moduleIds.contains(board))
            kept.append(board);
        else if (warnings)
            warnings->append(tr("Wall board '%1' is not a module; left out.").arg(board));
    }
    boards = kept.isEmpty() ? QStringList { kOverview } : kept;
}

QList<QScreen *> WallConfig::chooseScreens(QStringList *warnings) const
{
    const QList<QScreen *> available = QGuiApplication::screens();
    if (screens == QLatin1String("all"))
        return available;
    bool isNumber = false;
    const int index = screens.toInt(&isNumber);
    if (isNumber && index >= 0 && index < available.size())
        return { available.at(index) };
    if (!screens.isEmpty() && warnings)
        warnings->append(tr("Screen '%1' does not exist (this machine has %2); using the "
                            "primary screen.")
                             .arg(screens)
                             .arg(available.size()));
    return { QGuiApplication::primaryScreen() };
}

} // namespace ioc::app
