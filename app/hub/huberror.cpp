// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hub/huberror.h"

#include <QDateTime>

#include "app/hub/hubparse.h"
#include "app/net/httptypes.h"

using namespace Qt::StringLiterals;

HubError HubError::make(Kind kind, const QString &message)
{
    HubError error;
    error.kind = kind;
    error.message = message;
    return error;
}

HubError HubError::fromHttp(const HttpResult &result, bool authenticated)
{
    HubError error;
    error.status = result.status;
    error.requestId = QString::fromLatin1(result.header("x-request-id"));
    switch (result.error) {
    case NetError::None:
        break;
    case NetError::HostNotFound:
        return make(Kind::Network, u"could not resolve %1 (are you offline?)"_s.arg(result.url.host()));
    case NetError::ConnectionRefused:
        return make(Kind::Network, u"could not connect to %1"_s.arg(result.url.authority()));
    case NetError::ConnectionClosed:
        return make(Kind::Network,
            u"the connection to %1 was closed before the response was complete"_s.arg(result.url.host()));
    case NetError::Proxy:
        return make(Kind::Network, u"proxy error: %1"_s.arg(result.errorString));
    case NetError::Tls:
        return make(Kind::Tls, u"secure connection to %1 failed: %2"_s.arg(result.url.host(), result.errorString));
    case NetError::Timeout:
    case NetError::IdleTimeout:
        return make(Kind::Timeout, u"%1 did not answer in time (%2)"_s.arg(result.url.host(), result.errorString));
    case NetError::TooLarge:
        return make(Kind::TooLarge, result.errorString);
    case NetError::TooManyRedirects:
        return make(Kind::BadResponse, u"too many redirects"_s);
    case NetError::Cancelled:
        return make(Kind::Cancelled, u"cancelled"_s);
    case NetError::Other:
        return make(Kind::Network, result.errorString);
    }
    if ((result.status >= 200 && result.status < 300) || result.status == 304)
        return error;

    error.errorCode = result.header("x-error-code");
    error.serverMessage = QString::fromUtf8(result.header("x-error-message"));
    if (error.serverMessage.isEmpty())
        error.serverMessage = HubParse::errorMessage(result.body);
    const QByteArray code = error.errorCode;
    const QString server = error.serverMessage;
    const int status = result.status;
    if (code == "GatedRepo" || (status == 403 && server.contains(u"gated"_s, Qt::CaseInsensitive))) {
        error.kind = Kind::Gated;
        error.message = authenticated
            ? u"this repository is gated and your account has not been granted access yet; request it on the repository page"_s
            : u"this repository is gated; sign in with a token of an account that was granted access"_s;
    } else if (status == 401 && server.contains(u"Invalid credentials"_s, Qt::CaseInsensitive)) {
        error.kind = Kind::Unauthorized;
        error.message = u"the Hugging Face token was rejected (invalid or expired); check HF_TOKEN or the token file"_s;
    } else if (code == "RevisionNotFound") {
        error.kind = Kind::RevisionNotFound;
        error.message = u"revision not found"_s;
    } else if (code == "EntryNotFound") {
        error.kind = Kind::EntryNotFound;
        error.message = u"file not found in this revision"_s;
    } else if (status == 401 || status == 404) {
        error.kind = Kind::NotFound;
        error.message = (status == 401 && !authenticated)
            ? u"not found, or private (sign in with a token to see private repositories)"_s
            : u"not found"_s;
        if (code == "ResponseNotFound" && !server.isEmpty())
            error.message = server;
    } else if (status == 403) {
        error.kind = Kind::Forbidden;
        error.message = u"access denied"_s;
    } else if (status == 429) {
        error.kind = Kind::RateLimited;
        const qint64 wait = Retry::serverDelayMs(result.headers, QDateTime::currentDateTimeUtc());
        const RateLimitInfo limit = Retry::parseRateLimit(result.header("ratelimit"));
        error.retryAfterSeconds =
            wait >= 0 ? static_cast<int>((wait + 999) / 1000) : (limit.isValid() ? limit.resetSeconds : -1);
        error.message = error.retryAfterSeconds >= 0
            ? u"rate limited by the Hub; the limit resets in %1 s"_s.arg(error.retryAfterSeconds)
            : u"rate limited by the Hub; try again later"_s;
    } else if (status == 400 || status == 422) {
        error.kind = Kind::BadRequest;
        error.message = u"the request was rejected as invalid"_s;
    } else if (status >= 500) {
        error.kind = Kind::Server;
        error.message = code == "ResponseNotReady"
            ? u"the dataset viewer has not prepared this response yet; try again in a moment"_s
            : u"server error (HTTP %1)"_s.arg(status);
    } else {
        error.kind = Kind::BadResponse;
        error.message = u"unexpected HTTP %1"_s.arg(status);
    }
    return error;
}
