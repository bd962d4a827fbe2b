#include "sync/mappingfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace ioc::sync {

namespace {

// Walks the JSON with the path of the value being read, so every error can say where.
class Reader
{
public:
    explicit Reader(const QString &fileName)
        : m_fileName(fileName)
    { }

    bool fail(const QString &path, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2: %3").arg(m_fileName, path, problem);
        return false;
    }
    const QString &error() const { return m_error; }

    bool onlyKnownKeys(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return fail(join(path, it.key()),
                    QStringLiteral("unknown key (known here: %1)")
                        .arg(known.join(QLatin1String(", "))));
        }
        return true;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    bool string(const QJsonValue &value, const QString &path, QString *out)
    {
        if (!value.isString() || value.toString().isEmpty())
            return fail(path, QStringLiteral("must be a non-empty string"));
        *out = value.toString();
        return true;
    }

    bool pageLimit(const QJsonValue &value, const QString &path, std::optional<int> *out)
    {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < 1 || number > 100000)
            return fail(path, QStringLiteral("must be a whole number between 1 and 100000"));
        *out = static_cast<int>(number);
        return true;
    }

    bool timeZone(const QJsonValue &value, const QString &path, QString *out)
    {
        if (!string(value, path, out))
            return false;
        if (!QTimeZone(out->toUtf8()).isValid())
            return fail(path,
                QStringLiteral("'%1' is not a time zone this system knows (IANA names such as "
                               "UTC or Asia/Ho_Chi_Minh)")
                    .arg(*out));
        return true;
    }

    bool interval(
        const QJsonValue &value, const QString &path, std::optional<std::chrono::seconds> *out)
    {
        if (value.isString() && value.toString() == QLatin1String("never")) {
            *out = std::chrono::seconds(0);
            return true;
        }
        const double seconds = value.toDouble(-1);
        if (!value.isDouble() || seconds != std::floor(seconds) || seconds < 5
            || seconds > 30 * 24 * 3600)
            return fail(path,
                QStringLiteral("must be a number of seconds from 5 to 2592000, or \"never\""));
        *out = std::chrono::seconds(static_cast<qint64>(seconds));
        return true;
    }

    bool property(
        const QString &ours, const QJsonValue &value, const QString &path, PropertyMapping *out)
    {
        out->ours = ours;
        if (value.isString())
            return string(value, path, &out->from);
        if (!value.isObject())
            return fail(path,
                QStringLiteral("must be the server's property name or an object "
                               "{\"from\"|\"constant\", \"values\"}"));
        const QJsonObject object = value.toObject();
        if (!onlyKnownKeys(object, path,
                { QStringLiteral("from"), QStringLiteral("constant"), QStringLiteral("values") }))
            return false;
        const bool hasFrom = object.contains(QLatin1String("from"));
        const bool hasConstant = object.contains(QLatin1String("constant"));
        if (hasFrom == hasConstant)
            return fail(path, QStringLiteral("needs exactly one of \"from\" and \"constant\""));
        if (hasFrom
            && !string(object.value(QLatin1String("from")), join(path, QStringLiteral("from")),
                &out->from))
            return false;
        if (hasConstant) {
            const QJsonValue constant = object.value(QLatin1String("constant"));
            if (constant.isArray() || constant.isObject())
                return fail(join(path, QStringLiteral("constant")),
                    QStringLiteral("must be a string, number, boolean or null"));
            out->constant = constant;
        }
        if (object.contains(QLatin1String("values"))) {
            const QString valuesPath = join(path, QStringLiteral("values"));
            const QJsonValue values = object.value(QLatin1String("values"));
            if (!values.isObject())
                return fail(
                    valuesPath, QStringLiteral("must be an object {\"server value\": our value}"));
            if (hasConstant)
                return fail(valuesPath, QStringLiteral("a constant has no values to map"));
            const QJsonObject map = values.toObject();
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                if (it.value().isArray() || it.value().isObject())
                    return fail(join(valuesPath, it.key()),
                        QStringLiteral("must be a string, number, boolean or null"));
                out->values.insert(it.key(), it.value());
            }
        }
        return true;
    }

    bool collectionV2(
        const QString &ours, const QJsonValue &value, const QString &path, CollectionMapping *out)
    {
        if (!value.isObject())
            return fail(path, QStringLiteral("must be an object"));
        const QJsonObject object = value.toObject();
        if (!onlyKnownKeys(object, path,
                { QStringLiteral("id"), QStringLiteral("enabled"), QStringLiteral("properties"),
                    QStringLiteral("temporalProperty"), QStringLiteral("mode"),
                    QStringLiteral("pageLimit"), QStringLiteral("interval"),
                    QStringLiteral("timeZone") }))
            return false;
        Q_UNUSED(ours)
        if (object.contains(QLatin1String("id"))
            && !string(object.value(QLatin1String("id")), join(path, QStringLiteral("id")),
                &out->remoteId))
            return false;
        if (object.contains(QLatin1String("enabled"))) {
            const QJsonValue enabled = object.value(QLatin1String("enabled"));
            if (!enabled.isBool())
                return fail(
                    join(path, QStringLiteral("enabled")), QStringLiteral("must be true or false"));
            out->enabled = enabled.toBool();
        }
        if (object.contains(QLatin1String("properties"))) {
            const QString propertiesPath = join(path, QStringLiteral("properties"));
            const QJsonValue properties = object.value(QLatin1String("properties"));
            if (!properties.isObject())
                return fail(propertiesPath,
                    QStringLiteral("must be an object {\"our property\": \"server property\"}"));
            const QJsonObject map = properties.toObject();
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                PropertyMapping mapping;
                if (!property(it.key(), it.value(), join(propertiesPath, it.key()), &mapping))
                    return false;
                out->properties.append(mapping);
            }
        }
        if (object.contains(QLatin1String("temporalProperty"))
            && !string(object.value(QLatin1String("temporalProperty")),
                join(path, QStringLiteral("temporalProperty")), &out->temporalProperty))
            return false;
        if (object.contains(QLatin1String("mode"))) {
            const QString mode = object.value(QLatin1String("mode")).toString();
            if (mode == QLatin1String("auto"))
                out->mode = CollectionMapping::Mode::Auto;
            else if (mode == QLatin1String("incremental"))
                out->mode = CollectionMapping::Mode::Incremental;
            else if (mode == QLatin1String("reconcile"))
                out->mode = CollectionMapping::Mode::Reconcile;
            else
                return fail(join(path, QStringLiteral("mode")),
                    QStringLiteral("must be \"auto\", \"incremental\" or \"reconcile\""));
        }
        if (out->mode == CollectionMapping::Mode::Incremental && out->temporalProperty.isEmpty())
            return fail(join(path, QStringLiteral("mode")),
                QStringLiteral("\"incremental\" needs \"temporalProperty\" (the property the "
                               "server's datetime filter applies to)"));
        if (object.contains(QLatin1String("pageLimit"))
            && !pageLimit(object.value(QLatin1String("pageLimit")),
                join(path, QStringLiteral("pageLimit")), &out->pageLimit))
            return false;
        if (object.contains(QLatin1String("interval"))
            && !interval(object.value(QLatin1String("interval")),
                join(path, QStringLiteral("interval")), &out->interval))
            return false;
        if (object.contains(QLatin1String("timeZone"))
            && !timeZone(object.value(QLatin1String("timeZone")),
                join(path, QStringLiteral("timeZone")), &out->timeZone))
            return false;
        // Two entries writing the same property of ours cannot both win.
        QSet<QString> seen;
        for (const PropertyMapping &p : std::as_const(out->properties)) {
            if (p.ours == QLatin1String("updated_at") && !out->temporalProperty.isEmpty()
                && p.from != out->temporalProperty)
                return fail(join(path, QStringLiteral("properties.updated_at")),
                    QStringLiteral("contradicts temporalProperty '%1'").arg(out->temporalProperty));
            seen.insert(p.ours);
        }
        return true;
    }

    // Version 1: {"id": …, "properties": {"server": "ours"}}.
    bool collectionV1(const QJsonValue &value, const QString &path, CollectionMapping *out)
    {
        if (!value.isObject())
            return fail(path, QStringLiteral("needs {\"id\": \"…\"}"));
        const QJsonObject object = value.toObject();
        if (!onlyKnownKeys(object, path, { QStringLiteral("id"), QStringLiteral("properties") }))
            return false;
        if (!string(object.value(QLatin1String("id")), join(path, QStringLiteral("id")),
                &out->remoteId))
            return false;
        const QString propertiesPath = join(path, QStringLiteral("properties"));
        const QJsonValue properties = object.value(QLatin1String("properties"));
        if (!properties.isUndefined() && !properties.isObject())
            return fail(propertiesPath, QStringLiteral("must be an object"));
        const QJsonObject map = properties.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            PropertyMapping mapping;
            mapping.from = it.key();
            if (!string(it.value(), join(propertiesPath, it.key()), &mapping.ours))
                return false;
            out->properties.append(mapping);
        }
        return true;
    }

private:
    QString m_fileName;
    QString m_error;
};

} // namespace

std::optional<MappingFile> parseMappingFile(const QByteArray &text, const QString &fileName,
    const QStringList &knownCollections, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2)")
                     .arg(fileName,
                         parseError.error != QJsonParseError::NoError
                             ? QStringLiteral("%1 at byte %2")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset)
                             : QStringLiteral("the top level must be an object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Reader reader(fileName);
    MappingFile file;
    if (root.contains(QLatin1String("schemaVersion"))) {
        const QJsonValue version = root.value(QLatin1String("schemaVersion"));
        if (version.toDouble(-1) == 1)
            file.version = 1;
        else if (version.toDouble(-1) == 2)
            file.version = 2;
        else {
            reader.fail(QStringLiteral("schemaVersion"),
                QStringLiteral("must be 1 or 2 (this version of IOC Desktop reads both)"));
            *error = reader.error();
            return std::nullopt;
        }
    }
    const QStringList topKeys = file.version == 1
        ? QStringList { QStringLiteral("schemaVersion"), QStringLiteral("collections"),
              QStringLiteral("intervals"), QStringLiteral("pageLimit") }
        : QStringList { QStringLiteral("schemaVersion"), QStringLiteral("collections"),
              QStringLiteral("pageLimit"), QStringLiteral("timeZone") };
    bool ok = reader.onlyKnownKeys(root, {}, topKeys);
    auto checkCollection = [&](const QString &key, const QString &path) {
        if (!knownCollections.isEmpty() && !knownCollections.contains(key))
            return reader.fail(path,
                QStringLiteral("'%1' is none of our collections (they are listed in "
                               "docs/mapping.md)")
                    .arg(key));
        return true;
    };
    const QJsonValue collections = root.value(QLatin1String("collections"));
    if (ok && !collections.isUndefined() && !collections.isObject())
        ok = reader.fail(QStringLiteral("collections"),
            QStringLiteral("must be an object keyed by our collection ids"));
    const QJsonObject collectionsObject = collections.toObject();
    for (auto it = collectionsObject.constBegin(); ok && it != collectionsObject.constEnd(); ++it) {
        const QString path = QStringLiteral("collections.") + it.key();
        CollectionMapping mapping;
        ok = checkCollection(it.key(), path)
            && (file.version == 1 ? reader.collectionV1(it.value(), path, &mapping)
                                  : reader.collectionV2(it.key(), it.value(), path, &mapping));
        if (ok)
            file.collections.insert(it.key(), mapping);
    }
    if (ok && file.version == 1 && root.contains(QLatin1String("intervals"))) {
        const QJsonValue intervals = root.value(QLatin1String("intervals"));
        if (!intervals.isObject())
            ok = reader.fail(QStringLiteral("intervals"), QStringLiteral("must be an object"));
        const QJsonObject map = intervals.toObject();
        for (auto it = map.constBegin(); ok && it != map.constEnd(); ++it) {
            const QString path = QStringLiteral("intervals.") + it.key();
            const double seconds = it.value().toDouble(-1);
            ok = checkCollection(it.key(), path);
            // Bounded above as in v2: a double beyond qint64 is undefined in the cast below
            // (fuzz_mappingfile found 3e84).
            if (ok && (!it.value().isDouble() || seconds < 5 || seconds > 30 * 24 * 3600))
                ok = reader.fail(
                    path, QStringLiteral("must be a number of seconds from 5 to 2592000"));
            if (ok)
                file.intervals.insert(it.key(), std::chrono::seconds(static_cast<qint64>(seconds)));
        }
    }
    if (ok && root.contains(QLatin1String("pageLimit")))
        ok = reader.pageLimit(
            root.value(QLatin1String("pageLimit")), QStringLiteral("pageLimit"), &file.pageLimit);
    if (ok && root.contains(QLatin1String("timeZone")))
        ok = reader.timeZone(
            root.value(QLatin1String("timeZone")), QStringLiteral("timeZone"), &file.timeZone);
    if (!ok) {
        *error = reader.error();
        return std::nullopt;
    }
    return file;
}

} // namespace ioc::sync
