// SPDX-License-Identifier: GPL-3.0-or-later
// ChatRun against the loopback server for every endpoint kind: every recorded stream in one piece and at 200 random
// split points, non-streamed answers, every error shape, 401/404/422, 429 with Retry-After, 503 while loading, a
// connection reset mid-stream, a stall past the idle timeout, Stop, and the stream_options fallback.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include "app/inference/chatrun.h"
#include "app/net/curlmulti.h"
#include "tests/support/fixtures.h"
#include "tests/support/testserver.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

namespace {

// A recorded inference response (inference/*.meta.json: status.code, response_headers) as a TestResponse.
TestResponse recorded(const QString &bodyFixture)
{
    const QJsonObject meta = QJsonDocument::fromJson(Fixtures::read(bodyFixture + u".meta.json"_s)).object();
    TestResponse response;
    response.status = meta.value("status"_L1).toObject().value("code"_L1).toInt(200);
    static const QList<QByteArray> skipped = {
        "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"};
    const QJsonObject headers = meta.value("response_headers"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QByteArray name = it.key().toLatin1().toLower();
        if (skipped.contains(name))
            continue;
        const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &value : values)
            response.withHeader(name, value.toString().toUtf8());
    }
    if (bodyFixture.endsWith(u".sse"_s) && headerValue(response.headers, "content-type").isEmpty())
        response.withHeader("content-type", "text/event-stream");
    response.body = Fixtures::read(bodyFixture);
    return response;
}

TestResponse splitAt(TestResponse response, int cuts, QRandomGenerator &random)
{
    QList<qsizetype> points;
    for (int i = 0; i < cuts; ++i)
        points.append(qsizetype(random.bounded(int(response.body.size()) + 1)));
    std::sort(points.begin(), points.end());
    qsizetype previous = 0;
    for (const qsizetype point : points) {
        if (point > previous)
            response.chunks.append({response.body.mid(previous, point - previous), 0});
        previous = point;
    }
    if (previous < response.body.size())
        response.chunks.append({response.body.mid(previous), 0});
    response.body.clear();
    return response;
}

Endpoint endpointAt(const TestServer &server, EndpointKind kind, const QString &path = u"/v1"_s)
{
    Endpoint endpoint;
    endpoint.name = u"test"_s;
    endpoint.kind = kind;
    endpoint.url = server.url(path);
    endpoint.defaultModel = u"org/model"_s;
    endpoint.idleTimeoutSeconds = 10;
    endpoint.startupWaitSeconds = 20;
    return endpoint;
}

ChatRequest simpleRequest(bool stream = true)
{
    ChatRequest request;
    request.model = u"org/model"_s;
    request.messages = {{u"system"_s, u"Be brief."_s}, {u"user"_s, u"What is deep learning?"_s}};
    request.params.maxTokens = 20;
    request.params.temperature = 0.0;
    request.stream = stream;
    return request;
}

struct Outcome
{
    RunResult result;
    QString streamedContent;
    QString streamedReasoning;
    QStringList statusMessages;
};

Outcome runToEnd(CurlMulti &multi, const Endpoint &endpoint, const ChatRequest &request, const QByteArray &secret = {},
    int timeoutMs = 30000)
{
    ChatRun run(&multi, endpoint, request, secret);
    Outcome outcome;
    QObject::connect(&run, &ChatRun::textReceived, &run, [&outcome](const QString &content, const QString &reasoning) {
        outcome.streamedContent += content;
        outcome.streamedReasoning += reasoning;
    });
    QObject::connect(&run, &ChatRun::statusMessage, &run,
        [&outcome](const QString &message) { outcome.statusMessages.append(message); });
    QSignalSpy finished(&run, &ChatRun::finished);
    run.start();
    if (!finished.wait(timeoutMs))
        qWarning("ChatRun did not finish in time");
    outcome.result = run.result();
    return outcome;
}

} // namespace

class TestChatRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recordedStreams_data();
    void recordedStreams();
    void ttftAtFirstTextNotFirstChunk();
    void nonStreamed();
    void errorsBeforeTheStream_data();
    void errorsBeforeTheStream();
    void rateLimitedThenServed();
    void rateLimitTooLongFails();
    void loadingThenServed();
    void loadingGivesUpAfterTheWait();
    void resetMidStream();
    void stallPastIdleTimeout();
    void stopFreesTheConnection();
    void streamOptionsRejectedRetriesWithout();
    void tgiGenerateStream();
    void tgiMessagesApi();
    void ollamaNdjson();
    void ollamaMidStreamError();
    void sseUnderWrongContentType();
    void providerHeaderAndCost();
    void authorizationHeader();
    void requestBody();

private:
    TestServer m_server;
    CurlMulti m_multi;
};

void TestChatRun::init()
{
    TestUtils::failOnUnexpectedWarnings();
    if (!m_server.port())
        QVERIFY(m_server.start());
    m_server.clearRoutes();
    m_server.clearRequests();
}

void TestChatRun::recordedStreams_data()
{
    QTest::addColumn<QString>("fixture");
    for (const QString &file : Fixtures::list(u"inference"_s, u"*.sse"_s))
        QTest::newRow(qPrintable(file)) << file;
}

void TestChatRun::recordedStreams()
{
    QFETCH(QString, fixture);
    const QJsonObject expected =
        QJsonDocument::fromJson(Fixtures::read(fixture + u".expected.json"_s)).object().value("result"_L1).toObject();
    const bool tgi = expected.value("kind"_L1).toString() == u"tgi_generate_stream"_s
        || (expected.value("kind"_L1).isNull() && fixture.contains(u"generate_stream"_s));
    const Endpoint endpoint = tgi ? endpointAt(m_server, EndpointKind::Tgi, u"/generate_stream"_s)
                                  : endpointAt(m_server, EndpointKind::OpenAi);
    const QString path = tgi ? u"/generate_stream"_s : u"/v1/chat/completions"_s;
    const TestResponse whole = recorded(fixture);
    const bool hasError = !expected.value("error_events"_L1).toArray().isEmpty();
    const bool complete = expected.value("done_marker"_L1).toBool()
        || !expected.value("finish_reasons"_L1).toArray().isEmpty() || expected.value("generated_text"_L1).isString();
    const RunStatus status = hasError ? RunStatus::Failed : complete ? RunStatus::Succeeded : RunStatus::Truncated;

    QRandomGenerator random(5);
    for (int round = 0; round < 4; ++round) {
        // Round 0: in one piece; then 200 random split points (a few different sets).
        const TestResponse response = round == 0 ? whole : splitAt(whole, 200, random);
        m_server.route("POST", path, [response](const TestRequest &) { return response; });
        const Outcome outcome = runToEnd(m_multi, endpoint, simpleRequest());
        const QString where = u"%1 round %2"_s.arg(fixture).arg(round);
        QVERIFY2(outcome.result.status == status,
            qPrintable(where + u": "_s + runStatusName(outcome.result.status) + u" "_s + outcome.result.errorMessage));
        const QString raw = expected.value("content"_L1).toString();
        QCOMPARE(outcome.result.text, outcome.streamedContent);
        QCOMPARE(outcome.result.reasoning, outcome.streamedReasoning);
        if (outcome.result.reasoning.isEmpty())
            QVERIFY2(outcome.result.text == raw, qPrintable(where));
        else
            QVERIFY(raw.contains(outcome.result.reasoning) && raw.endsWith(outcome.result.text));
        const QJsonValue usage = expected.value("usage_final"_L1);
        QCOMPARE(outcome.result.usageReported, usage.isObject() || !expected.value("details"_L1).toObject().isEmpty());
        if (usage.isObject())
            QCOMPARE(outcome.result.completionTokens, usage.toObject().value("completion_tokens"_L1).toInteger());
        if (hasError)
            QCOMPARE(outcome.result.errorKind, u"stream"_s);
        if (status == RunStatus::Truncated)
            QCOMPARE(outcome.result.errorKind, u"truncated"_s);
        QCOMPARE(outcome.result.httpStatus, 200);
    }
}

void TestChatRun::ttftAtFirstTextNotFirstChunk()
{
    // Novita via the router: four text-less chunks first. They arrive at once; the text 150 ms later.
    TestResponse response = recorded(u"inference/router_novita_chat_stream.sse"_s);
    const QByteArray body = response.body;
    const qsizetype firstText = body.indexOf("\"content\":\"Deep\"");
    const qsizetype cut = body.lastIndexOf("data:", firstText);
    const qsizetype later = body.indexOf("data:", firstText + 200);
    response.chunks = {{body.left(cut), 0}, {body.mid(cut, later - cut), 150}, {body.mid(later), 100}};
    response.body.clear();
    m_server.route("POST", u"/v1/chat/completions"_s, [response](const TestRequest &) { return response; });
    const Outcome outcome = runToEnd(m_multi, endpointAt(m_server, EndpointKind::HfRouter), simpleRequest());
    QCOMPARE(outcome.result.status, RunStatus::Succeeded);
    QVERIFY(outcome.result.firstByteMs >= 0 && outcome.result.firstByteMs < 140);
    QVERIFY2(outcome.result.ttftMs >= 145, qPrintable(QString::number(outcome.result.ttftMs)));
    QVERIFY(outcome.result.totalMs >= outcome.result.ttftMs);
    QCOMPARE(outcome.result.completionTokens, 20);
    QVERIFY(outcome.result.usageReported);
    QVERIFY(outcome.result.tokensPerSecond > 0);
}

void TestChatRun::nonStreamed()
{
    m_server.route("POST", u"/v1/chat/completions"_s, [](const TestRequest &request) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        return body.value("stream"_L1).toBool() ? TestResponse::text("streamed?", 500)
                                                : recorded(u"inference/openai_chat_nonstream.json"_s);
    });
    const Outcome outcome = runToEnd(m_multi, endpointAt(m_server, EndpointKind::OpenAi), simpleRequest(false));
    QCOMPARE(outcome.result.status, RunStatus::Succeeded);
    QVERIFY(!outcome.result.text.isEmpty());
    QCOMPARE(outcome.streamedContent, outcome.result.text);
    QCOMPARE(outcome.result.finishReason, u"stop"_s);
    QVERIFY(outcome.result.usageReported);
    QVERIFY(outcome.result.ttftMs >= 0);
}

void TestChatRun::errorsBeforeTheStream_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("openai 400") << u"inference/openai_error_400_missing_model.json"_s << 400 << u"http"_s
                                << u"you must provide a model"_s;
    QTest::newRow("router 401") << u"inference/router_error_401_invalid_credentials.json"_s << 401 << u"auth"_s
                                << u"Invalid username or password."_s;
    QTest::newRow("404") << u"inference/hf_inference_error_404_model_not_exist.json"_s << 404 << u"http"_s
                         << u"Model this-model-does-not-exist-123 does not exist"_s;
    QTest::newRow("422 plain text") << u"inference/hf_inference_error_422_plaintext_deserialize.txt"_s << 422
                                    << u"http"_s << u"Failed to deserialize"_s;
    QTest::newRow("mistral 401") << u"inference/mistral_error_401_no_key.json"_s << 401 << u"auth"_s
                                 << u"No API key found"_s;
    QTest::newRow("402 credits") << u"inference/pasted_hf_error_402_credits_exhausted.json"_s << 402 << u"rate-limit"_s
                                 << u"You have exceeded"_s;
}

void TestChatRun::errorsBeforeTheStream()
{
    QFETCH(QString, fixture);
    QFETCH(int, status);
    QFETCH(QString, kind);
    QFETCH(QString, messageStart);
    TestResponse response = recorded(fixture);
    response.status = status; // the pasted ones carry no meta status of their own
    m_server.route("POST", u"/v1/chat/completions"_s, [response](const TestRequest &) { return response; });
    const Outcome outcome = runToEnd(m_multi, endpointAt(m_server, EndpointKind::OpenAi), simpleRequest());
    QCOMPARE(outcome.result.status, RunStatus::Failed);
    QCOMPARE(outcome.result.httpStatus, status);
    QCOMPARE(outcome.result.errorKind, kind);
    QVERIFY2(outcome.result.errorMessage.startsWith(messageStart), qPrintable(outcome.result.errorMessage));
    QCOMPARE(outcome.result.attempts, 1);
}

void TestChatRun::rateLimitedThenServed()
{
    std::atomic<int> calls{0};
    m_server.route("POST", u"/v1/chat/completions"_s, [&calls](const TestRequest &) {
        if (calls++ == 0) {
            TestResponse limited = recorded(u"inference/pasted_openai_error_429_rate_limit_tokens.json"_s);
            limited.status = 429;
            return limited.withHeader("retry-after", "1");
        }
        return recorded(u"inference/openai_chat_stream_2025.sse"_s);
    });
    const Outcome outcome = runToEnd(m_multi, endpointAt(m_server, EndpointKind::OpenAi), simpleRequest());
    QCOMPARE(outcome.result.status, RunStatus::Succeeded);
    QCOMPARE(outcome.result.attempts, 2);
    QVERIFY(outcome.result.waitedMs >= 900);
    QVERIFY(outcome.result.totalMs < 900); // the wait is not in the latency
    QCOMPARE(outcome.statusMessages.size(), 1);
    QVERIFY(outcome.statusMessages.first().contains(u"Rate limited"_s));
}

void TestChatRun::rateLimitTooLongFails()
{
    m_server.route("POST", u"/v1/chat/completions"_s, [](const TestRequest &) {
        TestResponse response = recorded(u"inference/pasted_openai_error_429_rate_limit_tokens.json"_s);
        response.status = 429;
        return response.withHeader("retry-after", "3600");
    });
    const Outcome outcome = runToEnd(m_multi, endpointAt(m_server, EndpointKind::OpenAi), simpleRequest());
    QCOMPARE(outcome.result.status, RunStatus::Failed);
    QCOMPARE(outcome.result.httpStatus, 429);
    QCOMPARE(outcome.result.errorKind, u"rate-limit"_s);
    QCOMPARE(outcome.result.attempts, 1);
}

void TestChatRun::loadingThenServed()
{
    std::atomic<int> calls{0};
    m_server.route("POST", u"/v1/chat/completions"_s, [&calls](const TestRequest &) {
        if (calls++ < 2)
            return TestResponse::json(R"({"error":"Model org/model is currently loading","estimated_time":0.3})", 503);
        return recorded(u"inference/hf_inference_tgi301_chat_stream.sse"_s);
    });
    const Outcome outcome = runToEnd(m_multi, endpointAt(m_server, EndpointKind::HfEndpoint), simpleRequest());
    QCOMPARE(outcome.result.status, RunStatus::Succeeded);
    QCOMPARE(outcome.result.attempts, 3);
    QCOMPARE(outcome.statusMessages.size(), 2);
    QVERIFY(outcome.statusMessages.first().startsWith(u"Starting"_s));
    QVERIFY(outcome.result.waitedMs >= 500);
}

void TestChatRun::loadingGivesUpAfterTheWait()
{
    m_server.route("POST", u"/v1/chat/completions"_s,
        [](const TestRequest &) { return TestResponse::text("", 503); }); // the scale-to-zero proxy says nothing
    Endpoint endpoint = endpointAt(m_server, EndpointKind::HfEndpoint);
    endpoint.startupWaitSeconds = 1;
    const Outcome outcome = runToEnd(m_multi, endpoint, simpleRequest());
    QCOMPARE(outcome.result.status, RunStatus::Failed);
    QCOMPARE(outcome.result.errorKind, u"loading"_s);
    QCOMPARE(outcome.result.httpStatus, 503);
    QVERIFY(outcome.result.attempts >= 2);
}

void TestChatRun::resetMidStream()
{
    TestResponse response = recorded(u"inference/router_together_chat_stream.sse"_s);
    response.dropAfterBodyBytes = response.body.size() / 2;
    m_server.route("POST", u"/v1/chat/completions"_s, [response](const TestRequest &) { return response; });
    const Outcome outcome = runToEnd(m_multi, endpointAt(m_server, EndpointKind::OpenAi), simpleRequest());
    QCOMPARE(outcome.result.status, RunStatus::Failed);
    QCOMPARE(outcome.result.errorKind, u"network"_s);
    QVERIFY(!outcome.result.text.isEmpty()); // what arrived is kept
    QCOMPARE(outcome.result.attempts, 1); // never repeated after answer bytes
}

void TestChatRun::stallPastIdleTimeout()
{
    TestResponse response = recorded(u"inference/router_fireworks_chat_stream.sse"_s);
    const QByteArray body = response.body;
    const qsizetype cut = body.indexOf("\n\n", body.indexOf("content")) + 2;
    response.chunks = {{body.left(cut), 0}, {body.mid(cut), 4000}};
    response.body.clear();
    m_server.route("POST", u"/v1/chat/completions"_s, [response](const TestRequest &) { return response; });
    Endpoint endpoint = endpointAt(m_server, EndpointKind::OpenAi);
    endpoint.idleTimeoutSeconds = 1;
    QElapsedTimer clock;
    clock.start();
    const Outcome outcome = runToEnd(m_multi, endpoint, simpleRequest());
    QVERIFY(clock.elapsed() < 3500);
    QCOMPARE(outcome.result.status, RunStatus::Failed);
    QCOMPARE(outcome.result.errorKind, u"timeout"_s);
    QVERIFY(outcome.result.errorMessage.contains(u"stalled"_s));
    QVERIFY(!outcome.result.text.isEmpty());
}

void TestChatRun::stopFreesTheConnection()
{
    TestResponse response = recorded(u"inference/router_nebius_chat_stream.sse"_s);
    response = splitAt(response, 0, *QRandomGenerator::global());
    for (TestResponse::Chunk &chunk : response.chunks)
        chunk.delayMs = 0;
    const QByteArray body = response.chunks.first().data;
    response.chunks = {{body.left(300), 0}, {body.mid(300), 10000}};
    m_server.route("POST", u"/v1/chat/completions"_s, [response](const TestRequest &) { return response; });
    ChatRun run(&m_multi, endpointAt(m_server, EndpointKind::OpenAi), simpleRequest(), {});
    QSignalSpy finished(&run, &ChatRun::finished);
    run.start();
    QTRY_COMPARE(m_multi.activeTransfers(), 1);
    QTest::qWait(100);
    QElapsedTimer clock;
    clock.start();
    run.stop();
    QCOMPARE(finished.size(), 1);
    QVERIFY(clock.elapsed() < 100);
    QCOMPARE(run.result().status, RunStatus::Cancelled);
    QCOMPARE(m_multi.activeTransfers(), 0);
}

void TestChatRun::streamOptionsRejectedRetriesWithout()
{
    m_server.route("POST", u"/v1/chat/completions"_s, [](const TestRequest &request) {
        if (request.body.contains("stream_options"))
            return TestResponse::json(
                R"({"object":"error","message":"Extra inputs are not permitted: stream_options","type":"BadRequestError","param":null,"code":400})",
                400);
        return recorded(u"inference/sambanova_chat_stream.sse"_s);
    });
    const Outcome outcome = runToEnd(m_multi, endpointAt(m_server, EndpointKind::OpenAi), simpleRequest());
    QCOMPARE(outcome.result.status, RunStatus::Succeeded);
    QCOMPARE(outcome.result.attempts, 2);
    QVERIFY(!outcome.result.usageReported);
    QVERIFY(outcome.result.completionTokens > 0); // estimated
    const QList<TestRequest> requests = m_server.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(!requests.last().body.contains("stream_options"));
}

void TestChatRun::tgiGenerateStream()
{
    m_server.route("POST", u"/generate_stream"_s, [](const TestRequest &) {
        return recorded(u"inference/hf_inference_tgi_generate_stream_nospace_flan_t5.sse"_s);
    });
    const Outcome outcome =
        runToEnd(m_multi, endpointAt(m_server, EndpointKind::Tgi, u"/generate_stream"_s), simpleRequest());
    QCOMPARE(outcome.result.status, RunStatus::Succeeded);
    QCOMPARE(outcome.result.text, u"one two three four"_s);
    const QJsonObject body = QJsonDocument::fromJson(m_server.requests().last().body).object();
    QVERIFY(body.value("inputs"_L1).toString().contains(u"What is deep learning?"_s));
    QCOMPARE(body.value("parameters"_L1).toObject().value("max_new_tokens"_L1).toInt(), 20);
}

void TestChatRun::tgiMessagesApi()
{
    m_server.route("POST", u"/v1/chat/completions"_s,
        [](const TestRequest &) { return recorded(u"inference/hf_inference_tgi201_chat_stream_nospace.sse"_s); });
    ChatRequest request = simpleRequest();
    request.model.clear();
    Endpoint endpoint = endpointAt(m_server, EndpointKind::Tgi, QString());
    endpoint.defaultModel.clear();
    const Outcome outcome = runToEnd(m_multi, endpoint, request);
    QCOMPARE(outcome.result.status, RunStatus::Succeeded); // no [DONE], but a finish reason
    QCOMPARE(outcome.result.finishReason, u"eos_token"_s);
    QCOMPARE(QJsonDocument::fromJson(m_server.requests().last().body).object().value("model"_L1).toString(), u"tgi"_s);
}

void TestChatRun::ollamaNdjson()
{
    QByteArray body;
    const QStringList words = {u"The"_s, u" sky"_s, u" is"_s, u" blue"_s, u"."_s};
    for (const QString &word : words)
        body += R"({"model":"llama3.2","created_at":"2025-01-01T00:00:00Z","message":{"role":"assistant","content":")"
            + word.toUtf8() + "\"},\"done\":false}\n";
    body +=
        R"({"model":"llama3.2","created_at":"2025-01-01T00:00:01Z","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","total_duration":5000000000,"prompt_eval_count":26,"prompt_eval_duration":100000000,"eval_count":5,"eval_duration":250000000})"
        "\n";
    QRandomGenerator random(9);
    for (int round = 0; round < 5; ++round) {
        TestResponse response;
        response.body = body;
        response.withHeader("content-type", "application/x-ndjson");
        if (round > 0)
            response = splitAt(response, 200, random);
        m_server.route("POST", u"/api/chat"_s, [response](const TestRequest &) { return response; });
        const Outcome outcome =
            runToEnd(m_multi, endpointAt(m_server, EndpointKind::Ollama, QString()), simpleRequest());
        QCOMPARE(outcome.result.status, RunStatus::Succeeded);
        QCOMPARE(outcome.result.text, u"The sky is blue."_s);
        QCOMPARE(outcome.result.usage.promptTokens, 26);
        QCOMPARE(outcome.result.completionTokens, 5);
        QCOMPARE(outcome.result.serverMetrics.value("eval_duration"_L1).toInteger(), 250000000);
        QCOMPARE(outcome.result.provider, u"ollama"_s);
    }
    const QJsonObject sent = QJsonDocument::fromJson(m_server.requests().last().body).object();
    QCOMPARE(sent.value("options"_L1).toObject().value("num_predict"_L1).toInt(), 20);
    QCOMPARE(sent.value("messages"_L1).toArray().size(), 2);
}

void TestChatRun::ollamaMidStreamError()
{
    TestResponse response;
    response.body = Fixtures::read(u"inference/docs_ollama_api_generate_stream_midstream_error.ndjson"_s);
    response.withHeader("content-type", "application/x-ndjson");
    m_server.route("POST", u"/api/chat"_s, [response](const TestRequest &) { return response; });
    const Outcome outcome = runToEnd(m_multi, endpointAt(m_server, EndpointKind::Ollama, QString()), simpleRequest());
    QCOMPARE(outcome.result.status, RunStatus::Failed);
    QCOMPARE(outcome.result.errorKind, u"stream"_s);
    QVERIFY(!outcome.result.errorMessage.isEmpty());
}

void TestChatRun::sseUnderWrongContentType()
{
    m_server.route("POST", u"/v1/chat/completions"_s, [](const TestRequest &) {
        TestResponse response =
            TestResponse::trickle(Fixtures::read(u"inference/router_fireworks_chat_stream.sse"_s), 7, 5);
        return response; // says application/json
    });
    const Outcome outcome = runToEnd(m_multi, endpointAt(m_server, EndpointKind::OpenAi), simpleRequest());
    QCOMPARE(outcome.result.status, RunStatus::Succeeded);
    QVERIFY(outcome.result.text.startsWith(u"**Deep Learning Overview**"_s));
    QCOMPARE(outcome.result.completionTokens, 20);
}

void TestChatRun::providerHeaderAndCost()
{
    m_server.route("POST", u"/v1/chat/completions"_s, [](const TestRequest &) {
        return recorded(u"inference/router_together_chat_stream.sse"_s).withHeader("x-inference-provider", "together");
    });
    ChatRun run(&m_multi, endpointAt(m_server, EndpointKind::HfRouter), simpleRequest(), {});
    ProviderOffer together;
    together.provider = u"together"_s;
    together.priceInputPerMillion = 1.0;
    together.priceOutputPerMillion = 2.0;
    run.setProviderOffers({together});
    QSignalSpy finished(&run, &ChatRun::finished);
    run.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run.result().provider, u"together"_s);
    QVERIFY(run.result().costUsd.has_value());
    // 26 prompt tokens at $1/M + 20 completion tokens at $2/M.
    QCOMPARE(*run.result().costUsd, (26 * 1.0 + 20 * 2.0) / 1e6);
}

void TestChatRun::authorizationHeader()
{
    m_server.route("POST", u"/v1/chat/completions"_s,
        [](const TestRequest &) { return recorded(u"inference/openai_chat_stream_2025.sse"_s); });
    runToEnd(m_multi, endpointAt(m_server, EndpointKind::OpenAi), simpleRequest(), "sk-local-key");
    QCOMPARE(m_server.requests().last().header("authorization"), QByteArray("Bearer sk-local-key"));
    runToEnd(m_multi, endpointAt(m_server, EndpointKind::OpenAi), simpleRequest(), {});
    QVERIFY(m_server.requests().last().header("authorization").isEmpty());
}

void TestChatRun::requestBody()
{
    m_server.route("POST", u"/v1/chat/completions"_s,
        [](const TestRequest &) { return recorded(u"inference/openai_chat_stream_2025.sse"_s); });
    ChatRequest request = simpleRequest();
    request.params.seed = 42;
    request.params.topP = 0.9;
    request.params.stop = {u"\n\n"_s};
    runToEnd(m_multi, endpointAt(m_server, EndpointKind::OpenAi), request);
    const QByteArray raw = m_server.requests().last().body;
    QVERIFY(raw.startsWith("{\"model\":\"org/model\"")); // model first, for routers
    const QJsonObject body = QJsonDocument::fromJson(raw).object();
    QCOMPARE(body.value("seed"_L1).toInt(), 42);
    QCOMPARE(body.value("top_p"_L1).toDouble(), 0.9);
    QCOMPARE(body.value("max_tokens"_L1).toInt(), 20);
    QCOMPARE(body.value("temperature"_L1).toDouble(), 0.0);
    QCOMPARE(body.value("stop"_L1).toArray().first().toString(), u"\n\n"_s);
    QCOMPARE(body.value("stream"_L1).toBool(), true);
    QCOMPARE(body.value("stream_options"_L1).toObject().value("include_usage"_L1).toBool(), true);
    QCOMPARE(body.value("messages"_L1).toArray().size(), 2);
}

QTEST_MAIN(TestChatRun)
#include "tst_chatrun.moc"
