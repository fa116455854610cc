// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

enum class EndpointKind
{
    HfRouter, // Hugging Face Inference Providers: OpenAI-compatible router, model[:provider|:fastest|:cheapest]
    HfEndpoint, // a dedicated Inference Endpoint (TGI/vLLM behind it); 503 while it scales up from zero
    OpenAi, // any OpenAI-compatible base URL (vLLM, llama.cpp server, LM Studio, Ollama's /v1)
    Tgi, // Text Generation Inference: Messages API, or /generate_stream when the URL names it
    Ollama // Ollama's native /api/chat (NDJSON)
};

// A configured inference endpoint (the `endpoints` table). Its secret is never here: the Hugging Face token for the
// hf-* kinds (sent only to Hugging Face hosts), else the environment variable `apiKeyEnv` or a key in the SecretStore
// under secretKey().
struct Endpoint
{
    qint64 id = 0;
    QString name; // unique, case-insensitive
    EndpointKind kind = EndpointKind::OpenAi;
    QUrl url; // base URL as the user gave it
    QString defaultModel;
    QString apiKeyEnv; // read the API key from this environment variable at run time
    std::optional<double> priceInputPerMillion; // USD per 1M tokens, entered by the user (hf-router prices come
    std::optional<double> priceOutputPerMillion; // from /v1/models instead)
    int startupWaitSeconds = 300; // how long to keep retrying a 503 "starting"/"loading" answer
    int idleTimeoutSeconds = 120; // no byte for this long ends a stream
    QDateTime createdAt;

    QString secretKey() const; // "endpoint-key/<name>"
};

Q_DECLARE_METATYPE(Endpoint)

namespace Endpoints {
QString kindName(EndpointKind kind); // "hf-router", "hf-endpoint", "openai", "tgi", "ollama"
std::optional<EndpointKind> kindFromName(const QString &name);
QStringList kindNames();
QString kindLabel(EndpointKind kind); // for people: "Hugging Face Inference Providers", …
QUrl defaultUrl(EndpointKind kind); // the router for hf-router, localhost defaults for the local servers, else empty

// A name is 1–64 characters of letters, digits, '-', '_', '.', starting with a letter or digit (it appears in
// command lines as NAME=MODEL).
bool isValidName(const QString &name);
// http(s) with a host; no user info (secrets belong in the keychain).
bool isValidUrl(const QUrl &url, QString *why = nullptr);

// The OpenAI-compatible chat URL for a base URL, normalised like huggingface_hub's _build_chat_completion_url:
// ends with /chat/completions → as is; ends with /v1 → + /chat/completions; empty path → /v1/chat/completions;
// anything else → + /v1/chat/completions.
QUrl chatCompletionsUrl(const QUrl &base);
// The `/v1` base for model listing derived the same way (…/v1/models).
QUrl openAiBase(const QUrl &base);
// Appends a path to a URL's path, with exactly one '/' between.
QUrl appendPath(const QUrl &base, const QString &path);

// Whether `url` is a Hugging Face host that may receive the user's HF token: huggingface.co and its subdomains
// (router, api-inference), *.huggingface.cloud (Inference Endpoints), hf.co, or the origin of the configured Hub
// endpoint (HF_ENDPOINT: a private Hub or the loopback server of the tests).
bool isHuggingFaceHost(const QUrl &url, const QUrl &hubEndpoint);
// Whether the endpoint sends the Hugging Face token (hf-router, hf-endpoint) rather than its own key.
bool usesHfToken(EndpointKind kind);
} // namespace Endpoints
