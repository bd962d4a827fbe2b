#pragma once

#include <QString>

namespace ioc::core {

// What can go wrong with a cache file, in words an operator can act on.
// Every failure carries the file's path: the operator (or the help desk) needs it.
struct CacheError
{
    enum class Kind {
        None,
        NotWritable, // data dir or file cannot be written (permissions, read-only medium)
        Corrupt, // the file is not a database or fails the integrity check
        NewerSchema, // written by a newer IOC Desktop; we must not touch it
        DiskFull, // SQLITE_FULL: nothing was written, nothing stored was lost
        Sql, // any other SQL failure
    };

    Kind kind = Kind::None;
    QString path;
    QString message;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static CacheError none() { return {}; }
    static CacheError make(Kind kind, const QString &path, const QString &message)
    {
        return CacheError { kind, path, message };
    }
};

} // namespace ioc::core
