#include "wall/wallwindow.h"

#include "ui/severityicon.h"
#include "wall/wallplaylist.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ioc::app {

WallWindow::WallWindow(WallPlaylist *playlist, BoardFactory factory, QWidget *parent)
    : QWidget(parent, Qt::FramelessWindowHint)
    , m_playlist(playlist)
    , m_factory(std::move(factory))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("wallWindow"));
    setWindowTitle(tr("IOC wall display"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    // Strips use colour AND words/symbols: the wall is read from across the room, and by
    // people who do not tell red from green.
    m_alertStrip = new QLabel(this);
    m_alertStrip->setObjectName(QStringLiteral("wallAlertStrip"));
    m_alertStrip->setStyleSheet(
        QStringLiteral("background:#b3001b;color:white;font-weight:bold;padding:0.4em"));
    m_alertStrip->setWordWrap(true);
    m_alertStrip->hide();

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("wallConnectionBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("background:#e69f00;color:black;font-weight:bold;padding:0.3em"));
    m_banner->hide();

    m_clockLabel = new QLabel(this);
    m_clockLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_clockLabel->setStyleSheet(QStringLiteral("color:#d0d0d0;padding:0 0.4em"));

    m_stack = new QStackedWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_alertStrip);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_clockLabel);
    setStyleSheet(QStringLiteral("#wallWindow{background:#101418}"));
    setAutoFillBackground(true);

    connect(m_playlist, &WallPlaylist::currentChanged, this, &WallWindow::showBoard);
    connect(m_playlist, &WallPlaylist::interruptionChanged, this, &WallWindow::refreshStrips);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &WallWindow::tick);
    m_tick.start();
    m_cursorHide.setSingleShot(true);
    m_cursorHide.setInterval(3000);
    connect(&m_cursorHide, &QTimer::timeout, this, [this] { setCursor(Qt::BlankCursor); });
    setMouseTracking(true);
    m_cursorHide.start();
}

void WallWindow::showEvent(QShowEvent *event)
{
    // Boards are built on first show, after showOnScreen() set the screen's type size, so
    // every label starts at the right size.
    if (m_currentBoard.isEmpty())
        showBoard(m_playlist->currentBoard());
    QWidget::showEvent(event);
}

void WallWindow::showOnScreen(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
        QFont scaled = font();
        scaled.setPixelSize(bodyPixelSize(screen->geometry().height()));
        setFont(scaled);
        for (QLabel *label : { m_alertStrip, m_banner, m_clockLabel })
            label->setFont(scaled);
    }
    showFullScreen();
}

QWidget *WallWindow::currentBoard() const
{
    return m_boards.value(m_currentBoard);
}

void WallWindow::showBoard(const QString &boardId)
{
    QWidget *board = m_boards.value(boardId);
    if (!board) {
        board = m_factory ? m_factory(boardId, m_stack) : nullptr;
        if (!board) {
            // An unknown board id in the configuration must not leave the wall blank.
            auto *placeholder = new QLabel(tr("Board \"%1\" is not available").arg(boardId));
            placeholder->setAlignment(Qt::AlignCenter);
            board = placeholder;
        }
        m_boards.insert(boardId, board);
        m_stack->addWidget(board);
    }
    m_currentBoard = boardId;
    m_stack->setCurrentWidget(board);
    refreshStrips();
}

void WallWindow::setConnection(bool reachable, const QDateTime &dataAsOf)
{
    m_connection.update(reachable, dataAsOf, m_clock());
    refreshStrips();
}

void WallWindow::tick()
{
    const QDateTime now = m_clock();
    m_playlist->advance(now);
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    m_clockLabel->setText(QLocale().toString(
        zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime(), QLocale::ShortFormat));
    refreshStrips();
}

void WallWindow::refreshStrips()
{
    const WallPlaylist::Interruption *alert = m_playlist->currentInterruption();
    m_alertStrip->setVisible(alert != nullptr);
    if (alert)
        m_alertStrip->setText(
            ui::severityGlyph(alerts::Severity::Critical) + QLatin1Char(' ') + alert->text);
    m_banner->setVisible(m_connection.isVisible());
    m_banner->setText(QStringLiteral("⚠ ") + m_connection.text());
}

bool WallWindow::isBannerVisible() const
{
    return !m_banner->isHidden();
}

QString WallWindow::bannerText() const
{
    return m_connection.text();
}

bool WallWindow::isAlertStripVisible() const
{
    return !m_alertStrip->isHidden();
}

QString WallWindow::alertStripText() const
{
    return m_alertStrip->text();
}

bool WallWindow::event(QEvent *event)
{
    if (event->type() == QEvent::MouseMove || event->type() == QEvent::HoverMove) {
        unsetCursor();
        m_cursorHide.start();
    }
    return QWidget::event(event);
}

void WallWindow::keyPressEvent(QKeyEvent *event)
{
    // Only a deliberate chord closes the wall; a stray key on the wall controller must not.
    if (event->matches(QKeySequence::Quit)
        || (event->key() == Qt::Key_Q
            && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier))) {
        close();
        return;
    }
    event->ignore();
}

} // namespace ioc::app
