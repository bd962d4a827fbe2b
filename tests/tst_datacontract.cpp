// The modules' data contracts (core::Module::dataContract()) against the code that reads the
// collections:
//  - structure: one contract per owned collection and no other, unique property names,
//    allowed values only on strings, a purpose everywhere;
//  - the alert rules: every property a built-in rule reads (filters, values, times, groups,
//    series, plan matches, lookups, message and dedup fields) is in the contract of the
//    collection's owner, and the words it compares with are among the allowed values;
//  - the dashboards and projections: a fixture cache holding every property the protocol
//    lists (docs/protocol.md), and a second one holding only the contracts' properties,
//    give every module the same figures, charts, map layers and projection tables. A
//    property a provider or a migration reads but the contract lacks makes them differ.
// Not covered: what only widgets read — the Records columns, the Facility and Camera tabs,
// the camera grid (snapshot_url), the directive dialog (doc_agencies.active) — and message
// fields named like the engine's own ({period}).
//
// Over 600 lines: one QtTest executable, because its checks share one fixture (every
// module and its contracts, gathered once in initTestCase) and compare them all.

#include "adminfixture.h"
#include "alerts/rulebook.h"
#include "alerts/valueexpression.h"
#include "core/datacontract.h"
#include "core/moduleregistry.h"
#include "modulecatalog.h"
#include "ui/uimodule.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace ioc;
using namespace ioc::test;

namespace {

const QDate kToday(2026, 11, 20);
const QString kReformDay = QStringLiteral("2025-07-01");

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Units of adminfixture.h: old communes 1001-1003 (districts 436, 437), new ones 2001-2002.
QString oldCommune(int i)
{
    return QStringLiteral("100%1").arg(i % 3 + 1);
}
QString newCommune(int i)
{
    return QStringLiteral("200%1").arg(i % 2 + 1);
}
QPointF placeOf(const QString &unit)
{
    if (unit == QLatin1String("2001") || unit == QLatin1String("1001"))
        return { 105.90, 18.35 };
    if (unit == QLatin1String("1002"))
        return { 105.91, 18.33 };
    if (unit == QLatin1String("1003") || unit == QLatin1String("437"))
        return { 105.70, 18.53 };
    return { 105.80, 18.45 };
}

core::Feature point(const QString &collection, const QString &id, const QString &unit,
    const QJsonObject &properties, int jitter = 0)
{
    const QPointF p = placeOf(unit);
    return pointFeature(
        collection, id, p.x() + jitter * 0.001, p.y() + jitter * 0.0007, properties);
}

// --- The fixture: every property of docs/protocol.md's table, values that exercise the
// providers (both eras, every status, now and a year ago). ---

QList<core::Feature> socioeconomicFeatures()
{
    struct Spec
    {
        const char *code;
        const char *name;
        const char *unit;
        bool quarterly;
        bool rate;
        bool higherIsBetter;
        double base;
    };
    const QList<Spec> specs {
        { "BUDGET_REV", "Thu ngân sách", "tỷ đồng", false, false, true, 1200 },
        { "CPI", "Chỉ số giá tiêu dùng", "%", false, true, false, 103 },
        { "EXPORT", "Kim ngạch xuất khẩu", "triệu USD", false, false, true, 150 },
        { "INVESTMENT", "Vốn đầu tư thực hiện", "tỷ đồng", true, false, true, 9000 },
        { "GRDP_GROWTH", "Tăng trưởng GRDP", "%", true, true, true, 7 },
    };
    QList<core::Feature> out;
    int n = 0;
    for (const Spec &s : specs) {
        const QString code = QString::fromLatin1(s.code);
        out << attributeFeature(QStringLiteral("se_indicators"), code,
            QJsonObject { { QStringLiteral("code"), code },
                { QStringLiteral("name"), QString::fromUtf8(s.name) },
                { QStringLiteral("unit"), QString::fromUtf8(s.unit) },
                { QStringLiteral("frequency"),
                    s.quarterly ? QStringLiteral("quarterly") : QStringLiteral("monthly") },
                { QStringLiteral("aggregation"),
                    s.rate ? QStringLiteral("rate") : QStringLiteral("sum") },
                { QStringLiteral("higher_is_better"), s.higherIsBetter },
                { QStringLiteral("source"), QStringLiteral("Cục Thống kê") } });
        for (int year = 2025; year <= 2026; ++year)
            out << attributeFeature(QStringLiteral("se_targets"),
                QStringLiteral("tgt-%1-%2").arg(code).arg(year),
                QJsonObject { { QStringLiteral("indicator"), code },
                    { QStringLiteral("year"), year },
                    { QStringLiteral("target"),
                        s.rate ? s.base * (s.higherIsBetter ? 1.01 : 0.99)
                               : s.base * (s.quarterly ? 4 : 12) * (year == 2026 ? 1.1 : 1.0) },
                    { QStringLiteral("unit"), QString::fromUtf8(s.unit) },
                    { QStringLiteral("unit_code"), QStringLiteral("42") },
                    { QStringLiteral("name"), QString::fromUtf8(s.name) } });
        const int step = s.quarterly ? 3 : 1;
        for (QDate start(2024, 10, 1); start <= QDate(2026, 10, 1); start = start.addMonths(step)) {
            const QString period = s.quarterly
                ? QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1)
                : start.toString(QStringLiteral("yyyy-MM"));
            const bool before = start < QDate(2025, 7, 1);
            const QStringList units = before
                ? QStringList { QStringLiteral("42"), QStringLiteral("436"), QStringLiteral("437") }
                : QStringList { QStringLiteral("42"), QStringLiteral("2001"),
                      QStringLiteral("2002") };
            for (int u = 0; u < units.size(); ++u) {
                const int k = start.year() * 12 + start.month();
                const double wave = ((k * 7 + u * 3) % 11) / 10.0;
                const double value = s.rate
                    ? s.base + wave - 0.5
                    : s.base * step * (u == 0 ? 1.0 : 0.4 + 0.2 * u) * (0.9 + 0.02 * wave);
                out << attributeFeature(QStringLiteral("se_observations"),
                    QStringLiteral("obs-%1").arg(n++),
                    QJsonObject { { QStringLiteral("indicator"), code },
                        { QStringLiteral("unit_code"), units[u] },
                        { QStringLiteral("period"), period },
                        { QStringLiteral("period_start"), start.toString(Qt::ISODate) },
                        { QStringLiteral("frequency"),
                            s.quarterly ? QStringLiteral("quarterly") : QStringLiteral("monthly") },
                        { QStringLiteral("value"), value },
                        { QStringLiteral("unit"), QString::fromUtf8(s.unit) } });
            }
        }
    }
    // Plans public services reads by id.
    for (const char *code : { "ONTIME_RATE", "ONLINE_RATE" })
        out << attributeFeature(QStringLiteral("se_targets"),
            QStringLiteral("tgt-%1-2026").arg(QLatin1String(code)),
            QJsonObject { { QStringLiteral("indicator"), QLatin1String(code) },
                { QStringLiteral("year"), 2026 }, { QStringLiteral("target"), 95 },
                { QStringLiteral("unit"), QStringLiteral("%") },
                { QStringLiteral("unit_code"), QStringLiteral("42") },
                { QStringLiteral("name"), QLatin1String(code) } });
    return out;
}

QList<core::Feature> publicServicesFeatures()
{
    QList<core::Feature> out;
    // office-i: its commune before and after the reform.
    const QStringList before { QStringLiteral("1001"), QStringLiteral("1002"),
        QStringLiteral("1003"), QStringLiteral("1001") };
    const QStringList after { QStringLiteral("2001"), QStringLiteral("2002"),
        QStringLiteral("2002"), QStringLiteral("2001") };
    // office-3: closed, off the map.
    for (int i = 0; i < 4; ++i)
        out << point(QStringLiteral("ps_offices"), QStringLiteral("office-%1").arg(i),
            i == 2 ? before[i] : after[i],
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Bộ phận một cửa %1").arg(i) },
                { QStringLiteral("level"), QStringLiteral("commune") },
                { QStringLiteral("agency_code"), QStringLiteral("AG%1").arg(i) },
                { QStringLiteral("unit_code"), i == 2 ? before[i] : after[i] },
                { QStringLiteral("address"), QStringLiteral("Số %1 đường Trần Phú").arg(i + 1) },
                { QStringLiteral("valid_from"),
                    i == 2 ? QStringLiteral("2020-01-01") : QStringLiteral("2025-07-01") },
                { QStringLiteral("valid_to"), QJsonValue::Null },
                { QStringLiteral("active"), i < 3 } },
            i);
    const QStringList statuses { QStringLiteral("received"), QStringLiteral("processing"),
        QStringLiteral("additional_info_required"), QStringLiteral("rejected") };
    const QStringList fields { QStringLiteral("Đất đai"), QStringLiteral("Hộ tịch"),
        QStringLiteral("Xây dựng") };
    const QDateTime first = at(QDate(2025, 5, 1), 1);
    const QDateTime recent = at(QDate(2026, 1, 1), 1);
    for (int i = 0; i < 1600; ++i) {
        const QDateTime received = i < 400
            ? first.addSecs(qint64(i) * first.secsTo(recent) / 400)
            : recent.addSecs(qint64(i - 400) * recent.secsTo(at(kToday, 9)) / 1200);
        const int office = i % 3;
        const bool old = received.date() < QDate(2025, 7, 1);
        const QString unit = old ? before[office] : after[office];
        const QDateTime due = received.addDays(7);
        QString status = i % 10 < 4 ? statuses[i % 10] : QStringLiteral("resolved");
        QDateTime resolved = received.addDays(i % 12).addSecs(3600 * (i % 5));
        if (status == QLatin1String("resolved") && resolved > at(kToday, 9))
            status = QStringLiteral("processing");
        const bool done = status == QLatin1String("resolved");
        out << attributeFeature(QStringLiteral("ps_dossiers"), QStringLiteral("HS-%1").arg(i),
            QJsonObject { { QStringLiteral("code"), QStringLiteral("000.00.%1").arg(i) },
                { QStringLiteral("name"), QStringLiteral("Hồ sơ %1").arg(i) },
                { QStringLiteral("procedure_code"), QStringLiteral("1.00%1").arg(i % 7) },
                { QStringLiteral("procedure"), QStringLiteral("Thủ tục %1").arg(i % 7) },
                { QStringLiteral("field"), fields[(i / 2) % 3] },
                { QStringLiteral("agency"),
                    i % 3 == 2 ? QStringLiteral("Sở Xây dựng") : QStringLiteral("Sở Tư pháp") },
                { QStringLiteral("office_id"), QStringLiteral("office-%1").arg(office) },
                { QStringLiteral("unit_code"), unit },
                { QStringLiteral("channel"),
                    i % 3 == 0 ? QStringLiteral("in_person") : QStringLiteral("online") },
                { QStringLiteral("applicant"), QStringLiteral("Nguyễn Văn %1").arg(i) },
                { QStringLiteral("received_at"), utc(received) },
                { QStringLiteral("due_at"), utc(due) },
                { QStringLiteral("resolved_at"), done ? QJsonValue(utc(resolved)) : QJsonValue() },
                { QStringLiteral("status"), status },
                { QStringLiteral("on_time"),
                    done ? QJsonValue(resolved <= due) : QJsonValue(QJsonValue::Null) } });
    }
    return out;
}

QList<core::Feature> documentsFeatures()
{
    QList<core::Feature> out;
    struct Agency
    {
        const char *unit;
        const char *level;
        bool active;
    };
    const QList<Agency> agencies { { "42", "province", true }, { "436", "district", false },
        { "2001", "commune", true }, { "2002", "commune", true } };
    for (int i = 0; i < agencies.size(); ++i)
        out << point(QStringLiteral("doc_agencies"), QStringLiteral("ag-%1").arg(i),
            QLatin1String(agencies[i].unit),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Cơ quan %1").arg(i) },
                { QStringLiteral("code"), QStringLiteral("000.%1").arg(i) },
                { QStringLiteral("level"), QLatin1String(agencies[i].level) },
                { QStringLiteral("unit_code"), QLatin1String(agencies[i].unit) },
                { QStringLiteral("active"), agencies[i].active } },
            i);
    const QStringList urgencies { QStringLiteral("normal"), QStringLiteral("normal"),
        QStringLiteral("urgent"), QStringLiteral("flash") };
    const QDateTime first = at(QDate(2025, 10, 1), 2);
    const qint64 span = first.secsTo(at(kToday, 8));
    for (int i = 0; i < 400; ++i) {
        const QDateTime issued = first.addSecs(qint64(i) * span / 400);
        const bool incoming = i % 2 == 0;
        const QString local = QStringLiteral("ag-%1").arg(1 + i % 3);
        out << attributeFeature(QStringLiteral("doc_documents"), QStringLiteral("vb-%1").arg(i),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Văn bản %1").arg(i) },
                { QStringLiteral("number"), QStringLiteral("%1/UBND").arg(i) },
                { QStringLiteral("kind"), QStringLiteral("cong_van") },
                { QStringLiteral("direction"),
                    incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing") },
                { QStringLiteral("from_agency"), incoming ? local : QStringLiteral("ag-0") },
                { QStringLiteral("to_agency"), incoming ? QStringLiteral("ag-0") : local },
                { QStringLiteral("signer"), QStringLiteral("Trần Văn %1").arg(i % 5) },
                { QStringLiteral("urgency"), urgencies[i % 4] },
                { QStringLiteral("issued_at"), utc(issued) },
                { QStringLiteral("unit_code"), QLatin1String(agencies[1 + i % 3].unit) } });
    }
    const QDateTime now = at(kToday, 9);
    for (int i = 0; i < 240; ++i) {
        const QDateTime assigned = first.addSecs(qint64(i) * span / 240);
        const QDateTime deadline = assigned.addDays(10);
        QDateTime completed = assigned.addDays(i % 15).addSecs(1800);
        const bool open = i % 4 == 0 || completed > now;
        const QString status = open
            ? (deadline < now ? QStringLiteral("overdue") : QStringLiteral("in_progress"))
            : QStringLiteral("done");
        out << attributeFeature(QStringLiteral("doc_tasks"), QStringLiteral("nv-%1").arg(i),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Nhiệm vụ %1").arg(i) },
                { QStringLiteral("assigned_by"), QStringLiteral("Chủ tịch UBND tỉnh") },
                { QStringLiteral("assignee_agency"), QStringLiteral("ag-%1").arg(i % 4) },
                { QStringLiteral("source_document"), QStringLiteral("vb-%1").arg(i) },
                { QStringLiteral("assigned_at"), utc(assigned) },
                { QStringLiteral("deadline"), utc(deadline) },
                { QStringLiteral("completed_at"),
                    open ? QJsonValue() : QJsonValue(utc(completed)) },
                { QStringLiteral("status"), status },
                { QStringLiteral("on_time"),
                    open ? QJsonValue(QJsonValue::Null) : QJsonValue(completed <= deadline) },
                { QStringLiteral("unit_code"), QLatin1String(agencies[i % 4].unit) } });
    }
    out << attributeFeature(QStringLiteral("op_directives"),
        QStringLiteral("6f1c2d3e-0000-4000-8000-000000000001"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Kiểm tra hồ sơ quá hạn") },
            { QStringLiteral("assignee_agency"), QStringLiteral("ag-2") },
            { QStringLiteral("assigned_by"), QStringLiteral("operator") },
            { QStringLiteral("assigned_at"), utc(at(kToday, 2)) },
            { QStringLiteral("deadline"), utc(at(kToday.addDays(7), 10)) },
            { QStringLiteral("status"), QStringLiteral("in_progress") },
            { QStringLiteral("completed_at"), QJsonValue::Null },
            { QStringLiteral("on_time"), QJsonValue::Null },
            { QStringLiteral("module"), QStringLiteral("publicservices") },
            { QStringLiteral("source"), QStringLiteral("kpi:publicservices/overdue") } });
    return out;
}

QList<core::Feature> healthFeatures()
{
    QList<core::Feature> out;
    struct Facility
    {
        const char *kind;
        const char *unit;
        int beds;
        bool standard;
    };
    const QList<Facility> facilities { { "general_hospital", "2001", 100, true },
        { "district_medical_centre", "2002", 50, true },
        { "commune_health_station", "2002", 5, false },
        { "specialist_hospital", "2001", 80, false },
        { "commune_health_station", "2001", 4, true } };
    for (int i = 0; i < facilities.size(); ++i)
        out << point(QStringLiteral("health_facilities"), QStringLiteral("hf-%1").arg(i),
            QLatin1String(facilities[i].unit),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Cơ sở y tế %1").arg(i) },
                { QStringLiteral("kind"), QLatin1String(facilities[i].kind) },
                { QStringLiteral("beds"), facilities[i].beds },
                { QStringLiteral("unit_code"), QLatin1String(facilities[i].unit) },
                { QStringLiteral("national_standard"), facilities[i].standard } },
            i);
    int n = 0;
    auto occupancyDays = [&](const QDate &from, const QDate &to) {
        for (QDate d = from; d <= to; d = d.addDays(1))
            for (int f : { 0, 1, 3 }) {
                const int beds = facilities[f].beds;
                const int occupied = beds * (60 + (d.dayOfYear() * (f + 3)) % 50) / 100;
                out << attributeFeature(QStringLiteral("health_occupancy"),
                    QStringLiteral("ho-%1-%2").arg(f).arg(d.toString(QStringLiteral("yyyyMMdd"))),
                    QJsonObject { { QStringLiteral("facility_id"), QStringLiteral("hf-%1").arg(f) },
                        { QStringLiteral("date"), d.toString(Qt::ISODate) },
                        { QStringLiteral("beds"), beds }, { QStringLiteral("occupied"), occupied },
                        { QStringLiteral("occupancy_rate"),
                            std::round(occupied * 1000.0 / beds) / 10.0 },
                        { QStringLiteral("admissions"), occupied / 5 },
                        { QStringLiteral("discharges"), occupied / 6 },
                        { QStringLiteral("unit_code"), QLatin1String(facilities[f].unit) } });
                ++n;
            }
    };
    occupancyDays(QDate(2025, 10, 1), QDate(2025, 11, 30));
    occupancyDays(QDate(2026, 6, 1), kToday);
    const QStringList diseases { QStringLiteral("dengue"), QStringLiteral("influenza"),
        QStringLiteral("hfmd") };
    n = 0;
    for (QDate monday(2025, 5, 5); monday <= kToday; monday = monday.addDays(7)) {
        const bool old = monday < QDate(2025, 7, 1);
        for (int u = 0; u < (old ? 3 : 2); ++u)
            for (int k = 0; k < diseases.size(); ++k) {
                const int w = monday.weekNumber();
                out << attributeFeature(QStringLiteral("health_cases"),
                    QStringLiteral("hc-%1").arg(n++),
                    QJsonObject { { QStringLiteral("disease"), diseases[k] },
                        { QStringLiteral("name"), QStringLiteral("%1 %2").arg(diseases[k]).arg(w) },
                        { QStringLiteral("week"),
                            QStringLiteral("%1-W%2")
                                .arg(monday.year())
                                .arg(w, 2, 10, QLatin1Char('0')) },
                        { QStringLiteral("week_start"), monday.toString(Qt::ISODate) },
                        { QStringLiteral("unit_code"), old ? oldCommune(u) : newCommune(u) },
                        { QStringLiteral("cases"),
                            (w * (u + 2) + k * 5) % 13 + (w == 44 && k == 0 ? 30 : 0) },
                        { QStringLiteral("deaths"), k == 0 && w % 9 == 0 ? 1 : 0 } });
            }
    }
    n = 0;
    for (QDate month(2025, 5, 1); month <= QDate(2026, 10, 1); month = month.addMonths(1)) {
        const bool old = month < QDate(2025, 7, 1);
        for (int u = 0; u < (old ? 3 : 2); ++u)
            for (const QString &vaccine : { QStringLiteral("DPT"), QStringLiteral("MR") }) {
                const int target = 40 + 20 * u;
                const int vaccinated = target - (month.month() + u) % 9;
                out << attributeFeature(QStringLiteral("health_vaccination"),
                    QStringLiteral("vx-%1").arg(n++),
                    QJsonObject { { QStringLiteral("vaccine"), vaccine },
                        { QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM")) },
                        { QStringLiteral("unit_code"), old ? oldCommune(u) : newCommune(u) },
                        { QStringLiteral("target_population"), target },
                        { QStringLiteral("vaccinated"), vaccinated },
                        { QStringLiteral("coverage_pct"),
                            std::round(vaccinated * 1000.0 / target) / 10.0 } });
            }
    }
    return out;
}

QList<core::Feature> educationFeatures()
{
    QList<core::Feature> out;
    const QStringList levels { QStringLiteral("preschool"), QStringLiteral("primary"),
        QStringLiteral("lower_secondary"), QStringLiteral("upper_secondary"),
        QStringLiteral("multi_level") };
    const int schools = 8;
    for (int i = 0; i < schools; ++i)
        out << point(QStringLiteral("edu_schools"), QStringLiteral("sch-%1").arg(i), newCommune(i),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Trường %1").arg(i) },
                { QStringLiteral("level"), levels[i % levels.size()] },
                { QStringLiteral("students"), 300 + 70 * i },
                { QStringLiteral("teachers"), 12 + i }, { QStringLiteral("classes"), 10 + i },
                { QStringLiteral("national_standard"), i % 3 != 0 },
                { QStringLiteral("unit_code"), newCommune(i) } },
            i);
    const QList<QJsonValue> causes { QStringLiteral("storm"), QStringLiteral("flood"),
        QStringLiteral("other"), QJsonValue(QJsonValue::Null) };
    auto days = [&](const QDate &from, const QDate &to) {
        for (QDate d = from; d <= to; d = d.addDays(1))
            for (int i = 0; i < schools; ++i) {
                const bool closed = (i + d.day()) % 5 == 0;
                out << attributeFeature(QStringLiteral("edu_school_days"),
                    QStringLiteral("sd-%1-%2").arg(i).arg(d.toString(QStringLiteral("yyyyMMdd"))),
                    QJsonObject { { QStringLiteral("school_id"), QStringLiteral("sch-%1").arg(i) },
                        { QStringLiteral("date"), d.toString(Qt::ISODate) },
                        { QStringLiteral("status"),
                            closed ? QStringLiteral("closed") : QStringLiteral("open") },
                        { QStringLiteral("cause"),
                            closed ? causes[(i + d.day()) % 4] : QJsonValue(QJsonValue::Null) },
                        { QStringLiteral("unit_code"), newCommune(i) } });
            }
    };
    days(QDate(2025, 11, 1), QDate(2025, 11, 20));
    days(QDate(2026, 10, 1), kToday);
    return out;
}

QList<core::Feature> tourismFeatures()
{
    QList<core::Feature> out;
    const QStringList kinds { QStringLiteral("hotel"), QStringLiteral("guesthouse"),
        QStringLiteral("homestay"), QStringLiteral("resort") };
    const int establishments = 5;
    for (int i = 0; i < establishments; ++i)
        out << point(QStringLiteral("tour_establishments"), QStringLiteral("ts-%1").arg(i),
            newCommune(i),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Khách sạn %1").arg(i) },
                { QStringLiteral("kind"), kinds[i % kinds.size()] },
                { QStringLiteral("rooms"), 20 + 10 * i }, { QStringLiteral("stars"), i % 5 },
                { QStringLiteral("beach"), i % 2 == 0 },
                { QStringLiteral("unit_code"), newCommune(i) } },
            i);
    auto stays = [&](const QDate &from, const QDate &to) {
        for (QDate d = from; d <= to; d = d.addDays(1))
            for (int i = 0; i < establishments; ++i) {
                if (i == 4 && d > kToday.addDays(-10))
                    continue; // stopped reporting
                const int rooms = 20 + 10 * i;
                const int occupied = rooms * (30 + (d.dayOfYear() * (i + 2)) % 71) / 100;
                out << attributeFeature(QStringLiteral("tour_occupancy"),
                    QStringLiteral("to-%1-%2").arg(i).arg(d.toString(QStringLiteral("yyyyMMdd"))),
                    QJsonObject {
                        { QStringLiteral("establishment_id"), QStringLiteral("ts-%1").arg(i) },
                        { QStringLiteral("date"), d.toString(Qt::ISODate) },
                        { QStringLiteral("rooms"), rooms },
                        { QStringLiteral("rooms_occupied"), occupied },
                        { QStringLiteral("occupancy_rate"),
                            std::round(occupied * 1000.0 / rooms) / 10.0 },
                        { QStringLiteral("guests"), occupied * 2 },
                        { QStringLiteral("international_guests"), occupied / 4 },
                        { QStringLiteral("unit_code"), newCommune(i) } });
            }
    };
    stays(QDate(2025, 8, 1), QDate(2025, 11, 30));
    stays(QDate(2026, 8, 1), kToday);
    const QStringList attractionUnits { QStringLiteral("436"), QStringLiteral("437") };
    for (int a = 0; a < 2; ++a)
        out << point(QStringLiteral("tour_attractions"), QStringLiteral("ta-%1").arg(a),
            attractionUnits[a],
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Điểm du lịch %1").arg(a) },
                { QStringLiteral("kind"),
                    a == 0 ? QStringLiteral("beach") : QStringLiteral("heritage") },
                { QStringLiteral("annual_visitors"), 100000 * (a + 1) },
                { QStringLiteral("unit_code"), attractionUnits[a] } },
            a);
    int n = 0;
    for (QDate month(2024, 11, 1); month <= QDate(2026, 10, 1); month = month.addMonths(1))
        for (int a = -1; a < 2; ++a) {
            const int visitors = (a < 0 ? 300000 : 40000 * (a + 2)) + 5000 * (month.month() % 7);
            out << attributeFeature(QStringLiteral("tour_arrivals"),
                QStringLiteral("tv-%1").arg(n++),
                QJsonObject {
                    { QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM")) },
                    { QStringLiteral("attraction_id"),
                        a < 0 ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(QStringLiteral("ta-%1").arg(a)) },
                    { QStringLiteral("name"), QStringLiteral("Lượt khách %1").arg(a) },
                    { QStringLiteral("unit_code"),
                        a < 0 ? QStringLiteral("42") : attractionUnits[a] },
                    { QStringLiteral("visitors"), visitors },
                    { QStringLiteral("overnight_visitors"), visitors / 3 },
                    { QStringLiteral("international_visitors"), visitors / 12 } });
        }
    return out;
}

QList<core::Feature> camerasFeatures()
{
    QList<core::Feature> out;
    const QStringList statuses { QStringLiteral("online"), QStringLiteral("online"),
        QStringLiteral("offline"), QStringLiteral("degraded") };
    const int cameras = 8;
    for (int i = 0; i < cameras; ++i) {
        const QString &status = statuses[i % statuses.size()];
        const QDateTime heartbeat = status == QLatin1String("offline")
            ? at(kToday, 10).addSecs(-3600 * 5 * i)
            : at(kToday, 16, 55);
        out << point(QStringLiteral("cam_cameras"), QStringLiteral("cam-%1").arg(i), newCommune(i),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Camera %1").arg(i) },
                { QStringLiteral("kind"),
                    i % 2 ? QStringLiteral("security") : QStringLiteral("traffic") },
                { QStringLiteral("status"), status },
                { QStringLiteral("last_heartbeat"), utc(heartbeat) },
                { QStringLiteral("unit_code"), newCommune(i) },
                { QStringLiteral("ai_enabled"), i % 3 != 0 },
                { QStringLiteral("snapshot_url"),
                    QStringLiteral("/snapshots/cam-%1.jpg").arg(i) } },
            i);
    }
    const QStringList kinds { QStringLiteral("traffic"), QStringLiteral("crowd"),
        QStringLiteral("fire_smoke"), QStringLiteral("flooding") };
    const QStringList subkinds { QStringLiteral("wrong_way"), QStringLiteral("gathering"),
        QStringLiteral("smoke"), QStringLiteral("water_on_road") };
    int n = 0;
    auto events = [&](const QDate &from, const QDate &to) {
        for (QDate d = from; d <= to; d = d.addDays(1))
            for (int k = 0; k < 4; ++k) {
                const int cam = (n * 3) % cameras;
                const QDateTime when = at(d, (k * 5 + n) % 17, (n * 7) % 60);
                out << point(QStringLiteral("cam_events"), QStringLiteral("ev-%1").arg(n),
                    newCommune(cam),
                    QJsonObject {
                        { QStringLiteral("name"), QStringLiteral("Phát hiện %1").arg(subkinds[k]) },
                        { QStringLiteral("camera_id"), QStringLiteral("cam-%1").arg(cam) },
                        { QStringLiteral("kind"), kinds[(k + n) % 4] },
                        { QStringLiteral("subkind"), subkinds[(k + n) % 4] },
                        { QStringLiteral("confidence"), 0.5 + (n % 50) / 100.0 },
                        { QStringLiteral("detected_at"), utc(when) },
                        { QStringLiteral("unit_code"), newCommune(cam) },
                        { QStringLiteral("snapshot_url"),
                            QStringLiteral("/snapshots/cam-%1.jpg").arg(cam) } },
                    cam);
                ++n;
            }
    };
    events(QDate(2025, 11, 14), QDate(2025, 11, 20));
    events(QDate(2026, 10, 14), kToday);
    return out;
}

QList<core::Feature> fixtureFeatures()
{
    return socioeconomicFeatures() + publicServicesFeatures() + documentsFeatures()
        + healthFeatures() + educationFeatures() + tourismFeatures() + camerasFeatures();
}

// Shared op_notes (no module's contract): operators' verdicts on some detections of the
// month, so the cameras' false-positive figures have something to count.
QList<core::Feature> eventReviews(const QList<core::Feature> &features)
{
    QList<core::Feature> out;
    int n = 0;
    for (const core::Feature &f : features) {
        if (f.collection != QLatin1String("cam_events"))
            continue;
        const QJsonObject event = QJsonDocument::fromJson(f.propertiesJson).object();
        const QString detected = event.value(QLatin1String("detected_at")).toString();
        if (detected < QLatin1String("2026-11-01") || n++ % 3 != 0)
            continue;
        out << attributeFeature(QStringLiteral("op_notes"),
            QStringLiteral("6f1c2d3e-0000-4000-9000-%1").arg(n, 12, 10, QLatin1Char('0')),
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("event_review") },
                { QStringLiteral("target_collection"), QStringLiteral("cam_events") },
                { QStringLiteral("target_id"), f.id }, { QStringLiteral("event_id"), f.id },
                { QStringLiteral("camera_id"), event.value(QLatin1String("camera_id")) },
                { QStringLiteral("verdict"),
                    n % 2 ? QStringLiteral("confirmed") : QStringLiteral("false_positive") },
                { QStringLiteral("operator"), QStringLiteral("operator") },
                { QStringLiteral("reviewed_at"), detected } });
    }
    return out;
}

// The features with only what the owner's contract declares (and updated_at).
QList<core::Feature> stripped(const QList<core::Feature> &features,
    const QHash<QString, const core::CollectionContract *> &contracts)
{
    QList<core::Feature> out;
    for (core::Feature f : features) {
        const core::CollectionContract *contract = contracts.value(f.collection);
        const QJsonObject all = QJsonDocument::fromJson(f.propertiesJson).object();
        QJsonObject kept;
        for (auto it = all.constBegin(); it != all.constEnd(); ++it)
            if (it.key() == QLatin1String("updated_at")
                || (contract && contract->property(it.key())))
                kept.insert(it.key(), it.value());
        f.propertiesJson = QJsonDocument(kept).toJson(QJsonDocument::Compact);
        out.append(f);
    }
    return out;
}

QStringList tables(const core::SqliteFile &mirror)
{
    QStringList names;
    QSqlQuery q(mirror.connection());
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        while (q.next())
            names.append(q.value(0).toString());
    return names;
}

// Every row of a table, in fid order, as text.
QString tableText(const core::SqliteFile &mirror, const QString &table)
{
    QString out;
    QSqlQuery q(mirror.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)))
        return QStringLiteral("error: ") + table;
    while (q.next()) {
        const QSqlRecord r = q.record();
        QStringList cells;
        for (int i = 0; i < r.count(); ++i)
            cells.append(r.fieldName(i) + QLatin1Char('=')
                + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString()));
        out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
    }
    return out;
}

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QStringLiteral("-");
}

QString numbers(const QVector<double> &values)
{
    QStringList out;
    for (double v : values)
        out.append(std::isnan(v) ? QStringLiteral("nan") : QString::number(v, 'g', 12));
    return out.join(QLatin1Char(','));
}

// Everything a dock shows of a dashboard, as lines of text (the first difference is then
// easy to read in a failure).
QStringList describe(const core::DashboardData &d)
{
    QStringList lines;
    for (const core::KpiValue &k : d.kpis)
        lines << QStringLiteral("kpi %1 [%2 %3] %4 prev %5 ly %6 plan %7 (%8) trend %9")
                     .arg(k.id, k.label, k.unit, number(k.value), number(k.previous),
                         number(k.lastYear), number(k.plan), k.periodLabel, numbers(k.trend));
    lines << QStringLiteral("trend labels %1").arg(d.trendLabels.join(QLatin1Char(',')));
    for (const core::ChartData &c : d.charts) {
        lines << QStringLiteral("chart %1 [%2 %3] kind %4 reform %5 note %6")
                     .arg(c.id, c.title, c.unit)
                     .arg(int(c.kind))
                     .arg(c.reformIndex)
                     .arg(c.note);
        lines << QStringLiteral("  categories %1").arg(c.categories.join(QLatin1Char(',')));
        for (const core::ChartSeries &s : c.series)
            lines << QStringLiteral("  series %1: %2").arg(s.name, numbers(s.values));
    }
    QStringList districts = d.choropleth.keys();
    districts.sort();
    for (const QString &code : districts)
        lines << QStringLiteral("choropleth %1 %2").arg(code, number(d.choropleth.value(code)));
    lines << QStringLiteral("choropleth [%1 %2] higher is better %3")
                 .arg(d.choroplethTitle, d.choroplethUnit)
                 .arg(d.choroplethHigherIsBetter);
    for (const core::DashboardLayer &layer : d.layers) {
        QStringList keys = layer.colours.keys();
        keys.sort();
        lines << QStringLiteral("layer %1 radius %2 z %3 clustered %4 colours %5")
                     .arg(layer.id)
                     .arg(layer.radiusPx)
                     .arg(layer.zOrder)
                     .arg(layer.clustered)
                     .arg(keys.join(QLatin1Char(',')));
        for (const core::DashboardPoint &p : layer.points)
            lines << QStringLiteral("  point %1 %2 %3 %4 %5")
                         .arg(p.id)
                         .arg(p.lon, 0, 'f', 6)
                         .arg(p.lat, 0, 'f', 6)
                         .arg(p.styleKey, p.tooltip);
    }
    for (const auto &choice : d.selectorChoices)
        lines << QStringLiteral("choice %1 %2").arg(choice.first, choice.second);
    lines << QStringLiteral("selector [%1] %2").arg(d.selectorLabel, d.selectorValue);
    lines << QStringLiteral("notice %1").arg(d.notice);
    return lines;
}

struct FixtureCache
{
    std::unique_ptr<core::LocalCache> cache;
    QHash<QString, QStringList> moduleTables; // module id -> tables its migrations made
};

FixtureCache openCache(
    const QString &dir, const core::ModuleRegistry &registry, const QList<core::Feature> &features)
{
    FixtureCache fixture;
    auto cache = std::make_unique<core::LocalCache>(dir);
    if (const core::CacheError e = cache->open()) {
        qWarning("cannot open the cache: %s", qPrintable(e.message));
        return {};
    }
    for (const auto &module : registry.modules()) {
        const QStringList existing = tables(cache->mirror());
        const QSet<QString> before(existing.begin(), existing.end());
        if (const core::CacheError e
            = cache->applyModuleMigrations(module->id(), module->cacheMigrations())) {
            qWarning("%s migrations: %s", qPrintable(module->id()), qPrintable(e.message));
            return {};
        }
        QStringList made;
        for (const QString &table : tables(cache->mirror()))
            if (!before.contains(table))
                made.append(table);
        made.sort();
        fixture.moduleTables.insert(module->id(), made);
    }
    if (cache->features().upsert(adminFeatures()) || cache->features().upsert(features))
        return {};
    fixture.cache = std::move(cache);
    return fixture;
}

// A property a rule reads, and the words it compares it with.
struct RuleRead
{
    QString collection;
    QString property;
    QStringList words;
};

QList<RuleRead> readsOf(const alerts::Rule &rule)
{
    QList<RuleRead> reads;
    auto add
        = [&](const QString &collection, const QString &property, const QStringList &words = {}) {
              if (!property.isEmpty())
                  reads.append({ collection, property, words });
          };
    const QString c = rule.collection;
    for (const alerts::Filter &f : rule.where) {
        QStringList words;
        if (f.op == QLatin1String("==") || f.op == QLatin1String("!=")) {
            if (f.value.isString())
                words.append(f.value.toString());
        } else if (f.op == QLatin1String("in") || f.op == QLatin1String("not_in")) {
            for (const QJsonValue &v : f.value.toArray())
                if (v.isString())
                    words.append(v.toString());
        }
        add(c, f.property, words);
    }
    add(c, rule.recentProperty);
    for (const QString &p : rule.groupBy)
        add(c, p);
    if (!rule.valueExpression.isEmpty()) {
        alerts::ValueExpression expression;
        QString error;
        if (alerts::ValueExpression::compile(rule.valueExpression, &expression, &error))
            for (const QString &p : expression.properties)
                add(c, p);
        else
            add(c, QStringLiteral("<bad expression %1>").arg(rule.valueExpression));
    }
    add(c, rule.dueProperty);
    add(c, rule.timeProperty);
    for (const QString &p : rule.series)
        add(c, p);
    add(c, rule.orderProperty);
    add(c, rule.periodProperty);
    for (auto it = rule.match.constBegin(); it != rule.match.constEnd(); ++it) {
        add(c, it.key());
        add(rule.targetCollection, it.value());
    }
    add(rule.targetCollection, rule.targetValueProperty);
    add(rule.targetCollection, rule.targetYearProperty);
    for (const alerts::Lookup &l : rule.lookups) {
        add(c, l.from);
        add(l.collection, l.property);
    }
    // Message and dedup fields: the feature's properties, besides the engine's own fields
    // (docs/alerts.md, "Message fields") and the lookups'.
    static const QSet<QString> engineFields { QStringLiteral("actual"), QStringLiteral("age_days"),
        QStringLiteral("age_hours"), QStringLiteral("age_minutes"), QStringLiteral("age_vi"),
        QStringLiteral("age_en"), QStringLiteral("count"), QStringLiteral("days_overdue"),
        QStringLiteral("due"), QStringLiteral("example_id"), QStringLiteral("expected"),
        QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("hours_left"),
        QStringLiteral("hours_overdue"), QStringLiteral("id"), QStringLiteral("limit"),
        QStringLiteral("min_count"), QStringLiteral("minutes_left"), QStringLiteral("newest"),
        QStringLiteral("percent"), QStringLiteral("period"), QStringLiteral("subject"),
        QStringLiteral("target"), QStringLiteral("unit_name"), QStringLiteral("value"),
        QStringLiteral("window"), QStringLiteral("year"), QStringLiteral("z") };
    static const QRegularExpression field(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QSet<QString> lookupFields;
    for (const alerts::Lookup &l : rule.lookups)
        lookupFields.insert(l.field);
    for (const QString &text : { rule.messageVi, rule.messageEn, rule.dedupKey }) {
        auto it = field.globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!engineFields.contains(name) && !lookupFields.contains(name))
                add(c, name);
        }
    }
    return reads;
}

} // namespace

class TestDataContract : public QObject
{
    Q_OBJECT

private:
    core::ModuleRegistry m_registry;
    // Contracts by collection, for every module's collection.
    QHash<QString, core::CollectionContract> m_contracts;

    const core::CollectionContract *contractOf(const QString &collection) const
    {
        const auto it = m_contracts.constFind(collection);
        return it == m_contracts.constEnd() ? nullptr : &*it;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(app::registerAllModules(m_registry, &error), qPrintable(error));
        QCOMPARE(m_registry.size(), 7);
        for (const auto &module : m_registry.modules())
            for (const core::CollectionContract &contract : module->dataContract())
                m_contracts.insert(contract.collection, contract);
        for (const core::CollectionContract &contract : core::sharedCollectionContracts())
            m_contracts.insert(contract.collection, contract);
    }

    void everyCollectionHasExactlyOneContract()
    {
        for (const auto &module : m_registry.modules()) {
            const QString id = module->id();
            QStringList contracted;
            for (const core::CollectionContract &contract : module->dataContract())
                contracted.append(contract.collection);
            for (const QString &collection : module->collections())
                QVERIFY2(contracted.count(collection) == 1,
                    qPrintable(QStringLiteral("%1: %2 has %3 contracts")
                                   .arg(id, collection)
                                   .arg(contracted.count(collection))));
            for (const QString &collection : std::as_const(contracted))
                QVERIFY2(module->collections().contains(collection),
                    qPrintable(QStringLiteral("%1: contract for %2, which it does not own")
                                   .arg(id, collection)));
            QCOMPARE(contracted.size(), module->collections().size());
        }
    }

    void contractsAreWellFormed()
    {
        for (const auto &module : m_registry.modules()) {
            for (const core::CollectionContract &contract : module->dataContract()) {
                const QString where = module->id() + QLatin1Char('/') + contract.collection;
                QVERIFY2(!contract.purpose.trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(!contract.properties.isEmpty(), qPrintable(where));
                QSet<QString> names;
                for (const core::PropertyContract &p : contract.properties) {
                    const QString what = where + QLatin1Char('.') + p.name;
                    QVERIFY2(alerts::isPropertyName(p.name), qPrintable(what));
                    QVERIFY2(!names.contains(p.name), qPrintable(what + QStringLiteral(" twice")));
                    names.insert(p.name);
                    QVERIFY2(!p.purpose.trimmed().isEmpty(), qPrintable(what));
                    QVERIFY2(
                        p.allowedValues.isEmpty() || p.type == core::PropertyContract::Type::String,
                        qPrintable(what + QStringLiteral(": allowed values on a ")
                            + core::typeName(p.type)));
                    QCOMPARE(QSet<QString>(p.allowedValues.begin(), p.allowedValues.end()).size(),
                        p.allowedValues.size());
                    // Sync keeps updated_at itself; a contract names it only when figures use it.
                    QVERIFY2(p.name != QLatin1String("updated_at"), qPrintable(what));
                }
            }
        }
    }

    void markdownListsEveryContract()
    {
        QList<QPair<QString, QList<core::CollectionContract>>> modules;
        for (const auto &module : m_registry.modules())
            modules.append({ module->id(), module->dataContract() });
        const QString markdown = core::dataContractMarkdown(modules);
        for (const auto &module : m_registry.modules())
            for (const QString &collection : module->collections())
                QVERIFY2(markdown.contains(QStringLiteral("#### `%1`").arg(collection)),
                    qPrintable(collection));
    }

    void alertRulesReadOnlyContractedProperties()
    {
        alerts::RuleBook book;
        book.setDirectories({ QStringLiteral(":/alerts/rules") });
        const auto errors = book.reload();
        QVERIFY(errors.isEmpty());
        QVERIFY(!book.rules().isEmpty());
        int checked = 0;
        for (const alerts::Rule &rule : book.rules()) {
            for (const RuleRead &read : readsOf(rule)) {
                // updated_at is every feature's (sync keeps it), not a contract property.
                if (read.property == QLatin1String("updated_at"))
                    continue;
                const QString what = QStringLiteral("rule %1 reads %2.%3")
                                         .arg(rule.id, read.collection, read.property);
                const core::CollectionContract *contract = contractOf(read.collection);
                QVERIFY2(contract, qPrintable(what + QStringLiteral(": no contract")));
                const core::PropertyContract *p = contract->property(read.property);
                QVERIFY2(p, qPrintable(what + QStringLiteral(": not in the contract")));
                if (!p->allowedValues.isEmpty())
                    for (const QString &word : read.words)
                        QVERIFY2(p->allowedValues.contains(word),
                            qPrintable(
                                what + QStringLiteral(" == '%1': not an allowed value").arg(word)));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }

    // The real check: the figures need nothing the contracts leave out.
    void dashboardsNeedOnlyContractedProperties()
    {
        QHash<QString, const core::CollectionContract *> contracts;
        QHash<QString, QString> owners;
        for (const auto &module : m_registry.modules())
            for (const QString &collection : module->collections()) {
                contracts.insert(collection, contractOf(collection));
                owners.insert(collection, module->id());
            }
        const QList<core::Feature> full = fixtureFeatures();
        QSet<QString> fixtureCollections;
        for (const core::Feature &f : full) {
            QVERIFY2(owners.contains(f.collection), qPrintable(f.collection));
            fixtureCollections.insert(f.collection);
        }
        // The fixture covers every collection.
        for (const QString &collection : owners.keys())
            QVERIFY2(fixtureCollections.contains(collection), qPrintable(collection));

        QTemporaryDir fullDir;
        QTemporaryDir strippedDir;
        QVERIFY(fullDir.isValid() && strippedDir.isValid());
        // Shared collections (admin units, op_notes) are stored as they are in both.
        const QList<core::Feature> shared = eventReviews(full);
        FixtureCache withAll = openCache(fullDir.path(), m_registry, full + shared);
        FixtureCache withContract
            = openCache(strippedDir.path(), m_registry, stripped(full, contracts) + shared);
        QVERIFY(withAll.cache && withContract.cache);

        for (const auto &module : m_registry.modules()) {
            const QString id = module->id();
            // Projections: the same rows, column by column.
            for (const QString &table : withAll.moduleTables.value(id)) {
                const QString a = tableText(withAll.cache->mirror(), table);
                const QString b = tableText(withContract.cache->mirror(), table);
                QVERIFY2(!a.isEmpty(), qPrintable(id + QStringLiteral(": empty ") + table));
                if (a != b) {
                    const QStringList la = a.split(QLatin1Char('\n'));
                    const QStringList lb = b.split(QLatin1Char('\n'));
                    for (int i = 0; i < std::min(la.size(), lb.size()); ++i)
                        QVERIFY2(la[i] == lb[i],
                            qPrintable(QStringLiteral("%1, table %2:\n  all properties:   %3\n"
                                                      "  contract only:    %4")
                                           .arg(id, table, la[i], lb[i])));
                    QCOMPARE(lb.size(), la.size());
                }
            }

            auto *dashboardModule = dynamic_cast<ui::DashboardModule *>(module.get());
            QVERIFY2(dashboardModule && dashboardModule->provider(), qPrintable(id));
            const auto provider = dashboardModule->provider();
            QList<core::DashboardQuery> queries;
            for (const core::UnitRef &area :
                { core::UnitRef {}, core::UnitRef { QStringLiteral("436"), core::AdminEra::Before },
                    core::UnitRef { QStringLiteral("2002"), core::AdminEra::After } })
                for (core::Granularity g :
                    { core::Granularity::Month, provider->defaultGranularity() }) {
                    core::DashboardQuery query;
                    query.area = area;
                    query.time.granularity = g;
                    query.time.anchor = kToday;
                    query.today = kToday;
                    queries.append(query);
                }
            // The module's selector choices (indicators, diseases) too.
            const core::DashboardData first
                = provider->compute(withAll.cache->mirror(), queries.first());
            for (const auto &choice : first.selectorChoices) {
                if (choice.first.isEmpty())
                    continue;
                core::DashboardQuery query = queries.first();
                query.selector = choice.first;
                queries.append(query);
            }
            // The fixture must make the figures: every card of the province has a value.
            for (const core::KpiValue &k : first.kpis)
                QVERIFY2(k.value,
                    qPrintable(QStringLiteral("%1: the fixture gives %2 no value").arg(id, k.id)));
            QVERIFY2(
                !first.layers.isEmpty() || id == QLatin1String("socioeconomic"), qPrintable(id));

            for (const core::DashboardQuery &query : std::as_const(queries)) {
                const QStringList a = describe(provider->compute(withAll.cache->mirror(), query));
                const QStringList b
                    = describe(provider->compute(withContract.cache->mirror(), query));
                const QString context = QStringLiteral("%1, area '%2', granularity %3, selector "
                                                       "'%4'")
                                            .arg(id, query.area.code)
                                            .arg(int(query.time.granularity))
                                            .arg(query.selector);
                for (int i = 0; i < std::min(a.size(), b.size()); ++i)
                    QVERIFY2(a[i] == b[i],
                        qPrintable(QStringLiteral("%1:\n  all properties: %2\n  contract only:  %3")
                                       .arg(context, a[i], b[i])));
                QVERIFY2(a.size() == b.size(), qPrintable(context));
            }
        }
    }
};

QTEST_MAIN(TestDataContract)
#include "tst_datacontract.moc"
