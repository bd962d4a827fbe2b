#include "cameras/snapshotview.h"

#include "cameras/tr.h"

#include <QLocale>
#include <QPainter>
#include <QTimeZone>

namespace ioc::cameras {

namespace {
QString localTime(const QDateTime &utc, const QString &format)
{
    // Operators read times in the province's zone whatever the machine is set to.
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    return QLocale().toString(zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime(), format);
}
} // namespace

SnapshotView::SnapshotView(SnapshotFetcher *fetcher, QWidget *parent)
    : QWidget(parent)
    , m_fetcher(fetcher)
{
    setMinimumSize(160, 100);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &SnapshotView::refresh);
    if (m_fetcher)
        connect(m_fetcher, &SnapshotFetcher::snapshotUpdated, this, &SnapshotView::onSnapshot);
}

void SnapshotView::setCamera(const QString &cameraId, const QString &name, const QString &path)
{
    m_cameraId = cameraId;
    m_name = name;
    m_path = path;
    m_snapshot = m_fetcher ? m_fetcher->cached(cameraId) : Snapshot { cameraId, {}, {}, false, {} };
    setAccessibleName(Tr::tr("Snapshot of camera %1").arg(name));
    update();
    if (isVisible()) {
        refresh();
        m_refresh.start();
    }
}

void SnapshotView::clearCamera()
{
    m_cameraId.clear();
    m_name.clear();
    m_path.clear();
    m_snapshot = {};
    m_refresh.stop();
    update();
}

void SnapshotView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_cameraId.isEmpty()) {
        refresh();
        m_refresh.start();
    }
}

void SnapshotView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refresh.stop();
}

void SnapshotView::refresh()
{
    if (m_fetcher && !m_cameraId.isEmpty())
        m_fetcher->request(m_cameraId, m_path);
}

void SnapshotView::onSnapshot(const Snapshot &snapshot)
{
    if (snapshot.cameraId != m_cameraId)
        return;
    // A failed refresh must not wipe a live picture we already show: keep the newer image.
    if (snapshot.image.isNull() && !m_snapshot.image.isNull()) {
        m_snapshot.live = false;
        m_snapshot.problem = snapshot.problem;
    } else {
        m_snapshot = snapshot;
    }
    update();
}

QString SnapshotView::statusText() const
{
    if (m_cameraId.isEmpty())
        return Tr::tr("No camera selected");
    if (m_snapshot.image.isNull())
        return m_snapshot.problem.isEmpty() ? Tr::tr("Loading picture…")
                                            : Tr::tr("No picture — %1").arg(m_snapshot.problem);
    if (m_snapshot.live && m_snapshot.problem.isEmpty())
        return Tr::tr("Live %1").arg(localTime(m_snapshot.fetchedAt, QStringLiteral("HH:mm:ss")));
    return Tr::tr("Saved picture from %1 — %2")
        .arg(localTime(m_snapshot.fetchedAt, QStringLiteral("HH:mm dd/MM")),
            m_snapshot.problem.isEmpty() ? Tr::tr("not refreshed") : m_snapshot.problem);
}

void SnapshotView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x1e, 0x1e, 0x1e));
    const int captionHeight = fontMetrics().height() * 2 + 8;
    const QRect pictureArea = rect().adjusted(0, 0, 0, -captionHeight);
    if (!m_snapshot.image.isNull()) {
        QSize size = m_snapshot.image.size().scaled(pictureArea.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(), size);
        target.moveCenter(pictureArea.center());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_snapshot.image);
    } else {
        painter.setPen(QColor(0xcc, 0xcc, 0xcc));
        painter.drawText(pictureArea, Qt::AlignCenter | Qt::TextWordWrap,
            m_cameraId.isEmpty() ? Tr::tr("No camera selected") : Tr::tr("No picture"));
    }
    // Caption: the name, then how fresh the picture is. An old picture is marked in amber
    // with a clock sign so it cannot pass for a live one (not colour alone).
    const bool stale = !m_snapshot.live || !m_snapshot.problem.isEmpty();
    const QRect caption(0, height() - captionHeight, width(), captionHeight);
    painter.fillRect(caption, stale ? QColor(0x5c, 0x40, 0x00) : QColor(0x10, 0x30, 0x18));
    painter.setPen(Qt::white);
    const QRect text = caption.adjusted(6, 4, -6, -4);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, m_name.isEmpty() ? m_cameraId : m_name);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignBottom,
        fontMetrics().elidedText(
            (stale ? QStringLiteral("⏱ ") : QStringLiteral("● ")) + statusText(), Qt::ElideRight,
            text.width()));
}

} // namespace ioc::cameras
