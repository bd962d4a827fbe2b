#include "snapshotactions.h"

#include "core/displaytime.h"
#include "core/localcache.h"
#include "core/mirrorsnapshot.h"
#include "core/moduleregistry.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QtConcurrent>

namespace ioc::app {

namespace {
QString snapshotFilter()
{
    return QCoreApplication::translate(
        "SnapshotActions", "IOC Desktop snapshots (*.iocsnap);;All files (*)");
}

QString describe(const core::SnapshotManifest &manifest)
{
    return QCoreApplication::translate("SnapshotActions",
        "%n record(s), written by IOC Desktop %1 on %2", nullptr, int(manifest.featureCount))
        .arg(manifest.appVersion,
            QLocale().toString(core::toDisplayTime(manifest.createdUtc), QLocale::ShortFormat));
}
} // namespace

QHash<QString, int> knownModuleVersions(const core::ModuleRegistry &modules)
{
    QHash<QString, int> versions;
    for (const auto &module : modules.modules()) {
        const auto migrations = module->cacheMigrations();
        versions.insert(module->id(), migrations.isEmpty() ? 0 : migrations.constLast().version);
    }
    return versions;
}

QString pendingSnapshotPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("snapshot-to-import.iocsnap"));
}

QString applyPendingSnapshot(const QString &dataDir, const QHash<QString, int> &moduleVersions)
{
    const QString pending = pendingSnapshotPath(dataDir);
    if (!QFile::exists(pending))
        return {};
    core::SnapshotManifest manifest;
    const core::CacheError error
        = core::importMirrorSnapshot(dataDir, pending, moduleVersions, &manifest);
    QFile::remove(pending);
    if (error)
        return QCoreApplication::translate("SnapshotActions", "The snapshot was not imported: %1")
            .arg(error.message);
    return QCoreApplication::translate("SnapshotActions", "Snapshot imported: %1.")
        .arg(describe(manifest));
}

SnapshotActions::SnapshotActions(
    core::LocalCache &cache, QHash<QString, int> moduleVersions, QWidget *window)
    : QObject(window)
    , m_cache(cache)
    , m_moduleVersions(std::move(moduleVersions))
    , m_window(window)
{
    m_export = new QAction(tr("&Export snapshot…"), this);
    m_export->setStatusTip(tr("Write the local cache to one file a colleague can import "
                              "without network (your notes are not included)"));
    m_import = new QAction(tr("&Import snapshot…"), this);
    m_import->setStatusTip(tr("Replace the local cache with a snapshot"));
    connect(m_export, &QAction::triggered, this, &SnapshotActions::exportSnapshot);
    connect(m_import, &QAction::triggered, this, &SnapshotActions::importSnapshot);
}

void SnapshotActions::exportSnapshot()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(
                  QStringLiteral("ioc-snapshot-%1.iocsnap")
                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export snapshot"), suggested, snapshotFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".iocsnap");

    // VACUUM INTO reads the whole mirror: seconds for a large cache, so off the UI thread.
    m_export->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<QPair<core::CacheError, core::SnapshotManifest>>(this);
    const QString mirrorPath = m_cache.mirror().path();
    const QString version = QCoreApplication::applicationVersion();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        QApplication::restoreOverrideCursor();
        m_export->setEnabled(true);
        const auto [error, manifest] = watcher->result();
        watcher->deleteLater();
        if (error) {
            QMessageBox::warning(m_window, tr("Export snapshot"), error.message);
            return;
        }
        QMessageBox::information(m_window, tr("Export snapshot"),
            tr("The snapshot was written to %1 (%2).")
                .arg(QDir::toNativeSeparators(path), describe(manifest)));
    });
    watcher->setFuture(QtConcurrent::run([mirrorPath, path, version] {
        core::SnapshotManifest manifest;
        const core::CacheError error
            = core::exportMirrorSnapshot(mirrorPath, path, version, &manifest);
        return qMakePair(error, manifest);
    }));
}

void SnapshotActions::importSnapshot()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import snapshot"), QString(), snapshotFilter());
    if (path.isEmpty())
        return;
    // Checked now, so the operator hears about a bad file while still holding it; the
    // swap itself waits for the restart, when nothing holds the mirror open. Copying and
    // the full integrity check take seconds for a large cache: off the UI thread.
    const QString pending = pendingSnapshotPath(m_cache.dataDir());
    m_import->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<QPair<core::CacheError, core::SnapshotManifest>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        QApplication::restoreOverrideCursor();
        m_import->setEnabled(true);
        const auto [error, manifest] = watcher->result();
        watcher->deleteLater();
        if (error) {
            QMessageBox::warning(m_window, tr("Import snapshot"), error.message);
            return;
        }
        askToRestart(path, manifest);
    });
    const QHash<QString, int> versions = m_moduleVersions;
    watcher->setFuture(QtConcurrent::run([path, pending, versions] {
        QFile::remove(pending);
        core::SnapshotManifest manifest;
        core::CacheError error;
        if (!QFile::copy(path, pending)) {
            error = core::CacheError::make(core::CacheError::Kind::NotWritable, pending,
                QCoreApplication::translate("ioc::app::SnapshotActions",
                    "Cannot copy %1 into the data folder (is the disk full?).")
                    .arg(QDir::toNativeSeparators(path)));
        } else {
            error = core::inspectSnapshot(pending, versions, &manifest);
            error.message.replace(
                QDir::toNativeSeparators(pending), QDir::toNativeSeparators(path));
        }
        if (error)
            QFile::remove(pending);
        return qMakePair(error, manifest);
    }));
}

void SnapshotActions::askToRestart(const QString &path, const core::SnapshotManifest &manifest)
{
    const auto answer = QMessageBox::question(m_window, tr("Import snapshot"),
        tr("%1\n\nThe snapshot (%2) replaces the local cache when IOC Desktop starts again; "
           "your notes and acknowledgements are kept. Restart now?")
            .arg(QDir::toNativeSeparators(path), describe(manifest)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        emit restartRequested();
}

} // namespace ioc::app
