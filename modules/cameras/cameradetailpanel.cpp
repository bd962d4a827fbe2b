#include "cameras/cameradetailpanel.h"

#include "cameras/snapshotview.h"
#include "core/sqlitefile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace ioc::cameras {

namespace {

const QTimeZone kProvince(7 * 3600);

enum Column { TimeColumn, DetectionColumn, ConfidenceColumn, VerdictColumn };

QString verdictText(EventReview::Verdict verdict)
{
    return verdict == EventReview::Verdict::Confirmed ? CameraDetailPanel::tr("Confirmed")
                                                      : CameraDetailPanel::tr("False positive");
}

} // namespace

CameraDetailPanel::CameraDetailPanel(const core::SqliteFile &mirror,
    const core::SqliteFile *operatorStore, SnapshotFetcher *fetcher, QString operatorName,
    QWidget *parent)
    : QWidget(parent)
    , m_mirror(mirror)
    , m_operatorStore(operatorStore)
    , m_operatorName(std::move(operatorName))
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("cameraHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_hint = new QLabel(tr("Click a camera on the map or in the records to see its picture and "
                           "its latest detections. Shift-drag on the map selects cameras for "
                           "the camera grid."),
        this);
    m_hint->setWordWrap(true);
    m_snapshot = new SnapshotView(fetcher, this);
    m_snapshot->setObjectName(QStringLiteral("cameraSnapshot"));

    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("cameraDetections"));
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels({ tr("Time"), tr("Detection"), tr("Confidence"), tr("Verdict") });
    m_events->header()->setSectionResizeMode(DetectionColumn, QHeaderView::Stretch);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);

    m_confirm = new QPushButton(tr("Confirmed"), this);
    m_confirm->setToolTip(tr("The detection is real"));
    m_reject = new QPushButton(tr("False positive"), this);
    m_reject->setToolTip(tr("The detection is wrong: nothing happened"));
    auto *grid = new QPushButton(tr("Camera grid…"), this);
    grid->setObjectName(QStringLiteral("cameraGridButton"));
    grid->setToolTip(tr("Snapshots of the selected cameras, or of the area's, for the video wall"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    connect(m_confirm, &QPushButton::clicked, this,
        [this] { reviewSelected(EventReview::Verdict::Confirmed); });
    connect(m_reject, &QPushButton::clicked, this,
        [this] { reviewSelected(EventReview::Verdict::FalsePositive); });
    connect(grid, &QPushButton::clicked, this, &CameraDetailPanel::gridRequested);
    auto updateButtons = [this] {
        const bool any = !m_events->selectedItems().isEmpty() && m_operatorStore;
        m_confirm->setEnabled(any);
        m_reject->setEnabled(any);
    };
    connect(m_events, &QTreeWidget::itemSelectionChanged, this, updateButtons);
    updateButtons();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Selected detection:"), this));
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(grid);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_events, 1);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_message);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_snapshot);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);
    m_header->hide();
}

QString CameraDetailPanel::headerText() const
{
    return m_header->text();
}

void CameraDetailPanel::showCamera(const QString &cameraId)
{
    QSqlQuery q(m_mirror.connection());
    q.prepare(QStringLiteral("SELECT json_extract(properties, '$.name'), "
                             "json_extract(properties, '$.status'), "
                             "json_extract(properties, '$.last_heartbeat'), "
                             "json_extract(properties, '$.snapshot_url') "
                             "FROM features WHERE collection = 'cam_cameras' AND id = ?"));
    q.addBindValue(cameraId);
    if (!q.exec() || !q.next()) {
        m_message->setText(tr("Camera %1 is not in the local data.").arg(cameraId));
        return;
    }
    m_cameraId = cameraId;
    const QString name = q.value(0).toString();
    const QString status = q.value(1).toString();
    const QDateTime heartbeat = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    const QHash<QString, QString> statuses { { QStringLiteral("online"), tr("online") },
        { QStringLiteral("degraded"), tr("degraded") },
        { QStringLiteral("offline"), tr("offline") } };
    m_header->setText(
        tr("%1 (%2) — %3, last heartbeat %4")
            .arg(name, cameraId, statuses.value(status, status),
                heartbeat.isValid() ? QLocale().toString(
                    heartbeat.toTimeZone(kProvince), QStringLiteral("HH:mm dd/MM/yyyy"))
                                    : tr("unknown")));
    m_header->show();
    m_hint->hide();
    m_message->clear();
    m_snapshot->setCamera(cameraId, name, q.value(3).toString());
    reloadDetections();
}

void CameraDetailPanel::showDetection(const QString &eventId)
{
    QSqlQuery q(m_mirror.connection());
    q.prepare(QStringLiteral("SELECT json_extract(properties, '$.camera_id') FROM features "
                             "WHERE collection = 'cam_events' AND id = ?"));
    q.addBindValue(eventId);
    if (!q.exec() || !q.next())
        return;
    showCamera(q.value(0).toString());
    reloadDetections(eventId);
}

void CameraDetailPanel::reloadDetections(const QString &select)
{
    m_events->clear();
    const auto reviews = loadEventReviews(&m_mirror, m_operatorStore);
    QSqlQuery q(m_mirror.connection());
    q.setForwardOnly(true);
    // Indexed by camera: a few rows even with the whole week cached.
    q.prepare(QStringLiteral(
        "SELECT f.id, e.detected_at, json_extract(f.properties, '$.name'), e.confidence "
        "FROM cam_event_facts e JOIN features f USING (fid) WHERE e.camera_id = ? "
        "ORDER BY e.detected_at DESC LIMIT ?"));
    q.addBindValue(m_cameraId);
    q.addBindValue(kRecentDetections);
    if (!q.exec())
        return;
    const QLocale locale;
    while (q.next()) {
        auto *item = new QTreeWidgetItem(m_events);
        const QString id = q.value(0).toString();
        item->setData(TimeColumn, Qt::UserRole, id);
        item->setText(TimeColumn,
            locale.toString(
                QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toTimeZone(kProvince),
                QStringLiteral("HH:mm dd/MM")));
        item->setText(DetectionColumn, q.value(2).toString());
        item->setText(ConfidenceColumn,
            locale.toString(q.value(3).toDouble() * 100, 'f', 0) + QStringLiteral(" %"));
        const auto review = reviews.constFind(id);
        if (review != reviews.constEnd()) {
            item->setText(VerdictColumn, verdictText(review->verdict));
            item->setToolTip(VerdictColumn,
                tr("%1, %2").arg(review->operatorName,
                    locale.toString(
                        review->reviewedAt.toTimeZone(kProvince), QStringLiteral("HH:mm dd/MM"))));
            item->setForeground(VerdictColumn,
                review->verdict == EventReview::Verdict::Confirmed ? QColor(0x2b, 0x8a, 0x3e)
                                                                   : QColor(0xc9, 0x2a, 0x2a));
        }
        if (id == select)
            m_events->setCurrentItem(item);
    }
    if (m_events->topLevelItemCount() == 0)
        m_message->setText(tr("No detection from this camera in the local data."));
    for (int c = 0; c < m_events->columnCount(); ++c)
        if (c != DetectionColumn)
            m_events->resizeColumnToContents(c);
}

QString CameraDetailPanel::verdictShown(const QString &eventId) const
{
    for (int i = 0; i < m_events->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_events->topLevelItem(i);
        if (item->data(TimeColumn, Qt::UserRole).toString() == eventId)
            return item->text(VerdictColumn);
    }
    return {};
}

void CameraDetailPanel::reviewSelected(EventReview::Verdict verdict)
{
    const auto items = m_events->selectedItems();
    if (!items.isEmpty())
        review(items.first()->data(TimeColumn, Qt::UserRole).toString(), verdict);
}

bool CameraDetailPanel::review(const QString &eventId, EventReview::Verdict verdict)
{
    if (!m_operatorStore)
        return false;
    EventReview r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.eventId = eventId;
    r.verdict = verdict;
    r.operatorName = m_operatorName;
    r.reviewedAt = QDateTime::currentDateTimeUtc();
    EventReviewStore store(*m_operatorStore);
    if (const core::CacheError error = store.record(r, m_cameraId)) {
        m_message->setText(tr("The verdict could not be saved: %1").arg(error.message));
        return false;
    }
    m_message->setText(tr("Saved; it will be sent to the data center with the next sync."));
    reloadDetections(eventId);
    emit reviewed(eventId);
    return true;
}

} // namespace ioc::cameras
