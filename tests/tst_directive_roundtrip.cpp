// A directive given from a KPI travels: operator store + outbox → PUT to the data center
// (simulator) → back through sync into the mirror → listed among the documents module's
// records (its task list), found by the record filter.

#include "core/localcache.h"
#include "core/outboxstore.h"
#include "core/recordtablemodel.h"
#include "documents/documentsmodule.h"
#include "simulatorprocess.h"
#include "sync/syncengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ioc;

class TestDirectiveRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void directiveGoesOutAndComesBackAsATask()
    {
        QTemporaryDir dir;
        QTemporaryDir state;
        core::LocalCache cache(dir.path());
        QVERIFY(!cache.open());
        test::SimulatorProcess sim;
        QString error;
        QVERIFY2(sim.start({ QStringLiteral("--rate"), QStringLiteral("0"),
                               QStringLiteral("--state-dir"), state.path() },
                     &error),
            qPrintable(error));
        sync::SyncSettings settings;
        settings.baseUrl = sim.url();
        settings.requestTimeout = std::chrono::seconds(10);

        core::Directive directive;
        directive.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        directive.moduleId = QStringLiteral("publicservices");
        directive.source = QStringLiteral("kpi:publicservices/overdue");
        directive.assigneeAgency = QStringLiteral("ag-7");
        directive.assigneeName = QStringLiteral("Sở Tư pháp");
        directive.deadline = QDate(2026, 12, 4);
        directive.text = QStringLiteral("Rà soát hồ sơ quá hạn tại Phường Thành Sen");
        directive.operatorName = QStringLiteral("Nguyễn Thị Lan");
        directive.createdAt = QDateTime::currentDateTimeUtc();
        core::OutboxStore outbox(cache.operatorStore());
        QVERIFY(!outbox.issueDirective(directive));
        QCOMPARE(outbox.directives().first().state, QStringLiteral("pending"));

        const documents::DocumentsModule documentsModule;
        const QStringList collections = documentsModule.collections();
        QVERIFY(collections.contains(QStringLiteral("op_directives")));
        sync::SyncEngine engine(dir.path(), settings, { QStringLiteral("op_directives") });
        QSignalSpy outboxChanged(&engine, &sync::SyncEngine::outboxChanged);
        engine.flushOutbox();
        QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 15000);
        QCOMPARE(outbox.directives().first().state, QStringLiteral("sent"));

        QSignalSpy done(&engine, &sync::SyncEngine::runOnceFinished);
        engine.runOnce();
        QVERIFY(done.wait(30000));
        QSqlQuery query(cache.mirror().connection());
        query.prepare(QStringLiteral("SELECT properties FROM features WHERE collection = "
                                     "'op_directives' AND id = ?"));
        query.addBindValue(directive.uuid);
        QVERIFY(query.exec() && query.next());
        const QJsonObject properties
            = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        QCOMPARE(
            properties.value(QStringLiteral("assignee_agency")).toString(), QStringLiteral("ag-7"));
        QCOMPARE(
            properties.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(properties.value(QStringLiteral("deadline")).toString(),
            QStringLiteral("2026-12-04T10:00:00Z"));

        // In the documents module's records, found without diacritics.
        core::RecordTableModel records(cache.mirror(), collections);
        records.setFilterText(QStringLiteral("ra soat ho so qua han"));
        QTRY_VERIFY(records.countsKnown()); // counted on the thread pool
        QCOMPARE(records.matchingCount(), 1);
        QCOMPARE(records.data(records.index(0, core::RecordTableModel::IdColumn)).toString(),
            directive.uuid);
    }
};

QTEST_GUILESS_MAIN(TestDirectiveRoundTrip)
#include "tst_directive_roundtrip.moc"
