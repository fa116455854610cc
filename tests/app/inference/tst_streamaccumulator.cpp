// SPDX-License-Identifier: GPL-3.0-or-later
// The chat-level folding of events: every recorded stream yields its .expected.json (content, finish, usage, [DONE],
// in-stream errors); reasoning in all three conventions, with <think> tags split anywhere; Ollama NDJSON; non-stream
// bodies; error envelopes of every recorded shape.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include "app/inference/errorenvelope.h"
#include "app/inference/streamaccumulator.h"
#include "app/net/sseparser.h"
#include "tests/support/fixtures.h"

using namespace Qt::StringLiterals;

namespace {

StreamDialect dialectFor(const QJsonObject &result)
{
    return result.value("kind"_L1).toString() == u"tgi_generate_stream"_s ? StreamDialect::TgiGenerate
                                                                          : StreamDialect::OpenAiChat;
}

void feedSse(StreamAccumulator &accumulator, const QList<QByteArray> &chunks)
{
    SseParser parser;
    for (const QByteArray &chunk : chunks) {
        for (const SseEvent &event : parser.feed(chunk))
            accumulator.addEvent(event.data.toUtf8());
    }
    parser.finish();
    accumulator.finish();
}

QByteArray chunk(const QString &content, const QString &reasoningKey = {}, const QString &reasoning = {})
{
    QJsonObject delta{{u"content"_s, content}};
    if (!reasoningKey.isEmpty())
        delta.insert(reasoningKey, reasoning);
    return QJsonDocument(QJsonObject{{u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, delta}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestStreamAccumulator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedStreams_data();
    void recordedStreams();
    void thinkTagsSplitAnywhere();
    void reasoningFields_data();
    void reasoningFields();
    void usageLastWinsNeverSummed();
    void emptyChoicesUsageChunk();
    void inStreamErrors_data();
    void inStreamErrors();
    void ollamaStream();
    void ollamaMidStreamError();
    void nonStreamBodies_data();
    void nonStreamBodies();
    void errorEnvelopes_data();
    void errorEnvelopes();
    void malformedEventsAreCounted();
};

void TestStreamAccumulator::recordedStreams_data()
{
    QTest::addColumn<QString>("fixture");
    for (const QString &file : Fixtures::list(u"inference"_s, u"*.sse"_s))
        QTest::newRow(qPrintable(file)) << file;
}

void TestStreamAccumulator::recordedStreams()
{
    QFETCH(QString, fixture);
    const QByteArray body = Fixtures::read(fixture);
    const QJsonObject result =
        QJsonDocument::fromJson(Fixtures::read(fixture + u".expected.json"_s)).object().value("result"_L1).toObject();
    const StreamDialect dialect = dialectFor(result);
    const QJsonArray errors = result.value("error_events"_L1).toArray();
    const QJsonArray finishes = result.value("finish_reasons"_L1).toArray();
    const QJsonValue usage = result.value("usage_final"_L1);

    QRandomGenerator random(11);
    for (int round = 0; round <= 200; ++round) {
        QList<QByteArray> chunks;
        if (round == 0) {
            chunks = {body};
        } else {
            qsizetype at = 0;
            while (at < body.size()) {
                const qsizetype length = 1 + random.bounded(std::max(2, int(body.size() / 8)));
                chunks.append(body.mid(at, length));
                at += length;
            }
        }
        StreamAccumulator accumulator(dialect);
        feedSse(accumulator, chunks);
        const QString where = u"%1 round %2"_s.arg(fixture).arg(round);
        QVERIFY2(accumulator.rawContent() == result.value("content"_L1).toString(), qPrintable(where));
        QCOMPARE(accumulator.sawDoneMarker(), result.value("done_marker"_L1).toBool());
        QCOMPARE(accumulator.hasError(), !errors.isEmpty());
        if (!errors.isEmpty())
            QCOMPARE(accumulator.errorMessage(), errors.last().toObject().value("error"_L1).toString());
        if (dialect == StreamDialect::OpenAiChat)
            QCOMPARE(accumulator.finishReason(), finishes.isEmpty() ? QString() : finishes.last().toString());
        if (usage.isObject()) {
            QCOMPARE(accumulator.usage().promptTokens, usage.toObject().value("prompt_tokens"_L1).toInteger());
            QCOMPARE(accumulator.usage().completionTokens, usage.toObject().value("completion_tokens"_L1).toInteger());
            QCOMPARE(accumulator.usage().totalTokens, usage.toObject().value("total_tokens"_L1).toInteger());
        } else if (dialect == StreamDialect::OpenAiChat) {
            QVERIFY2(!accumulator.usage().isValid(), qPrintable(where));
        }
        const QJsonObject details = result.value("details"_L1).toObject();
        if (!details.isEmpty()) {
            QCOMPARE(accumulator.finishReason(), details.value("finish_reason"_L1).toString());
            QCOMPARE(accumulator.usage().completionTokens, details.value("generated_tokens"_L1).toInteger());
        }
        // Complete = a finish, [DONE] or TGI's final event; the truncated Cerebras recording is none of them.
        const bool expectComplete = result.value("done_marker"_L1).toBool() || !finishes.isEmpty()
            || result.value("generated_text"_L1).isString();
        QCOMPARE(accumulator.isComplete(), expectComplete);
        // The visible text is the raw content minus reasoning.
        if (!accumulator.reasoning().isEmpty())
            QVERIFY(accumulator.rawContent().contains(accumulator.reasoning()));
        else
            QCOMPARE(accumulator.content(), accumulator.rawContent());
    }
}

void TestStreamAccumulator::thinkTagsSplitAnywhere()
{
    const QString raw = u"<think>\nLet me think: 2+2.\n</think>\n\nThe answer is 4."_s;
    for (int a = 1; a < raw.size(); ++a) {
        for (int b = a; b < raw.size(); b += 3) {
            StreamAccumulator accumulator(StreamDialect::OpenAiChat);
            accumulator.addEvent(chunk(raw.left(a)));
            accumulator.addEvent(chunk(raw.mid(a, b - a)));
            accumulator.addEvent(chunk(raw.mid(b)));
            accumulator.finish();
            QCOMPARE(accumulator.reasoning(), u"\nLet me think: 2+2.\n"_s);
            QCOMPARE(accumulator.content(), u"The answer is 4."_s);
            QCOMPARE(accumulator.rawContent(), raw);
        }
    }
    // Text that only looks like the start of a tag is content.
    StreamAccumulator notATag(StreamDialect::OpenAiChat);
    notATag.addEvent(chunk(u"<thi"_s));
    notATag.addEvent(chunk(u"s is HTML>"_s));
    notATag.finish();
    QCOMPARE(notATag.content(), u"<this is HTML>"_s);
    QVERIFY(notATag.reasoning().isEmpty());
    // An unclosed think block is all reasoning.
    StreamAccumulator unclosed(StreamDialect::OpenAiChat);
    unclosed.addEvent(chunk(u"<think>still thinking</thi"_s));
    unclosed.finish();
    QCOMPARE(unclosed.reasoning(), u"still thinking</thi"_s);
    QVERIFY(unclosed.content().isEmpty());
}

void TestStreamAccumulator::reasoningFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("reasoning_content (DeepSeek, llama.cpp)") << u"reasoning_content"_s;
    QTest::newRow("reasoning (vLLM, Ollama /v1)") << u"reasoning"_s;
}

void TestStreamAccumulator::reasoningFields()
{
    QFETCH(QString, key);
    StreamAccumulator accumulator(StreamDialect::OpenAiChat);
    const StreamAccumulator::Delta first = accumulator.addEvent(chunk(QString(), key, u"Hmm. "_s));
    QCOMPARE(first.reasoning, u"Hmm. "_s);
    accumulator.addEvent(chunk(QString(), key, u"Four."_s));
    accumulator.addEvent(chunk(u"4"_s));
    accumulator.finish();
    QCOMPARE(accumulator.reasoning(), u"Hmm. Four."_s);
    QCOMPARE(accumulator.content(), u"4"_s);
}

void TestStreamAccumulator::usageLastWinsNeverSummed()
{
    StreamAccumulator accumulator(StreamDialect::OpenAiChat);
    for (int i = 0; i <= 5; ++i) {
        accumulator.addEvent(
            u"{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}],\"usage\":{\"prompt_tokens\":10,"
            "\"completion_tokens\":%1,\"total_tokens\":%2}}"_s.arg(i)
                .arg(10 + i)
                .toUtf8());
    }
    accumulator.addEvent(R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":null})");
    QCOMPARE(accumulator.usage().completionTokens, 5);
    QCOMPARE(accumulator.usage().totalTokens, 15);
    QCOMPARE(accumulator.finishReason(), u"stop"_s);
}

void TestStreamAccumulator::emptyChoicesUsageChunk()
{
    StreamAccumulator accumulator(StreamDialect::OpenAiChat);
    accumulator.addEvent(chunk(u"two"_s));
    accumulator.addEvent(R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})");
    accumulator.addEvent(R"({"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}})");
    accumulator.addEvent("[DONE]");
    QCOMPARE(accumulator.usage().completionTokens, 1);
    QVERIFY(accumulator.sawDoneMarker());
    QCOMPARE(accumulator.content(), u"two"_s);
}

void TestStreamAccumulator::inStreamErrors_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("message");
    QTest::newRow("TGI chat") << QByteArray(R"({"error":{"message":"Input validation error","http_status_code":422}})")
                              << u"Input validation error"_s;
    QTest::newRow("TGI generate") << QByteArray(
        R"({"error":"Request failed during generation","error_type":"generation"})")
                                  << u"Request failed during generation"_s;
    QTest::newRow("vLLM") << QByteArray(
        R"({"error":{"message":"out of memory","type":"InternalServerError","param":null,"code":500}})")
                          << u"out of memory"_s;
    QTest::newRow("flat") << QByteArray(R"({"object":"error","message":"bad","type":"BadRequestError","code":400})")
                          << u"bad"_s;
}

void TestStreamAccumulator::inStreamErrors()
{
    QFETCH(QByteArray, event);
    QFETCH(QString, message);
    StreamAccumulator accumulator(StreamDialect::OpenAiChat);
    accumulator.addEvent(chunk(u"partial"_s));
    accumulator.addEvent(event);
    QVERIFY(accumulator.hasError());
    QCOMPARE(accumulator.errorMessage(), message);
    QCOMPARE(accumulator.content(), u"partial"_s);
}

void TestStreamAccumulator::ollamaStream()
{
    const QByteArray first = Fixtures::read(u"inference/docs_ollama_api_chat_stream_first_object.json"_s);
    const QByteArray last = Fixtures::read(u"inference/docs_ollama_api_chat_final_object.json"_s);
    QVERIFY(!first.isEmpty() && !last.isEmpty());
    StreamAccumulator accumulator(StreamDialect::OllamaChat);
    const QJsonObject firstObject = QJsonDocument::fromJson(first).object();
    const StreamAccumulator::Delta delta =
        accumulator.addEvent(QJsonDocument(firstObject).toJson(QJsonDocument::Compact));
    QCOMPARE(delta.content, firstObject.value("message"_L1).toObject().value("content"_L1).toString());
    QVERIFY(!accumulator.isComplete());
    const QJsonObject lastObject = QJsonDocument::fromJson(last).object();
    accumulator.addEvent(QJsonDocument(lastObject).toJson(QJsonDocument::Compact));
    QVERIFY(accumulator.isComplete());
    QCOMPARE(accumulator.usage().completionTokens, lastObject.value("eval_count"_L1).toInteger());
    QCOMPARE(accumulator.usage().promptTokens, lastObject.value("prompt_eval_count"_L1).toInteger());
    QCOMPARE(accumulator.serverMetrics().value("eval_duration"_L1).toInteger(),
        lastObject.value("eval_duration"_L1).toInteger());

    // /api/generate objects carry `response`.
    const QByteArray generate = Fixtures::read(u"inference/docs_ollama_api_generate_stream.ndjson"_s);
    NdjsonSplitter splitter;
    StreamAccumulator generated(StreamDialect::OllamaChat);
    QString expected;
    for (const QByteArray &line : splitter.feed(QByteArray(generate + '\n'))) {
        generated.addEvent(line);
        expected += QJsonDocument::fromJson(line).object().value("response"_L1).toString();
    }
    QVERIFY(generated.isComplete());
    QCOMPARE(generated.content(), expected);
}

void TestStreamAccumulator::ollamaMidStreamError()
{
    const QByteArray body = Fixtures::read(u"inference/docs_ollama_api_generate_stream_midstream_error.ndjson"_s);
    NdjsonSplitter splitter;
    StreamAccumulator accumulator(StreamDialect::OllamaChat);
    for (const QByteArray &line : splitter.feed(QByteArray(body + '\n')))
        accumulator.addEvent(line);
    QVERIFY(accumulator.hasError());
    QVERIFY(!accumulator.errorMessage().isEmpty());
}

void TestStreamAccumulator::nonStreamBodies_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("finish");
    QTest::newRow("openai") << u"inference/openai_chat_nonstream.json"_s << int(StreamDialect::OpenAiChat) << u"stop"_s;
    QTest::newRow("together eos") << u"inference/together_chat_nonstream.json"_s << int(StreamDialect::OpenAiChat)
                                  << u"eos"_s;
    QTest::newRow("tgi 1.4.3 eos_token") << u"inference/hf_inference_tgi143_chat_nonstream_eos_token.json"_s
                                         << int(StreamDialect::OpenAiChat) << u"eos_token"_s;
    QTest::newRow("cerebras time_info") << u"inference/cerebras_chat_nonstream_time_info.json"_s
                                        << int(StreamDialect::OpenAiChat) << u"stop"_s;
    QTest::newRow("tgi /generate array") << u"inference/tgi_generate_nonstream_details_timing_headers.json"_s
                                         << int(StreamDialect::TgiGenerate) << QString();
    QTest::newRow("fireworks r1 think") << u"inference/fireworks_deepseek_r1_nonstream_think_tags.json"_s
                                        << int(StreamDialect::OpenAiChat) << u"stop"_s;
}

void TestStreamAccumulator::nonStreamBodies()
{
    QFETCH(QString, fixture);
    QFETCH(int, dialect);
    QFETCH(QString, finish);
    const QByteArray body = Fixtures::read(fixture);
    StreamAccumulator accumulator(static_cast<StreamDialect>(dialect));
    accumulator.addCompleteResponse(body);
    QVERIFY(!accumulator.hasError());
    QVERIFY(accumulator.isComplete());
    // The recorded /generate answer really is empty text (one space token, not returned as text).
    QCOMPARE(accumulator.content().isEmpty(), fixture.contains(u"tgi_generate"_s));
    if (!finish.isEmpty())
        QCOMPARE(accumulator.finishReason(), finish);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject() && document.object().contains("usage"_L1)) {
        QCOMPARE(accumulator.usage().completionTokens,
            document.object().value("usage"_L1).toObject().value("completion_tokens"_L1).toInteger());
    }
    if (fixture.contains(u"think"_s)) {
        QVERIFY(!accumulator.reasoning().isEmpty());
        QVERIFY(!accumulator.content().contains(u"<think>"_s));
    }
}

void TestStreamAccumulator::errorEnvelopes_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("openai object") << u"inference/openai_error_400_missing_model.json"_s
                                   << u"you must provide a model parameter"_s;
    QTest::newRow("mistral top-level message")
        << u"inference/mistral_error_401_no_key.json"_s << u"No API key found in request"_s;
    QTest::newRow("hf string") << u"inference/hf_inference_error_404_model_not_exist.json"_s << u"Model"_s;
    QTest::newRow("router 401") << u"inference/router_error_401_invalid_credentials.json"_s
                                << u"Invalid username or password."_s;
    QTest::newRow("tgi template") << u"inference/hf_inference_error_422_template_error.json"_s << u"Template error"_s;
    QTest::newRow("plain text 422") << u"inference/hf_inference_error_422_plaintext_deserialize.txt"_s
                                    << u"Failed to deserialize the JSON body"_s;
    QTest::newRow("pydantic detail") << u"inference/hyperbolic_error_422_pydantic.json"_s << u"body"_s;
    QTest::newRow("vllm flat") << u"inference/hyperbolic_error_400_vllm_flat.json"_s << QString();
    QTest::newRow("llama.cpp numeric code")
        << u"inference/docs_llamacpp_error_401_invalid_api_key.json"_s << u"Invalid API Key"_s;
    QTest::newRow("402 credits") << u"inference/pasted_hf_error_402_credits_exhausted.json"_s
                                 << u"You have exceeded your monthly included credits"_s;
    QTest::newRow("429 tokens") << u"inference/pasted_openai_error_429_rate_limit_tokens.json"_s << u"Rate limit"_s;
    QTest::newRow("router 400 model") << u"inference/pasted_hf_router_error_400_model_not_supported.json"_s
                                      << u"The requested model"_s;
}

void TestStreamAccumulator::errorEnvelopes()
{
    QFETCH(QString, fixture);
    QFETCH(QString, messageStart);
    const ErrorEnvelope::Parsed parsed = ErrorEnvelope::parse(Fixtures::read(fixture));
    QVERIFY2(!parsed.message.isEmpty(), qPrintable(fixture));
    if (!messageStart.isEmpty())
        QVERIFY2(parsed.message.startsWith(messageStart), qPrintable(parsed.message));

    const ErrorEnvelope::Parsed loading =
        ErrorEnvelope::parse(Fixtures::read(u"inference/pasted_hf_error_503_model_loading.json"_s));
    QVERIFY(ErrorEnvelope::isLoading(503, loading));
    QVERIFY(loading.estimatedTimeSeconds > 0);
    QVERIFY(ErrorEnvelope::isLoading(
        503, ErrorEnvelope::parse(Fixtures::read(u"inference/docs_llamacpp_health_503_loading.json"_s))));
    QVERIFY(!ErrorEnvelope::isLoading(500, loading));
}

void TestStreamAccumulator::malformedEventsAreCounted()
{
    StreamAccumulator accumulator(StreamDialect::OpenAiChat);
    accumulator.addEvent("{not json");
    accumulator.addEvent("\xff\xfe");
    accumulator.addEvent(chunk(u"ok"_s));
    QCOMPARE(accumulator.malformedEvents(), 2);
    QCOMPARE(accumulator.content(), u"ok"_s);
}

QTEST_APPLESS_MAIN(TestStreamAccumulator)
#include "tst_streamaccumulator.moc"
