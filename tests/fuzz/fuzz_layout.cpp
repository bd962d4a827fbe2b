// Fuzz target: a saved dock layout restored at start or from View → Layouts. The bytes
// are what the operator store's `layouts` table holds (sealed QMainWindow::saveState/
// saveGeometry output, core/layoutseal.h), damaged in any way; a damaged store or a
// settings file copied from another version must not take the window down. Path: the
// bytes stored as found, LayoutStore::load (the seal), restoreGeometry, restoreState (as
// MainWindow, layout version 1) and
// bringFloatingDocksOnScreen (app/screenfit.h) on a window shaped like MainWindow: its
// object names, seven docks with our DockTitleBar, the toolbar, the default tab groups.
//
// Input: byte 0 picks the screens, bytes 1–2 (little endian) the length of the geometry,
// then the stored geometry, then the stored state.
// IOC_FUZZ_LAYOUT_SEEDS=<dir> writes the seed corpus (real saveState/saveGeometry output, sealed).

#include "core/layoutseal.h"
#include "core/layoutstore.h"
#include "core/localcache.h"
#include "core/sqlitefile.h"
#include "fuzztargets.h"
#include "screenfit.h"
#include "ui/docktitlebar.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMainWindow>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QToolBar>

namespace ioc::fuzz {
namespace {

constexpr int kLayoutVersion = 1; // app::LayoutManager::kLayoutVersion

class Window
{
public:
    Window()
    {
        window.setObjectName(QStringLiteral("MainWindow"));
        window.setCentralWidget(new QWidget(&window));
        window.addToolBar(QStringLiteral("Main"))->setObjectName(QStringLiteral("mainToolbar"));
        const QStringList ids = { QStringLiteral("socioeconomic"), QStringLiteral("publicservices"),
            QStringLiteral("documents"), QStringLiteral("health"), QStringLiteral("education"),
            QStringLiteral("tourism"), QStringLiteral("cameras") };
        for (int i = 0; i < ids.size(); ++i) {
            auto *dock = new QDockWidget(ids.at(i), &window);
            dock->setObjectName(QStringLiteral("dock.") + ids.at(i));
            dock->setTitleBarWidget(new ui::DockTitleBar(dock, ids.at(i), QColor(0x2a6f97)));
            dock->setWidget(new QWidget(dock));
            const bool left = i < 4; // as MainWindow: governance left, places right
            QDockWidget *&anchor = left ? leftAnchor : rightAnchor;
            if (!anchor) {
                window.addDockWidget(left ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, dock);
                anchor = dock;
            } else {
                window.tabifyDockWidget(anchor, dock);
            }
            docks.append(dock);
        }
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        defaultState = window.saveState(kLayoutVersion);
        defaultGeometry = window.saveGeometry();
    }

    QMainWindow window;
    QList<QDockWidget *> docks;
    QDockWidget *leftAnchor = nullptr;
    QDockWidget *rightAnchor = nullptr;
    QByteArray defaultState;
    QByteArray defaultGeometry;
};

struct OperatorStore
{
    QTemporaryDir dir { QFile::exists(QStringLiteral("/dev/shm"))
            ? QStringLiteral("/dev/shm/ioc-fuzz-layout-XXXXXX")
            : QString() };
    core::LocalCache cache { dir.path() };
    bool ok = !cache.open();
};

QList<QRect> screensFor(quint8 choice)
{
    switch (choice % 4) {
    case 0:
        return { QRect(0, 0, 1920, 1080) };
    case 1:
        return { QRect(0, 0, 1920, 1080), QRect(1920, 0, 2560, 1440) };
    case 2:
        return { QRect(0, 0, 1366, 768) }; // a laptop after the control room's wall
    default:
        return {}; // no screen known: fitOntoScreens must cope
    }
}

// A seed as the operator store holds it: geometry and state sealed (core/layoutseal.h).
QByteArray encode(quint8 screens, const QByteArray &geometry, const QByteArray &state)
{
    const QByteArray storedGeometry = core::sealLayoutBytes(geometry);
    QByteArray out;
    out.append(char(screens));
    out.append(char(storedGeometry.size() & 0xff));
    out.append(char((storedGeometry.size() >> 8) & 0xff));
    return out + storedGeometry + core::sealLayoutBytes(state);
}

// The input's bytes put straight into the `layouts` table, as a damaged file would hold
// them (LayoutStore::save would seal them).
bool storeAsFound(const core::SqliteFile &file, const QByteArray &geometry, const QByteArray &state)
{
    QSqlQuery query(file.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO layouts (name, state, geometry, saved_at) "
                                 "VALUES (?, ?, ?, '2026-12-07T08:00:00.000Z')"));
    query.addBindValue(QStringLiteral("Ca đêm"));
    query.addBindValue(state);
    query.addBindValue(geometry);
    return query.exec();
}

void writeSeeds(Window &w, const QString &dir)
{
    QDir().mkpath(dir);
    auto write = [&](const QString &name, quint8 screens) {
        QFile file(dir + QLatin1Char('/') + name);
        if (file.open(QIODevice::WriteOnly))
            file.write(
                encode(screens, w.window.saveGeometry(), w.window.saveState(kLayoutVersion)));
    };
    write(QStringLiteral("default"), 0);
    // Two docks floating, one of them on a second monitor that may be gone.
    w.docks.at(3)->setFloating(true);
    w.docks.at(3)->setGeometry(200, 150, 640, 480);
    w.docks.at(6)->setFloating(true);
    w.docks.at(6)->setGeometry(2400, 300, 800, 600);
    QApplication::processEvents();
    write(QStringLiteral("floating-second-monitor"), 1);
    // Docks spread over three areas, one hidden, the toolbar moved.
    w.window.restoreState(w.defaultState, kLayoutVersion);
    w.window.addDockWidget(Qt::BottomDockWidgetArea, w.docks.at(2));
    w.window.splitDockWidget(w.docks.at(0), w.docks.at(1), Qt::Vertical);
    w.docks.at(5)->hide();
    w.window.addToolBar(Qt::LeftToolBarArea, w.window.findChild<QToolBar *>());
    w.window.resize(1000, 700);
    QApplication::processEvents();
    write(QStringLiteral("three-areas"), 2);
    w.window.restoreState(w.defaultState, kLayoutVersion);
    w.window.restoreGeometry(w.defaultGeometry);
    // A layout saved by a version with another layout number, which must be refused.
    QFile old(dir + QStringLiteral("/old-version"));
    if (old.open(QIODevice::WriteOnly))
        old.write(encode(3, w.defaultGeometry, w.window.saveState(0)));
}

} // namespace

Outcome fuzzLayout(const uint8_t *data, size_t size)
{
    // Never destroyed, like the application: widgets torn down by exit() after Qt's
    // thread data is gone crash in QThreadStorage (seen at the first run).
    static Window &w = *new Window;
    static OperatorStore &store = *new OperatorStore;
    static const bool seeded = [] {
        const QString dir = qEnvironmentVariable("IOC_FUZZ_LAYOUT_SEEDS");
        if (!dir.isEmpty())
            writeSeeds(w, dir);
        return true;
    }();
    Q_UNUSED(seeded);
    if (!store.ok)
        return { false, QStringLiteral("the operator store could not be created") };

    const QByteArray input = bytes(data, size);
    const quint8 screens = input.isEmpty() ? 0 : quint8(input.at(0));
    const int geometrySize
        = input.size() < 3 ? 0 : (quint8(input.at(1)) | (quint8(input.at(2)) << 8));
    if (!storeAsFound(
            store.cache.operatorStore(), input.mid(3, geometrySize), input.mid(3 + geometrySize)))
        return { false, QStringLiteral("the layout could not be stored") };
    const auto loaded
        = core::LayoutStore(store.cache.operatorStore()).load(QStringLiteral("Ca đêm"));
    if (!loaded)
        return { false, QStringLiteral("a saved layout could not be read back") };
    if (loaded->damaged) // MainWindow::applyNamedLayout refuses it the same way
        return { false, QStringLiteral("the layout is damaged") };

    // From the default arrangement each time, as after a start.
    w.window.restoreState(w.defaultState, kLayoutVersion);
    Outcome outcome;
    if (!loaded->geometry.isEmpty())
        w.window.restoreGeometry(loaded->geometry);
    outcome.accepted
        = !loaded->state.isEmpty() && w.window.restoreState(loaded->state, kLayoutVersion);
    if (outcome.accepted)
        app::bringFloatingDocksOnScreen(&w.window, screensFor(screens));
    else
        outcome.error = QStringLiteral("the layout cannot be used");
    QApplication::processEvents();
    return outcome;
}

} // namespace ioc::fuzz

IOC_FUZZ_ENTRY_POINT(QApplication, ioc::fuzz::fuzzLayout)
