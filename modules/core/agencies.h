#pragma once

#include <QList>
#include <QString>

namespace ioc::core {

class SqliteFile;

struct Agency
{
    QString id;
    QString name;
};

// The agencies a directive can be given to: the active doc_agencies of the cache, the
// province's first, then by name. Runs SQL: call it on a worker (DirectiveDialog uses the thread
// pool).
QList<Agency> readActiveAgencies(const core::SqliteFile &mirror);

} // namespace ioc::core
