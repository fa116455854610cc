// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include "app/hub/hubconfig.h"
#include "app/inference/endpoint.h"
#include "app/inference/inferenceprovider.h"

class CurlMulti;
class SecretStore;

// A local inference server found by detectLocal().
struct DetectedServer
{
    EndpointKind kind = EndpointKind::OpenAi;
    QString product; // "Ollama", "llama.cpp", "LM Studio", "vLLM", "TGI", or "OpenAI-compatible server"
    QUrl url; // base URL to register
    QList<EndpointModel> models;
    QString suggestedName; // "ollama", "llamacpp-8080", …
};

// What the "test" action found.
struct EndpointCheck
{
    bool reachable = false;
    bool authenticated = false; // the server accepted our credentials (or needs none)
    int httpStatus = 0;
    QList<EndpointModel> models;
    QString message; // one sentence for people
};

// Endpoint operations shared by the GUI and the command line: the secret an endpoint sends, its model list, the
// "test" action, and detection of local servers on 127.0.0.1. Asynchronous; callbacks run on this object's thread
// unless `context` died first.
class EndpointService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointService)

public:
    // `secrets` may be null (then only the environment is consulted).
    EndpointService(CurlMulti *multi, const HubConfig &hub, SecretStore *secrets, QObject *parent = nullptr);
    ~EndpointService() override;

    void setHubConfig(const HubConfig &hub);

    // hf-router / hf-endpoint: the Hugging Face token, and only when the URL is a Hugging Face host; otherwise the
    // variable named by apiKeyEnv (an error when it is unset), else the key saved in the SecretStore, else none.
    void resolveSecret(const Endpoint &endpoint, QObject *context,
        std::function<void(const QByteArray &secret, const QString &error)> done);

    void listModels(const Endpoint &endpoint, QObject *context,
        std::function<void(const QList<EndpointModel> &models, const QString &error)> done);
    void check(const Endpoint &endpoint, QObject *context, std::function<void(const EndpointCheck &check)> done);

    // The revision (commit sha or digest) of the model an endpoint serves, where it can be known, for the run
    // record: hf-router → the Hub's sha of the repo (the ":provider" policy suffix dropped); tgi and hf-endpoint →
    // TGI's /info model_sha; ollama → the model's digest from /api/tags; otherwise, or on any failure, empty.
    void resolveRevision(const Endpoint &endpoint, const QString &model, QObject *context,
        std::function<void(const QString &revision)> done);

    struct Probe
    {
        EndpointKind kind;
        QString product;
        QString host;
        int port;
    };
    // Ollama 11434, llama.cpp 8080 and 9931, LM Studio 1234, vLLM 8000, TGI 3000 and 8080.
    static QList<Probe> defaultProbes();
    // Probes every port concurrently (short timeouts) and reports the servers that answered with a model list.
    void detectLocal(
        const QList<Probe> &probes, QObject *context, std::function<void(const QList<DetectedServer> &servers)> done);

private:
    void send(const HttpRequest &request, EndpointKind kind, const QString &model,
        const std::function<void(const QString &)> &done);

    CurlMulti *m_multi;
    HubConfig m_hub;
    SecretStore *m_secrets;
};
