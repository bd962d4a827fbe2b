#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ioc::app {

// File ▸ Settings: data center and token, sync intervals, language, theme, map sources,
// home area and sounds. OK checks everything first and keeps the dialog open, with the
// faulty field focused and a sentence saying what is wrong, until it is right.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The first problem of the current input (empty when all is valid); *field is set to
    // the widget to fix.
    QString firstProblem(QWidget **field = nullptr) const;
    QString shownError() const;

    QLineEdit *dataCenterEdit() const { return m_url; }
    QLineEdit *tokenEdit() const { return m_token; }
    QSpinBox *liveIntervalBox() const { return m_liveInterval; }
    QSpinBox *statisticsIntervalBox() const { return m_statisticsInterval; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QLineEdit *mbTilesEdit() const { return m_mbTiles; }
    QLineEdit *tileUrlEdit() const { return m_tileUrl; }
    QDoubleSpinBox *homeBox(int index) const { return m_home[index]; } // W, S, E, N
    QCheckBox *soundsBox() const { return m_sounds; }

public slots:
    void accept() override;

signals:
    // After OK saved the settings: the window re-applies theme and map sources.
    void settingsApplied();

private:
    void load();
    bool save(QString *error);
    void browseMbTiles();

    QLineEdit *m_url = nullptr;
    QLineEdit *m_token = nullptr;
    QSpinBox *m_liveInterval = nullptr;
    QSpinBox *m_statisticsInterval = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_sounds = nullptr;
    QLineEdit *m_mbTiles = nullptr;
    QLineEdit *m_tileUrl = nullptr;
    QDoubleSpinBox *m_home[4] = {};
    QLabel *m_error = nullptr;
    QString m_initialLanguage;
};

} // namespace ioc::app
