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

ModuleDock *RecordBrowserModule::createDockContent(const ModuleContext &context, QWidget *parent)
{
    return new ModuleDock(context.cache->mirror().path(), context.cache->mirror(), collections(),
        accentColor(), parent);
}

DashboardModule::DashboardModule(
    ModuleDescription description, std::shared_ptr<const core::DashboardProvider> provider)
    : RecordBrowserModule(std::move(description))
    , m_provider(std::move(provider))
{ }

ModuleDock *DashboardModule::createDockContent(const ModuleContext &context, QWidget *parent)
{
    auto *dock = new ModuleDock(context.cache->mirror().path(), context.cache->mirror(),
        collections(), accentColor(), m_provider, parent);
    dock->setRecordColumns(recordColumns());
    dock->setOperatorStore(&context.cache->operatorStore(), id());
    return dock;
}

QList<core::KpiValue> DashboardModule::wallSummary(
    const core::SqliteFile &mirror, const QDate &today) const
{
    core::DashboardQuery query;
    query.today = today;
    query.time.granularity = m_provider->defaultGranularity();
    query.time.anchor = today;
    return m_provider->compute(mirror, query).kpis.mid(0, kWallFigures);
}

} // namespace ioc::ui
