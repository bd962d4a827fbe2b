#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace ioc::core {
class SqliteFile;
}

namespace ioc::ui {

// The module's quarantined items (features sync refused, with the reason and the text
// received), from the same store the sync status dialog reads (sync::SyncStore).
class DataIssuesView : public QWidget
{
    Q_OBJECT

public:
    DataIssuesView(
        const core::SqliteFile &mirror, const QStringList &collections, QWidget *parent = nullptr);

    int issueCount() const;
    QTableWidget *table() const { return m_table; }

public slots:
    void refresh();

signals:
    void countChanged(int count);

private:
    const core::SqliteFile &m_mirror;
    QStringList m_collections;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace ioc::ui
