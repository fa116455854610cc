// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct ChatMessage
{
    QString role; // "system", "user", "assistant"
    QString content;

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

// Sampling parameters. An unset value is not sent, so the server's own default applies (and the record says so).
struct GenerationParams
{
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    std::optional<qint64> seed;
    QStringList stop;

    // Values set in `override` replace ours (a column's overrides over the shared parameters).
    GenerationParams overriddenBy(const GenerationParams &override) const;
    QJsonObject toJson() const; // {"temperature":…,"top_p":…,"max_tokens":…,"seed":…,"stop":[…]}, unset keys omitted
    static GenerationParams fromJson(const QJsonObject &object);

    friend bool operator==(const GenerationParams &, const GenerationParams &) = default;
};

struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    GenerationParams params;
    bool stream = true;
};

// Token counts as the server reported them; -1 where it reported nothing.
struct TokenUsage
{
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 totalTokens = -1;

    bool isValid() const
    {
        return promptTokens >= 0 || completionTokens >= 0 || totalTokens >= 0;
    }
};

enum class RunStatus
{
    Pending,
    Running,
    Succeeded, // a finish reason (or [DONE], or the dialect's own end marker) arrived
    Failed, // HTTP error, error event inside the stream, network failure, idle timeout
    Truncated, // the stream ended without a finish: partial text kept
    Cancelled // stopped by the user
};

QString runStatusName(RunStatus status); // "pending", "running", "ok", "failed", "truncated", "cancelled"
std::optional<RunStatus> runStatusFromName(const QString &name);

// Everything measured about one generation. Times are milliseconds from the moment the request that produced the
// answer was sent (waits for a cold endpoint or a rate limit are in waitedMs, never in the latencies).
struct RunResult
{
    RunStatus status = RunStatus::Pending;
    QString text; // the answer, reasoning removed
    QString reasoning; // reasoning_content / reasoning / <think> blocks
    QString finishReason; // as the server said it ("stop", "length", "eos_token", …); empty when none came
    TokenUsage usage; // the last non-null usage the server sent (never summed)
    bool usageReported = false; // false: completionTokens is our estimate
    qint64 completionTokens = -1; // reported, else estimated from the text
    double firstByteMs = -1;
    double ttftMs = -1; // first non-empty content or reasoning text
    double totalMs = -1;
    double tokensPerSecond = -1; // completionTokens / (total - ttft)
    qint64 waitedMs = 0; // time spent waiting for a cold endpoint or a rate limit before the final attempt
    QString provider; // x-inference-provider, or the endpoint's kind for single-provider servers
    QString servedModel; // the `model` the server echoed
    int httpStatus = 0;
    QString errorMessage; // the server's own message where it gave one
    QString errorKind; // "http", "stream", "network", "timeout", "loading", "rate-limit", "auth", "protocol"
    int attempts = 0;
    // The wait a 429/503 answer asked for (Retry-After, RateLimit, x-ratelimit-reset-*), or the time until the limit a
    // successful answer reported as used up resets; -1 when none.
    qint64 retryAfterMs = -1;
    std::optional<double> costUsd;
    QJsonObject serverMetrics; // timings, time_info, Ollama durations, TGI details … as sent
};

Q_DECLARE_METATYPE(RunResult)
