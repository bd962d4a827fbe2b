#pragma once

#include <QWidget>

class QTableWidget;

namespace ioc::core {
class SqliteFile;
}

namespace ioc::ui {

// The directives given on this machine (operator store), with their sending state: they
// are listed from the moment they are written, online or not.
class DirectiveList : public QWidget
{
    Q_OBJECT

public:
    explicit DirectiveList(const core::SqliteFile &operatorStore, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const core::SqliteFile &m_store;
    QTableWidget *m_table = nullptr;
};

} // namespace ioc::ui
