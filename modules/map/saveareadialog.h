#pragma once

#include <QDialog>
#include <QGeoRectangle>

class QAction;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace ioc::map {

class MapWidget;

// "Save this area for offline use", for a map with a tile server (setTileUrlTemplate).
// Asks for the area (the current view or the last Shift-drag selection) and a zoom
// range, shows the tile count and size estimate, then downloads into the tile cache
// with a QProgressDialog (count, Cancel; cancelling keeps what was saved).
void saveAreaForOffline(MapWidget *map, QWidget *parent = nullptr);

// A menu/toolbar action running saveAreaForOffline(map); disabled while the map has no
// tile server. Owned by `parent`.
QAction *createSaveAreaAction(MapWidget *map, QObject *parent);

// The first step on its own (area + zoom range + estimate); exposed for tests.
class SaveAreaDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SaveAreaDialog(MapWidget *map, QWidget *parent = nullptr);

    QGeoRectangle area() const;
    int minZoom() const;
    int maxZoom() const;
    qint64 tileCount() const;
    qint64 estimatedBytes() const;
    QString summaryText() const;

private:
    void updateEstimate();

    MapWidget *m_map;
    QComboBox *m_areaChoice;
    QSpinBox *m_minZoom;
    QSpinBox *m_maxZoom;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace ioc::map
