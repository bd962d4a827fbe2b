#include "ui/dashboardfilterbar.h"

#include "ui/flowlayout.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ioc::ui {

namespace {
constexpr int kCustom = 5; // the granularity combo's last entry
} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_crumbs = new QHBoxLayout;
    m_crumbs->setSpacing(2);
    m_children = new QComboBox(this);
    m_children->setObjectName(QStringLiteral("areaChildren"));
    m_children->setAccessibleName(tr("Area within the current one"));
    m_children->setMinimumContentsLength(16);
    m_children->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_children, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        if (index <= 0)
            return;
        const QStringList data = m_children->itemData(index).toStringList();
        m_path.append({ data.value(0),
            data.value(1) == QLatin1String("<") ? core::AdminEra::Before : core::AdminEra::After });
        rebuildArea();
        emit changed();
    });

    m_granularity = new QComboBox(this);
    m_granularity->setObjectName(QStringLiteral("granularity"));
    m_granularity->setAccessibleName(tr("Period length"));
    m_granularity->addItems(
        { tr("Day"), tr("Week"), tr("Month"), tr("Quarter"), tr("Year"), tr("Custom range") });
    m_anchor = new QDateEdit(this);
    m_anchor->setCalendarPopup(true);
    m_anchor->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_anchor->setAccessibleName(tr("A day in the period"));
    m_from = new QDateEdit(this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_from->setAccessibleName(tr("From"));
    m_to = new QDateEdit(this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to->setAccessibleName(tr("To"));
    m_previous = new QToolButton(this);
    m_previous->setText(QStringLiteral("◀"));
    m_previous->setToolTip(tr("Previous period"));
    m_next = new QToolButton(this);
    m_next->setText(QStringLiteral("▶"));
    m_next->setToolTip(tr("Next period"));
    m_compare = new QCheckBox(tr("Compare with last year"), this);
    m_selector = new QComboBox(this);
    m_selector->setObjectName(QStringLiteral("dashboardSelector"));
    m_selector->setAccessibleName(tr("What the figures show"));
    // Indicator names are long; the list shows them whole, the closed box need not.
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_selector->setMinimumContentsLength(28);
    m_selector->hide();

    connect(m_granularity, qOverload<int>(&QComboBox::activated), this,
        &DashboardFilterBar::timeWidgetsEdited);
    for (QDateEdit *edit : { m_anchor, m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &DashboardFilterBar::timeWidgetsEdited);
    connect(m_compare, &QCheckBox::toggled, this, &DashboardFilterBar::timeWidgetsEdited);
    connect(m_previous, &QToolButton::clicked, this, [this] { stepPeriod(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { stepPeriod(1); });
    connect(m_selector, qOverload<int>(&QComboBox::activated), this, [this] {
        if (!m_updating)
            emit changed();
    });

    // Groups that wrap onto a second row when the dock is narrow: where, when, compare,
    // what. Each group stays on one row.
    auto *where = new QHBoxLayout;
    where->setSpacing(2);
    where->addLayout(m_crumbs);
    where->addWidget(m_children);
    auto *when = new QHBoxLayout;
    when->setSpacing(2);
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_granularity, m_previous, m_anchor, m_from, m_to, m_next })
        when->addWidget(widget);
    auto *layout = new FlowLayout(FlowLayout::Rows::Natural, this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(12);
    layout->addLayout(where);
    layout->addLayout(when);
    layout->addWidget(m_compare);
    layout->addWidget(m_selector);

    m_time.anchor = QDate::currentDate();
    syncTimeWidgets();
    rebuildArea();
}

void DashboardFilterBar::setGeography(std::shared_ptr<const core::AdminGeography> geography)
{
    m_geography = std::move(geography);
    rebuildArea();
}

core::UnitRef DashboardFilterBar::area() const
{
    return m_path.isEmpty() ? core::UnitRef {} : m_path.last();
}

QStringList DashboardFilterBar::breadcrumb() const
{
    QStringList names { m_geography
                && m_geography->unit(m_geography->provinceCode(), core::AdminEra::Before)
            ? m_geography->name({ m_geography->provinceCode(), core::AdminEra::Before })
            : tr("Province") };
    for (const core::UnitRef &ref : m_path)
        names.append(m_geography ? m_geography->name(ref) : ref.code);
    return names;
}

void DashboardFilterBar::selectUnit(const core::UnitRef &unit)
{
    m_path.clear();
    if (m_geography && !unit.code.isEmpty() && unit.code != m_geography->provinceCode()) {
        const core::AdminUnitInfo *info = m_geography->unit(unit.code, unit.era);
        if (info && info->level == QLatin1String("commune")) {
            const QString district = m_geography->districtOf(unit);
            if (!district.isEmpty())
                m_path.append({ district, core::AdminEra::Before });
        }
        m_path.append(unit);
    }
    rebuildArea();
    emit changed();
}

void DashboardFilterBar::goUp(int depth)
{
    while (m_path.size() > depth)
        m_path.removeLast();
    rebuildArea();
    emit changed();
}

core::AdminEra DashboardFilterBar::childEra() const
{
    return core::eraOf(m_time.period().last);
}

void DashboardFilterBar::rebuildArea()
{
    // deleteLater: this may run inside a crumb's own clicked() signal.
    while (QLayoutItem *item = m_crumbs->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const QStringList names = breadcrumb();
    for (int i = 0; i < names.size(); ++i) {
        if (i > 0)
            m_crumbs->addWidget(new QLabel(QStringLiteral("›"), this));
        auto *crumb = new QToolButton(this);
        crumb->setText(names[i]);
        crumb->setAutoRaise(i < names.size() - 1);
        crumb->setToolTip(i < names.size() - 1 ? tr("Back to %1").arg(names[i]) : QString());
        if (i == names.size() - 1)
            crumb->setStyleSheet(QStringLiteral("font-weight: bold;"));
        connect(crumb, &QToolButton::clicked, this, [this, i] {
            if (i < m_path.size())
                goUp(i);
        });
        m_crumbs->addWidget(crumb);
    }

    m_children->clear();
    QList<core::AdminUnitInfo> children;
    if (m_geography) {
        if (m_path.isEmpty())
            children = m_geography->districts();
        else if (m_path.size() == 1)
            children = m_geography->communesIn(m_path.first().code, childEra());
    }
    m_children->setVisible(!children.isEmpty());
    m_children->addItem(m_path.isEmpty() ? tr("District…") : tr("Commune…"));
    for (const core::AdminUnitInfo &unit : std::as_const(children))
        m_children->addItem(unit.name,
            QStringList { unit.code,
                unit.era == core::AdminEra::Before ? QStringLiteral("<") : QStringLiteral(">") });
}

void DashboardFilterBar::setTimeFilter(const core::TimeFilter &filter)
{
    m_time = filter;
    syncTimeWidgets();
    rebuildArea();
}

void DashboardFilterBar::syncTimeWidgets()
{
    m_updating = true;
    const bool custom = m_time.custom.isValid();
    m_granularity->setCurrentIndex(custom ? kCustom : int(m_time.granularity));
    m_anchor->setDate(m_time.anchor);
    m_anchor->setVisible(!custom);
    m_previous->setVisible(!custom);
    m_next->setVisible(!custom);
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (custom) {
        m_from->setDate(m_time.custom.first);
        m_to->setDate(m_time.custom.last);
    }
    m_compare->setChecked(m_time.compareLastYear);
    m_updating = false;
}

void DashboardFilterBar::timeWidgetsEdited()
{
    if (m_updating)
        return;
    const int index = m_granularity->currentIndex();
    if (index == kCustom) {
        if (!m_time.custom.isValid()) {
            // Starting a custom range: the current period, editable.
            const core::DateRange period = m_time.period();
            m_time.custom = period;
        } else {
            m_time.custom = { m_from->date(), m_to->date() };
            if (!m_time.custom.isValid()) // from after to: swap rather than show nothing
                m_time.custom = { m_to->date(), m_from->date() };
        }
    } else {
        m_time.custom = {};
        m_time.granularity = core::Granularity(index);
        m_time.anchor = m_anchor->date();
    }
    m_time.compareLastYear = m_compare->isChecked();
    syncTimeWidgets();
    rebuildArea();
    emit changed();
}

void DashboardFilterBar::stepPeriod(int direction)
{
    const core::DateRange period = m_time.period();
    m_time.anchor = direction < 0 ? period.first.addDays(-1) : period.last.addDays(1);
    syncTimeWidgets();
    rebuildArea();
    emit changed();
}

void DashboardFilterBar::setSelectorChoices(
    const QString &label, const QList<QPair<QString, QString>> &choices, const QString &current)
{
    m_updating = true;
    m_selector->clear();
    for (const auto &choice : choices)
        m_selector->addItem(choice.second, choice.first);
    m_selector->setToolTip(label);
    // The open list shows every name whole, however narrow the closed box is.
    m_selector->view()->setMinimumWidth(m_selector->view()->sizeHintForColumn(0) + 24);
    const int index = m_selector->findData(current);
    m_selector->setCurrentIndex(index >= 0 ? index : 0);
    m_selector->setVisible(!choices.isEmpty());
    m_updating = false;
}

QString DashboardFilterBar::selector() const
{
    return m_selector->currentData().toString();
}

void DashboardFilterBar::setSelector(const QString &value)
{
    const int index = m_selector->findData(value);
    if (index >= 0) {
        m_selector->setCurrentIndex(index);
        emit changed();
    }
}

} // namespace ioc::ui
