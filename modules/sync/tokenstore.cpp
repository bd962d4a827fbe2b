#include "sync/tokenstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <qt6keychain/keychain.h>

namespace ioc::sync {

namespace {

const QString kService = QStringLiteral("ioc-desktop");

// QtKeychain is asynchronous; the token is needed before sync starts, and without a
// keyring the job fails at once (measured.md), so waiting here costs nothing noticeable.
template<typename Job> void runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

TokenStore::TokenStore(QString fallbackDir, bool useKeyring)
    : m_fallbackDir(std::move(fallbackDir))
    , m_useKeyring(useKeyring)
{ }

QString TokenStore::fallbackFile(const QString &serverUrl) const
{
    // One file per server; the name must not reveal the URL in a directory listing.
    const QByteArray key
        = QCryptographicHash::hash(serverUrl.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(m_fallbackDir).filePath(QStringLiteral("token-%1").arg(QString::fromLatin1(key)));
}

TokenStore::Result TokenStore::load(const QString &serverUrl) const
{
    Result result;
    if (m_useKeyring) {
        QKeychain::ReadPasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(serverUrl);
        runJob(job);
        if (job.error() == QKeychain::NoError) {
            result.token = job.textData();
            return result;
        }
    }
    QFile file(fallbackFile(serverUrl));
    if (!file.exists())
        return result; // no token: a server without authentication
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read the token file %1: %2")
                           .arg(file.fileName(), file.errorString());
        return result;
    }
    result.token = QString::fromUtf8(file.readAll()).trimmed();
    result.warning
        = QStringLiteral("no keyring available: the token is read from %1").arg(file.fileName());
    return result;
}

TokenStore::Result TokenStore::save(const QString &serverUrl, const QString &token) const
{
    Result result;
    result.token = token;
    if (m_useKeyring) {
        QKeychain::WritePasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(serverUrl);
        job.setTextData(token);
        runJob(job);
        if (job.error() == QKeychain::NoError) {
            QFile::remove(fallbackFile(serverUrl)); // never two copies
            return result;
        }
    }
    if (!QDir().mkpath(m_fallbackDir)) {
        result.error = QStringLiteral("cannot create %1 to store the token").arg(m_fallbackDir);
        return result;
    }
    QSaveFile file(fallbackFile(serverUrl));
    // Owner-only from the first byte: permissions are set before anything is written.
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("cannot write the token file %1: %2")
                           .arg(file.fileName(), file.errorString());
        return result;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token.toUtf8());
    if (!file.commit()) {
        result.error = QStringLiteral("cannot write the token file %1: %2")
                           .arg(file.fileName(), file.errorString());
        return result;
    }
    QFile::setPermissions(file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    result.warning = QStringLiteral("no keyring available: the token was stored in %1, readable by "
                                    "your user only")
                         .arg(file.fileName());
    return result;
}

} // namespace ioc::sync
