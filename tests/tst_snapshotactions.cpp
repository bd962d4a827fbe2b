// The running application's import path: a snapshot staged in the data folder is applied at
// the next start (before the cache opens), and a bad one is refused, removed and reported
// without touching the mirror.

#include "core/featurestore.h"
#include "core/localcache.h"
#include "core/mirrorsnapshot.h"
#include "core/moduleregistry.h"
#include "modulecatalog.h"
#include "snapshotactions.h"
#include "testfeatures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}
} // namespace

class TestSnapshotActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    QString makeCache(const QString &name, const QList<core::Feature> &features)
    {
        const QString dir = m_tmp.filePath(name);
        core::LocalCache cache(dir);
        if (cache.open() || cache.features().upsert(features))
            return {};
        return dir;
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void everyModuleHasAKnownVersion()
    {
        core::ModuleRegistry modules;
        QString why;
        QVERIFY2(app::registerAllModules(modules, &why), qPrintable(why));
        const QHash<QString, int> versions = app::knownModuleVersions(modules);
        QCOMPARE(versions.size(), modules.modules().size());
        for (const auto &module : modules.modules())
            QVERIFY(versions.contains(module->id()));
    }

    void noPendingSnapshotIsNoNotice()
    {
        const QString dir = makeCache(QStringLiteral("none"), {});
        QVERIFY(app::applyPendingSnapshot(dir, {}).isEmpty());
    }

    void pendingSnapshotIsAppliedOnce()
    {
        const QString source = makeCache(QStringLiteral("source"),
            { test::attributeFeature(QStringLiteral("doc_tasks"), QStringLiteral("t1"), {}),
                test::attributeFeature(QStringLiteral("doc_tasks"), QStringLiteral("t2"), {}) });
        const QString target = makeCache(QStringLiteral("target"),
            { test::attributeFeature(QStringLiteral("hlt_facilities"), QStringLiteral("h1"), {}) });
        QVERIFY(!source.isEmpty() && !target.isEmpty());
        QVERIFY(!core::exportMirrorSnapshot(QDir(source).filePath(QStringLiteral("mirror.sqlite")),
            app::pendingSnapshotPath(target), QStringLiteral("1.2.3")));

        const QString notice = app::applyPendingSnapshot(target, {});
        QVERIFY2(notice.contains(QStringLiteral("1.2.3")), qPrintable(notice));
        QVERIFY(!QFile::exists(app::pendingSnapshotPath(target)));
        core::LocalCache cache(target);
        QVERIFY(!cache.open());
        QCOMPARE(cache.features().count({ QStringLiteral("doc_tasks") }), 2);
        QCOMPARE(cache.features().count({ QStringLiteral("hlt_facilities") }), 0);
    }

    void badPendingSnapshotIsReportedAndRemoved()
    {
        const QString target = makeCache(QStringLiteral("target-bad"),
            { test::attributeFeature(QStringLiteral("hlt_facilities"), QStringLiteral("h1"), {}) });
        const QString mirror = QDir(target).filePath(QStringLiteral("mirror.sqlite"));
        const QByteArray before = fileHash(mirror);
        QFile pending(app::pendingSnapshotPath(target));
        QVERIFY(pending.open(QIODevice::WriteOnly));
        pending.write(QByteArray(8192, 'x'));
        pending.close();

        const QString notice = app::applyPendingSnapshot(target, {});
        QVERIFY(!notice.isEmpty());
        QVERIFY(!QFile::exists(app::pendingSnapshotPath(target)));
        QCOMPARE(fileHash(mirror), before);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotActions)
#include "tst_snapshotactions.moc"
