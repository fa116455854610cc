// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inference/errorenvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxPlainTextChars = 500;

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QString detailMessage(const QJsonArray &details)
{
    QStringList parts;
    for (const QJsonValue &item : details) {
        const QJsonObject detail = item.toObject();
        QString message = detail.value("msg"_L1).toString();
        QStringList location;
        for (const QJsonValue &part : detail.value("loc"_L1).toArray())
            location.append(textOf(part));
        if (!location.isEmpty())
            message = location.join(u'.') + u": "_s + message;
        if (!message.isEmpty())
            parts.append(message);
    }
    return parts.join(u"; "_s);
}

} // namespace

namespace ErrorEnvelope {

Parsed fromJson(const QJsonValue &value)
{
    Parsed parsed;
    if (value.isString()) {
        parsed.message = value.toString();
        return parsed;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue error = object.value("error"_L1);
    if (error.isString()) {
        parsed.message = error.toString();
        parsed.type = object.value("error_type"_L1).toString();
    } else if (error.isObject()) {
        const QJsonObject inner = error.toObject();
        parsed.message = textOf(inner.value("message"_L1));
        parsed.type = inner.value("type"_L1).toString();
        if (parsed.type.isEmpty())
            parsed.type = inner.value("code"_L1).toString();
    }
    if (parsed.message.isEmpty() && object.value("message"_L1).isString())
        parsed.message = object.value("message"_L1).toString();
    if (parsed.type.isEmpty() && object.value("type"_L1).isString())
        parsed.type = object.value("type"_L1).toString();
    if (parsed.message.isEmpty()) {
        const QJsonValue detail = object.value("detail"_L1);
        parsed.message = detail.isArray() ? detailMessage(detail.toArray()) : detail.toString();
    }
    if (object.value("estimated_time"_L1).isDouble())
        parsed.estimatedTimeSeconds = object.value("estimated_time"_L1).toDouble();
    return parsed;
}

Parsed parse(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        Parsed parsed = fromJson(document.object());
        if (!parsed.message.isEmpty() || !parsed.type.isEmpty())
            return parsed;
    }
    // Plain text (axum's 422 rejections, proxies' HTML pages): the first MaxPlainTextChars characters, one line.
    QString text = QString::fromUtf8(trimmed).simplified();
    if (text.startsWith(u'<')) // an HTML error page says nothing a person needs beyond the status
        return {};
    if (text.size() > MaxPlainTextChars)
        text = text.left(MaxPlainTextChars) + u'…';
    Parsed parsed;
    parsed.message = text;
    return parsed;
}

bool isLoading(int status, const Parsed &parsed)
{
    if (status != 503)
        return false;
    const QString message = parsed.message.toLower();
    return parsed.estimatedTimeSeconds >= 0 || message.contains(u"loading"_s) || message.contains(u"starting"_s)
        || message.contains(u"initializ"_s) || message.contains(u"scaled to zero"_s);
}

} // namespace ErrorEnvelope
