#include "simlogging.h"
#include "simoptions.h"
#include "simulator.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ioc-datacenter-sim"));
#ifdef IOC_VERSION
    QCoreApplication::setApplicationVersion(QStringLiteral(IOC_VERSION));
#endif
    ioc::sim::SimOptions options;
    QString error;
    if (!ioc::sim::parseOptions(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "ioc-datacenter-sim: %s\n", qPrintable(error));
        return 2;
    }
    ioc::sim::Simulator sim;
    if (!sim.start(options, &error)) {
        std::fprintf(stderr, "ioc-datacenter-sim: %s\n", qPrintable(error));
        return 1;
    }
    if (!options.bind.isLoopback())
        qCWarning(lcSimServer) << "listening beyond loopback on" << options.bind.toString()
                               << "- anyone who can reach it can read the synthetic data";
    // Tests and scripts read the chosen port from this exact line.
    const QString host = options.bind.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + options.bind.toString() + QLatin1Char(']')
        : options.bind.toString();
    std::printf("listening on http://%s:%u\n", qPrintable(host), unsigned(sim.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
