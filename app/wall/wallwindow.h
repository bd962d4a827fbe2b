#pragma once

#include "wall/connectionbanner.h"

#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <QWidget>
#include <functional>

class QLabel;
class QScreen;
class QStackedWidget;

namespace ioc::app {

class WallPlaylist;

// One screen of the wall: frameless and full screen, the board the playlist names, an
// alert strip while a critical alert interrupts, a connection banner when offline, and the
// province time. No menus, no editing, nothing that opens a dialog; the cursor hides after
// a few idle seconds. Type sizes follow the screen height, so a 4K wall reads like a 1080p
// one from the same distance.
class WallWindow : public QWidget
{
    Q_OBJECT

public:
    using BoardFactory = std::function<QWidget *(const QString &boardId, QWidget *parent)>;
    using Clock = std::function<QDateTime()>;

    WallWindow(WallPlaylist *playlist, BoardFactory factory, QWidget *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setCursorHideSeconds(int seconds) { m_cursorHide.setInterval(qMax(1, seconds) * 1000); }
    // Shows the window full screen on `screen` (the primary one if null).
    void showOnScreen(QScreen *screen);
    // Type size for a screen of this height: 1080 px → 24 px body text.
    static int bodyPixelSize(int screenHeight) { return qMax(12, screenHeight / 45); }

    void setConnection(bool reachable, const QDateTime &dataAsOf);
    // Advances the playlist and refreshes what is shown (the 1-second tick calls it).
    void tick();

    QString currentBoardId() const { return m_currentBoard; }
    QWidget *currentBoard() const;
    bool isBannerVisible() const;
    QString bannerText() const;
    bool isAlertStripVisible() const;
    QString alertStripText() const;

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showBoard(const QString &boardId);
    void refreshStrips();

    WallPlaylist *m_playlist;
    BoardFactory m_factory;
    Clock m_clock;
    ConnectionBanner m_connection;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_alertStrip = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_clockLabel = nullptr;
    QHash<QString, QWidget *> m_boards;
    QString m_currentBoard;
    QTimer m_tick;
    QTimer m_cursorHide;
};

} // namespace ioc::app
