#include "deliverylog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ioc::sim {

void DeliveryLog::record(
    const QString &collection, const QString &featureId, int status, Outcome outcome)
{
    const QString key = collection + QLatin1Char('/') + featureId;
    auto it = m_byKey.constFind(key);
    if (it == m_byKey.cend()) {
        it = m_byKey.insert(key, int(m_items.size()));
        m_items.append(Item { collection, featureId, 0, 0, 0, 0, {} });
    }
    Item &item = m_items[*it];
    switch (outcome) {
    case Outcome::Created:
        ++item.created;
        break;
    case Outcome::Replaced:
        ++item.replaced;
        break;
    case Outcome::Unchanged:
        ++item.unchanged;
        break;
    case Outcome::Refused:
        ++item.refused;
        break;
    }
    item.statuses.append(status);
    ++m_received;
}

QByteArray DeliveryLog::toJson() const
{
    QJsonArray items;
    for (const Item &item : m_items) {
        QJsonArray statuses;
        for (int status : item.statuses)
            statuses.append(status);
        items.append(QJsonObject { { QStringLiteral("collection"), item.collection },
            { QStringLiteral("id"), item.id },
            { QStringLiteral("received"), int(item.statuses.size()) },
            { QStringLiteral("created"), item.created },
            { QStringLiteral("replaced"), item.replaced },
            { QStringLiteral("unchanged"), item.unchanged },
            { QStringLiteral("refused"), item.refused },
            { QStringLiteral("statuses"), statuses } });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("received"), m_received },
                             { QStringLiteral("items"), items } })
        .toJson(QJsonDocument::Compact);
}

} // namespace ioc::sim
