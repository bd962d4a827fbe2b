#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace ioc::core {
class LocalCache;
class ModuleRegistry;
struct SnapshotManifest;
} // namespace ioc::core

namespace ioc::app {

// Each module's latest cache migration, so that a snapshot with newer module tables is
// refused before it replaces anything.
QHash<QString, int> knownModuleVersions(const core::ModuleRegistry &modules);

// A snapshot chosen in the running application waits here (copied, so the USB stick may
// be pulled) until the next start, when no connection holds the mirror open.
QString pendingSnapshotPath(const QString &dataDir);

// Before the cache opens: imports a pending snapshot, if any. Returns a sentence for the
// status bar (empty: nothing was pending). The pending copy is removed either way.
QString applyPendingSnapshot(const QString &dataDir, const QHash<QString, int> &moduleVersions);

// File → Export snapshot… and File → Import snapshot…: the mirror to one file a colleague
// can import on a laptop without network. Export runs on a worker thread (VACUUM INTO on
// its own connection); import checks the file at once, then restarts into it.
class SnapshotActions : public QObject
{
    Q_OBJECT

public:
    SnapshotActions(core::LocalCache &cache, QHash<QString, int> moduleVersions, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

signals:
    // Import staged: the window should close so the application can start again.
    void restartRequested();

private:
    void exportSnapshot();
    void importSnapshot();
    void askToRestart(const QString &path, const core::SnapshotManifest &manifest);

    core::LocalCache &m_cache;
    QHash<QString, int> m_moduleVersions;
    QWidget *m_window;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
};

} // namespace ioc::app
