#pragma once

#include "sync/pageparser.h"
#include "sync/syncsettings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace ioc::sync {

// What a data center offers, as `ioc-desktop --check-data-center` shows a deployer:
// its landing page title, conformance classes and collections, and for each of our
// collections a sample page read through the mapping (so type and value problems show as
// they would in a sync) and whether its datetime filter works.
struct CollectionSurvey
{
    QString collection; // ours
    QString remoteId;
    bool enabled = true;
    bool published = false; // the server lists it in /collections
    QString error; // fetching the sample failed (HTTP, parse)
    std::optional<ParsedPage> sample; // the first page, parsed through the mapping
    std::optional<bool> datetimeWorks; // the probe's verdict; unset if not probed
    // Why not: the features an interval in the year 2999 matched (a server ignoring the
    // parameter), or the server's refusal; the caller words it in the operator's language.
    qint64 datetimeFutureMatched = 0;
    QString datetimeRefusal;
    qint64 numberMatched = -1;
    // Part 3 queryables the server offers with format date-time (candidates for the
    // mapping's temporalProperty); empty when none or not offered.
    QStringList temporalQueryables;
};

struct ServerSurveyResult
{
    QString error; // the server could not be read at all
    QString title;
    QStringList conformance;
    QStringList remoteCollections; // ids in /collections
    QList<CollectionSurvey> collections;
};

// Reads the survey with its own QNetworkAccessManager, one request at a time, read-only:
// GET of the landing page, /conformance, /collections, and per collection a sample page of
// `sampleSize` features and two one-feature datetime probes.
class ServerSurvey : public QObject
{
    Q_OBJECT

public:
    ServerSurvey(const SyncSettings &settings, const QStringList &collections, int sampleSize = 50,
        QObject *parent = nullptr);

    void start();

signals:
    void finished(const ioc::sync::ServerSurveyResult &result);

private:
    void get(const QString &path, const QList<QPair<QString, QString>> &parameters, bool json,
        const std::function<void(QNetworkReply *, const QByteArray &)> &then);
    void nextCollection();
    void requestQueryables();

    SyncSettings m_settings;
    QStringList m_collections;
    int m_sampleSize;
    QNetworkAccessManager *m_network = nullptr;
    ServerSurveyResult m_result;
    int m_index = -1;
};

// The server's answer to a request, in one line: "HTTP 400 — <its own error text>" or the
// network error; empty when it succeeded.
QString requestProblem(QNetworkReply *reply, const QByteArray &body);

} // namespace ioc::sync
