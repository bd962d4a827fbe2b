#include "ui/theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>
#include <QStyleFactory>
#include <QToolTip>
#include <QtMath>

namespace ioc::ui {

QString themeChoiceKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeChoiceFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return ThemeChoice::Light;
    if (key == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

Theme Theme::light()
{
    Theme t;
    t.isDark = false;
    t.window = QColor(0xf2, 0xf4, 0xf7);
    t.base = QColor(0xff, 0xff, 0xff);
    t.alternateBase = QColor(0xf0, 0xf3, 0xf7);
    t.text = QColor(0x17, 0x1a, 0x1f);
    t.mutedText = QColor(0x4a, 0x51, 0x5b);
    t.button = QColor(0xe6, 0xe9, 0xee);
    t.buttonText = t.text;
    t.highlight = QColor(0x0b, 0x5c, 0xad);
    t.highlightedText = QColor(0xff, 0xff, 0xff);
    t.link = QColor(0x0b, 0x5c, 0xad);
    t.border = QColor(0xb6, 0xbd, 0xc7);
    t.disabledText = QColor(0x8a, 0x91, 0x9b);
    t.tooltipBase = QColor(0x26, 0x2b, 0x33);
    t.tooltipText = QColor(0xf5, 0xf6, 0xf8);
    t.warningBackground = QColor(0xe6, 0x9f, 0x00); // Okabe–Ito orange
    t.warningText = QColor(0x00, 0x00, 0x00);
    t.errorBackground = QColor(0xa8, 0x3a, 0x00); // a darker vermillion: white text reads
    t.errorText = QColor(0xff, 0xff, 0xff);
    t.statusErrorText = QColor(0xa8, 0x3a, 0x00);
    return t;
}

Theme Theme::dark()
{
    // Control room: low overall luminance (long shifts, dim rooms), text not pure white so
    // it does not bloom, but everything well above 4.5:1.
    Theme t;
    t.isDark = true;
    t.window = QColor(0x16, 0x1a, 0x20);
    t.base = QColor(0x0e, 0x11, 0x15);
    t.alternateBase = QColor(0x1a, 0x1f, 0x26);
    t.text = QColor(0xec, 0xee, 0xf1);
    t.mutedText = QColor(0xb4, 0xbc, 0xc6);
    t.button = QColor(0x25, 0x2b, 0x33);
    t.buttonText = t.text;
    t.highlight = QColor(0x56, 0xb4, 0xe9); // Okabe–Ito sky blue
    t.highlightedText = QColor(0x0b, 0x0d, 0x10);
    t.link = QColor(0x8f, 0xcd, 0xf5);
    t.border = QColor(0x3b, 0x44, 0x50);
    t.disabledText = QColor(0x6c, 0x75, 0x80);
    t.tooltipBase = QColor(0xec, 0xee, 0xf1);
    t.tooltipText = QColor(0x0e, 0x11, 0x15);
    t.warningBackground = QColor(0xe6, 0x9f, 0x00);
    t.warningText = QColor(0x00, 0x00, 0x00);
    t.errorBackground = QColor(0xd5, 0x5e, 0x00); // Okabe–Ito vermillion
    t.errorText = QColor(0x00, 0x00, 0x00);
    t.statusErrorText = QColor(0xff, 0x9a, 0x4d);
    return t;
}

Theme Theme::forChoice(ThemeChoice choice, bool systemDark)
{
    switch (choice) {
    case ThemeChoice::Light:
        return light();
    case ThemeChoice::Dark:
        return dark();
    case ThemeChoice::System:
        break;
    }
    return systemDark ? dark() : light();
}

QPalette Theme::palette() const
{
    QPalette p;
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, alternateBase);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::PlaceholderText, mutedText);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, buttonText);
        p.setColor(group, QPalette::BrightText, errorBackground);
        p.setColor(group, QPalette::Highlight, highlight);
        p.setColor(group, QPalette::HighlightedText, highlightedText);
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, link);
        p.setColor(group, QPalette::ToolTipBase, tooltipBase);
        p.setColor(group, QPalette::ToolTipText, tooltipText);
        p.setColor(group, QPalette::Light, button.lighter(130));
        p.setColor(group, QPalette::Midlight, button.lighter(115));
        p.setColor(group, QPalette::Mid, border);
        p.setColor(group, QPalette::Dark, border.darker(130));
        p.setColor(group, QPalette::Shadow, QColor(0, 0, 0));
    }
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, button);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, border);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, text);
    return p;
}

QColor Theme::severityColor(Severity severity) const
{
    // Okabe & Ito (2008), "Color Universal Design": vermillion, orange, yellow, blue.
    switch (severity) {
    case Severity::Critical:
        return QColor(0xd5, 0x5e, 0x00);
    case Severity::Major:
        return QColor(0xe6, 0x9f, 0x00);
    case Severity::Minor:
        return QColor(0xf0, 0xe4, 0x42);
    case Severity::Info:
        break;
    }
    return isDark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
}

QColor Theme::onSeverityColor(Severity severity) const
{
    if (severity == Severity::Info && !isDark)
        return QColor(0xff, 0xff, 0xff); // on the deep blue
    return QColor(0x00, 0x00, 0x00);
}

QString Theme::severitySymbol(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("■"); // the heaviest shape; its icon is an octagon (stop sign)
    case Severity::Major:
        return QStringLiteral("▲");
    case Severity::Minor:
        return QStringLiteral("◆");
    case Severity::Info:
        break;
    }
    return QStringLiteral("●");
}

QString Theme::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QCoreApplication::translate("ioc::ui::Theme", "Critical");
    case Severity::Major:
        return QCoreApplication::translate("ioc::ui::Theme", "Major");
    case Severity::Minor:
        return QCoreApplication::translate("ioc::ui::Theme", "Minor");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("ioc::ui::Theme", "Information");
}

QIcon Theme::severityIcon(Severity severity, int size) const
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(pixmap.rect()).adjusted(1, 1, -1, -1);
    QPainterPath path;
    switch (severity) {
    case Severity::Critical: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double a = qDegreesToRadians(22.5 + 45.0 * i);
            octagon << r.center() + QPointF(std::cos(a), std::sin(a)) * r.width() / 2;
        }
        path.addPolygon(octagon);
        break;
    }
    case Severity::Major:
        path.addPolygon(QPolygonF { QPointF(r.center().x(), r.top()), r.bottomRight(),
            r.bottomLeft(), QPointF(r.center().x(), r.top()) });
        break;
    case Severity::Minor:
        path.addPolygon(QPolygonF { QPointF(r.center().x(), r.top()),
            QPointF(r.right(), r.center().y()), QPointF(r.center().x(), r.bottom()),
            QPointF(r.left(), r.center().y()), QPointF(r.center().x(), r.top()) });
        break;
    case Severity::Info:
        path.addEllipse(r);
        break;
    }
    // A contrasting outline so the shape reads on either theme's background.
    painter.setPen(QPen(isDark ? QColor(0xec, 0xee, 0xf1) : QColor(0x17, 0x1a, 0x1f), 1));
    painter.setBrush(severityColor(severity));
    painter.drawPath(path);
    return QIcon(pixmap);
}

QList<Theme::ContrastPair> Theme::textPairs() const
{
    QList<ContrastPair> pairs = {
        { QStringLiteral("text on window"), text, window },
        { QStringLiteral("text on base"), text, base },
        { QStringLiteral("text on alternate rows"), text, alternateBase },
        { QStringLiteral("muted text on window"), mutedText, window },
        { QStringLiteral("muted text on base"), mutedText, base },
        { QStringLiteral("placeholder on base"), mutedText, base },
        { QStringLiteral("button text"), buttonText, button },
        { QStringLiteral("selected text"), highlightedText, highlight },
        { QStringLiteral("link on base"), link, base },
        { QStringLiteral("link on window"), link, window },
        { QStringLiteral("tooltip"), tooltipText, tooltipBase },
        { QStringLiteral("warning badge"), warningText, warningBackground },
        { QStringLiteral("error badge"), errorText, errorBackground },
        { QStringLiteral("status error text"), statusErrorText, window },
    };
    for (Severity s : { Severity::Info, Severity::Minor, Severity::Major, Severity::Critical })
        pairs.append(
            { QStringLiteral("on severity %1").arg(int(s)), onSeverityColor(s), severityColor(s) });
    return pairs;
}

double relativeLuminance(const QColor &color)
{
    auto channel
        = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool systemPrefersDark()
{
    const QByteArray gtkTheme = qgetenv("GTK_THEME").toLower();
    if (gtkTheme.contains(":dark") || gtkTheme.endsWith("-dark"))
        return true;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    const QPalette platform = QGuiApplication::palette();
    return platform.color(QPalette::Window).lightnessF()
        < platform.color(QPalette::WindowText).lightnessF();
}

ThemeManager &ThemeManager::instance()
{
    static ThemeManager manager;
    return manager;
}

namespace {
const char *const kTextRoleProperty = "iocTextRole";

void applyTextRole(QWidget *widget, TextRole role, const Theme &theme)
{
    QPalette palette = widget->palette();
    QColor foreground;
    QColor background;
    switch (role) {
    case TextRole::Normal:
        foreground = theme.text;
        break;
    case TextRole::Muted:
        foreground = theme.mutedText;
        break;
    case TextRole::Error:
        foreground = theme.statusErrorText;
        break;
    case TextRole::WarningBadge:
        foreground = theme.warningText;
        background = theme.warningBackground;
        break;
    case TextRole::ErrorBadge:
        foreground = theme.errorText;
        background = theme.errorBackground;
        break;
    }
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        palette.setColor(group, QPalette::WindowText, foreground);
        palette.setColor(group, QPalette::Text, foreground);
        if (background.isValid())
            palette.setColor(group, QPalette::Window, background);
    }
    widget->setPalette(palette);
    widget->setAutoFillBackground(background.isValid());
    // Only the weight: the size keeps following the system font.
    QFont font;
    font.setBold(role == TextRole::Error || role == TextRole::ErrorBadge);
    widget->setFont(font);
    if (auto *label = qobject_cast<QLabel *>(widget))
        label->setMargin(background.isValid() ? 2 : 0);
}
} // namespace

void setTextRole(QWidget *widget, TextRole role)
{
    widget->setProperty(kTextRoleProperty, int(role));
    applyTextRole(widget, role, ThemeManager::instance().theme());
}

void ThemeManager::apply(ThemeChoice choice)
{
    if (m_systemDark < 0)
        m_systemDark = systemPrefersDark() ? 1 : 0;
    m_choice = choice;
    m_theme = Theme::forChoice(choice, m_systemDark == 1);
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance())) {
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
        QApplication::setPalette(m_theme.palette());
        QToolTip::setPalette(m_theme.palette());
        // Widgets with a text role carry explicit colours: give them the new theme's.
        const auto widgets = QApplication::allWidgets();
        for (QWidget *widget : widgets) {
            const QVariant role = widget->property(kTextRoleProperty);
            if (role.isValid())
                applyTextRole(widget, TextRole(role.toInt()), m_theme);
        }
        Q_UNUSED(app);
    }
    emit themeChanged();
}

} // namespace ioc::ui
