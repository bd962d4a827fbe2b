#include "ui/docktitlebar.h"

#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace ioc::ui {

namespace {
constexpr int kAccentWidth = 4;
}

DockTitleBar::DockTitleBar(QDockWidget *dock, const QString &title, const QColor &accent)
    : QWidget(dock)
    , m_dock(dock)
    , m_accent(accent)
{
    setObjectName(QStringLiteral("dockTitleBar"));
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(dock->windowIcon().pixmap(iconSize, iconSize));

    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("dockTitle"));
    m_title->setTextFormat(Qt::PlainText);
    // Only the weight is set, so the size still follows the system font when it changes.
    QFont bold;
    bold.setBold(true);
    m_title->setFont(bold);
    setAccessibleName(title);

    auto makeButton = [this](QStyle::StandardPixmap pixmap, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setIcon(style()->standardIcon(pixmap, nullptr, this));
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setFocusPolicy(Qt::NoFocus);
        return button;
    };
    QToolButton *floatButton = makeButton(QStyle::SP_TitleBarNormalButton, tr("Float / dock"));
    QToolButton *closeButton = makeButton(QStyle::SP_TitleBarCloseButton, tr("Close"));
    connect(floatButton, &QToolButton::clicked, dock,
        [dock] { dock->setFloating(!dock->isFloating()); });
    connect(closeButton, &QToolButton::clicked, dock, &QDockWidget::close);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(kAccentWidth + 4, 2, 2, 2);
    layout->setSpacing(6);
    layout->addWidget(icon);
    layout->addWidget(m_title, 1);
    layout->addWidget(floatButton);
    layout->addWidget(closeButton);
}

QString DockTitleBar::title() const
{
    return m_title->text();
}

QString DockTitleBar::escapedWindowTitle(const QString &title)
{
    QString escaped = title;
    return escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
}

void DockTitleBar::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, kAccentWidth, height()), m_accent);
}

void DockTitleBar::mouseDoubleClickEvent(QMouseEvent *event)
{
    // As with the standard title bar: double-click floats or docks again.
    if (event->button() == Qt::LeftButton) {
        m_dock->setFloating(!m_dock->isFloating());
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

} // namespace ioc::ui
