#pragma once

#include "map/alertlayer.h"
#include "map/choropleth.h"
#include "map/framecache.h"
#include "map/mapstyle.h"
#include "map/mapviewport.h"
#include "map/pointlayer.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QGeoPositionInfo>
#include <QGeoRectangle>
#include <QImage>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

class QGeoPositionInfoSource;

namespace ioc::map {

class BasemapData;
class MbTilesReader;
class XyzTileSource;
struct FrameSources;

// The map every module dock embeds. Offline vector basemap (shared by all instances),
// optional MBTiles raster, point layers with clustering, alert markers, my location.
//
// Rendering: the static basemap and the feature layers are drawn into two cached images
// larger than the widget (a margin on each side). A pan frame only blits them at an
// offset; when the view settles (or the margin runs out) both are re-rendered on a pool
// thread with QtConcurrent and swapped in. A layer update re-renders only the feature
// image. A hidden widget schedules nothing.
class MapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MapWidget(QWidget *parent = nullptr);
    ~MapWidget() override;

    // --- view ---
    // At the widget's current size, even if it was resized while hidden (no resizeEvent yet).
    MapViewport viewport() const
    {
        MapViewport v = m_view;
        v.setSize(size());
        return v;
    }
    QGeoCoordinate center() const { return m_view.center(); }
    double zoom() const { return m_view.zoom(); }
    void setCenter(const QGeoCoordinate &c);
    void setZoom(double zoom);
    void setView(const QGeoCoordinate &center, double zoom);
    void fitBounds(const QGeoRectangle &area);
    void setZoomLimits(double minZoom, double maxZoom);
    void zoomToProvince();
    // "Zoom to my district": a saved home area (e.g. the user's district bbox).
    void setHomeArea(const QGeoRectangle &area);
    QGeoRectangle homeArea() const { return m_home; }
    void zoomHome();
    void zoomIn();
    void zoomOut();
    QGeoCoordinate coordinateAt(const QPointF &widgetPos) const
    {
        return m_view.screenToGeo(widgetPos);
    }

    // --- look ---
    void setStyleKind(MapStyle::Kind kind);
    MapStyle::Kind styleKind() const { return m_style.kind; }
    const MapStyle &mapStyle() const { return m_style; }
    void setInsetVisible(bool on);
    bool isInsetVisible() const { return m_insetVisible; }

    // --- data ---
    // Defaults to BasemapData::shared(); tests and tools may pass their own.
    void setBasemap(std::shared_ptr<const BasemapData> data);
    std::shared_ptr<const BasemapData> basemap() const { return m_basemap; }
    // Raster tiles over the vector basemap. Empty path = vector only. On a missing or
    // corrupt file returns false with a message and keeps the vector basemap.
    bool setMbTilesFile(const QString &path, QString *error = nullptr);
    // Raster tiles from a server: an http(s) URL template with {z}, {x}, {y}. Empty = off.
    // Tiles are cached on disk (see setTileCacheDir) and load in the background; until
    // a tile is there (or if the server is unreachable) the vector basemap shows. When an
    // MBTiles file is also open, the MBTiles file is drawn and the server is not used.
    // Returns false with a message for a malformed template (and keeps the previous one).
    bool setTileUrlTemplate(const QString &urlTemplate, QString *error = nullptr);
    QString tileUrlTemplate() const { return m_tileUrlTemplate; }
    // Where the tile cache lives; empty = <QStandardPaths::CacheLocation>/tiles.
    void setTileCacheDir(const QString &dir);
    QString tileCacheDir() const { return m_tileCacheDir; }
    // The XYZ source in use (shared with other maps on the same template), or null.
    std::shared_ptr<XyzTileSource> tileSource() const { return m_xyz; }
    // The last Shift-drag rubber band as a geographic area (invalid if none yet); the
    // "save this area for offline use" dialog offers it next to the current view.
    QGeoRectangle selectedArea() const { return m_selectedArea; }

    // Replaces a point layer (creates it if new). Indexing and clustering happen here,
    // once; for very large layers build PointLayerData off the UI thread and use
    // setPointLayerData().
    void setPointLayer(const QString &layerId, const QVector<MapPoint> &points,
        const PointLayerOptions &options = {});
    void setPointLayerData(const std::shared_ptr<const PointLayerData> &layer);
    // Same as setPointLayer, but indexes on a pool thread (a million points take ~0.35 s)
    // and swaps the layer in when done; a newer call for the same layer wins.
    void setPointLayerAsync(const QString &layerId, const QVector<MapPoint> &points,
        const PointLayerOptions &options = {});
    void removeLayer(const QString &layerId);
    void setLayerVisible(const QString &layerId, bool visible);
    QStringList layerIds() const { return m_layers.keys(); }
    std::shared_ptr<const PointLayerData> pointLayer(const QString &layerId) const
    {
        return m_layers.value(layerId);
    }

    // District fills by value with a legend (bottom-left); an empty Choropleth removes it.
    void setChoropleth(const Choropleth &choropleth);
    Choropleth choropleth() const { return m_choropleth; }

    void setAlerts(const QVector<AlertMarker> &alerts);
    QVector<AlertMarker> alerts() const { return m_alerts; }

    // --- my location ---
    // Not owned. Starts updates; the marker follows positionUpdated.
    void setPositionSource(QGeoPositionInfoSource *source);
    void setMyLocation(const QGeoPositionInfo &info);
    QGeoPositionInfo myLocation() const { return m_myLocation; }

    // --- output ---
    // The current view (same centre and zoom) rendered at `size`, with all layers and
    // the map furniture, synchronously. For reports and for tests. With a tile server it
    // reads the disk tile cache on the calling thread (call it from a worker if that matters);
    // tiles not cached yet are requested and the vector basemap shows in their place.
    QImage renderToImage(const QSize &size, qreal dpr = 1.0) const;
    // Off = render on the UI thread as soon as needed (deterministic; for tests).
    void setAsyncRendering(bool on) { m_async = on; }
    // Hit test at a widget position; what a click there would select.
    bool featureAt(const QPointF &widgetPos, QString *layerId, QString *featureId) const;

signals:
    void featureClicked(const QString &layerId, const QString &featureId);
    // Shift-drag rubber band: the points inside it, once per layer that has any.
    void featuresSelected(const QString &layerId, const QStringList &featureIds);
    void alertClicked(const QString &alertId);
    void viewChanged(const QGeoCoordinate &center, double zoom);
    void areaSelected(const QGeoRectangle &area);
    void tileSourceChanged();
    void cursorCoordinateChanged(const QGeoCoordinate &coordinate);
    void myLocationChanged(const QGeoPositionInfo &info);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    FrameSources sources() const;
    void viewWasChanged();
    void scheduleRender(int delayMs);
    void startRender();
    void renderNow();
    void onRenderFinished();
    void drawFurniture(
        QPainter &p, const MapViewport &view, const QPointF *cursor, double seconds) const;
    QImage insetImage(qreal dpr) const;
    QRectF insetRect(const QSize &size) const;
    void zoomAnimatedAround(double newZoom, const QPointF &anchor);
    void handleClick(const QPointF &pos);
    void selectInRect(const QRectF &screenRect);
    void updateHover(const QPointF &pos);
    void layersChanged();
    void updateAlertTimer();
    void useTileSource(std::shared_ptr<XyzTileSource> source);

    MapViewport m_view;
    MapStyle m_style = MapStyle::light();
    std::shared_ptr<const BasemapData> m_basemap;
    std::shared_ptr<MbTilesReader> m_tiles;
    std::shared_ptr<XyzTileSource> m_xyz;
    QString m_tileUrlTemplate;
    QString m_tileCacheDir;
    QMetaObject::Connection m_xyzConnection;
    QTimer m_tileArrivalTimer; // batches tile arrivals into one re-render
    QGeoRectangle m_selectedArea;
    QMap<QString, std::shared_ptr<const PointLayerData>> m_layers;
    QHash<QString, quint64> m_layerRequests; // latest async build per layer
    QVector<AlertMarker> m_alerts;
    Choropleth m_choropleth;
    QGeoRectangle m_home;
    bool m_insetVisible = true;
    bool m_async = true;

    FrameCache m_cache;
    int m_baseGen = 0;
    int m_featureGen = 0;
    QFutureWatcher<FrameImages> m_watcher;
    QTimer m_settleTimer;
    QTimer m_alertTimer;
    QElapsedTimer m_clock;

    mutable QImage m_inset;
    mutable qreal m_insetDpr = 0;
    mutable MapStyle::Kind m_insetStyle = MapStyle::Kind::Light;

    QPointer<QGeoPositionInfoSource> m_positionSource;
    QGeoPositionInfo m_myLocation;

    bool m_pressed = false;
    bool m_dragging = false;
    bool m_rubberBand = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QPointF m_cursor { -1, -1 };
    bool m_cursorInside = false;
};

} // namespace ioc::map
