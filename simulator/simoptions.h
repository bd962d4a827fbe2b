#pragma once

#include "faults.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace ioc::sim {

struct SimOptions
{
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8787;
    quint64 seed = 1;
    double scale = 1.0;
    double rate = 30.0; // live changes per simulated minute
    QString token;
    QString readOnlyToken;
    FaultOptions faults;
    bool minimal = false;
    QString idMapFile;
    int pageCap = 250;
    QString stateDir;
    QString geoDir;
    qint64 startMs = -1; // -1: now
    double clockSpeed = 1.0;
    bool testControl = false; // /_test/deliveries and /_test/clock
};

// Parses the command line (arguments[0] is the program). On failure returns false with
// a message; --help/--version are handled by the caller through the parser's own exit.
bool parseOptions(const QStringList &arguments, SimOptions *options, QString *error);

} // namespace ioc::sim
