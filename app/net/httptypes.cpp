// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/net/httptypes.h"

using namespace Qt::StringLiterals;

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpResult::header(QByteArrayView name) const
{
    return headerValue(headers, name);
}

QList<QByteArray> HttpResult::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

QString netErrorName(NetError error)
{
    switch (error) {
    case NetError::None:
        return u"none"_s;
    case NetError::HostNotFound:
        return u"host not found"_s;
    case NetError::ConnectionRefused:
        return u"connection refused"_s;
    case NetError::Tls:
        return u"TLS error"_s;
    case NetError::Timeout:
        return u"timed out"_s;
    case NetError::IdleTimeout:
        return u"stalled"_s;
    case NetError::ConnectionClosed:
        return u"connection closed"_s;
    case NetError::TooLarge:
        return u"response too large"_s;
    case NetError::TooManyRedirects:
        return u"too many redirects"_s;
    case NetError::Proxy:
        return u"proxy error"_s;
    case NetError::Cancelled:
        return u"cancelled"_s;
    case NetError::Other:
        break;
    }
    return u"network error"_s;
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) {
        return url.port(url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}
