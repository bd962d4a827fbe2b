#pragma once

#include "ui/uimodule.h"

namespace ioc::cameras {

class CamerasModule final : public ui::RecordBrowserModule
{
public:
    CamerasModule();
};

} // namespace ioc::cameras
