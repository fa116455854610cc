// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include "app/hub/hubconfig.h"
#include "app/hub/huberror.h"
#include "app/hub/hubtypes.h"
#include "app/net/retrypolicy.h"

class CurlMulti;
class HttpReply;
class HubCache;
struct HttpResult;

// What a Hub call delivers: a value or an error, plus where it came from. A response served from the cache (offline,
// or the network failed) has fromCache set and fetchedAt says how old it is; `error` then still tells why the
// network was not used.
template <typename T>
struct HubResult
{
    std::optional<T> value;
    HubError error;
    bool fromCache = false;
    QDateTime fetchedAt;
    QUrl nextPage; // listings: the Link rel="next" URL, verbatim; invalid on the last page

    bool ok() const
    {
        return value.has_value();
    }
};

struct HubListQuery
{
    RepoType type = RepoType::Model;
    QString search;
    QString author;
    QStringList filters; // repeated `filter` tags, all must match
    QString pipelineTag;
    QString sort; // downloads, likes, trendingScore, lastModified, createdAt; empty: the Hub's default
    QString numParameters; // e.g. "min:6B,max:128B"
    QString inferenceProvider; // a provider name, or "all"
    std::optional<bool> gated;
    int pageSize = 100;
    QStringList expand; // empty: defaultExpand(type)
};

// Hub and dataset-viewer client (hub-api.md). All calls are asynchronous on the CurlMulti's thread; `done` runs on
// the same thread, unless `context` was destroyed first. Every call returns a handle that cancel() accepts.
// Responses are cached (ETag revalidation) when a HubCache is given; with HubConfig::offline only the cache answers.
class HubClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubClient)

public:
    using CallId = quint64;

    HubClient(CurlMulti *network, const HubConfig &config, HubCache *cache = nullptr, QObject *parent = nullptr);
    ~HubClient() override;

    const HubConfig &config() const
    {
        return m_config;
    }
    void setConfig(const HubConfig &config);
    // Retries for 429/5xx and transient failures (default: 3 retries, 1 s base, Retry-After up to 30 s honoured).
    void setRetryPolicy(const RetryPolicy &policy);

    static QStringList defaultExpand(RepoType type);
    QUrl listUrl(const HubListQuery &query) const;

    CallId listModels(
        const HubListQuery &query, QObject *context, std::function<void(const HubResult<QList<ModelInfo>> &)> done);
    CallId listDatasets(
        const HubListQuery &query, QObject *context, std::function<void(const HubResult<QList<DatasetInfo>> &)> done);
    // The next page of a listing: the URL from HubResult::nextPage, requested verbatim.
    CallId listModelsPage(
        const QUrl &pageUrl, QObject *context, std::function<void(const HubResult<QList<ModelInfo>> &)> done);
    CallId listDatasetsPage(
        const QUrl &pageUrl, QObject *context, std::function<void(const HubResult<QList<DatasetInfo>> &)> done);

    CallId modelInfo(const QString &repoId, const QString &revision, QObject *context,
        std::function<void(const HubResult<ModelInfo> &)> done);
    CallId datasetInfo(const QString &repoId, const QString &revision, QObject *context,
        std::function<void(const HubResult<DatasetInfo> &)> done);
    // Only `inferenceProviderMapping` (expand): the full info call above does not carry it. The value is a ModelInfo
    // whose `providers` are filled and whose other fields are unknown.
    CallId modelProviders(
        const QString &repoId, QObject *context, std::function<void(const HubResult<ModelInfo> &)> done);
    // The whole recursive file tree, following its pagination.
    CallId listFiles(RepoType type, const QString &repoId, const QString &revision, QObject *context,
        std::function<void(const HubResult<QList<RepoTreeEntry>> &)> done);
    // README.md as Markdown text (front matter included).
    CallId card(RepoType type, const QString &repoId, const QString &revision, QObject *context,
        std::function<void(const HubResult<QString> &)> done);
    CallId whoAmI(QObject *context, std::function<void(const HubResult<WhoAmI> &)> done);

    CallId datasetValidity(
        const QString &dataset, QObject *context, std::function<void(const HubResult<DvValidity> &)> done);
    CallId datasetSplits(
        const QString &dataset, QObject *context, std::function<void(const HubResult<DvSplits> &)> done);
    // /rows with 0 <= offset and 1 <= length <= 100.
    CallId datasetRows(const QString &dataset, const QString &config, const QString &split, qint64 offset, int length,
        QObject *context, std::function<void(const HubResult<DvRows> &)> done);
    CallId datasetFirstRows(const QString &dataset, const QString &config, const QString &split, QObject *context,
        std::function<void(const HubResult<DvRows> &)> done);
    CallId datasetSize(const QString &dataset, QObject *context, std::function<void(const HubResult<DvSize> &)> done);
    CallId datasetViewerInfo(
        const QString &dataset, QObject *context, std::function<void(const HubResult<DvInfo> &)> done);

    void cancel(CallId id);
    void cancelAll();
    int pendingCalls() const;

    // Rate-limit state seen on the last Hub response (the Hub sends it on every response).
    int lastRateLimitRemaining() const
    {
        return m_rateLimitRemaining;
    }
    int lastRateLimitResetSeconds() const
    {
        return m_rateLimitReset;
    }

    // One raw GET through cache, retries and error classification; the typed calls above are built on it.
    struct Raw
    {
        QByteArray body;
        QByteArray contentType;
        QUrl nextPage;
        HubError error;
        bool fromCache = false;
        QDateTime fetchedAt;
        bool ok() const
        {
            return !error.isError() || fromCache;
        }
    };
    struct FetchOptions
    {
        bool useCache = true;
        bool anyRedirect = false; // file downloads may go to a CDN (the token is dropped there)
        qint64 maxBodyBytes = qint64(64) * 1024 * 1024;
    };
    CallId fetch(const QUrl &url, const FetchOptions &options, QObject *context, std::function<void(const Raw &)> done);

Q_SIGNALS:
    // A request is being retried after 429/5xx; the status bar shows it.
    void retrying(const QUrl &url, int retry, int delayMs, const QString &reason);
    void rateLimitChanged(int remaining, int resetSeconds);

private:
    struct Call;
    QUrl repoApiUrl(RepoType type, const QString &repoId, const QString &revision, const QString &suffix = {}) const;
    QUrl dvUrl(const QString &path, const QList<QPair<QString, QString>> &query) const;
    CallId fetchInGroup(const QUrl &url, const FetchOptions &options, QObject *context,
        std::function<void(const Raw &)> done, CallId group);
    void startNetwork(CallId id, const QByteArray &etag);
    void onReplyFinished(CallId id, const HttpResult &result);
    void complete(CallId id, Raw raw);
    template <typename T, typename Parse>
    CallId getParsed(const QUrl &url, QObject *context, Parse parse, std::function<void(const HubResult<T> &)> done,
        const FetchOptions &options = {});

    CurlMulti *m_network;
    HubConfig m_config;
    HubCache *m_cache;
    CallId m_nextId = 1;
    QHash<CallId, Call *> m_calls;
    int m_rateLimitRemaining = -1;
    int m_rateLimitReset = -1;
    RetryPolicy m_retryPolicy = {3, 1000, 20000, 30000, true};
};
