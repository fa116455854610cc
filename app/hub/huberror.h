// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

struct HttpResult;

// What went wrong with a Hub or dataset-viewer request, classified the way huggingface_hub does (hub-api.md §5),
// with an English sentence for logs and the command line. The UI translates from `kind`, not from `message`.
struct HubError
{
    enum class Kind
    {
        None,
        NotFound, // repo missing, or private and we are anonymous (the Hub answers 401 for both)
        RevisionNotFound,
        EntryNotFound,
        Unauthorized, // the token itself was rejected
        Gated, // gated repo, access not granted
        Forbidden,
        RateLimited,
        BadRequest,
        Server, // 5xx, including the dataset viewer's ResponseNotReady
        Offline, // HF_HUB_OFFLINE and nothing cached
        Network, // DNS, refused, reset
        Tls,
        Timeout,
        TooLarge,
        BadResponse, // malformed JSON or an unexpected shape
        Cancelled
    };

    Kind kind = Kind::None;
    int status = 0;
    QString message;
    QString serverMessage;
    QByteArray errorCode; // X-Error-Code
    QString requestId; // X-Request-Id, for support
    int retryAfterSeconds = -1; // rate limits: time until the window resets

    bool isError() const
    {
        return kind != Kind::None;
    }
    bool isNetwork() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Tls;
    }

    // Classifies a finished HTTP exchange; Kind::None for 2xx/304.
    static HubError fromHttp(const HttpResult &result, bool authenticated);
    static HubError make(Kind kind, const QString &message);
};
Q_DECLARE_METATYPE(HubError)
