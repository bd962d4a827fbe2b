#include "ui/uimodule.h"

#include "core/localcache.h"
#include "ui/recordbrowser.h"

#include <QCoreApplication>

namespace ioc::ui {

RecordBrowserModule::RecordBrowserModule(ModuleDescription description)
    : m_description(std::move(description))
{
}

QString RecordBrowserModule::title() const
{
    return QCoreApplication::translate(kTitleContext, m_description.titleSource);
}

QWidget *RecordBrowserModule::createDockContent(const ModuleContext &context, QWidget *parent)
{
    return new RecordBrowser(context.cache->mirror(), collections(), parent);
}

} // namespace ioc::ui
