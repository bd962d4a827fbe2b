#pragma once

#include "ui/uimodule.h"

namespace ioc::tourism {

class TourismModule final : public ui::RecordBrowserModule
{
public:
    TourismModule();
};

} // namespace ioc::tourism
