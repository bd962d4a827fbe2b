#pragma once

#include "core/cacheerror.h"
#include "core/sqlitefile.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace ioc::core {

class FeatureStore;

// The local cache in one data directory: two SQLite files with different promises.
//  - mirror.sqlite: a copy of the data center; may be moved aside and rebuilt.
//  - operator.sqlite: what operators did; never replaced behind anyone's back.
class LocalCache
{
public:
    static constexpr const char *kMirrorFileName = "mirror.sqlite";
    static constexpr const char *kOperatorFileName = "operator.sqlite";

    explicit LocalCache(const QString &dataDir);
    ~LocalCache();

    // Creates the directory if needed, checks both files and brings their schemas up to
    // date. A corrupt mirror is renamed "mirror.sqlite.corrupt-<UTC timestamp>" (kept for
    // inspection) and a fresh one created; notices() then says so. A corrupt operator
    // store, a newer schema or an unwritable directory is an error and nothing is touched.
    CacheError open();

    // Things the operator should be told after a successful open (e.g. a recovery).
    const QStringList &notices() const { return m_notices; }

    const QString &dataDir() const { return m_dataDir; }
    SqliteFile &mirror() { return *m_mirror; }
    const SqliteFile &mirror() const { return *m_mirror; }
    SqliteFile &operatorStore() { return *m_operator; }
    FeatureStore &features() { return *m_features; }

    // Applies a module's own mirror migrations (typed projections, extra indexes),
    // versioned per module in module_schema.
    CacheError applyModuleMigrations(const QString &moduleId, const QList<Migration> &migrations);

private:
    CacheError checkDirectory() const;
    CacheError openMirror();
    CacheError moveAsideCorruptMirror(const QString &reason);

    QString m_dataDir;
    std::unique_ptr<SqliteFile> m_mirror;
    std::unique_ptr<SqliteFile> m_operator;
    std::unique_ptr<FeatureStore> m_features;
    QStringList m_notices;
};

} // namespace ioc::core
