#pragma once

#include <QDialog>
#include <QUrl>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace ioc::app {

class ConnectionTest;

// What the first-run dialog decided.
struct FirstRunChoice
{
    enum class Mode { Cancelled, DataCenter, Simulator, Offline };
    Mode mode = Mode::Cancelled;
    QUrl dataCenter; // DataCenter: tested and reachable with token
    QString token; // DataCenter: may be empty (a server without authentication)
    QString snapshotFile; // Offline: a snapshot to import first; empty: the cache as it is
};

// Whether to ask at all: no data center configured (command line or settings, the
// system-wide file included), no remembered simulator choice, no cache yet, and the
// command line chose nothing (offline, a data center, a headless action).
bool needsFirstRun(bool commandLineChose, const QString &configuredUrl, bool simulatorRemembered,
    bool cacheExists);

// Shown once, when IOC Desktop starts with nothing configured: (a) connect to the
// province's data center (tested on the spot), (b) start the built-in simulator for a
// demonstration or training, or (c) work offline, optionally from an exported snapshot.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    // simulatorProgram: the simulator found on this machine (empty: option (b) disabled).
    explicit FirstRunDialog(const QString &simulatorProgram, QWidget *parent = nullptr);

    FirstRunChoice choice() const;

    // For the buttons and for tests, which drive the dialog as an operator would.
    void selectMode(FirstRunChoice::Mode mode);
    void setDataCenter(const QString &url, const QString &token);
    void setSnapshotFile(const QString &path);
    void testConnection();
    bool canContinue() const;
    QString connectionMessage() const;
    bool isTesting() const;

signals:
    void connectionTested(bool ok);

private:
    FirstRunChoice::Mode selectedMode() const;
    void updateState();
    void onTestFinished(bool ok, const QString &message);
    void chooseSnapshot();

    QButtonGroup *m_modes = nullptr;
    QRadioButton *m_dataCenterOption = nullptr;
    QRadioButton *m_simulatorOption = nullptr;
    QRadioButton *m_offlineOption = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_snapshotLabel = nullptr;
    QPushButton *m_continue = nullptr;
    ConnectionTest *m_connectionTest = nullptr;
    QString m_snapshotFile;
    QString m_simulatorProgram;
    // The URL and token that last passed the test; editing either one asks for a new test.
    QUrl m_testedUrl;
    QString m_testedToken;
    bool m_testPassed = false;
};

} // namespace ioc::app
