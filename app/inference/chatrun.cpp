// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inference/chatrun.h"

#include <cmath>

#include <QDateTime>

#include "app/core/logging.h"
#include "app/inference/errorenvelope.h"
#include "app/inference/streamaccumulator.h"
#include "app/net/curlmulti.h"
#include "app/net/httpreply.h"
#include "app/net/retrypolicy.h"
#include "app/net/sseparser.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxRateLimitWaitMs = 60000;
constexpr int MaxLoadingPollMs = 10000;
constexpr qint64 MaxAnswerBytes = qint64(64) * 1024 * 1024;
constexpr qint64 MaxErrorBodyBytes = qint64(4) * 1024 * 1024;

bool isRouterPolicy(const QString &suffix)
{
    return suffix == u"fastest"_s || suffix == u"cheapest"_s || suffix == u"preferred"_s;
}

} // namespace

ChatRun::ChatRun(
    CurlMulti *multi, const Endpoint &endpoint, const ChatRequest &request, const QByteArray &secret, QObject *parent)
    : QObject(parent)
    , m_multi(multi)
    , m_endpoint(endpoint)
    , m_request(request)
    , m_secret(secret)
    , m_provider(InferenceProvider::create(endpoint.kind))
{
    if (m_request.model.isEmpty())
        m_request.model = m_provider->fallbackModel(m_endpoint);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatRun::sendAttempt);
}

ChatRun::~ChatRun()
{
    if (m_reply)
        m_reply->abort();
}

void ChatRun::setProviderOffers(const QList<ProviderOffer> &offers)
{
    m_offers = offers;
}

void ChatRun::setRetryLimits(int rateLimitRetries, int transientRetries)
{
    m_maxRateLimitRetries = std::max(0, rateLimitRetries);
    m_maxTransientRetries = std::max(0, transientRetries);
}

void ChatRun::setRequestTimeoutMs(int timeoutMs)
{
    m_requestTimeoutMs = std::max(0, timeoutMs);
}

qint64 ChatRun::elapsedMs() const
{
    return m_attemptClock.isValid() ? m_attemptClock.elapsed() : -1;
}

qint64 ChatRun::estimateTokens(const QString &text)
{
    if (text.isEmpty())
        return 0;
    return std::max<qint64>(1, qint64(std::ceil(double(text.toUtf8().size()) / CharsPerTokenEstimate)));
}

void ChatRun::start()
{
    if (m_started)
        return;
    m_started = true;
    m_result.status = RunStatus::Running;
    m_totalClock.start();
    sendAttempt();
}

void ChatRun::stop()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    if (m_reply) {
        HttpReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
    if (m_accumulator) {
        const StreamAccumulator::Delta rest = m_accumulator->finish();
        if (!rest.isEmpty())
            Q_EMIT textReceived(rest.content, rest.reasoning);
    }
    complete(RunStatus::Cancelled);
}

void ChatRun::sendAttempt()
{
    if (m_finished)
        return;
    ++m_result.attempts;
    const bool includeUsage = m_includeUsage && m_provider->supportsStreamOptions(m_endpoint);
    HttpRequest http = m_provider->chatRequest(m_endpoint, m_request, m_secret, includeUsage);
    http.accumulateBody = false; // answer bytes go through the parser; error bodies are kept by HttpReply
    http.maxBodyBytes = MaxErrorBodyBytes;
    http.idleTimeoutMs = std::max(1, m_endpoint.idleTimeoutSeconds) * 1000;
    http.connectTimeoutMs = 15000;
    http.totalTimeoutMs = m_requestTimeoutMs;
    http.retry.maxRetries = 0; // ChatRun decides what may be repeated
    http.redirects = RedirectPolicy::SameOrigin;

    m_sse = std::make_unique<SseParser>();
    m_ndjson = std::make_unique<NdjsonSplitter>();
    m_accumulator = std::make_unique<StreamAccumulator>(m_provider->dialect(m_endpoint));
    m_body.clear();
    m_receivedBytes = 0;
    m_streaming = false;
    m_result.httpStatus = 0;
    m_result.retryAfterMs = -1;

    if (m_result.attempts > 1)
        m_result.waitedMs = m_totalClock.elapsed();
    m_attemptClock.start();
    m_reply = m_multi->send(http);
    connect(m_reply, &HttpReply::headersReceived, this, &ChatRun::onHeaders);
    connect(m_reply, &HttpReply::dataReceived, this, &ChatRun::onData);
    connect(m_reply, &HttpReply::finished, this, &ChatRun::onReplyFinished);
}

void ChatRun::onHeaders(int status, const HttpHeaders &headers)
{
    m_result.httpStatus = status;
    if (status < 200 || status >= 300)
        return;
    // A limit this answer used up (RateLimit r=0, x-ratelimit-remaining-*: 0): the caller may wait for its reset.
    const RateLimitInfo limit = Retry::parseRateLimit(headerValue(headers, "ratelimit"));
    m_result.retryAfterMs = limit.isValid() && limit.remaining == 0 ? (qint64(limit.resetSeconds) + 1) * 1000
                                                                    : Retry::providerDelayMs(headers, true);
    const QByteArray contentType = headerValue(headers, "content-type").toLower();
    if (!m_request.stream)
        m_streaming = false;
    else if (m_provider->framing() == InferenceProvider::Framing::Ndjson)
        m_streaming = !contentType.startsWith("application/json") || contentType.isEmpty();
    else
        m_streaming = contentType.contains("text/event-stream");
    const QByteArray provider = headerValue(headers, "x-inference-provider");
    if (!provider.isEmpty())
        m_result.provider = QString::fromUtf8(provider);
}

void ChatRun::onData(const QByteArray &chunk)
{
    if (m_finished)
        return;
    if (m_result.firstByteMs < 0)
        m_result.firstByteMs = double(m_attemptClock.nsecsElapsed()) / 1e6;
    m_receivedBytes += chunk.size();
    if (m_receivedBytes > MaxAnswerBytes) {
        if (m_reply) {
            HttpReply *reply = m_reply;
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
        }
        fail(u"protocol"_s, tr("The answer is larger than %1 MB; stopped reading it").arg(MaxAnswerBytes >> 20),
            m_result.httpStatus);
        return;
    }
    if (!m_streaming) {
        // Some servers and proxies stream SSE under a JSON or text content type: a body that starts like an event
        // stream is parsed as one.
        if (m_body.isEmpty() && m_request.stream && m_provider->framing() == InferenceProvider::Framing::Sse) {
            const QByteArray start = chunk.left(8).trimmed();
            if (start.startsWith("data:") || start.startsWith("event:") || start.startsWith(":")
                || start.startsWith("id:"))
                m_streaming = true;
        }
        if (!m_streaming) {
            m_body.append(chunk);
            return;
        }
    }
    QList<QByteArray> payloads;
    if (m_provider->framing() == InferenceProvider::Framing::Ndjson) {
        payloads = m_ndjson->feed(chunk);
    } else {
        const QList<SseEvent> events = m_sse->feed(chunk);
        payloads.reserve(events.size());
        for (const SseEvent &event : events)
            payloads.append(event.data.toUtf8());
    }
    handleEvents(payloads);
}

void ChatRun::handleEvents(const QList<QByteArray> &payloads)
{
    QString content;
    QString reasoning;
    for (const QByteArray &payload : payloads) {
        const qsizetype rawSize = m_accumulator->rawContent().size();
        const qsizetype reasoningSize = m_accumulator->reasoning().size();
        const StreamAccumulator::Delta delta = m_accumulator->addEvent(payload);
        const bool newText =
            m_accumulator->rawContent().size() > rawSize || m_accumulator->reasoning().size() > reasoningSize;
        if (newText && m_result.ttftMs < 0)
            m_result.ttftMs = double(m_attemptClock.nsecsElapsed()) / 1e6;
        content += delta.content;
        reasoning += delta.reasoning;
    }
    if (!content.isEmpty() || !reasoning.isEmpty())
        Q_EMIT textReceived(content, reasoning);
}

void ChatRun::retryLater(int delayMs, const QString &message)
{
    qCInfo(lcInference).noquote() << "endpoint" << m_endpoint.name << ":" << message;
    Q_EMIT statusMessage(message);
    m_retryTimer.start(std::max(0, delayMs));
}

void ChatRun::onReplyFinished()
{
    HttpReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || m_finished)
        return;
    const HttpResult http = reply->result();
    const bool answered = m_receivedBytes > 0;

    if (http.hasNetworkError()) {
        if (http.error == NetError::Cancelled)
            return; // stop() handled it
        // Whatever arrived stays; the run records why it ended.
        if (m_streaming)
            m_accumulator->finish();
        if (!answered && http.status == 0 && m_transientRetries < m_maxTransientRetries
            && (http.error == NetError::ConnectionClosed || http.error == NetError::Timeout
                || http.error == NetError::Other)) {
            ++m_transientRetries;
            retryLater(Retry::backoffDelayMs(RetryPolicy{.maxRetries = m_maxTransientRetries}, m_transientRetries),
                tr("Connection failed (%1); retrying").arg(http.errorString));
            return;
        }
        if (http.error == NetError::IdleTimeout) {
            fail(u"timeout"_s,
                answered ? tr("The stream stalled: no data for %n second(s)", nullptr, m_endpoint.idleTimeoutSeconds)
                         : tr("No answer within %n second(s)", nullptr, m_endpoint.idleTimeoutSeconds),
                http.status);
        } else if (http.error == NetError::ConnectionClosed && answered) {
            if (m_accumulator->isComplete() && !m_accumulator->hasError()) {
                complete(RunStatus::Succeeded); // closed after the finish: nothing lost
                return;
            }
            fail(u"network"_s, tr("The connection was closed in the middle of the answer"), http.status);
        } else {
            fail(http.error == NetError::Timeout ? u"timeout"_s : u"network"_s, http.errorString, http.status);
        }
        return;
    }

    const int status = http.status;
    if (status < 200 || status >= 300) {
        const ErrorEnvelope::Parsed parsed = ErrorEnvelope::parse(http.body);
        const QString serverMessage = parsed.message;
        qint64 serverDelay = Retry::serverDelayMs(http.headers, QDateTime::currentDateTimeUtc());
        if (serverDelay < 0 && status == 429)
            serverDelay = Retry::providerDelayMs(http.headers); // retry-after-ms, x-ratelimit-reset-*
        m_result.retryAfterMs = serverDelay;
        if (status == 429 && m_rateLimitRetries < m_maxRateLimitRetries) {
            const qint64 delay = serverDelay >= 0 ? serverDelay : 1000LL << m_rateLimitRetries;
            if (delay <= MaxRateLimitWaitMs) {
                ++m_rateLimitRetries;
                retryLater(
                    int(delay), tr("Rate limited; retrying in %n second(s)", nullptr, int((delay + 999) / 1000)));
                return;
            }
        }
        const bool loading =
            status == 503 && (m_endpoint.kind == EndpointKind::HfEndpoint || ErrorEnvelope::isLoading(status, parsed));
        if (loading) {
            const qint64 waited = m_totalClock.elapsed();
            const qint64 budget = qint64(m_endpoint.startupWaitSeconds) * 1000;
            if (waited < budget) {
                qint64 delay = Retry::serverDelayMs(http.headers, QDateTime::currentDateTimeUtc());
                if (delay < 0 && parsed.estimatedTimeSeconds > 0)
                    delay = qint64(parsed.estimatedTimeSeconds * 1000);
                if (delay < 0)
                    delay = 2000;
                delay = std::clamp<qint64>(delay, 250, std::min<qint64>(MaxLoadingPollMs, budget - waited));
                retryLater(int(delay),
                    tr("Starting: the endpoint is loading the model (waited %1 of %2 s)")
                        .arg(waited / 1000)
                        .arg(m_endpoint.startupWaitSeconds));
                return;
            }
            fail(u"loading"_s,
                tr("The endpoint was still starting after %n second(s)", nullptr, m_endpoint.startupWaitSeconds)
                    + (serverMessage.isEmpty() ? QString() : u": "_s + serverMessage),
                status);
            return;
        }
        if ((status == 400 || status == 422) && m_includeUsage && serverMessage.contains(u"stream_options"_s)) {
            m_includeUsage = false;
            retryLater(0, tr("The server does not accept stream_options; retrying without it"));
            return;
        }
        if ((status == 502 || status == 504) && m_transientRetries < m_maxTransientRetries) {
            ++m_transientRetries;
            retryLater(Retry::backoffDelayMs(RetryPolicy{.maxRetries = m_maxTransientRetries}, m_transientRetries),
                tr("Server error %1; retrying").arg(status));
            return;
        }
        QString kind = u"http"_s;
        if (status == 401 || status == 403)
            kind = u"auth"_s;
        else if (status == 429 || status == 402)
            kind = u"rate-limit"_s;
        fail(kind, serverMessage.isEmpty() ? tr("HTTP %1 without a message").arg(status) : serverMessage, status);
        return;
    }

    // 2xx: the answer is complete (or the stream ended).
    if (!m_streaming) {
        const StreamAccumulator::Delta delta = m_accumulator->addCompleteResponse(m_body);
        if (m_accumulator->hasText() && m_result.ttftMs < 0)
            m_result.ttftMs = m_result.firstByteMs;
        if (!delta.isEmpty())
            Q_EMIT textReceived(delta.content, delta.reasoning);
    } else {
        if (m_provider->framing() == InferenceProvider::Framing::Ndjson) {
            const QByteArray tail = m_ndjson->finish();
            if (!tail.isEmpty())
                handleEvents({tail});
        } else if (m_sse->finish()) {
            qCInfo(lcInference).noquote() << "endpoint" << m_endpoint.name << ": stream ended inside an event";
        }
        const StreamAccumulator::Delta rest = m_accumulator->finish();
        if (!rest.isEmpty())
            Q_EMIT textReceived(rest.content, rest.reasoning);
    }
    if (m_accumulator->hasError()) {
        fail(u"stream"_s, m_accumulator->errorMessage(), status);
        return;
    }
    if (m_accumulator->isComplete()) {
        complete(RunStatus::Succeeded);
        return;
    }
    m_result.errorKind = u"truncated"_s;
    m_result.errorMessage = m_accumulator->eventCount() == 0 && m_body.isEmpty()
        ? tr("The server answered with an empty body")
        : tr("The stream ended without a finish reason: the answer may be cut off");
    complete(RunStatus::Truncated);
}

void ChatRun::fail(const QString &kind, const QString &message, int httpStatus)
{
    m_result.errorKind = kind;
    m_result.errorMessage = message;
    if (httpStatus)
        m_result.httpStatus = httpStatus;
    complete(RunStatus::Failed);
}

void ChatRun::complete(RunStatus status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_result.status = status;
    if (status == RunStatus::Cancelled && m_result.errorMessage.isEmpty())
        m_result.errorMessage = tr("Stopped");
    computeMetrics();
    qCInfo(lcInference).noquote() << "endpoint" << m_endpoint.name << "model" << m_request.model << "->"
                                  << runStatusName(status) << "http" << m_result.httpStatus << "ttft" << m_result.ttftMs
                                  << "total" << m_result.totalMs;
    Q_EMIT finished();
}

void ChatRun::computeMetrics()
{
    if (m_attemptClock.isValid())
        m_result.totalMs = double(m_attemptClock.nsecsElapsed()) / 1e6;
    if (m_accumulator) {
        m_result.text = m_accumulator->content();
        m_result.reasoning = m_accumulator->reasoning();
        m_result.finishReason = m_accumulator->finishReason();
        m_result.usage = m_accumulator->usage();
        m_result.servedModel = m_accumulator->servedModel();
        m_result.serverMetrics = m_accumulator->serverMetrics();
    }
    m_result.usageReported = m_result.usage.completionTokens >= 0;
    m_result.completionTokens = m_result.usageReported
        ? m_result.usage.completionTokens
        : estimateTokens(m_result.text) + estimateTokens(m_result.reasoning);
    const double generationMs = m_result.totalMs - m_result.ttftMs;
    if (m_result.ttftMs >= 0 && generationMs >= 1.0 && m_result.completionTokens > 0)
        m_result.tokensPerSecond = double(m_result.completionTokens) / (generationMs / 1000.0);

    if (m_result.provider.isEmpty()) {
        if (m_endpoint.kind == EndpointKind::HfRouter) {
            const qsizetype colon = m_request.model.lastIndexOf(u':');
            const QString suffix = colon > 0 ? m_request.model.mid(colon + 1) : QString();
            if (!suffix.isEmpty() && !isRouterPolicy(suffix))
                m_result.provider = suffix;
        } else {
            m_result.provider = Endpoints::kindName(m_endpoint.kind);
        }
    }

    std::optional<double> priceIn = m_endpoint.priceInputPerMillion;
    std::optional<double> priceOut = m_endpoint.priceOutputPerMillion;
    if (!priceOut) {
        for (const ProviderOffer &offer : m_offers) {
            if (offer.provider == m_result.provider) {
                priceIn = offer.priceInputPerMillion;
                priceOut = offer.priceOutputPerMillion;
            }
        }
    }
    if (priceOut && m_result.completionTokens >= 0 && m_result.usageReported) {
        double cost = double(m_result.completionTokens) * *priceOut / 1e6;
        if (priceIn && m_result.usage.promptTokens >= 0)
            cost += double(m_result.usage.promptTokens) * *priceIn / 1e6;
        m_result.costUsd = cost;
    }
}
