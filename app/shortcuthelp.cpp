#include "shortcuthelp.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ioc::app {

QList<QAction *> actionsWithShortcuts(QWidget *window)
{
    QList<QAction *> result;
    auto consider = [&result](QAction *action) {
        if (!action || action->isSeparator() || action->shortcuts().isEmpty()
            || result.contains(action))
            return;
        result.append(action);
    };
    // Menus first, so the list follows the order an operator knows from the menu bar.
    const auto menus = window->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        for (QAction *action : menu->actions())
            consider(action);
    }
    for (QAction *action : window->actions())
        consider(action);
    const auto all = window->findChildren<QAction *>();
    for (QAction *action : all)
        consider(action);
    return result;
}

QString plainActionText(const QAction *action)
{
    QString text = action->text();
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

QStringList shortcutConflicts(const QList<QAction *> &actions)
{
    QHash<QString, QStringList> byKeys;
    QStringList order;
    for (const QAction *action : actions) {
        for (const QKeySequence &keys : action->shortcuts()) {
            const QString portable = keys.toString(QKeySequence::PortableText);
            if (!byKeys.contains(portable))
                order.append(portable);
            byKeys[portable].append(plainActionText(action));
        }
    }
    QStringList conflicts;
    for (const QString &keys : std::as_const(order)) {
        const QStringList &names = byKeys.value(keys);
        if (names.size() > 1)
            conflicts.append(QStringLiteral("%1: %2").arg(keys, names.join(QStringLiteral(" / "))));
    }
    return conflicts;
}

ShortcutHelpDialog::ShortcutHelpDialog(QWidget *window)
    : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutHelp"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<QAction *> actions = actionsWithShortcuts(window);

    m_table = new QTableWidget(int(actions.size()), 2, this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({ tr("Keys"), tr("Action") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < actions.size(); ++row) {
        QStringList keys;
        for (const QKeySequence &sequence : actions.at(row)->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        auto *keyItem = new QTableWidgetItem(keys.join(QStringLiteral(", ")));
        QFont bold = keyItem->font();
        bold.setBold(true);
        keyItem->setFont(bold);
        m_table->setItem(row, 0, keyItem);
        auto *textItem
            = new QTableWidgetItem(actions.at(row)->icon(), plainActionText(actions.at(row)));
        m_table->setItem(row, 1, textItem);
    }
    m_table->resizeColumnToContents(0);

    auto *hint = new QLabel(tr("Tab and Shift+Tab move between the controls of a dock; "
                               "arrow keys move inside tables and maps."),
        this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(560, 600);
}

} // namespace ioc::app
