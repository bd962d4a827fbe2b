#pragma once

#include "core/module.h"

class QWidget;

namespace ioc::core {
class LocalCache;
}

namespace ioc::ui {

// What a module's dock gets from the application.
struct ModuleContext
{
    core::LocalCache *cache = nullptr;
    bool offline = false;
};

// A module as the desktop shows it: the core description plus its dock content.
class UiModule : public core::Module
{
public:
    // Builds the dock's content. Called once, while the main window is built, so it must
    // be cheap: defer heavy loads (maps, charts) until the dock is first shown.
    virtual QWidget *createDockContent(const ModuleContext &context, QWidget *parent) = 0;
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
    QWidget *createDockContent(const ModuleContext &context, QWidget *parent) override;

    // Translation context of every module title.
    static constexpr const char *kTitleContext = "ioc::modules";

private:
    ModuleDescription m_description;
};

} // namespace ioc::ui
