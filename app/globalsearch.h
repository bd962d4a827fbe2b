#pragma once

#include "ui/recordref.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QStringList>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace ioc::core {
class ModuleRegistry;
}

namespace ioc::app {

// Where to search and under which heading the hits are shown.
struct SearchScope
{
    QString moduleId; // empty for the shared "Places" group (administrative units)
    QString title;
    QStringList collections;
};

// A hit is a reference to a record (or a place), opened the way an alert click is.
using SearchHit = ui::RecordRef;

struct SearchGroup
{
    QString moduleId;
    QString title;
    QList<SearchHit> hits;
};

// The modules of the registry in display order, plus the shared places.
QList<SearchScope> searchScopes(const core::ModuleRegistry &modules);

// Searches every scope through the cache's full-text index (diacritic-insensitive, prefix
// match), at most `perScope` hits each; scopes without hits are left out. Opens its own
// connection to the mirror, so it can (and should) run on a worker thread.
QList<SearchGroup> searchAll(const QString &mirrorPath, const QString &text,
    const QList<SearchScope> &scopes, int perScope = 20);

// Ctrl+K: a search box over the window; results arrive from a worker thread, grouped by
// module. Enter (or a double click) opens the chosen hit, Escape closes.
class GlobalSearchPopup : public QDialog
{
    Q_OBJECT

public:
    GlobalSearchPopup(const QString &mirrorPath, QList<SearchScope> scopes, QWidget *parent);

    QLineEdit *input() const { return m_input; }
    QTreeWidget *results() const { return m_results; }
    // Starts a search now (skipping the typing delay); for tests and Enter.
    void searchNow();
    // Opens the selected hit, or the first one when none is selected.
    bool openCurrent();

signals:
    void openRequested(const ioc::app::SearchHit &hit);
    void resultsShown(int hitCount);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showResults(const QList<SearchGroup> &groups);

    QString m_mirrorPath;
    QList<SearchScope> m_scopes;
    QLineEdit *m_input = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_delay = nullptr;
    QFutureWatcher<QList<SearchGroup>> *m_watcher = nullptr;
    QString m_pendingText; // typed while a search was running
    QString m_runningText;
    QList<SearchHit> m_hits; // indexed by the item's data
};

} // namespace ioc::app

Q_DECLARE_METATYPE(ioc::app::SearchHit)
