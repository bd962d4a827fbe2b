#include "ui/alertlistwidget.h"

#include "alerts/alertlistmodel.h"
#include "ui/severityicon.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace ioc::ui {

namespace {

const QString kOperatorKey = QStringLiteral("alerts/operator");

// Adds what a Core-only model cannot: the severity icon, bold for alerts nobody has
// acknowledged, grey for resolved and snoozed ones.
class AlertDecorationProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole
            && index.column() == alerts::AlertListModel::SeverityColumn) {
            const int severity
                = QIdentityProxyModel::data(index, alerts::AlertListModel::SeverityRole).toInt();
            return severityIcon(alerts::Severity(severity));
        }
        const auto state = alerts::AlertState(
            QIdentityProxyModel::data(index, alerts::AlertListModel::StateRole).toInt());
        if (role == Qt::FontRole && state == alerts::AlertState::Raised) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ForegroundRole
            && (state == alerts::AlertState::Resolved
                || QIdentityProxyModel::data(index, alerts::AlertListModel::SilencedRole).toBool()))
            return QColor(Qt::gray);
        return QIdentityProxyModel::data(index, role);
    }
};

// Operator name + a note; the name is remembered for next time.
bool askOperatorAndNote(QWidget *parent, const QString &title, const QString &prompt,
    bool noteRequired, QString *who, QString *note)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    auto *label = new QLabel(prompt, &dialog);
    label->setWordWrap(true);
    form->addRow(label);
    auto *name = new QLineEdit(operatorName(), &dialog);
    form->addRow(AlertListWidget::tr("Operator:"), name);
    auto *text = new QPlainTextEdit(&dialog);
    text->setPlaceholderText(noteRequired ? AlertListWidget::tr("What was done (required)")
                                          : AlertListWidget::tr("Note (optional)"));
    text->setTabChangesFocus(true);
    form->addRow(AlertListWidget::tr("Note:"), text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto validate = [&] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!name->text().trimmed().isEmpty()
                && (!noteRequired || !text->toPlainText().trimmed().isEmpty()));
    };
    QObject::connect(name, &QLineEdit::textChanged, &dialog, validate);
    QObject::connect(text, &QPlainTextEdit::textChanged, &dialog, validate);
    validate();
    (name->text().isEmpty() ? static_cast<QWidget *>(name) : text)->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *who = name->text().trimmed();
    *note = text->toPlainText().trimmed();
    setOperatorName(*who);
    return true;
}

} // namespace

QString messageLanguage()
{
    // Rules carry Vietnamese and English messages; Japanese users read the English one.
    return QLocale().language() == QLocale::Vietnamese ? QStringLiteral("vi")
                                                       : QStringLiteral("en");
}

QString operatorName()
{
    return QSettings().value(kOperatorKey).toString();
}

void setOperatorName(const QString &name)
{
    QSettings().setValue(kOperatorKey, name);
}

AlertListWidget::AlertListWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new alerts::AlertListModel(this))
    , m_view(new QTableView(this))
    , m_stateFilter(new QComboBox(this))
    , m_severityFilter(new QComboBox(this))
    , m_acknowledge(new QPushButton(this))
    , m_resolve(new QPushButton(this))
    , m_snooze(new QPushButton(this))
    , m_empty(new QLabel(this))
{
    auto *proxy = new AlertDecorationProxy(this);
    proxy->setSourceModel(m_model);
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        alerts::AlertListModel::MessageColumn, QHeaderView::Stretch);
    m_view->setIconSize(QSize(18, 18));

    m_acknowledge->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok")));
    // Shortcuts work wherever focus is inside this list (each dock has its own list).
    const auto shortcut = [this](QPushButton *button, const QKeySequence &keys) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        addAction(action);
    };
    // Not Ctrl+K: that is global search everywhere, and an ambiguous key would do neither.
    shortcut(m_acknowledge, QKeySequence(Qt::CTRL | Qt::Key_Return));
    shortcut(m_resolve,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)); // Ctrl+Shift+R resets the layout
    shortcut(m_snooze, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertListWidget::acknowledgeCurrent);
    connect(m_resolve, &QPushButton::clicked, this, &AlertListWidget::resolveCurrent);
    connect(m_snooze, &QPushButton::clicked, this, &AlertListWidget::snoozeCurrent);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_stateFilter);
    bar->addWidget(m_severityFilter);
    bar->addStretch();
    bar->addWidget(m_acknowledge);
    bar->addWidget(m_resolve);
    bar->addWidget(m_snooze);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    m_empty->setAlignment(Qt::AlignCenter);

    retranslate();
    m_model->setLanguage(messageLanguage());
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &AlertListWidget::applyFilters);
    connect(
        m_severityFilter, &QComboBox::currentIndexChanged, this, &AlertListWidget::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AlertListWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertListWidget::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const alerts::Alert *a = currentAlert())
            emit alertActivated(*a);
    });
    applyFilters();
}

RecordRef recordOfAlert(const alerts::Alert &alert)
{
    RecordRef record;
    record.moduleId = alert.module;
    record.featureId = alert.sourceId;
    record.hasLocation = !std::isnan(alert.lon) && !std::isnan(alert.lat);
    if (record.hasLocation)
        record.bounds = QRectF(alert.lon, alert.lat, 0, 0);
    return record;
}

void AlertListWidget::retranslate()
{
    const int state = std::max(0, m_stateFilter->currentIndex());
    const int severity = std::max(0, m_severityFilter->currentIndex());
    QSignalBlocker blockState(m_stateFilter);
    QSignalBlocker blockSeverity(m_severityFilter);
    m_stateFilter->clear();
    m_stateFilter->addItems({ tr("Open"), tr("Not acknowledged"), tr("Resolved"), tr("All") });
    m_stateFilter->setCurrentIndex(state);
    m_severityFilter->clear();
    m_severityFilter->addItem(tr("All severities"));
    m_severityFilter->addItem(severityIcon(alerts::Severity::Critical), tr("Critical only"));
    m_severityFilter->addItem(severityIcon(alerts::Severity::Warning), tr("Warning and above"));
    m_severityFilter->setCurrentIndex(severity);
    m_acknowledge->setText(tr("&Acknowledge"));
    m_acknowledge->setToolTip(tr("Acknowledge the selected alert (Ctrl+Enter)"));
    m_resolve->setText(tr("Resol&ve"));
    m_resolve->setToolTip(tr("Mark the selected alert resolved, with a note (Ctrl+Shift+Enter)"));
    m_snooze->setText(tr("S&nooze"));
    m_snooze->setToolTip(tr("Silence this alert, its rule or its area for a while (Ctrl+Shift+Z)"));
    m_empty->setText(tr("No alerts."));
}

void AlertListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->setLanguage(messageLanguage());
    }
    QWidget::changeEvent(event);
}

void AlertListWidget::setModuleFilter(const QString &moduleId)
{
    m_model->setModuleFilter(moduleId);
    m_view->setColumnHidden(alerts::AlertListModel::ModuleColumn, !moduleId.isEmpty());
}

void AlertListWidget::applyFilters()
{
    using S = alerts::AlertState;
    switch (m_stateFilter->currentIndex()) {
    case 0:
        m_model->setStateFilter({ S::Raised, S::Acknowledged });
        break;
    case 1:
        m_model->setStateFilter({ S::Raised });
        break;
    case 2:
        m_model->setStateFilter({ S::Resolved });
        break;
    default:
        m_model->setStateFilter({});
        break;
    }
    using V = alerts::Severity;
    switch (m_severityFilter->currentIndex()) {
    case 1:
        m_model->setSeverityFilter({ V::Critical });
        break;
    case 2:
        m_model->setSeverityFilter({ V::Critical, V::Warning });
        break;
    default:
        m_model->setSeverityFilter({});
        break;
    }
    updateButtons();
}

const alerts::Alert *AlertListWidget::currentAlert() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->alertAt(rows.first().row());
}

void AlertListWidget::enableDirectives()
{
    if (m_directive)
        return;
    m_directive = new QPushButton(tr("&Directive…"), this);
    m_directive->setObjectName(QStringLiteral("alertDirective"));
    m_directive->setToolTip(tr("Assign this alert to an agency with a deadline"));
    connect(m_directive, &QPushButton::clicked, this, [this] {
        if (const alerts::Alert *alert = currentAlert())
            emit directiveRequested(*alert);
    });
    if (auto *bar = findChild<QHBoxLayout *>())
        bar->addWidget(m_directive);
    updateButtons();
}

void AlertListWidget::updateButtons()
{
    const alerts::Alert *a = currentAlert();
    if (m_directive)
        m_directive->setEnabled(a && a->state != alerts::AlertState::Resolved);
    m_acknowledge->setEnabled(a && a->state == alerts::AlertState::Raised);
    m_resolve->setEnabled(a && a->state != alerts::AlertState::Resolved);
    m_snooze->setEnabled(a && a->state != alerts::AlertState::Resolved);
    m_empty->setVisible(m_model->rowCount() == 0);
}

bool AlertListWidget::selectAlert(const QString &alertId)
{
    const int row = m_model->rowOf(alertId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_view->model()->index(row, 0));
    return true;
}

void AlertListWidget::acknowledgeCurrent()
{
    const alerts::Alert *a = currentAlert();
    if (!a || a->state != alerts::AlertState::Raised)
        return;
    const QString id = a->id;
    QString who;
    QString note;
    if (askOperatorAndNote(
            this, tr("Acknowledge alert"), a->message(m_model->language()), false, &who, &note))
        emit acknowledgeRequested(id, who, note);
}

void AlertListWidget::resolveCurrent()
{
    const alerts::Alert *a = currentAlert();
    if (!a || a->state == alerts::AlertState::Resolved)
        return;
    const QString id = a->id;
    QString who;
    QString note;
    if (askOperatorAndNote(
            this, tr("Resolve alert"), a->message(m_model->language()), true, &who, &note))
        emit resolveRequested(id, who, note);
}

void AlertListWidget::snoozeCurrent()
{
    const alerts::Alert *current = currentAlert();
    if (!current)
        return;
    const alerts::Alert a = *current;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Snooze"));
    auto *form = new QFormLayout(&dialog);
    auto *what = new QComboBox(&dialog);
    what->addItem(tr("This alert"));
    what->addItem(tr("Every alert of this rule"));
    if (!a.unitCode.isEmpty())
        what->addItem(tr("Every alert in this area (%1)").arg(a.unitCode));
    form->addRow(tr("Silence:"), what);
    auto *howLong = new QComboBox(&dialog);
    const QList<int> minutes = { 15, 60, 240, 1440 };
    howLong->addItems({ tr("15 minutes"), tr("1 hour"), tr("4 hours"), tr("24 hours") });
    howLong->setCurrentIndex(1);
    form->addRow(tr("For:"), howLong);
    auto *name = new QLineEdit(operatorName(), &dialog);
    form->addRow(tr("Operator:"), name);
    auto *why = new QLineEdit(&dialog);
    why->setPlaceholderText(tr("Why (e.g. maintenance, known outage)"));
    form->addRow(tr("Reason:"), why);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto validate = [&] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!name->text().trimmed().isEmpty() && !why->text().trimmed().isEmpty());
    };
    connect(name, &QLineEdit::textChanged, &dialog, validate);
    connect(why, &QLineEdit::textChanged, &dialog, validate);
    validate();
    if (dialog.exec() != QDialog::Accepted)
        return;
    setOperatorName(name->text().trimmed());
    const QDateTime until
        = QDateTime::currentDateTimeUtc().addSecs(60LL * minutes.at(howLong->currentIndex()));
    switch (what->currentIndex()) {
    case 0:
        emit silenceRequested(a.id, {}, {}, until, name->text().trimmed(), why->text().trimmed());
        break;
    case 1:
        emit silenceRequested(
            {}, a.ruleId, {}, until, name->text().trimmed(), why->text().trimmed());
        break;
    default:
        emit silenceRequested(
            {}, {}, a.unitCode, until, name->text().trimmed(), why->text().trimmed());
        break;
    }
}

} // namespace ioc::ui
