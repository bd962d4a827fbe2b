#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QAction;
class QTableWidget;

namespace ioc::app {

// Every action reachable from the window (its own, its menus', its docks') that has a
// key sequence, each once, in menu order.
QList<QAction *> actionsWithShortcuts(QWidget *window);

// "Ctrl+K: Search everywhere / Open layout" for every key sequence bound to more than one
// action (Qt would then trigger neither: "Ambiguous shortcut"). Empty when all is well.
QStringList shortcutConflicts(const QList<QAction *> &actions);

// The menu text without mnemonics and trailing ellipsis, as a list shows it.
QString plainActionText(const QAction *action);

// F1: the keyboard shortcuts, generated from the actions themselves so it can never
// disagree with what the keys do.
class ShortcutHelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutHelpDialog(QWidget *window);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace ioc::app
