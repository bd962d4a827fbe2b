#include "dockmanager.h"

#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/moduleregistry.h"
#include "defaultarrangement.h"
#include "map/mapwidget.h"
#include "sync/syncreport.h"
#include "sync/syncstatus.h"
#include "ui/docktitlebar.h"
#include "ui/moduledock.h"
#include "ui/recordbrowser.h"
#include "ui/uimodule.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFutureWatcher>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QIcon>
#include <QLineEdit>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent>

namespace ioc::app {

namespace {
// How long after the window is shown its size is still the window manager's doing.
constexpr int kWindowSettlesMs = 2000;
} // namespace

DockManager::DockManager(
    QMainWindow *window, const core::ModuleRegistry &modules, const ui::ModuleContext &context)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
    for (const auto &module : modules.modules()) {
        auto *uiModule = dynamic_cast<ui::UiModule *>(module.get());
        if (!uiModule)
            continue; // headless-only module: nothing to show
        auto *frame
            = new QDockWidget(ui::DockTitleBar::escapedWindowTitle(module->title()), window);
        // The object name is what QMainWindow::saveState keys the layout on.
        frame->setObjectName(QStringLiteral("dock.") + module->id());
        frame->setAccessibleName(module->title());
        frame->setWindowIcon(QIcon(module->iconPath()));
        frame->setTitleBarWidget(
            new ui::DockTitleBar(frame, module->title(), module->accentColor()));
        ui::ModuleDock *content = uiModule->createDockContent(context, frame);
        frame->setWidget(content);
        frame->toggleViewAction()->setIcon(QIcon(module->iconPath()));
        m_docks.append({ module.get(), frame, content });
    }
}

QList<QDockWidget *> DockManager::frames() const
{
    QList<QDockWidget *> frames;
    for (const Dock &dock : m_docks)
        frames.append(dock.frame);
    return frames;
}

const DockManager::Dock *DockManager::dock(const QString &moduleId) const
{
    for (const Dock &dock : m_docks)
        if (dock.module->id() == moduleId)
            return &dock;
    return nullptr;
}

void DockManager::arrangeDefault(const QSize &available)
{
    const QList<QList<int>> groups
        = dockColumnGroups(static_cast<int>(m_docks.size()), dockColumnsFor(available.width()));
    QList<QDockWidget *> all = frames();
    if (m_alertsDock)
        all.append(m_alertsDock);
    // Qt's tabifyDockWidget() does not take a dock out of its old place, and it splits and
    // tabs only next to docks it can see: so every dock is taken out, shown, and the
    // columns are split before any tab is added (a split next to a tabbed dock would
    // split inside its tab).
    for (QDockWidget *frame : std::as_const(all)) {
        frame->setFloating(false);
        m_window->removeDockWidget(frame);
        frame->show();
    }
    QList<QDockWidget *> anchors;
    for (const QList<int> &group : groups) {
        QDockWidget *anchor = m_docks.at(group.first()).frame;
        if (anchors.isEmpty())
            m_window->addDockWidget(Qt::LeftDockWidgetArea, anchor);
        else
            m_window->splitDockWidget(anchors.last(), anchor, Qt::Horizontal);
        anchors.append(anchor);
    }
    for (int column = 0; column < groups.size(); ++column)
        for (int i = 1; i < groups.at(column).size(); ++i)
            m_window->tabifyDockWidget(
                anchors.at(column), m_docks.at(groups.at(column).at(i)).frame);
    if (m_alertsDock) {
        if (groups.size() == 1 && !anchors.isEmpty()) {
            // A laptop has no height to spare: the alerts are one more tab.
            m_window->tabifyDockWidget(anchors.first(), m_alertsDock);
        } else {
            m_window->addDockWidget(Qt::BottomDockWidgetArea, m_alertsDock);
            // Once the layout has placed the new dock (resizeDocks() before that is lost);
            // a window already on screen has its size, so once is enough.
            m_keepAlertsShare = true;
            const bool settled = m_window->isVisible();
            QTimer::singleShot(0, this, [this, settled] {
                keepAlertsShare(m_window->height());
                if (settled)
                    m_keepAlertsShare = false;
            });
        }
    }
    if (anchors.size() > 1)
        m_window->resizeDocks(anchors, QList<int>(anchors.size(), 1), Qt::Horizontal);
    for (QDockWidget *anchor : std::as_const(anchors))
        anchor->raise();
}

bool DockManager::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show) {
        // The window manager maximises the window shortly after it is shown; a resize
        // after that is the operator's, and the alerts' height is theirs to drag.
        QTimer::singleShot(kWindowSettlesMs, this, [this] { m_keepAlertsShare = false; });
    } else if (watched == m_window && event->type() == QEvent::Resize && m_keepAlertsShare) {
        // After the layout has taken the new size, or it lays the old sizes out again.
        QTimer::singleShot(0, this, [this] { keepAlertsShare(m_window->height()); });
    }
    return QObject::eventFilter(watched, event);
}

void DockManager::setMapStyle(map::MapStyle::Kind kind)
{
    for (map::MapWidget *map : maps())
        map->setStyleKind(kind);
}

QString DockManager::setMapSources(
    const QString &mbtiles, const QRectF &home, const QString &tileUrl)
{
    QString firstError;
    const QList<map::MapWidget *> all = maps();
    for (map::MapWidget *map : all) {
        QString error;
        if (!map->setMbTilesFile(mbtiles, &error) && firstError.isEmpty())
            firstError = error;
        if (!home.isNull())
            map->setHomeArea(QGeoRectangle(QGeoCoordinate(home.bottom(), home.left()),
                QGeoCoordinate(home.top(), home.right())));
    }
    // One tile source (and disk cache) is shared by every map with the same template.
    for (map::MapWidget *map : all) {
        QString error;
        if (!map->setTileUrlTemplate(tileUrl, &error) && firstError.isEmpty())
            firstError = error;
    }
    return firstError;
}

QHash<QString, QString> DockManager::moduleTitles() const
{
    QHash<QString, QString> titles;
    for (const Dock &dock : m_docks)
        titles.insert(dock.module->id(), dock.module->title());
    return titles;
}

QHash<QString, QDockWidget *> DockManager::framesByModule() const
{
    QHash<QString, QDockWidget *> frames;
    for (const Dock &dock : m_docks)
        frames.insert(dock.module->id(), dock.frame);
    return frames;
}

void DockManager::keepAlertsShare(int windowHeight)
{
    if (!m_keepAlertsShare || !m_alertsDock || m_alertsDock->isFloating())
        return;
    if (m_window->dockWidgetArea(m_alertsDock) != Qt::BottomDockWidgetArea)
        return;
    constexpr int kAlertsPercent = 22;
    m_window->resizeDocks({ m_alertsDock }, { windowHeight * kAlertsPercent / 100 }, Qt::Vertical);
}

void DockManager::activate(int index)
{
    if (index < 0 || index >= m_docks.size())
        return;
    const Dock &dock = m_docks.at(index);
    dock.frame->show();
    dock.frame->raise();
    if (dock.frame->isFloating())
        dock.frame->activateWindow();
    // The filter box when it takes input (type at once, Tab goes on to the table), else
    // the first control that takes Tab focus.
    QWidget *target = dock.content;
    QLineEdit *filter = dock.content->recordBrowser()->filterEdit();
    if (filter->isEnabled()) {
        target = filter;
    } else {
        for (QWidget *w = dock.content->nextInFocusChain(); w && w != dock.content;
             w = w->nextInFocusChain()) {
            if (!dock.content->isAncestorOf(w))
                break;
            if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(dock.frame)) {
                target = w;
                break;
            }
        }
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void DockManager::focusNext(int step)
{
    QList<int> visible;
    int current = -1;
    QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < m_docks.size(); ++i) {
        QDockWidget *frame = m_docks.at(i).frame;
        if (frame->isHidden())
            continue;
        if (focus && frame->isAncestorOf(focus))
            current = int(visible.size());
        visible.append(i);
    }
    if (visible.isEmpty())
        return;
    const int n = int(visible.size());
    const int next = current < 0 ? (step > 0 ? 0 : n - 1) : ((current + step) % n + n) % n;
    activate(visible.at(next));
}

const DockManager::Dock *DockManager::current() const
{
    // A tabbed-away dock has no visible region.
    QWidget *focus = QApplication::focusWidget();
    for (const Dock &dock : m_docks)
        if (focus && (focus == dock.frame || dock.frame->isAncestorOf(focus)))
            return &dock;
    for (const Dock &dock : m_docks)
        if (dock.frame->isVisible() && !dock.frame->visibleRegion().isEmpty())
            return &dock;
    return nullptr;
}

void DockManager::reveal(const ui::RecordRef &record)
{
    if (record.moduleId.isEmpty()) {
        // A place belongs to no module: every map on screen goes there.
        for (const Dock &dock : std::as_const(m_docks))
            if (!dock.frame->visibleRegion().isEmpty())
                dock.content->reveal(record);
        return;
    }
    const Dock *target = dock(record.moduleId);
    if (!target)
        return;
    activate(int(target - m_docks.constData()));
    target->content->reveal(record);
}

QList<map::MapWidget *> DockManager::maps() const
{
    QList<map::MapWidget *> maps;
    for (const Dock &dock : m_docks)
        maps.append(dock.content->map());
    return maps;
}

map::MapWidget *DockManager::activeMap() const
{
    if (const Dock *dock = current())
        return dock->content->map();
    return m_docks.isEmpty() ? nullptr : m_docks.first().content->map();
}

void DockManager::showFreshness(const sync::SyncStatus &status)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Dock &dock : std::as_const(m_docks)) {
        const QStringList collections = dock.module->collections();
        QDateTime oldest;
        qint64 interval = 0;
        bool complete = true;
        for (const sync::CollectionStatus &collection : status.collections) {
            if (!collections.contains(collection.collection))
                continue;
            if (!collection.lastSuccess.isValid()) {
                complete = false;
                continue;
            }
            if (!oldest.isValid() || collection.lastSuccess < oldest) {
                oldest = collection.lastSuccess;
                interval = collection.intervalSeconds;
            }
        }
        dock.content->setFreshness(complete ? oldest : QDateTime(), interval, now);
    }
}

void DockManager::showDataAgeFromCache(
    const core::SqliteFile &mirror, std::function<bool()> stillWanted)
{
    QList<QPointer<ui::ModuleDock>> contents;
    QList<QStringList> collections;
    for (const Dock &dock : std::as_const(m_docks)) {
        contents.append(dock.content);
        collections.append(dock.module->collections());
    }
    const core::SqliteFile *file = &mirror;
    auto *watcher = new QFutureWatcher<QList<QDateTime>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
        [watcher, contents, stillWanted = std::move(stillWanted)] {
            watcher->deleteLater();
            if (!stillWanted())
                return;
            const QList<QDateTime> oldest = watcher->result();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (qsizetype i = 0; i < contents.size() && i < oldest.size(); ++i) {
                // No interval: offline, old data is expected; the date and time say how old.
                if (contents.at(i))
                    contents.at(i)->setFreshness(oldest.at(i), 0, now);
            }
        });
    watcher->setFuture(QtConcurrent::run([file, collections] {
        const core::FeatureStore store(*file);
        QList<QDateTime> oldest;
        for (const QStringList &ids : collections)
            oldest.append(store.oldestSuccessfulSync(ids).value_or(QDateTime()));
        return oldest;
    }));
}

void DockManager::refreshAfter(const sync::SyncReport &report)
{
    if (report.inserted + report.updated + report.deleted == 0 && !report.derivedBuilt)
        return;
    const bool sharedUnits = report.collection == QLatin1String("admin_units")
        || report.collection == QLatin1String("admin_lineage");
    for (const Dock &dock : std::as_const(m_docks)) {
        // The administrative units belong to no module, but on a first sync they may
        // arrive after a module's own data, so every dock recomputes.
        if (sharedUnits || dock.module->collections().contains(report.collection))
            dock.content->refresh();
    }
}

} // namespace ioc::app
