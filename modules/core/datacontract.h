#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ioc::core {

// What a module needs from one data-center collection: the properties it reads, their
// types and allowed values. One table serves three purposes so they cannot drift apart:
// sync coerces values to the declared type (servers such as MapServer serve numbers and
// booleans as text), `ioc-desktop --check-data-center` tells a deployer which properties
// a server lacks or serves with other values, and docs/mapping.md is generated from it
// (`ioc-desktop --print-data-contract`).
struct PropertyContract
{
    enum class Type {
        String,
        Number, // integer or decimal
        Integer,
        Boolean,
        DateTime, // RFC 3339 instant; a time without zone is read in the mapping's zone
        Date, // YYYY-MM-DD
        Any, // object, array or anything: kept as served
    };

    QString name; // our property name (the simulator's)
    Type type = Type::String;
    bool required = false; // the module shows nothing sensible without it
    QStringList allowedValues; // empty: any value of the type
    QString purpose; // English, one line: what the module does with it
};

struct CollectionContract
{
    enum class Geometry { None, Point, Any };

    QString collection; // our collection id
    bool required = true; // the module's main figures come from it
    Geometry geometry = Geometry::Any;
    QString purpose; // English, one line
    QList<PropertyContract> properties;

    const PropertyContract *property(const QString &name) const
    {
        for (const PropertyContract &p : properties) {
            if (p.name == name)
                return &p;
        }
        return nullptr;
    }
};

// The two kinds of entry a contract table is written with.
inline PropertyContract requiredProperty(const QString &name, PropertyContract::Type type,
    const QString &purpose, const QStringList &allowed = {})
{
    return { name, type, true, allowed, purpose };
}

inline PropertyContract optionalProperty(const QString &name, PropertyContract::Type type,
    const QString &purpose, const QStringList &allowed = {})
{
    return { name, type, false, allowed, purpose };
}

QString typeName(PropertyContract::Type type);
QString geometryName(CollectionContract::Geometry geometry);

// The collections no single module owns (sharedcollections.h): administrative units,
// their lineage and the operator actions of every workstation.
QList<CollectionContract> sharedCollectionContracts();

// docs/mapping.md's per-module tables as Markdown, from the modules' contracts:
// (module title in English, its contracts) in registry order.
QString dataContractMarkdown(const QList<QPair<QString, QList<CollectionContract>>> &modules);

} // namespace ioc::core
