#pragma once

#include <QString>

namespace ioc::sync {

// Where the data-center token lives: the desktop keyring through QtKeychain when there is
// one, else a file in the user's config directory readable by the user alone — with a
// warning, since a file is weaker than a keyring. The token itself is never logged.
class TokenStore
{
public:
    struct Result
    {
        QString token;
        QString warning; // e.g. "no keyring: stored in a file"
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // fallbackDir: where the token file goes when no keyring answers.
    explicit TokenStore(QString fallbackDir, bool useKeyring = true);

    Result load(const QString &serverUrl) const;
    Result save(const QString &serverUrl, const QString &token) const;

    QString fallbackFile(const QString &serverUrl) const;

private:
    QString m_fallbackDir;
    bool m_useKeyring;
};

} // namespace ioc::sync
