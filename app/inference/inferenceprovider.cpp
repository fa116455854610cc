// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inference/inferenceprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonArray messagesJson(const QList<ChatMessage> &messages)
{
    QJsonArray array;
    for (const ChatMessage &message : messages)
        array.append(QJsonObject{{u"role"_s, message.role}, {u"content"_s, message.content}});
    return array;
}

// Appends `"key":value` to a JSON object text being built by hand (to keep `model` first).
void appendMember(QByteArray &body, const char *key, const QJsonValue &value)
{
    if (body.size() > 1)
        body += ',';
    body += '"';
    body += key;
    body += "\":";
    // QJsonDocument only serialises objects and arrays: wrap and unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    body += wrapped.mid(1, wrapped.size() - 2);
}

QUrl stripSuffix(QUrl url, const QString &suffix)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(suffix))
        path.chop(suffix.size());
    url.setPath(path);
    url.setQuery(QString());
    return url;
}

} // namespace

InferenceProvider::~InferenceProvider() = default;

std::unique_ptr<InferenceProvider> InferenceProvider::create(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::HfRouter:
    case EndpointKind::HfEndpoint:
    case EndpointKind::OpenAi:
        return std::make_unique<OpenAiCompatProvider>(kind);
    case EndpointKind::Tgi:
        return std::make_unique<TgiProvider>();
    case EndpointKind::Ollama:
        return std::make_unique<OllamaProvider>();
    }
    return std::make_unique<OpenAiCompatProvider>(EndpointKind::OpenAi);
}

QList<EndpointModel> InferenceProvider::parseModels(const QByteArray &body, QString *error) const
{
    // OpenAI's {"object":"list","data":[{"id":…}]} with the servers' extras.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = u"The model list is not valid JSON"_s;
        return {};
    }
    QList<EndpointModel> models;
    for (const QJsonValue &value : document.object().value("data"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        EndpointModel model;
        model.id = object.value("id"_L1).toString();
        if (model.id.isEmpty())
            continue;
        model.ownedBy = object.value("owned_by"_L1).toString();
        if (object.value("max_model_len"_L1).isDouble()) // vLLM
            model.contextLength = object.value("max_model_len"_L1).toInteger();
        else if (object.value("meta"_L1).toObject().value("n_ctx_train"_L1).isDouble()) // llama.cpp
            model.contextLength = object.value("meta"_L1).toObject().value("n_ctx_train"_L1).toInteger();
        for (const QJsonValue &providerValue : object.value("providers"_L1).toArray()) { // HF router
            const QJsonObject p = providerValue.toObject();
            ProviderOffer offer;
            offer.provider = p.value("provider"_L1).toString();
            offer.status = p.value("status"_L1).toString();
            offer.contextLength = p.value("context_length"_L1).toInteger(-1);
            const QJsonObject pricing = p.value("pricing"_L1).toObject();
            if (pricing.value("input"_L1).isDouble())
                offer.priceInputPerMillion = pricing.value("input"_L1).toDouble();
            if (pricing.value("output"_L1).isDouble())
                offer.priceOutputPerMillion = pricing.value("output"_L1).toDouble();
            offer.throughput = p.value("throughput"_L1).toDouble(-1);
            offer.firstTokenLatencyMs = p.value("first_token_latency_ms"_L1).toDouble(-1);
            offer.isModelAuthor = p.value("is_model_author"_L1).toBool();
            if (!offer.provider.isEmpty())
                model.providers.append(offer);
            model.contextLength = std::max(model.contextLength, offer.contextLength);
        }
        models.append(model);
    }
    return models;
}

QString InferenceProvider::fallbackModel(const Endpoint &endpoint) const
{
    return endpoint.defaultModel;
}

HttpRequest InferenceProvider::jsonPost(const QUrl &url, const QByteArray &body, const QByteArray &secret)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.body = body;
    request.bearerToken = secret;
    request.addHeader("content-type", "application/json");
    return request;
}

HttpRequest InferenceProvider::get(const QUrl &url, const QByteArray &secret)
{
    HttpRequest request;
    request.url = url;
    request.bearerToken = secret;
    request.addHeader("accept", "application/json");
    request.idleTimeoutMs = 15000;
    request.maxBodyBytes = qint64(32) * 1024 * 1024;
    return request;
}

QByteArray InferenceProvider::openAiChatBody(const ChatRequest &request, bool includeUsage)
{
    QByteArray body = "{";
    appendMember(body, "model", request.model);
    appendMember(body, "messages", messagesJson(request.messages));
    const QJsonObject params = request.params.toJson();
    for (auto it = params.begin(); it != params.end(); ++it)
        appendMember(body, it.key().toLatin1().constData(), it.value());
    appendMember(body, "stream", request.stream);
    if (request.stream && includeUsage)
        appendMember(body, "stream_options", QJsonObject{{u"include_usage"_s, true}});
    body += '}';
    return body;
}

// OpenAI-compatible ------------------------------------------------------------------------------------------------

OpenAiCompatProvider::OpenAiCompatProvider(EndpointKind kind)
    : m_kind(kind)
{
}

StreamDialect OpenAiCompatProvider::dialect(const Endpoint &endpoint) const
{
    Q_UNUSED(endpoint)
    return StreamDialect::OpenAiChat;
}

bool OpenAiCompatProvider::supportsStreamOptions(const Endpoint &endpoint) const
{
    Q_UNUSED(endpoint)
    return true; // a server that rejects it gets the request again without (ChatRun)
}

HttpRequest OpenAiCompatProvider::chatRequest(
    const Endpoint &endpoint, const ChatRequest &request, const QByteArray &secret, bool includeUsage) const
{
    HttpRequest http =
        jsonPost(Endpoints::chatCompletionsUrl(endpoint.url), openAiChatBody(request, includeUsage), secret);
    if (request.stream)
        http.addHeader("accept", "text/event-stream");
    return http;
}

HttpRequest OpenAiCompatProvider::modelsRequest(const Endpoint &endpoint, const QByteArray &secret) const
{
    // The router's model list is public; sending the token there is allowed but not needed.
    return get(Endpoints::appendPath(Endpoints::openAiBase(endpoint.url), u"models"_s), secret);
}

// TGI --------------------------------------------------------------------------------------------------------------

TgiProvider::TgiProvider()
    : OpenAiCompatProvider(EndpointKind::Tgi)
{
}

bool TgiProvider::usesGenerateApi(const Endpoint &endpoint)
{
    QString path = endpoint.url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path.endsWith(u"/generate_stream"_s) || path.endsWith(u"/generate"_s);
}

QUrl TgiProvider::serverRoot(const Endpoint &endpoint)
{
    QUrl root = stripSuffix(endpoint.url, u"/generate_stream"_s);
    root = stripSuffix(root, u"/generate"_s);
    root = stripSuffix(root, u"/v1/chat/completions"_s);
    root = stripSuffix(root, u"/v1"_s);
    return root;
}

StreamDialect TgiProvider::dialect(const Endpoint &endpoint) const
{
    return usesGenerateApi(endpoint) ? StreamDialect::TgiGenerate : StreamDialect::OpenAiChat;
}

HttpRequest TgiProvider::chatRequest(
    const Endpoint &endpoint, const ChatRequest &request, const QByteArray &secret, bool includeUsage) const
{
    if (!usesGenerateApi(endpoint)) {
        ChatRequest tgi = request;
        if (tgi.model.isEmpty())
            tgi.model = u"tgi"_s; // TGI ignores the model and echoes its own
        return OpenAiCompatProvider::chatRequest(endpoint, tgi, secret, includeUsage);
    }
    // Raw generation: the conversation as plain text.
    QStringList parts;
    for (const ChatMessage &message : request.messages)
        parts.append(message.content);
    QJsonObject parameters{{u"details"_s, true}, {u"return_full_text"_s, false}};
    if (request.params.temperature && *request.params.temperature > 0) {
        parameters.insert(u"temperature"_s, *request.params.temperature);
        parameters.insert(u"do_sample"_s, true);
    }
    if (request.params.topP && *request.params.topP > 0 && *request.params.topP < 1)
        parameters.insert(u"top_p"_s, *request.params.topP);
    if (request.params.maxTokens)
        parameters.insert(u"max_new_tokens"_s, *request.params.maxTokens);
    if (request.params.seed)
        parameters.insert(u"seed"_s, *request.params.seed);
    if (!request.params.stop.isEmpty())
        parameters.insert(u"stop"_s, QJsonArray::fromStringList(request.params.stop));
    const QJsonObject body{{u"inputs"_s, parts.join(u"\n\n"_s)}, {u"parameters"_s, parameters}};
    const QString path = request.stream ? u"generate_stream"_s : u"generate"_s;
    HttpRequest http = jsonPost(
        Endpoints::appendPath(serverRoot(endpoint), path), QJsonDocument(body).toJson(QJsonDocument::Compact), secret);
    if (request.stream)
        http.addHeader("accept", "text/event-stream");
    return http;
}

HttpRequest TgiProvider::modelsRequest(const Endpoint &endpoint, const QByteArray &secret) const
{
    return get(Endpoints::appendPath(serverRoot(endpoint), u"v1/models"_s), secret);
}

QString TgiProvider::fallbackModel(const Endpoint &endpoint) const
{
    return endpoint.defaultModel.isEmpty() ? u"tgi"_s : endpoint.defaultModel;
}

// Ollama -----------------------------------------------------------------------------------------------------------

StreamDialect OllamaProvider::dialect(const Endpoint &endpoint) const
{
    Q_UNUSED(endpoint)
    return StreamDialect::OllamaChat;
}

HttpRequest OllamaProvider::chatRequest(
    const Endpoint &endpoint, const ChatRequest &request, const QByteArray &secret, bool includeUsage) const
{
    Q_UNUSED(includeUsage) // the final object always carries the counts
    QJsonObject options;
    if (request.params.temperature)
        options.insert(u"temperature"_s, *request.params.temperature);
    if (request.params.topP)
        options.insert(u"top_p"_s, *request.params.topP);
    if (request.params.maxTokens)
        options.insert(u"num_predict"_s, *request.params.maxTokens);
    if (request.params.seed)
        options.insert(u"seed"_s, *request.params.seed);
    if (!request.params.stop.isEmpty())
        options.insert(u"stop"_s, QJsonArray::fromStringList(request.params.stop));
    QByteArray body = "{";
    appendMember(body, "model", request.model);
    appendMember(body, "messages", messagesJson(request.messages));
    appendMember(body, "stream", request.stream);
    if (!options.isEmpty())
        appendMember(body, "options", options);
    body += '}';
    HttpRequest http =
        jsonPost(Endpoints::appendPath(stripSuffix(endpoint.url, u"/api/chat"_s), u"api/chat"_s), body, secret);
    if (request.stream)
        http.addHeader("accept", "application/x-ndjson");
    return http;
}

HttpRequest OllamaProvider::modelsRequest(const Endpoint &endpoint, const QByteArray &secret) const
{
    return get(Endpoints::appendPath(stripSuffix(endpoint.url, u"/api/chat"_s), u"api/tags"_s), secret);
}

QList<EndpointModel> OllamaProvider::parseModels(const QByteArray &body, QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = u"The model list is not valid JSON"_s;
        return {};
    }
    QList<EndpointModel> models;
    for (const QJsonValue &value : document.object().value("models"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        EndpointModel model;
        model.id = object.value("name"_L1).toString(object.value("model"_L1).toString());
        if (!model.id.isEmpty())
            models.append(model);
    }
    return models;
}
