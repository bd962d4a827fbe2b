#include "ui/uimodule.h"

#include "core/localcache.h"
#include "ui/moduledock.h"

#include <QCoreApplication>

namespace ioc::ui {

RecordBrowserModule::RecordBrowserModule(ModuleDescription description)
    : m_description(std::move(description))
{ }

QString RecordBrowserModule::title() const
{
    return QCoreApplication::translate(kTitleContext, m_description.titleSource);
}

QWidget *RecordBrowserModule::createDockContent(const ModuleContext &context, QWidget *parent)
{
    return new ModuleDock(context.cache->mirror().path(), context.cache->mirror(), collections(),
        accentColor(), parent);
}

} // namespace ioc::ui
