// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inference/endpointservice.h"

#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include "app/core/secretstore.h"
#include "app/inference/errorenvelope.h"
#include "app/net/curlmulti.h"
#include "app/net/httpreply.h"

using namespace Qt::StringLiterals;

EndpointService::EndpointService(CurlMulti *multi, const HubConfig &hub, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_multi(multi)
    , m_hub(hub)
    , m_secrets(secrets)
{
}

EndpointService::~EndpointService() = default;

void EndpointService::setHubConfig(const HubConfig &hub)
{
    m_hub = hub;
}

void EndpointService::resolveSecret(const Endpoint &endpoint, QObject *context,
    std::function<void(const QByteArray &secret, const QString &error)> done)
{
    QPointer<QObject> guard(context);
    const auto deliver = [this, guard, done](const QByteArray &secret, const QString &error) {
        // Always asynchronous, so callers see one order of events.
        QMetaObject::invokeMethod(
            this,
            [guard, done, secret, error] {
                if (guard)
                    done(secret, error);
            },
            Qt::QueuedConnection);
    };
    if (!endpoint.apiKeyEnv.isEmpty()) {
        const QByteArray value = qgetenv(endpoint.apiKeyEnv.toLocal8Bit().constData());
        if (value.isEmpty())
            deliver({},
                tr("The environment variable %1, which holds the key of %2, is not set")
                    .arg(endpoint.apiKeyEnv, endpoint.name));
        else
            deliver(value, {});
        return;
    }
    if (Endpoints::usesHfToken(endpoint.kind)) {
        const bool hfHost = Endpoints::isHuggingFaceHost(endpoint.url, m_hub.endpoint);
        deliver(hfHost ? m_hub.token : QByteArray(), {});
        return;
    }
    if (!m_secrets) {
        deliver({}, {});
        return;
    }
    m_secrets->read(
        endpoint.secretKey(), this, [deliver](const std::optional<QByteArray> &value, const QString &error) {
            if (!error.isEmpty())
                deliver({}, error);
            else
                deliver(value.value_or(QByteArray()), {});
        });
}

namespace {

// A server's root from any of the URLs an endpoint may be registered with (…/v1, …/generate_stream, …/api/chat).
QUrl serverRoot(const QUrl &url)
{
    QUrl root = url;
    QString path = root.path();
    static const QStringList suffixes{
        u"/chat/completions"_s, u"/generate_stream"_s, u"/generate"_s, u"/v1"_s, u"/api/chat"_s};
    for (bool stripped = true; stripped;) {
        while (path.endsWith(u'/'))
            path.chop(1);
        stripped = false;
        for (const QString &suffix : suffixes) {
            if (path.endsWith(suffix)) {
                path.chop(suffix.size());
                stripped = true;
            }
        }
    }
    root.setPath(path);
    return root;
}

QString revisionFrom(EndpointKind kind, const QString &model, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    switch (kind) {
    case EndpointKind::HfRouter:
        return object.value(u"sha"_s).toString();
    case EndpointKind::HfEndpoint:
    case EndpointKind::Tgi:
        return object.value(u"model_sha"_s).toString();
    case EndpointKind::Ollama: {
        const QJsonArray models = object.value(u"models"_s).toArray();
        for (const QJsonValue &entry : models) {
            const QJsonObject m = entry.toObject();
            if (m.value(u"name"_s).toString() == model || m.value(u"model"_s).toString() == model)
                return m.value(u"digest"_s).toString();
        }
        return {};
    }
    case EndpointKind::OpenAi:
        break;
    }
    return {};
}

} // namespace

void EndpointService::resolveRevision(
    const Endpoint &endpoint, const QString &model, QObject *context, std::function<void(const QString &)> done)
{
    QPointer<QObject> guard(context);
    const auto finish = [guard, done](const QString &revision) {
        if (guard)
            done(revision);
    };
    HttpRequest request;
    request.addHeader("accept", "application/json");
    request.idleTimeoutMs = 15000;
    request.maxBodyBytes = qint64(4) * 1024 * 1024;
    request.retry.maxRetries = 1;
    switch (endpoint.kind) {
    case EndpointKind::HfRouter: {
        // "org/model:provider" or ":fastest": the repo id is what comes before the policy.
        const QString repo = model.section(u':', 0, 0);
        if (repo.count(u'/') != 1 || m_hub.offline) {
            finish({});
            return;
        }
        QUrl url = Endpoints::appendPath(m_hub.endpoint, u"api/models/"_s + repo);
        url.setQuery(u"expand[]=sha"_s);
        request.url = url;
        request.bearerToken = m_hub.token; // the Hub's own origin
        break;
    }
    case EndpointKind::HfEndpoint:
    case EndpointKind::Tgi:
        request.url = Endpoints::appendPath(serverRoot(endpoint.url), u"info"_s);
        break;
    case EndpointKind::Ollama:
        request.url = Endpoints::appendPath(serverRoot(endpoint.url), u"api/tags"_s);
        break;
    case EndpointKind::OpenAi:
        finish({});
        return;
    }
    if (endpoint.kind == EndpointKind::HfRouter) {
        send(request, endpoint.kind, model, finish);
        return;
    }
    resolveSecret(
        endpoint, this, [this, request, endpoint, model, finish](const QByteArray &secret, const QString &secretError) {
            if (!secretError.isEmpty()) { // the run itself reports the missing key
                finish({});
                return;
            }
            HttpRequest withKey = request;
            withKey.bearerToken = secret;
            send(withKey, endpoint.kind, model, finish);
        });
}

void EndpointService::send(const HttpRequest &request, EndpointKind kind, const QString &model,
    const std::function<void(const QString &)> &done)
{
    HttpReply *reply = m_multi->send(request);
    connect(reply, &HttpReply::finished, this, [reply, kind, model, done] {
        const HttpResult &http = reply->result();
        done(http.isSuccess() ? revisionFrom(kind, model, http.body) : QString());
    });
}

void EndpointService::listModels(const Endpoint &endpoint, QObject *context,
    std::function<void(const QList<EndpointModel> &models, const QString &error)> done)
{
    check(endpoint, context, [done](const EndpointCheck &result) {
        done(result.models,
            result.reachable && result.authenticated && result.httpStatus / 100 == 2 ? QString() : result.message);
    });
}

void EndpointService::check(
    const Endpoint &endpoint, QObject *context, std::function<void(const EndpointCheck &check)> done)
{
    QPointer<QObject> guard(context);
    resolveSecret(endpoint, this, [this, endpoint, guard, done](const QByteArray &secret, const QString &secretError) {
        if (!guard)
            return;
        if (!secretError.isEmpty()) {
            EndpointCheck failed;
            failed.message = secretError;
            done(failed);
            return;
        }
        std::shared_ptr<InferenceProvider> provider = InferenceProvider::create(endpoint.kind);
        HttpRequest request = provider->modelsRequest(endpoint, secret);
        request.retry.maxRetries = 1;
        HttpReply *reply = m_multi->send(request);
        connect(
            reply, &HttpReply::finished, this, [reply, provider, endpoint, guard, done, hasSecret = !secret.isEmpty()] {
                if (!guard)
                    return;
                const HttpResult &http = reply->result();
                EndpointCheck result;
                result.httpStatus = http.status;
                if (http.hasNetworkError()) {
                    result.message =
                        tr("%1 is not reachable: %2").arg(endpoint.url.toDisplayString(), http.errorString);
                    done(result);
                    return;
                }
                result.reachable = true;
                if (http.status == 401 || http.status == 403) {
                    const QString server = ErrorEnvelope::parse(http.body).message;
                    result.message = (hasSecret ? tr("The server rejected the key (HTTP %1)")
                                                : tr("The server needs a key (HTTP %1)"))
                                         .arg(http.status)
                        + (server.isEmpty() ? QString() : u": "_s + server);
                    done(result);
                    return;
                }
                result.authenticated = true;
                if (!http.isSuccess()) {
                    const QString server = ErrorEnvelope::parse(http.body).message;
                    result.message = tr("Reachable, but listing models failed with HTTP %1").arg(http.status)
                        + (server.isEmpty() ? QString() : u": "_s + server);
                    done(result);
                    return;
                }
                QString parseError;
                result.models = provider->parseModels(http.body, &parseError);
                result.message = parseError.isEmpty()
                    ? tr("Reachable; %n model(s) available", nullptr, int(result.models.size()))
                    : tr("Reachable, but the model list could not be read: %1").arg(parseError);
                done(result);
            });
    });
}

QList<EndpointService::Probe> EndpointService::defaultProbes()
{
    const QString host = u"127.0.0.1"_s;
    return {
        {EndpointKind::Ollama, u"Ollama"_s, host, 11434},
        {EndpointKind::OpenAi, u"llama.cpp"_s, host, 8080},
        {EndpointKind::OpenAi, u"llama.cpp"_s, host, 9931},
        {EndpointKind::OpenAi, u"LM Studio"_s, host, 1234},
        {EndpointKind::OpenAi, u"vLLM"_s, host, 8000},
        {EndpointKind::Tgi, u"TGI"_s, host, 3000},
    };
}

void EndpointService::detectLocal(
    const QList<Probe> &probes, QObject *context, std::function<void(const QList<DetectedServer> &servers)> done)
{
    struct State
    {
        int pending = 0;
        QList<DetectedServer> found;
    };
    auto state = std::make_shared<State>();
    state->pending = int(probes.size());
    QPointer<QObject> guard(context);
    if (probes.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done({});
            },
            Qt::QueuedConnection);
        return;
    }
    for (const Probe &probe : probes) {
        Endpoint endpoint;
        endpoint.kind = probe.kind;
        endpoint.url = QUrl(u"http://%1:%2"_s.arg(probe.host).arg(probe.port));
        if (probe.kind == EndpointKind::OpenAi)
            endpoint.url.setPath(u"/v1"_s);
        std::shared_ptr<InferenceProvider> provider = InferenceProvider::create(probe.kind);
        HttpRequest request = provider->modelsRequest(endpoint, {});
        request.connectTimeoutMs = 800;
        request.idleTimeoutMs = 3000;
        request.retry.maxRetries = 0;
        HttpReply *reply = m_multi->send(request);
        connect(reply, &HttpReply::finished, this, [reply, provider, probe, endpoint, state, guard, done] {
            const HttpResult &http = reply->result();
            if (http.isSuccess()) {
                QString error;
                const QList<EndpointModel> models = provider->parseModels(http.body, &error);
                if (error.isEmpty()) {
                    DetectedServer server;
                    server.kind = probe.kind;
                    server.product = probe.product;
                    // The same port can hold llama.cpp or TGI: TGI names itself in /v1/models' owned_by.
                    if (probe.kind == EndpointKind::OpenAi && !models.isEmpty()) {
                        const QString owner = models.first().ownedBy.toLower();
                        if (owner == u"llamacpp"_s)
                            server.product = u"llama.cpp"_s;
                        else if (owner == u"vllm"_s)
                            server.product = u"vLLM"_s;
                        else if (owner == u"organization_owner"_s || owner == u"system"_s)
                            server.product = u"LM Studio"_s;
                    }
                    server.url = endpoint.url;
                    server.models = models;
                    QString slug = server.product.toLower();
                    slug.remove(u' ');
                    slug.remove(u'.');
                    server.suggestedName = u"%1-%2"_s.arg(slug).arg(probe.port);
                    state->found.append(server);
                }
            }
            if (--state->pending == 0 && guard)
                done(state->found);
        });
    }
}
