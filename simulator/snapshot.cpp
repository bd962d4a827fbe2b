#include "snapshot.h"

#include "rng.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

namespace ioc::sim {

QByteArray renderSnapshot(quint64 seed, qint64 cameraIndex, qint64 nowMs, bool online)
{
    // No text: drawing text needs a font database (a GUI application); shapes do not.
    QImage img(480, 270, QImage::Format_RGB32);
    const qint64 minute = nowMs / 60000;
    Rng scene(seed, streamKey(u"snapshot"), quint64(cameraIndex));
    Rng moment(seed, streamKey(u"snapshot"), quint64(cameraIndex), quint64(minute));
    QPainter p(&img);
    if (!online) {
        // "No signal": grey noise bars.
        for (int y = 0; y < img.height(); y += 6) {
            const int v = int(moment.range(40, 90));
            p.fillRect(0, y, img.width(), 6, QColor(v, v, v));
        }
    } else {
        // Local hour decides day or night.
        const int hour = int(((nowMs / 3600000) + 7) % 24);
        const bool day = hour >= 6 && hour < 18;
        QLinearGradient sky(0, 0, 0, 110);
        sky.setColorAt(0, day ? QColor(120, 170, 230) : QColor(10, 15, 40));
        sky.setColorAt(1, day ? QColor(200, 220, 240) : QColor(30, 35, 60));
        p.fillRect(0, 0, 480, 110, sky);
        p.fillRect(0, 110, 480, 160, day ? QColor(90, 120, 70) : QColor(25, 35, 25));
        // Road in perspective.
        const QPointF road[] = { { 200, 110 }, { 280, 110 }, { 480, 270 }, { 0, 270 } };
        p.setPen(Qt::NoPen);
        p.setBrush(day ? QColor(80, 80, 85) : QColor(35, 35, 40));
        p.drawPolygon(road, 4);
        // Buildings fixed per camera.
        for (int b = 0; b < 6; ++b) {
            const int w = int(scene.range(30, 70));
            const int h = int(scene.range(30, 90));
            const int x = int(scene.range(0, 440));
            const int c = int(scene.range(120, 200));
            p.fillRect(
                x, 110 - h, w, h, day ? QColor(c, c - 10, c - 20) : QColor(c / 4, c / 4, c / 3));
        }
        // Vehicles differ every minute.
        const int vehicles = int(moment.range(1, 9));
        for (int v = 0; v < vehicles; ++v) {
            const double t = moment.uniform();
            const double y = 120 + t * 140;
            const double half = 40 + t * 200;
            const double x = 240 + moment.between(-half, half) * 0.8;
            const double s = 6 + t * 40;
            p.setBrush(QColor::fromHsv(int(moment.range(0, 359)), 180, day ? 220 : 140));
            p.drawRect(QRectF(x - s / 2, y - s / 3, s, s * 0.6));
        }
    }
    // Time code as a binary strip at the bottom (minute counter), readable by tests.
    for (int bit = 0; bit < 32; ++bit)
        p.fillRect(8 + bit * 6, 262, 5, 5, ((minute >> bit) & 1) ? Qt::white : Qt::black);
    p.end();

    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    QImageWriter writer(&buf, "jpeg");
    writer.setQuality(80);
    writer.write(img);
    return out;
}

} // namespace ioc::sim
