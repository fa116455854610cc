// SPDX-License-Identifier: GPL-3.0-or-later
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/hub/hubcache.h"
#include "app/hub/hubclient.h"
#include "app/hub/hubparse.h"
#include "app/net/curlmulti.h"
#include "tests/support/fakehub.h"
#include "tests/support/testserver.h"

using namespace Qt::StringLiterals;

namespace {

template <typename T>
struct Waiter
{
    std::optional<HubResult<T>> result;
    std::function<void(const HubResult<T> &)> callback()
    {
        return [this](const HubResult<T> &value) {
            result = value;
        };
    }
    bool wait(int ms = 15000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

} // namespace

class TestHubClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_server.clearRoutes();
        m_server.clearRequests();
        FakeHub::install(m_server, 250, 30);
        m_config = HubConfig();
        m_config.endpoint = m_server.url();
        m_config.datasetsServer = m_server.url();
        m_network = std::make_unique<CurlMulti>();
        m_client = std::make_unique<HubClient>(m_network.get(), m_config);
        m_client->setRetryPolicy({3, 10, 100, 3000, true});
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
    }

    void listingSendsTheDocumentedParameters()
    {
        HubListQuery query;
        query.search = u"llama 3"_s;
        query.author = u"org-3"_s;
        query.filters = {u"gguf"_s, u"license:apache-2.0"_s};
        query.pipelineTag = u"text-generation"_s;
        query.sort = u"downloads"_s;
        query.pageSize = 50;
        query.gated = false;
        Waiter<QList<ModelInfo>> waiter;
        m_client->listModels(query, this, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY(waiter.result->ok());
        const TestRequest request = m_server.requests().constLast();
        QCOMPARE(request.path, u"/api/models"_s);
        QCOMPARE(request.query.queryItemValue(u"search"_s, QUrl::FullyDecoded), u"llama 3"_s);
        QCOMPARE(request.query.queryItemValue(u"author"_s), u"org-3"_s);
        QCOMPARE(request.queryValues(u"filter"_s), QStringList({u"gguf"_s, u"license:apache-2.0"_s}));
        QCOMPARE(request.query.queryItemValue(u"pipeline_tag"_s), u"text-generation"_s);
        QCOMPARE(request.query.queryItemValue(u"sort"_s), u"downloads"_s);
        QCOMPARE(request.query.queryItemValue(u"limit"_s), u"50"_s);
        QCOMPARE(request.query.queryItemValue(u"gated"_s), u"false"_s);
        QCOMPARE(request.queryValues(u"expand"_s), HubClient::defaultExpand(RepoType::Model));
        QVERIFY(!request.query.hasQueryItem(u"full"_s));
        QVERIFY(request.header("authorization").isEmpty());
    }

    void paginationFollowsLinkVerbatim()
    {
        HubListQuery query;
        query.pageSize = 100;
        QList<ModelInfo> all;
        QUrl next;
        int pages = 0;
        QList<QUrl> nextUrls;
        Waiter<QList<ModelInfo>> first;
        m_client->listModels(query, this, first.callback());
        QVERIFY(first.wait());
        all += *first.result->value;
        next = first.result->nextPage;
        ++pages;
        while (next.isValid()) {
            nextUrls.append(next);
            Waiter<QList<ModelInfo>> page;
            m_client->listModelsPage(next, this, page.callback());
            QVERIFY(page.wait());
            QVERIFY(page.result->ok());
            all += *page.result->value;
            next = page.result->nextPage;
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(all.size(), 250);
        QCOMPARE(all.first().id, u"org-0/chat-llama-1b-v0"_s);
        QCOMPARE(all.last().id, u"org-27/chat-llama-40b-v249"_s);
        // The cursor went back exactly as the server wrote it (percent-encoded, '=' as %3D).
        const QList<TestRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), 3);
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(QByteArray("http://127.0.0.1:" + QByteArray::number(m_server.port()) + requests.at(i).target),
                nextUrls.at(i - 1).toEncoded());
            QVERIFY(requests.at(i).target.contains("%3D"));
        }
    }

    void modelInfoFromRecording()
    {
        Waiter<ModelInfo> waiter;
        m_client->modelInfo(u"google-bert/bert-base-uncased"_s, {}, this, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY(waiter.result->ok());
        const ModelInfo &model = *waiter.result->value;
        QCOMPARE(model.id, u"google-bert/bert-base-uncased"_s);
        QCOMPARE(model.sha, u"86b5e0934494bd15c9632b12f734a8a67f723594"_s);
        QCOMPARE(model.pipelineTag, u"fill-mask"_s);
        QCOMPARE(model.gated, GatedMode::Off);
    }

    void renamedRepoRedirectIsFollowed()
    {
        // Recorded 307 with a relative Location that keeps the query, then the gated Llama info (anonymous: 200).
        Waiter<ModelInfo> waiter;
        m_client->fetch(m_server.url(u"/api/models/meta-llama/Meta-Llama-3.1-8B-Instruct"_s), {}, this,
            [&waiter](const HubClient::Raw &raw) {
                HubResult<ModelInfo> result;
                result.error = raw.error;
                if (raw.ok())
                    result.value = HubParse::model(raw.body);
                waiter.result = result;
            });
        QVERIFY(waiter.wait());
        QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.message));
        QCOMPARE(waiter.result->value->id, u"meta-llama/Llama-3.1-8B-Instruct"_s);
        QCOMPARE(waiter.result->value->gated, GatedMode::Manual);
        QCOMPARE(m_server.requests().size(), 2);
    }

    void errorsAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("errorCode");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("anonymous 401 means not found or private")
            << 401 << QByteArray("RepoNotFound") << QByteArray(R"({"error":"Repository not found"})") << false
            << int(HubError::Kind::NotFound) << u"private"_s;
        QTest::newRow("404 when signed in")
            << 404 << QByteArray("RepoNotFound") << QByteArray(R"({"error":"Repository not found"})") << true
            << int(HubError::Kind::NotFound) << u"not found"_s;
        QTest::newRow("gated, not approved")
            << 403 << QByteArray("GatedRepo") << QByteArray(R"({"error":"Access to model x is restricted"})") << true
            << int(HubError::Kind::Gated) << u"not been granted"_s;
        QTest::newRow("revision not found")
            << 404 << QByteArray("RevisionNotFound") << QByteArray(R"({"error":"Invalid rev id: nope"})") << false
            << int(HubError::Kind::RevisionNotFound) << u"revision"_s;
        QTest::newRow("bad request") << 400 << QByteArray() << QByteArray("{\"error\":\"expand must be one of\"}")
                                     << false << int(HubError::Kind::BadRequest) << u"invalid"_s;
        QTest::newRow("server error in plain text") << 500 << QByteArray() << QByteArray("Internal Server Error")
                                                    << false << int(HubError::Kind::Server) << u"HTTP 500"_s;
        QTest::newRow("dataset viewer not ready")
            << 500 << QByteArray("ResponseNotReady") << QByteArray(R"({"error":"The server is busier than usual"})")
            << false << int(HubError::Kind::Server) << u"not prepared"_s;
    }

    void errorsAreClassified()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, errorCode);
        QFETCH(QByteArray, body);
        QFETCH(bool, withToken);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        m_server.route("GET", u"/api/models/some/repo"_s, [=](const TestRequest &) {
            TestResponse response = TestResponse::json(body, status);
            if (!errorCode.isEmpty())
                response.withHeader("x-error-code", errorCode);
            return response.withHeader("x-request-id", "Root=1-abc");
        });
        if (withToken) {
            m_config.token = "hf_classifiedtesttoken";
            m_client->setConfig(m_config);
        }
        m_client->setRetryPolicy({0, 10, 100, 1000, true});
        Waiter<ModelInfo> waiter;
        m_client->modelInfo(u"some/repo"_s, {}, this, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY(!waiter.result->ok());
        QCOMPARE(int(waiter.result->error.kind), kind);
        QCOMPARE(waiter.result->error.status, status);
        QVERIFY2(waiter.result->error.message.contains(messagePart), qPrintable(waiter.result->error.message));
        QCOMPARE(waiter.result->error.requestId, u"Root=1-abc"_s);
    }

    void rateLimitIsRetriedThenSucceeds()
    {
        auto calls = std::make_shared<std::atomic<int>>(0);
        m_server.route("GET", u"/api/models"_s, [calls](const TestRequest &) {
            if (calls->fetch_add(1) < 2) {
                return TestResponse::json(R"({"error":"We had to rate limit you"})", 429)
                    .withHeader("ratelimit", "\"api\";r=0;t=0")
                    .withHeader("ratelimit-policy", "\"fixed window\";\"api\";q=500;w=300");
            }
            return TestResponse::json("[]").withHeader("ratelimit", "\"api\";r=497;t=120");
        });
        QSignalSpy retrying(m_client.get(), &HubClient::retrying);
        QSignalSpy rateLimit(m_client.get(), &HubClient::rateLimitChanged);
        Waiter<QList<ModelInfo>> waiter;
        m_client->listModels({}, this, waiter.callback());
        QVERIFY(waiter.wait(10000));
        QVERIFY(waiter.result->ok());
        QCOMPARE(retrying.count(), 2);
        QCOMPARE(calls->load(), 3);
        QCOMPARE(m_client->lastRateLimitRemaining(), 497);
        QCOMPARE(m_client->lastRateLimitResetSeconds(), 120);
        QVERIFY(rateLimit.count() >= 1);
    }

    void longRateLimitFailsWithTimeToReset()
    {
        m_server.route("GET", u"/api/models"_s, [](const TestRequest &) {
            return TestResponse::json(R"({"error":"rate limited"})", 429).withHeader("ratelimit", "\"api\";r=0;t=189");
        });
        Waiter<QList<ModelInfo>> waiter;
        m_client->listModels({}, this, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.kind, HubError::Kind::RateLimited);
        QCOMPARE(waiter.result->error.retryAfterSeconds, 190);
        QVERIFY(waiter.result->error.message.contains(u"190 s"_s));
        QCOMPARE(m_server.requestCount(u"/api/models"_s), 1);
    }

    void tokenGoesOnlyToHubHosts()
    {
        m_config.token = FakeHub::kValidToken;
        // The dataset viewer on "localhost" is a different origin from the Hub on 127.0.0.1 but is configured: ok.
        m_config.datasetsServer = QUrl(u"http://localhost:%1"_s.arg(m_server.port()));
        m_client->setConfig(m_config);
        Waiter<WhoAmI> who;
        m_client->whoAmI(this, who.callback());
        QVERIFY(who.wait());
        QVERIFY2(who.result->ok(), qPrintable(who.result->error.message));
        QCOMPARE(who.result->value->name, u"loopback-user"_s);
        Waiter<DvSplits> splits;
        m_client->datasetSplits(u"ibm/duorc"_s, this, splits.callback());
        QVERIFY(splits.wait());
        QVERIFY(splits.result->ok());
        // A URL on any other origin never gets the token.
        bool done = false;
        m_client->fetch(QUrl(u"http://[::1]:%1/api/other"_s.arg(m_server.port())), {}, this,
            [&done](const HubClient::Raw &) { done = true; });
        QTRY_VERIFY(done);
        const QList<TestRequest> requests = m_server.requests();
        QCOMPARE(requests.at(0).header("authorization"), QByteArray("Bearer ") + FakeHub::kValidToken);
        QCOMPARE(requests.at(1).header("authorization"), QByteArray("Bearer ") + FakeHub::kValidToken);
        if (requests.size() > 2) // [::1] may be unavailable; then no request arrived at all, which is fine too
            QVERIFY(requests.at(2).header("authorization").isEmpty());
    }

    void invalidTokenIsReportedApart()
    {
        m_config.token = "hf_wrongwrongwrong";
        m_client->setConfig(m_config);
        Waiter<WhoAmI> who;
        m_client->whoAmI(this, who.callback());
        QVERIFY(who.wait());
        QCOMPARE(who.result->error.kind, HubError::Kind::Unauthorized);
        QVERIFY(!who.result->error.message.contains(u"wrongwrong"_s));
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        QTest::newRow("malformed JSON") << QByteArray(R"([{"id": "a/b", )") << false << 0;
        QTest::newRow("object instead of array") << QByteArray(R"({"id":"a/b"})") << false << 0;
        QTest::newRow("empty body") << QByteArray() << false << 0;
        QTest::newRow("empty page") << QByteArray("[]") << true << 0;
        QTest::newRow("wrong types are tolerated")
            << QByteArray(R"([{"id":"a/b","downloads":"many","likes":null,"tags":"x","gated":42,"lastModified":7}])")
            << true << 1;
        QTest::newRow("invalid UTF-8") << QByteArray("[{\"id\":\"a/\xff\xfe\"}]") << false << 0;
        QTest::newRow("10 MB of garbage") << QByteArray(10 * 1024 * 1024, '{') << false << 0;
    }

    void badBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, count);
        m_server.route("GET", u"/api/models"_s, [body](const TestRequest &) {
            return TestResponse::json(body).withHeader(
                "link", "<http://127.0.0.1:1/api/models?cursor=x>; rel=\"prev\"");
        });
        Waiter<QList<ModelInfo>> waiter;
        m_client->listModels({}, this, waiter.callback());
        QVERIFY(waiter.wait(30000));
        QCOMPARE(waiter.result->ok(), ok);
        QVERIFY(!waiter.result->nextPage.isValid()); // a Link without rel="next" ends the listing
        if (ok)
            QCOMPARE(waiter.result->value->size(), count);
        else
            QCOMPARE(waiter.result->error.kind, HubError::Kind::BadResponse);
    }

    void truncatedBodyIsANetworkError()
    {
        m_server.route("GET", u"/api/models"_s, [](const TestRequest &) {
            TestResponse response = TestResponse::json(TestData::modelListItems(50).join(','));
            response.dropAfterBodyBytes = 3000;
            return response;
        });
        m_client->setRetryPolicy({0, 10, 100, 1000, true});
        Waiter<QList<ModelInfo>> waiter;
        m_client->listModels({}, this, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.kind, HubError::Kind::Network);
    }

    void fileTreeFollowsPagination()
    {
        QList<QByteArray> entries;
        for (int i = 0; i < 7; ++i)
            entries.append(R"({"type":"file","oid":"abc","size":)" + QByteArray::number(100 + i) + R"(,"path":"f)"
                + QByteArray::number(i) + R"(.bin"})");
        m_server.servePaginated(u"/api/models/org-1/tiny/tree/main"_s, entries, 3);
        Waiter<QList<RepoTreeEntry>> waiter;
        m_client->listFiles(RepoType::Model, u"org-1/tiny"_s, {}, this, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.message));
        QCOMPARE(waiter.result->value->size(), 7);
        QCOMPARE(waiter.result->value->last().path, u"f6.bin"_s);
        QCOMPARE(waiter.result->value->last().size, 106);
        QCOMPARE(m_server.requestCount(u"/api/models/org-1/tiny/tree/main"_s), 3);
        QCOMPARE(m_server.requests().first().query.queryItemValue(u"recursive"_s), u"true"_s);
    }

    void revisionIsFullyEncoded()
    {
        m_server.route("GET", u"/api/models/a/b/revision/refs/pr/1"_s, [](const TestRequest &request) {
            return TestResponse::json("{\"id\":\"a/b\",\"sha\":\"" + request.target + "\"}");
        });
        Waiter<ModelInfo> waiter;
        m_client->modelInfo(u"a/b"_s, u"refs/pr/1"_s, this, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.message));
        QCOMPARE(waiter.result->value->sha, u"/api/models/a/b/revision/refs%2Fpr%2F1"_s);
    }

    void datasetRowsParameters()
    {
        Waiter<DvRows> waiter;
        m_client->datasetRows(u"stanfordnlp/imdb"_s, u"plain_text"_s, u"train"_s, 234, 500, this, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.message));
        QCOMPARE(waiter.result->value->rows.first().rowIndex, 234);
        const TestRequest request = m_server.requests().constLast();
        QCOMPARE(request.path, u"/rows"_s);
        QCOMPARE(request.query.queryItemValue(u"dataset"_s, QUrl::FullyDecoded), u"stanfordnlp/imdb"_s);
        QCOMPARE(request.query.queryItemValue(u"length"_s), u"100"_s); // clamped to the viewer's maximum
        QCOMPARE(request.query.queryItemValue(u"offset"_s), u"234"_s);
    }

    void cacheRevalidatesAndServesOffline()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<HubCache> cache = HubCache::open(dir.filePath(u"cache.sqlite3"_s), &error);
        QVERIFY2(cache, qPrintable(error));
        auto client = std::make_unique<HubClient>(m_network.get(), m_config, cache.get());
        client->setRetryPolicy({0, 10, 100, 1000, true});
        auto hits = std::make_shared<std::atomic<int>>(0);
        m_server.route("GET", u"/api/models/cached/repo"_s, [hits](const TestRequest &request) {
            ++*hits;
            if (request.header("if-none-match") == "W/\"v1\"")
                return TestResponse::text({}, 304).withHeader("etag", "W/\"v1\"");
            return TestResponse::json(R"({"id":"cached/repo","likes":5})").withHeader("etag", "W/\"v1\"");
        });

        Waiter<ModelInfo> first;
        client->modelInfo(u"cached/repo"_s, {}, this, first.callback());
        QVERIFY(first.wait());
        QVERIFY(first.result->ok());
        QVERIFY(!first.result->fromCache);
        cache->waitForDone();

        Waiter<ModelInfo> second;
        client->modelInfo(u"cached/repo"_s, {}, this, second.callback());
        QVERIFY(second.wait());
        QVERIFY(second.result->ok());
        QCOMPARE(second.result->value->likes, 5);
        QCOMPARE(m_server.requests().constLast().header("if-none-match"), QByteArray("W/\"v1\""));
        cache->waitForDone();

        // HF_HUB_OFFLINE: no request at all, the cached copy with its age.
        HubConfig offline = m_config;
        offline.offline = true;
        client->setConfig(offline);
        const int before = hits->load();
        Waiter<ModelInfo> third;
        client->modelInfo(u"cached/repo"_s, {}, this, third.callback());
        QVERIFY(third.wait());
        QVERIFY(third.result->ok());
        QVERIFY(third.result->fromCache);
        QCOMPARE(third.result->error.kind, HubError::Kind::Offline);
        QVERIFY(third.result->fetchedAt.isValid());
        QCOMPARE(hits->load(), before);

        Waiter<ModelInfo> never;
        client->modelInfo(u"never/seen"_s, {}, this, never.callback());
        QVERIFY(never.wait());
        QVERIFY(!never.result->ok());
        QCOMPARE(never.result->error.kind, HubError::Kind::Offline);

        // The network failing: the stale copy, marked as such.
        client->setConfig(m_config);
        m_server.route("GET", u"/api/models/cached/repo"_s, [](const TestRequest &) {
            TestResponse response;
            response.closeWithoutResponse = true;
            return response;
        });
        Waiter<ModelInfo> fourth;
        client->modelInfo(u"cached/repo"_s, {}, this, fourth.callback());
        QVERIFY(fourth.wait());
        QVERIFY(fourth.result->ok());
        QVERIFY(fourth.result->fromCache);
        QCOMPARE(fourth.result->error.kind, HubError::Kind::Network);
        client.reset();
        cache->waitForDone();
    }

    void cancelStopsTheCall()
    {
        m_server.route("GET", u"/api/models"_s, [](const TestRequest &) {
            TestResponse response = TestResponse::json("[]");
            response.delayMs = 2000;
            return response;
        });
        bool called = false;
        const HubClient::CallId id =
            m_client->listModels({}, this, [&called](const HubResult<QList<ModelInfo>> &) { called = true; });
        QTRY_COMPARE(m_network->activeTransfers(), 1);
        m_client->cancel(id);
        QCOMPARE(m_client->pendingCalls(), 0);
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void destroyedContextDropsTheCallback()
    {
        bool called = false;
        auto context = std::make_unique<QObject>();
        m_client->listModels({}, context.get(), [&called](const HubResult<QList<ModelInfo>> &) { called = true; });
        context.reset();
        QTRY_COMPARE(m_client->pendingCalls(), 0);
        QVERIFY(!called);
    }

private:
    TestServer m_server;
    HubConfig m_config;
    std::unique_ptr<CurlMulti> m_network;
    std::unique_ptr<HubClient> m_client;
};

QTEST_GUILESS_MAIN(TestHubClient)
#include "tst_hubclient.moc"
