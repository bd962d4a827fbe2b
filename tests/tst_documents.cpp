#include "adminfixture.h"
#include "documents/documentsdashboard.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <optional>

using namespace ioc;
using namespace ioc::test;

namespace {

const QTimeZone kProvince(7 * 3600);

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime dayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), kProvince);
}

struct Task
{
    QString id;
    QString agency;
    QDateTime assigned;
    QDateTime deadline;
    std::optional<QDateTime> completed;
};

struct Document
{
    QString id;
    bool incoming = true;
    QString otherAgency;
    QDateTime issued;
};

// ag-0: a provincial department (whole province only); ag-1: the committee of new commune
// 2001; ag-2: of new commune 2002.
QString unitOfAgency(const QString &agency)
{
    return agency == QLatin1String("ag-1") ? QStringLiteral("2001")
        : agency == QLatin1String("ag-2")  ? QStringLiteral("2002")
                                           : QStringLiteral("42");
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<core::LocalCache> m_cache;
    QList<Task> m_tasks;
    QList<Document> m_documents;
    documents::DocumentsDashboard m_provider;
    const QDate m_today { 2026, 11, 20 };

    core::DashboardData compute(const QString &area, core::AdminEra era, const QDate &anchor)
    {
        core::DashboardQuery query;
        query.area = { area, era };
        query.time.granularity = core::Granularity::Week;
        query.time.anchor = anchor;
        query.today = m_today;
        return m_provider.compute(m_cache->mirror(), query);
    }
    static const core::KpiValue *kpi(const core::DashboardData &data, const QString &id)
    {
        for (const core::KpiValue &k : data.kpis)
            if (k.id == id)
                return &k;
        return nullptr;
    }
    double weight(const QString &agency, const QString &area) const
    {
        const QString unit = unitOfAgency(agency);
        if (area.isEmpty())
            return 1.0;
        if (unit == QLatin1String("42"))
            return 0.0;
        if (area == QLatin1String("437"))
            return unit == QLatin1String("2002") ? kShare2002In437 : 0.0;
        return unit == area ? 1.0 : 0.0;
    }

private slots:
    void initTestCase()
    {
        m_cache = openFixtureCache(
            m_tmp.path(), QStringLiteral("documents"), documents::docCacheMigrations());
        QVERIFY(m_cache);
        QList<core::Feature> features;
        const QStringList agencies { QStringLiteral("ag-0"), QStringLiteral("ag-1"),
            QStringLiteral("ag-2") };
        for (int a = 0; a < 3; ++a)
            features.append(
                pointFeature(QStringLiteral("doc_agencies"), agencies[a], 105.8 + a * 0.05, 18.4,
                    { { QStringLiteral("name"), QStringLiteral("Cơ quan %1").arg(a) },
                        { QStringLiteral("unit_code"), unitOfAgency(agencies[a]) },
                        { QStringLiteral("level"),
                            a == 0 ? QStringLiteral("province") : QStringLiteral("commune") } }));
        const QDateTime start(QDate(2026, 9, 1), QTime(9, 0), kProvince);
        for (int i = 0; i < 300; ++i) {
            Task t { QStringLiteral("nv-%1").arg(i), agencies[i % 3],
                start.addSecs(qint64(i) * 7 * 3600), {}, {} };
            t.deadline = t.assigned.addDays(5 + i % 10);
            if (i % 4 != 0)
                t.completed = t.assigned.addDays(i % 13);
            m_tasks.append(t);
            features.append(attributeFeature(QStringLiteral("doc_tasks"), t.id,
                { { QStringLiteral("assignee_agency"), t.agency },
                    { QStringLiteral("assigned_at"), iso(t.assigned) },
                    { QStringLiteral("deadline"), iso(t.deadline) },
                    { QStringLiteral("completed_at"),
                        t.completed ? QJsonValue(iso(*t.completed)) : QJsonValue() },
                    { QStringLiteral("status"),
                        t.completed ? QStringLiteral("done") : QStringLiteral("in_progress") },
                    { QStringLiteral("on_time"),
                        t.completed ? QJsonValue(*t.completed <= t.deadline) : QJsonValue() } }));
            Document d { QStringLiteral("vb-%1").arg(i), i % 3 != 0, agencies[(i / 2) % 3],
                start.addSecs(qint64(i) * 5 * 3600) };
            m_documents.append(d);
            features.append(attributeFeature(QStringLiteral("doc_documents"), d.id,
                { { QStringLiteral("direction"),
                      d.incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing") },
                    { d.incoming ? QStringLiteral("from_agency") : QStringLiteral("to_agency"),
                        d.otherAgency },
                    { QStringLiteral("issued_at"), iso(d.issued) },
                    { QStringLiteral("urgency"), QStringLiteral("normal") } }));
        }
        QVERIFY(!m_cache->features().upsert(features));
    }

    void projectionsHoldTheCollections()
    {
        QSqlQuery q(m_cache->mirror().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM doc_task_facts), "
                                      "(SELECT count(*) FROM doc_document_facts)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(m_tasks.size()));
        QCOMPARE(q.value(1).toInt(), int(m_documents.size()));
    }

    void kpisEqualIndependentCounts_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<int>("era");
        QTest::newRow("province") << QString() << int(core::AdminEra::After);
        QTest::newRow("new commune 2001") << QStringLiteral("2001") << int(core::AdminEra::After);
        QTest::newRow("former district 437")
            << QStringLiteral("437") << int(core::AdminEra::Before);
    }

    void kpisEqualIndependentCounts()
    {
        QFETCH(QString, area);
        QFETCH(int, era);
        // The ISO week of 12 October 2026: Monday 12 to Sunday 18.
        const auto data = compute(area, core::AdminEra(era), QDate(2026, 10, 14));
        const QDateTime from = dayStart(QDate(2026, 10, 12));
        const QDateTime to = dayStart(QDate(2026, 10, 19));
        double incoming = 0, outgoing = 0, overdue = 0, done = 0, onTime = 0, dueSoon = 0;
        for (const Document &d : std::as_const(m_documents))
            if (d.issued >= from && d.issued < to)
                (d.incoming ? incoming : outgoing) += weight(d.otherAgency, area);
        for (const Task &t : std::as_const(m_tasks)) {
            const double w = weight(t.agency, area);
            if (t.assigned <= to && (!t.completed || *t.completed > to) && t.deadline < to)
                overdue += w;
            if (t.completed && *t.completed >= from && *t.completed < to) {
                done += w;
                onTime += *t.completed <= t.deadline ? w : 0;
            }
            if (!t.completed && t.deadline >= dayStart(m_today.addDays(1))
                && t.deadline < dayStart(m_today.addDays(4)))
                dueSoon += w;
        }
        auto value = [&](const QString &id) {
            const auto v = kpi(data, id)->value;
            return v ? *v : 0.0;
        };
        QCOMPARE(value(QStringLiteral("incoming")), incoming);
        QCOMPARE(value(QStringLiteral("outgoing")), outgoing);
        QCOMPARE(value(QStringLiteral("overdue_tasks")), overdue);
        if (done > 0)
            QCOMPARE(value(QStringLiteral("tasks_on_time")), onTime / done * 100);
        QCOMPARE(value(QStringLiteral("due_soon")), dueSoon);
        // Documents chart: last bucket is the selected week.
        const core::ChartData &docs = data.charts.first();
        QCOMPARE(docs.id, QStringLiteral("documents"));
        if (incoming > 0)
            QCOMPARE(docs.series[0].values.last(), incoming);
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
