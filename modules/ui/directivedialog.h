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
    // The agencies are read on the thread pool: agenciesLoaded() says when they are
    // offered; an agency set before that is chosen once they are.
    int agencyCount() const;
    bool agenciesAreLoaded() const { return m_agenciesLoaded; }
    void setAgency(const QString &agencyId);
    void setText(const QString &text);
    void setDeadline(const QDate &deadline);

signals:
    void agenciesLoaded();

private:
    void updateOk();

    QString m_moduleId;
    QString m_source;
    QComboBox *m_agency = nullptr;
    QDateEdit *m_deadline = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_operator = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_wantedAgency;
    bool m_agenciesLoaded = false;
};

} // namespace ioc::ui
