// SPDX-License-Identifier: GPL-3.0-or-later
// BatchRunner against the loopback server: every prompt × endpoint pair ends with exactly one stored result, within
// the concurrency limits; 429 storms slow only their endpoint; flaky 5xx and dropped connections are retried within
// the budget; pause, resume, cancel; an interrupted batch resumes without asking twice; failed items re-run alone.
#include <atomic>
#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/inference/batchrunner.h"
#include "app/net/curlmulti.h"
#include "app/storage/batchstore.h"
#include "app/storage/database.h"
#include "app/storage/runstore.h"
#include "app/storage/statement.h"
#include "tests/support/testserver.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray sseEvent(const QJsonObject &object)
{
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

// An OpenAI-compatible stream answering "<model>: <user message>", after `delayMs`.
TestResponse echo(const TestRequest &request, int delayMs = 0)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonArray messages = body.value("messages"_L1).toArray();
    const QString text =
        body.value("model"_L1).toString() + u": "_s + messages.last().toObject().value("content"_L1).toString();
    TestResponse response;
    response.delayMs = delayMs;
    response.withHeader("content-type", "text/event-stream");
    const QJsonObject delta{{u"index"_s, 0}, {u"delta"_s, QJsonObject{{u"content"_s, text}}}};
    const QJsonObject finish{{u"index"_s, 0}, {u"delta"_s, QJsonObject()}, {u"finish_reason"_s, u"stop"_s}};
    response.body = sseEvent(QJsonObject{{u"choices"_s, QJsonArray{delta}}})
        + sseEvent(QJsonObject{{u"choices"_s, QJsonArray{finish}}}) + "data: [DONE]\n\n";
    return response;
}

SecretResolver noSecrets()
{
    return [](const Endpoint &, QObject *context, std::function<void(const QByteArray &, const QString &)> done) {
        QMetaObject::invokeMethod(
            context, [done] { done({}, {}); }, Qt::QueuedConnection);
    };
}

QString userMessage(const TestRequest &request)
{
    const QJsonArray messages = QJsonDocument::fromJson(request.body).object().value("messages"_L1).toArray();
    return messages.last().toObject().value("content"_L1).toString();
}

enum class Fault
{
    Status500,
    Status502,
    Status503,
    Status504,
    Dropped,
    CutMidStream
};

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestBatchRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyPairOnceWithinTheLimits_data();
    void everyPairOnceWithinTheLimits();
    void rateLimitStormSlowsOnlyThatEndpoint_data();
    void rateLimitStormSlowsOnlyThatEndpoint();
    void usedUpLimitPausesTheEndpoint();
    void retryAfterZeroStillWaits();
    void oneProcessPerBatch();
    void flakyServerIsRetried_data();
    void flakyServerIsRetried();
    void retryBudgetThenRerunFailed();
    void clientErrorFailsAtOnce();
    void requestTimeout();
    void pauseResumeCancel();
    void resumesAnInterruptedBatch();
    void missingSecretFailsItsEndpointOnly();

private:
    qint64 makeBatch(
        int prompts, const QStringList &endpoints, int concurrency, int endpointConcurrency = 0, int maxRetries = 3);
    QList<Endpoint> endpointsOf(qint64 batchId);
    // One stored run per item, every item done: the invariant of a finished batch.
    void verifyExactlyOnePerPair(qint64 batchId, int expectedFailed = 0);
    int requestsFor(const QString &endpoint, const QString &prompt = {}) const;

    TestServer m_server;
    CurlMulti m_multi;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<BatchStore> m_batches;
    qint64 m_sessionId = 0;
    BatchRunner::Limits m_fast;
};

void TestBatchRunner::init()
{
    TestUtils::failOnUnexpectedWarnings();
    if (!m_server.port())
        QVERIFY(m_server.start());
    m_server.clearRoutes();
    m_server.clearRequests();
    m_server.route("POST", u"/a/v1/chat/completions"_s, [](const TestRequest &r) { return echo(r, 5); });
    m_server.route("POST", u"/b/v1/chat/completions"_s, [](const TestRequest &r) { return echo(r, 15); });
    m_runs = std::make_unique<RunStore>(Database::openInMemory());
    m_batches = std::make_unique<BatchStore>(m_runs.get());
    m_sessionId = m_runs->ensureSession(u"Batch"_s);
    QVERIFY(m_sessionId > 0);
    m_fast = BatchRunner::Limits{};
    m_fast.backoffBaseMs = 20;
    m_fast.backoffMaxMs = 100;
    m_fast.rateLimitDefaultMs = 50;
}

void TestBatchRunner::cleanup()
{
    m_batches.reset();
    m_runs.reset();
}

qint64 TestBatchRunner::makeBatch(
    int prompts, const QStringList &endpoints, int concurrency, int endpointConcurrency, int maxRetries)
{
    BatchSpec spec;
    spec.source = QJsonObject{{u"kind"_s, u"typed"_s}};
    spec.systemPrompt = u"Be brief."_s;
    spec.params.maxTokens = 16;
    spec.concurrency = concurrency;
    spec.endpointConcurrency = endpointConcurrency;
    spec.maxRetries = maxRetries;
    for (const QString &name : endpoints)
        spec.endpoints.append({0, name, u"m-"_s + name});
    QList<QString> texts;
    QList<QJsonObject> sources;
    for (int i = 0; i < prompts; ++i) {
        texts.append(u"prompt %1"_s.arg(i));
        sources.append(QJsonObject{{u"kind"_s, u"typed"_s}, {u"index"_s, i + 1}});
    }
    return m_batches->createBatch(m_sessionId, spec, texts, sources);
}

QList<Endpoint> TestBatchRunner::endpointsOf(qint64 batchId)
{
    QList<Endpoint> list;
    const std::optional<BatchInfo> batch = m_batches->batch(batchId);
    for (const BatchEndpointSpec &spec : batch->spec.endpoints) {
        Endpoint endpoint;
        endpoint.name = spec.name;
        endpoint.kind = EndpointKind::OpenAi;
        endpoint.url = m_server.url(u"/%1/v1"_s.arg(spec.name));
        list.append(endpoint);
    }
    return list;
}

int TestBatchRunner::requestsFor(const QString &endpoint, const QString &prompt) const
{
    int count = 0;
    for (const TestRequest &request : m_server.requests()) {
        if (request.path == u"/%1/v1/chat/completions"_s.arg(endpoint)
            && (prompt.isEmpty() || userMessage(request) == prompt))
            ++count;
    }
    return count;
}

void TestBatchRunner::verifyExactlyOnePerPair(qint64 batchId, int expectedFailed)
{
    const BatchCounts counts = m_batches->counts(batchId);
    QCOMPARE(counts.pending + counts.running, 0);
    QCOMPARE(counts.failed, expectedFailed);
    QCOMPARE(counts.done + counts.failed, counts.total);
    Statement check = m_runs->database().prepare(
        u"SELECT count(*), count(DISTINCT i.id), sum(r.prompt_id = i.prompt_id), "
        "(SELECT count(*) FROM runs WHERE session_id = ?2), "
        "(SELECT count(*) FROM (SELECT prompt_id, endpoint_name FROM runs GROUP BY 1, 2 HAVING count(*) > 1)) "
        "FROM batch_items i JOIN runs r ON r.id = i.run_id WHERE i.batch_id = ?1"_s);
    check.bind(1, batchId);
    check.bind(2, m_sessionId);
    QVERIFY(check.step());
    QCOMPARE(check.columnInt(0), counts.total); // every item has its run
    QCOMPARE(check.columnInt(1), counts.total);
    QCOMPARE(check.columnInt(2), counts.total); // ...of its own prompt
    QCOMPARE(check.columnInt(3), counts.total); // and no run without an item
    QCOMPARE(check.columnInt(4), 0); // never two runs of one prompt on one endpoint
}

void TestBatchRunner::everyPairOnceWithinTheLimits_data()
{
    QTest::addColumn<int>("prompts");
    QTest::addColumn<QStringList>("endpoints");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("endpointConcurrency");
    QTest::newRow("one prompt, one endpoint") << 1 << QStringList{u"a"_s} << 8 << 0;
    QTest::newRow("40 prompts on two endpoints, 8 in flight") << 40 << QStringList{u"a"_s, u"b"_s} << 8 << 0;
    QTest::newRow("30 prompts, 6 overall but 2 per endpoint") << 30 << QStringList{u"a"_s, u"b"_s} << 6 << 2;
    QTest::newRow("25 prompts one at a time") << 25 << QStringList{u"b"_s} << 1 << 0;
}

void TestBatchRunner::everyPairOnceWithinTheLimits()
{
    QFETCH(int, prompts);
    QFETCH(QStringList, endpoints);
    QFETCH(int, concurrency);
    QFETCH(int, endpointConcurrency);
    const qint64 batchId = makeBatch(prompts, endpoints, concurrency, endpointConcurrency);
    QVERIFY(batchId > 0);
    BatchRunner runner(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QSignalSpy items(&runner, &BatchRunner::itemFinished);
    QSignalSpy saved(m_runs.get(), &RunStore::runSaved);
    int peak = 0;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] {
        peak = std::max(peak, m_multi.activeTransfers());
        QVERIFY(runner.progress().running <= concurrency);
    });
    sampler.start(1);
    QVERIFY2(runner.start(batchId, endpointsOf(batchId)), qPrintable(runner.error()));
    QVERIFY(runner.isActive());
    QVERIFY(finished.wait(30000));
    sampler.stop();
    QVERIFY(!runner.isActive());
    const int pairs = prompts * int(endpoints.size());
    QCOMPARE(items.size(), pairs);
    QCOMPARE(saved.size(), pairs); // the Review queue and Dashboard hear of every run
    const int overall =
        endpointConcurrency > 0 ? std::min(concurrency, endpointConcurrency * int(endpoints.size())) : concurrency;
    QVERIFY2(peak <= overall, qPrintable(u"peak %1 > %2"_s.arg(peak).arg(overall)));
    verifyExactlyOnePerPair(batchId);
    for (const QString &endpoint : endpoints)
        QCOMPARE(requestsFor(endpoint), prompts);
    QCOMPARE(m_batches->batch(batchId)->state, BatchState::Finished);
    const BatchProgress progress = runner.progress();
    QCOMPARE(progress.done, pairs);
    QCOMPARE(progress.failed, 0);
    QVERIFY(progress.finished);
    QCOMPARE(progress.etaMs, 0);

    // The runs are ordinary runs: the request as sent, the source on the prompt.
    const QList<StoredRun> runs = m_runs->runs(m_sessionId);
    const StoredRun &first = runs.first();
    QCOMPARE(first.result.status, RunStatus::Succeeded);
    QCOMPARE(first.messages.size(), 2);
    QCOMPARE(first.messages.first().content, u"Be brief."_s);
    QCOMPARE(first.params.maxTokens, 16);
    QCOMPARE(first.result.text, first.model + u": "_s + first.messages.last().content);
    const std::optional<StoredPrompt> prompt = m_runs->prompt(first.promptId);
    QCOMPARE(prompt->source.value("kind"_L1).toString(), u"typed"_s);
    QCOMPARE(prompt->source.value("batch"_L1).toInteger(), batchId);
    const QList<BatchEndpointStats> stats = m_batches->endpointStats(batchId);
    QCOMPARE(stats.size(), endpoints.size());
    QCOMPARE(stats.first().done, prompts);
    QVERIFY(stats.first().medianMs() > 0);
    QVERIFY(stats.first().p95Ms() >= stats.first().medianMs());
}

void TestBatchRunner::rateLimitStormSlowsOnlyThatEndpoint_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("wait"); // what the endpoint waits after each 429; -1: its own backoff
    QTest::newRow("Retry-After: 1") << QByteArray("retry-after") << QByteArray("1") << qint64(1000);
    QTest::newRow("retry-after-ms") << QByteArray("retry-after-ms") << QByteArray("700") << qint64(700);
    QTest::newRow("x-ratelimit-reset-requests (Go duration)")
        << QByteArray("x-ratelimit-reset-requests") << QByteArray("0.8s") << qint64(800);
    QTest::newRow("no hint: backoff") << QByteArray() << QByteArray() << qint64(-1);
}

void TestBatchRunner::rateLimitStormSlowsOnlyThatEndpoint()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(qint64, wait);
    // The first 6 requests to "limited" get 429 (a storm hitting all 4 in flight at once, then more).
    auto storm = std::make_shared<std::atomic<int>>(6);
    m_server.route("POST", u"/limited/v1/chat/completions"_s, [storm, header, value](const TestRequest &r) {
        if (storm->fetch_sub(1) > 0) {
            TestResponse response = TestResponse::json(R"({"error":"Rate limit reached"})", 429);
            if (!header.isEmpty())
                response.withHeader(header, value);
            return response;
        }
        return echo(r, 5);
    });
    const qint64 batchId = makeBatch(12, {u"limited"_s, u"a"_s}, 8, 4);
    BatchRunner runner(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    runner.setLimits(m_fast);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QSignalSpy throttled(&runner, &BatchRunner::endpointThrottled);
    int lowest = 4;
    int sawRetrying = 0;
    connect(&runner, &BatchRunner::endpointThrottled, this, [&](int endpoint, qint64 waitMs) {
        QCOMPARE(endpoint, 0);
        if (wait >= 0)
            QCOMPARE(waitMs, wait);
        lowest = std::min(lowest, runner.currentConcurrency(0));
        QCOMPARE(runner.currentConcurrency(1), 4); // the other endpoint keeps its pace
    });
    connect(&runner, &BatchRunner::progressChanged, this,
        [&](const BatchProgress &progress) { sawRetrying = std::max(sawRetrying, progress.retrying); });
    QVERIFY(runner.start(batchId, endpointsOf(batchId)));
    QVERIFY(finished.wait(30000));
    QVERIFY(!throttled.isEmpty());
    QCOMPARE(lowest, 1); // halved down to one at a time
    QVERIFY(sawRetrying > 0);
    verifyExactlyOnePerPair(batchId); // slowed down, never failed
    QCOMPARE(requestsFor(u"a"_s), 12);
    QCOMPARE(requestsFor(u"limited"_s), 12 + 6);
    // The unaffected endpoint was done long before the limited one.
    for (const StoredRun &run : m_runs->runs(m_sessionId)) {
        if (run.endpointName == u"limited"_s)
            QVERIFY(run.result.attempts >= 1);
    }
}

void TestBatchRunner::usedUpLimitPausesTheEndpoint()
{
    // The third answer says the request quota is used up for 600 ms: nothing more is sent until then, nothing fails.
    auto count = std::make_shared<std::atomic<int>>(0);
    m_server.route("POST", u"/quota/v1/chat/completions"_s, [count](const TestRequest &r) {
        TestResponse response = echo(r);
        if (++*count == 3) {
            response.withHeader("x-ratelimit-remaining-requests", "0");
            response.withHeader("x-ratelimit-reset-requests", "600ms");
        }
        return response;
    });
    const qint64 batchId = makeBatch(6, {u"quota"_s}, 1);
    BatchRunner runner(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QSignalSpy throttled(&runner, &BatchRunner::endpointThrottled);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runner.start(batchId, endpointsOf(batchId)));
    QVERIFY(finished.wait(10000));
    QCOMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().at(1).toLongLong(), 600);
    QVERIFY2(clock.elapsed() >= 600, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(runner.currentConcurrency(0), 1);
    verifyExactlyOnePerPair(batchId);
    QCOMPARE(requestsFor(u"quota"_s), 6);
}

void TestBatchRunner::retryAfterZeroStillWaits()
{
    // "Retry-After: 0" three times: each 429 still waits, longer each time, so the retry budget is not spent in
    // milliseconds.
    auto storm = std::make_shared<std::atomic<int>>(3);
    m_server.route("POST", u"/zero/v1/chat/completions"_s, [storm](const TestRequest &r) {
        if (storm->fetch_sub(1) > 0)
            return TestResponse::json(R"({"error":"Rate limit reached"})", 429).withHeader("retry-after", "0");
        return echo(r);
    });
    const qint64 batchId = makeBatch(2, {u"zero"_s}, 1);
    BatchRunner runner(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    runner.setLimits(m_fast);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QSignalSpy throttled(&runner, &BatchRunner::endpointThrottled);
    QVERIFY(runner.start(batchId, endpointsOf(batchId)));
    QVERIFY(finished.wait(20000));
    QCOMPARE(throttled.size(), 3);
    QCOMPARE(throttled.at(0).at(1).toLongLong(), qint64(BatchRunner::MinRateLimitWaitMs));
    QCOMPARE(throttled.at(1).at(1).toLongLong(), qint64(BatchRunner::MinRateLimitWaitMs) * 2);
    QCOMPARE(throttled.at(2).at(1).toLongLong(), qint64(BatchRunner::MinRateLimitWaitMs) * 4);
    verifyExactlyOnePerPair(batchId);
}

void TestBatchRunner::oneProcessPerBatch()
{
    // A database on disk (the lock lives beside it): while one runner has the batch, another is refused, and
    // takes it once the first stops.
    QTemporaryDir dir;
    m_batches.reset();
    QString error;
    m_runs = RunStore::open(dir.filePath(u"hublens.sqlite3"_s), &error);
    QVERIFY2(m_runs, qPrintable(error));
    m_batches = std::make_unique<BatchStore>(m_runs.get());
    m_sessionId = m_runs->ensureSession(u"Batch"_s);
    m_server.route("POST", u"/slow/v1/chat/completions"_s, [](const TestRequest &r) { return echo(r, 200); });
    const qint64 batchId = makeBatch(4, {u"slow"_s}, 1);
    BatchRunner first(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    BatchRunner second(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    QVERIFY(first.start(batchId, endpointsOf(batchId)));
    QVERIFY(!second.start(batchId, endpointsOf(batchId)));
    QVERIFY2(second.error().contains(u"another HubLens process"_s), qPrintable(second.error()));
    first.cancel();
    QVERIFY2(second.start(batchId, endpointsOf(batchId)), qPrintable(second.error()));
    QSignalSpy finished(&second, &BatchRunner::finished);
    QVERIFY(finished.wait(20000));
    verifyExactlyOnePerPair(batchId);
}

void TestBatchRunner::flakyServerIsRetried_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("500") << Fault::Status500;
    QTest::newRow("502") << Fault::Status502;
    QTest::newRow("503 without a loading marker") << Fault::Status503;
    QTest::newRow("504") << Fault::Status504;
    QTest::newRow("connection closed without an answer") << Fault::Dropped;
    QTest::newRow("stream cut in the middle") << Fault::CutMidStream;
}

void TestBatchRunner::flakyServerIsRetried()
{
    QFETCH(Fault, fault);
    // Every prompt fails on its first two attempts, then succeeds (the budget is 3 retries).
    auto attempts = std::make_shared<QHash<QString, int>>();
    auto mutex = std::make_shared<QMutex>();
    m_server.route("POST", u"/flaky/v1/chat/completions"_s, [attempts, mutex, fault](const TestRequest &r) {
        int attempt = 0;
        {
            QMutexLocker lock(mutex.get());
            attempt = ++(*attempts)[userMessage(r)];
        }
        if (attempt > 2)
            return echo(r);
        switch (fault) {
        case Fault::Status500:
            return TestResponse::json(R"({"error":"Internal"})", 500);
        case Fault::Status502:
            return TestResponse::text("Bad gateway", 502);
        case Fault::Status503:
            return TestResponse::json(R"({"error":"Service Unavailable"})", 503);
        case Fault::Status504:
            return TestResponse::text("Gateway timeout", 504);
        case Fault::Dropped: {
            TestResponse response;
            response.closeWithoutResponse = true;
            return response;
        }
        case Fault::CutMidStream: {
            TestResponse response = echo(r);
            response.dropAfterBodyBytes = 20;
            return response;
        }
        }
        return echo(r);
    });
    const qint64 batchId = makeBatch(10, {u"flaky"_s}, 4);
    BatchRunner runner(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    runner.setLimits(m_fast);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(batchId, endpointsOf(batchId)));
    QVERIFY(finished.wait(30000));
    verifyExactlyOnePerPair(batchId);
    QCOMPARE(requestsFor(u"flaky"_s), 30);
    // libcurl itself sends a request again once when a reused connection closes before any answer, so a dropped
    // connection may cost the batch fewer attempts than the server saw requests.
    const int expected = fault == Fault::Dropped ? -1 : 3;
    for (const StoredRun &run : m_runs->runs(m_sessionId)) {
        QCOMPARE(run.result.status, RunStatus::Succeeded);
        if (expected > 0)
            QCOMPARE(run.result.attempts, expected);
        else
            QVERIFY(run.result.attempts >= 1 && run.result.attempts <= 3);
    }
    for (const BatchItem &item : m_batches->items(batchId)) {
        if (expected > 0)
            QCOMPARE(item.attempts, expected);
    }
}

void TestBatchRunner::retryBudgetThenRerunFailed()
{
    auto healthy = std::make_shared<std::atomic<bool>>(false);
    m_server.route("POST", u"/down/v1/chat/completions"_s, [healthy](const TestRequest &r) {
        if (*healthy)
            return echo(r);
        return TestResponse::json(R"({"error":"Internal"})", 500);
    });
    const qint64 batchId = makeBatch(5, {u"down"_s, u"a"_s}, 8, 0, 2);
    {
        BatchRunner runner(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
        runner.setLimits(m_fast);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QVERIFY(runner.start(batchId, endpointsOf(batchId)));
        QVERIFY(finished.wait(30000));
        QCOMPARE(runner.progress().failed, 5);
        QCOMPARE(runner.progress().done, 5);
    }
    QCOMPARE(requestsFor(u"down"_s), 5 * 3); // the first attempt and two retries, no more
    verifyExactlyOnePerPair(batchId, 5); // the failures are stored runs too
    for (const BatchItem &item : m_batches->items(batchId)) {
        if (item.endpoint == 0) {
            QCOMPARE(item.state, BatchItemState::Failed);
            QVERIFY2(item.lastError.contains(u"500"_s), qPrintable(item.lastError));
        }
    }
    QCOMPARE(m_batches->batch(batchId)->state, BatchState::Finished);

    // Re-run only the failed items: the good endpoint is not asked again; failed runs are replaced.
    *healthy = true;
    m_server.clearRequests();
    QCOMPARE(m_batches->requeueFailed(batchId), 5);
    BatchRunner again(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    QSignalSpy finished(&again, &BatchRunner::finished);
    QVERIFY(again.start(batchId, endpointsOf(batchId)));
    QVERIFY(finished.wait(30000));
    QCOMPARE(requestsFor(u"down"_s), 5);
    QCOMPARE(requestsFor(u"a"_s), 0);
    verifyExactlyOnePerPair(batchId);
    for (const StoredRun &run : m_runs->runs(m_sessionId))
        QCOMPARE(run.result.status, RunStatus::Succeeded);
}

void TestBatchRunner::clientErrorFailsAtOnce()
{
    m_server.route("POST", u"/gone/v1/chat/completions"_s,
        [](const TestRequest &) { return TestResponse::json(R"({"error":"Model m-gone does not exist"})", 404); });
    const qint64 batchId = makeBatch(3, {u"gone"_s}, 2);
    BatchRunner runner(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    runner.setLimits(m_fast);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(batchId, endpointsOf(batchId)));
    QVERIFY(finished.wait(10000));
    QCOMPARE(requestsFor(u"gone"_s), 3);
    verifyExactlyOnePerPair(batchId, 3);
    QCOMPARE(m_runs->runs(m_sessionId).first().result.httpStatus, 404);
}

void TestBatchRunner::requestTimeout()
{
    m_server.route("POST", u"/stuck/v1/chat/completions"_s, [](const TestRequest &r) { return echo(r, 4000); });
    BatchSpec spec;
    spec.endpoints = {{0, u"stuck"_s, u"m"_s}};
    spec.requestTimeoutSeconds = 1;
    spec.maxRetries = 0;
    const qint64 batchId = m_batches->createBatch(m_sessionId, spec, {u"hello"_s}, {QJsonObject()});
    BatchRunner runner(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runner.start(batchId, endpointsOf(batchId)));
    QVERIFY(finished.wait(10000));
    QVERIFY(clock.elapsed() < 3500);
    verifyExactlyOnePerPair(batchId, 1);
    QCOMPARE(m_runs->runs(m_sessionId).first().result.errorKind, u"timeout"_s);
}

void TestBatchRunner::pauseResumeCancel()
{
    m_server.route("POST", u"/slow/v1/chat/completions"_s, [](const TestRequest &r) { return echo(r, 100); });
    const qint64 batchId = makeBatch(12, {u"slow"_s}, 2);
    auto runner = std::make_unique<BatchRunner>(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    QSignalSpy items(runner.get(), &BatchRunner::itemFinished);
    QSignalSpy finished(runner.get(), &BatchRunner::finished);
    QVERIFY(runner->start(batchId, endpointsOf(batchId)));
    QVERIFY(items.wait(5000));
    runner->pause();
    QVERIFY(runner->isPaused());
    QCOMPARE(m_batches->batch(batchId)->state, BatchState::Paused);
    // What was in flight finishes; nothing new is sent while paused.
    QTRY_COMPARE_WITH_TIMEOUT(runner->progress().running, 0, 5000);
    const int sent = requestsFor(u"slow"_s);
    QTest::qWait(300);
    QCOMPARE(requestsFor(u"slow"_s), sent);
    QVERIFY(runner->progress().paused);
    QCOMPARE(runner->progress().etaMs, -1);
    runner->resume();
    QCOMPARE(m_batches->batch(batchId)->state, BatchState::Running);
    QTRY_VERIFY_WITH_TIMEOUT(runner->progress().completed() >= sent + 2, 5000);

    // Cancel aborts the requests in flight; their items stay pending, nothing is lost.
    QTRY_VERIFY_WITH_TIMEOUT(runner->progress().running > 0, 5000);
    runner->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner->isActive());
    QCOMPARE(m_batches->batch(batchId)->state, BatchState::Cancelled);
    const BatchCounts counts = m_batches->counts(batchId);
    QCOMPARE(counts.running, 0);
    QVERIFY(counts.pending > 0);
    QVERIFY(m_batches->unfinishedBatch(m_sessionId)); // offered for resuming
    runner.reset();

    BatchRunner again(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    QSignalSpy done(&again, &BatchRunner::finished);
    QVERIFY(again.start(batchId, endpointsOf(batchId)));
    QCOMPARE(again.progress().done, counts.done);
    QVERIFY(done.wait(10000));
    verifyExactlyOnePerPair(batchId);
    QVERIFY(!m_batches->unfinishedBatch(m_sessionId));
}

void TestBatchRunner::resumesAnInterruptedBatch()
{
    // A process died after storing two results and while two more were in flight.
    const qint64 batchId = makeBatch(6, {u"a"_s}, 4);
    const QList<BatchItem> items = m_batches->pendingItems(batchId);
    QCOMPARE(items.size(), 6);
    for (int i = 0; i < 2; ++i) {
        m_batches->markRunning(items.at(i).id);
        StoredRun run;
        run.sessionId = m_sessionId;
        run.promptId = items.at(i).promptId;
        run.endpointName = u"a"_s;
        run.endpointKind = u"openai"_s;
        run.endpointUrl = u"http://127.0.0.1/"_s;
        run.model = u"m-a"_s;
        run.messages = {{u"user"_s, items.at(i).text}};
        run.result.status = RunStatus::Succeeded;
        run.result.text = u"earlier"_s;
        QVERIFY(m_batches->completeItem(items.at(i).id, run, true, {}) > 0);
    }
    m_batches->markRunning(items.at(2).id);
    m_batches->markRunning(items.at(3).id);
    QCOMPARE(m_batches->counts(batchId).running, 2);
    // Settling an item twice is refused: never two results.
    StoredRun duplicate;
    duplicate.sessionId = m_sessionId;
    duplicate.promptId = items.at(0).promptId;
    duplicate.endpointName = u"a"_s;
    duplicate.endpointKind = u"openai"_s;
    duplicate.endpointUrl = u"http://127.0.0.1/"_s;
    duplicate.model = u"m-a"_s;
    duplicate.result.status = RunStatus::Succeeded;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"already done"_s));
    QCOMPARE(m_batches->completeItem(items.at(0).id, duplicate, true, {}), 0);

    BatchRunner runner(&m_multi, m_runs.get(), m_batches.get(), noSecrets());
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(batchId, endpointsOf(batchId)));
    QCOMPARE(runner.progress().done, 2);
    QCOMPARE(runner.progress().total, 6);
    QVERIFY(finished.wait(10000));
    verifyExactlyOnePerPair(batchId);
    QCOMPARE(requestsFor(u"a"_s), 4);
    QCOMPARE(requestsFor(u"a"_s, items.at(0).text), 0); // done before: never asked again
    QCOMPARE(requestsFor(u"a"_s, items.at(2).text), 1); // in flight when it died: asked once more
}

void TestBatchRunner::missingSecretFailsItsEndpointOnly()
{
    const qint64 batchId = makeBatch(4, {u"a"_s, u"b"_s}, 4);
    BatchRunner runner(&m_multi, m_runs.get(), m_batches.get(),
        [](const Endpoint &endpoint, QObject *context, std::function<void(const QByteArray &, const QString &)> done) {
            const QString error = endpoint.name == u"b"_s ? u"HF_TOKEN is not set"_s : QString();
            QMetaObject::invokeMethod(
                context, [done, error] { done({}, error); }, Qt::QueuedConnection);
        });
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QVERIFY(runner.start(batchId, endpointsOf(batchId)));
    QVERIFY(finished.wait(10000));
    verifyExactlyOnePerPair(batchId, 4);
    QCOMPARE(requestsFor(u"b"_s), 0);
    QCOMPARE(requestsFor(u"a"_s), 4);
}

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
