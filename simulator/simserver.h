#pragma once

#include "faults.h"
#include "ogcapi.h"

#include <QAbstractHttpServer>
#include <QPointer>

class QTcpSocket;

namespace ioc::sim {

class Clock;

// The HTTP side: takes requests from Qt HttpServer, asks OgcApi, and writes the response
// itself on the socket. Writing it ourselves is what lets us cut a body in the middle,
// answer late without blocking other connections, and set TCP_NODELAY.
class SimServer final : public QAbstractHttpServer
{
public:
    SimServer(OgcApi &api, const Clock &clock, FaultInjector faults, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void write(QTcpSocket *socket, const ApiResponse &resp, bool head, bool drop, bool close);

    OgcApi &m_api;
    const Clock &m_clock;
    FaultInjector m_faults;
};

} // namespace ioc::sim
