#include "globalsearch.h"

#include "core/featurestore.h"
#include "core/moduleregistry.h"
#include "core/sqlitefile.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <limits>

namespace ioc::app {

namespace {

constexpr int kTypingDelayMs = 120;
constexpr int kHitIndexRole = Qt::UserRole + 1;

// Extends [minX, maxX] × [minY, maxY] over every position of a GeoJSON coordinates array,
// whatever its nesting (Point, LineString, Polygon, Multi*).
void extendBounds(const QJsonArray &coordinates, double bounds[4])
{
    if (coordinates.size() >= 2 && coordinates.at(0).isDouble() && coordinates.at(1).isDouble()) {
        const double x = coordinates.at(0).toDouble();
        const double y = coordinates.at(1).toDouble();
        bounds[0] = std::min(bounds[0], x);
        bounds[1] = std::min(bounds[1], y);
        bounds[2] = std::max(bounds[2], x);
        bounds[3] = std::max(bounds[3], y);
        return;
    }
    for (const QJsonValue &child : coordinates)
        extendBounds(child.toArray(), bounds);
}

void setLocation(SearchHit &hit, const QByteArray &geometryJson)
{
    if (geometryJson.isEmpty())
        return;
    const QJsonObject geometry = QJsonDocument::fromJson(geometryJson).object();
    double bounds[4] = { std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
        std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest() };
    extendBounds(geometry.value(QLatin1String("coordinates")).toArray(), bounds);
    if (bounds[0] > bounds[2])
        return; // no coordinates (null geometry or a collection we do not walk)
    hit.hasLocation = true;
    hit.bounds = QRectF(QPointF(bounds[0], bounds[1]), QPointF(bounds[2], bounds[3]));
}

QString displayName(const QByteArray &propertiesJson, const QString &fallback)
{
    const QJsonObject properties = QJsonDocument::fromJson(propertiesJson).object();
    for (const char *key : { "name", "title", "code", "number" }) {
        const QString value = properties.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return fallback;
}

} // namespace

QList<SearchScope> searchScopes(const core::ModuleRegistry &modules)
{
    QList<SearchScope> scopes;
    for (const auto &module : modules.modules())
        scopes.append({ module->id(), module->title(), module->collections() });
    scopes.append({ QString(), QCoreApplication::translate("ioc::app::GlobalSearchPopup", "Places"),
        { QStringLiteral("admin_units") } });
    return scopes;
}

QList<SearchGroup> searchAll(
    const QString &mirrorPath, const QString &text, const QList<SearchScope> &scopes, int perScope)
{
    // One ranked full-text query over every collection, then grouped: ranking costs the
    // same for one collection as for all (SQLite ranks every match), so one query instead
    // of one per module keeps a common word ("ha tinh": tens of thousands of matches) to
    // a few hundred milliseconds. The price: a module whose hits all rank below the
    // first kPoolSize of the others shows none — the operator then types more.
    constexpr int kPoolSize = 600;
    QHash<QString, int> scopeOfCollection;
    QStringList collections;
    for (int i = 0; i < scopes.size(); ++i) {
        for (const QString &collection : scopes.at(i).collections) {
            scopeOfCollection.insert(collection, i);
            collections.append(collection);
        }
    }
    QList<SearchGroup> byScope;
    for (const SearchScope &scope : scopes)
        byScope.append({ scope.moduleId, scope.title, {} });
    if (collections.isEmpty())
        return {};

    core::SqliteFile mirror(mirrorPath, QStringLiteral("global-search"));
    const core::FeatureStore store(mirror);
    for (const core::FeatureRow &row : store.search(text, collections, kPoolSize)) {
        const int index = scopeOfCollection.value(row.collection, -1);
        if (index < 0 || byScope.at(index).hits.size() >= perScope)
            continue;
        SearchHit hit;
        hit.moduleId = scopes.at(index).moduleId;
        hit.collection = row.collection;
        hit.featureId = row.id;
        hit.name = displayName(row.propertiesJson, row.id);
        setLocation(hit, row.geometryJson);
        byScope[index].hits.append(hit);
    }
    QList<SearchGroup> groups;
    for (const SearchGroup &group : std::as_const(byScope)) {
        if (!group.hits.isEmpty())
            groups.append(group);
    }
    return groups;
}

GlobalSearchPopup::GlobalSearchPopup(
    const QString &mirrorPath, QList<SearchScope> scopes, QWidget *parent)
    : QDialog(parent)
    , m_mirrorPath(mirrorPath)
    , m_scopes(std::move(scopes))
{
    setObjectName(QStringLiteral("globalSearch"));
    setWindowTitle(tr("Search everywhere"));
    setAccessibleName(tr("Search everywhere"));

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("globalSearchInput"));
    m_input->setPlaceholderText(
        tr("Search places, dossiers, documents, cameras… (diacritics optional)"));
    m_input->setAccessibleName(tr("Search text"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setAccessibleName(tr("Search results, grouped by module"));
    m_results->setHeaderHidden(true);
    // Name, then the record's id: two dossiers of the same procedure share a name.
    m_results->setColumnCount(2);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    connect(m_results, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("globalSearchStatus"));
    ui::setTextRole(m_status, ui::TextRole::Muted);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(640, 480);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kTypingDelayMs);
    connect(m_input, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &GlobalSearchPopup::searchNow);

    m_watcher = new QFutureWatcher<QList<SearchGroup>>(this);
    connect(m_watcher, &QFutureWatcher<QList<SearchGroup>>::finished, this, [this] {
        const QList<SearchGroup> groups = m_watcher->result();
        // Only the newest text's results are shown; an older search that finished late
        // starts the one typed meanwhile.
        if (!m_pendingText.isNull()) {
            const QString next = m_pendingText;
            m_pendingText = QString();
            m_runningText = next;
            m_watcher->setFuture(QtConcurrent::run(searchAll, m_mirrorPath, next, m_scopes, 20));
            return;
        }
        showResults(groups);
    });
}

void GlobalSearchPopup::searchNow()
{
    m_delay->stop();
    const QString text = m_input->text().trimmed();
    if (text.isEmpty()) {
        m_pendingText = QString();
        showResults({});
        return;
    }
    // One letter matches most of the cache (a second to rank on a province's data) and
    // tells nothing; wait for the second.
    if (text.size() < 2) {
        m_pendingText = QString();
        showResults({});
        m_status->setText(tr("Type at least two letters"));
        return;
    }
    if (m_watcher->isRunning()) {
        m_pendingText = text;
        return;
    }
    m_runningText = text;
    m_status->setText(tr("Searching…"));
    m_watcher->setFuture(QtConcurrent::run(searchAll, m_mirrorPath, text, m_scopes, 20));
}

void GlobalSearchPopup::showResults(const QList<SearchGroup> &groups)
{
    m_results->clear();
    m_hits.clear();
    QTreeWidgetItem *first = nullptr;
    for (const SearchGroup &group : groups) {
        auto *heading = new QTreeWidgetItem(m_results, { group.title });
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setFirstColumnSpanned(true);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const SearchHit &hit : group.hits) {
            auto *item = new QTreeWidgetItem(heading, { hit.name, hit.featureId });
            item->setForeground(1, palette().color(QPalette::PlaceholderText));
            item->setData(0, kHitIndexRole, m_hits.size());
            item->setToolTip(0, QStringLiteral("%1 · %2").arg(hit.collection, hit.featureId));
            m_hits.append(hit);
            if (!first)
                first = item;
        }
    }
    m_results->expandAll();
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    if (first)
        m_results->setCurrentItem(first);
    const bool empty = m_input->text().trimmed().isEmpty();
    m_status->setText(empty ? QString()
            : m_hits.isEmpty()
            ? tr("Nothing found for \"%1\"").arg(m_runningText)
            : tr("%n result(s) — Enter opens, ↑↓ choose, Esc closes", nullptr, int(m_hits.size())));
    emit resultsShown(int(m_hits.size()));
}

bool GlobalSearchPopup::openCurrent()
{
    QTreeWidgetItem *item = m_results->currentItem();
    if (item && item->childCount() > 0)
        item = item->child(0); // a module heading: its best hit
    bool ok = false;
    int index = item ? item->data(0, kHitIndexRole).toInt(&ok) : -1;
    if (!item || !ok)
        index = m_hits.isEmpty() ? -1 : 0;
    if (index < 0 || index >= m_hits.size())
        return false;
    const SearchHit hit = m_hits.at(index);
    accept();
    emit openRequested(hit);
    return true;
}

void GlobalSearchPopup::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_input->selectAll();
    m_input->setFocus(Qt::PopupFocusReason);
}

bool GlobalSearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys in the search box move through the results, so typing and choosing
    // need no mouse and no Tab.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_delay->isActive() || m_watcher->isRunning()) {
                // Enter right after typing: wait for this text's results, then open.
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection
                    = connect(this, &GlobalSearchPopup::resultsShown, this, [this, connection] {
                          disconnect(*connection);
                          openCurrent();
                      });
                if (m_delay->isActive())
                    searchNow();
            } else {
                openCurrent();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ioc::app
