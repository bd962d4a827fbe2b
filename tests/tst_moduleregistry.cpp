#include "core/moduleregistry.h"
#include "modulecatalog.h"
#include "ui/uimodule.h"

#include <QIcon>
#include <QSet>
#include <QTest>

using namespace ioc;

namespace {

class FakeModule : public core::Module
{
public:
    FakeModule(QString id, QStringList collections)
        : m_id(std::move(id))
        , m_collections(std::move(collections))
    { }
    QString id() const override { return m_id; }
    QString title() const override { return m_id; }
    QString iconPath() const override { return {}; }
    QColor accentColor() const override { return Qt::gray; }
    QStringList collections() const override { return m_collections; }

private:
    QString m_id;
    QStringList m_collections;
};

} // namespace

class TestModuleRegistry : public QObject
{
    Q_OBJECT

private slots:
    void catalogHasTheSevenSubsystemsInOrder()
    {
        core::ModuleRegistry registry;
        QString error;
        QVERIFY2(app::registerAllModules(registry, &error), qPrintable(error));
        QStringList ids;
        for (const auto &module : registry.modules())
            ids.append(module->id());
        QCOMPARE(ids,
            (QStringList { QStringLiteral("socioeconomic"), QStringLiteral("publicservices"),
                QStringLiteral("documents"), QStringLiteral("health"), QStringLiteral("education"),
                QStringLiteral("tourism"), QStringLiteral("cameras") }));
    }

    void everyModuleDeclaresItself()
    {
        core::ModuleRegistry registry;
        QVERIFY(app::registerAllModules(registry, nullptr));
        QSet<QRgb> colours;
        for (const auto &module : registry.modules()) {
            QVERIFY2(!module->collections().isEmpty(), qPrintable(module->id()));
            QVERIFY2(
                !QIcon(module->iconPath()).pixmap(32, 32).isNull(), qPrintable(module->iconPath()));
            QVERIFY(module->accentColor().isValid());
            colours.insert(module->accentColor().rgb());
            QVERIFY(dynamic_cast<ui::UiModule *>(module.get()));
        }
        QCOMPARE(colours.size(), registry.size());
    }

    void duplicateIdIsRejected()
    {
        core::ModuleRegistry registry;
        QVERIFY(registry.add(std::make_unique<FakeModule>(
            QStringLiteral("a"), QStringList { QStringLiteral("x") })));
        QString error;
        QVERIFY(!registry.add(
            std::make_unique<FakeModule>(QStringLiteral("a"), QStringList { QStringLiteral("y") }),
            &error));
        QVERIFY(error.contains(QStringLiteral("duplicate")));
        QCOMPARE(registry.size(), 1);
    }

    void collectionClaimedTwiceIsRejected()
    {
        core::ModuleRegistry registry;
        QVERIFY(registry.add(std::make_unique<FakeModule>(
            QStringLiteral("a"), QStringList { QStringLiteral("x") })));
        QString error;
        QVERIFY(!registry.add(
            std::make_unique<FakeModule>(QStringLiteral("b"), QStringList { QStringLiteral("x") }),
            &error));
        QVERIFY(error.contains(QStringLiteral("'x'")));
        QCOMPARE(registry.ownerOfCollection(QStringLiteral("x"))->id(), QStringLiteral("a"));
        QCOMPARE(registry.ownerOfCollection(QStringLiteral("nope")), nullptr);
    }
};

QTEST_MAIN(TestModuleRegistry)
#include "tst_moduleregistry.moc"
