#pragma once

#include "core/admingeography.h"
#include "core/timefilter.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QToolButton;

namespace ioc::ui {

// The one area filter and one time filter of a module dock, shared by its map, cards and
// charts. Area: a breadcrumb (province › district › commune; each crumb leads back up)
// and a combo of the current area's sub-units. Time: granularity, the period (with
// previous/next), or a custom range, and whether to compare with last year.
class DashboardFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardFilterBar(QWidget *parent = nullptr);

    void setGeography(std::shared_ptr<const core::AdminGeography> geography);
    core::UnitRef area() const;
    QStringList breadcrumb() const; // names, province first
    // Filters on a unit (e.g. clicked on the map); its district is put in the breadcrumb.
    void selectUnit(const core::UnitRef &unit);
    void goUp(int depth); // 0 = province

    core::TimeFilter timeFilter() const { return m_time; }
    void setTimeFilter(const core::TimeFilter &filter);

    // The module's own choice (indicator…): hidden when there are no choices.
    void setSelectorChoices(const QString &label, const QList<QPair<QString, QString>> &choices,
        const QString &current);
    QString selector() const;
    void setSelector(const QString &value);

signals:
    void changed();

private:
    void rebuildArea();
    void syncTimeWidgets();
    void timeWidgetsEdited();
    void stepPeriod(int direction);
    core::AdminEra childEra() const;

    std::shared_ptr<const core::AdminGeography> m_geography;
    QList<core::UnitRef> m_path; // below the province
    core::TimeFilter m_time;
    bool m_updating = false;

    QHBoxLayout *m_crumbs = nullptr;
    QComboBox *m_children = nullptr;
    QComboBox *m_granularity = nullptr;
    QDateEdit *m_anchor = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QCheckBox *m_compare = nullptr;
    QComboBox *m_selector = nullptr;
};

} // namespace ioc::ui
