#pragma once

#include "core/dashboard.h"
#include "core/module.h"
#include "core/recordtablemodel.h"

#include <QByteArray>
#include <QUrl>
#include <memory>

class QWidget;

namespace ioc::core {
class LocalCache;
}

namespace ioc::ui {

class ModuleDock;

// What a module's dock gets from the application.
struct ModuleContext
{
    core::LocalCache *cache = nullptr;
    bool offline = false;
    // The data center, for what is fetched on demand rather than synced (camera
    // snapshots): its base URL (empty: none configured) and bearer token.
    QUrl dataCenterUrl;
    QByteArray bearerToken;
    // Who is at the desk, for operator actions written from a dock (event reviews); the
    // system user name when empty.
    QString operatorName;
};

// A module as the desktop shows it: the core description plus its dock content.
class UiModule : public core::Module
{
public:
    // Builds the dock's content: a ModuleDock, which a module extends with tabs of its own,
    // so the window reaches every dock the same way. Called once, while the main window
    // is built, so it must be cheap: defer heavy loads (maps, charts) until first shown.
    virtual ModuleDock *createDockContent(const ModuleContext &context, QWidget *parent) = 0;

    // The 3-5 figures of this module for the wall display, computed from the cache on the
    // calling thread with `mirror`'s connection (the wall runs it on a worker with its own
    // core::SqliteFile). No widget involved. Empty for modules without figures yet.
    virtual QList<core::KpiValue> wallSummary(
        const core::SqliteFile &mirror, const QDate &today) const
    {
        Q_UNUSED(mirror);
        Q_UNUSED(today);
        return {};
    }
};

// The data a simple module is made of. Later issues give modules their own docks; the
// description stays the same.
struct ModuleDescription
{
    QString id;
    const char *titleSource = nullptr; // English source text, marked with QT_TRANSLATE_NOOP
    QString iconPath;
    QColor accentColor;
    QStringList collections;
};

// A module whose dock is the record browser over its collections.
class RecordBrowserModule : public UiModule
{
public:
    explicit RecordBrowserModule(ModuleDescription description);

    QString id() const override { return m_description.id; }
    QString title() const override;
    QString iconPath() const override { return m_description.iconPath; }
    QColor accentColor() const override { return m_description.accentColor; }
    QStringList collections() const override { return m_description.collections; }
    ModuleDock *createDockContent(const ModuleContext &context, QWidget *parent) override;

    // Translation context of every module title.
    static constexpr const char *kTitleContext = "ioc::modules";

private:
    ModuleDescription m_description;
};

// A module with the full dock: its figures come from a core::DashboardProvider (non-widget
// code in the module's library, tested without widgets), its records get module columns.
class DashboardModule : public RecordBrowserModule
{
public:
    DashboardModule(
        ModuleDescription description, std::shared_ptr<const core::DashboardProvider> provider);

    ModuleDock *createDockContent(const ModuleContext &context, QWidget *parent) override;
    // The provider's figures for the current period of its default granularity, whole
    // province: the first `kWallFigures` KPIs.
    QList<core::KpiValue> wallSummary(
        const core::SqliteFile &mirror, const QDate &today) const override;

    std::shared_ptr<const core::DashboardProvider> provider() const { return m_provider; }
    static constexpr int kWallFigures = 5;

protected:
    // Columns of the Records tab besides name, collection, id and update time.
    virtual QList<core::RecordTableModel::PropertyColumn> recordColumns() const { return {}; }

private:
    std::shared_ptr<const core::DashboardProvider> m_provider;
};

} // namespace ioc::ui
