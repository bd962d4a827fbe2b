#include "windowactions.h"

#include "appsettings.h"
#include "layoutmanager.h"
#include "ui/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QStyle>
#include <QToolBar>

namespace ioc::app {

WindowActions::WindowActions(QMainWindow *window, bool offline)
    : QObject(window)
    , m_window(window)
{
    QStyle *style = window->style();
    syncNow = make(QStringLiteral("syncNow"), tr("&Sync now"), QKeySequence(Qt::Key_F5));
    syncNow->setIcon(QIcon::fromTheme(
        QStringLiteral("view-refresh"), style->standardIcon(QStyle::SP_BrowserReload)));
    syncNow->setEnabled(false); // until a configured sync is attached
    syncStatus = make(QStringLiteral("syncStatus"), tr("Sync status and data &issues…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    // Actions the data center refused wait for the operator's decision there.
    refusedActions = make(QStringLiteral("refusedActions"), tr("&Refused actions…"), {});
    workOffline = make(QStringLiteral("workOffline"), tr("Work &offline"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    workOffline->setCheckable(true);
    workOffline->setChecked(offline);
    workOffline->setIcon(style->standardIcon(QStyle::SP_DriveNetIcon));
    workOffline->setToolTip(
        tr("Pause syncing and work from the cache; actions wait in the outbox"));
    prepareOffline = make(QStringLiteral("prepareOffline"), tr("&Prepare for offline…"), {});
    saveMapArea = make(QStringLiteral("saveMapArea"), tr("Save map &area for offline use…"), {});
    settings = make(
        QStringLiteral("settings"), tr("S&ettings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    quit = make(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setShortcutContext(Qt::WindowShortcut);

    search = make(QStringLiteral("globalSearch"), tr("&Search everywhere…"),
        QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setIcon(QIcon::fromTheme(
        QStringLiteral("edit-find"), style->standardIcon(QStyle::SP_FileDialogContentsView)));
    filterDock = make(QStringLiteral("filterDock"), tr("&Filter records of the current dock"),
        QKeySequence(Qt::CTRL | Qt::Key_F));
    nextDock = make(QStringLiteral("nextDock"), tr("Ne&xt dock"), QKeySequence(Qt::Key_F6));
    previousDock = make(
        QStringLiteral("previousDock"), tr("&Previous dock"), QKeySequence(Qt::SHIFT | Qt::Key_F6));
    fullScreen = make(QStringLiteral("fullScreen"), tr("&Full screen"), QKeySequence(Qt::Key_F11));
    fullScreen->setCheckable(true);
    fullScreen->setShortcutContext(Qt::WindowShortcut);
    shortcutHelp
        = make(QStringLiteral("shortcutHelp"), tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1));
    about = make(QStringLiteral("about"), tr("&About IOC Desktop"), {});
    aboutQt = make(QStringLiteral("aboutQt"), tr("About &Qt"), {});
}

QAction *WindowActions::make(const QString &name, const QString &text, const QKeySequence &keys)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(name);
    if (!keys.isEmpty())
        action->setShortcut(keys);
    action->setShortcutContext(Qt::ApplicationShortcut);
    m_window->addAction(action);
    return action;
}

void WindowActions::build(const QList<QDockWidget *> &docks, LayoutManager *layouts)
{
    buildMenus(docks, layouts);
    buildToolBar(layouts);
}

void WindowActions::buildMenus(const QList<QDockWidget *> &docks, LayoutManager *layouts)
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addActions(
        { syncNow, syncStatus, refusedActions, workOffline, prepareOffline, saveMapArea });
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addActions({ search, filterDock });

    QMenu *view = bar->addMenu(tr("&View"));
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();

    QMenu *goTo = view->addMenu(tr("&Go to module"));
    for (int i = 0; i < docks.size(); ++i) {
        QAction *action = goTo->addAction(docks.at(i)->windowIcon(), docks.at(i)->windowTitle());
        action->setObjectName(QStringLiteral("activateModule%1").arg(i + 1));
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        // The shortcut must work wherever focus is, including inside a floating dock.
        action->setShortcutContext(Qt::ApplicationShortcut);
        connect(action, &QAction::triggered, this, [this, i] { emit moduleChosen(i); });
        m_window->addAction(action);
    }
    goTo->addSeparator();
    goTo->addActions({ nextDock, previousDock });

    QMenu *layoutMenu = view->addMenu(tr("&Layouts"));
    const QList<QAction *> layoutActions = layouts->actions();
    layoutMenu->addActions(layoutActions.mid(0, layoutActions.size() - 1));
    layoutMenu->addSeparator();
    layoutMenu->addAction(layoutActions.constLast()); // Reset layout

    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themes = new QActionGroup(theme);
    const ui::ThemeChoice currentTheme = ui::themeChoiceFromKey(
        QSettings().value(settingskeys::kTheme, QStringLiteral("system")).toString());
    const QList<QPair<ui::ThemeChoice, QString>> themes = {
        { ui::ThemeChoice::System, tr("Follow the &system") },
        { ui::ThemeChoice::Light, tr("&Light") },
        { ui::ThemeChoice::Dark, tr("&Dark (control room)") },
    };
    for (const auto &[choice, name] : themes) {
        QAction *action = theme->addAction(name);
        action->setObjectName(QStringLiteral("theme.") + ui::themeChoiceKey(choice));
        action->setCheckable(true);
        action->setChecked(choice == currentTheme);
        m_themes->addAction(action);
        connect(action, &QAction::triggered, this,
            [this, choice = choice] { emit themeChosen(choice); });
    }
    view->addAction(fullScreen);

    // Each language named in itself: whoever cannot read the current one finds their own.
    QMenu *language = view->addMenu(tr("La&nguage"));
    auto *languages = new QActionGroup(language);
    const QString current
        = QSettings().value(settingskeys::kLanguage, QStringLiteral("vi")).toString();
    const QList<QPair<QString, QString>> names = {
        { QStringLiteral("vi"), QStringLiteral("Tiếng Việt") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("ja"), QStringLiteral("日本語") },
    };
    for (const auto &[code, name] : names) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(settingskeys::kLanguage, code);
            emit languageChosen(code);
        });
    }

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(shortcutHelp);
    help->addSeparator();
    help->addActions({ about, aboutQt });
}

void WindowActions::buildToolBar(LayoutManager *layouts)
{
    QToolBar *toolbar = m_window->addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(syncNow);
    toolbar->addAction(workOffline);
    toolbar->addSeparator();
    toolbar->addAction(search);
    toolbar->addSeparator();
    auto *label = new QLabel(tr("Layout:"), toolbar);
    QComboBox *chooser = layouts->createChooser(toolbar);
    label->setBuddy(chooser);
    toolbar->addWidget(label);
    toolbar->addWidget(chooser);
    toolbar->addAction(layouts->saveAsAction());
}

void WindowActions::addFileActions(const QList<QAction *> &actions)
{
    m_fileMenu->insertActions(quit, actions);
    m_fileMenu->insertSeparator(quit);
}

void WindowActions::checkTheme(ui::ThemeChoice choice)
{
    for (QAction *action : m_themes->actions())
        action->setChecked(
            action->objectName() == QStringLiteral("theme.") + ui::themeChoiceKey(choice));
}

} // namespace ioc::app
