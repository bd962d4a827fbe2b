#pragma once

#include "sync/syncstatus.h"

#include <QAbstractTableModel>
#include <functional>
#include <optional>

namespace ioc::sync {

// Sync status as a table any view can show (no widgets): one row per collection with its
// last success, last attempt, last error, feature and quarantine counts and the age of
// its data; plus the overall state and the progress of a long sync (features, pages,
// ETA). Fed with the snapshots SyncEngine::statusChanged publishes, in the UI thread.
class SyncStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CollectionColumn,
        StateColumn,
        LastSuccessColumn,
        LastAttemptColumn,
        AgeColumn,
        FeaturesColumn,
        QuarantinedColumn,
        // What the collection cost the data center in the last hour: bytes (requests).
        DownloadedColumn,
        LastErrorColumn,
        ColumnCount
    };

    // How old a collection's copy is, against its sync interval: amber beyond 3
    // intervals, red beyond 10 (what the module docks show too).
    enum class Freshness { Unknown, Fresh, Stale, VeryStale };

    // The raw value of a cell (QDateTime, qint64, Freshness as int) for sorting and tests.
    static constexpr int SortRole = Qt::UserRole + 1;

    using Clock = std::function<QDateTime()>;

    explicit SyncStatusModel(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    const SyncStatus &status() const { return m_status; }
    const CollectionStatus &collectionAt(int row) const { return m_status.collections.at(row); }

    static Freshness freshnessOf(const CollectionStatus &collection, const QDateTime &now);
    // Seconds since the collection's last success; std::nullopt if it never succeeded.
    static std::optional<qint64> ageSeconds(
        const CollectionStatus &collection, const QDateTime &now);

    // Overall: "Online", "Syncing…", … (translated).
    QString stateText() const;
    // Estimated seconds until the runs in progress finish, from the rate so far;
    // std::nullopt while no estimate is possible (not syncing, sizes unknown, no data yet).
    std::optional<qint64> etaSeconds() const;
    // 0–100 for a progress bar; -1 when the size of the work is unknown.
    int progressPercent() const;
    // "12,345 of 1,000,000 features, 13 pages, about 2 min left" (translated).
    QString progressText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void setStatus(const ioc::sync::SyncStatus &status);

signals:
    // The overall state or the progress changed (rows announce their own changes).
    void overallChanged();

private:
    QDateTime now() const;
    QString outcomeText(const CollectionStatus &collection) const;

    SyncStatus m_status;
    Clock m_clock;
};

} // namespace ioc::sync
