// Conformance-style checks of what the simulator serves: the OGC API - Features Part 1
// Core resources, paging, datetime, conditional requests, Part 4 PUT, auth, minimal mode.
//
// Over 600 lines: one QtTest class that walks the Part 1 and Part 4 requirements in
// order against one simulator; split, the conformance list would be read in pieces.

#include "simtestclient.h"
#include "simulator/gazetteer.h"
#include "simulator/generatedcollection.h"
#include "simulator/simclock.h"
#include "simulator/simulator.h"
#include "simulator/world.h"

#include <QImage>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <zlib.h>

using namespace ioc::sim;

namespace {

const char *kCollectionIds[] = { "admin_units", "admin_lineage", "se_indicators", "se_observations",
    "se_targets", "ps_offices", "ps_dossiers", "doc_agencies", "doc_documents", "doc_tasks",
    "health_facilities", "health_occupancy", "health_cases", "health_vaccination", "edu_schools",
    "edu_school_days", "tour_establishments", "tour_occupancy", "tour_attractions", "tour_arrivals",
    "cam_cameras", "cam_events", "op_acknowledgements", "op_notes", "op_directives" };

qint64 t0()
{
    return msFromIso(QStringLiteral("2026-11-26T00:00:00Z"));
}

QByteArray gunzip(const QByteArray &in)
{
    z_stream zs {};
    inflateInit2(&zs, 15 + 16);
    QByteArray out(int(in.size()) * 20 + 1024, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    inflate(&zs, Z_FINISH);
    out.resize(int(zs.total_out));
    inflateEnd(&zs);
    return out;
}

struct Chain
{
    QStringList ids;
    int pages = 0;
    int pagesWithoutNext = 0;
    bool ok = true;
};

// Follows rel="next" from the first page until a page has none.
Chain walk(simtest::Client &client, const QString &firstPath,
    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    Chain c;
    QString url = firstPath;
    while (!url.isEmpty() && c.pages < 100000) {
        const simtest::Reply r = client.get(url, headers);
        if (r.status != 200) {
            c.ok = false;
            break;
        }
        const QJsonObject page = r.json();
        ++c.pages;
        for (const QJsonValue &f : page.value(QStringLiteral("features")).toArray())
            c.ids.append(f.toObject().value(QStringLiteral("id")).toString());
        url.clear();
        for (const QJsonValue &l : page.value(QStringLiteral("links")).toArray())
            if (l.toObject().value(QStringLiteral("rel")).toString() == QLatin1String("next"))
                url = l.toObject().value(QStringLiteral("href")).toString();
        if (url.isEmpty())
            ++c.pagesWithoutNext;
    }
    return c;
}

} // namespace

class TestSimConformance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> startSim(
        SimOptions o, const std::shared_ptr<ManualClock> &clock = {})
    {
        o.bind = QHostAddress(QHostAddress::LocalHost);
        o.port = 0;
        if (o.stateDir.isEmpty())
            o.stateDir = m_state.path();
        auto sim = std::make_unique<Simulator>();
        QString error;
        if (!sim->start(o, &error, clock ? clock : std::make_shared<ManualClock>(t0()))) {
            qWarning() << error;
            return {};
        }
        return sim;
    }
    QTemporaryDir m_state;

private slots:
    void landingConformanceCollections()
    {
        SimOptions o;
        o.scale = 0.01;
        auto sim = startSim(o);
        QVERIFY(sim);
        simtest::Client client(sim->port());

        const simtest::Reply landing = client.get(QStringLiteral("/"));
        QCOMPARE(landing.status, 200);
        QStringList rels;
        for (const QJsonValue &l : landing.json().value(QStringLiteral("links")).toArray())
            rels.append(l.toObject().value(QStringLiteral("rel")).toString());
        QVERIFY(rels.contains(QStringLiteral("conformance")));
        QVERIFY(rels.contains(QStringLiteral("data")));

        const QJsonArray conf = client.get(QStringLiteral("/conformance"))
                                    .json()
                                    .value(QStringLiteral("conformsTo"))
                                    .toArray();
        QVERIFY(conf.contains(
            QStringLiteral("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core")));
        QVERIFY(conf.contains(
            QStringLiteral("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson")));

        const QJsonArray cols = client.get(QStringLiteral("/collections"))
                                    .json()
                                    .value(QStringLiteral("collections"))
                                    .toArray();
        QStringList ids;
        for (const QJsonValue &c : cols)
            ids.append(c.toObject().value(QStringLiteral("id")).toString());
        QStringList expected;
        for (const char *id : kCollectionIds)
            expected.append(QString::fromLatin1(id));
        QCOMPARE(ids, expected);

        const simtest::Reply one = client.get(QStringLiteral("/collections/cam_cameras"));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(QStringLiteral("ioc:temporalProperty")).toString(),
            QStringLiteral("updated_at"));
        QCOMPARE(client.get(QStringLiteral("/collections/nope")).status, 404);
        QCOMPARE(client.get(QStringLiteral("/collections/cam_cameras/items?bogus=1")).status, 400);
        QCOMPARE(client.get(QStringLiteral("/collections/cam_cameras/items?limit=0")).status, 400);
    }

    // Every collection: the chain of next links ends exactly once and covers every
    // feature exactly once; features carry id, updated_at, and sane coordinates.
    void pagingCoversEverythingOnce()
    {
        SimOptions o;
        o.scale = 0.01;
        auto sim = startSim(o);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        for (const char *raw : kCollectionIds) {
            const QString id = QString::fromLatin1(raw);
            const qint64 expected = sim->world().collection(id)->count();
            const Chain chain
                = walk(client, QStringLiteral("/collections/%1/items?limit=5000").arg(id));
            QVERIFY2(chain.ok, qPrintable(id));
            QCOMPARE(chain.pagesWithoutNext, 1);
            QCOMPARE(qint64(chain.ids.size()), expected);
            QCOMPARE(qint64(QSet<QString>(chain.ids.begin(), chain.ids.end()).size()), expected);
        }
        // Small pages, and the server lowering a huge limit.
        const Chain small = walk(client, QStringLiteral("/collections/admin_units/items?limit=7"));
        QCOMPARE(small.ids.size(), 299);
        QCOMPARE(small.pages, (299 + 6) / 7);
        const simtest::Reply big
            = client.get(QStringLiteral("/collections/ps_dossiers/items?limit=1000000"));
        QVERIFY(big.json().value(QStringLiteral("numberReturned")).toInt() <= 10000);

        // Feature shape: string id, updated_at in RFC 3339 UTC, unit_code, points in Ha Tinh.
        for (const char *raw : { "cam_cameras", "edu_schools", "health_facilities",
                 "tour_establishments", "ps_dossiers" }) {
            const QJsonArray fs
                = client
                      .get(
                          QStringLiteral("/collections/%1/items?limit=200").arg(QLatin1String(raw)))
                      .json()
                      .value(QStringLiteral("features"))
                      .toArray();
            QVERIFY(!fs.isEmpty());
            for (const QJsonValue &v : fs) {
                const QJsonObject f = v.toObject();
                QVERIFY(f.value(QStringLiteral("id")).isString());
                const QJsonObject p = f.value(QStringLiteral("properties")).toObject();
                QVERIFY(
                    p.value(QStringLiteral("updated_at")).toString().endsWith(QLatin1Char('Z')));
                QVERIFY(!p.value(QStringLiteral("unit_code")).toString().isEmpty());
                if (f.value(QStringLiteral("geometry")).isObject()) {
                    const QJsonArray xy = f.value(QStringLiteral("geometry"))
                                              .toObject()
                                              .value(QStringLiteral("coordinates"))
                                              .toArray();
                    QVERIFY(xy.at(0).toDouble() > 105.0 && xy.at(0).toDouble() < 106.6);
                    QVERIFY(xy.at(1).toDouble() > 17.8 && xy.at(1).toDouble() < 18.9);
                }
            }
        }
        // One feature by id; unknown ids are 404.
        QCOMPARE(client.get(QStringLiteral("/collections/admin_units/items/436"))
                     .json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Thành phố Hà Tĩnh"));
        QCOMPARE(client.get(QStringLiteral("/collections/ps_dossiers/items/HS-3")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/collections/ps_dossiers/items/HS-03")).status, 404);
    }

    // Every point feature lies inside Hà Tĩnh's real district polygons.
    void pointsInsideTheProvince()
    {
        SimOptions o;
        o.scale = 0.01;
        auto sim = startSim(o);
        QVERIFY(sim);
        const Gazetteer &geo = *sim->world().context().geo;
        int points = 0;
        for (const Collection *c : sim->world().collections()) {
            for (qint64 i = 0; i < c->count(); ++i) {
                const QJsonValue geometry = c->feature(i).geometry;
                if (geometry.isNull())
                    break; // a collection without geometry has none on any feature
                const QJsonObject g = geometry.toObject();
                if (g.value(QStringLiteral("type")).toString() != QLatin1String("Point"))
                    continue;
                const QJsonArray xy = g.value(QStringLiteral("coordinates")).toArray();
                const QPointF p(xy.at(0).toDouble(), xy.at(1).toDouble());
                QVERIFY2(geo.inProvince(p),
                    qPrintable(QStringLiteral("%1 %2 at %3,%4")
                                   .arg(c->id())
                                   .arg(i)
                                   .arg(p.x())
                                   .arg(p.y())));
                ++points;
            }
        }
        QVERIFY(points > 3500);
    }

    void datetimeFilterSeesLiveChanges()
    {
        SimOptions o;
        o.scale = 0.01;
        o.rate = 120;
        auto clock = std::make_shared<ManualClock>(t0());
        auto sim = startSim(o, clock);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        // Nothing after t0 yet.
        const QString since = QStringLiteral("2026-11-26T00:00:01Z");
        QCOMPARE(
            walk(client, QStringLiteral("/collections/ps_dossiers/items?datetime=%1/..").arg(since))
                .ids.size(),
            0);

        clock->advanceMs(10 * 60000); // 20 minutes of changes at 120/min... 10 min = 1200
        const Chain changed = walk(client,
            QStringLiteral("/collections/ps_dossiers/items?limit=50&datetime=%1/..").arg(since));
        QVERIFY(changed.ok);
        QVERIFY(changed.ids.size() > 100);
        QCOMPARE(changed.pagesWithoutNext, 1);
        // Exactly the features whose updated_at >= since, as a full read shows.
        const Chain all
            = walk(client, QStringLiteral("/collections/ps_dossiers/items?limit=10000"));
        Collection *c = sim->world().collection(QStringLiteral("ps_dossiers"));
        QStringList expected;
        for (qint64 i = 0; i < c->count(); ++i)
            if (c->updatedAtMs(i) >= msFromIso(since))
                expected.append(c->feature(i).id);
        QCOMPARE(QSet<QString>(changed.ids.begin(), changed.ids.end()),
            QSet<QString>(expected.begin(), expected.end()));
        QCOMPARE(qint64(all.ids.size()), c->count());
        // updated_at in the features is the time the filter uses, for changed ones too.
        for (const char *raw : { "ps_dossiers", "doc_tasks", "cam_cameras", "health_occupancy" }) {
            const Collection *col = sim->world().collection(QString::fromLatin1(raw));
            for (qint64 i = 0; i < col->count(); ++i)
                QCOMPARE(col->feature(i).properties.value(QStringLiteral("updated_at")).toString(),
                    isoUtc(col->updatedAtMs(i)));
        }

        // A closed interval in the past, an instant, and rubbish.
        const Chain past = walk(client,
            QStringLiteral("/collections/doc_documents/"
                           "items?limit=10000&datetime=2026-11-20T00:00:00Z/2026-11-21T00:00:00Z"));
        QVERIFY(!past.ids.isEmpty());
        QCOMPARE(
            client.get(QStringLiteral("/collections/ps_dossiers/items?datetime=yesterday")).status,
            400);
    }

    // Daily and weekly series open new rows as simulated days pass, even without changes.
    void seriesRollOverToNewDays()
    {
        SimOptions o;
        o.scale = 0.01;
        o.rate = 0;
        auto clock = std::make_shared<ManualClock>(t0()); // Thursday 07:00 local
        auto sim = startSim(o, clock);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        QCOMPARE(
            client.get(QStringLiteral("/collections/health_occupancy/items/ho-0-20261201")).status,
            404);
        const qint64 cases = sim->world().collection(QStringLiteral("health_cases"))->count();
        clock->advanceMs(5 * 86400000LL); // to Tuesday 1 December, 07:00 local
        QCOMPARE(
            client.get(QStringLiteral("/collections/health_occupancy/items/ho-0-20261201")).status,
            200);
        QCOMPARE(
            client.get(QStringLiteral("/collections/tour_occupancy/items/to-3-20261130")).status,
            200);
        QCOMPARE(
            client.get(QStringLiteral("/collections/edu_school_days/items/sd-5-20261129")).status,
            404); // Sunday
        QCOMPARE(
            client.get(QStringLiteral("/collections/edu_school_days/items/sd-5-20261201")).status,
            200);
        QCOMPARE(sim->world().collection(QStringLiteral("health_cases"))->count(), cases + 69 * 6);
        // The new rows are what an incremental read since t0 returns.
        const Chain fresh = walk(client,
            QStringLiteral("/collections/health_occupancy/items?datetime=2026-11-26T00:00:01Z/.."));
        QCOMPARE(fresh.ids.size(), 5 * 17);
        const Chain all
            = walk(client, QStringLiteral("/collections/edu_school_days/items?limit=5000"));
        QCOMPARE(qint64(all.ids.size()),
            sim->world().collection(QStringLiteral("edu_school_days"))->count());
    }

    void bboxFilter()
    {
        SimOptions o;
        o.scale = 0.01;
        auto sim = startSim(o);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        // Around Hà Tĩnh city: some cameras, all inside; dossiers have no geometry.
        const Chain city = walk(client,
            QStringLiteral(
                "/collections/cam_cameras/items?limit=100&bbox=105.85,18.30,105.95,18.40"));
        QVERIFY(city.ok);
        QCOMPARE(city.pagesWithoutNext, 1);
        QVERIFY(city.ids.size() > 100 && city.ids.size() < 1800);
        for (const QJsonValue &v :
            client
                .get(QStringLiteral(
                    "/collections/cam_cameras/items?limit=50&bbox=105.85,18.30,105.95,18.40"))
                .json()
                .value(QStringLiteral("features"))
                .toArray()) {
            const QJsonArray xy = v.toObject()
                                      .value(QStringLiteral("geometry"))
                                      .toObject()
                                      .value(QStringLiteral("coordinates"))
                                      .toArray();
            QVERIFY(xy.at(0).toDouble() >= 105.85 && xy.at(0).toDouble() <= 105.95);
            QVERIFY(xy.at(1).toDouble() >= 18.30 && xy.at(1).toDouble() <= 18.40);
        }
        // Polygons by envelope: the city's district polygon meets it.
        QVERIFY(walk(
            client, QStringLiteral("/collections/admin_units/items?bbox=105.85,18.30,105.95,18.40"))
                    .ids.contains(QStringLiteral("436")));
        QCOMPARE(walk(client, QStringLiteral("/collections/se_indicators/items?bbox=105,18,106,19"))
                     .ids.size(),
            0);
        QCOMPARE(
            client.get(QStringLiteral("/collections/cam_cameras/items?bbox=1,2,3")).status, 400);
    }

    void conditionalRequests()
    {
        SimOptions o;
        o.scale = 0.01;
        o.rate = 60;
        auto clock = std::make_shared<ManualClock>(t0());
        auto sim = startSim(o, clock);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        const QString path = QStringLiteral("/collections/cam_events/items?limit=100");
        const simtest::Reply first = client.get(path);
        const QByteArray etag = first.header("etag");
        const QByteArray lastModified = first.header("last-modified");
        QVERIFY(!etag.isEmpty());
        QVERIFY(!lastModified.isEmpty());
        QCOMPARE(client.get(path, { { "If-None-Match", etag } }).status, 304);
        QCOMPARE(client.get(path, { { "If-Modified-Since", lastModified } }).status, 304);
        // A single feature has its own validators.
        const simtest::Reply item
            = client.get(QStringLiteral("/collections/cam_events/items/ev-1"));
        QCOMPARE(client
                     .get(QStringLiteral("/collections/cam_events/items/ev-1"),
                         { { "If-None-Match", item.header("etag") } })
                     .status,
            304);

        // Live changes (events arrive) change the collection: 200 and new validators.
        clock->advanceMs(30 * 60000);
        const simtest::Reply after = client.get(path, { { "If-None-Match", etag } });
        QCOMPARE(after.status, 200);
        QVERIFY(after.header("etag") != etag);
        QCOMPARE(client.get(path, { { "If-Modified-Since", lastModified } }).status, 200);
    }

    void gzipWhenAsked()
    {
        SimOptions o;
        o.scale = 0.01;
        auto sim = startSim(o);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        const QString path = QStringLiteral("/collections/edu_schools/items?limit=300");
        // QNetworkAccessManager asks for gzip itself unless told otherwise.
        const simtest::Reply plain = client.get(path, { { "Accept-Encoding", "identity" } });
        const simtest::Reply zipped = client.get(path, { { "Accept-Encoding", "gzip" } });
        QCOMPARE(zipped.header("content-encoding"), QByteArray("gzip"));
        QVERIFY(plain.header("content-encoding").isEmpty());
        QVERIFY(zipped.body.size() < plain.body.size() / 3);
        QCOMPARE(gunzip(zipped.body), plain.body);
    }

    void putIsIdempotentAndDurable()
    {
        QTemporaryDir state;
        SimOptions o;
        o.scale = 0.01;
        o.stateDir = state.path();
        auto clock = std::make_shared<ManualClock>(t0());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString path = QStringLiteral("/collections/op_acknowledgements/items/") + id;
        const QByteArray body = QJsonDocument(
            QJsonObject { { QStringLiteral("type"), QStringLiteral("Feature") },
                { QStringLiteral("id"), id }, { QStringLiteral("geometry"), QJsonValue::Null },
                { QStringLiteral("properties"),
                    QJsonObject {
                        { QStringLiteral("target_collection"), QStringLiteral("cam_events") },
                        { QStringLiteral("target_id"), QStringLiteral("ev-3") },
                        { QStringLiteral("operator"), QStringLiteral("Nguyễn Thị Lan") } } } })
                                    .toJson(QJsonDocument::Compact);
        const QList<QPair<QByteArray, QByteArray>> json { { "Content-Type",
            "application/geo+json" } };
        QString storedAt;
        {
            auto sim = startSim(o, clock);
            QVERIFY(sim);
            simtest::Client client(sim->port());
            QCOMPARE(client.request("PUT", path, json, body).status, 201);
            const simtest::Reply stored = client.get(path);
            QCOMPARE(stored.status, 200);
            storedAt = stored.json()
                           .value(QStringLiteral("properties"))
                           .toObject()
                           .value(QStringLiteral("updated_at"))
                           .toString();
            // The retry (same id, same content) changes nothing, not even updated_at.
            clock->advanceMs(5000);
            QCOMPARE(client.request("PUT", path, json, body).status, 204);
            QCOMPARE(client.get(path)
                         .json()
                         .value(QStringLiteral("properties"))
                         .toObject()
                         .value(QStringLiteral("updated_at"))
                         .toString(),
                storedAt);
            QCOMPARE(walk(client, QStringLiteral("/collections/op_acknowledgements/items")).ids,
                QStringList { id });
            // Bad ids, bad bodies, read-only collections.
            QCOMPARE(client
                         .request("PUT", QStringLiteral("/collections/op_notes/items/not-a-uuid"),
                             json, body)
                         .status,
                400);
            QCOMPARE(client
                         .request("PUT",
                             QStringLiteral("/collections/op_notes/items/")
                                 + QUuid::createUuid().toString(QUuid::WithoutBraces),
                             json, "{")
                         .status,
                400);
            QCOMPARE(client.request("PUT", path, json, body.left(10)).status, 400);
            QCOMPARE(client
                         .request("PUT", QStringLiteral("/collections/cam_events/items/ev-1"), json,
                             body)
                         .status,
                405);
        }
        // Restart on the same state: the acknowledgement is still there.
        auto sim = startSim(o, clock);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        const simtest::Reply again = client.get(path);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("target_id"))
                     .toString(),
            QStringLiteral("ev-3"));
        QCOMPARE(again.json()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("updated_at"))
                     .toString(),
            storedAt);
    }

    // --test-control: every PUT is counted per item, even the retry storage makes
    // harmless, and the test-control paths do not exist without the option.
    void testControlCountsEveryDelivery()
    {
        SimOptions o;
        o.scale = 0.01;
        o.testControl = true;
        auto sim = startSim(o);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString path = QStringLiteral("/collections/op_notes/items/") + id;
        const QByteArray note
            = R"({"type":"Feature","geometry":null,"properties":{"text":"Kiểm tra camera"}})";
        const QByteArray changed
            = R"({"type":"Feature","geometry":null,"properties":{"text":"Đã kiểm tra"}})";
        QCOMPARE(client.request("PUT", path, {}, note).status, 201);
        QCOMPARE(client.request("PUT", path, {}, note).status, 204);
        QCOMPARE(client.request("PUT", path, {}, changed).status, 204);
        QCOMPARE(client.request("PUT", path, {}, "{").status, 400);
        QCOMPARE(
            walk(client, QStringLiteral("/collections/op_notes/items")).ids, QStringList { id });
        const QJsonObject log = client.get(QStringLiteral("/_test/deliveries")).json();
        QCOMPARE(log.value(QStringLiteral("received")).toInt(), 4);
        const QJsonArray items = log.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(item.value(QStringLiteral("collection")).toString(), QStringLiteral("op_notes"));
        QCOMPARE(item.value(QStringLiteral("received")).toInt(), 4);
        QCOMPARE(item.value(QStringLiteral("created")).toInt(), 1);
        QCOMPARE(item.value(QStringLiteral("unchanged")).toInt(), 1);
        QCOMPARE(item.value(QStringLiteral("replaced")).toInt(), 1);
        QCOMPARE(item.value(QStringLiteral("refused")).toInt(), 1);
        QCOMPARE(
            item.value(QStringLiteral("statuses")).toArray(), (QJsonArray { 201, 204, 204, 400 }));
        // A read-only collection is not a delivery target.
        QCOMPARE(
            client.request("PUT", QStringLiteral("/collections/cam_events/items/ev-1"), {}, note)
                .status,
            405);
        QCOMPARE(client.get(QStringLiteral("/_test/deliveries"))
                     .json()
                     .value(QStringLiteral("received"))
                     .toInt(),
            4);
        // The clock here is the test's own (injected): it cannot be stepped from outside.
        QCOMPARE(client.request("POST", QStringLiteral("/_test/clock?advance=60")).status, 409);

        SimOptions plain;
        plain.scale = 0.01;
        auto without = startSim(plain);
        QVERIFY(without);
        simtest::Client other(without->port());
        QCOMPARE(other.get(QStringLiteral("/_test/deliveries")).status, 404);
    }

    void authDistinguishes401And403()
    {
        SimOptions o;
        o.scale = 0.01;
        o.token = QStringLiteral("s3cret");
        o.readOnlyToken = QStringLiteral("viewer");
        auto sim = startSim(o);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        const simtest::Reply none = client.get(QStringLiteral("/collections"));
        QCOMPARE(none.status, 401);
        QVERIFY(none.header("www-authenticate").startsWith("Bearer"));
        QCOMPARE(client.get(QStringLiteral("/collections"), { { "Authorization", "Bearer wrong" } })
                     .status,
            401);
        QCOMPARE(
            client.get(QStringLiteral("/collections"), { { "Authorization", "Bearer s3cret" } })
                .status,
            200);
        QCOMPARE(
            client.get(QStringLiteral("/collections"), { { "Authorization", "Bearer viewer" } })
                .status,
            200);
        const QString put = QStringLiteral("/collections/op_notes/items/")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray note
            = R"({"type":"Feature","geometry":null,"properties":{"text":"Kiểm tra camera"}})";
        QCOMPARE(
            client.request("PUT", put, { { "Authorization", "Bearer viewer" } }, note).status, 403);
        QCOMPARE(
            client.request("PUT", put, { { "Authorization", "Bearer s3cret" } }, note).status, 201);
    }

    void minimalMode()
    {
        QTemporaryDir dir;
        const QString mapFile = dir.filePath(QStringLiteral("ids.json"));
        QFile f(mapFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"ps_dossiers": "hoso_tthc", "cam_cameras": "camera"})");
        f.close();
        SimOptions o;
        o.scale = 0.01;
        o.minimal = true;
        o.idMapFile = mapFile;
        o.pageCap = 100;
        auto sim = startSim(o);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        QStringList ids;
        for (const QJsonValue &c : client.get(QStringLiteral("/collections"))
                                       .json()
                                       .value(QStringLiteral("collections"))
                                       .toArray()) {
            ids.append(c.toObject().value(QStringLiteral("id")).toString());
            QVERIFY(!c.toObject().contains(QStringLiteral("ioc:temporalProperty")));
        }
        QVERIFY(ids.contains(QStringLiteral("hoso_tthc")));
        QVERIFY(!ids.contains(QStringLiteral("ps_dossiers")));
        QCOMPARE(client.get(QStringLiteral("/collections/ps_dossiers/items")).status, 404);

        const simtest::Reply page = client.get(QStringLiteral(
            "/collections/hoso_tthc/items?limit=5000&datetime=2030-01-01T00:00:00Z/.."));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("etag").isEmpty());
        QVERIFY(page.header("last-modified").isEmpty());
        // Its own cap whatever limit asks, and datetime ignored (2030 would match nothing).
        QCOMPARE(page.json().value(QStringLiteral("numberReturned")).toInt(), 100);
        const Chain chain = walk(client, QStringLiteral("/collections/camera/items?limit=5000"));
        QCOMPARE(chain.ids.size(), 1800);
        QCOMPARE(chain.pages, 18);
        QCOMPARE(chain.pagesWithoutNext, 1);
        const QString put = QStringLiteral("/collections/op_notes/items/")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(
            client.request("PUT", put, {}, R"({"type":"Feature","properties":{}})").status, 405);
    }

    void snapshotIsJpeg()
    {
        SimOptions o;
        o.scale = 0.01;
        auto sim = startSim(o);
        QVERIFY(sim);
        simtest::Client client(sim->port());
        const simtest::Reply r = client.get(QStringLiteral("/snapshots/cam-5.jpg"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("image/jpeg"));
        QVERIFY(r.body.startsWith("\xFF\xD8"));
        QImage img;
        QVERIFY(img.loadFromData(r.body, "JPEG"));
        QCOMPARE(img.size(), QSize(480, 270));
        QCOMPARE(client.get(QStringLiteral("/snapshots/cam-999999.jpg")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSimConformance)
#include "tst_sim_conformance.moc"
