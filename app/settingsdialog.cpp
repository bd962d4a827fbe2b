#include "settingsdialog.h"

#include "appsettings.h"
#include "settingsvalidation.h"
#include "sync/tokenstore.h"
#include "ui/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ioc::app {

namespace {

// Hà Tĩnh province with a margin: the default home area.
constexpr double kDefaultHome[4] = { 105.10, 17.90, 106.60, 18.80 };

QSpinBox *intervalBox(QWidget *parent, const QString &accessibleName)
{
    auto *box = new QSpinBox(parent);
    box->setRange(kMinIntervalSeconds, kMaxIntervalSeconds);
    box->setSuffix(QCoreApplication::translate("ioc::app::SettingsDialog", " s"));
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // --- Data center ---
    auto *dataCenter = new QGroupBox(tr("Data center"), this);
    m_url = new QLineEdit(dataCenter);
    m_url->setObjectName(QStringLiteral("dataCenterUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://ioc.hatinh.gov.vn/api"));
    m_url->setAccessibleName(tr("Data center address"));
    m_token = new QLineEdit(dataCenter);
    m_token->setObjectName(QStringLiteral("dataCenterToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Leave empty to keep the stored token"));
    m_token->setAccessibleName(tr("Access token"));
    m_liveInterval = intervalBox(dataCenter, tr("Interval for live data, in seconds"));
    m_liveInterval->setObjectName(QStringLiteral("liveInterval"));
    m_statisticsInterval
        = intervalBox(dataCenter, tr("Interval for catalogues and statistics, in seconds"));
    m_statisticsInterval->setObjectName(QStringLiteral("statisticsInterval"));
    auto *dataBox = new QVBoxLayout(dataCenter);
    auto *dataForm = new QFormLayout;
    dataBox->addLayout(dataForm);
    dataForm->addRow(tr("&Address:"), m_url);
    dataForm->addRow(tr("&Token:"), m_token);
    dataForm->addRow(tr("&Live data every:"), m_liveInterval);
    dataForm->addRow(tr("&Catalogues and statistics every:"), m_statisticsInterval);
    auto *dataNote = new QLabel(tr("Address and intervals take effect the next time IOC "
                                   "Desktop starts. The token is kept in the system keyring."),
        dataCenter);
    dataNote->setWordWrap(true);
    ui::setTextRole(dataNote, ui::TextRole::Muted);
    dataBox->addWidget(dataNote); // outside the form: a wrapped label there gets clipped

    // --- Display ---
    auto *display = new QGroupBox(tr("Display"), this);
    m_language = new QComboBox(display);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_theme = new QComboBox(display);
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), ui::themeChoiceKey(ui::ThemeChoice::System));
    m_theme->addItem(tr("Light"), ui::themeChoiceKey(ui::ThemeChoice::Light));
    m_theme->addItem(tr("Dark (control room)"), ui::themeChoiceKey(ui::ThemeChoice::Dark));
    m_sounds = new QCheckBox(tr("Play a &sound for new critical alerts"), display);
    m_sounds->setObjectName(QStringLiteral("soundsOn"));
    auto *displayForm = new QFormLayout(display);
    displayForm->addRow(tr("La&nguage:"), m_language);
    auto *languageNote = new QLabel(
        tr("A new language takes effect after IOC Desktop restarts; the layout is kept."), display);
    languageNote->setWordWrap(true);
    ui::setTextRole(languageNote, ui::TextRole::Muted);
    displayForm->addRow(QString(), languageNote);
    displayForm->addRow(tr("T&heme:"), m_theme);
    displayForm->addRow(m_sounds);

    // --- Map ---
    auto *mapGroup = new QGroupBox(tr("Map"), this);
    m_mbTiles = new QLineEdit(mapGroup);
    m_mbTiles->setObjectName(QStringLiteral("mbTilesFile"));
    m_mbTiles->setPlaceholderText(tr("None: the built-in vector map"));
    m_mbTiles->setAccessibleName(tr("MBTiles file"));
    auto *browse = new QPushButton(tr("&Browse…"), mapGroup);
    browse->setAccessibleName(tr("Choose an MBTiles file"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseMbTiles);
    auto *mbRow = new QHBoxLayout;
    mbRow->addWidget(m_mbTiles, 1);
    mbRow->addWidget(browse);
    m_tileUrl = new QLineEdit(mapGroup);
    m_tileUrl->setObjectName(QStringLiteral("tileUrlTemplate"));
    m_tileUrl->setPlaceholderText(QStringLiteral("https://tiles.example.vn/{z}/{x}/{y}.png"));
    m_tileUrl->setAccessibleName(tr("Tile server address"));
    const QString homeNames[4] = { tr("Home area, west longitude"), tr("Home area, south latitude"),
        tr("Home area, east longitude"), tr("Home area, north latitude") };
    auto *homeRow = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        m_home[i] = new QDoubleSpinBox(mapGroup);
        m_home[i]->setDecimals(4);
        m_home[i]->setRange(i % 2 == 0 ? -180 : -85, i % 2 == 0 ? 180 : 85);
        m_home[i]->setSingleStep(0.05);
        m_home[i]->setAccessibleName(homeNames[i]);
        m_home[i]->setToolTip(homeNames[i]);
        homeRow->addWidget(m_home[i]);
    }
    auto *mapForm = new QFormLayout(mapGroup);
    // A row holding a layout gets no buddy from the form: give its label one, or the
    // "&" shows literally and Alt+M does nothing.
    auto *mbLabel = new QLabel(tr("&MBTiles file:"), mapGroup);
    mbLabel->setBuddy(m_mbTiles);
    mapForm->addRow(mbLabel, mbRow);
    mapForm->addRow(tr("Tile &URL:"), m_tileUrl);
    mapForm->addRow(tr("Home area (W, S, E, N):"), homeRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    ui::setTextRole(m_error, ui::TextRole::Error);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(dataCenter);
    layout->addWidget(display);
    layout->addWidget(mapGroup);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Wide enough that the wrapped notes and error messages need few lines.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    load();
}

void SettingsDialog::load()
{
    QSettings s;
    m_url->setText(s.value(settingskeys::kDataCenterUrl).toString());
    m_liveInterval->setValue(s.value(settingskeys::kLiveInterval, 60).toInt());
    m_statisticsInterval->setValue(s.value(settingskeys::kStatisticsInterval, 900).toInt());
    m_initialLanguage = s.value(settingskeys::kLanguage, QStringLiteral("vi")).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    m_theme->setCurrentIndex(std::max(
        0, m_theme->findData(s.value(settingskeys::kTheme, QStringLiteral("system")).toString())));
    m_sounds->setChecked(s.value(settingskeys::kSounds, true).toBool());
    m_mbTiles->setText(s.value(settingskeys::kMbTilesFile).toString());
    m_tileUrl->setText(s.value(settingskeys::kTileUrlTemplate).toString());
    const QRectF home = parseHomeArea(s.value(settingskeys::kHomeArea).toString());
    const double values[4] = { home.isNull() ? kDefaultHome[0] : home.left(),
        home.isNull() ? kDefaultHome[1] : home.top(),
        home.isNull() ? kDefaultHome[2] : home.right(),
        home.isNull() ? kDefaultHome[3] : home.bottom() };
    for (int i = 0; i < 4; ++i)
        m_home[i]->setValue(values[i]);
}

QString SettingsDialog::firstProblem(QWidget **field) const
{
    auto problem = [field](const QString &message, QWidget *widget) {
        if (field)
            *field = widget;
        return message;
    };
    if (QString e = checkDataCenterUrl(m_url->text()); !e.isEmpty())
        return problem(e, m_url);
    if (QString e = checkToken(m_token->text()); !e.isEmpty())
        return problem(e, m_token);
    if (!m_token->text().isEmpty() && m_url->text().trimmed().isEmpty())
        return problem(tr("A token needs a data center address: enter the address first."), m_url);
    if (QString e = checkInterval(m_liveInterval->value()); !e.isEmpty())
        return problem(e, m_liveInterval);
    if (QString e = checkInterval(m_statisticsInterval->value()); !e.isEmpty())
        return problem(e, m_statisticsInterval);
    if (QString e = checkMbTilesFile(m_mbTiles->text()); !e.isEmpty())
        return problem(e, m_mbTiles);
    if (QString e = checkTileUrlTemplate(m_tileUrl->text()); !e.isEmpty())
        return problem(e, m_tileUrl);
    if (QString e = checkHomeArea(
            m_home[0]->value(), m_home[1]->value(), m_home[2]->value(), m_home[3]->value());
        !e.isEmpty())
        return problem(e, m_home[0]);
    if (field)
        *field = nullptr;
    return {};
}

QString SettingsDialog::shownError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SettingsDialog::accept()
{
    QWidget *field = nullptr;
    QString error = firstProblem(&field);
    if (error.isEmpty() && save(&error)) {
        m_error->hide();
        emit settingsApplied();
        QDialog::accept();
        return;
    }
    m_error->setText(QStringLiteral("⚠ ") + error);
    m_error->show();
    adjustSize(); // room for the message without squeezing the fields
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

bool SettingsDialog::save(QString *error)
{
    const QString url = m_url->text().trimmed();
    if (!m_token->text().isEmpty()) {
        const sync::TokenStore tokens(
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            !qEnvironmentVariableIsSet("IOC_NO_KEYRING"));
        const auto saved = tokens.save(QUrl(url).toString(QUrl::RemoveUserInfo), m_token->text());
        if (!saved.ok()) {
            *error = tr("The token could not be stored: %1").arg(saved.error);
            return false;
        }
    }
    QSettings s;
    s.setValue(settingskeys::kDataCenterUrl, url);
    s.setValue(settingskeys::kLiveInterval, m_liveInterval->value());
    s.setValue(settingskeys::kStatisticsInterval, m_statisticsInterval->value());
    s.setValue(settingskeys::kLanguage, m_language->currentData().toString());
    s.setValue(settingskeys::kTheme, m_theme->currentData().toString());
    s.setValue(settingskeys::kSounds, m_sounds->isChecked());
    s.setValue(settingskeys::kMbTilesFile, m_mbTiles->text().trimmed());
    s.setValue(settingskeys::kTileUrlTemplate, m_tileUrl->text().trimmed());
    s.setValue(settingskeys::kHomeArea,
        formatHomeArea(
            m_home[0]->value(), m_home[1]->value(), m_home[2]->value(), m_home[3]->value()));
    s.sync();
    // Read back through a fresh object: status() can report an error left over from
    // creating the folder even when the write succeeded, so trust what is on disk.
    if (QSettings().value(settingskeys::kHomeArea) != s.value(settingskeys::kHomeArea)
        || !QFileInfo::exists(s.fileName())) {
        *error = tr("The settings could not be written to %1.").arg(s.fileName());
        return false;
    }
    return true;
}

void SettingsDialog::browseMbTiles()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an MBTiles file"),
        m_mbTiles->text(), tr("MBTiles map files (*.mbtiles);;All files (*)"));
    if (!path.isEmpty())
        m_mbTiles->setText(path);
}

} // namespace ioc::app
