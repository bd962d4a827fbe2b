#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ioc::app {

// What the wall says about its link to the data center. The wall never shows an error
// dialog: when the center is unreachable the last data stays up under a banner that says
// since when and how old the data is, and the banner goes away by itself on recovery.
class ConnectionBanner
{
    Q_DECLARE_TR_FUNCTIONS(ioc::app::ConnectionBanner)

public:
    // reachable: the last sync attempt reached the center. dataAsOf: newest successful sync.
    void update(bool reachable, const QDateTime &dataAsOf, const QDateTime &now);

    bool isVisible() const { return m_offlineSince.isValid(); }
    QDateTime offlineSince() const { return m_offlineSince; }
    QString text() const;

private:
    QDateTime m_offlineSince;
    QDateTime m_dataAsOf;
};

// HH:mm (or dd/MM HH:mm when not today) in the province's time zone.
QString provinceTime(const QDateTime &utc, const QDateTime &now);

} // namespace ioc::app
