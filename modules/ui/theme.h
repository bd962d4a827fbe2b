#pragma once

#include <QColor>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QString>

namespace ioc::ui {

// What the operator chose in Settings or the View menu. System follows the desktop's
// light/dark preference, read once at start.
enum class ThemeChoice { System, Light, Dark };

QString themeChoiceKey(ThemeChoice choice); // "system", "light", "dark" (QSettings values)
ThemeChoice themeChoiceFromKey(const QString &key); // unknown → System

// Severity of an alert or a state, shown with colour AND a shape (never colour alone:
// about one man in twelve cannot tell red from green).
enum class Severity { Info, Minor, Major, Critical };

// Every colour of the application in one place. The two themes share their severity hues
// (Okabe–Ito, distinguishable under the common colour-vision deficiencies) so an alert
// looks the same on a workstation and the wall; only the surfaces differ.
struct Theme
{
    bool isDark = false;
    QColor window; // panels, toolbars
    QColor base; // tables, inputs
    QColor alternateBase;
    QColor text;
    QColor mutedText; // secondary text: counts, "data as of"
    QColor button;
    QColor buttonText;
    QColor highlight; // selection
    QColor highlightedText;
    QColor link;
    QColor border;
    QColor disabledText; // exempt from 4.5:1 (WCAG exempts inactive controls)
    QColor tooltipBase;
    QColor tooltipText;
    QColor warningBackground; // "data getting old" badge
    QColor warningText;
    QColor errorBackground; // "data too old", refused credentials badge
    QColor errorText;
    QColor statusErrorText; // plain red-ish text on the window colour (status bar)

    static Theme light();
    static Theme dark();
    static Theme forChoice(ThemeChoice choice, bool systemDark);

    QPalette palette() const;

    QColor severityColor(Severity severity) const;
    // Text drawn on a severity colour (badges, chips).
    QColor onSeverityColor(Severity severity) const;
    // A shape per severity: circle (info), diamond (minor), triangle (major),
    // octagon (critical; a square in text, where fonts lack an octagon).
    static QString severitySymbol(Severity severity);
    QIcon severityIcon(Severity severity, int size = 16) const;
    static QString severityName(Severity severity); // translated

    // Text/background pairs the application draws, for the contrast test.
    struct ContrastPair
    {
        QString what;
        QColor foreground;
        QColor background;
    };
    QList<ContrastPair> textPairs() const;
};

// What a label's text means, for its colours: set once, it follows theme changes.
// Palettes rather than style sheets: an application style sheet stops Qt from passing a
// changed system font size on to the widgets, and text must scale with the system font.
enum class TextRole { Normal, Muted, Error, WarningBadge, ErrorBadge };
void setTextRole(QWidget *widget, TextRole role);

// WCAG 2.1 relative luminance and contrast ratio (1 … 21).
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);

// Whether the desktop asked for a dark look. Qt 6.4 has no colour-scheme API, so this
// reads the platform palette (which the GTK/KDE themes set) before ours replaces it, and
// GTK_THEME ("Adwaita:dark").
bool systemPrefersDark();

// The theme in force and a signal when it changes; widgets that paint their own colours
// (maps, title bars, badges) listen to it.
class ThemeManager : public QObject
{
    Q_OBJECT

public:
    static ThemeManager &instance();

    // Applies the theme to the whole application: Fusion style (draws the palette
    // faithfully on every platform), palette and style sheet. Remembers the system
    // preference the first time it is called.
    void apply(ThemeChoice choice);
    ThemeChoice choice() const { return m_choice; }
    const Theme &theme() const { return m_theme; }

signals:
    void themeChanged();

private:
    ThemeManager() = default;
    ThemeChoice m_choice = ThemeChoice::System;
    Theme m_theme = Theme::light();
    int m_systemDark = -1; // unknown until first apply()
};

} // namespace ioc::ui
