#pragma once

#include "core/outboxstore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ioc::core {
class SqliteFile;
}

namespace ioc::ui {

// "Directive from an alert or a KPI": an agency, a deadline and a text. The agencies come
// from the cached doc_agencies (active ones); nothing is written until OK, and OK stays
// disabled until all three are given.
class DirectiveDialog : public QDialog
{
    Q_OBJECT

public:
    DirectiveDialog(const core::SqliteFile &mirror, const QString &moduleId, const QString &source,
        const QString &suggestedText, const QDate &today, QWidget *parent = nullptr);

    // The directive as entered (uuid and createdAt filled in when accepted).
    core::Directive directive() const;
    int agencyCount() const;
    void setAgency(const QString &agencyId);
    void setText(const QString &text);
    void setDeadline(const QDate &deadline);

private:
    void updateOk();

    QString m_moduleId;
    QString m_source;
    QComboBox *m_agency = nullptr;
    QDateEdit *m_deadline = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_operator = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace ioc::ui
