#include "ui/alerthistorydialog.h"

#include "alerts/alertlistmodel.h"
#include "core/displaytime.h"
#include "ui/alertlistwidget.h"
#include "ui/severityicon.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ioc::ui {

AlertHistoryDialog::AlertHistoryDialog(const core::SqliteFile &operatorStore,
    const QHash<QString, QString> &moduleTitles, QWidget *parent)
    : QDialog(parent)
    , m_store(operatorStore)
    , m_titles(moduleTitles)
    , m_module(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_transition(new QComboBox(this))
    , m_area(new QLineEdit(this))
    , m_from(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this))
    , m_to(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Alert history"));
    m_module->addItem(tr("All modules"), QString());
    for (auto it = moduleTitles.begin(); it != moduleTitles.end(); ++it)
        m_module->addItem(it.value(), it.key());
    m_severity->addItem(tr("All severities"), 0);
    m_severity->addItem(severityIcon(alerts::Severity::Warning), tr("Warning and above"), 1);
    m_severity->addItem(severityIcon(alerts::Severity::Critical), tr("Critical only"), 2);
    m_transition->addItem(tr("Every change"), QString());
    const QList<QPair<QString, QString>> transitions = { { QStringLiteral("raised"), tr("Raised") },
        { QStringLiteral("reraised"), tr("Raised again") },
        { QStringLiteral("acknowledged"), tr("Acknowledged") },
        { QStringLiteral("resolved"), tr("Resolved") },
        { QStringLiteral("silenced"), tr("Snoozed") },
        { QStringLiteral("silence_expired"), tr("Snooze ended") } };
    for (const auto &[key, label] : transitions)
        m_transition->addItem(label, key);
    m_area->setPlaceholderText(tr("Unit code, e.g. 18028"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);

    auto *filters = new QFormLayout;
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_module);
    row1->addWidget(m_severity);
    row1->addWidget(m_transition);
    filters->addRow(tr("Show:"), row1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_from);
    row2->addWidget(new QLabel(QStringLiteral("–"), this));
    row2->addWidget(m_to);
    row2->addWidget(m_area);
    filters->addRow(tr("Time and area:"), row2);

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        { tr("Time"), tr("Severity"), tr("Module"), tr("Change"), tr("By / note"), tr("Alert") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *apply = buttons->addButton(tr("&Apply filters"), QDialogButtonBox::ActionRole);
    QPushButton *csv = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    connect(apply, &QPushButton::clicked, this, &AlertHistoryDialog::refresh);
    connect(csv, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 600);
    refresh();
}

AlertHistoryDialog::~AlertHistoryDialog()
{
    for (QFuture<void> &work : m_work)
        work.waitForFinished(); // runs it here if it has not started yet
}

void AlertHistoryDialog::keep(const QFuture<void> &work)
{
    m_work.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_work.append(work);
}

int AlertHistoryDialog::rowCount() const
{
    return m_table->rowCount();
}

alerts::HistoryFilter AlertHistoryDialog::filter() const
{
    alerts::HistoryFilter f;
    f.module = m_module->currentData().toString();
    f.minSeverity = m_severity->currentData().toInt();
    f.transition = m_transition->currentData().toString();
    f.unitCode = m_area->text().trimmed();
    f.from = m_from->dateTime().toUTC();
    f.to = m_to->dateTime().toUTC();
    return f;
}

void AlertHistoryDialog::refresh()
{
    m_status->setText(tr("Loading…"));
    const alerts::HistoryFilter f = filter();
    const core::SqliteFile *store = &m_store;
    auto *watcher = new QFutureWatcher<QList<alerts::HistoryRow>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        showRows(watcher->result());
        watcher->deleteLater();
        emit refreshed();
    });
    // A pool thread gets its own connection from SqliteFile.
    const QFuture<QList<alerts::HistoryRow>> work
        = QtConcurrent::run([store, f] { return alerts::AlertStore(*store).queryHistory(f); });
    keep(QFuture<void>(work));
    watcher->setFuture(work);
}

void AlertHistoryDialog::showRows(const QList<alerts::HistoryRow> &rows)
{
    m_rows = rows;
    const QString language = messageLanguage();
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const alerts::HistoryRow &r = rows[i];
        const QString who = r.transition.actor.isEmpty()
            ? (r.transition.origin == QLatin1String("engine") ? tr("automatic") : QString())
            : r.transition.actor;
        const QStringList byNote = QStringList { who, r.transition.note }.filter(
            QRegularExpression(QStringLiteral(".")));
        auto *severity
            = new QTableWidgetItem(severityIcon(r.severity), alerts::severityLabel(r.severity));
        m_table->setItem(i, 0,
            new QTableWidgetItem(core::toDisplayTime(r.transition.at)
                                     .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))));
        m_table->setItem(i, 1, severity);
        m_table->setItem(i, 2, new QTableWidgetItem(m_titles.value(r.module, r.module)));
        m_table->setItem(i, 3,
            new QTableWidgetItem(m_transition->itemText(
                std::max(0, m_transition->findData(r.transition.transition)))));
        m_table->setItem(i, 4, new QTableWidgetItem(byNote.join(QStringLiteral(" — "))));
        m_table->setItem(i, 5,
            new QTableWidgetItem(language == QLatin1String("vi") ? r.messageVi : r.messageEn));
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n change(s)", nullptr, int(rows.size())));
}

void AlertHistoryDialog::exportCsv(const QString &path)
{
    QString target = path;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(this, tr("Export alert history"),
            QStringLiteral("alert-history.csv"), tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(alerts::historyCsv(m_rows, messageLanguage())) < 0) {
        m_status->setText(tr("Cannot write %1: %2").arg(target, file.errorString()));
        return;
    }
    m_status->setText(tr("Exported %n change(s) to %1", nullptr, int(m_rows.size())).arg(target));
}

} // namespace ioc::ui
