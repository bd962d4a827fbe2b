#pragma once

#include "ui/uimodule.h"

namespace ioc::cameras {

// Smart surveillance cameras: availability, AI detections with a time-decaying event layer,
// a detail panel with the camera's snapshot and the operators' verdicts on its detections,
// and a camera grid for the video wall.
class CamerasModule final : public ui::DashboardModule
{
public:
    CamerasModule();
    QList<core::Migration> cacheMigrations() const override;
    QList<core::CollectionContract> dataContract() const override;
    // The dashboard dock plus the "Camera" tab (CameraDetailPanel) wired to the map and the
    // records, and the camera grid.
    ui::ModuleDock *createDockContent(const ui::ModuleContext &context, QWidget *parent) override;

protected:
    QList<core::RecordTableModel::PropertyColumn> recordColumns() const override;
};

} // namespace ioc::cameras
