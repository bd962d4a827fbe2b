#pragma once

#include <QObject>
#include <QRect>
#include <QStringList>
#include <functional>

class QAction;
class QComboBox;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace ioc::core {
class SqliteFile;
}

namespace ioc::app {

// The window's arrangements of docks, in one place: the last session's (QSettings), the
// named layouts of the operator store (core::LayoutStore, "perspectives" such as "Flood
// watch"), the default arrangement, and floating docks kept on a screen that is present.
// Everything stored is sealed (core/layoutseal.h): damaged bytes never reach
// QMainWindow::restoreState. It also owns the Layouts actions and the toolbar's chooser,
// so how a layout is chosen, saved, renamed or deleted is read here and nowhere else.
class LayoutManager : public QObject
{
    Q_OBJECT

public:
    // Bumped when the dock set changes incompatibly; an old saved state is then ignored.
    static constexpr int kLayoutVersion = 1;

    // docks: the module docks. arrangeDefault puts every dock in its default place for
    // the space there is now (DockManager::arrangeDefault): Reset layout is that, on the
    // screen the window is on, not the arrangement the window started with.
    LayoutManager(QMainWindow *window, const QList<QDockWidget *> &docks,
        const core::SqliteFile &operatorStore, std::function<void()> arrangeDefault);

    // The last session's arrangement and window geometry. restoreSession() returns false
    // when nothing usable was saved (and says so through notice() when it was damaged).
    void saveSession() const;
    bool restoreSession();
    // Every dock back in its default place for this screen, docked and shown; no named
    // layout current.
    void reset();

    QStringList names() const; // sorted
    bool save(const QString &name, QString *error = nullptr);
    // Only the docks: choosing a perspective never moves or resizes the window itself.
    bool apply(const QString &name);
    bool remove(const QString &name, QString *error = nullptr);
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    QString currentName() const { return m_current; }

    // The screens floating docks are fitted onto; tests replace them to simulate a
    // monitor that was unplugged. Empty: the real screens.
    void setScreensForTesting(const QList<QRect> &screens) { m_testScreens = screens; }

    // The Layouts actions (shortcuts on the window): choose (Ctrl+L), save as, rename,
    // delete, reset. The chooser is made once, for the toolbar.
    QList<QAction *> actions() const;
    QAction *saveAsAction() const { return m_saveAs; }
    QComboBox *createChooser(QWidget *parent);

signals:
    // For the status bar: a layout that could not be used, and why.
    void notice(const QString &text);
    // A saved arrangement (the last session's or a named one) is now in place.
    void restored();

private:
    void createActions();
    void setCurrent(const QString &name);
    void refreshChooser();
    void fitFloatingDocks();
    void askSaveAs();
    void askRename();
    void askDelete();

    QMainWindow *m_window;
    QList<QDockWidget *> m_docks;
    const core::SqliteFile &m_store;
    std::function<void()> m_arrangeDefault;
    QString m_current;
    QList<QRect> m_testScreens;
    QComboBox *m_chooser = nullptr;
    QAction *m_choose = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_reset = nullptr;
};

} // namespace ioc::app
