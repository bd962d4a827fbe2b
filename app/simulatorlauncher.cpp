#include "simulatorlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ioc::app {

SimulatorLauncher::~SimulatorLauncher()
{
    stop();
}

QString SimulatorLauncher::findExecutable()
{
    const QString name = QStringLiteral("ioc-datacenter-sim");
    const QDir appDir(QCoreApplication::applicationDirPath());
    // Beside us (installed or unpacked), then the build tree's layout (build/app and
    // build/simulator), then PATH.
    const QString local = QStandardPaths::findExecutable(
        name, { appDir.path(), appDir.filePath(QStringLiteral("../simulator")) });
    return local.isEmpty() ? QStandardPaths::findExecutable(name) : local;
}

QString SimulatorLauncher::defaultStateDir()
{
    // GenericDataLocation/IOC/ioc-datacenter-sim, e.g. ~/.local/share/IOC/ioc-datacenter-sim.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("IOC/ioc-datacenter-sim"));
}

bool SimulatorLauncher::start(
    const QString &program, const QString &stateDir, QString *error, int timeoutMs)
{
    stop();
    if (program.isEmpty()) {
        *error = QCoreApplication::translate("SimulatorLauncher",
            "The data-center simulator (ioc-datacenter-sim) is not installed. Install the "
            "ioc-datacenter-sim package.");
        return false;
    }
    QStringList arguments { QStringLiteral("--port"), QStringLiteral("0") };
    if (!stateDir.isEmpty() && QDir().mkpath(stateDir))
        arguments << QStringLiteral("--state-dir") << stateDir;
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Its log is for developers; an operator's terminal need not fill with it.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QCoreApplication::translate(
            "SimulatorLauncher", "Cannot start the data-center simulator %1: %2")
                     .arg(QDir::toNativeSeparators(program), m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!m_process.waitForReadyRead(250) && m_process.state() != QProcess::Running)
            break;
        output += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    stop();
    *error = QCoreApplication::translate(
        "SimulatorLauncher", "The data-center simulator did not start within %1 s.")
                 .arg(timeoutMs / 1000);
    return false;
}

void SimulatorLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_url = QUrl();
}

} // namespace ioc::app
