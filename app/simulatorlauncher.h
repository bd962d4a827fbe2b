#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace ioc::app {

// Runs the built-in data-center simulator (ioc-datacenter-sim) for a demonstration or a
// training session: on a free loopback port, its state in the user's data folder, and
// stopped when IOC Desktop exits (or this object goes away).
class SimulatorLauncher
{
public:
    SimulatorLauncher() = default;
    ~SimulatorLauncher();
    SimulatorLauncher(const SimulatorLauncher &) = delete;
    SimulatorLauncher &operator=(const SimulatorLauncher &) = delete;

    // Next to the ioc-desktop executable first (an installed or unpacked tree), then
    // ../simulator (a build tree), then PATH.
    // Empty when there is none.
    static QString findExecutable();

    // Where the simulator keeps what operators wrote (acknowledgements, notes) across runs;
    // the same folder tools/run.sh uses.
    static QString defaultStateDir();

    // Starts program and waits (up to timeoutMs) for its "listening on URL" line.
    bool start(
        const QString &program, const QString &stateDir, QString *error, int timeoutMs = 20000);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace ioc::app
