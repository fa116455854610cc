// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare page driven through its real widgets against the loopback server: three columns, one of which fails;
// the other two complete, and all three runs are in the database. Also: follow-up, Stop all, the endpoints dialog,
// and the model tester on the endpoint list model.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/secretstore.h"
#include "app/inference/comparerunner.h"
#include "app/inference/endpointlistmodel.h"
#include "app/inference/endpointservice.h"
#include "app/net/curlmulti.h"
#include "app/storage/candidatestore.h"
#include "app/storage/endpointstore.h"
#include "app/storage/runstore.h"
#include "tests/support/fixtures.h"
#include "tests/support/testserver.h"
#include "tests/support/testutils.h"
#include "ui/common/banner.h"
#include "ui/compare/comparecolumnview.h"
#include "ui/compare/comparepage.h"
#include "ui/compare/endpointsdialog.h"

using namespace Qt::StringLiterals;

namespace {

TestResponse streamOf(const QByteArray &fixture)
{
    TestResponse response;
    response.withHeader("content-type", "text/event-stream");
    response.body = Fixtures::read(QString::fromLatin1(fixture));
    return response;
}

} // namespace

class TestComparePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void threeColumnsOneFails();
    void followUpAndStopAll();
    void endpointsDialogAddsTestsAndRemoves();
    void endpointListModel();
    void compareCandidates();

private:
    Endpoint addEndpoint(const QString &name, const QString &path, const QString &model);
    std::unique_ptr<ComparePage> makePage();

    TestServer m_server;
    CurlMulti m_multi;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EndpointStore> m_endpoints;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<CandidateStore> m_candidates;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<EndpointService> m_service;
    std::unique_ptr<CompareRunner> m_runner;
};

void TestComparePage::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestComparePage::init()
{
    TestUtils::failOnUnexpectedWarnings();
    m_server.clearRoutes();
    m_server.clearRequests();
    m_server.route("POST", u"/together/v1/chat/completions"_s, [](const TestRequest &) {
        return streamOf("inference/router_together_chat_stream.sse").withHeader("x-inference-provider", "together");
    });
    m_server.route("POST", u"/r1/v1/chat/completions"_s,
        [](const TestRequest &) { return streamOf("inference/fireworks_deepseek_r1_stream_think_tags.sse"); });
    m_server.route("POST", u"/broken/v1/chat/completions"_s, [](const TestRequest &) {
        return TestResponse::json(Fixtures::read(u"inference/hf_inference_error_422_template_error.json"_s), 422);
    });
    m_server.route("POST", u"/slow/v1/chat/completions"_s, [](const TestRequest &) {
        TestResponse response = streamOf("inference/router_nebius_chat_stream.sse");
        response.chunks = {{response.body.left(200), 0}, {response.body.mid(200), 20000}};
        response.body.clear();
        return response;
    });
    m_server.route("GET", u"/together/v1/models"_s, [](const TestRequest &) {
        return TestResponse::json(
            R"({"object":"list","data":[{"id":"meta-llama/Llama-3.1-8B-Instruct","object":"model","providers":[{"provider":"together","status":"live","pricing":{"input":0.18,"output":0.18},"context_length":131072}]}]})");
    });
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"hublens.sqlite3"_s);
    QString error;
    m_endpoints = EndpointStore::open(path, &error);
    m_runs = RunStore::open(path, &error);
    m_candidates = CandidateStore::open(path, &error);
    QVERIFY2(m_endpoints && m_runs && m_candidates, qPrintable(error));
    SecretStore::Options options;
    options.fileOnly = true;
    options.filePath = m_dir->filePath(u"secrets.json"_s);
    m_secrets = std::make_unique<SecretStore>(options);
    HubConfig hub;
    hub.endpoint = m_server.url();
    m_service = std::make_unique<EndpointService>(&m_multi, hub, m_secrets.get());
    EndpointService *service = m_service.get();
    m_runner = std::make_unique<CompareRunner>(&m_multi, m_runs.get(),
        [service](
            const Endpoint &endpoint, QObject *context, std::function<void(const QByteArray &, const QString &)> done) {
            service->resolveSecret(endpoint, context, std::move(done));
        });
}

void TestComparePage::cleanup()
{
    m_runner.reset();
    m_service.reset();
    m_secrets.reset();
    m_candidates.reset();
    m_runs.reset();
    m_endpoints.reset();
}

Endpoint TestComparePage::addEndpoint(const QString &name, const QString &path, const QString &model)
{
    Endpoint endpoint;
    endpoint.name = name;
    endpoint.kind = name == u"router"_s ? EndpointKind::HfRouter : EndpointKind::OpenAi;
    endpoint.url = m_server.url(path);
    endpoint.defaultModel = model;
    endpoint.id = m_endpoints->add(endpoint);
    return endpoint;
}

std::unique_ptr<ComparePage> TestComparePage::makePage()
{
    ComparePage::Services services;
    services.runner = m_runner.get();
    services.endpoints = m_endpoints.get();
    services.endpointService = m_service.get();
    services.runs = m_runs.get();
    services.secrets = m_secrets.get();
    services.candidates = m_candidates.get();
    auto page = std::make_unique<ComparePage>(services);
    page->resize(1200, 800);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning("page not exposed");
    return page;
}

void TestComparePage::threeColumnsOneFails()
{
    addEndpoint(u"router"_s, u"/together/v1"_s, u"meta-llama/Llama-3.1-8B-Instruct"_s);
    addEndpoint(u"r1"_s, u"/r1/v1"_s, u"deepseek-ai/DeepSeek-R1"_s);
    addEndpoint(u"broken"_s, u"/broken/v1"_s, u"google/gemma-2b"_s);
    std::unique_ptr<ComparePage> page = makePage();
    QCOMPARE(page->columnCount(), 2);
    QVERIFY(!page->runButton()->isEnabled()); // no prompt yet
    page->addColumn();
    QCOMPARE(page->columnCount(), 3);
    // Each new column starts on the next endpoint.
    QCOMPARE(page->column(0)->endpoint().name, u"broken"_s); // endpoints are listed by name
    QCOMPARE(page->column(1)->endpoint().name, u"r1"_s);
    QCOMPARE(page->column(2)->endpoint().name, u"router"_s);
    QCOMPARE(page->column(2)->model(), u"meta-llama/Llama-3.1-8B-Instruct"_s);
    // The router's model list arrives with its providers and prices.
    QTRY_VERIFY(!page->column(2)->offers().isEmpty());

    page->systemEdit()->setPlainText(u"Be brief."_s);
    page->promptEdit()->setFocus();
    QTest::keyClicks(page->promptEdit(), u"What is deep learning?"_s);
    QVERIFY(page->runButton()->isEnabled());
    QSignalSpy finished(m_runner.get(), &CompareRunner::allFinished);
    QTest::keyClick(page->promptEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_runner->isRunning());
    QVERIFY(page->stopAllButton()->isEnabled());
    QVERIFY(!page->runButton()->isEnabled());
    QVERIFY(finished.wait(15000));

    CompareColumnView *broken = page->column(0);
    CompareColumnView *r1 = page->column(1);
    CompareColumnView *router = page->column(2);
    QVERIFY2(broken->errorText().contains(u"HTTP 422"_s), qPrintable(broken->errorText()));
    QVERIFY(broken->errorText().contains(u"Template error"_s));
    QVERIFY(router->errorText().isEmpty());
    QVERIFY(router->outputText().startsWith(u"Deep learning is a subfield"_s));
    QVERIFY2(router->metricsText().contains(u"20 token"_s), qPrintable(router->metricsText()));
    QVERIFY(router->metricsText().contains(u"via together"_s));
    QVERIFY(router->metricsText().contains(u"$"_s)); // priced from the router's model list
    QVERIFY(r1->errorText().isEmpty());
    QVERIFY(!r1->reasoningText().isEmpty()); // <think> shown apart
    QVERIFY(!r1->outputText().contains(u"<think>"_s));

    const QList<StoredRun> runs = m_runs->runs(m_runner->sessionId());
    QCOMPARE(runs.size(), 3);
    int ok = 0;
    for (const StoredRun &run : runs) {
        ok += run.result.status == RunStatus::Succeeded ? 1 : 0;
        QCOMPARE(run.messages.first().content, u"Be brief."_s);
        QCOMPARE(run.params.maxTokens, 512);
    }
    QCOMPARE(ok, 2);
    QVERIFY(page->followUpButton()->isEnabled());
}

void TestComparePage::followUpAndStopAll()
{
    addEndpoint(u"a"_s, u"/together/v1"_s, u"m"_s);
    addEndpoint(u"b"_s, u"/slow/v1"_s, u"m"_s);
    std::unique_ptr<ComparePage> page = makePage();
    QCOMPARE(page->column(0)->endpoint().name, u"a"_s);
    page->removeColumn(1);
    QCOMPARE(page->columnCount(), 1);
    page->promptEdit()->setPlainText(u"First"_s);
    QSignalSpy finished(m_runner.get(), &CompareRunner::allFinished);
    page->runButton()->click();
    QVERIFY(finished.wait(10000));
    page->promptEdit()->setPlainText(u"Second"_s);
    QVERIFY(page->followUpButton()->isEnabled());
    page->followUpButton()->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_runner->turnCount(), 2);
    QVERIFY(page->column(0)->outputText().contains(u"You: Second"_s));
    QVERIFY(page->promptEdit()->toPlainText().isEmpty()); // a sent follow-up clears the box

    page->addColumn();
    QCOMPARE(page->column(1)->endpoint().name, u"b"_s);
    page->promptEdit()->setPlainText(u"Slow one"_s);
    page->runButton()->click();
    QTRY_VERIFY(!m_runner->isColumnRunning(0));
    QVERIFY(m_runner->isColumnRunning(1));
    QTest::keyClick(page->promptEdit(), Qt::Key_Escape);
    QVERIFY(!m_runner->isRunning());
    QCOMPARE(page->column(1)->errorText(), u"Stopped"_s);
    QCOMPARE(m_runs->runs(m_runner->sessionId()).last().result.status, RunStatus::Cancelled);
}

void TestComparePage::endpointsDialogAddsTestsAndRemoves()
{
    m_server.route("GET", u"/local/v1/models"_s, [](const TestRequest &request) {
        if (request.header("authorization") != "Bearer sk-dialog")
            return TestResponse::json(R"({"error":{"message":"Invalid API Key","code":401}})", 401);
        return TestResponse::json(R"({"object":"list","data":[{"id":"qwen2.5-7b","object":"model"}]})");
    });
    EndpointsDialog dialog(m_endpoints.get(), m_service.get(), m_secrets.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.nameEdit(), u"local"_s);
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(u"openai"_s));
    dialog.urlEdit()->setText(m_server.url(u"/local/v1"_s).toString());
    QTest::keyClicks(dialog.modelEdit(), u"qwen2.5-7b"_s);
    QTest::keyClicks(dialog.keyEdit(), u"sk-dialog"_s);
    dialog.saveButton()->click();
    QCOMPARE(m_endpoints->list().size(), 1);
    QCOMPARE(m_endpoints->list().first().defaultModel, u"qwen2.5-7b"_s);
    QVERIFY(dialog.keyEdit()->text().isEmpty()); // the key went to the keychain, not the database
    QVERIFY(dialog.testButton()->isEnabled());
    dialog.testButton()->click();
    QTRY_VERIFY(dialog.resultLabel()->text().contains(u"1 model"_s));
    QVERIFY(dialog.resultLabel()->text().contains(u"qwen2.5-7b"_s));

    // A bad URL is refused with a message, nothing saved.
    dialog.newEndpoint();
    QTest::keyClicks(dialog.nameEdit(), u"bad"_s);
    dialog.urlEdit()->setText(u"https://user:secret@example.com/v1"_s);
    dialog.saveButton()->click();
    QCOMPARE(m_endpoints->list().size(), 1);
    QVERIFY(!dialog.resultLabel()->text().isEmpty());

    dialog.table()->selectRow(0);
    QCOMPARE(dialog.nameEdit()->text(), u"local"_s);
    dialog.removeSelected();
    QVERIFY(m_endpoints->list().isEmpty());
}

void TestComparePage::endpointListModel()
{
    EndpointListModel model(m_endpoints.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addEndpoint(u"one"_s, u"/v1"_s, u"m"_s);
    addEndpoint(u"Two"_s, u"/v1"_s, {});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, EndpointListModel::NameColumn).data().toString(), u"Two"_s);
    QCOMPARE(model.index(0, EndpointListModel::KindColumn).data().toString(), u"openai"_s);
    QCOMPARE(model.rowOf(u"TWO"_s), 1);
    QVERIFY(m_endpoints->remove(u"one"_s));
    QCOMPARE(model.rowCount(), 1);
}

void TestComparePage::compareCandidates()
{
    addEndpoint(u"local"_s, u"/together/v1"_s, u"m"_s);
    addEndpoint(u"router"_s, u"/together/v1"_s, {});
    QVERIFY(m_candidates->add(RepoType::Model, u"Qwen/Qwen3-8B"_s));
    std::unique_ptr<ComparePage> page = makePage();
    page->compareModels({u"Qwen/Qwen3-8B"_s, u"openai/gpt-oss-20b"_s, u"google/gemma-3-4b-it"_s});
    QCOMPARE(page->columnCount(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(page->column(i)->endpoint().name, u"router"_s);
    QCOMPARE(page->column(1)->model(), u"openai/gpt-oss-20b"_s);
    // Candidates are offered in the model lists.
    auto *box = page->column(0)->findChildren<QComboBox *>().at(1);
    QTRY_VERIFY(box->findText(u"Qwen/Qwen3-8B"_s) >= 0);
}

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
