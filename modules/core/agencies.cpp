#include "core/agencies.h"

#include "core/sqlitefile.h"

#include <QSqlQuery>
#include <QVariant>

namespace ioc::core {

QList<Agency> readActiveAgencies(const core::SqliteFile &mirror)
{
    QList<Agency> agencies;
    QSqlQuery query(mirror.connection());
    query.setForwardOnly(true);
    if (query.exec(
            QStringLiteral("SELECT id, json_extract(properties, '$.name') FROM features "
                           "WHERE collection = 'doc_agencies' AND "
                           "coalesce(json_extract(properties, '$.active'), 1) "
                           "ORDER BY json_extract(properties, '$.level') = 'province' DESC, 2")))
        while (query.next())
            agencies.append({ query.value(0).toString(), query.value(1).toString() });
    return agencies;
}

} // namespace ioc::core
