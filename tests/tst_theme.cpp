#include "ui/theme.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace ioc::ui;

// Both themes must keep every text/background pair the application draws at or above the
// WCAG 2.1 AA ratio for normal text (4.5:1).
class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void contrastFormulaMatchesWcag()
    {
        // Reference values: black on white is 21:1, a colour on itself 1:1, and
        // #777777 on white 4.48:1 (the classic "just fails AA" grey).
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
        QCOMPARE(qRound(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        QCOMPARE(contrastRatio(Qt::white, Qt::black), contrastRatio(Qt::black, Qt::white));
    }

    void textContrastAtLeastAA_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QColor>("foreground");
        QTest::addColumn<QColor>("background");
        for (const Theme &theme : { Theme::light(), Theme::dark() }) {
            const QString prefix
                = theme.isDark ? QStringLiteral("dark: ") : QStringLiteral("light: ");
            for (const Theme::ContrastPair &pair : theme.textPairs()) {
                const QByteArray row = (prefix + pair.what).toUtf8();
                QTest::newRow(row.constData()) << pair.what << pair.foreground << pair.background;
            }
        }
    }

    void textContrastAtLeastAA()
    {
        QFETCH(QColor, foreground);
        QFETCH(QColor, background);
        const double ratio = contrastRatio(foreground, background);
        QVERIFY2(ratio >= 4.5,
            qPrintable(QStringLiteral("%1 on %2: %3:1")
                           .arg(foreground.name(), background.name())
                           .arg(ratio, 0, 'f', 2)));
    }

    void paletteCarriesTheThemeColours()
    {
        for (const Theme &theme : { Theme::light(), Theme::dark() }) {
            const QPalette p = theme.palette();
            QCOMPARE(p.color(QPalette::Active, QPalette::WindowText), theme.text);
            QCOMPARE(p.color(QPalette::Active, QPalette::Base), theme.base);
            QCOMPARE(p.color(QPalette::Active, QPalette::HighlightedText), theme.highlightedText);
        }
    }

    void severitiesDifferInShapeNotOnlyColour()
    {
        const Theme theme = Theme::dark();
        QStringList symbols;
        QList<QImage> icons;
        for (Severity s :
            { Severity::Info, Severity::Minor, Severity::Major, Severity::Critical }) {
            symbols << Theme::severitySymbol(s);
            // The shape alone, in one colour: what an operator who cannot tell the hues
            // apart still sees.
            QImage alpha = theme.severityIcon(s, 24).pixmap(24, 24).toImage().convertToFormat(
                QImage::Format_Alpha8);
            icons << alpha;
        }
        symbols.removeDuplicates();
        QCOMPARE(symbols.size(), 4);
        for (int i = 0; i < icons.size(); ++i)
            for (int j = i + 1; j < icons.size(); ++j)
                QVERIFY2(icons.at(i) != icons.at(j), "two severities share a shape");
    }

    void severityColoursDistinctInGreyscale()
    {
        // Okabe–Ito hues also differ in lightness, so even a monochrome printout or full
        // colour blindness keeps critical apart from minor.
        const Theme theme = Theme::light();
        const double critical = relativeLuminance(theme.severityColor(Severity::Critical));
        const double minor = relativeLuminance(theme.severityColor(Severity::Minor));
        QVERIFY(minor / critical > 2.0);
    }

    void choiceKeysRoundTrip()
    {
        for (ThemeChoice c : { ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark })
            QCOMPARE(themeChoiceFromKey(themeChoiceKey(c)), c);
        QCOMPARE(themeChoiceFromKey(QStringLiteral("purple")), ThemeChoice::System);
        QVERIFY(Theme::forChoice(ThemeChoice::System, true).isDark);
        QVERIFY(!Theme::forChoice(ThemeChoice::System, false).isDark);
        QVERIFY(!Theme::forChoice(ThemeChoice::Light, true).isDark);
    }

    void applyChangesTheApplicationPalette()
    {
        QSignalSpy spy(&ThemeManager::instance(), &ThemeManager::themeChanged);
        ThemeManager::instance().apply(ThemeChoice::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::dark().window);
        ThemeManager::instance().apply(ThemeChoice::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::light().window);
        QCOMPARE(spy.count(), 2);
    }

    void textRolesFollowTheTheme()
    {
        ThemeManager::instance().apply(ThemeChoice::Light);
        QLabel badge(QStringLiteral("⚠ Data as of 10:30"));
        setTextRole(&badge, TextRole::ErrorBadge);
        QCOMPARE(badge.palette().color(QPalette::Window), Theme::light().errorBackground);
        QCOMPARE(badge.palette().color(QPalette::WindowText), Theme::light().errorText);
        ThemeManager::instance().apply(ThemeChoice::Dark);
        QCOMPARE(badge.palette().color(QPalette::Window), Theme::dark().errorBackground);
        QCOMPARE(badge.palette().color(QPalette::WindowText), Theme::dark().errorText);
        // No application style sheet: it would stop system font changes reaching widgets.
        QVERIFY(qApp->styleSheet().isEmpty());
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
