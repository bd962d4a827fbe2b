#pragma once

#include "alerts/alert.h"
#include "map/alertlayer.h"

#include <QList>
#include <QVector>

namespace ioc::ui {

// The map's alert layer for a set of alerts: the open ones that have a position (their
// feature's, else their administrative unit's), pulsing by severity; warning maps to the
// layer's Major. Feed MapWidget::setAlerts with it; MapWidget::alertClicked gives the id back.
QVector<map::AlertMarker> alertMarkers(const QList<alerts::Alert> &alerts, const QString &language);

} // namespace ioc::ui
