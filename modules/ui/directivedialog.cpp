#include "ui/directivedialog.h"

#include "core/agencies.h"
#include "core/sqlitefile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUuid>
#include <QtConcurrent>

namespace ioc::ui {

DirectiveDialog::DirectiveDialog(const core::SqliteFile &mirror, const QString &moduleId,
    const QString &source, const QString &suggestedText, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_moduleId(moduleId)
    , m_source(source)
{
    setWindowTitle(tr("New directive"));
    m_agency = new QComboBox(this);
    m_agency->setObjectName(QStringLiteral("directiveAgency"));
    m_agency->addItem(tr("Loading the agencies…"), QString());
    m_agency->setEnabled(false);
    // Read on the thread pool; the choice is offered when they arrive.
    const core::SqliteFile *cache = &mirror;
    auto *watcher = new QFutureWatcher<QList<core::Agency>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QSignalBlocker block(m_agency);
        m_agency->setItemText(0, tr("Choose the agency…"));
        for (const core::Agency &agency : watcher->result())
            m_agency->addItem(agency.name, agency.id);
        m_agency->setEnabled(true);
        m_agenciesLoaded = true;
        setAgency(m_wantedAgency);
        updateOk();
        emit agenciesLoaded();
    });
    watcher->setFuture(QtConcurrent::run([cache] { return core::readActiveAgencies(*cache); }));
    m_deadline = new QDateEdit(today.addDays(7), this);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_deadline->setMinimumDate(today);
    m_text = new QPlainTextEdit(suggestedText, this);
    m_text->setObjectName(QStringLiteral("directiveText"));
    m_operator = new QLineEdit(QString::fromLocal8Bit(qgetenv("USER")), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Issue directive"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_agency, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &DirectiveDialog::updateOk);
    connect(m_text, &QPlainTextEdit::textChanged, this, &DirectiveDialog::updateOk);
    connect(m_operator, &QLineEdit::textChanged, this, &DirectiveDialog::updateOk);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Assignee agency"), m_agency);
    form->addRow(tr("Deadline"), m_deadline);
    form->addRow(tr("Directive"), m_text);
    form->addRow(tr("Given by"), m_operator);
    form->addRow(buttons);
    resize(560, 320);
    updateOk();
}

void DirectiveDialog::updateOk()
{
    m_ok->setEnabled(!m_agency->currentData().toString().isEmpty()
        && !m_text->toPlainText().trimmed().isEmpty() && !m_operator->text().trimmed().isEmpty());
}

int DirectiveDialog::agencyCount() const
{
    return m_agency->count() - 1;
}

void DirectiveDialog::setAgency(const QString &agencyId)
{
    m_wantedAgency = agencyId; // kept until the agencies have arrived
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(agencyId)));
}

void DirectiveDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void DirectiveDialog::setDeadline(const QDate &deadline)
{
    m_deadline->setDate(deadline);
}

core::Directive DirectiveDialog::directive() const
{
    core::Directive d;
    d.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.moduleId = m_moduleId;
    d.source = m_source;
    d.assigneeAgency = m_agency->currentData().toString();
    d.assigneeName = m_agency->currentText();
    d.deadline = m_deadline->date();
    d.text = m_text->toPlainText().trimmed();
    d.operatorName = m_operator->text().trimmed();
    d.createdAt = QDateTime::currentDateTimeUtc();
    return d;
}

} // namespace ioc::ui
