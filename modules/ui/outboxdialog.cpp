#include "ui/outboxdialog.h"

#include "core/displaytime.h"
#include "core/sqlitefile.h"
#include "ui/alertlistwidget.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ioc::ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

QString displayed(const QDateTime &when)
{
    return QLocale().toString(core::toDisplayTime(when), QLocale::ShortFormat);
}

} // namespace

OutboxDialog::OutboxDialog(const core::SqliteFile &operatorStore,
    const QHash<QString, QString> &moduleTitles, QWidget *parent)
    : QDialog(parent)
    , m_store(operatorStore)
    , m_titles(moduleTitles)
    , m_operator(new QLineEdit(operatorName(), this))
    , m_refused(
          makeTable({ tr("Taken at"), tr("Action"), tr("What"), tr("Refused because") }, this))
    , m_decisions(makeTable({ tr("Decided at"), tr("By"), tr("Decision"), tr("What") }, this))
    , m_resend(new QPushButton(tr("&Send again"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Refused actions"));
    setObjectName(QStringLiteral("outboxDialog"));
    auto *intro = new QLabel(tr("The data center refused these actions. Send one again once its "
                                "cause is fixed, or discard it: it then stays on this workstation "
                                "and is never sent. Each decision is recorded with your name."),
        this);
    intro->setWordWrap(true);
    m_operator->setObjectName(QStringLiteral("outboxOperator"));
    m_resend->setObjectName(QStringLiteral("outboxResend"));
    m_discard->setObjectName(QStringLiteral("outboxDiscard"));
    auto *form = new QFormLayout;
    form->addRow(tr("Operator:"), m_operator);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_resend, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resend, &QPushButton::clicked, this, &OutboxDialog::resendSelected);
    connect(m_discard, &QPushButton::clicked, this, &OutboxDialog::discardSelected);
    connect(m_refused, &QTableWidget::itemSelectionChanged, this, &OutboxDialog::updateButtons);
    connect(m_operator, &QLineEdit::textChanged, this, &OutboxDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_refused, 3);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Decisions made on this workstation:"), this));
    layout->addWidget(m_decisions, 2);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(960, 560);
    updateButtons();
    refresh();
}

OutboxDialog::~OutboxDialog()
{
    for (QFuture<void> &work : m_work)
        work.waitForFinished(); // runs it here if it has not started yet
}

void OutboxDialog::keep(const QFuture<void> &work)
{
    m_work.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_work.append(work);
}

int OutboxDialog::refusedCount() const
{
    return m_refused->rowCount();
}

int OutboxDialog::decisionCount() const
{
    return m_decisions->rowCount();
}

void OutboxDialog::selectRefused(int row)
{
    m_refused->selectRow(row);
}

void OutboxDialog::refresh()
{
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Loading…"));
    const core::SqliteFile *store = &m_store;
    auto *watcher = new QFutureWatcher<Contents>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_busy = false;
        showContents(watcher->result());
        watcher->deleteLater();
        emit refreshed();
    });
    // A pool thread gets its own connection from SqliteFile.
    const QFuture<Contents> work = QtConcurrent::run([store] {
        const core::OutboxStore outbox(*store);
        Contents contents { outbox.rejected(), outbox.decisions(), {} };
        for (const core::Directive &directive : outbox.directives())
            contents.directiveAgencies.insert(directive.uuid, directive.assigneeName);
        return contents;
    });
    keep(QFuture<void>(work));
    watcher->setFuture(work);
}

void OutboxDialog::showContents(const Contents &contents)
{
    m_contents = contents;
    m_refused->setRowCount(int(contents.refused.size()));
    for (int i = 0; i < contents.refused.size(); ++i) {
        const core::OutboxItem &item = contents.refused[i];
        m_refused->setItem(i, 0, new QTableWidgetItem(displayed(item.createdAt)));
        m_refused->setItem(i, 1, new QTableWidgetItem(kindName(item.collection)));
        m_refused->setItem(
            i, 2, new QTableWidgetItem(describe(item.uuid, item.collection, item.payload)));
        m_refused->setItem(i, 3, new QTableWidgetItem(item.lastError));
    }
    m_decisions->setRowCount(int(contents.decisions.size()));
    for (int i = 0; i < contents.decisions.size(); ++i) {
        const core::OutboxDecision &d = contents.decisions[i];
        m_decisions->setItem(i, 0, new QTableWidgetItem(displayed(d.decidedAt)));
        m_decisions->setItem(i, 1, new QTableWidgetItem(d.operatorName));
        m_decisions->setItem(i, 2,
            new QTableWidgetItem(
                d.kind == core::OutboxDecision::Kind::Resend ? tr("sent again") : tr("discarded")));
        m_decisions->setItem(i, 3,
            new QTableWidgetItem(kindName(d.collection) + QStringLiteral(": ")
                + describe(d.uuid, d.collection, d.payload)));
    }
    m_refused->resizeRowsToContents();
    m_decisions->resizeRowsToContents();
    m_status->setText(contents.refused.isEmpty()
            ? tr("No refused actions.")
            : tr("%n refused action(s).", nullptr, int(contents.refused.size())));
    updateButtons();
}

void OutboxDialog::resendSelected()
{
    decideSelected(core::OutboxDecision::Kind::Resend);
}

void OutboxDialog::discardSelected()
{
    decideSelected(core::OutboxDecision::Kind::Discard);
}

void OutboxDialog::decideSelected(core::OutboxDecision::Kind kind)
{
    const int row = m_refused->currentRow();
    const QString who = m_operator->text().trimmed();
    if (m_busy || row < 0 || row >= m_contents.refused.size() || who.isEmpty())
        return;
    const core::OutboxItem item = m_contents.refused.at(row);
    const bool resend = kind == core::OutboxDecision::Kind::Resend;
    if (!resend
        && QMessageBox::question(this, tr("Discard the action?"),
               tr("“%1” will never reach the data center. It stays on this workstation, and "
                  "your decision is recorded.")
                   .arg(describe(item.uuid, item.collection, item.payload)),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    setOperatorName(who);
    m_busy = true;
    updateButtons();
    const core::SqliteFile *store = &m_store;
    auto *watcher = new QFutureWatcher<core::CacheError>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, resend] {
        const core::CacheError error = watcher->result();
        watcher->deleteLater();
        if (error) {
            m_busy = false;
            updateButtons();
            QMessageBox::warning(this, windowTitle(), error.message);
            return;
        }
        if (resend)
            emit resent();
        refresh();
    });
    const QString uuid = item.uuid;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QFuture<core::CacheError> work = QtConcurrent::run([store, uuid, who, now, resend] {
        core::OutboxStore outbox(*store);
        return resend ? outbox.resend(uuid, who, now) : outbox.discard(uuid, who, now);
    });
    keep(QFuture<void>(work));
    watcher->setFuture(work);
}

QString OutboxDialog::kindName(const QString &collection) const
{
    if (collection == QLatin1String(core::OutboxStore::kAcknowledgementCollection))
        return tr("Acknowledgement");
    if (collection == QLatin1String(core::OutboxStore::kNoteCollection))
        return tr("Note");
    if (collection == QLatin1String(core::OutboxStore::kDirectiveCollection))
        return tr("Directive");
    return collection;
}

// What a person recognises the action by: the module and the note of an
// acknowledgement, the text of a note, the directive and its agency.
QString OutboxDialog::describe(
    const QString &uuid, const QString &collection, const QByteArray &payload) const
{
    const QJsonObject p
        = QJsonDocument::fromJson(payload).object().value(QLatin1String("properties")).toObject();
    auto text = [&p](const char *key) { return p.value(QLatin1String(key)).toString(); };
    if (collection == QLatin1String(core::OutboxStore::kAcknowledgementCollection)) {
        const QString module = m_titles.value(text("module"), text("module"));
        return text("note").isEmpty() ? tr("alert in %1").arg(module)
                                      : tr("alert in %1 — %2").arg(module, text("note"));
    }
    if (collection == QLatin1String(core::OutboxStore::kNoteCollection))
        return text("body");
    if (collection == QLatin1String(core::OutboxStore::kDirectiveCollection)) {
        const QString agency = m_contents.directiveAgencies.value(uuid, text("assignee_agency"));
        return agency.isEmpty() ? text("name") : tr("%1 (to %2)").arg(text("name"), agency);
    }
    return QString::fromUtf8(payload.left(200));
}

void OutboxDialog::updateButtons()
{
    const bool chosen = !m_busy && m_refused->currentRow() >= 0
        && m_refused->currentRow() < m_contents.refused.size()
        && !m_operator->text().trimmed().isEmpty();
    m_resend->setEnabled(chosen);
    m_discard->setEnabled(chosen);
}

} // namespace ioc::ui
