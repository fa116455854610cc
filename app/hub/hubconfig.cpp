// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hub/hubconfig.h"

#include <QDir>
#include <QFile>

#include "app/net/httptypes.h"

using namespace Qt::StringLiterals;

namespace {

QUrl baseUrl(const QString &value, const QUrl &fallback)
{
    QString text = value.trimmed();
    while (text.endsWith(u'/'))
        text.chop(1);
    const QUrl url(text);
    return !text.isEmpty() && url.isValid() && !url.host().isEmpty() ? url : fallback;
}

} // namespace

bool HubConfig::isTruthy(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"1"_s || v == u"true"_s || v == u"yes"_s || v == u"on"_s;
}

QString HubConfig::hfHome()
{
    const QString home = qEnvironmentVariable("HF_HOME");
    if (!home.isEmpty())
        return QDir::cleanPath(home);
    const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
    return QDir::cleanPath((xdg.isEmpty() ? QDir::homePath() + u"/.cache"_s : xdg) + u"/huggingface"_s);
}

HubConfig HubConfig::fromEnvironment()
{
    HubConfig config;
    config.endpoint = baseUrl(qEnvironmentVariable("HF_ENDPOINT"), config.endpoint);
    config.datasetsServer = baseUrl(qEnvironmentVariable("HUBLENS_DATASETS_SERVER"), config.datasetsServer);
    config.offline =
        isTruthy(qEnvironmentVariable("HF_HUB_OFFLINE")) || isTruthy(qEnvironmentVariable("TRANSFORMERS_OFFLINE"));
    if (isTruthy(qEnvironmentVariable("HF_HUB_DISABLE_IMPLICIT_TOKEN")))
        return config;

    for (const char *name : {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"}) {
        const QByteArray value = qgetenv(name).trimmed();
        if (!value.isEmpty()) {
            config.token = value;
            config.tokenSource = QString::fromLatin1(name);
            return config;
        }
    }
    QString path = qEnvironmentVariable("HF_TOKEN_PATH");
    if (path.isEmpty())
        path = hfHome() + u"/token"_s;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray value = file.read(4096).trimmed();
        if (!value.isEmpty() && !value.contains('\n')) {
            config.token = value;
            config.tokenSource = QDir::toNativeSeparators(path);
        }
    }
    return config;
}

QString HubConfig::savedTokenSource()
{
    return u"settings"_s;
}

bool HubConfig::applySavedToken(HubConfig &config, const QByteArray &savedToken)
{
    const QByteArray token = savedToken.trimmed();
    if (token.isEmpty() || token.contains('\n') || isTruthy(qEnvironmentVariable("HF_HUB_DISABLE_IMPLICIT_TOKEN")))
        return false;
    if (!config.token.isEmpty() && config.tokenSource != savedTokenSource())
        return false; // the environment or the token file wins
    config.token = token;
    config.tokenSource = savedTokenSource();
    return true;
}

void HubConfig::applySavedEndpoints(HubConfig &config, const QUrl &hubEndpoint, const QUrl &datasetsServer)
{
    const auto usable = [](const QUrl &url) {
        return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty();
    };
    if (qEnvironmentVariableIsEmpty("HF_ENDPOINT") && usable(hubEndpoint))
        config.endpoint = baseUrl(hubEndpoint.toString(), config.endpoint);
    if (qEnvironmentVariableIsEmpty("HUBLENS_DATASETS_SERVER") && usable(datasetsServer))
        config.datasetsServer = baseUrl(datasetsServer.toString(), config.datasetsServer);
}

bool HubConfig::mayReceiveToken(const QUrl &url) const
{
    return isSameOrigin(url, endpoint) || isSameOrigin(url, datasetsServer);
}
