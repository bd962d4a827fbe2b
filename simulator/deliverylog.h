#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

namespace ioc::sim {

// Every write the API handled on a writable collection, counted per feature id (the
// client's UUID). Storage de-duplicates a retried PUT (same id, same content: 204 and
// nothing changes), so the stored collection cannot show a client that sends an item
// twice; this log can. Read through GET /_test/deliveries (--test-control).
class DeliveryLog
{
public:
    enum class Outcome { Created, Replaced, Unchanged, Refused };

    void record(const QString &collection, const QString &featureId, int status, Outcome outcome);

    qint64 received() const { return m_received; }
    // {"received": N, "items": [{"collection", "id", "received", "created", "replaced",
    //   "unchanged", "refused", "statuses": [201, 204, …]}, …]} in first-arrival order.
    QByteArray toJson() const;

private:
    struct Item
    {
        QString collection;
        QString id;
        int created = 0;
        int replaced = 0;
        int unchanged = 0;
        int refused = 0;
        QVector<int> statuses; // in arrival order
    };
    QVector<Item> m_items;
    QHash<QString, int> m_byKey; // collection + '/' + id -> index in m_items
    qint64 m_received = 0;
};

} // namespace ioc::sim
