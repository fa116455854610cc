// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include "app/net/retrypolicy.h"

// Header names are stored lower-case; values verbatim. Order is kept (Link and RateLimit may repeat).
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

enum class RedirectPolicy
{
    None, // hand every 3xx back to the caller
    SameOrigin, // follow relative Locations and absolute ones on the same scheme, host and port (what the Hub needs)
    Any // follow everything; secrets are dropped when the origin changes
};

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    // Sent as "Authorization: Bearer …" only while the request stays on the origin of `url`.
    QByteArray bearerToken;
    int connectTimeoutMs = 10000;
    int idleTimeoutMs = 30000; // no byte for this long ends the transfer; 0 disables it
    int totalTimeoutMs = 0; // 0: no limit on the whole transfer
    qint64 maxBodyBytes = qint64(64) * 1024 * 1024;
    RedirectPolicy redirects = RedirectPolicy::SameOrigin;
    int maxRedirects = 5;
    RetryPolicy retry;
    bool accumulateBody = true; // false for long streams: only dataReceived() sees the bytes

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name.toLower(), value));
    }
};

enum class NetError
{
    None,
    HostNotFound,
    ConnectionRefused,
    Tls,
    Timeout, // the connect or total timeout expired
    IdleTimeout, // no bytes for idleTimeoutMs
    ConnectionClosed, // reset or closed before the response was complete
    TooLarge,
    TooManyRedirects,
    Proxy,
    Cancelled,
    Other
};

struct HttpResult
{
    NetError error = NetError::None;
    QString errorString; // English, for logs and the command line; never contains a secret
    int curlCode = 0;
    int status = 0; // 0 when no response line arrived
    HttpHeaders headers; // of the final response
    QByteArray body;
    QUrl url; // the final URL after redirects
    int attempts = 0;
    int redirects = 0;
    qint64 elapsedMs = 0;

    QByteArray header(QByteArrayView name) const; // first value, case-insensitive; empty when absent
    QList<QByteArray> headerValues(QByteArrayView name) const;
    bool hasNetworkError() const
    {
        return error != NetError::None;
    }
    bool isSuccess() const
    {
        return error == NetError::None && status >= 200 && status < 300;
    }
};

QString netErrorName(NetError error);
// The value of `name` in `headers` (first match, case-insensitive).
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);
// scheme://host:port equality, with default ports filled in.
bool isSameOrigin(const QUrl &a, const QUrl &b);
