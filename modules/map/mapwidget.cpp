// One QWidget, over 600 lines for a reason: its view API, render scheduling and event
// handlers all act on the same state (the view, the data generations, the press) and
// call one another. What needs none of it lives apart: framecache (the cached images),
// framerenderer, overlays, pointrenderer (drawing and hit tests), overviewinset.
#include "map/mapwidget.h"

#include "map/basemapdata.h"
#include "map/framecache.h"
#include "map/framerenderer.h"
#include "map/maplog.h"
#include "map/mbtilesreader.h"
#include "map/mercator.h"
#include "map/overlays.h"
#include "map/overviewinset.h"
#include "map/pointrenderer.h"
#include "map/tilefetcher.h"
#include "map/xyztilesource.h"

#include <QGeoPositionInfoSource>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace ioc::map {
namespace {
constexpr int kSettleMs = 90; // re-render this long after the last view change
constexpr int kPanStepPx = 100; // arrow keys
constexpr double kWheelStep = 0.5; // zoom levels per wheel notch
constexpr double kMinDrag = 3; // px before a press becomes a drag (else a click)

// The nearest hit at `pos` over all layers: points only, or (a click) clusters too, with
// their bounds.
std::pair<PointHit, QString> nearestHit(
    const QMap<QString, std::shared_ptr<const PointLayerData>> &layers, const MapViewport &view,
    const QPointF &pos, bool clusters)
{
    PointHit best;
    QString bestLayer;
    for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
        const PointHit h = hitTestPointLayer(**it, view, pos, clusters);
        const bool wanted
            = clusters ? h.kind != PointHit::Kind::None : h.kind == PointHit::Kind::Point;
        if (wanted && h.distancePx < best.distancePx) {
            best = h;
            bestLayer = it.key();
        }
    }
    return { best, bestLayer };
}
} // namespace

MapWidget::MapWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is painted; skip the background erase
    setMinimumSize(160, 120);
    m_view.setZoomLimits(5, mercator::kMaxZoom); // 5: all of Viet Nam incl. both archipelagos
    m_view.setSize(size());
    m_clock.start();

    m_settleTimer.setSingleShot(true);
    connect(&m_settleTimer, &QTimer::timeout, this, &MapWidget::startRender);
    connect(&m_watcher, &QFutureWatcher<FrameImages>::finished, this, &MapWidget::onRenderFinished);
    m_tileArrivalTimer.setSingleShot(true);
    m_tileArrivalTimer.setInterval(150);
    connect(&m_tileArrivalTimer, &QTimer::timeout, this, [this] {
        ++m_baseGen;
        scheduleRender(0);
    });
    m_alertTimer.setInterval(33);
    connect(&m_alertTimer, &QTimer::timeout, this, [this] {
        QRegion dirty;
        for (const AlertMarker &a : std::as_const(m_alerts)) {
            if (!a.position.isValid())
                continue;
            const double r = alertReachPx(a.severity) + 2;
            const QPointF s = m_view.geoToScreen(a.position);
            dirty += QRectF(s.x() - r, s.y() - r, 2 * r, 2 * r).toAlignedRect();
        }
        update(dirty.intersected(rect()));
    });

    // The async renderer paints text into QImages on pool threads, which Qt supports
    // with the fontconfig/FreeType backend used on Linux. IOC_MAP_SYNC_RENDER=1 turns it
    // off for diagnosis.
    m_async = qEnvironmentVariableIntValue("IOC_MAP_SYNC_RENDER") == 0;
    setBasemap(BasemapData::shared());
    zoomToProvince();
}

MapWidget::~MapWidget()
{
    // The job owns copies of everything it reads; just stop listening for it.
    m_watcher.disconnect(this);
}

// ---------------------------------------------------------------- view

void MapWidget::setCenter(const QGeoCoordinate &c)
{
    if (!c.isValid())
        return;
    m_view.setCenter(c);
    viewWasChanged();
}

void MapWidget::setZoom(double zoom)
{
    m_view.setZoom(zoom);
    viewWasChanged();
}

void MapWidget::setView(const QGeoCoordinate &c, double zoom)
{
    m_view.setZoom(zoom);
    if (c.isValid())
        m_view.setCenter(c);
    viewWasChanged();
}

void MapWidget::fitBounds(const QGeoRectangle &area)
{
    if (!area.isValid())
        return;
    // size() is already current after resize() on a hidden widget; resizeEvent is not yet.
    m_view.setSize(size());
    m_view.fitBounds(area, 24);
    viewWasChanged();
}

void MapWidget::setZoomLimits(double minZoom, double maxZoom)
{
    m_view.setZoomLimits(minZoom, maxZoom);
    viewWasChanged();
}

void MapWidget::zoomToProvince()
{
    fitBounds(m_basemap ? m_basemap->provinceBounds() : BasemapData().provinceBounds());
}

void MapWidget::setHomeArea(const QGeoRectangle &area)
{
    m_home = area;
}

void MapWidget::zoomHome()
{
    if (m_home.isValid())
        fitBounds(m_home);
    else
        zoomToProvince();
}

void MapWidget::zoomIn()
{
    zoomAnimatedAround(
        std::floor(m_view.zoom() + 1e-6) + 1, QPointF(width() / 2.0, height() / 2.0));
}

void MapWidget::zoomOut()
{
    zoomAnimatedAround(std::ceil(m_view.zoom() - 1e-6) - 1, QPointF(width() / 2.0, height() / 2.0));
}

void MapWidget::zoomAnimatedAround(double newZoom, const QPointF &anchor)
{
    // Immediate: the cached images are drawn scaled until the re-render lands, which
    // already gives continuous feedback without an animation timer.
    m_view.zoomAround(newZoom, anchor);
    viewWasChanged();
}

void MapWidget::viewWasChanged()
{
    update();
    emit viewChanged(m_view.center(), m_view.zoom());
    if (!isVisible())
        return; // rendered on show
    if (!m_async) {
        update();
        return;
    }
    if (m_cache.covers(m_view)) {
        m_settleTimer.start(kSettleMs); // debounce: once the pan settles
    } else if (!m_settleTimer.isActive() || m_settleTimer.remainingTime() > kSettleMs / 3) {
        // Margin exhausted or zoom changed: soon, and without restarting on every move.
        m_settleTimer.start(kSettleMs / 3);
    }
}

// ---------------------------------------------------------------- look and data

void MapWidget::setStyleKind(MapStyle::Kind kind)
{
    if (kind == m_style.kind)
        return;
    m_style = MapStyle::forKind(kind);
    ++m_baseGen;
    ++m_featureGen; // marker outlines follow the style
    m_inset = QImage();
    scheduleRender(0);
    update();
}

void MapWidget::setInsetVisible(bool on)
{
    m_insetVisible = on;
    update();
}

void MapWidget::setBasemap(std::shared_ptr<const BasemapData> data)
{
    m_basemap = std::move(data);
    ++m_baseGen;
    m_inset = QImage();
    scheduleRender(0);
    update();
}

bool MapWidget::setMbTilesFile(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        m_tiles.reset();
    } else {
        auto reader = std::make_shared<MbTilesReader>(path);
        if (!reader->open()) {
            const QString msg = reader->errorString();
            qCWarning(lcMap).noquote() << msg << "- showing the vector basemap";
            if (error)
                *error = msg;
            m_tiles.reset();
            ++m_baseGen;
            scheduleRender(0);
            return false;
        }
        m_tiles = reader;
    }
    ++m_baseGen;
    scheduleRender(0);
    update();
    return true;
}

bool MapWidget::setTileUrlTemplate(const QString &urlTemplate, QString *error)
{
    const QString t = urlTemplate.trimmed();
    if (t.isEmpty()) {
        m_tileUrlTemplate.clear();
        useTileSource(nullptr);
        return true;
    }
    QString why;
    if (!XyzTileSource::checkTemplate(t, &why)) {
        qCWarning(lcMap).noquote() << why;
        if (error)
            *error = why;
        return false;
    }
    m_tileUrlTemplate = t;
    useTileSource(XyzTileSource::shared(t, m_tileCacheDir));
    return true;
}

void MapWidget::setTileCacheDir(const QString &dir)
{
    if (dir == m_tileCacheDir)
        return;
    m_tileCacheDir = dir;
    if (!m_tileUrlTemplate.isEmpty())
        useTileSource(XyzTileSource::shared(m_tileUrlTemplate, m_tileCacheDir));
}

void MapWidget::useTileSource(std::shared_ptr<XyzTileSource> source)
{
    disconnect(m_xyzConnection);
    m_xyz = std::move(source);
    if (m_xyz) {
        // Arrives from the fetcher's thread: queued; several tiles, one re-render.
        m_xyzConnection = connect(m_xyz->fetcher(), &TileFetcher::tilesChanged, this, [this] {
            if (!m_tileArrivalTimer.isActive())
                m_tileArrivalTimer.start();
        });
    }
    ++m_baseGen;
    scheduleRender(0);
    update();
    emit tileSourceChanged();
}

void MapWidget::setPointLayer(
    const QString &layerId, const QVector<MapPoint> &points, const PointLayerOptions &options)
{
    ++m_layerRequests[layerId]; // supersedes a pending async build
    setPointLayerData(PointLayerData::build(layerId, points, options));
}

void MapWidget::setPointLayerAsync(
    const QString &layerId, const QVector<MapPoint> &points, const PointLayerOptions &options)
{
    const quint64 request = ++m_layerRequests[layerId];
    auto *watcher = new QFutureWatcher<std::shared_ptr<const PointLayerData>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, layerId, request] {
        watcher->deleteLater();
        if (m_layerRequests.value(layerId) == request) // else superseded by a newer call
            setPointLayerData(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&PointLayerData::build, layerId, points, options));
}

void MapWidget::setPointLayerData(const std::shared_ptr<const PointLayerData> &layer)
{
    if (!layer)
        return;
    m_layers.insert(layer->layerId(), layer);
    layersChanged();
}

void MapWidget::removeLayer(const QString &layerId)
{
    ++m_layerRequests[layerId]; // a build still running must not bring it back
    if (m_layers.remove(layerId))
        layersChanged();
}

void MapWidget::setLayerVisible(const QString &layerId, bool visible)
{
    const auto layer = m_layers.value(layerId);
    if (!layer || layer->options().visible == visible)
        return;
    m_layers.insert(layerId, layer->withVisible(visible));
    layersChanged();
}

void MapWidget::layersChanged()
{
    ++m_featureGen;
    scheduleRender(0);
}

void MapWidget::setChoropleth(const Choropleth &choropleth)
{
    m_choropleth = choropleth;
    ++m_baseGen; // drawn under the boundaries and labels, i.e. into the basemap image
    scheduleRender(0);
    update();
}

void MapWidget::setAlerts(const QVector<AlertMarker> &alerts)
{
    m_alerts = alerts;
    updateAlertTimer();
    update();
}

void MapWidget::updateAlertTimer()
{
    const bool animate = !m_alerts.isEmpty() && isVisible();
    if (animate && !m_alertTimer.isActive())
        m_alertTimer.start();
    else if (!animate)
        m_alertTimer.stop();
}

void MapWidget::setPositionSource(QGeoPositionInfoSource *source)
{
    if (m_positionSource)
        disconnect(m_positionSource, nullptr, this, nullptr);
    m_positionSource = source;
    if (!source)
        return;
    connect(source, &QGeoPositionInfoSource::positionUpdated, this, &MapWidget::setMyLocation);
    connect(source, &QGeoPositionInfoSource::errorOccurred, this,
        [](QGeoPositionInfoSource::Error e) { qCWarning(lcMap) << "position source error" << e; });
    source->startUpdates();
}

void MapWidget::setMyLocation(const QGeoPositionInfo &info)
{
    m_myLocation = info;
    update();
    emit myLocationChanged(info);
}

// ---------------------------------------------------------------- rendering

FrameSources MapWidget::sources() const
{
    FrameSources s;
    s.basemap = m_basemap;
    s.tiles = m_tiles;
    s.xyz = m_xyz;
    s.style = m_style;
    s.choropleth = m_choropleth;
    for (const auto &l : m_layers)
        s.pointLayers.append(l);
    return s;
}

void MapWidget::scheduleRender(int delayMs)
{
    if (!isVisible())
        return;
    if (!m_async) {
        update(); // paintEvent renders synchronously
        return;
    }
    if (delayMs <= 0 && !m_settleTimer.isActive())
        startRender();
    else
        m_settleTimer.start(std::max(0, delayMs));
}

void MapWidget::startRender()
{
    if (!isVisible())
        return;
    if (m_watcher.isRunning())
        return; // onRenderFinished() starts the next one with the newest state
    const MapViewport target = FrameCache::enlargedView(m_view);
    const qreal dpr = devicePixelRatioF();
    const FrameCache::Needs needs = m_cache.needs(target, dpr, m_baseGen, m_featureGen);
    if (!needs.base && !needs.features)
        return;
    m_watcher.setFuture(QtConcurrent::run(&renderFrameImages, sources(), target, dpr, needs.base,
        needs.features, m_baseGen, m_featureGen));
}

void MapWidget::onRenderFinished()
{
    m_cache.merge(m_watcher.result());
    update();
    // The view or data may have moved on while rendering; startRender() is a no-op when
    // the cache is current. While a pan continues, the settle timer decides instead.
    if (!m_settleTimer.isActive())
        startRender();
}

void MapWidget::renderNow()
{
    const MapViewport target = FrameCache::enlargedView(m_view);
    const qreal dpr = devicePixelRatioF();
    FrameSources src = sources();
    // The XYZ cache is SQLite on disk: the UI thread never reads it. In async mode the
    // first frame is vector only and a pool-thread render adds the tiles right after.
    const bool deferTiles = m_async && src.xyz;
    if (deferTiles)
        src.xyz.reset();
    m_cache.replace(renderFrameImages(src, target, dpr, true, true, m_baseGen, m_featureGen));
    if (deferTiles) {
        m_cache.markBaseProvisional(); // not the real thing yet
        QTimer::singleShot(0, this, &MapWidget::startRender);
    }
}

void MapWidget::paintEvent(QPaintEvent *)
{
    const qreal dpr = devicePixelRatioF();
    const bool stale = m_cache.isEmptyAt(dpr);
    const bool outdated = !m_cache.isCurrentFor(m_view, m_baseGen, m_featureGen);
    if (stale || (!m_async && outdated))
        renderNow(); // first frame (or sync mode): never show an empty map
    else if (outdated && !m_watcher.isRunning() && !m_settleTimer.isActive())
        startRender();

    QPainter p(this);
    p.fillRect(rect(), m_style.sea);
    m_cache.draw(p, m_view, dpr);
    const QPointF cursor = m_cursor;
    drawFurniture(p, m_view, m_cursorInside ? &cursor : nullptr, m_clock.elapsed() / 1000.0);
    if (m_pressed && m_dragging && m_rubberBand) {
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(50);
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        p.setBrush(fill);
        p.drawRect(QRectF(m_pressPos, m_lastPos).normalized());
    }
}

QRectF MapWidget::insetRect(const QSize &s) const
{
    // Only where it leaves most of the map free; a small dock gets no inset.
    if (!m_insetVisible || s.width() < 420 || s.height() < 320)
        return {};
    const double w = std::clamp(s.width() * 0.16, 110.0, 190.0);
    return QRectF(s.width() - w - 10, 10, w, w * 1.1);
}

QImage MapWidget::insetImage(qreal dpr) const
{
    const QRectF r = insetRect(size());
    if (r.isEmpty() || !m_basemap)
        return {};
    if (m_inset.isNull() || m_insetDpr != dpr || m_insetStyle != m_style.kind
        || m_inset.deviceIndependentSize() != r.size()) {
        m_inset = QImage((r.size() * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        m_inset.setDevicePixelRatio(dpr);
        m_inset.fill(Qt::transparent);
        QPainter ip(&m_inset);
        drawOverviewInset(ip, QRectF(QPointF(0, 0), r.size()), *m_basemap, m_style);
        m_insetDpr = dpr;
        m_insetStyle = m_style.kind;
    }
    return m_inset;
}

void MapWidget::drawFurniture(
    QPainter &p, const MapViewport &view, const QPointF *cursor, double seconds) const
{
    const QSize s = view.size();
    drawAlertMarkers(p, m_alerts, view, m_style, seconds);
    drawMyLocation(p, view, m_myLocation);
    const QRectF attr = drawAttribution(p, QRectF(QPointF(0, 0), QSizeF(s)), m_style);
    drawScaleBar(p, view, m_style, QPointF(10, attr.top() - 6));
    drawChoroplethLegend(p, m_choropleth, QPointF(10, attr.top() - 36), m_style.controlBg,
        m_style.controlFg, m_style.fontFamily);
    drawNorthArrow(p, QRectF(10, 10, 34, 34), m_style);
    if (cursor)
        drawCoordinateReadout(p, QPointF(52, 17), m_style, view.screenToGeo(*cursor));
    const QRectF ir = insetRect(s);
    if (!ir.isEmpty() && m_basemap) {
        const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
        if (s == size()) {
            p.drawImage(ir.topLeft(), insetImage(dpr));
        } else { // export at another size: draw directly
            drawOverviewInset(p, ir, *m_basemap, m_style);
        }
    }
}

QImage MapWidget::renderToImage(const QSize &size, qreal dpr) const
{
    if (size.isEmpty())
        return {};
    MapViewport v = m_view;
    v.setSize(size);
    const FrameSources src = sources();
    QImage labels;
    QImage img = renderBaseImage(src, v, dpr, &labels);
    {
        const QImage features = renderFeatureImage(src, v, dpr);
        QPainter p(&img);
        p.drawImage(QPointF(0, 0), features);
        if (!labels.isNull())
            p.drawImage(QPointF(0, 0), labels);
        drawFurniture(p, v, nullptr, 0.0);
    }
    return img;
}

// ---------------------------------------------------------------- events

void MapWidget::resizeEvent(QResizeEvent *)
{
    m_view.setSize(size());
    m_inset = QImage();
    scheduleRender(kSettleMs);
}

void MapWidget::showEvent(QShowEvent *)
{
    updateAlertTimer();
    scheduleRender(0);
}

void MapWidget::hideEvent(QHideEvent *)
{
    updateAlertTimer();
    m_settleTimer.stop();
}

bool MapWidget::featureAt(const QPointF &pos, QString *layerId, QString *featureId) const
{
    const auto [best, bestLayer] = nearestHit(m_layers, m_view, pos, false);
    if (best.kind != PointHit::Kind::Point)
        return false;
    if (layerId)
        *layerId = bestLayer;
    if (featureId)
        *featureId = m_layers.value(bestLayer)->pointId(best.pointIndex);
    return true;
}

void MapWidget::handleClick(const QPointF &pos)
{
    const int alert = hitTestAlerts(m_alerts, m_view, pos);
    if (alert >= 0) {
        emit alertClicked(m_alerts.at(alert).id);
        return;
    }
    const auto [best, bestLayer] = nearestHit(m_layers, m_view, pos, true);
    if (best.kind == PointHit::Kind::Cluster) {
        // Zoom to the members' extent, at least one level, so the cluster splits.
        const QRectF b = best.clusterBounds;
        MapViewport v = m_view;
        v.fitBounds(
            QGeoRectangle(mercator::unproject(b.topLeft()), mercator::unproject(b.bottomRight())),
            48);
        const double z = std::max(v.zoom(), std::floor(m_view.zoom()) + 1);
        m_view.setZoom(z);
        m_view.setCenterWorld(b.center());
        viewWasChanged();
    } else if (best.kind == PointHit::Kind::Point) {
        emit featureClicked(bestLayer, m_layers.value(bestLayer)->pointId(best.pointIndex));
    }
}

void MapWidget::selectInRect(const QRectF &screenRect)
{
    const QRectF world(
        m_view.screenToWorld(screenRect.topLeft()), m_view.screenToWorld(screenRect.bottomRight()));
    for (auto it = m_layers.cbegin(); it != m_layers.cend(); ++it) {
        const auto &layer = *it;
        if (!layer->options().visible)
            continue;
        QStringList ids;
        layer->forPointsIn(world, [&](int i) { ids.append(layer->pointId(i)); });
        if (!ids.isEmpty())
            emit featuresSelected(it.key(), ids);
    }
}

void MapWidget::updateHover(const QPointF &pos)
{
    QString tip;
    const int alert = hitTestAlerts(m_alerts, m_view, pos);
    if (alert >= 0) {
        tip = m_alerts.at(alert).text.isEmpty() ? m_alerts.at(alert).id : m_alerts.at(alert).text;
    } else {
        for (auto it = m_layers.cbegin(); it != m_layers.cend() && tip.isEmpty(); ++it) {
            const PointHit h = hitTestPointLayer(**it, m_view, pos);
            if (h.kind == PointHit::Kind::Point)
                tip = (*it)->tooltip(h.pointIndex);
            else if (h.kind == PointHit::Kind::Cluster)
                tip = tr("%n feature(s) — click to zoom in", nullptr, h.count);
        }
    }
    setCursor(tip.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(mapToGlobal(pos.toPoint()), tip, this);
}

void MapWidget::mousePressEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(e);
    m_pressed = true;
    m_dragging = false;
    m_rubberBand = e->modifiers().testFlag(Qt::ShiftModifier);
    m_pressPos = m_lastPos = e->position();
}

void MapWidget::mouseMoveEvent(QMouseEvent *e)
{
    const QPointF pos = e->position();
    m_cursor = pos;
    m_cursorInside = true;
    if (m_pressed) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= kMinDrag) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            QToolTip::hideText();
        }
        if (m_dragging && m_rubberBand) {
            m_lastPos = pos;
            update();
        } else if (m_dragging) {
            m_view.panBy(pos - m_lastPos);
            m_lastPos = pos;
            viewWasChanged();
        }
    } else {
        updateHover(pos);
        update(QRect(50, 0, 260, 50)); // the coordinate readout only
    }
    emit cursorCoordinateChanged(m_view.screenToGeo(pos));
}

void MapWidget::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(e);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::ArrowCursor);
        if (m_rubberBand) {
            const QRectF r = QRectF(m_pressPos, e->position()).normalized();
            m_selectedArea = QGeoRectangle(
                m_view.screenToGeo(r.topLeft()), m_view.screenToGeo(r.bottomRight()));
            emit areaSelected(m_selectedArea);
            selectInRect(r);
            update();
        }
    } else {
        handleClick(e->position());
    }
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton)
        zoomAnimatedAround(m_view.zoom() + 1, e->position());
    else if (e->button() == Qt::RightButton)
        zoomAnimatedAround(m_view.zoom() - 1, e->position());
}

void MapWidget::wheelEvent(QWheelEvent *e)
{
    // angleDelta is in eighths of a degree; 120 = one notch. Touchpads send small steps,
    // which gives smooth fractional zoom for free.
    const double notches = e->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomAnimatedAround(m_view.zoom() + notches * kWheelStep, e->position());
    e->accept();
}

void MapWidget::keyPressEvent(QKeyEvent *e)
{
    switch (e->key()) {
    case Qt::Key_Left:
        m_view.panBy(QPointF(kPanStepPx, 0));
        viewWasChanged();
        break;
    case Qt::Key_Right:
        m_view.panBy(QPointF(-kPanStepPx, 0));
        viewWasChanged();
        break;
    case Qt::Key_Up:
        m_view.panBy(QPointF(0, kPanStepPx));
        viewWasChanged();
        break;
    case Qt::Key_Down:
        m_view.panBy(QPointF(0, -kPanStepPx));
        viewWasChanged();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Home:
        zoomHome();
        break;
    default:
        QWidget::keyPressEvent(e);
        return;
    }
    e->accept();
}

void MapWidget::leaveEvent(QEvent *)
{
    m_cursorInside = false;
    update();
}

bool MapWidget::event(QEvent *e)
{
    if (e->type() == QEvent::NativeGesture) {
        // Trackpad pinch (where the platform delivers it).
        auto *g = static_cast<QNativeGestureEvent *>(e);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            zoomAnimatedAround(m_view.zoom() + std::log2(1.0 + g->value()), g->position());
            return true;
        }
    }
    return QWidget::event(e);
}

} // namespace ioc::map
