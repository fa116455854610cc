// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/retrypolicy.h"

#include <algorithm>
#include <cmath>

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Retry {

bool isRetryableStatus(int status)
{
    // The set huggingface_hub's http_backoff retries.
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

RateLimitInfo parseRateLimit(const QByteArray &rateLimit, const QByteArray &rateLimitPolicy)
{
    RateLimitInfo info;
    static const QRegularExpression limitRe(u"\"(\\w+)\"\\s*;\\s*r\\s*=\\s*(\\d+)\\s*;\\s*t\\s*=\\s*(\\d+)"_s);
    static const QRegularExpression policyRe(u"q\\s*=\\s*(\\d+).*?w\\s*=\\s*(\\d+)"_s);
    const auto limitMatch = limitRe.match(QString::fromLatin1(rateLimit));
    if (limitMatch.hasMatch()) {
        info.resource = limitMatch.captured(1);
        info.remaining = limitMatch.captured(2).toInt();
        info.resetSeconds = limitMatch.captured(3).toInt();
    }
    const auto policyMatch = policyRe.match(QString::fromLatin1(rateLimitPolicy));
    if (policyMatch.hasMatch()) {
        info.quota = policyMatch.captured(1).toInt();
        info.windowSeconds = policyMatch.captured(2).toInt();
    }
    return info;
}

// The longest wait a server's header is taken at: anything longer is a broken header, not a plan.
constexpr qint64 MaxServerDelayMs = 24LL * 3600 * 1000;

static QByteArray firstHeader(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

qint64 serverDelayMs(const QList<QPair<QByteArray, QByteArray>> &headers, const QDateTime &now)
{
    const QByteArray retryAfter = firstHeader(headers, "retry-after").trimmed();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const qint64 seconds = retryAfter.toLongLong(&ok);
        if (ok && seconds >= 0)
            return std::min(seconds, MaxServerDelayMs / 1000) * 1000; // a day at most: no overflow
        // HTTP-date form, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
        const QString text = QString::fromLatin1(retryAfter);
        QDateTime when = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        if (when.isValid()) {
            when.setTimeSpec(Qt::UTC);
            return std::clamp<qint64>(now.msecsTo(when), 0, MaxServerDelayMs);
        }
    }
    const RateLimitInfo info = parseRateLimit(firstHeader(headers, "ratelimit"));
    if (info.isValid() && info.remaining == 0)
        return (qint64(info.resetSeconds) + 1) * 1000; // huggingface_hub sleeps t+1
    return -1;
}

qint64 parseDurationMs(const QByteArray &text)
{
    const QByteArray value = text.trimmed().toLower();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok) // "inf", "nan" and absurd values are not a duration; a day at most
        return std::isfinite(seconds) && seconds >= 0
            ? qint64(std::llround(std::min(seconds * 1000, double(MaxServerDelayMs))))
            : -1;
    // Go durations: a sequence of <number><unit>, units h, m, s, ms.
    static const QRegularExpression part(u"(\\d+(?:\\.\\d+)?)(ms|h|m|s)"_s);
    double total = 0;
    qsizetype consumed = 0;
    QRegularExpressionMatchIterator it = part.globalMatch(QString::fromLatin1(value));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() != consumed)
            return -1;
        consumed = match.capturedEnd();
        const double number = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        total += unit == u"h"_s ? number * 3600000
            : unit == u"m"_s    ? number * 60000
            : unit == u"s"_s    ? number * 1000
                                : number;
    }
    return consumed == value.size() && std::isfinite(total)
        ? qint64(std::llround(std::min(total, double(MaxServerDelayMs))))
        : -1;
}

qint64 providerDelayMs(const QList<QPair<QByteArray, QByteArray>> &headers, bool exhaustedOnly)
{
    const QByteArray retryAfterMs = firstHeader(headers, "retry-after-ms").trimmed();
    if (!retryAfterMs.isEmpty() && !exhaustedOnly) {
        bool ok = false;
        const double ms = retryAfterMs.toDouble(&ok);
        if (ok && std::isfinite(ms) && ms >= 0)
            return qint64(std::llround(std::min(ms, double(MaxServerDelayMs))));
    }
    qint64 exhausted = -1;
    qint64 shortest = -1;
    for (const char *limit : {"requests", "tokens"}) {
        const qint64 reset =
            parseDurationMs(firstHeader(headers, QByteArray(QByteArray("x-ratelimit-reset-") + limit)));
        if (reset < 0)
            continue;
        shortest = shortest < 0 ? reset : std::min(shortest, reset);
        const QByteArray remaining =
            firstHeader(headers, QByteArray(QByteArray("x-ratelimit-remaining-") + limit)).trimmed();
        if (!remaining.isEmpty() && remaining.toDouble() <= 0)
            exhausted = std::max(exhausted, reset);
    }
    return exhausted >= 0 ? exhausted : exhaustedOnly ? -1 : shortest;
}

int backoffDelayMs(const RetryPolicy &policy, int retry)
{
    const double exponent = std::clamp(retry - 1, 0, 20);
    const double raw = std::min<double>(policy.maxDelayMs, policy.baseDelayMs * std::pow(2.0, exponent));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return std::max(0, static_cast<int>(std::min<double>(policy.maxDelayMs, raw * jitter)));
}

} // namespace Retry
