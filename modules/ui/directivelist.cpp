#include "ui/directivelist.h"

#include "core/outboxstore.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ioc::ui {

DirectiveList::DirectiveList(const core::SqliteFile &operatorStore, QWidget *parent)
    : QWidget(parent)
    , m_store(operatorStore)
{
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("directiveList"));
    m_table->setHorizontalHeaderLabels({ tr("Directive"), tr("Agency"), tr("Deadline"),
        tr("Given by"), tr("From"), tr("Sending") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void DirectiveList::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DirectiveList::refresh()
{
    const QList<core::Directive> directives = core::OutboxStore(m_store).directives();
    m_table->setRowCount(0);
    const QLocale locale;
    for (const core::Directive &d : directives) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(d.text));
        m_table->setItem(row, 1, new QTableWidgetItem(d.assigneeName));
        m_table->setItem(
            row, 2, new QTableWidgetItem(locale.toString(d.deadline, QLocale::ShortFormat)));
        m_table->setItem(row, 3, new QTableWidgetItem(d.operatorName));
        m_table->setItem(row, 4, new QTableWidgetItem(d.source));
        const QString state = d.state == QLatin1String("sent") ? tr("Sent")
            : d.state == QLatin1String("rejected")             ? tr("Refused: %1").arg(d.lastError)
                                                               : tr("Waiting to be sent");
        m_table->setItem(row, 5, new QTableWidgetItem(state));
    }
}

} // namespace ioc::ui
