#pragma once

#include "core/module.h"

#include <memory>
#include <vector>

namespace ioc::core {

// Owns the modules in display order and checks that they fit together: unique ids and
// no collection claimed by two modules (each cached row must belong to exactly one dock).
class ModuleRegistry
{
public:
    // Returns false and sets *error if the module clashes with one already registered.
    bool add(std::unique_ptr<Module> module, QString *error = nullptr);

    const std::vector<std::unique_ptr<Module>> &modules() const { return m_modules; }
    Module *module(const QString &id) const;
    Module *ownerOfCollection(const QString &collection) const;
    QStringList allCollections() const;
    int size() const { return static_cast<int>(m_modules.size()); }

private:
    std::vector<std::unique_ptr<Module>> m_modules;
};

} // namespace ioc::core
