#include "briefingactions.h"

#include "briefing.h"
#include "core/moduleregistry.h"
#include "reports/reportwriter.h"
#include "ui/uimodule.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>
#include <QtConcurrent>

namespace ioc::app {

namespace {
const QString kDailyTimeKey = QStringLiteral("reports/dailyTime");
const QString kFolderKey = QStringLiteral("reports/folder");
const QString kLastDailyKey = QStringLiteral("reports/lastDaily");

QDateTime provinceNow()
{
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime();
}

QStringList dashboardModuleIds(const core::ModuleRegistry &modules, const QString &report)
{
    QStringList ids;
    for (const auto &module : modules.modules())
        if ((report == QLatin1String("overview") || module->id() == report)
            && dynamic_cast<const ui::DashboardModule *>(module.get()))
            ids.append(module->id());
    return ids;
}
} // namespace

BriefingActions::BriefingActions(
    const core::ModuleRegistry &modules, QString dataDir, QWidget *window)
    : QObject(window)
    , m_modules(modules)
    , m_dataDir(std::move(dataDir))
    , m_window(window)
{
    m_export = new QAction(tr("Export &briefing PDF…"), this);
    m_export->setObjectName(QStringLiteral("exportBriefing"));
    connect(m_export, &QAction::triggered, this, &BriefingActions::exportPdf);
    m_print = new QAction(tr("&Print briefing…"), this);
    m_print->setObjectName(QStringLiteral("printBriefing"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_print, &QAction::triggered, this, &BriefingActions::print);
    m_schedule.setInterval(60 * 1000);
    connect(&m_schedule, &QTimer::timeout, this, [this] { runScheduleAt(provinceNow()); });
}

QList<QAction *> BriefingActions::actions() const
{
    return { m_export, m_print };
}

bool BriefingActions::choose(QString *report, QString *period)
{
    QStringList labels { tr("Province overview") };
    QStringList ids { QStringLiteral("overview") };
    for (const QString &id : dashboardModuleIds(m_modules, QStringLiteral("overview"))) {
        labels.append(m_modules.module(id)->title());
        ids.append(id);
    }
    bool ok = false;
    const QString label
        = QInputDialog::getItem(m_window, tr("Briefing"), tr("Report:"), labels, 0, false, &ok);
    if (!ok)
        return false;
    *report = ids.value(labels.indexOf(label));
    const QStringList periodLabels { tr("Today"), tr("Yesterday"), tr("This week"),
        tr("This month"), tr("This quarter"), tr("This year") };
    const QString periodLabel = QInputDialog::getItem(
        m_window, tr("Briefing"), tr("Period:"), periodLabels, 1, false, &ok);
    if (!ok)
        return false;
    *period = briefingPeriodNames().value(periodLabels.indexOf(periodLabel));
    return true;
}

void BriefingActions::exportPdf()
{
    QString report, period;
    if (!choose(&report, &period))
        return;
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export briefing"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("briefing-%1-%2.pdf").arg(report, period)),
        tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    const core::DashboardQuery query
        = briefingQuery(*parseBriefingPeriod(period), provinceNow().date());
    const QStringList ids = dashboardModuleIds(m_modules, report);
    auto *watcher = new QFutureWatcher<BriefingInputs>(this);
    m_export->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        QApplication::restoreOverrideCursor();
        m_export->setEnabled(true);
        QString error;
        if (!reports::ReportWriter(buildBriefing(m_modules, watcher->result(), query,
                                       report == QLatin1String("overview")))
                 .writePdf(file, &error))
            QMessageBox::warning(m_window, tr("Export briefing"), error);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([dataDir = m_dataDir, &modules = m_modules, ids, query] {
        return collectBriefingInputs(dataDir, modules, ids, query);
    }));
}

void BriefingActions::print()
{
    QString report, period;
    if (!choose(&report, &period))
        return;
    const core::DashboardQuery query
        = briefingQuery(*parseBriefingPeriod(period), provinceNow().date());
    QApplication::setOverrideCursor(Qt::BusyCursor);
    // The preview repaints on demand, so the figures are gathered once, before it opens.
    QFuture<BriefingInputs> future = QtConcurrent::run(
        [dataDir = m_dataDir, &modules = m_modules, ids = dashboardModuleIds(m_modules, report),
            query] { return collectBriefingInputs(dataDir, modules, ids, query); });
    while (!future.isFinished())
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 50);
    QApplication::restoreOverrideCursor();
    const reports::ReportWriter writer(
        buildBriefing(m_modules, future.result(), query, report == QLatin1String("overview")));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, m_window);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
        [&writer](QPrinter *target) { writer.paint(target); });
    preview.exec();
}

void BriefingActions::startSchedule()
{
    m_schedule.start();
}

QString BriefingActions::runScheduleAt(const QDateTime &now)
{
    QSettings settings;
    const QTime at
        = QTime::fromString(settings.value(kDailyTimeKey).toString(), QStringLiteral("HH:mm"));
    const QString folder = settings.value(kFolderKey).toString();
    if (!at.isValid() || folder.isEmpty() || now.time() < at
        || settings.value(kLastDailyKey).toDate() == now.date())
        return {};
    settings.setValue(kLastDailyKey, now.date()); // once a day, even if writing fails
    const core::DashboardQuery query = briefingQuery(BriefingPeriod::Yesterday, now.date());
    const QString file = QDir(folder).filePath(
        QStringLiteral("briefing-%1.pdf").arg(now.date().toString(Qt::ISODate)));
    const BriefingInputs inputs = collectBriefingInputs(
        m_dataDir, m_modules, dashboardModuleIds(m_modules, QStringLiteral("overview")), query);
    QString error;
    if (!QDir().mkpath(folder)
        || !reports::ReportWriter(buildBriefing(m_modules, inputs, query, true))
                .writePdf(file, &error)) {
        qWarning().noquote() << "scheduled briefing failed:" << (error.isEmpty() ? folder : error);
        return {};
    }
    return file;
}

} // namespace ioc::app
