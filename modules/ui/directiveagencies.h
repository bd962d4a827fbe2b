#pragma once

#include <QList>
#include <QString>

namespace ioc::core {
class SqliteFile;
}

namespace ioc::ui {

struct Agency
{
    QString id;
    QString name;
};

// The agencies a directive can be given to: the active doc_agencies of the cache, the
// province's first, then by name. Runs SQL: DirectiveDialog calls it on the thread pool.
QList<Agency> readActiveAgencies(const core::SqliteFile &mirror);

} // namespace ioc::ui
