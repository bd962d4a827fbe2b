#pragma once

// A small province for module tests: two old districts with three old communes, and two
// new communes made of them by the 2025 reform. Shares are easy to compute by hand:
//
//   old commune  district  population  -> new commune (weight)
//   1001         436       1,000          2001 (1)
//   1002         436       3,000          2001 (0.5), 2002 (0.5)
//   1003         437       2,000          2002 (1)
//
// so 2001 = 1,000 + 1,500 people, all in 436; 2002 = 1,500 from 436 + 2,000 from 437.

#include "core/featurestore.h"
#include "core/localcache.h"
#include "testfeatures.h"

#include <QJsonObject>
#include <QTest>

namespace ioc::test {

inline QList<core::Feature> adminFeatures()
{
    auto unit = [](const QString &id, const QString &code, const QString &name,
                    const QString &level, const QString &parent, const QString &from,
                    const QString &to, int population, double lon, double lat) {
        return pointFeature(QStringLiteral("admin_units"), id, lon, lat,
            QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("unit_code"), code },
                { QStringLiteral("name"), name }, { QStringLiteral("level"), level },
                { QStringLiteral("parent_code"),
                    parent.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parent) },
                { QStringLiteral("valid_from"),
                    from.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(from) },
                { QStringLiteral("valid_to"),
                    to.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(to) },
                { QStringLiteral("population"), population },
                { QStringLiteral("updated_at"), QStringLiteral("2025-06-16T01:00:00Z") } });
    };
    const QString reform = QStringLiteral("2025-07-01");
    const QString old = QStringLiteral("2020-01-01");
    QList<core::Feature> features {
        unit(QStringLiteral("42"), QStringLiteral("42"), QStringLiteral("Tỉnh Hà Tĩnh"),
            QStringLiteral("province"), {}, {}, {}, 6000, 105.9, 18.3),
        unit(QStringLiteral("436"), QStringLiteral("436"), QStringLiteral("Thành phố Hà Tĩnh"),
            QStringLiteral("district"), QStringLiteral("42"), {}, reform, 4000, 105.9, 18.34),
        unit(QStringLiteral("437"), QStringLiteral("437"), QStringLiteral("Thị xã Hồng Lĩnh"),
            QStringLiteral("district"), QStringLiteral("42"), {}, reform, 2000, 105.7, 18.53),
        unit(QStringLiteral("1001@2020-01-01"), QStringLiteral("1001"),
            QStringLiteral("Phường Bắc Hà"), QStringLiteral("commune"), QStringLiteral("436"), old,
            reform, 1000, 105.90, 18.35),
        unit(QStringLiteral("1002@2020-01-01"), QStringLiteral("1002"),
            QStringLiteral("Phường Nam Hà"), QStringLiteral("commune"), QStringLiteral("436"), old,
            reform, 3000, 105.91, 18.33),
        unit(QStringLiteral("1003@2020-01-01"), QStringLiteral("1003"),
            QStringLiteral("Phường Bắc Hồng"), QStringLiteral("commune"), QStringLiteral("437"),
            old, reform, 2000, 105.70, 18.53),
        unit(QStringLiteral("2001@2025-07-01"), QStringLiteral("2001"),
            QStringLiteral("Phường Thành Sen"), QStringLiteral("commune"), QStringLiteral("42"),
            reform, {}, 2500, 105.90, 18.34),
        unit(QStringLiteral("2002@2025-07-01"), QStringLiteral("2002"),
            QStringLiteral("Phường Trần Phú"), QStringLiteral("commune"), QStringLiteral("42"),
            reform, {}, 3500, 105.80, 18.45),
    };
    auto link = [](int n, const QString &from, const QString &to, double weight) {
        return attributeFeature(QStringLiteral("admin_lineage"), QStringLiteral("lin-%1").arg(n),
            QJsonObject { { QStringLiteral("old_code"), from }, { QStringLiteral("new_code"), to },
                { QStringLiteral("weight"), weight },
                { QStringLiteral("kind"),
                    weight < 1 ? QStringLiteral("split") : QStringLiteral("merge") },
                { QStringLiteral("effective"), QStringLiteral("2025-07-01") } });
    };
    features << link(0, QStringLiteral("1001"), QStringLiteral("2001"), 1.0)
             << link(1, QStringLiteral("1002"), QStringLiteral("2001"), 0.5)
             << link(2, QStringLiteral("1002"), QStringLiteral("2002"), 0.5)
             << link(3, QStringLiteral("1003"), QStringLiteral("2002"), 1.0);
    return features;
}

// Shares of the fixture, written out by hand (not computed by the code under test).
constexpr double kShare2002In436 = 1500.0 / 3500.0;
constexpr double kShare2002In437 = 2000.0 / 3500.0;
constexpr double kShare436In2001 = 2500.0 / 4000.0;
constexpr double kShare436In2002 = 1500.0 / 4000.0;

// Opens a cache in `dir` with the module's migrations and the fixture's units stored.
inline std::unique_ptr<core::LocalCache> openFixtureCache(
    const QString &dir, const QString &moduleId, const QList<core::Migration> &migrations)
{
    auto cache = std::make_unique<core::LocalCache>(dir);
    if (cache->open() || cache->applyModuleMigrations(moduleId, migrations)
        || cache->features().upsert(adminFeatures()))
        return nullptr;
    return cache;
}

} // namespace ioc::test
