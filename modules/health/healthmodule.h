#pragma once

#include "ui/uimodule.h"

namespace ioc::health {

class HealthModule final : public ui::RecordBrowserModule
{
public:
    HealthModule();
};

} // namespace ioc::health
