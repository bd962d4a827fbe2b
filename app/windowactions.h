#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QDockWidget;
class QKeySequence;
class QMainWindow;
class QMenu;

namespace ioc::ui {
enum class ThemeChoice;
}

namespace ioc::app {

class LayoutManager;

// The main window's commands: every action with its text, key and icon, and where it
// sits in the menu bar and the toolbar. What an action does is connected by MainWindow;
// this class only makes and places them, so the window's command list reads in one place.
// Every frequent action has a key; F1 lists them (generated from the window's actions)
// and a test checks that no two share one. ApplicationShortcut: they also work from
// floating docks on another monitor.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    // Makes the actions (children of `window`, which also gets them so their keys work).
    WindowActions(QMainWindow *window, bool offline);

    // The menu bar (File, Edit, View with one entry per dock, Layouts, Theme, Language,
    // Help) and the toolbar (sync, offline, search, layout chooser).
    void build(const QList<QDockWidget *> &docks, LayoutManager *layouts);
    // Adds actions to the File menu, in a group of their own just above Quit.
    void addFileActions(const QList<QAction *> &actions);
    // Shows `choice` as the checked theme.
    void checkTheme(ui::ThemeChoice choice);

    QAction *syncNow = nullptr;
    QAction *syncStatus = nullptr;
    QAction *refusedActions = nullptr;
    QAction *workOffline = nullptr;
    QAction *prepareOffline = nullptr;
    QAction *saveMapArea = nullptr;
    QAction *settings = nullptr;
    QAction *quit = nullptr;
    QAction *search = nullptr;
    QAction *filterDock = nullptr;
    QAction *nextDock = nullptr;
    QAction *previousDock = nullptr;
    QAction *fullScreen = nullptr;
    QAction *shortcutHelp = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

signals:
    // Ctrl+1 … Ctrl+9 and View → Go to module: the index into the docks given to build().
    void moduleChosen(int index);
    void themeChosen(ui::ThemeChoice choice);
    void languageChosen(const QString &language);

private:
    QAction *make(const QString &name, const QString &text, const QKeySequence &keys);
    void buildMenus(const QList<QDockWidget *> &docks, LayoutManager *layouts);
    void buildToolBar(LayoutManager *layouts);

    QMainWindow *m_window;
    QMenu *m_fileMenu = nullptr;
    QActionGroup *m_themes = nullptr;
};

} // namespace ioc::app
