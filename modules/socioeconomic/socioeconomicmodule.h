#pragma once

#include "ui/uimodule.h"

namespace ioc::socioeconomic {

class SocioeconomicModule final : public ui::RecordBrowserModule
{
public:
    SocioeconomicModule();
};

} // namespace ioc::socioeconomic
