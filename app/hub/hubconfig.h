// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Where the Hub is and who we are, read from the environment the way huggingface_hub does (hub-api.md §4).
struct HubConfig
{
    QUrl endpoint = QUrl(QStringLiteral("https://huggingface.co")); // HF_ENDPOINT, trailing '/' stripped
    QUrl datasetsServer = QUrl(QStringLiteral("https://datasets-server.huggingface.co")); // HUBLENS_DATASETS_SERVER
    QByteArray token; // never logged; sent only to the two hosts above
    QString tokenSource; // "HF_TOKEN", a token file path, or empty
    bool offline = false; // HF_HUB_OFFLINE: answer from the cache only

    // HF_TOKEN, else HUGGING_FACE_HUB_TOKEN, else the file HF_TOKEN_PATH, else $HF_HOME/token (HF_HOME defaults to
    // $XDG_CACHE_HOME/huggingface, else ~/.cache/huggingface). HF_HUB_DISABLE_IMPLICIT_TOKEN=1 sends none.
    static HubConfig fromEnvironment();
    static QString hfHome();
    static bool isTruthy(const QString &value); // "1", "true", "yes", "on"
    bool mayReceiveToken(const QUrl &url) const; // true only for the Hub and dataset-viewer origins
};
