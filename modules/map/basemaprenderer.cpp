#include "map/basemaprenderer.h"

#include "map/basemapdata.h"
#include "map/choropleth.h"
#include "map/labelplacer.h"
#include "map/mapstyle.h"
#include "map/mapviewport.h"
#include "map/mercator.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <functional>

namespace ioc::map {

QPolygonF toScreen(const QVector<QPointF> &world, const MapViewport &view, double tol)
{
    QPolygonF out;
    out.reserve(world.size());
    const double s = view.scale();
    const QPointF c = view.centerWorld();
    const QPointF half(view.size().width() / 2.0, view.size().height() / 2.0);
    for (int i = 0; i < world.size(); ++i) {
        const QPointF q = (world[i] - c) * s + half;
        if (out.isEmpty() || i == world.size() - 1
            || std::abs(q.x() - out.last().x()) + std::abs(q.y() - out.last().y()) >= tol)
            out.append(q);
    }
    return out;
}

QFont mapFont(const MapStyle &style, double px, bool bold, bool italic)
{
    QFont f(style.fontFamily);
    f.setFamilies({ style.fontFamily, QStringLiteral("DejaVu Sans") });
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

void drawHaloText(QPainter &p, const QPointF &baseline, const QString &text, const QFont &font,
    const QColor &fg, const QColor &halo, double haloWidth)
{
    // The halo is the text stamped at eight offsets: glyphs come from Qt's glyph cache,
    // which is several times faster than stroking the text outline as a path.
    p.save();
    p.setFont(font);
    p.setPen(halo);
    const double r = std::max(0.75, haloWidth / 2.5);
    static const QPointF dirs[] = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 }, { 0.7, 0.7 },
        { -0.7, 0.7 }, { 0.7, -0.7 }, { -0.7, -0.7 } };
    for (const QPointF &d : dirs)
        p.drawText(baseline + d * r, text);
    p.setPen(fg);
    p.drawText(baseline, text);
    p.restore();
}

namespace {

struct Ctx
{
    QPainter &p;
    const BasemapData &d;
    const MapViewport &v;
    const MapStyle &s;
    LabelPlacer &labels;
    QRectF viewRect; // screen, with a small bleed so strokes at the edge are complete
    double zoom;
    // Where hamlets (names and dots) go when the labels have their own layer: with the
    // geometry, under the feature layers (hundreds of them would speckle cluster bubbles).
    QPainter *geometry = nullptr;
};

bool visible(const Ctx &c, const QRectF &worldBounds)
{
    const QRectF r(
        c.v.worldToScreen(worldBounds.topLeft()), c.v.worldToScreen(worldBounds.bottomRight()));
    return r.intersects(c.viewRect) || (r.width() == 0 && c.viewRect.contains(r.topLeft()));
}

QPainterPath polygonPath(const Ctx &c, const GeoFeature &f, double tol)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (int i = 0; i < f.parts.size(); ++i) {
        if (!visible(c, f.partBounds.at(i)))
            continue;
        const QPolygonF poly = toScreen(f.parts.at(i), c.v, tol);
        if (poly.size() >= 3)
            path.addPolygon(poly);
    }
    return path;
}

void fillLayer(const Ctx &c, const GeoLayer &layer, const QColor &colour,
    const std::function<bool(const GeoFeature &)> &filter = {})
{
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(colour);
    for (const GeoFeature &f : layer.features) {
        if (f.kind != GeoFeature::Kind::Polygon || !visible(c, f.bounds) || (filter && !filter(f)))
            continue;
        c.p.drawPath(polygonPath(c, f, 0.5));
    }
}

// Outlines of polygons that were clipped to the context bbox run along its edges; those
// segments are not borders. Draws the polyline without them.
void strokeWithoutBoxEdges(const Ctx &c, const GeoLayer &layer, const QPen &pen, const QRectF &box,
    const std::function<bool(const GeoFeature &)> &filter)
{
    const double eps = 1e-9;
    auto onEdge = [&](const QPointF &a, const QPointF &b) {
        return (std::abs(a.x() - box.left()) < eps && std::abs(b.x() - box.left()) < eps)
            || (std::abs(a.x() - box.right()) < eps && std::abs(b.x() - box.right()) < eps)
            || (std::abs(a.y() - box.top()) < eps && std::abs(b.y() - box.top()) < eps)
            || (std::abs(a.y() - box.bottom()) < eps && std::abs(b.y() - box.bottom()) < eps);
    };
    c.p.setPen(pen);
    c.p.setBrush(Qt::NoBrush);
    for (const GeoFeature &f : layer.features) {
        if (!visible(c, f.bounds) || (filter && !filter(f)))
            continue;
        for (const auto &part : f.parts) {
            QVector<QPointF> run;
            auto flush = [&] {
                if (run.size() >= 2)
                    c.p.drawPolyline(toScreen(run, c.v, 0.7));
                run.clear();
            };
            for (int i = 0; i < part.size(); ++i) {
                if (i > 0 && onEdge(part[i - 1], part[i]))
                    flush();
                run.append(part[i]);
            }
            flush();
        }
    }
}

void strokeLayer(const Ctx &c, const GeoLayer &layer, const QPen &pen,
    const std::function<bool(const GeoFeature &)> &filter = {}, double tolerancePx = 0.7)
{
    c.p.setPen(pen);
    c.p.setBrush(Qt::NoBrush);
    for (const GeoFeature &f : layer.features) {
        if (f.kind == GeoFeature::Kind::Point || !visible(c, f.bounds) || (filter && !filter(f)))
            continue;
        for (int i = 0; i < f.parts.size(); ++i) {
            if (!visible(c, f.partBounds.at(i)))
                continue;
            c.p.drawPolyline(toScreen(f.parts.at(i), c.v, tolerancePx));
        }
    }
}

double lerpZoom(double z, double z0, double v0, double z1, double v1)
{
    const double t = std::clamp((z - z0) / (z1 - z0), 0.0, 1.0);
    return v0 + t * (v1 - v0);
}

// Tries the label to the right, left, above and below a point anchor (in that order,
// the cartographic convention), or centred for area labels.
bool placeLabel(const Ctx &c, const QPointF &anchor, const QString &text, const QFont &font,
    const QColor &fg, bool centred, double gap = 4)
{
    if (text.isEmpty())
        return false;
    const QFontMetricsF fm(font);
    const double w = fm.horizontalAdvance(text), h = fm.height(), asc = fm.ascent();
    QVector<QPointF> tops; // top-left candidates
    if (centred) {
        tops = { anchor - QPointF(w / 2, h / 2), anchor - QPointF(w / 2, h / 2 - h * 0.9),
            anchor - QPointF(w / 2, h / 2 + h * 0.9) };
    } else {
        tops = { anchor + QPointF(gap, -h / 2), anchor + QPointF(-gap - w, -h / 2),
            anchor + QPointF(-w / 2, -gap - h), anchor + QPointF(-w / 2, gap) };
    }
    for (const QPointF &tl : std::as_const(tops)) {
        const QRectF r(tl, QSizeF(w, h));
        // A little air around each label: names that touch read as one at commune zoom.
        if (!c.viewRect.contains(r) || !c.labels.tryPlace(r.adjusted(-4, -2, 4, 2)))
            continue;
        drawHaloText(c.p, QPointF(tl.x(), tl.y() + asc), text, font, fg, c.s.halo);
        return true;
    }
    return false;
}

// Legal requirement for maps published in Viet Nam: wherever the view reaches the
// archipelagos they are shown (as dots: the islands are sub-pixel) and named.
void drawArchipelagos(const Ctx &c)
{
    if (c.zoom >= 10)
        return;
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(c.s.provinceOutline);
    for (const GeoFeature &f : c.d.national.features) {
        if (f.text("role") != QLatin1String("archipelago_markers") || !visible(c, f.bounds))
            continue;
        for (const QPointF &w : f.parts.first())
            c.p.drawEllipse(c.v.worldToScreen(w), 1.6, 1.6);
    }
    const QFont font = mapFont(c.s, 12, true);
    for (const GeoFeature &f : c.d.national.features) {
        if (f.text("role") != QLatin1String("label"))
            continue;
        const QPointF a = c.v.worldToScreen(f.parts.first().first());
        if (!c.viewRect.adjusted(-200, -50, 200, 50).contains(a))
            continue;
        const QString name = f.text("name_vi");
        const QFontMetricsF fm(font);
        const QRectF r(a.x() - fm.horizontalAdvance(name) / 2, a.y() + 8,
            fm.horizontalAdvance(name), fm.height());
        c.labels.reserve(r); // placed unconditionally, before every other label
        drawHaloText(c.p, QPointF(r.left(), r.top() + fm.ascent()), name, font, c.s.text, c.s.halo);
    }
    if (c.zoom < 7) {
        const QFont seaFont = mapFont(c.s, 13, false, true);
        for (const GeoFeature &f : c.d.national.features) {
            if (f.text("role") == QLatin1String("sea_label"))
                placeLabel(c, c.v.worldToScreen(f.parts.first().first()), f.text("name_vi"),
                    seaFont, c.s.seaText, true);
        }
    }
}

void drawLabels(const Ctx &c)
{
    const double z = c.zoom;
    drawArchipelagos(c);
    // 1. Province capital and neighbouring capital (NE populated places).
    if (z >= 6 && z < 12.5) {
        const QFont f = mapFont(c.s, lerpZoom(z, 7, 12, 11, 15), true);
        for (const GeoFeature &pl : c.d.places.features) {
            const QPointF pt = c.v.worldToScreen(pl.parts.first().first());
            if (!c.viewRect.contains(pt))
                continue;
            if (placeLabel(c, pt, pl.text("NAME"), f, c.s.text, false, 6)) {
                c.p.setPen(QPen(c.s.halo, 1.5));
                c.p.setBrush(c.s.text);
                c.p.drawEllipse(pt, 3.5, 3.5);
                c.labels.reserve(QRectF(pt - QPointF(5, 5), QSizeF(10, 10)));
            }
        }
    }
    // 2. District names (area labels).
    if (z >= 8.3 && z < 13.5) {
        const QFont f = mapFont(c.s, lerpZoom(z, 8.3, 10.5, 12, 15), true);
        for (const auto &l : c.d.districtLabels)
            placeLabel(c, c.v.worldToScreen(l.world), l.text, f,
                c.s.provinceOutline.darker(c.s.kind == MapStyle::Kind::Light ? 115 : 80), true);
    }
    // 3. Neighbouring provinces, muted.
    if (z >= 7 && z < 11.5) {
        const QFont f = mapFont(c.s, lerpZoom(z, 7, 11, 11, 14), false, true);
        for (const auto &l : c.d.neighbourLabels)
            placeLabel(c, c.v.worldToScreen(l.world), l.text, f, c.s.textMuted, true);
    }
    // 4. The sea, once, off the province's coast (low enough to stay clear of the inset).
    if (z >= 7 && z < 12) {
        const QPointF sea = c.v.geoToScreen(QGeoCoordinate(18.36, 106.30));
        placeLabel(c, sea, QStringLiteral("Biển Đông"),
            mapFont(c.s, lerpZoom(z, 7, 12, 11, 17), false, true), c.s.seaText, true);
    }
    // 5. Settlements: dots from zoom 10.5, names from 11 (district seats earlier).
    if (z >= 10.0) {
        const QFont f = mapFont(c.s, lerpZoom(z, 11, 11, 15, 13));
        const QFont fSeat = mapFont(c.s, lerpZoom(z, 10, 11.5, 15, 14), true);
        const double r = lerpZoom(z, 10.5, 1.6, 15, 3);
        const Ctx minor { c.geometry ? *c.geometry : c.p, c.d, c.v, c.s, c.labels, c.viewRect,
            c.zoom, c.geometry };
        for (const auto &l : c.d.settlementLabels) {
            const bool seat = l.rank <= 2;
            if (!seat && z < 10.5)
                continue;
            const QPointF pt = c.v.worldToScreen(l.world);
            if (!c.viewRect.contains(pt))
                continue;
            // District seats are drawn over the feature layers with the other important
            // names; the many hamlets stay under them (a cluster bubble may cover "Xóm Ba",
            // but its count must stay readable).
            const Ctx &lc = seat ? c : minor;
            const bool labelled = (seat || z >= 11.2)
                && placeLabel(lc, pt, l.text, seat ? fSeat : f,
                    seat ? c.s.text
                         : c.s.textMuted.darker(c.s.kind == MapStyle::Kind::Light ? 130 : 70),
                    false);
            // An unlabelled hamlet still shows as a dot, but only if it does not sit on a label.
            if (labelled || c.labels.isFree(QRectF(pt - QPointF(r, r), QSizeF(2 * r, 2 * r)))) {
                QPainter &dp = labelled ? lc.p : minor.p;
                dp.setPen(QPen(c.s.halo, 1));
                dp.setBrush(c.s.settlement);
                dp.drawEllipse(pt, seat ? r + 1 : r, seat ? r + 1 : r);
            }
        }
    }
}

} // namespace

void renderBasemap(QPainter &p, const BasemapData &d, const MapViewport &v, const MapStyle &s,
    LabelPlacer &labels, const Choropleth *choropleth, QPainter *labelPainter)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF screen(QPointF(0, 0), QSizeF(v.size()));
    Ctx c { p, d, v, s, labels, screen.adjusted(-4, -4, 4, 4), v.zoom() };
    p.fillRect(screen, s.sea);

    // The seam between the two data sets, rounded *inward* to whole pixels: the GSHHG
    // polygons (clipped at the true bbox edge) then fully cover every pixel up to it, and
    // the national data fully covers the rest, so no antialiased hairline shows.
    const QRectF ctxTrue(v.worldToScreen(d.contextWorldRect.topLeft()),
        v.worldToScreen(d.contextWorldRect.bottomRight()));
    const QRectF ctxScreen(QPointF(std::ceil(ctxTrue.left()), std::ceil(ctxTrue.top())),
        QPointF(std::floor(ctxTrue.right()), std::floor(ctxTrue.bottom())));
    const bool ctxCoversView = ctxScreen.contains(screen);

    // Outside the context bbox only the coarse national data exists: draw it there and
    // keep it out of the bbox, where its 200 m simplification would fight GSHHG's coast.
    if (!ctxCoversView) {
        QPainterPath outside;
        outside.setFillRule(Qt::OddEvenFill);
        outside.addRect(screen.adjusted(-10, -10, 10, 10));
        outside.addRect(ctxScreen);
        p.setClipPath(outside);
        fillLayer(c, d.nationalNeighbours, s.foreignLand);
        fillLayer(c, d.national, s.land,
            [](const GeoFeature &f) { return f.text("role") == QLatin1String("country"); });
        // Only Viet Nam's outline: the neighbours' polygons end at a clipping box whose
        // straight edges would show as fake borders.
        strokeLayer(c, d.national, QPen(s.neighbourLine, 0.8),
            [](const GeoFeature &f) { return f.text("role") == QLatin1String("country"); });
        p.setClipping(false);
    }
    if (ctxScreen.intersects(screen)) {
        p.setClipRect(ctxScreen);
        fillLayer(c, d.land, s.land);
        fillLayer(c, d.neighbourProvinces, s.foreignLand,
            [](const GeoFeature &f) { return f.text("iso_a2") == QLatin1String("LA"); });
        // NE admin-1 is strongly generalised: its lines are only right at overview scale,
        // and drawn before the province fill so they never cross the province itself.
        if (v.zoom() < 9.5) {
            QPen neighbour(s.neighbourLine, lerpZoom(v.zoom(), 6, 0.7, 9.5, 1.1), Qt::DashLine);
            strokeWithoutBoxEdges(c, d.neighbourProvinces, neighbour, d.contextWorldRect,
                [](const GeoFeature &f) { return f.text("name") != QLatin1String("Ha Tinh"); });
        }
        fillLayer(c, d.province, s.province);
        if (choropleth) {
            for (const GeoFeature &f : d.districts.features) {
                const auto it = choropleth->colours.constFind(
                    f.properties.value(choropleth->keyProperty).toString());
                if (it != choropleth->colours.cend() && visible(c, f.bounds)) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(*it);
                    p.drawPath(polygonPath(c, f, 0.5));
                }
            }
        }
        // Sea = bbox minus land. The province polygon counts the Lam estuary as land
        // while GSHHG (5 m median accuracy) counts it as sea; the shoreline wins.
        // Without the land file (broken install) there is no shoreline to trust: keep the
        // province polygons as drawn rather than flooding everything.
        if (!d.land.features.isEmpty()) {
            QPainterPath sea;
            sea.setFillRule(Qt::OddEvenFill);
            // Reaches past the true bbox edge so the land's clipped edges never meet it.
            sea.addRect(
                ctxTrue.adjusted(-2, -2, 2, 2).intersected(screen.adjusted(-10, -10, 10, 10)));
            for (const GeoFeature &f : d.land.features)
                sea.addPath(polygonPath(c, f, 0.5));
            p.setPen(Qt::NoPen);
            p.setBrush(s.sea);
            p.drawPath(sea);
        }

        // Boundaries: neighbours dashed, districts thin, the province with a soft halo.
        const double z = v.zoom();
        if (z >= 7.5) {
            // Cosmetic pens take the raster engine's fast path; a dashed geometric pen
            // cost ~40 ms per 1080p frame here.
            QPen district(s.districtLine, std::round(lerpZoom(z, 8, 1.0, 14, 2.0)), Qt::DashLine);
            district.setCosmetic(true);
            district.setDashPattern({ 4, 2 });
            strokeLayer(c, d.districts, district);
        }
        QColor haloCol = s.provinceOutline;
        haloCol.setAlpha(60);
        // A wide translucent stroke is the most expensive thing on the map (the stroker
        // outlines it, then the whole outline is filled): a coarser line is invisible
        // under the soft halo and halves its cost.
        strokeLayer(c, d.province,
            QPen(haloCol, lerpZoom(z, 6, 3, 13, 8), Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin), {},
            2.5);
        strokeLayer(c, d.province,
            QPen(s.provinceOutline, lerpZoom(z, 6, 1.0, 13, 2.2), Qt::SolidLine, Qt::FlatCap,
                Qt::BevelJoin));

        strokeLayer(c, d.rivers,
            QPen(
                s.river, lerpZoom(z, 7, 0.8, 14, 3.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        strokeLayer(c, d.coastline, QPen(s.coastline, lerpZoom(z, 7, 0.6, 14, 1.4)));
        p.setClipping(false);
    }
    if (labelPainter) {
        labelPainter->save();
        labelPainter->setRenderHint(QPainter::Antialiasing, true);
        labelPainter->setRenderHint(QPainter::TextAntialiasing, true);
        const Ctx lc { *labelPainter, d, v, s, labels, c.viewRect, c.zoom, &p };
        drawLabels(lc);
        labelPainter->restore();
    } else {
        drawLabels(c);
    }
    p.restore();
}

} // namespace ioc::map
