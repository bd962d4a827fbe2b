#pragma once

#include <QCoreApplication>

namespace ioc::documents {

// The module's one translation context: a string keeps its translation when it moves
// between the module's files or classes.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ioc::documents::Tr)
};

} // namespace ioc::documents
