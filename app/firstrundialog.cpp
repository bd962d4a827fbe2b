#include "firstrundialog.h"

#include "connectiontest.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ioc::app {

bool needsFirstRun(
    bool commandLineChose, const QString &configuredUrl, bool simulatorRemembered, bool cacheExists)
{
    return !commandLineChose && configuredUrl.trimmed().isEmpty() && !simulatorRemembered
        && !cacheExists;
}

namespace {
QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

FirstRunDialog::FirstRunDialog(const QString &simulatorProgram, QWidget *parent)
    : QDialog(parent)
    , m_connectionTest(new ConnectionTest(this))
    , m_simulatorProgram(simulatorProgram)
{
    setObjectName(QStringLiteral("FirstRunDialog"));
    setWindowTitle(tr("Welcome to IOC Desktop"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        wrappedLabel(tr("IOC Desktop has no data yet. Where should it come from?"), this));

    m_modes = new QButtonGroup(this);
    m_dataCenterOption = new QRadioButton(tr("Connect to the province's &data center"), this);
    m_simulatorOption
        = new QRadioButton(tr("Start the built-in &simulator (demonstration, training)"), this);
    m_offlineOption
        = new QRadioButton(tr("Work &offline (empty cache, or import a snapshot)"), this);
    m_modes->addButton(m_dataCenterOption, int(FirstRunChoice::Mode::DataCenter));
    m_modes->addButton(m_simulatorOption, int(FirstRunChoice::Mode::Simulator));
    m_modes->addButton(m_offlineOption, int(FirstRunChoice::Mode::Offline));
    layout->addWidget(m_dataCenterOption);
    layout->addWidget(m_simulatorOption);
    layout->addWidget(m_offlineOption);

    m_pages = new QStackedWidget(this);
    // (a) the data center: address, token, a test with a sentence as its result.
    auto *connectPage = new QWidget(m_pages);
    auto *form = new QFormLayout(connectPage);
    m_url = new QLineEdit(connectPage);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://ioc.hatinh.gov.vn/ogcapi"));
    m_token = new QLineEdit(connectPage);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("from your administrator; empty if none"));
    m_test = new QPushButton(tr("&Test connection"), connectPage);
    m_testResult = wrappedLabel(QString(), connectPage);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("Access token:"), m_token);
    form->addRow(QString(), m_test);
    form->addRow(QString(), m_testResult);
    m_pages->addWidget(connectPage);

    // (b) the simulator.
    auto *simulatorPage = new QWidget(m_pages);
    auto *simulatorLayout = new QVBoxLayout(simulatorPage);
    simulatorLayout->addWidget(wrappedLabel(m_simulatorProgram.isEmpty()
            ? tr("The simulator (package ioc-datacenter-sim) is not installed on this computer.")
            : tr("IOC Desktop starts a simulated provincial data center with synthetic data on "
                 "this computer and stops it when you quit. Nothing leaves this computer."),
        simulatorPage));
    simulatorLayout->addStretch();
    m_pages->addWidget(simulatorPage);

    // (c) offline.
    auto *offlinePage = new QWidget(m_pages);
    auto *offlineLayout = new QVBoxLayout(offlinePage);
    offlineLayout->addWidget(wrappedLabel(
        tr("A colleague can give you a snapshot (File → Export snapshot) to work without a "
           "network. Without one, IOC Desktop starts with an empty cache."),
        offlinePage));
    auto *snapshotRow = new QHBoxLayout;
    auto *chooseSnapshot = new QPushButton(tr("Choose a s&napshot…"), offlinePage);
    m_snapshotLabel = wrappedLabel(tr("No snapshot chosen."), offlinePage);
    snapshotRow->addWidget(chooseSnapshot);
    snapshotRow->addWidget(m_snapshotLabel, 1);
    offlineLayout->addLayout(snapshotRow);
    offlineLayout->addStretch();
    m_pages->addWidget(offlinePage);
    layout->addWidget(m_pages);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_continue = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_modes, &QButtonGroup::idClicked, this, [this] { updateState(); });
    connect(m_url, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_token, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_test, &QPushButton::clicked, this, &FirstRunDialog::testConnection);
    connect(chooseSnapshot, &QPushButton::clicked, this, &FirstRunDialog::chooseSnapshot);
    connect(m_connectionTest, &ConnectionTest::finished, this, &FirstRunDialog::onTestFinished);

    m_simulatorOption->setEnabled(!m_simulatorProgram.isEmpty());
    selectMode(FirstRunChoice::Mode::DataCenter);
}

FirstRunChoice::Mode FirstRunDialog::selectedMode() const
{
    const int id = m_modes->checkedId();
    return id < 0 ? FirstRunChoice::Mode::Cancelled : FirstRunChoice::Mode(id);
}

void FirstRunDialog::selectMode(FirstRunChoice::Mode mode)
{
    if (QAbstractButton *button = m_modes->button(int(mode)))
        button->setChecked(true);
    updateState();
}

void FirstRunDialog::setDataCenter(const QString &url, const QString &token)
{
    m_url->setText(url);
    m_token->setText(token);
}

void FirstRunDialog::setSnapshotFile(const QString &path)
{
    m_snapshotFile = path;
    m_snapshotLabel->setText(
        path.isEmpty() ? tr("No snapshot chosen.") : QDir::toNativeSeparators(path));
    updateState();
}

void FirstRunDialog::chooseSnapshot()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import snapshot"), QString(),
        tr("IOC Desktop snapshots (*.iocsnap);;All files (*)"));
    if (!path.isEmpty())
        setSnapshotFile(path);
}

void FirstRunDialog::testConnection()
{
    m_testPassed = false;
    m_testedUrl = QUrl(m_url->text().trimmed());
    m_testedToken = m_token->text().trimmed();
    m_testResult->setText(tr("Testing…"));
    m_connectionTest->start(m_testedUrl, m_testedToken);
    updateState();
}

void FirstRunDialog::onTestFinished(bool ok, const QString &message)
{
    m_testPassed = ok;
    m_testResult->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + message);
    updateState();
    emit connectionTested(ok);
}

bool FirstRunDialog::isTesting() const
{
    return m_connectionTest->isRunning();
}

QString FirstRunDialog::connectionMessage() const
{
    return m_testResult->text();
}

bool FirstRunDialog::canContinue() const
{
    switch (selectedMode()) {
    case FirstRunChoice::Mode::DataCenter:
        // Only what was tested, exactly as typed: no surprises at the first sync.
        return m_testPassed && !isTesting() && QUrl(m_url->text().trimmed()) == m_testedUrl
            && m_token->text().trimmed() == m_testedToken;
    case FirstRunChoice::Mode::Simulator:
        return !m_simulatorProgram.isEmpty();
    case FirstRunChoice::Mode::Offline:
        return true;
    case FirstRunChoice::Mode::Cancelled:
        break;
    }
    return false;
}

void FirstRunDialog::updateState()
{
    const FirstRunChoice::Mode mode = selectedMode();
    if (mode != FirstRunChoice::Mode::Cancelled)
        m_pages->setCurrentIndex(m_modes->id(m_modes->checkedButton()) - 1);
    m_test->setEnabled(!isTesting() && !m_url->text().trimmed().isEmpty());
    m_continue->setEnabled(canContinue());
    if (mode != FirstRunChoice::Mode::DataCenter || isTesting())
        return;
    const bool edited = QUrl(m_url->text().trimmed()) != m_testedUrl
        || m_token->text().trimmed() != m_testedToken;
    if (m_testResult->text().isEmpty())
        m_testResult->setText(tr("Test the connection before continuing."));
    else if (m_testPassed && edited)
        m_testResult->setText(tr("The address or the token changed: test again."));
}

FirstRunChoice FirstRunDialog::choice() const
{
    FirstRunChoice choice;
    if (result() != QDialog::Accepted || !canContinue())
        return choice;
    choice.mode = selectedMode();
    if (choice.mode == FirstRunChoice::Mode::DataCenter) {
        choice.dataCenter = m_testedUrl;
        choice.token = m_testedToken;
    } else if (choice.mode == FirstRunChoice::Mode::Offline) {
        choice.snapshotFile = m_snapshotFile;
    }
    return choice;
}

} // namespace ioc::app
