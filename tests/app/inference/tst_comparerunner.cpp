// SPDX-License-Identifier: GPL-3.0-or-later
// Three columns against the loopback server, one failing: the others complete, every run is in the session; a
// follow-up continues each column's own conversation; Stop ends one column only.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "app/inference/chatrun.h"
#include "app/inference/comparerunner.h"
#include "app/net/curlmulti.h"
#include "app/storage/database.h"
#include "app/storage/runstore.h"
#include "tests/support/fixtures.h"
#include "tests/support/testserver.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

namespace {

// An OpenAI-compatible answer streamed in three events: "<model> says: <last user message>".
TestResponse echoStream(const TestRequest &request, int delayMs = 0)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonArray messages = body.value("messages"_L1).toArray();
    const QString text = body.value("model"_L1).toString() + u" says: "_s
        + messages.last().toObject().value("content"_L1).toString() + u" (turn "_s
        + QString::number((messages.size() + 1) / 2) + u")"_s;
    const auto event = [](const QJsonObject &object) -> QByteArray {
        return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
    };
    TestResponse response;
    response.withHeader("content-type", "text/event-stream");
    const QJsonObject delta{{u"index"_s, 0}, {u"delta"_s, QJsonObject{{u"content"_s, text}}}};
    const QJsonObject finish{{u"index"_s, 0}, {u"delta"_s, QJsonObject()}, {u"finish_reason"_s, u"stop"_s}};
    response.chunks = {{event(QJsonObject{{u"choices"_s, QJsonArray{delta}}}), delayMs},
        {event(QJsonObject{{u"choices"_s, QJsonArray{finish}},
             {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, 5}, {u"completion_tokens"_s, 7}, {u"total_tokens"_s, 12}}}}),
            0},
        {"data: [DONE]\n\n", 0}};
    return response;
}

SecretResolver noSecrets()
{
    return [](const Endpoint &, QObject *context, std::function<void(const QByteArray &, const QString &)> done) {
        QMetaObject::invokeMethod(
            context, [done] { done({}, {}); }, Qt::QueuedConnection);
    };
}

} // namespace

class TestCompareRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void threeColumnsOneFails();
    void followUpContinuesEachConversation();
    void stopOneColumn();
    void secretErrorFailsOnlyThatColumn();
    void refusesWhileRunning();
    void recordsTheRevisionWhereKnown();

private:
    QList<CompareColumn> columns();

    TestServer m_server;
    CurlMulti m_multi;
};

void TestCompareRunner::init()
{
    TestUtils::failOnUnexpectedWarnings();
    if (!m_server.port())
        QVERIFY(m_server.start());
    m_server.clearRoutes();
    m_server.route("POST", u"/a/v1/chat/completions"_s, [](const TestRequest &r) { return echoStream(r); });
    m_server.route("POST", u"/b/v1/chat/completions"_s, [](const TestRequest &r) { return echoStream(r, 50); });
    m_server.route("POST", u"/broken/v1/chat/completions"_s, [](const TestRequest &) {
        return TestResponse::json(Fixtures::read(u"inference/hf_inference_error_404_model_not_exist.json"_s), 404);
    });
    m_server.route("POST", u"/slow/v1/chat/completions"_s, [](const TestRequest &r) { return echoStream(r, 5000); });
}

QList<CompareColumn> TestCompareRunner::columns()
{
    QList<CompareColumn> result;
    for (const QString &name : {u"a"_s, u"b"_s, u"broken"_s}) {
        CompareColumn column;
        column.endpoint.id = 0;
        column.endpoint.name = name;
        column.endpoint.kind = EndpointKind::OpenAi;
        column.endpoint.url = m_server.url(u"/%1/v1"_s.arg(name));
        column.model = u"model-"_s + name;
        result.append(column);
    }
    result[1].overrides.temperature = 1.5;
    return result;
}

void TestCompareRunner::threeColumnsOneFails()
{
    RunStore store(Database::openInMemory());
    CompareRunner runner(&m_multi, &store, noSecrets());
    QVERIFY(runner.setColumns(columns()));
    QSignalSpy finished(&runner, &CompareRunner::columnFinished);
    QSignalSpy all(&runner, &CompareRunner::allFinished);
    GenerationParams shared;
    shared.temperature = 0.2;
    shared.maxTokens = 64;
    QVERIFY(runner.run(u"Hello?"_s, u"Be brief."_s, shared, false));
    QVERIFY(runner.isRunning());
    QVERIFY(all.wait(10000));
    QCOMPARE(finished.size(), 3);
    QCOMPARE(all.size(), 1);
    QVERIFY(!runner.isRunning());

    QVERIFY(runner.sessionId() > 0);
    QCOMPARE(store.session(runner.sessionId())->name, RunStore::defaultSessionName());
    const QList<StoredRun> runs = store.runs(runner.sessionId());
    QCOMPARE(runs.size(), 3);
    QMap<QString, StoredRun> byEndpoint;
    for (const StoredRun &run : runs)
        byEndpoint.insert(run.endpointName, run);
    QCOMPARE(byEndpoint.value(u"a"_s).result.status, RunStatus::Succeeded);
    QCOMPARE(byEndpoint.value(u"a"_s).result.text, u"model-a says: Hello? (turn 1)"_s);
    QCOMPARE(byEndpoint.value(u"a"_s).params.temperature, 0.2);
    QCOMPARE(byEndpoint.value(u"b"_s).params.temperature, 1.5); // the column's override
    QCOMPARE(byEndpoint.value(u"b"_s).params.maxTokens, 64);
    QCOMPARE(byEndpoint.value(u"b"_s).result.completionTokens, 7);
    QCOMPARE(byEndpoint.value(u"broken"_s).result.status, RunStatus::Failed);
    QCOMPARE(byEndpoint.value(u"broken"_s).result.httpStatus, 404);
    QVERIFY(byEndpoint.value(u"broken"_s).result.errorMessage.contains(u"does not exist"_s));
    QCOMPARE(byEndpoint.value(u"a"_s).messages.size(), 2);
    QCOMPARE(byEndpoint.value(u"a"_s).messages.first().content, u"Be brief."_s);
    const std::optional<StoredPrompt> prompt = store.prompt(byEndpoint.value(u"a"_s).promptId);
    QCOMPARE(prompt->text, u"Hello?"_s);
    QCOMPARE(prompt->systemPrompt, u"Be brief."_s);
}

void TestCompareRunner::followUpContinuesEachConversation()
{
    RunStore store(Database::openInMemory());
    CompareRunner runner(&m_multi, &store, noSecrets());
    QList<CompareColumn> two = columns().mid(0, 2);
    QVERIFY(runner.setColumns(two));
    QSignalSpy all(&runner, &CompareRunner::allFinished);
    QVERIFY(runner.run(u"First"_s, u"sys"_s, {}, false));
    QVERIFY(all.wait(10000));
    const qint64 firstRunA = runner.lastRunId(0);
    QVERIFY(runner.run(u"Second"_s, u"ignored on a follow-up"_s, {}, true));
    QVERIFY(all.wait(10000));
    QCOMPARE(runner.turnCount(), 2);
    const QList<ChatMessage> conversation = runner.conversation(0);
    QCOMPARE(conversation.size(), 5); // system, user, assistant, user, assistant
    QCOMPARE(conversation.at(2).content, u"model-a says: First (turn 1)"_s);
    QCOMPARE(conversation.at(4).content, u"model-a says: Second (turn 2)"_s);
    const StoredRun second = *store.run(runner.lastRunId(0));
    QCOMPARE(second.parentRunId, firstRunA);
    QCOMPARE(second.messages.size(), 4);
    QCOMPARE(runner.conversation(1).at(2).content, u"model-b says: First (turn 1)"_s); // each its own answers

    QVERIFY(runner.run(u"Fresh"_s, u"new system"_s, {}, false)); // a new conversation
    QVERIFY(all.wait(10000));
    QCOMPARE(runner.conversation(0).size(), 3);
    QCOMPARE(store.run(runner.lastRunId(0))->parentRunId, 0);
}

void TestCompareRunner::stopOneColumn()
{
    RunStore store(Database::openInMemory());
    CompareRunner runner(&m_multi, &store, noSecrets());
    QList<CompareColumn> cols = columns().mid(0, 1);
    CompareColumn slow = cols.first();
    slow.endpoint.name = u"slow"_s;
    slow.endpoint.url = m_server.url(u"/slow/v1"_s);
    cols.append(slow);
    QVERIFY(runner.setColumns(cols));
    QSignalSpy finished(&runner, &CompareRunner::columnFinished);
    QSignalSpy all(&runner, &CompareRunner::allFinished);
    QVERIFY(runner.run(u"Hi"_s, {}, {}, false));
    QTRY_COMPARE(finished.size(), 1); // the fast one
    QVERIFY(runner.isColumnRunning(1));
    runner.stop(1);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(all.size(), 1);
    QCOMPARE(finished.last().at(0).toInt(), 1);
    QCOMPARE(finished.last().at(1).value<RunResult>().status, RunStatus::Cancelled);
    QCOMPARE(store.runs(runner.sessionId()).size(), 2);
}

void TestCompareRunner::secretErrorFailsOnlyThatColumn()
{
    RunStore store(Database::openInMemory());
    SecretResolver resolver = [](const Endpoint &endpoint, QObject *context,
                                  std::function<void(const QByteArray &, const QString &)> done) {
        const QString error = endpoint.name == u"b"_s ? u"The environment variable KEY is not set"_s : QString();
        QMetaObject::invokeMethod(
            context, [done, error] { done({}, error); }, Qt::QueuedConnection);
    };
    CompareRunner runner(&m_multi, &store, resolver);
    QVERIFY(runner.setColumns(columns().mid(0, 2)));
    QSignalSpy all(&runner, &CompareRunner::allFinished);
    QVERIFY(runner.run(u"Hi"_s, {}, {}, false));
    QVERIFY(all.wait(10000));
    const QList<StoredRun> runs = store.runs(runner.sessionId());
    QCOMPARE(runs.size(), 2);
    for (const StoredRun &run : runs)
        QCOMPARE(run.result.status, run.endpointName == u"b"_s ? RunStatus::Failed : RunStatus::Succeeded);
}

void TestCompareRunner::refusesWhileRunning()
{
    RunStore store(Database::openInMemory());
    CompareRunner runner(&m_multi, &store, noSecrets());
    QVERIFY(!runner.run(u"Hi"_s, {}, {}, false)); // no columns
    QVERIFY(runner.setColumns(columns()));
    QVERIFY(!runner.run(u"   "_s, {}, {}, false)); // no prompt
    QSignalSpy all(&runner, &CompareRunner::allFinished);
    QVERIFY(runner.run(u"Hi"_s, {}, {}, false));
    QVERIFY(!runner.run(u"Again"_s, {}, {}, false));
    QVERIFY(!runner.setColumns({}));
    QVERIFY(all.wait(10000));
}

void TestCompareRunner::recordsTheRevisionWhereKnown()
{
    RunStore store(Database::openInMemory());
    CompareRunner runner(&m_multi, &store, noSecrets());
    QStringList asked;
    // Known for "b" (answered at once; b's stream takes 50 ms), unknown for "a".
    runner.setRevisionResolver(
        [&asked](const Endpoint &endpoint, const QString &model, QObject *, std::function<void(const QString &)> done) {
            asked.append(endpoint.name + u'/' + model);
            done(endpoint.name == u"b"_s ? u"0123abcd"_s : QString());
        });
    QVERIFY(runner.setColumns(columns().mid(0, 2)));
    QSignalSpy all(&runner, &CompareRunner::allFinished);
    QVERIFY(runner.run(u"Hello?"_s, QString(), GenerationParams(), false));
    QVERIFY(all.wait(10000));
    QVERIFY(runner.run(u"And then?"_s, QString(), GenerationParams(), true));
    QVERIFY(all.wait(10000));
    QCOMPARE(asked, (QStringList{u"a/model-a"_s, u"b/model-b"_s})); // once per column, not per turn
    // Set again (the Compare page does so for every fresh run): a revision already known is kept, not looked up
    // again; an unknown one is asked again.
    QVERIFY(runner.setColumns(columns().mid(0, 2)));
    QVERIFY(runner.run(u"Again"_s, QString(), GenerationParams(), false));
    QVERIFY(all.wait(10000));
    QCOMPARE(asked, (QStringList{u"a/model-a"_s, u"b/model-b"_s, u"a/model-a"_s}));
    const QList<StoredRun> runs = store.runs(runner.sessionId());
    QCOMPARE(runs.size(), 6);
    for (const StoredRun &run : runs)
        QCOMPARE(run.revision, run.endpointName == u"b"_s ? u"0123abcd"_s : QString());
}

QTEST_MAIN(TestCompareRunner)
#include "tst_comparerunner.moc"
