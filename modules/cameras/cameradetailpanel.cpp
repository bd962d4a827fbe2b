#include "cameras/cameradetailpanel.h"

#include "cameras/snapshotview.h"
#include "cameras/tr.h"
#include "core/sqlitefile.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent>

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
    m_hint = new QLabel(Tr::tr("Click a camera on the map or in the records to see its picture and "
                               "its latest detections. Shift-drag on the map selects cameras for "
                               "the camera grid."),
        this);
    m_hint->setWordWrap(true);
    m_snapshot = new SnapshotView(fetcher, this);
    m_snapshot->setObjectName(QStringLiteral("cameraSnapshot"));

    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("cameraDetections"));
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels(
        { Tr::tr("Time"), Tr::tr("Detection"), Tr::tr("Confidence"), Tr::tr("Verdict") });
    m_events->header()->setSectionResizeMode(DetectionColumn, QHeaderView::Stretch);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);

    m_confirm = new QPushButton(Tr::tr("Confirmed"), this);
    m_confirm->setToolTip(Tr::tr("The detection is real"));
    m_reject = new QPushButton(Tr::tr("False positive"), this);
    m_reject->setToolTip(Tr::tr("The detection is wrong: nothing happened"));
    auto *grid = new QPushButton(Tr::tr("Camera grid…"), this);
    grid->setObjectName(QStringLiteral("cameraGridButton"));
    grid->setToolTip(
        Tr::tr("Snapshots of the selected cameras, or of the area's, for the video wall"));
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
    buttons->addWidget(new QLabel(Tr::tr("Selected detection:"), this));
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
    load(QString(), cameraId, QString());
}

void CameraDetailPanel::showDetection(const QString &eventId)
{
    load(eventId, QString(), eventId);
}

void CameraDetailPanel::load(
    const QString &eventId, const QString &cameraId, const QString &select, const QString &note)
{
    // Read on the thread pool; only the latest request is shown.
    const quint64 request = ++m_request;
    const core::SqliteFile *mirror = &m_mirror;
    const core::SqliteFile *operatorStore = m_operatorStore;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=] {
        watcher->deleteLater();
        if (request != m_request)
            return;
        const Loaded loaded = watcher->result();
        if (!loaded.camera) {
            if (!loaded.cameraId.isEmpty())
                m_message->setText(
                    Tr::tr("Camera %1 is not in the local data.").arg(loaded.cameraId));
            return;
        }
        show(*loaded.camera, select);
        if (!note.isEmpty())
            m_message->setText(note);
        emit cameraShown(loaded.camera->id);
    });
    watcher->setFuture(QtConcurrent::run([=] {
        Loaded loaded;
        loaded.cameraId = eventId.isEmpty() ? cameraId : cameraOfDetection(*mirror, eventId);
        if (!loaded.cameraId.isEmpty())
            loaded.camera
                = readCameraDetails(*mirror, operatorStore, loaded.cameraId, kRecentDetections);
        return loaded;
    }));
}

void CameraDetailPanel::show(const CameraDetails &camera, const QString &select)
{
    const bool sameCamera = camera.id == m_cameraId;
    m_cameraId = camera.id;
    const QHash<QString, QString> statuses { { QStringLiteral("online"), Tr::tr("online") },
        { QStringLiteral("degraded"), Tr::tr("degraded") },
        { QStringLiteral("offline"), Tr::tr("offline") } };
    const QLocale locale;
    m_header->setText(
        Tr::tr("%1 (%2) — %3, last heartbeat %4")
            .arg(camera.name, camera.id, statuses.value(camera.status, camera.status),
                camera.lastHeartbeat.isValid() ? locale.toString(
                    camera.lastHeartbeat.toTimeZone(kProvince), QStringLiteral("HH:mm dd/MM/yyyy"))
                                               : Tr::tr("unknown")));
    m_header->show();
    m_hint->hide();
    m_message->clear();
    if (!sameCamera || m_snapshot->snapshot().image.isNull())
        m_snapshot->setCamera(camera.id, camera.name, camera.snapshotUrl);

    m_events->clear();
    for (const CameraDetection &detection : camera.detections) {
        auto *item = new QTreeWidgetItem(m_events);
        item->setData(TimeColumn, Qt::UserRole, detection.eventId);
        item->setText(TimeColumn,
            locale.toString(
                detection.detectedAt.toTimeZone(kProvince), QStringLiteral("HH:mm dd/MM")));
        item->setText(DetectionColumn, detection.name);
        item->setText(ConfidenceColumn,
            locale.toString(detection.confidence * 100, 'f', 0) + QStringLiteral(" %"));
        if (const auto &review = detection.review) {
            item->setText(VerdictColumn, verdictText(review->verdict));
            item->setToolTip(VerdictColumn,
                Tr::tr("%1, %2").arg(review->operatorName,
                    locale.toString(
                        review->reviewedAt.toTimeZone(kProvince), QStringLiteral("HH:mm dd/MM"))));
            item->setForeground(VerdictColumn,
                review->verdict == EventReview::Verdict::Confirmed ? QColor(0x2b, 0x8a, 0x3e)
                                                                   : QColor(0xc9, 0x2a, 0x2a));
        }
        if (detection.eventId == select)
            m_events->setCurrentItem(item);
    }
    if (m_events->topLevelItemCount() == 0)
        m_message->setText(Tr::tr("No detection from this camera in the local data."));
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
    if (!m_operatorStore || m_cameraId.isEmpty())
        return false;
    EventReview r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.eventId = eventId;
    r.verdict = verdict;
    r.operatorName = m_operatorName;
    r.reviewedAt = QDateTime::currentDateTimeUtc();
    // Stored (and queued for the data center) on the thread pool, then the list is read
    // again with the verdict in it.
    const core::SqliteFile *store = m_operatorStore;
    const QString cameraId = m_cameraId;
    auto *watcher = new QFutureWatcher<core::CacheError>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, eventId, cameraId] {
        watcher->deleteLater();
        if (const core::CacheError error = watcher->result()) {
            m_message->setText(Tr::tr("The verdict could not be saved: %1").arg(error.message));
            return;
        }
        load(QString(), cameraId, eventId,
            Tr::tr("Saved; it will be sent to the data center with the next sync."));
        emit reviewed(eventId);
    });
    watcher->setFuture(QtConcurrent::run(
        [store, r, cameraId] { return EventReviewStore(*store).record(r, cameraId); }));
    return true;
}

} // namespace ioc::cameras
