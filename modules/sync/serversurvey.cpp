#include "sync/serversurvey.h"

#include "sync/servererror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>
#include <QUrlQuery>
#include <memory>

namespace ioc::sync {

QString requestProblem(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString said = serverErrorText(body);
        return said.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                              : QStringLiteral("HTTP %1 — %2").arg(status).arg(said);
    }
    if (reply->error() != QNetworkReply::NoError)
        return reply->errorString();
    return {};
}

ServerSurvey::ServerSurvey(
    const SyncSettings &settings, const QStringList &collections, int sampleSize, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_collections(collections)
    , m_sampleSize(sampleSize)
{ }

void ServerSurvey::get(const QString &path, const QList<QPair<QString, QString>> &parameters,
    bool json, const std::function<void(QNetworkReply *, const QByteArray &)> &then)
{
    QUrl base = m_settings.baseUrl;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    QUrl url = base.resolved(QUrl(path));
    QUrlQuery query;
    for (const auto &[key, value] : parameters)
        query.addQueryItem(key, value);
    url.setQuery(query);
    // The same negotiation as sync: one type per request, f=json when refused.
    auto send = std::make_shared<std::function<void(QUrl, bool)>>();
    *send = [this, json, then, send](const QUrl &target, bool retried) {
        QNetworkRequest request(target);
        request.setRawHeader("Accept",
            json ? QByteArrayLiteral("application/json")
                 : QByteArrayLiteral("application/geo+json"));
        if (!m_settings.token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
        request.setTransferTimeout(30000);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this, [reply, target, retried, then, send] {
            reply->deleteLater();
            const QByteArray body = reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QUrlQuery targetQuery(target);
            if (!retried && (status == 400 || status == 406 || status == 415)
                && !targetQuery.hasQueryItem(QStringLiteral("f"))) {
                QUrl again = target;
                targetQuery.addQueryItem(QStringLiteral("f"), QStringLiteral("json"));
                again.setQuery(targetQuery);
                (*send)(again, true);
                return;
            }
            then(reply, body);
        });
    };
    (*send)(url, false);
}

void ServerSurvey::start()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_result = ServerSurveyResult();
    get({}, {}, true, [this](QNetworkReply *reply, const QByteArray &body) {
        if (const QString problem = requestProblem(reply, body); !problem.isEmpty()) {
            m_result.error = QStringLiteral("%1: %2").arg(m_settings.baseUrl.toString(), problem);
            emit finished(m_result);
            return;
        }
        m_result.title
            = QJsonDocument::fromJson(body).object().value(QLatin1String("title")).toString();
        get(QStringLiteral("conformance"), {}, true,
            [this](QNetworkReply *, const QByteArray &conformance) {
                for (const QJsonValue &value : QJsonDocument::fromJson(conformance)
                                                   .object()
                                                   .value(QLatin1String("conformsTo"))
                                                   .toArray())
                    m_result.conformance.append(value.toString());
                get(QStringLiteral("collections"), {}, true,
                    [this](QNetworkReply *reply, const QByteArray &collections) {
                        if (const QString problem = requestProblem(reply, collections);
                            !problem.isEmpty()) {
                            m_result.error = QStringLiteral("/collections: %1").arg(problem);
                            emit finished(m_result);
                            return;
                        }
                        for (const QJsonValue &value : QJsonDocument::fromJson(collections)
                                                           .object()
                                                           .value(QLatin1String("collections"))
                                                           .toArray())
                            m_result.remoteCollections.append(
                                value.toObject().value(QLatin1String("id")).toString());
                        nextCollection();
                    });
            });
    });
}

void ServerSurvey::nextCollection()
{
    ++m_index;
    if (m_index >= m_collections.size()) {
        emit finished(m_result);
        return;
    }
    CollectionSurvey survey;
    survey.collection = m_collections.at(m_index);
    survey.remoteId = m_settings.remoteIdFor(survey.collection);
    survey.enabled = m_settings.isEnabled(survey.collection);
    survey.published = m_result.remoteCollections.contains(survey.remoteId);
    m_result.collections.append(survey);
    if (!survey.enabled || !survey.published) {
        nextCollection();
        return;
    }
    const QString items = QStringLiteral("collections/%1/items").arg(survey.remoteId);
    get(items, { { QStringLiteral("limit"), QString::number(m_sampleSize) } }, false,
        [this, items](QNetworkReply *reply, const QByteArray &body) {
            CollectionSurvey &survey = m_result.collections.last();
            if (const QString problem = requestProblem(reply, body); !problem.isEmpty()) {
                survey.error = problem;
                nextCollection();
                return;
            }
            ValidationRules rules;
            const auto contract = m_settings.contracts.constFind(survey.collection);
            rules.plan = PropertyPlan::compile(m_settings.mappingFor(survey.collection),
                contract == m_settings.contracts.constEnd() ? nullptr : &*contract,
                QTimeZone(m_settings.timeZoneFor(survey.collection).toUtf8()));
            QString error;
            survey.sample = parseItemsPage(body, survey.collection, reply->url(), rules, &error);
            if (!survey.sample) {
                survey.error = error;
                nextCollection();
                return;
            }
            survey.numberMatched = survey.sample->numberMatched;
            // The datetime probe, as sync makes it: an interval in the far future must
            // match nothing.
            get(items,
                { { QStringLiteral("limit"), QStringLiteral("1") },
                    { QStringLiteral("datetime"), QStringLiteral("2999-01-01T00:00:00Z/..") } },
                false, [this](QNetworkReply *reply, const QByteArray &probe) {
                    CollectionSurvey &survey = m_result.collections.last();
                    const QString problem = requestProblem(reply, probe);
                    const QJsonObject page = QJsonDocument::fromJson(probe).object();
                    const qsizetype returned
                        = page.value(QLatin1String("features")).toArray().size();
                    const qint64 matched = page.value(QLatin1String("numberMatched")).toInteger(-1);
                    if (!problem.isEmpty()) {
                        survey.datetimeWorks = false;
                        survey.datetimeRefusal = problem;
                    } else if (returned > 0 || matched > 0) {
                        survey.datetimeWorks = false;
                        survey.datetimeFutureMatched = matched > 0 ? matched : returned;
                    } else {
                        survey.datetimeWorks = true;
                    }
                    requestQueryables();
                });
        });
}

// OGC API – Features Part 3: which properties can be filtered, with their types. Those
// typed as date-time are what a deployer can name as temporalProperty.
void ServerSurvey::requestQueryables()
{
    const QString path
        = QStringLiteral("collections/%1/queryables").arg(m_result.collections.last().remoteId);
    get(path, {}, true, [this](QNetworkReply *reply, const QByteArray &body) {
        CollectionSurvey &survey = m_result.collections.last();
        if (requestProblem(reply, body).isEmpty()) {
            const QJsonObject properties = QJsonDocument::fromJson(body)
                                               .object()
                                               .value(QLatin1String("properties"))
                                               .toObject();
            for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
                const QJsonObject schema = it.value().toObject();
                if (schema.value(QLatin1String("format")).toString() == QLatin1String("date-time"))
                    survey.temporalQueryables.append(it.key());
            }
        }
        nextCollection();
    });
}

} // namespace ioc::sync
