// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include "app/inference/chattypes.h"
#include "app/inference/endpoint.h"
#include "app/inference/streamaccumulator.h"
#include "app/net/httptypes.h"

// A provider serving a model behind the HF router (from /v1/models), with its price and measured speed.
struct ProviderOffer
{
    QString provider; // "novita", "groq", …
    QString status; // "live" or "error"
    qint64 contextLength = -1;
    std::optional<double> priceInputPerMillion; // USD per 1M tokens
    std::optional<double> priceOutputPerMillion;
    double throughput = -1; // tokens/s, latest probe
    double firstTokenLatencyMs = -1;
    bool isModelAuthor = false;
};

// A model an endpoint lists.
struct EndpointModel
{
    QString id;
    QString ownedBy;
    qint64 contextLength = -1; // vLLM max_model_len, llama.cpp n_ctx_train, router's best provider
    QList<ProviderOffer> providers; // hf-router only
};

// How one endpoint family speaks (style.md §6.8: one class per family, shared helpers in the base). Stateless: it
// builds the HTTP requests and names the dialect of the answers; ChatRun drives the exchange.
class InferenceProvider
{
public:
    enum class Framing
    {
        Sse,
        Ndjson
    };

    virtual ~InferenceProvider();
    static std::unique_ptr<InferenceProvider> create(EndpointKind kind);

    virtual EndpointKind kind() const = 0;
    virtual StreamDialect dialect(const Endpoint &endpoint) const = 0;
    virtual Framing framing() const
    {
        return Framing::Sse;
    }
    // The generation request. `secret` goes into the Authorization header (never a log); `includeUsage` asks for
    // usage in streams (stream_options), dropped on a retry when a server rejects it.
    virtual HttpRequest chatRequest(
        const Endpoint &endpoint, const ChatRequest &request, const QByteArray &secret, bool includeUsage) const = 0;
    virtual bool supportsStreamOptions(const Endpoint &endpoint) const
    {
        Q_UNUSED(endpoint)
        return false;
    }
    // Listing the models the endpoint serves.
    virtual HttpRequest modelsRequest(const Endpoint &endpoint, const QByteArray &secret) const = 0;
    virtual QList<EndpointModel> parseModels(const QByteArray &body, QString *error) const;
    // The model name to send when the user picked none.
    virtual QString fallbackModel(const Endpoint &endpoint) const;

protected:
    static HttpRequest jsonPost(const QUrl &url, const QByteArray &body, const QByteArray &secret);
    static HttpRequest get(const QUrl &url, const QByteArray &secret);
    // OpenAI `messages` with `model` first in the body (routers read it from a prefix).
    static QByteArray openAiChatBody(const ChatRequest &request, bool includeUsage);
};

class OpenAiCompatProvider : public InferenceProvider
{
public:
    explicit OpenAiCompatProvider(EndpointKind kind);
    EndpointKind kind() const override
    {
        return m_kind;
    }
    StreamDialect dialect(const Endpoint &endpoint) const override;
    HttpRequest chatRequest(const Endpoint &endpoint, const ChatRequest &request, const QByteArray &secret,
        bool includeUsage) const override;
    bool supportsStreamOptions(const Endpoint &endpoint) const override;
    HttpRequest modelsRequest(const Endpoint &endpoint, const QByteArray &secret) const override;

private:
    EndpointKind m_kind;
};

// TGI: the Messages API ({base}/v1/chat/completions) unless the URL ends in /generate_stream or /generate, which
// selects the raw generation API (prompt = the messages joined as plain text).
class TgiProvider final : public OpenAiCompatProvider
{
public:
    TgiProvider();
    StreamDialect dialect(const Endpoint &endpoint) const override;
    HttpRequest chatRequest(const Endpoint &endpoint, const ChatRequest &request, const QByteArray &secret,
        bool includeUsage) const override;
    HttpRequest modelsRequest(const Endpoint &endpoint, const QByteArray &secret) const override;
    QString fallbackModel(const Endpoint &endpoint) const override;
    static bool usesGenerateApi(const Endpoint &endpoint);
    static QUrl serverRoot(const Endpoint &endpoint);
};

class OllamaProvider final : public InferenceProvider
{
public:
    EndpointKind kind() const override
    {
        return EndpointKind::Ollama;
    }
    StreamDialect dialect(const Endpoint &endpoint) const override;
    Framing framing() const override
    {
        return Framing::Ndjson;
    }
    HttpRequest chatRequest(const Endpoint &endpoint, const ChatRequest &request, const QByteArray &secret,
        bool includeUsage) const override;
    HttpRequest modelsRequest(const Endpoint &endpoint, const QByteArray &secret) const override;
    QList<EndpointModel> parseModels(const QByteArray &body, QString *error) const override;
};
