// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "app/net/curlmulti.h"
#include "app/net/httpreply.h"
#include "tests/support/testserver.h"

using namespace Qt::StringLiterals;

namespace {

// Runs one request to completion and returns its result; the reply deletes itself afterwards.
struct Outcome
{
    HttpResult result;
    QByteArray streamed;
    int finishedCount = 0;
    int retries = 0;
    int headersCount = 0;
};

Outcome run(CurlMulti &multi, const HttpRequest &request, int timeoutMs = 15000)
{
    Outcome outcome;
    HttpReply *reply = multi.send(request);
    QObject::connect(
        reply, &HttpReply::dataReceived, reply, [&outcome](const QByteArray &chunk) { outcome.streamed += chunk; });
    QObject::connect(reply, &HttpReply::retrying, reply, [&outcome] { ++outcome.retries; });
    QObject::connect(reply, &HttpReply::headersReceived, reply, [&outcome] { ++outcome.headersCount; });
    QObject::connect(reply, &HttpReply::finished, reply, [&outcome, reply] {
        ++outcome.finishedCount;
        outcome.result = reply->result();
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.finishedCount > 0; }, timeoutMs))
        qWarning("request did not finish in time");
    QTest::qWait(5); // a second finished() would show up here
    return outcome;
}

HttpRequest get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

} // namespace

class TestCurlMulti final : public QObject
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
    }

    void getReturnsBodyAndHeaders()
    {
        m_server.route("GET", u"/hello"_s,
            [](const TestRequest &) { return TestResponse::json(R"({"hello":"world"})").withHeader("x-test", "yes"); });
        CurlMulti multi;
        const Outcome outcome = run(multi, get(m_server.url(u"/hello"_s)));
        QCOMPARE(outcome.finishedCount, 1);
        QVERIFY(outcome.result.isSuccess());
        QCOMPARE(outcome.result.status, 200);
        QCOMPARE(outcome.result.body, QByteArray(R"({"hello":"world"})"));
        QCOMPARE(outcome.streamed, outcome.result.body);
        QCOMPARE(outcome.result.header("X-Test"), QByteArray("yes"));
        QCOMPARE(outcome.headersCount, 1);
        QCOMPARE(outcome.result.attempts, 1);
        const QList<TestRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().header("user-agent").startsWith("HubLens/"));
        QVERIFY(requests.first().header("authorization").isEmpty());
    }

    void postSendsBody()
    {
        m_server.route("POST", u"/echo"_s, [](const TestRequest &request) { return TestResponse::json(request.body); });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/echo"_s));
        request.method = "POST";
        request.body = R"({"prompt":"héllo"})";
        request.addHeader("content-type", "application/json");
        const Outcome outcome = run(multi, request);
        QCOMPARE(outcome.result.body, request.body);
        QCOMPARE(m_server.requests().value(0).header("content-type"), QByteArray("application/json"));
    }

    void streamingDeliversChunksInOrder()
    {
        QByteArray body;
        for (int i = 0; i < 50; ++i)
            body += "data: {\"i\":" + QByteArray::number(i) + "}\n\n";
        m_server.route("GET", u"/stream"_s, [body](const TestRequest &) { return TestResponse::trickle(body, 25, 5); });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/stream"_s));
        request.accumulateBody = false;
        const Outcome outcome = run(multi, request);
        QVERIFY(outcome.result.isSuccess());
        QCOMPARE(outcome.streamed, body);
        QVERIFY(outcome.result.body.isEmpty()); // not accumulated
    }

    void errorStatusKeepsBody()
    {
        m_server.route("GET", u"/missing"_s,
            [](const TestRequest &) { return TestResponse::json(R"({"error":"Repository not found"})", 404); });
        CurlMulti multi;
        const Outcome outcome = run(multi, get(m_server.url(u"/missing"_s)));
        QCOMPARE(outcome.result.error, NetError::None);
        QCOMPARE(outcome.result.status, 404);
        QCOMPARE(outcome.result.body, QByteArray(R"({"error":"Repository not found"})"));
        QVERIFY(outcome.streamed.isEmpty()); // only 2xx bodies stream
    }

    void retriesHonourRetryAfterAndRateLimit_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<int>("minimumMs");
        QTest::newRow("429 with Retry-After: 1") << 429 << QByteArray("retry-after") << QByteArray("1") << 900;
        QTest::newRow("429 with RateLimit r=0;t=0")
            << 429 << QByteArray("ratelimit") << QByteArray("\"api\";r=0;t=0") << 900;
        QTest::newRow("503 with backoff") << 503 << QByteArray("x-none") << QByteArray() << 0;
        QTest::newRow("500 with backoff") << 500 << QByteArray("x-none") << QByteArray() << 0;
    }

    void retriesHonourRetryAfterAndRateLimit()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        QFETCH(int, minimumMs);
        auto calls = std::make_shared<std::atomic<int>>(0);
        m_server.route("GET", u"/flaky"_s, [=](const TestRequest &) {
            if (calls->fetch_add(1) < 2)
                return TestResponse::json(R"({"error":"slow down"})", status).withHeader(headerName, headerValue);
            return TestResponse::json(R"(["ok"])");
        });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/flaky"_s));
        request.retry.maxRetries = 3;
        request.retry.baseDelayMs = 20;
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = run(multi, request);
        QVERIFY(outcome.result.isSuccess());
        QCOMPARE(outcome.result.attempts, 3);
        QCOMPARE(outcome.retries, 2);
        QCOMPARE(calls->load(), 3);
        QVERIFY2(clock.elapsed() >= 2 * minimumMs, qPrintable(QString::number(clock.elapsed())));
    }

    void retryBudgetIsBounded()
    {
        m_server.route(
            "GET", u"/down"_s, [](const TestRequest &) { return TestResponse::json(R"({"error":"down"})", 502); });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/down"_s));
        request.retry.maxRetries = 2;
        request.retry.baseDelayMs = 10;
        const Outcome outcome = run(multi, request);
        QCOMPARE(outcome.result.status, 502);
        QCOMPARE(outcome.result.attempts, 3);
        QCOMPARE(m_server.requestCount(u"/down"_s), 3);
    }

    void tooLongRetryAfterFailsAtOnce()
    {
        m_server.route("GET", u"/limited"_s, [](const TestRequest &) {
            return TestResponse::json(R"({"error":"rate limited"})", 429).withHeader("retry-after", "3600");
        });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/limited"_s));
        request.retry.maxRetries = 5;
        const Outcome outcome = run(multi, request);
        QCOMPARE(outcome.result.status, 429);
        QCOMPARE(outcome.result.attempts, 1);
        QCOMPARE(outcome.result.header("retry-after"), QByteArray("3600"));
    }

    void droppedConnectionIsReported()
    {
        m_server.route("GET", u"/drop"_s, [](const TestRequest &) {
            TestResponse response = TestResponse::json(QByteArray(10000, 'x'));
            response.dropAfterBodyBytes = 1000;
            return response;
        });
        CurlMulti multi;
        const Outcome outcome = run(multi, get(m_server.url(u"/drop"_s)));
        QCOMPARE(outcome.result.error, NetError::ConnectionClosed);
        QVERIFY(!outcome.result.errorString.isEmpty());
    }

    void droppedStreamIsNotRetriedAfterData()
    {
        m_server.route("GET", u"/dropstream"_s, [](const TestRequest &) {
            TestResponse response = TestResponse::trickle(QByteArray(4000, 'y'), 4, 10);
            response.dropAfterBodyBytes = 1500;
            return response;
        });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/dropstream"_s));
        request.retry.maxRetries = 3;
        request.retry.baseDelayMs = 10;
        const Outcome outcome = run(multi, request);
        QCOMPARE(outcome.result.error, NetError::ConnectionClosed);
        QCOMPARE(outcome.result.attempts, 1); // bytes were delivered: a retry would duplicate them
        QCOMPARE(outcome.streamed.size(), 1500);
    }

    void idleTimeoutEndsStalledTransfer()
    {
        m_server.route("GET", u"/stall"_s, [](const TestRequest &) {
            TestResponse response;
            response.chunks = {{"first", 0}, {"second", 3000}};
            return response;
        });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/stall"_s));
        request.idleTimeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = run(multi, request);
        QCOMPARE(outcome.result.error, NetError::IdleTimeout);
        QCOMPARE(outcome.streamed, QByteArray("first"));
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(outcome.result.errorString.contains(u"no data"_s));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        CurlMulti multi;
        const Outcome outcome = run(multi, get(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
        QCOMPARE(outcome.result.error, NetError::ConnectionRefused);
        QCOMPARE(outcome.result.status, 0);
    }

    void abortEndsAtOnceWithOneFinished()
    {
        m_server.route("GET", u"/slow"_s,
            [](const TestRequest &) { return TestResponse::trickle(QByteArray(100, 'z'), 100, 50); });
        CurlMulti multi;
        HttpReply *reply = multi.send(get(m_server.url(u"/slow"_s)));
        QSignalSpy finished(reply, &HttpReply::finished);
        QSignalSpy destroyed(reply, &QObject::destroyed);
        QTRY_VERIFY(multi.activeTransfers() == 1);
        QTRY_COMPARE(m_server.requestCount(u"/slow"_s), 1); // the server has it: nothing arrives late later
        reply->abort();
        QCOMPARE(multi.activeTransfers(), 0);
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->result().error, NetError::Cancelled);
        QTRY_COMPARE(finished.count(), 1);
        QTRY_COMPARE(destroyed.count(), 1);
    }

    void destroyingEngineMidTransferIsSafe()
    {
        m_server.route("GET", u"/slow2"_s,
            [](const TestRequest &) { return TestResponse::trickle(QByteArray(100, 'z'), 100, 50); });
        auto multi = std::make_unique<CurlMulti>();
        HttpReply *reply = multi->send(get(m_server.url(u"/slow2"_s)));
        QSignalSpy destroyed(reply, &QObject::destroyed);
        QTRY_VERIFY(multi->activeTransfers() == 1);
        QTRY_COMPARE(m_server.requestCount(u"/slow2"_s), 1);
        multi.reset();
        QCOMPARE(destroyed.count(), 1); // replies are children of the engine
    }

    void relativeRedirectKeepsQueryAndToken()
    {
        m_server.route("GET", u"/api/models/old-name"_s, [](const TestRequest &) {
            TestResponse response = TestResponse::text("Temporary Redirect. Redirecting to /api/models/new-name", 307);
            return response.withHeader("location", "/api/models/new-name?expand=inferenceProviderMapping");
        });
        m_server.route("GET", u"/api/models/new-name"_s, [](const TestRequest &request) {
            return TestResponse::json(request.query.query(QUrl::FullyEncoded).toUtf8());
        });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/api/models/old-name?expand=inferenceProviderMapping"_s));
        request.bearerToken = "hf_testtokenvalue123";
        const Outcome outcome = run(multi, request);
        QCOMPARE(outcome.result.status, 200);
        QCOMPARE(outcome.result.redirects, 1);
        QCOMPARE(outcome.result.body, QByteArray("expand=inferenceProviderMapping"));
        QCOMPARE(outcome.result.url.path(), u"/api/models/new-name"_s);
        const QList<TestRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).header("authorization"), QByteArray("Bearer hf_testtokenvalue123"));
        QCOMPARE(requests.at(1).header("authorization"), QByteArray("Bearer hf_testtokenvalue123"));
    }

    void crossOriginRedirectDropsSecrets_data()
    {
        QTest::addColumn<RedirectPolicy>("policy");
        QTest::addColumn<bool>("followed");
        QTest::newRow("same-origin policy does not follow") << RedirectPolicy::SameOrigin << false;
        QTest::newRow("any policy follows without the token") << RedirectPolicy::Any << true;
        QTest::newRow("no redirects at all") << RedirectPolicy::None << false;
    }

    void crossOriginRedirectDropsSecrets()
    {
        QFETCH(RedirectPolicy, policy);
        QFETCH(bool, followed);
        // 127.0.0.1 and localhost are different origins for the same server.
        const QByteArray target = "http://localhost:" + QByteArray::number(m_server.port()) + "/cdn/file";
        m_server.route("GET", u"/resolve/file"_s,
            [target](const TestRequest &) { return TestResponse::text("Found", 302).withHeader("location", target); });
        m_server.route("GET", u"/cdn/file"_s, [](const TestRequest &) { return TestResponse::text("payload", 200); });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/resolve/file"_s));
        request.bearerToken = "hf_secretsecret42";
        request.addHeader("x-api-key", "sk-secretsecret42");
        request.redirects = policy;
        const Outcome outcome = run(multi, request);
        QCOMPARE(outcome.result.status, followed ? 200 : 302);
        const QList<TestRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), followed ? 2 : 1);
        QCOMPARE(requests.at(0).header("authorization"), QByteArray("Bearer hf_secretsecret42"));
        if (followed) {
            QCOMPARE(requests.at(1).header("host").startsWith("localhost"), true);
            QVERIFY(requests.at(1).header("authorization").isEmpty());
            QVERIFY(requests.at(1).header("x-api-key").isEmpty());
        }
    }

    void redirectLoopIsBounded()
    {
        m_server.route("GET", u"/loop"_s,
            [](const TestRequest &) { return TestResponse::text("again", 307).withHeader("location", "/loop"); });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/loop"_s));
        request.maxRedirects = 3;
        const Outcome outcome = run(multi, request);
        QCOMPARE(outcome.result.error, NetError::TooManyRedirects);
        QCOMPARE(m_server.requestCount(u"/loop"_s), 4);
    }

    void oversizedBodyIsRefused()
    {
        m_server.route("GET", u"/huge"_s,
            [](const TestRequest &) { return TestResponse::json(QByteArray(2 * 1024 * 1024, 'a')); });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/huge"_s));
        request.maxBodyBytes = 1024 * 1024;
        const Outcome outcome = run(multi, request);
        QCOMPARE(outcome.result.error, NetError::TooLarge);
        QVERIFY(outcome.result.errorString.contains(u"larger than"_s));
    }

    void manyParallelTransfers()
    {
        m_server.route("GET", u"/item*"_s, [](const TestRequest &request) {
            return TestResponse::trickle(request.path.toUtf8().repeated(500), 5, 2);
        });
        CurlMulti multi;
        constexpr int count = 16;
        int done = 0;
        QList<bool> correct(count, false);
        for (int i = 0; i < count; ++i) {
            HttpReply *reply = multi.send(get(m_server.url(u"/item%1"_s.arg(i))));
            connect(reply, &HttpReply::finished, this, [reply, i, &done, &correct] {
                correct[i] = reply->result().body == u"/item%1"_s.arg(i).toUtf8().repeated(500);
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, count, 20000);
        QVERIFY(!correct.contains(false));
    }

    void manySequentialTransfersReuseSockets()
    {
        m_server.route("GET", u"/seq"_s, [](const TestRequest &) { return TestResponse::json("[1]"); });
        CurlMulti multi;
        for (int i = 0; i < 60; ++i) {
            const Outcome outcome = run(multi, get(m_server.url(u"/seq"_s)));
            QVERIFY(outcome.result.isSuccess());
        }
    }

    void headRequestHasNoBody()
    {
        m_server.route("HEAD", u"/file"_s,
            [](const TestRequest &) { return TestResponse::text("ignored", 200).withHeader("x-linked-size", "1234"); });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/file"_s));
        request.method = "HEAD";
        const Outcome outcome = run(multi, request);
        QCOMPARE(outcome.result.status, 200);
        QCOMPARE(outcome.result.header("x-linked-size"), QByteArray("1234"));
        QVERIFY(outcome.result.body.isEmpty());
    }

    void tokenNeverAppearsInLogs()
    {
        static QStringList captured;
        captured.clear();
        QLoggingCategory::setFilterRules(u"hublens.*=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { captured.append(message); });

        m_server.route(
            "GET", u"/private/x"_s, [](const TestRequest &) { return TestResponse::json(R"({"error":"nope"})", 503); });
        m_server.route("GET", u"/private/redirect"_s, [](const TestRequest &) {
            return TestResponse::text("moved", 307).withHeader("location", "/private/x?token=hf_abcdefghijkl");
        });
        CurlMulti multi;
        HttpRequest request = get(m_server.url(u"/private/redirect?api_key=sk-abcdefghijkl"_s));
        request.bearerToken = "hf_abcdefghijkl";
        request.addHeader("authorization", "Bearer hf_abcdefghijkl");
        request.retry.maxRetries = 1;
        request.retry.baseDelayMs = 5;
        const Outcome outcome = run(multi, request);

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
        QCOMPARE(outcome.result.status, 503);
        QVERIFY(captured.size() >= 3); // the request, the redirect, the retry and the result were logged
        for (const QString &line : std::as_const(captured)) {
            QVERIFY2(!line.contains(u"abcdefghijkl"_s), qPrintable(line));
        }
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestCurlMulti)
#include "tst_curlmulti.moc"
