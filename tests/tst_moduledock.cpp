#include "adminfixture.h"
#include "map/mapwidget.h"
#include "socioeconomic/socioeconomicdashboard.h"
#include "ui/chartpanel.h"
#include "ui/dashboardfilterbar.h"
#include "ui/dataissuesview.h"
#include "ui/directivedialog.h"
#include "ui/directivelist.h"
#include "ui/kpicard.h"
#include "ui/moduledock.h"
#include "ui/recordbrowser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;
using namespace ioc::test;

class TestModuleDock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<core::LocalCache> m_cache;
    const QStringList m_collections { QStringLiteral("se_indicators"),
        QStringLiteral("se_observations"), QStringLiteral("se_targets") };

    static double value(const QString &unit, const QDate &month)
    {
        return (unit == QLatin1String("42")           ? 1000
                       : unit == QLatin1String("436") ? 600
                                                      : 400)
            + month.month();
    }

    std::unique_ptr<ui::ModuleDock> makeDock()
    {
        auto dock = std::make_unique<ui::ModuleDock>(m_cache->mirror().path(), m_cache->mirror(),
            m_collections, QColor(Qt::blue),
            std::make_shared<socioeconomic::SocioeconomicDashboard>());
        dock->resize(1400, 900);
        return dock;
    }

    static bool waitLoaded(ui::ModuleDock *dock)
    {
        QSignalSpy loaded(dock, &ui::ModuleDock::dashboardLoaded);
        return loaded.wait(10000);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        m_cache = openFixtureCache(
            m_tmp.path(), QStringLiteral("socioeconomic"), socioeconomic::seCacheMigrations());
        QVERIFY(m_cache);
        QList<core::Feature> features { attributeFeature(QStringLiteral("se_indicators"),
            QStringLiteral("BUDGET_REV"),
            { { QStringLiteral("name"), QStringLiteral("Thu ngân sách nhà nước") },
                { QStringLiteral("unit"), QStringLiteral("tỷ đồng") },
                { QStringLiteral("frequency"), QStringLiteral("monthly") },
                { QStringLiteral("aggregation"), QStringLiteral("sum") },
                { QStringLiteral("higher_is_better"), true } }) };
        int n = 0;
        for (QDate m(2024, 1, 1); m < QDate(2025, 7, 1); m = m.addMonths(1))
            for (const QString &unit :
                { QStringLiteral("42"), QStringLiteral("436"), QStringLiteral("437") })
                features.append(attributeFeature(QStringLiteral("se_observations"),
                    QStringLiteral("obs-%1").arg(n++),
                    { { QStringLiteral("indicator"), QStringLiteral("BUDGET_REV") },
                        { QStringLiteral("unit_code"), unit },
                        { QStringLiteral("period_start"), m.toString(Qt::ISODate) },
                        { QStringLiteral("value"), value(unit, m) } }));
        QVERIFY(!m_cache->features().upsert(features));
    }

    void cardsChartsAndTabs()
    {
        auto dock = makeDock();
        dock->show();
        dock->setToday(QDate(2025, 5, 20));
        QVERIFY(waitLoaded(dock.get()));
        QTRY_VERIFY(!dock->kpiCards().isEmpty());
        ui::KpiCard *card = dock->kpiCards().first();
        QCOMPARE(card->kpi().id, QStringLiteral("BUDGET_REV"));
        // Vietnamese grouping: 1.005 for May 2025.
        QCOMPARE(card->valueText(), QStringLiteral("1.005"));
        // +1 over April's 1,004: arrow, sign and the number, not colour alone.
        QCOMPARE(card->changeTexts().first(), ui::KpiCard::changeText(card->kpi(), 1004.0));
        QVERIFY(card->changeTexts().first().startsWith(QStringLiteral("▲ +")));
        // May 2024 had the same figure: unchanged, said with its own mark.
        QVERIFY(card->changeTexts().at(1).startsWith(QStringLiteral("▬")));

        // The bottom tabs, and room for the Alerts tab in front.
        QTabWidget *tabs = dock->tabs();
        QCOMPARE(tabs->count(), 2);
        auto *alerts = new QLabel(QStringLiteral("alerts"));
        QCOMPARE(dock->insertTab(0, alerts, QStringLiteral("Cảnh báo")), 0);
        QCOMPARE(tabs->widget(1), static_cast<QWidget *>(dock->recordBrowser()));

        // Clicking a card shows its trend.
        QTest::mouseClick(dock->kpiCards().last(), Qt::LeftButton);
        ui::ChartPanel *trend = dock->chartPanel(QStringLiteral("trend"));
        QCOMPARE(dock->chartTabs()->currentWidget(), static_cast<QWidget *>(trend));
        QTest::mouseClick(card, Qt::LeftButton);
        QCOMPARE(trend->chartData().series.first().values, card->kpi().trend);
        QVERIFY(trend->valueTip(0, 11).contains(QStringLiteral("1.005")));

        // Export: CSV with BOM and the exact values, PNG readable.
        const QString csv = m_tmp.filePath(QStringLiteral("trend.csv"));
        QVERIFY(trend->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(",1005\r\n"));
        const QString png = m_tmp.filePath(QStringLiteral("trend.png"));
        QVERIFY(trend->exportPng(png));
        QVERIFY(!QImage(png).isNull());
    }

    void areaFilterChangesCardsChartsAndMap()
    {
        auto dock = makeDock();
        dock->show();
        dock->setToday(QDate(2025, 5, 20));
        QVERIFY(waitLoaded(dock.get()));
        QCOMPARE(*dock->dashboardData().kpis.first().value,
            value(QStringLiteral("42"), QDate(2025, 5, 1)));
        QCOMPARE(dock->dashboardData().choropleth.value(QStringLiteral("437")),
            value(QStringLiteral("437"), QDate(2025, 5, 1)));

        dock->filters()->selectUnit({ QStringLiteral("437"), core::AdminEra::Before });
        QVERIFY(waitLoaded(dock.get()));
        QCOMPARE(dock->filters()->breadcrumb().size(), 2);
        QCOMPARE(*dock->dashboardData().kpis.first().value,
            value(QStringLiteral("437"), QDate(2025, 5, 1)));
        QCOMPARE(dock->kpiCards().first()->valueText(), QStringLiteral("405"));
        QCOMPARE(
            dock->chartPanel(QStringLiteral("trend"))->chartData().series.first().values.last(),
            value(QStringLiteral("437"), QDate(2025, 5, 1)));
        // No plan for a part of the province.
        QVERIFY(!dock->dashboardData().kpis.first().plan);

        dock->filters()->goUp(0);
        QVERIFY(waitLoaded(dock.get()));

        // Clicking a unit point on the map filters like the breadcrumb does (the map's
        // hit test is its own tests' business; here its signal is what matters).
        QTRY_VERIFY(dock->map()->layerIds().contains(QStringLiteral("admin_areas")));
        emit dock->map()->featureClicked(QStringLiteral("admin_areas"), QStringLiteral("436|<"));
        QVERIFY(waitLoaded(dock.get()));
        QCOMPARE(*dock->dashboardData().kpis.first().value,
            value(QStringLiteral("436"), QDate(2025, 5, 1)));
        dock->filters()->goUp(0);
        QVERIFY(waitLoaded(dock.get()));
        QCOMPARE(*dock->dashboardData().kpis.first().value,
            value(QStringLiteral("42"), QDate(2025, 5, 1)));

        // The time filter: the previous month.
        core::TimeFilter time = dock->filters()->timeFilter();
        time.anchor = QDate(2025, 4, 3);
        dock->filters()->setTimeFilter(time);
        dock->refresh();
        QVERIFY(waitLoaded(dock.get()));
        QCOMPARE(*dock->dashboardData().kpis.first().value,
            value(QStringLiteral("42"), QDate(2025, 4, 1)));
    }

    // A KPI turned into a directive: written to the operator store and its outbox in one
    // go, listed at once (nothing needs the network), payload shaped like doc_tasks.
    void directiveFromAKpi()
    {
        QVERIFY(!m_cache->features().upsert(
            { pointFeature(QStringLiteral("doc_agencies"), QStringLiteral("ag-7"), 105.9, 18.34,
                { { QStringLiteral("name"), QStringLiteral("Sở Tài chính") },
                    { QStringLiteral("active"), true } }) }));
        auto dock = makeDock();
        dock->setOperatorStore(&m_cache->operatorStore(), QStringLiteral("socioeconomic"));
        dock->show();
        dock->setToday(QDate(2025, 5, 20));
        QVERIFY(waitLoaded(dock.get()));
        QVERIFY(!dock->kpiCards().first()->actions().isEmpty());
        std::unique_ptr<ui::DirectiveDialog> dialog(
            dock->directiveDialogForKpi(QStringLiteral("BUDGET_REV")));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->agenciesAreLoaded()); // read on the thread pool
        QCOMPARE(dialog->agencyCount(), 1);
        dialog->setAgency(QStringLiteral("ag-7"));
        dialog->setDeadline(QDate(2025, 6, 1));
        const core::Directive directive = dialog->directive();
        QVERIFY(directive.text.contains(QStringLiteral("Thu ngân sách nhà nước")));
        QSignalSpy issued(dock.get(), &ui::ModuleDock::directiveIssued);
        QSignalSpy refused(dock.get(), &ui::ModuleDock::directiveRefused);
        QVERIFY(dock->issueDirective(directive, true));
        QVERIFY(issued.wait(10000)); // written on the thread pool
        QCOMPARE(issued.count(), 1);
        QCOMPARE(refused.count(), 0);

        core::OutboxStore outbox(m_cache->operatorStore());
        const QList<core::OutboxItem> pending = outbox.pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().collection, QStringLiteral("op_directives"));
        QCOMPARE(pending.first().uuid, directive.uuid);
        const QJsonObject properties = QJsonDocument::fromJson(pending.first().payload)
                                           .object()
                                           .value(QStringLiteral("properties"))
                                           .toObject();
        QCOMPARE(
            properties.value(QStringLiteral("assignee_agency")).toString(), QStringLiteral("ag-7"));
        QCOMPARE(properties.value(QStringLiteral("deadline")).toString(),
            QStringLiteral("2025-06-01T10:00:00Z"));
        QCOMPARE(
            properties.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(properties.value(QStringLiteral("source")).toString(),
            QStringLiteral("kpi:socioeconomic/BUDGET_REV"));

        const QList<core::Directive> stored = outbox.directives();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().deadline, QDate(2025, 6, 1));
        QCOMPARE(stored.first().state, QStringLiteral("pending"));
        ui::DirectiveList list(m_cache->operatorStore());
        list.refresh();
        QCOMPARE(list.table()->rowCount(), 1);

        // Incomplete: refused, nothing written.
        core::Directive empty = directive;
        empty.uuid = QStringLiteral("00000000-0000-4000-8000-000000000000");
        empty.text.clear();
        QVERIFY(dock->issueDirective(empty, true));
        QVERIFY(refused.wait(10000));
        QCOMPARE(refused.first().first().toString(), empty.uuid);
        QVERIFY(!refused.first().at(1).toString().isEmpty());
        QCOMPARE(issued.count(), 1);
        QCOMPARE(outbox.pending().size(), 1);
    }

    // An alert turned into a directive the same way: its message is the text, the alert
    // id the source, and it waits in the outbox.
    void directiveFromAnAlert()
    {
        auto dock = makeDock();
        dock->setOperatorStore(&m_cache->operatorStore(), QStringLiteral("socioeconomic"));
        dock->setToday(QDate(2025, 5, 20));
        std::unique_ptr<ui::DirectiveDialog> dialog(dock->directiveDialogForAlert(
            QStringLiteral("alert-42"), QStringLiteral("Thu ngân sách đạt 71 % kế hoạch")));
        QVERIFY(dialog);
        dialog->setAgency(QStringLiteral("ag-7")); // before the agencies arrive: kept
        QTRY_VERIFY(dialog->agenciesAreLoaded());
        dialog->setDeadline(QDate(2025, 6, 2));
        const core::Directive directive = dialog->directive();
        QVERIFY(directive.text.startsWith(QStringLiteral("Thu ngân sách đạt 71 % kế hoạch")));
        const int before = int(core::OutboxStore(m_cache->operatorStore()).pending().size());
        QSignalSpy issued(dock.get(), &ui::ModuleDock::directiveIssued);
        QVERIFY(dock->issueDirective(directive, true));
        QVERIFY(issued.wait(10000));
        const QList<core::OutboxItem> pending
            = core::OutboxStore(m_cache->operatorStore()).pending();
        QCOMPARE(int(pending.size()), before + 1);
        const QJsonObject properties = QJsonDocument::fromJson(pending.last().payload)
                                           .object()
                                           .value(QStringLiteral("properties"))
                                           .toObject();
        QCOMPARE(properties.value(QStringLiteral("source")).toString(),
            QStringLiteral("alert:alert-42"));
    }

    void dataIssuesAndFreshnessStayVisible()
    {
        QSqlQuery insert(m_cache->mirror().connection());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO quarantine (collection, feature_id, reason, raw, seen_at) VALUES "
            "('se_observations', 'obs-x', 'properties is not an object', '{}', "
            "'2026-11-26T00:00:00Z'), "
            "('cam_events', 'ev-x', 'not ours', '{}', '2026-11-26T00:00:00Z')")));
        auto dock = makeDock();
        dock->show();
        QTRY_COMPARE(dock->dataIssues()->issueCount(), 1);
        QVERIFY(dock->tabs()->tabText(1).contains(QStringLiteral("1")));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        dock->setFreshness(now.addSecs(-3600), 60, now);
        QVERIFY(!dock->freshnessText().isEmpty());
        QCOMPARE(dock->freshnessText(), dock->recordBrowser()->freshnessText());
    }
};

QTEST_MAIN(TestModuleDock)
#include "tst_moduledock.moc"
