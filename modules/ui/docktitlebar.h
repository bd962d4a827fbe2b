#pragma once

#include <QColor>
#include <QWidget>

class QDockWidget;
class QLabel;
class QToolButton;

namespace ioc::ui {

// A module dock's title bar: the module's icon and accent colour, its title as plain
// text, and float/close buttons.
//
// Why not the default one: Qt draws a dock's window title literally in its title bar but
// as a mnemonic in the tab bar of tabbed docks, so "Giáo dục & Đào tạo" shows as
// "Giáo dục _Đào tạo" in tabs. The window title therefore carries "&&" (right in tabs and
// menus) and this bar shows the real title.
class DockTitleBar : public QWidget
{
    Q_OBJECT

public:
    DockTitleBar(QDockWidget *dock, const QString &title, const QColor &accent);

    QString title() const;

    // The window title to give a dock so that tabs and menus show `title` unchanged.
    static QString escapedWindowTitle(const QString &title);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QDockWidget *m_dock;
    QColor m_accent;
    QLabel *m_title = nullptr;
};

} // namespace ioc::ui
