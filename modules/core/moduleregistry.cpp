#include "core/moduleregistry.h"

namespace ioc::core {

bool ModuleRegistry::add(std::unique_ptr<Module> module, QString *error)
{
    if (!module) {
        if (error)
            *error = QStringLiteral("null module");
        return false;
    }
    if (this->module(module->id())) {
        if (error)
            *error = QStringLiteral("duplicate module id '%1'").arg(module->id());
        return false;
    }
    const QStringList collections = module->collections();
    for (const QString &collection : collections) {
        if (const Module *owner = ownerOfCollection(collection)) {
            if (error)
                *error = QStringLiteral("collection '%1' is claimed by both '%2' and '%3'")
                             .arg(collection, owner->id(), module->id());
            return false;
        }
    }
    m_modules.push_back(std::move(module));
    return true;
}

Module *ModuleRegistry::module(const QString &id) const
{
    for (const auto &module : m_modules) {
        if (module->id() == id)
            return module.get();
    }
    return nullptr;
}

Module *ModuleRegistry::ownerOfCollection(const QString &collection) const
{
    for (const auto &module : m_modules) {
        if (module->collections().contains(collection))
            return module.get();
    }
    return nullptr;
}

QStringList ModuleRegistry::allCollections() const
{
    QStringList all;
    for (const auto &module : m_modules)
        all += module->collections();
    return all;
}

} // namespace ioc::core
