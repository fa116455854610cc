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
    // The token saved in Settings (SecretStore::hubTokenKey()), used only when the environment gave none: HF_TOKEN and
    // the token file win, as in huggingface_hub; HF_HUB_DISABLE_IMPLICIT_TOKEN=1 disables it too. tokenSource becomes
    // savedTokenSource(). Returns whether the saved token is now in use.
    static bool applySavedToken(HubConfig &config, const QByteArray &savedToken);
    static QString savedTokenSource(); // "settings"
    // The endpoints saved in Settings, used only when HF_ENDPOINT / HUBLENS_DATASETS_SERVER are unset and the saved
    // value is a valid http(s) URL; an empty QUrl leaves the current value.
    static void applySavedEndpoints(HubConfig &config, const QUrl &hubEndpoint, const QUrl &datasetsServer);
    static QString hfHome();
    static bool isTruthy(const QString &value); // "1", "true", "yes", "on"
    bool mayReceiveToken(const QUrl &url) const; // true only for the Hub and dataset-viewer origins
};
