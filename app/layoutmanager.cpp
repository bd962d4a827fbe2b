#include "layoutmanager.h"

#include "appsettings.h"
#include "core/layoutseal.h"
#include "core/layoutstore.h"
#include "screenfit.h"

#include <QAction>
#include <QComboBox>
#include <QDebug>
#include <QDockWidget>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>

namespace ioc::app {

namespace {

const QString kGeometryKey = QStringLiteral("mainwindow/geometry");
const QString kStateKey = QStringLiteral("mainwindow/state");
// Written with the first sealed session; from then on unsealed bytes are damage.
const QString kSealedKey = QStringLiteral("mainwindow/sealed");

} // namespace

LayoutManager::LayoutManager(QMainWindow *window, const QList<QDockWidget *> &docks,
    const core::SqliteFile &operatorStore, std::function<void()> arrangeDefault)
    : QObject(window)
    , m_window(window)
    , m_docks(docks)
    , m_store(operatorStore)
    , m_arrangeDefault(std::move(arrangeDefault))
    , m_current(QSettings().value(settingskeys::kCurrentLayout).toString())
{
    createActions();
}

void LayoutManager::createActions()
{
    const auto make
        = [this](const QString &objectName, const QString &text, const QKeySequence &keys) {
              auto *action = new QAction(text, m_window);
              action->setObjectName(objectName);
              action->setShortcut(keys);
              action->setShortcutContext(Qt::ApplicationShortcut);
              m_window->addAction(action);
              return action;
          };
    m_choose = make(
        QStringLiteral("chooseLayout"), tr("Choose &layout"), QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_choose, &QAction::triggered, this, [this] {
        if (!m_chooser)
            return;
        m_chooser->setFocus(Qt::ShortcutFocusReason);
        m_chooser->showPopup();
    });
    m_saveAs = make(QStringLiteral("saveLayoutAs"), tr("&Save layout as…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAs, &QAction::triggered, this, &LayoutManager::askSaveAs);
    m_rename = make(QStringLiteral("renameLayout"), tr("Re&name layout…"), {});
    connect(m_rename, &QAction::triggered, this, &LayoutManager::askRename);
    m_delete = make(QStringLiteral("deleteLayout"), tr("&Delete layout"), {});
    connect(m_delete, &QAction::triggered, this, &LayoutManager::askDelete);
    m_reset = make(QStringLiteral("resetLayout"), tr("&Reset layout"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_reset, &QAction::triggered, this, &LayoutManager::reset);
}

QList<QAction *> LayoutManager::actions() const
{
    return { m_choose, m_saveAs, m_rename, m_delete, m_reset };
}

QComboBox *LayoutManager::createChooser(QWidget *parent)
{
    m_chooser = new QComboBox(parent);
    m_chooser->setObjectName(QStringLiteral("layoutChooser"));
    m_chooser->setAccessibleName(tr("Saved layouts"));
    m_chooser->setToolTip(tr("Switch to a saved arrangement of docks (Ctrl+L)"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chooser->setMinimumContentsLength(14);
    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        const QString name = m_chooser->itemData(index).toString();
        if (!name.isEmpty())
            apply(name);
    });
    refreshChooser();
    return m_chooser;
}

void LayoutManager::saveSession() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, core::sealLayoutBytes(m_window->saveGeometry()));
    settings.setValue(kStateKey, core::sealLayoutBytes(m_window->saveState(kLayoutVersion)));
    settings.setValue(kSealedKey, true);
}

bool LayoutManager::restoreSession()
{
    QSettings settings;
    // What a version before the seal wrote is used once, and sealed when the window closes.
    const bool legacy = !settings.value(kSealedKey).toBool();
    bool damaged = false;
    const auto unseal = [&](const QString &key) {
        const QByteArray stored = settings.value(key).toByteArray();
        if (stored.isEmpty())
            return QByteArray();
        if (legacy && !core::looksSealed(stored))
            return stored;
        const std::optional<QByteArray> bytes = core::unsealLayoutBytes(stored);
        damaged = damaged || !bytes;
        return bytes.value_or(QByteArray());
    };
    const QByteArray geometry = unseal(kGeometryKey);
    const QByteArray state = unseal(kStateKey);
    if (damaged) {
        qWarning() << "the saved window layout in" << settings.fileName()
                   << "is damaged: the default layout is used";
        emit notice(tr("The saved window layout was damaged; the default layout is used."));
        return false;
    }
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry); // Qt keeps the main window on a present screen
    const bool restored = !state.isEmpty() && m_window->restoreState(state, kLayoutVersion);
    if (restored) {
        fitFloatingDocks();
        emit this->restored();
    }
    return restored;
}

void LayoutManager::reset()
{
    m_arrangeDefault();
    setCurrent(QString());
}

QStringList LayoutManager::names() const
{
    return core::LayoutStore(m_store).names();
}

bool LayoutManager::save(const QString &name, QString *error)
{
    if (name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A layout needs a name.");
        return false;
    }
    core::SavedLayout layout;
    layout.name = name.trimmed();
    layout.state = m_window->saveState(kLayoutVersion);
    layout.geometry = m_window->saveGeometry();
    if (const core::CacheError failed = core::LayoutStore(m_store).save(layout)) {
        if (error)
            *error = tr("The layout could not be saved: %1").arg(failed.message);
        return false;
    }
    setCurrent(layout.name);
    return true;
}

bool LayoutManager::apply(const QString &name)
{
    const auto layout = core::LayoutStore(m_store).load(name);
    if (!layout)
        return false;
    if (layout->damaged) {
        emit notice(tr("The layout \"%1\" is damaged and cannot be used.").arg(name));
        return false;
    }
    // The docks only: the window may be on the operator's other monitor by now.
    if (!m_window->restoreState(layout->state, kLayoutVersion)) {
        emit notice(
            tr("The layout \"%1\" was saved by an older version and cannot be used.").arg(name));
        return false;
    }
    fitFloatingDocks();
    setCurrent(name);
    emit restored();
    return true;
}

bool LayoutManager::remove(const QString &name, QString *error)
{
    if (const core::CacheError failed = core::LayoutStore(m_store).remove(name)) {
        if (error)
            *error = failed.message;
        return false;
    }
    setCurrent(m_current == name ? QString() : m_current);
    return true;
}

bool LayoutManager::rename(const QString &from, const QString &to, QString *error)
{
    const QString target = to.trimmed();
    if (target.isEmpty()) {
        if (error)
            *error = tr("A layout needs a name.");
        return false;
    }
    if (target != from && names().contains(target)) {
        if (error)
            *error = tr("A layout named \"%1\" already exists.").arg(target);
        return false;
    }
    if (const core::CacheError failed = core::LayoutStore(m_store).rename(from, target)) {
        if (error)
            *error = failed.message;
        return false;
    }
    setCurrent(m_current == from ? target : m_current);
    return true;
}

void LayoutManager::setCurrent(const QString &name)
{
    m_current = name;
    QSettings settings;
    if (name.isEmpty())
        settings.remove(settingskeys::kCurrentLayout);
    else
        settings.setValue(settingskeys::kCurrentLayout, name);
    refreshChooser();
}

void LayoutManager::refreshChooser()
{
    const QStringList all = names();
    if (!all.contains(m_current))
        m_current.clear();
    m_rename->setEnabled(!m_current.isEmpty());
    m_delete->setEnabled(!m_current.isEmpty());
    if (!m_chooser)
        return;
    const QSignalBlocker block(m_chooser);
    m_chooser->clear();
    m_chooser->setPlaceholderText(all.isEmpty() ? tr("No saved layouts") : tr("Choose a layout"));
    for (const QString &name : all)
        m_chooser->addItem(name, name);
    m_chooser->setCurrentIndex(m_chooser->findData(m_current));
}

void LayoutManager::fitFloatingDocks()
{
    bringFloatingDocksOnScreen(
        m_window, m_testScreens.isEmpty() ? availableScreenGeometries() : m_testScreens);
}

void LayoutManager::askSaveAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save layout"),
        tr("Name of this arrangement of docks (e.g. \"Flood watch\"):"), QLineEdit::Normal,
        m_current, &ok);
    if (!ok)
        return;
    if (names().contains(name.trimmed()) && name.trimmed() != m_current
        && QMessageBox::question(m_window, tr("Save layout"),
               tr("A layout named \"%1\" exists. Replace it?").arg(name.trimmed()))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!save(name, &error))
        QMessageBox::warning(m_window, tr("Save layout"), error);
}

void LayoutManager::askRename()
{
    if (m_current.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Rename layout"), tr("New name:"), QLineEdit::Normal, m_current, &ok);
    QString error;
    if (ok && !rename(m_current, name, &error))
        QMessageBox::warning(m_window, tr("Rename layout"), error);
}

void LayoutManager::askDelete()
{
    if (m_current.isEmpty())
        return;
    if (QMessageBox::question(m_window, tr("Delete layout"),
            tr("Delete the layout \"%1\"? The docks stay as they are.").arg(m_current))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!remove(m_current, &error))
        QMessageBox::warning(m_window, tr("Delete layout"), error);
}

} // namespace ioc::app
