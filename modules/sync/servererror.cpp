#include "sync/servererror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ioc::sync {

namespace {

constexpr int kMaxChars = 300;

QString clipped(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxChars)
        text = text.left(kMaxChars) + QStringLiteral("…");
    return text;
}

QString fromObject(const QJsonObject &object)
{
    auto text = [&object](const char *key) {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isString() ? value.toString().trimmed() : QString();
    };
    const QString code = text("code");
    QString detail = text("description");
    if (detail.isEmpty())
        detail = text("detail");
    if (detail.isEmpty())
        detail = text("message");
    if (detail.isEmpty())
        detail = text("title");
    if (detail.isEmpty() && object.value(QLatin1String("error")).isString())
        detail = text("error");
    if (detail.isEmpty() && object.value(QLatin1String("error")).isObject())
        return fromObject(object.value(QLatin1String("error")).toObject());
    if (code.isEmpty())
        return detail;
    if (detail.isEmpty())
        return code;
    return QStringLiteral("%1: %2").arg(code, detail);
}

} // namespace

QString serverErrorText(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    if (error.error == QJsonParseError::NoError) {
        QStringList parts;
        if (document.isObject()) {
            parts.append(fromObject(document.object()));
        } else if (document.isArray()) {
            for (const QJsonValue &item : document.array()) {
                if (item.isObject())
                    parts.append(fromObject(item.toObject()));
                else if (item.isString())
                    parts.append(item.toString());
            }
        }
        parts.removeAll(QString());
        if (!parts.isEmpty())
            return clipped(parts.join(QLatin1String("; ")));
    }
    QString text = QString::fromUtf8(trimmed.left(64 * 1024));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    return clipped(text);
}

} // namespace ioc::sync
