// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hub/hubclient.h"

#include <QPointer>

#include "app/core/logging.h"
#include "app/core/redact.h"
#include "app/hub/hubcache.h"
#include "app/hub/hubparse.h"
#include "app/net/curlmulti.h"
#include "app/net/httpreply.h"
#include "app/net/linkheader.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxTreeEntries = 200000;

QByteArray encodeSegments(const QString &repoId)
{
    QByteArray out;
    const QStringList parts = repoId.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!out.isEmpty())
            out += '/';
        out += QUrl::toPercentEncoding(part);
    }
    return out;
}

QByteArray typePath(RepoType type)
{
    switch (type) {
    case RepoType::Model:
        return "models";
    case RepoType::Dataset:
        return "datasets";
    case RepoType::Space:
        return "spaces";
    }
    return "models";
}

void addParam(QByteArray &query, const char *key, const QString &value)
{
    if (!query.isEmpty())
        query += '&';
    query += key;
    query += '=';
    query += QUrl::toPercentEncoding(value);
}

QUrl withPath(const QUrl &base, const QByteArray &encodedPathAndQuery)
{
    return QUrl::fromEncoded(base.toEncoded() + encodedPathAndQuery, QUrl::StrictMode);
}

} // namespace

struct HubClient::Call
{
    QUrl url;
    FetchOptions options;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(const Raw &)> done;
    QPointer<HttpReply> reply;
    std::optional<CachedResponse> cached;
    QByteArray cacheKey;
    bool authenticated = false;
    CallId group = 0;
};

HubClient::HubClient(CurlMulti *network, const HubConfig &config, HubCache *cache, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
    , m_cache(cache)
{
}

HubClient::~HubClient()
{
    cancelAll();
}

void HubClient::setConfig(const HubConfig &config)
{
    m_config = config;
}

void HubClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
}

QStringList HubClient::defaultExpand(RepoType type)
{
    // An explicit expand list keeps the item shape stable (what huggingface.js does); only these keys come back.
    if (type == RepoType::Dataset) {
        return {u"author"_s, u"downloads"_s, u"likes"_s, u"trendingScore"_s, u"lastModified"_s, u"createdAt"_s,
            u"gated"_s, u"private"_s, u"tags"_s, u"sha"_s};
    }
    return {u"author"_s, u"downloads"_s, u"likes"_s, u"trendingScore"_s, u"pipeline_tag"_s, u"library_name"_s,
        u"lastModified"_s, u"createdAt"_s, u"gated"_s, u"private"_s, u"tags"_s, u"sha"_s, u"inferenceProviderMapping"_s,
        u"safetensors"_s};
}

QUrl HubClient::listUrl(const HubListQuery &query) const
{
    QByteArray params;
    if (!query.search.isEmpty())
        addParam(params, "search", query.search);
    if (!query.author.isEmpty())
        addParam(params, "author", query.author);
    for (const QString &filter : query.filters)
        addParam(params, "filter", filter);
    if (!query.pipelineTag.isEmpty() && query.type == RepoType::Model)
        addParam(params, "pipeline_tag", query.pipelineTag);
    if (!query.numParameters.isEmpty() && query.type == RepoType::Model)
        addParam(params, "num_parameters", query.numParameters);
    if (!query.inferenceProvider.isEmpty() && query.type == RepoType::Model)
        addParam(params, "inference_provider", query.inferenceProvider);
    if (query.gated.has_value())
        addParam(params, "gated", *query.gated ? u"true"_s : u"false"_s);
    if (!query.sort.isEmpty())
        addParam(params, "sort", query.sort);
    addParam(params, "limit", QString::number(std::clamp(query.pageSize, 1, 1000)));
    const QStringList expand = query.expand.isEmpty() ? defaultExpand(query.type) : query.expand;
    for (const QString &key : expand)
        addParam(params, "expand", key);
    return withPath(m_config.endpoint, "/api/" + typePath(query.type) + '?' + params);
}

QUrl HubClient::repoApiUrl(RepoType type, const QString &repoId, const QString &revision, const QString &suffix) const
{
    QByteArray path = "/api/" + typePath(type) + '/' + encodeSegments(repoId);
    if (!revision.isEmpty())
        path += "/revision/" + QUrl::toPercentEncoding(revision);
    path += suffix.toUtf8();
    return withPath(m_config.endpoint, path);
}

QUrl HubClient::dvUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QByteArray params;
    for (const auto &[key, value] : query) {
        if (!params.isEmpty())
            params += '&';
        params += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return withPath(m_config.datasetsServer, path.toUtf8() + '?' + params);
}

HubClient::CallId HubClient::fetch(
    const QUrl &url, const FetchOptions &options, QObject *context, std::function<void(const Raw &)> done)
{
    return fetchInGroup(url, options, context, std::move(done), 0);
}

HubClient::CallId HubClient::fetchInGroup(
    const QUrl &url, const FetchOptions &options, QObject *context, std::function<void(const Raw &)> done, CallId group)
{
    const CallId id = m_nextId++;
    auto *call = new Call;
    call->url = url;
    call->options = options;
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    call->authenticated = !m_config.token.isEmpty() && m_config.mayReceiveToken(url);
    call->group = group ? group : id;
    // Anonymous and signed-in views of the Hub differ (private repos), so they are cached apart.
    call->cacheKey = Redact::url(url).toUtf8() + (call->authenticated ? "#auth" : "");
    m_calls.insert(id, call);

    if (m_cache && options.useCache) {
        m_cache->lookup(call->cacheKey, this, [this, id](std::optional<CachedResponse> cached) {
            Call *current = m_calls.value(id);
            if (!current)
                return;
            current->cached = std::move(cached);
            if (m_config.offline) {
                Raw raw;
                if (current->cached) {
                    raw.body = current->cached->body;
                    raw.contentType = current->cached->contentType;
                    raw.nextPage = LinkHeader::find(current->cached->linkHeader, "next", current->url);
                    raw.fromCache = true;
                    raw.fetchedAt = current->cached->fetchedAt;
                }
                raw.error = HubError::make(HubError::Kind::Offline,
                    current->cached ? u"offline (HF_HUB_OFFLINE)"_s
                                    : u"offline (HF_HUB_OFFLINE) and this was never fetched before"_s);
                complete(id, raw);
                return;
            }
            startNetwork(id, current->cached ? current->cached->etag : QByteArray());
        });
    } else if (m_config.offline) {
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                Raw raw;
                raw.error =
                    HubError::make(HubError::Kind::Offline, u"offline (HF_HUB_OFFLINE) and no cache is available"_s);
                complete(id, raw);
            },
            Qt::QueuedConnection);
    } else {
        startNetwork(id, {});
    }
    return id;
}

void HubClient::startNetwork(CallId id, const QByteArray &etag)
{
    Call *call = m_calls.value(id);
    if (!call)
        return;
    HttpRequest request;
    request.url = call->url;
    request.addHeader("accept", "application/json");
    if (!etag.isEmpty())
        request.addHeader("if-none-match", etag);
    if (call->authenticated)
        request.bearerToken = m_config.token;
    request.redirects = call->options.anyRedirect ? RedirectPolicy::Any : RedirectPolicy::SameOrigin;
    request.retry = m_retryPolicy;
    request.maxBodyBytes = call->options.maxBodyBytes;
    HttpReply *reply = m_network->send(request);
    call->reply = reply;
    const QUrl url = call->url;
    connect(reply, &HttpReply::retrying, this,
        [this, url](int retry, int delayMs, const QString &reason) { Q_EMIT retrying(url, retry, delayMs, reason); });
    connect(reply, &HttpReply::finished, this, [this, id, reply] { onReplyFinished(id, reply->result()); });
}

void HubClient::onReplyFinished(CallId id, const HttpResult &result)
{
    Call *call = m_calls.value(id);
    if (!call)
        return;
    const QByteArray rateLimit = result.header("ratelimit");
    if (!rateLimit.isEmpty() && isSameOrigin(result.url, m_config.endpoint)) {
        const RateLimitInfo info = Retry::parseRateLimit(rateLimit);
        if (info.isValid() && (info.remaining != m_rateLimitRemaining || info.resetSeconds != m_rateLimitReset)) {
            m_rateLimitRemaining = info.remaining;
            m_rateLimitReset = info.resetSeconds;
            Q_EMIT rateLimitChanged(info.remaining, info.resetSeconds);
        }
    }

    Raw raw;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (result.error == NetError::None && result.status == 304 && call->cached) {
        raw.body = call->cached->body;
        raw.contentType = call->cached->contentType;
        raw.nextPage = LinkHeader::find(call->cached->linkHeader, "next", result.url);
        raw.fetchedAt = now;
        m_cache->touch(call->cacheKey, now);
    } else if (result.isSuccess()) {
        raw.body = result.body;
        raw.contentType = result.header("content-type");
        raw.nextPage = LinkHeader::find(result.header("link"), "next", result.url);
        raw.fetchedAt = now;
        if (m_cache && call->options.useCache) {
            CachedResponse entry;
            entry.url = call->cacheKey;
            entry.status = result.status;
            entry.etag = result.header("etag");
            entry.contentType = raw.contentType;
            entry.linkHeader = result.header("link");
            entry.body = result.body;
            entry.fetchedAt = now;
            m_cache->store(entry);
        }
    } else {
        raw.error = HubError::fromHttp(result, call->authenticated);
        if (raw.error.kind == HubError::Kind::None)
            raw.error = HubError::make(HubError::Kind::BadResponse, u"unexpected HTTP %1"_s.arg(result.status));
        const bool fallBack = raw.error.isNetwork() || raw.error.kind == HubError::Kind::Server
            || raw.error.kind == HubError::Kind::RateLimited;
        if (fallBack && call->cached) {
            raw.body = call->cached->body;
            raw.contentType = call->cached->contentType;
            raw.nextPage = LinkHeader::find(call->cached->linkHeader, "next", call->url);
            raw.fromCache = true;
            raw.fetchedAt = call->cached->fetchedAt;
        }
        qCInfo(lcHub).noquote() << "GET" << Redact::url(call->url) << "failed:" << raw.error.message
                                << (raw.fromCache ? "(served from cache)" : "");
    }
    complete(id, raw);
}

void HubClient::complete(CallId id, Raw raw)
{
    Call *call = m_calls.take(id);
    if (!call)
        return;
    const std::unique_ptr<Call> owner(call);
    if (call->hasContext && !call->context)
        return;
    call->done(raw);
}

void HubClient::cancel(CallId id)
{
    QList<CallId> ids;
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it) {
        if (it.key() == id || it.value()->group == id)
            ids.append(it.key());
    }
    for (CallId one : std::as_const(ids)) {
        std::unique_ptr<Call> call(m_calls.take(one));
        if (call->reply)
            call->reply->abort();
    }
}

void HubClient::cancelAll()
{
    const QList<CallId> ids = m_calls.keys();
    for (CallId id : ids)
        cancel(id);
}

int HubClient::pendingCalls() const
{
    return static_cast<int>(m_calls.size());
}

template <typename T, typename Parse>
HubClient::CallId HubClient::getParsed(const QUrl &url, QObject *context, Parse parse,
    std::function<void(const HubResult<T> &)> done, const FetchOptions &options)
{
    return fetch(url, options, context, [parse, done = std::move(done)](const Raw &raw) {
        HubResult<T> result;
        result.error = raw.error;
        result.fromCache = raw.fromCache;
        result.fetchedAt = raw.fetchedAt;
        result.nextPage = raw.nextPage;
        if (raw.ok()) {
            QString parseError;
            std::optional<T> value = parse(raw.body, &parseError);
            if (value)
                result.value = std::move(value);
            else
                result.error =
                    HubError::make(HubError::Kind::BadResponse, u"unexpected response: %1"_s.arg(parseError));
        }
        done(result);
    });
}

HubClient::CallId HubClient::listModels(
    const HubListQuery &query, QObject *context, std::function<void(const HubResult<QList<ModelInfo>> &)> done)
{
    HubListQuery copy = query;
    copy.type = RepoType::Model;
    return listModelsPage(listUrl(copy), context, std::move(done));
}

HubClient::CallId HubClient::listDatasets(
    const HubListQuery &query, QObject *context, std::function<void(const HubResult<QList<DatasetInfo>> &)> done)
{
    HubListQuery copy = query;
    copy.type = RepoType::Dataset;
    return listDatasetsPage(listUrl(copy), context, std::move(done));
}

HubClient::CallId HubClient::listModelsPage(
    const QUrl &pageUrl, QObject *context, std::function<void(const HubResult<QList<ModelInfo>> &)> done)
{
    return getParsed<QList<ModelInfo>>(pageUrl, context, &HubParse::modelList, std::move(done));
}

HubClient::CallId HubClient::listDatasetsPage(
    const QUrl &pageUrl, QObject *context, std::function<void(const HubResult<QList<DatasetInfo>> &)> done)
{
    return getParsed<QList<DatasetInfo>>(pageUrl, context, &HubParse::datasetList, std::move(done));
}

HubClient::CallId HubClient::modelInfo(const QString &repoId, const QString &revision, QObject *context,
    std::function<void(const HubResult<ModelInfo> &)> done)
{
    // No expand: the full object (card data, config, siblings, safetensors, model-index); providers need expand on
    // their own, so they are asked for separately when the UI shows them.
    return getParsed<ModelInfo>(
        repoApiUrl(RepoType::Model, repoId, revision), context, &HubParse::model, std::move(done));
}

HubClient::CallId HubClient::modelProviders(
    const QString &repoId, QObject *context, std::function<void(const HubResult<ModelInfo> &)> done)
{
    return getParsed<ModelInfo>(repoApiUrl(RepoType::Model, repoId, {}, u"?expand=inferenceProviderMapping"_s), context,
        &HubParse::model, std::move(done));
}

HubClient::CallId HubClient::datasetInfo(const QString &repoId, const QString &revision, QObject *context,
    std::function<void(const HubResult<DatasetInfo> &)> done)
{
    return getParsed<DatasetInfo>(
        repoApiUrl(RepoType::Dataset, repoId, revision), context, &HubParse::dataset, std::move(done));
}

HubClient::CallId HubClient::listFiles(RepoType type, const QString &repoId, const QString &revision, QObject *context,
    std::function<void(const HubResult<QList<RepoTreeEntry>> &)> done)
{
    const QString rev = revision.isEmpty() ? u"main"_s : revision;
    QByteArray path = "/api/" + typePath(type) + '/' + encodeSegments(repoId) + "/tree/" + QUrl::toPercentEncoding(rev)
        + "?recursive=true&expand=false";
    const QUrl first = withPath(m_config.endpoint, path);

    // Pages are chained in one group so that cancel(first id) stops the whole walk.
    struct Walk
    {
        QList<RepoTreeEntry> entries;
        std::function<void(const HubResult<QList<RepoTreeEntry>> &)> done;
        CallId group = 0;
        bool fromCache = false;
        QDateTime fetchedAt;
    };
    auto walk = std::make_shared<Walk>();
    walk->done = std::move(done);
    // One page's handler; it passes a copy of itself on for the next page. Nothing refers back to it, so a walk that
    // fails or is cancelled frees everything with its last pending callback.
    struct Step
    {
        HubClient *client;
        std::shared_ptr<Walk> walk;
        QPointer<QObject> guard;
        bool hasContext;

        void operator()(const Raw &raw) const
        {
            HubResult<QList<RepoTreeEntry>> result;
            if (!raw.ok()) {
                result.error = raw.error;
                walk->done(result);
                return;
            }
            QString parseError;
            std::optional<QList<RepoTreeEntry>> page = HubParse::tree(raw.body, &parseError);
            if (!page) {
                result.error =
                    HubError::make(HubError::Kind::BadResponse, u"unexpected response: %1"_s.arg(parseError));
                walk->done(result);
                return;
            }
            walk->entries.append(*page);
            walk->fromCache = walk->fromCache || raw.fromCache;
            if (!walk->fetchedAt.isValid() || (raw.fetchedAt.isValid() && raw.fetchedAt < walk->fetchedAt))
                walk->fetchedAt = raw.fetchedAt;
            if (raw.nextPage.isValid() && !page->isEmpty() && walk->entries.size() < kMaxTreeEntries
                && (!hasContext || guard)) {
                client->fetchInGroup(raw.nextPage, {}, guard, *this, walk->group);
                return;
            }
            result.value = walk->entries;
            result.error = raw.error;
            result.fromCache = walk->fromCache;
            result.fetchedAt = walk->fetchedAt;
            walk->done(result);
        }
    };
    walk->group = fetch(first, {}, context, Step{this, walk, QPointer<QObject>(context), context != nullptr});
    return walk->group;
}

HubClient::CallId HubClient::card(RepoType type, const QString &repoId, const QString &revision, QObject *context,
    std::function<void(const HubResult<QString> &)> done)
{
    const QByteArray prefix = type == RepoType::Model ? QByteArray() : QByteArray('/' + typePath(type));
    const QByteArray path = prefix + '/' + encodeSegments(repoId) + "/resolve/"
        + QUrl::toPercentEncoding(revision.isEmpty() ? u"main"_s : revision) + "/README.md";
    FetchOptions options;
    options.anyRedirect = true; // LFS files go to a CDN; the token stays behind
    options.maxBodyBytes = qint64(8) * 1024 * 1024;
    return getParsed<QString>(
        withPath(m_config.endpoint, path), context,
        [](const QByteArray &body, QString *) -> std::optional<QString> { return QString::fromUtf8(body); },
        std::move(done), options);
}

HubClient::CallId HubClient::whoAmI(QObject *context, std::function<void(const HubResult<WhoAmI> &)> done)
{
    if (m_config.token.isEmpty()) {
        const CallId id = m_nextId++;
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done)] {
                HubResult<WhoAmI> result;
                result.error = HubError::make(
                    HubError::Kind::Unauthorized, u"not signed in: set HF_TOKEN or save a token in the token file"_s);
                done(result);
            },
            Qt::QueuedConnection);
        return id;
    }
    FetchOptions options;
    options.useCache = false; // an account answer is only meaningful fresh
    return getParsed<WhoAmI>(
        withPath(m_config.endpoint, "/api/whoami-v2"), context, &HubParse::whoAmI, std::move(done), options);
}

HubClient::CallId HubClient::datasetValidity(
    const QString &dataset, QObject *context, std::function<void(const HubResult<DvValidity> &)> done)
{
    return getParsed<DvValidity>(
        dvUrl(u"/is-valid"_s, {{u"dataset"_s, dataset}}), context, &HubParse::dvValidity, std::move(done));
}

HubClient::CallId HubClient::datasetSplits(
    const QString &dataset, QObject *context, std::function<void(const HubResult<DvSplits> &)> done)
{
    return getParsed<DvSplits>(
        dvUrl(u"/splits"_s, {{u"dataset"_s, dataset}}), context, &HubParse::dvSplits, std::move(done));
}

HubClient::CallId HubClient::datasetRows(const QString &dataset, const QString &config, const QString &split,
    qint64 offset, int length, QObject *context, std::function<void(const HubResult<DvRows> &)> done)
{
    const QUrl url = dvUrl(u"/rows"_s,
        {{u"dataset"_s, dataset}, {u"config"_s, config}, {u"split"_s, split},
            {u"offset"_s, QString::number(std::max<qint64>(0, offset))},
            {u"length"_s, QString::number(std::clamp(length, 1, 100))}});
    return getParsed<DvRows>(url, context, &HubParse::dvRows, std::move(done));
}

HubClient::CallId HubClient::datasetFirstRows(const QString &dataset, const QString &config, const QString &split,
    QObject *context, std::function<void(const HubResult<DvRows> &)> done)
{
    const QUrl url = dvUrl(u"/first-rows"_s, {{u"dataset"_s, dataset}, {u"config"_s, config}, {u"split"_s, split}});
    return getParsed<DvRows>(url, context, &HubParse::dvRows, std::move(done));
}

HubClient::CallId HubClient::datasetSize(
    const QString &dataset, QObject *context, std::function<void(const HubResult<DvSize> &)> done)
{
    return getParsed<DvSize>(dvUrl(u"/size"_s, {{u"dataset"_s, dataset}}), context, &HubParse::dvSize, std::move(done));
}

HubClient::CallId HubClient::datasetViewerInfo(
    const QString &dataset, QObject *context, std::function<void(const HubResult<DvInfo> &)> done)
{
    return getParsed<DvInfo>(dvUrl(u"/info"_s, {{u"dataset"_s, dataset}}), context, &HubParse::dvInfo, std::move(done));
}
