// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "app/inference/chattypes.h"
#include "app/inference/endpoint.h"
#include "app/inference/inferenceprovider.h"
#include "app/net/httptypes.h"

class CurlMulti;
class HttpReply;
class NdjsonSplitter;
class SseParser;
class StreamAccumulator;

// One generation against one endpoint: sends the request, parses the stream as it arrives (SSE or NDJSON), measures
// it, and ends in exactly one finished() with a RunResult. Retries only what is safe to repeat and only before any
// answer byte arrived: 429 (honouring Retry-After, a few times), a 503 "loading/starting" answer (until the endpoint's
// startup wait is used up), 502/504 and connection failures (twice), and a 400/422 that rejects `stream_options`
// (once, without it). Latencies are measured from the send of the attempt that answered; earlier waits go to waitedMs.
// stop() frees the connection at once. Lives on the CurlMulti's thread.
class ChatRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatRun)

public:
    ChatRun(CurlMulti *multi, const Endpoint &endpoint, const ChatRequest &request, const QByteArray &secret,
        QObject *parent = nullptr);
    ~ChatRun() override;

    void start();
    void stop();

    // Prices (USD per 1M tokens) for the cost; for hf-router, the offers of the model's providers, matched against
    // the provider that answered. The endpoint's own prices win when set.
    void setProviderOffers(const QList<ProviderOffer> &offers);
    // How many times the run repeats a 429 and a transient failure (502/504, a connection failure) itself; the
    // defaults suit one interactive run. A caller with its own scheduling (BatchRunner) passes 0 and 0: the run then
    // ends at the first such answer, with RunResult::retryAfterMs set from the server's headers. Before start().
    void setRetryLimits(int rateLimitRetries, int transientRetries);
    // A limit on the whole exchange, retries included in none of it (0: none, the default; the idle timeout applies
    // either way). Before start().
    void setRequestTimeoutMs(int timeoutMs);

    const Endpoint &endpoint() const
    {
        return m_endpoint;
    }
    const ChatRequest &request() const
    {
        return m_request;
    }
    const RunResult &result() const
    {
        return m_result;
    }
    bool isFinished() const
    {
        return m_finished;
    }
    // Milliseconds since the answering attempt was sent (for live display), -1 before the start.
    qint64 elapsedMs() const;

    // Characters per token for the estimate when a server reports no usage.
    static constexpr double CharsPerTokenEstimate = 4.0;
    static qint64 estimateTokens(const QString &text);

Q_SIGNALS:
    void statusMessage(const QString &message); // waiting for a cold endpoint, rate limited, retrying
    void textReceived(const QString &content, const QString &reasoning);
    void finished();

private:
    void sendAttempt();
    void onHeaders(int status, const HttpHeaders &headers);
    void onData(const QByteArray &chunk);
    void onReplyFinished();
    void handleEvents(const QList<QByteArray> &payloads);
    void retryLater(int delayMs, const QString &message);
    void complete(RunStatus status);
    void fail(const QString &kind, const QString &message, int httpStatus = 0);
    void computeMetrics();

    CurlMulti *m_multi;
    Endpoint m_endpoint;
    ChatRequest m_request;
    QByteArray m_secret;
    std::unique_ptr<InferenceProvider> m_provider;
    QList<ProviderOffer> m_offers;
    QPointer<HttpReply> m_reply;
    std::unique_ptr<SseParser> m_sse;
    std::unique_ptr<NdjsonSplitter> m_ndjson;
    std::unique_ptr<StreamAccumulator> m_accumulator;
    RunResult m_result;
    QElapsedTimer m_attemptClock;
    QElapsedTimer m_totalClock;
    QTimer m_retryTimer;
    QByteArray m_body; // a non-streamed 2xx answer
    qint64 m_receivedBytes = 0;
    bool m_streaming = false;
    bool m_includeUsage = true;
    bool m_started = false;
    bool m_finished = false;
    int m_rateLimitRetries = 0;
    int m_transientRetries = 0;
    int m_maxRateLimitRetries = 3;
    int m_maxTransientRetries = 2;
    int m_requestTimeoutMs = 0;
};
