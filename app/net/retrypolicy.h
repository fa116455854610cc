// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// How often and how long a request is tried again after 408/429/5xx or a transient network failure.
struct RetryPolicy
{
    int maxRetries = 0; // further attempts after the first; 0 disables retrying
    int baseDelayMs = 500; // first backoff; doubles per retry
    int maxDelayMs = 20000; // cap of the computed backoff
    int maxServerDelayMs = 120000; // longest Retry-After/RateLimit wait accepted; longer ones fail at once
    bool retryNetworkErrors = true; // connection refused/closed, timeouts
};

// The IETF draft RateLimit headers the Hub sends on every response: `"api";r=489;t=189`.
struct RateLimitInfo
{
    QString resource; // "api", "resolvers", "pages"
    int remaining = -1;
    int resetSeconds = -1;
    int quota = -1;
    int windowSeconds = -1;
    bool isValid() const
    {
        return remaining >= 0 && resetSeconds >= 0;
    }
};

namespace Retry {
bool isRetryableStatus(int status);
RateLimitInfo parseRateLimit(const QByteArray &rateLimit, const QByteArray &rateLimitPolicy = {});
// Delay the server asked for, in ms: Retry-After (seconds or HTTP-date), else RateLimit's t when r=0. -1 if none.
qint64 serverDelayMs(const QList<QPair<QByteArray, QByteArray>> &headers, const QDateTime &now);
// The wait an inference provider's 429 asks for besides Retry-After: `retry-after-ms` (OpenAI), else the reset of the
// exhausted `x-ratelimit-remaining-requests|tokens` limit from `x-ratelimit-reset-requests|tokens` (the longest of the
// exhausted ones; the shortest reset when none says which), as seconds ("1.5", Cerebras) or Go durations ("6m0s",
// "20ms", OpenAI). -1 if none.
// exhaustedOnly: only a limit whose remaining count is 0 (for successful answers, which are no reason to wait).
qint64 providerDelayMs(const QList<QPair<QByteArray, QByteArray>> &headers, bool exhaustedOnly = false);
// "1.5" → 1500, "20ms" → 20, "6m0s" → 360000, "1h2m3.5s" → 3723500; -1 when unparsable.
qint64 parseDurationMs(const QByteArray &text);
// Exponential backoff with ±20% jitter for the retry number `retry` (1-based), capped by the policy.
int backoffDelayMs(const RetryPolicy &policy, int retry);
} // namespace Retry
