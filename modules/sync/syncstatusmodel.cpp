#include "sync/syncstatusmodel.h"

#include "core/collectiontitles.h"
#include "core/displaytime.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ioc::sync {

namespace {

const QColor kAmber(0xb3, 0x5c, 0x00);
const QColor kRed(0xc9, 0x2a, 0x2a);

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(core::toDisplayTime(time), QLocale::ShortFormat)
                          : QString();
}

} // namespace

SyncStatusModel::SyncStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QDateTime SyncStatusModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void SyncStatusModel::setStatus(const SyncStatus &status)
{
    bool sameRows = status.collections.size() == m_status.collections.size();
    for (qsizetype i = 0; sameRows && i < status.collections.size(); ++i)
        sameRows = status.collections.at(i).collection == m_status.collections.at(i).collection;
    if (sameRows) {
        m_status = status;
        if (!m_status.collections.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_status = status;
        endResetModel();
    }
    emit overallChanged();
}

std::optional<qint64> SyncStatusModel::ageSeconds(
    const CollectionStatus &collection, const QDateTime &now)
{
    if (!collection.lastSuccess.isValid())
        return std::nullopt;
    return std::max<qint64>(0, collection.lastSuccess.secsTo(now));
}

SyncStatusModel::Freshness SyncStatusModel::freshnessOf(
    const CollectionStatus &collection, const QDateTime &now)
{
    const auto age = ageSeconds(collection, now);
    if (!age || collection.intervalSeconds <= 0)
        return Freshness::Unknown;
    if (*age > collection.intervalSeconds * 10)
        return Freshness::VeryStale;
    if (*age > collection.intervalSeconds * 3)
        return Freshness::Stale;
    return Freshness::Fresh;
}

QString SyncStatusModel::stateText() const
{
    switch (m_status.state) {
    case SyncStatus::State::NotConfigured:
        return tr("Data center not configured");
    case SyncStatus::State::Online:
        return tr("Online");
    case SyncStatus::State::Syncing:
        return tr("Syncing…");
    case SyncStatus::State::Offline:
        return tr("Offline — retrying");
    case SyncStatus::State::CredentialsRefused:
        return tr("Credentials refused");
    }
    return {};
}

std::optional<qint64> SyncStatusModel::etaSeconds() const
{
    if (m_status.state != SyncStatus::State::Syncing || !m_status.busySince.isValid()
        || m_status.featuresDone <= 0 || m_status.featuresExpected <= m_status.featuresDone)
        return std::nullopt;
    const qint64 elapsedMs = m_status.busySince.msecsTo(now());
    if (elapsedMs <= 0)
        return std::nullopt;
    const double perFeatureMs = double(elapsedMs) / double(m_status.featuresDone);
    const double remaining = double(m_status.featuresExpected - m_status.featuresDone);
    return qRound64(remaining * perFeatureMs / 1000.0);
}

int SyncStatusModel::progressPercent() const
{
    if (m_status.state != SyncStatus::State::Syncing
        || m_status.featuresExpected <= m_status.featuresDone)
        return -1;
    return static_cast<int>(100 * m_status.featuresDone / m_status.featuresExpected);
}

QString SyncStatusModel::progressText() const
{
    if (m_status.state != SyncStatus::State::Syncing)
        return {};
    QString text = progressPercent() >= 0
        ? tr("%L1 of %L2 features, %n page(s)", nullptr, m_status.pagesDone)
              .arg(m_status.featuresDone)
              .arg(m_status.featuresExpected)
        : tr("%L1 features, %n page(s)", nullptr, m_status.pagesDone).arg(m_status.featuresDone);
    if (const auto eta = etaSeconds()) {
        text += QStringLiteral(", ");
        text += *eta < 90 ? tr("about %n s left", nullptr, static_cast<int>(*eta))
                          : tr("about %n min left", nullptr, static_cast<int>((*eta + 30) / 60));
    }
    return text;
}

int SyncStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_status.collections.size());
}

int SyncStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncStatusModel::outcomeText(const CollectionStatus &collection) const
{
    if (collection.running)
        return tr("Syncing");
    if (!collection.hasRun)
        return collection.lastSuccess.isValid() ? tr("Waiting") : tr("Never synced");
    switch (collection.lastOutcome) {
    case SyncReport::Outcome::Synced:
    case SyncReport::Outcome::NotModified:
        if (collection.heldDeletions > 0)
            return tr("%Ln deletion(s) held for confirmation", nullptr, collection.heldDeletions);
        return tr("Up to date");
    case SyncReport::Outcome::Failed:
        return tr("Failed — will retry");
    case SyncReport::Outcome::AuthFailed:
        return tr("Credentials refused");
    case SyncReport::Outcome::MissingAtSource:
        return tr("Not on the data center");
    case SyncReport::Outcome::Stopped:
        return tr("Stopped");
    }
    return {};
}

QVariant SyncStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const CollectionStatus &collection = m_status.collections.at(index.row());
    const QDateTime current = now();
    const QLocale locale;
    const auto age = ageSeconds(collection, current);
    const Freshness freshness = freshnessOf(collection, current);
    const bool failed = collection.hasRun && !collection.running
        && collection.lastOutcome != SyncReport::Outcome::Synced
        && collection.lastOutcome != SyncReport::Outcome::NotModified;

    if (role == SortRole) {
        switch (index.column()) {
        case CollectionColumn:
            return collection.collection;
        case StateColumn:
            return outcomeText(collection);
        case LastSuccessColumn:
            return collection.lastSuccess;
        case LastAttemptColumn:
            return collection.lastAttempt;
        case AgeColumn:
            return age ? QVariant(*age) : QVariant();
        case FeaturesColumn:
            return collection.featureCount;
        case QuarantinedColumn:
            return collection.quarantined;
        case DownloadedColumn:
            return collection.bytesLastHour;
        case LastErrorColumn:
            return collection.lastError;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CollectionColumn:
            return core::collectionTitle(collection.collection);
        case StateColumn:
            return outcomeText(collection);
        case LastSuccessColumn:
            return when(collection.lastSuccess);
        case LastAttemptColumn:
            return when(collection.lastAttempt);
        case AgeColumn:
            if (!age)
                return QString();
            if (*age < 3600)
                return tr("%n min", nullptr, static_cast<int>(*age / 60));
            if (*age < 2 * 86400)
                return tr("%n h", nullptr, static_cast<int>(*age / 3600));
            return tr("%n day(s)", nullptr, static_cast<int>(*age / 86400));
        case FeaturesColumn:
            return locale.toString(collection.featureCount);
        case QuarantinedColumn:
            return locale.toString(collection.quarantined);
        case DownloadedColumn:
            if (collection.requestsLastHour == 0)
                return QString();
            return tr("%1 (%n request(s))", nullptr, static_cast<int>(collection.requestsLastHour))
                .arg(locale.formattedDataSize(collection.bytesLastHour));
        case LastErrorColumn:
            return collection.lastError;
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == AgeColumn && freshness == Freshness::VeryStale)
            return QBrush(kRed);
        if (index.column() == AgeColumn && freshness == Freshness::Stale)
            return QBrush(kAmber);
        if ((index.column() == StateColumn || index.column() == LastErrorColumn) && failed)
            return QBrush(kRed);
        if (index.column() == QuarantinedColumn && collection.quarantined > 0)
            return QBrush(kAmber);
        if (index.column() == StateColumn && collection.heldDeletions > 0)
            return QBrush(kAmber);
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == FeaturesColumn || index.column() == QuarantinedColumn
            || index.column() == DownloadedColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // The id the data center and its logs use, for the operator who reports a problem.
    if (role == Qt::ToolTipRole && index.column() == CollectionColumn)
        return collection.collection;
    if (role == Qt::ToolTipRole && index.column() == LastErrorColumn
        && !collection.lastError.isEmpty())
        return collection.lastError;
    if (role == Qt::ToolTipRole && index.column() == AgeColumn && collection.intervalSeconds > 0)
        return tr("Synced every %n s; amber after 3 intervals, red after 10", nullptr,
            static_cast<int>(collection.intervalSeconds));
    return {};
}

QVariant SyncStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CollectionColumn:
        return tr("Collection");
    case StateColumn:
        return tr("State");
    case LastSuccessColumn:
        return tr("Last success");
    case LastAttemptColumn:
        return tr("Last attempt");
    case AgeColumn:
        return tr("Data age");
    case FeaturesColumn:
        return tr("Features");
    case QuarantinedColumn:
        return tr("Quarantined");
    case DownloadedColumn:
        return tr("Downloaded (last hour)");
    case LastErrorColumn:
        return tr("Last error");
    }
    return {};
}

} // namespace ioc::sync
