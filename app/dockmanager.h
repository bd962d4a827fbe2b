#pragma once

#include "map/mapstyle.h"
#include "ui/recordref.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSize>
#include <QString>

class QDockWidget;
class QMainWindow;

namespace ioc::core {
class Module;
class ModuleRegistry;
class SqliteFile;
} // namespace ioc::core
namespace ioc::map {
class MapWidget;
}
namespace ioc::sync {
struct SyncReport;
struct SyncStatus;
} // namespace ioc::sync
namespace ioc::ui {
class ModuleDock;
struct ModuleContext;
} // namespace ioc::ui

namespace ioc::app {

// The module docks of the main window, one per module with a user interface: created
// from the registry, arranged in the default layout, and reached with their types (the
// module, the QDockWidget frame, the ModuleDock inside) — never looked up by object name.
// What concerns every dock at once lives here too: focus (Ctrl+1…, F6), revealing a record
// (search hits, alerts), the maps, freshness and refresh after a sync.
class DockManager : public QObject
{
    Q_OBJECT

public:
    struct Dock
    {
        const core::Module *module = nullptr;
        QDockWidget *frame = nullptr;
        ui::ModuleDock *content = nullptr;
    };

    DockManager(
        QMainWindow *window, const core::ModuleRegistry &modules, const ui::ModuleContext &context);

    const QList<Dock> &docks() const { return m_docks; }
    QList<QDockWidget *> frames() const;
    // nullptr for a module without a dock.
    const Dock *dock(const QString &moduleId) const;

    // The default arrangement for `available` (the screen's or the window's size):
    // one tab group on a laptop, two or three columns on wider screens, the control-room
    // alerts as a tab or along the bottom (defaultarrangement.h).
    void arrangeDefault(const QSize &available);
    // The control-room Alerts dock, arranged with the modules' from now on.
    void setAlertsDock(QDockWidget *dock) { m_alertsDock = dock; }
    // Along the bottom, the alerts take a fixed share of the window's height. Qt sizes dock
    // areas before the window reaches its final size (maximised after start) and gives the
    // growth to the bottom area, so the window calls this as it is resized, until a saved
    // arrangement is restored or the operator has had the window for a while.
    void keepAlertsShare(int windowHeight);
    void stopKeepingAlertsShare() { m_keepAlertsShare = false; }

protected:
    // The window's Show and Resize, for keepAlertsShare().
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
    // Raises a dock and focuses its filter box, else its first control (Ctrl+1 … Ctrl+7).
    void activate(int index);
    // F6 / Shift+F6: the next (previous) visible dock.
    void focusNext(int step);
    // The dock the operator works in: the one holding the focus, else the first on screen.
    const Dock *current() const;

    // A search hit or an alert: raises its module's dock, which selects the record and
    // centres its map; a place of no module moves every map on screen.
    void reveal(const ui::RecordRef &record);

    QList<map::MapWidget *> maps() const;
    // current()'s map, else the first dock's.
    map::MapWidget *activeMap() const;
    // Every map: the theme's style; the settings' MBTiles file, home area and tile server.
    // setMapSources returns the first error (the maps then show the built-in basemap).
    void setMapStyle(map::MapStyle::Kind kind);
    QString setMapSources(const QString &mbtiles, const QRectF &home, const QString &tileUrl);

    // Module id → translated title, and → its dock.
    QHash<QString, QString> moduleTitles() const;
    QHash<QString, QDockWidget *> framesByModule() const;

    // Each dock's "data as of": the oldest last success among its collections, amber or
    // red against their sync interval.
    void showFreshness(const sync::SyncStatus &status);
    // Before sync reports (and when offline): the age of what the cache holds, read on the
    // thread pool. Dropped when `stillWanted` says sync has reported in the meantime.
    void showDataAgeFromCache(const core::SqliteFile &mirror, std::function<bool()> stillWanted);
    // A collection changed: its module's dock recomputes (every dock for the
    // administrative units, which every dock's figures are rolled up through).
    void refreshAfter(const sync::SyncReport &report);

private:
    QMainWindow *m_window;
    QDockWidget *m_alertsDock = nullptr;
    bool m_keepAlertsShare = false;
    QList<Dock> m_docks;
};

} // namespace ioc::app
