// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inference/endpoint.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString Endpoint::secretKey() const
{
    return u"endpoint-key/"_s + name.toLower();
}

namespace Endpoints {

QString kindName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::HfRouter:
        return u"hf-router"_s;
    case EndpointKind::HfEndpoint:
        return u"hf-endpoint"_s;
    case EndpointKind::OpenAi:
        return u"openai"_s;
    case EndpointKind::Tgi:
        return u"tgi"_s;
    case EndpointKind::Ollama:
        return u"ollama"_s;
    }
    return u"openai"_s;
}

std::optional<EndpointKind> kindFromName(const QString &name)
{
    for (const EndpointKind kind : {EndpointKind::HfRouter, EndpointKind::HfEndpoint, EndpointKind::OpenAi,
             EndpointKind::Tgi, EndpointKind::Ollama}) {
        if (kindName(kind) == name.trimmed().toLower())
            return kind;
    }
    return std::nullopt;
}

QStringList kindNames()
{
    return {u"hf-router"_s, u"hf-endpoint"_s, u"openai"_s, u"tgi"_s, u"ollama"_s};
}

QString kindLabel(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::HfRouter:
        return QCoreApplication::translate("Endpoints", "Hugging Face Inference Providers");
    case EndpointKind::HfEndpoint:
        return QCoreApplication::translate("Endpoints", "Hugging Face Inference Endpoint");
    case EndpointKind::OpenAi:
        return QCoreApplication::translate("Endpoints", "OpenAI-compatible server");
    case EndpointKind::Tgi:
        return QCoreApplication::translate("Endpoints", "Text Generation Inference");
    case EndpointKind::Ollama:
        return QCoreApplication::translate("Endpoints", "Ollama");
    }
    return {};
}

QUrl defaultUrl(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::HfRouter:
        return QUrl(u"https://router.huggingface.co/v1"_s);
    case EndpointKind::Ollama:
        return QUrl(u"http://127.0.0.1:11434"_s);
    case EndpointKind::Tgi:
        return QUrl(u"http://127.0.0.1:8080"_s);
    case EndpointKind::OpenAi:
    case EndpointKind::HfEndpoint:
        return {};
    }
    return {};
}

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

bool isValidUrl(const QUrl &url, QString *why)
{
    const auto fail = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate("Endpoints", "Not a valid URL"));
    if (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        return fail(QCoreApplication::translate("Endpoints", "The URL must start with http:// or https://"));
    if (!url.userInfo().isEmpty())
        return fail(QCoreApplication::translate(
            "Endpoints", "Put the API key in the key field, not in the URL: URLs are stored and shown in plain text"));
    return true;
}

QUrl appendPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QString tail = path;
    while (tail.startsWith(u'/'))
        tail.remove(0, 1);
    url.setPath(basePath + u'/' + tail);
    return url;
}

QUrl chatCompletionsUrl(const QUrl &base)
{
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/chat/completions"_s)) {
        QUrl url = base;
        url.setPath(path);
        return url;
    }
    if (path.endsWith(u"/v1"_s))
        return appendPath(base, u"chat/completions"_s);
    return appendPath(base, u"v1/chat/completions"_s);
}

QUrl openAiBase(const QUrl &base)
{
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/chat/completions"_s))
        path.chop(int(qstrlen("/chat/completions")));
    QUrl url = base;
    url.setQuery(QString());
    if (path.endsWith(u"/v1"_s)) {
        url.setPath(path);
        return url;
    }
    url.setPath(path);
    return appendPath(url, u"v1"_s);
}

bool isHuggingFaceHost(const QUrl &url, const QUrl &hubEndpoint)
{
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        return false;
    const QString host = url.host().toLower();
    if (url.scheme() == u"https"_s) {
        for (const QString &domain : {u"huggingface.co"_s, u"hf.co"_s}) {
            if (host == domain || host.endsWith(u'.' + domain))
                return true;
        }
        if (host.endsWith(u".huggingface.cloud"_s))
            return true;
    }
    return hubEndpoint.isValid() && !hubEndpoint.host().isEmpty() && host == hubEndpoint.host().toLower()
        && url.scheme() == hubEndpoint.scheme() && url.port(-1) == hubEndpoint.port(-1);
}

bool usesHfToken(EndpointKind kind)
{
    return kind == EndpointKind::HfRouter || kind == EndpointKind::HfEndpoint;
}

} // namespace Endpoints
