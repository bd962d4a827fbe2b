// Briefing PDFs from the cache: a module briefing holds every KPI value its provider
// computes from the cached features (read back with pdftotext), the active alerts from the
// operator store with who acknowledged them, and page numbers; the headless command
// refuses an unknown report or period with exit code 2 and writes the file otherwise.

#include "adminfixture.h"
#include "alerts/alertstore.h"
#include "briefing.h"
#include "briefingactions.h"
#include "core/moduleregistry.h"
#include "modulecatalog.h"
#include "reports/reportwriter.h"
#include "ui/kpicard.h"
#include "ui/uimodule.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ioc;

namespace {

QString pdfText(const QString &file)
{
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"), { QStringLiteral("-layout"), file, QStringLiteral("-") });
    process.waitForFinished(30000);
    // Layout mode may break a long cell over lines: compare with whitespace collapsed, and
    // with typographic ligatures ("ﬃ" in "office") decomposed.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

int pdfPages(const QString &file)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), { file });
    process.waitForFinished(30000);
    for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// Dossiers through November 2026 in the fixture's two new communes.
QList<core::Feature> dossiers()
{
    QList<core::Feature> list;
    const QTimeZone province(7 * 3600);
    const QDateTime start(QDate(2026, 10, 1), QTime(8, 0), province);
    for (int i = 0; i < 240; ++i) {
        const QDateTime received = start.addSecs(qint64(i) * 6 * 3600);
        const QDateTime due = received.addDays(3 + i % 4);
        const bool resolved = i % 5 != 0;
        QJsonObject p { { QStringLiteral("code"), QStringLiteral("HS-%1").arg(i) },
            { QStringLiteral("name"), QStringLiteral("Hồ sơ %1").arg(i) },
            { QStringLiteral("procedure"), QStringLiteral("Cấp giấy phép") },
            { QStringLiteral("field"), QStringLiteral("Đất đai") },
            { QStringLiteral("agency"), QStringLiteral("UBND %1").arg(i % 2 ? 2001 : 2002) },
            { QStringLiteral("office_id"), QStringLiteral("office-%1").arg(i % 2) },
            { QStringLiteral("unit_code"),
                i % 2 ? QStringLiteral("2001") : QStringLiteral("2002") },
            { QStringLiteral("channel"),
                i % 3 ? QStringLiteral("online") : QStringLiteral("in_person") },
            { QStringLiteral("received_at"), iso(received) },
            { QStringLiteral("due_at"), iso(due) },
            { QStringLiteral("resolved_at"),
                resolved ? QJsonValue(iso(received.addDays(i % 6)))
                         : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("status"),
                resolved ? QStringLiteral("resolved") : QStringLiteral("processing") },
            { QStringLiteral("updated_at"), iso(received) } };
        list.append(test::attributeFeature(
            QStringLiteral("ps_dossiers"), QStringLiteral("HS-%1").arg(i), p));
    }
    return list;
}

} // namespace

class TestBriefing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is required; tools/install-deps.sh installs it");
        QVERIFY(app::registerAllModules(m_modules, nullptr));
        const auto *module = m_modules.module(QStringLiteral("publicservices"));
        QVERIFY(module);
        m_cache = test::openFixtureCache(m_dir.path(), module->id(), module->cacheMigrations());
        QVERIFY(m_cache);
        QVERIFY(!m_cache->features().upsert(dossiers()));

        // One acknowledged alert in the operator store, as the alert engine leaves it.
        alerts::AlertStore store(m_cache->operatorStore());
        alerts::Alert alert;
        alert.id = QStringLiteral("a-1");
        alert.ruleId = QStringLiteral("ps.overdue");
        alert.module = QStringLiteral("publicservices");
        alert.severity = alerts::Severity::Critical;
        alert.subject = QStringLiteral("UBND 2001");
        alert.messageVi = QStringLiteral("UBND 2001 có 12 hồ sơ quá hạn");
        alert.messageEn = QStringLiteral("UBND 2001 has 12 overdue dossiers");
        alert.state = alerts::AlertState::Acknowledged;
        alert.firstRaisedAt = alert.raisedAt = alert.lastSeenAt
            = QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC);
        alert.ackBy = QStringLiteral("Nguyễn Văn An");
        alert.ackAt = alert.raisedAt.addSecs(600);
        QVERIFY(!store.save(alert));
    }

    void moduleBriefingHoldsTheComputedFigures()
    {
        const core::DashboardQuery query
            = app::briefingQuery(app::BriefingPeriod::Month, QDate(2026, 11, 20));
        const app::BriefingInputs inputs = app::collectBriefingInputs(
            m_dir.path(), m_modules, { QStringLiteral("publicservices") }, query);
        QCOMPARE(inputs.activeAlerts.size(), 1);

        // The reference: the module's own provider over the same cache (its values are
        // checked against the raw dossiers in tst_publicservices).
        const auto *module = dynamic_cast<const ui::DashboardModule *>(
            m_modules.module(QStringLiteral("publicservices")));
        const core::DashboardData expected = module->provider()->compute(m_cache->mirror(), query);
        QVERIFY(expected.kpis.size() >= 3);

        const QString file = m_dir.filePath(QStringLiteral("ps.pdf"));
        QString error;
        QVERIFY2(reports::ReportWriter(app::buildBriefing(m_modules, inputs, query, false))
                     .writePdf(file, &error),
            qPrintable(error));
        const QString text = pdfText(file);
        for (const core::KpiValue &kpi : expected.kpis) {
            QVERIFY2(kpi.value, qPrintable(kpi.id));
            const QString value = ui::KpiCard::formatValue(*kpi.value, kpi.decimals);
            QVERIFY2(text.contains(kpi.label) && text.contains(value),
                qPrintable(kpi.label + QStringLiteral(" = ") + value + QStringLiteral(" not in:\n")
                    + text.left(1500)));
        }
        QVERIFY(text.contains(QStringLiteral("Nguyễn Văn An")));
        QVERIFY(text.contains(QStringLiteral("UBND 2001 has 12 overdue dossiers")));
        const int pages = pdfPages(file);
        QVERIFY(pages >= 1);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    void overviewBriefingHasEveryModuleWithFigures()
    {
        const core::DashboardQuery query
            = app::briefingQuery(app::BriefingPeriod::Yesterday, QDate(2026, 11, 20));
        QStringList ids;
        for (const auto &module : m_modules.modules())
            if (dynamic_cast<const ui::DashboardModule *>(module.get()))
                ids.append(module->id());
        const app::BriefingInputs inputs
            = app::collectBriefingInputs(m_dir.path(), m_modules, ids, query);
        const QString file = m_dir.filePath(QStringLiteral("overview.pdf"));
        QVERIFY(reports::ReportWriter(app::buildBriefing(m_modules, inputs, query, true))
                    .writePdf(file, nullptr));
        const QString text = pdfText(file);
        for (const QString &id : ids)
            QVERIFY2(text.contains(m_modules.module(id)->title()), qPrintable(id));
        QVERIFY(text.contains(QStringLiteral("19/11/2026"))); // yesterday
    }

    void scheduledBriefingIsWrittenOnceADay()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("IOC-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_briefing"));
        const QString folder = m_dir.filePath(QStringLiteral("morning"));
        {
            QSettings settings;
            settings.setValue(QStringLiteral("reports/dailyTime"), QStringLiteral("07:00"));
            settings.setValue(QStringLiteral("reports/folder"), folder);
            settings.remove(QStringLiteral("reports/lastDaily"));
        }
        QWidget window;
        app::BriefingActions briefings(m_modules, m_dir.path(), &window);
        const QTimeZone province(7 * 3600);
        QVERIFY(briefings.runScheduleAt(QDateTime(QDate(2026, 11, 20), QTime(6, 59), province))
                    .isEmpty());
        const QString file
            = briefings.runScheduleAt(QDateTime(QDate(2026, 11, 20), QTime(7, 1), province));
        QCOMPARE(file, QDir(folder).filePath(QStringLiteral("briefing-2026-11-20.pdf")));
        QVERIFY(pdfPages(file) >= 1);
        QVERIFY(pdfText(file).contains(QStringLiteral("19/11/2026")));
        // Later the same day: nothing more; the next morning: the next file.
        QVERIFY(briefings.runScheduleAt(QDateTime(QDate(2026, 11, 20), QTime(9, 0), province))
                    .isEmpty());
        QVERIFY(!briefings.runScheduleAt(QDateTime(QDate(2026, 11, 21), QTime(7, 0), province))
                     .isEmpty());
        QSettings().remove(QStringLiteral("reports"));
    }

    void headlessCommandChecksItsArguments()
    {
        const QString exe = qEnvironmentVariable("IOC_DESKTOP_EXE");
        QVERIFY(!exe.isEmpty());
        auto run = [&](const QStringList &args) {
            QProcess process;
            process.start(exe, QStringList { QStringLiteral("--data-dir"), m_dir.path() } + args);
            process.waitForFinished(120000);
            return process.exitCode();
        };
        const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
        QCOMPARE(run({ QStringLiteral("--report"), QStringLiteral("nonsense"),
                     QStringLiteral("--out"), out }),
            2);
        QCOMPARE(run({ QStringLiteral("--report"), QStringLiteral("overview"),
                     QStringLiteral("--period"), QStringLiteral("fortnight"),
                     QStringLiteral("--out"), out }),
            2);
        QCOMPARE(run({ QStringLiteral("--report"), QStringLiteral("overview") }), 2); // no --out
        QVERIFY(!QFile::exists(out));
        QCOMPARE(run({ QStringLiteral("--report"), QStringLiteral("publicservices"),
                     QStringLiteral("--period"), QStringLiteral("month"), QStringLiteral("--out"),
                     out }),
            0);
        QVERIFY(pdfPages(out) >= 1);
    }

private:
    QTemporaryDir m_dir;
    core::ModuleRegistry m_modules;
    std::unique_ptr<core::LocalCache> m_cache;
};

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
