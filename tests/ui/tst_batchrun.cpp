// SPDX-License-Identifier: GPL-3.0-or-later
// "Batch run…" from the Compare page, driven through its widgets offscreen against the loopback server: a typed prompt
// set with a template, the preview and the request count, two endpoints; the progress strip with Pause/Resume; the
// results in the session; a batch left unfinished is offered for resuming by a banner, and resuming completes it.
#include <atomic>

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/secretstore.h"
#include "app/hub/hubclient.h"
#include "app/inference/batchrunner.h"
#include "app/inference/comparerunner.h"
#include "app/inference/endpointservice.h"
#include "app/net/curlmulti.h"
#include "app/storage/batchstore.h"
#include "app/storage/endpointstore.h"
#include "app/storage/runstore.h"
#include "tests/support/fakehub.h"
#include "tests/support/testserver.h"
#include "tests/support/testutils.h"
#include "ui/common/banner.h"
#include "ui/compare/batchdialog.h"
#include "ui/compare/batchpanel.h"
#include "ui/compare/comparepage.h"

using namespace Qt::StringLiterals;

namespace {

TestResponse echo(const TestRequest &request, int delayMs)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString text = body.value("model"_L1).toString() + u": "_s
        + body.value("messages"_L1).toArray().last().toObject().value("content"_L1).toString();
    TestResponse response;
    response.delayMs = delayMs;
    response.withHeader("content-type", "text/event-stream");
    response.body = "data: "
        + QJsonDocument(QJsonObject{{u"choices"_s,
                            QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, QJsonObject{{u"content"_s, text}}},
                                {u"finish_reason"_s, u"stop"_s}}}}})
              .toJson(QJsonDocument::Compact)
        + "\n\ndata: [DONE]\n\n";
    return response;
}

} // namespace

class TestBatchRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dialogPreviewsAndStartsABatch();
    void unfinishedBatchIsOfferedForResuming();
    void datasetRowsAsPromptSet();
    void cancelThenResumeAndRerunFailed();

private:
    void addEndpoint(const QString &name);
    std::unique_ptr<ComparePage> makePage();

    TestServer m_server;
    CurlMulti m_multi;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EndpointStore> m_endpoints;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<EndpointService> m_service;
    std::unique_ptr<CompareRunner> m_runner;
    std::unique_ptr<BatchStore> m_batches;
    std::unique_ptr<BatchRunner> m_batchRunner;
    std::unique_ptr<HubClient> m_hub;
};

void TestBatchRun::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestBatchRun::init()
{
    TestUtils::failOnUnexpectedWarnings();
    m_server.clearRoutes();
    m_server.clearRequests();
    m_server.route("POST", u"/fast/v1/chat/completions"_s, [](const TestRequest &r) { return echo(r, 5); });
    // 150 ms: a 24-request batch at concurrency 3 lasts over a second, so Pause lands while it runs even when the
    // machine is loaded.
    m_server.route("POST", u"/slow/v1/chat/completions"_s, [](const TestRequest &r) { return echo(r, 150); });
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"hublens.sqlite3"_s);
    QString error;
    m_endpoints = EndpointStore::open(path, &error);
    m_runs = RunStore::open(path, &error);
    QVERIFY2(m_endpoints && m_runs, qPrintable(error));
    SecretStore::Options options;
    options.fileOnly = true;
    options.filePath = m_dir->filePath(u"secrets.json"_s);
    m_secrets = std::make_unique<SecretStore>(options);
    HubConfig hub;
    hub.endpoint = m_server.url();
    m_service = std::make_unique<EndpointService>(&m_multi, hub, m_secrets.get());
    EndpointService *service = m_service.get();
    const auto resolver = [service](const Endpoint &endpoint, QObject *context,
                              std::function<void(const QByteArray &, const QString &)> done) {
        service->resolveSecret(endpoint, context, std::move(done));
    };
    m_runner = std::make_unique<CompareRunner>(&m_multi, m_runs.get(), resolver);
    m_batches = std::make_unique<BatchStore>(m_runs.get());
    m_batchRunner = std::make_unique<BatchRunner>(&m_multi, m_runs.get(), m_batches.get(), resolver);
    HubConfig viewer;
    viewer.endpoint = m_server.url();
    viewer.datasetsServer = m_server.url();
    m_hub = std::make_unique<HubClient>(&m_multi, viewer);
}

void TestBatchRun::cleanup()
{
    m_hub.reset();
    m_batchRunner.reset();
    m_batches.reset();
    m_runner.reset();
    m_service.reset();
    m_secrets.reset();
    m_runs.reset();
    m_endpoints.reset();
}

void TestBatchRun::addEndpoint(const QString &name)
{
    Endpoint endpoint;
    endpoint.name = name;
    endpoint.kind = EndpointKind::OpenAi;
    endpoint.url = m_server.url(u"/%1/v1"_s.arg(name));
    endpoint.defaultModel = u"m-"_s + name;
    QVERIFY(m_endpoints->add(endpoint) > 0);
}

std::unique_ptr<ComparePage> TestBatchRun::makePage()
{
    ComparePage::Services services;
    services.runner = m_runner.get();
    services.endpoints = m_endpoints.get();
    services.endpointService = m_service.get();
    services.runs = m_runs.get();
    services.secrets = m_secrets.get();
    services.batchRunner = m_batchRunner.get();
    services.batches = m_batches.get();
    services.hub = m_hub.get();
    auto page = std::make_unique<ComparePage>(services);
    page->resize(1200, 800);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning("page not exposed");
    return page;
}

void TestBatchRun::dialogPreviewsAndStartsABatch()
{
    addEndpoint(u"fast"_s);
    addEndpoint(u"slow"_s);
    std::unique_ptr<ComparePage> page = makePage();
    QVERIFY(page->batchAction()->isEnabled());
    page->batchAction()->trigger();
    auto *dialog = page->findChild<BatchDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->startButton()->isEnabled()); // nothing to send yet

    dialog->sourceTabs()->setCurrentIndex(BatchDialog::TypedTab);
    QStringList lines;
    for (int i = 1; i <= 12; ++i)
        lines.append(u"topic %1"_s.arg(i));
    dialog->typedEdit()->setPlainText(lines.join(u'\n'));
    QTest::keyClicks(dialog->templateEdit(), u"Summarise in one sentence: {{text}}"_s);
    QCOMPARE(dialog->previewTable()->rowCount(), BatchDialog::PreviewRows);
    QCOMPARE(dialog->previewTable()->item(0, 1)->text(), u"Summarise in one sentence: topic 1"_s);
    QCOMPARE(dialog->previewTable()->item(0, 0)->text(), u"#1"_s);
    QVERIFY2(dialog->countLabel()->text().contains(u"= 0 request"_s), qPrintable(dialog->countLabel()->text()));
    QVERIFY(!dialog->startButton()->isEnabled()); // no endpoint chosen
    QCOMPARE(dialog->endpointList()->count(), 2);
    dialog->endpointList()->item(0)->setCheckState(Qt::Checked);
    dialog->endpointList()->item(1)->setCheckState(Qt::Checked);
    QVERIFY2(dialog->countLabel()->text().contains(QRegularExpression(u"^12 prompt.* × 2 endpoint.* = 24 request"_s)),
        qPrintable(dialog->countLabel()->text()));
    dialog->concurrencySpin()->setValue(3);
    dialog->endpointConcurrencySpin()->setValue(2);
    dialog->timeoutSpin()->setValue(120);
    QVERIFY(dialog->startButton()->isEnabled());

    QSignalSpy finished(m_batchRunner.get(), &BatchRunner::finished);
    QSignalSpy status(page.get(), &ComparePage::statusMessage);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(m_batchRunner->isActive());
    // The limits chosen in the dialog are the batch's.
    const std::optional<BatchInfo> stored = m_batches->batch(m_batchRunner->batchId());
    QVERIFY(stored);
    QCOMPARE(stored->spec.concurrency, 3);
    QCOMPARE(stored->spec.endpointConcurrency, 2);
    QCOMPARE(stored->spec.requestTimeoutSeconds, 120);
    BatchPanel *panel = page->batchPanel();
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY(panel->bar()->value() > 0);
    QCOMPARE(panel->bar()->maximum(), 24);
    // Pause and resume through the strip.
    QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
    QVERIFY(m_batchRunner->isPaused());
    QTRY_VERIFY(panel->label()->text().contains(u"paused"_s));
    QCOMPARE(panel->pauseButton()->text(), u"&Resume"_s);
    QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
    QVERIFY(!m_batchRunner->isPaused());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(panel->label()->text().startsWith(u"24 of 24 · 24 ok · 0 failed"_s));
    QVERIFY(!panel->pauseButton()->isVisible());
    QVERIFY(status.last().first().toString().contains(u"24 ok"_s));

    // Ordinary runs in the page's session, with their source.
    const QList<StoredRun> runs = m_runs->runs(m_runner->sessionId());
    QCOMPARE(runs.size(), 24);
    QCOMPARE(runs.first().messages.last().content, u"Summarise in one sentence: topic 1"_s);
    const std::optional<StoredPrompt> prompt = m_runs->prompt(runs.first().promptId);
    QCOMPARE(prompt->source.value("kind"_L1).toString(), u"typed"_s);
    QCOMPARE(prompt->source.value("template"_L1).toString(), u"Summarise in one sentence: {{text}}"_s);
    QVERIFY(!page->batchBanner()->isVisible());
}

void TestBatchRun::unfinishedBatchIsOfferedForResuming()
{
    addEndpoint(u"fast"_s);
    // A batch left behind by an app that died: one item still marked running.
    const qint64 sessionId = m_runs->ensureSession(u"Interrupted"_s);
    BatchSpec spec;
    spec.endpoints = {{m_endpoints->byName(u"fast"_s)->id, u"fast"_s, u"m-fast"_s}};
    const qint64 batchId = m_batches->createBatch(
        sessionId, spec, {u"one"_s, u"two"_s, u"three"_s}, {QJsonObject(), QJsonObject(), QJsonObject()});
    QVERIFY(batchId > 0);
    m_batches->markRunning(m_batches->pendingItems(batchId).first().id);
    QVERIFY(m_batches->flushRunningMarks());

    std::unique_ptr<ComparePage> page = makePage();
    page->openSession(sessionId);
    QVERIFY(page->batchBanner()->isVisible());
    QVERIFY2(page->batchBanner()->text().contains(u"0 of 3"_s), qPrintable(page->batchBanner()->text()));
    QVERIFY(page->batchBanner()->isRetryVisible());
    QSignalSpy finished(m_batchRunner.get(), &BatchRunner::finished);
    Q_EMIT page->batchBanner()->retryRequested(); // the banner's Resume button
    QVERIFY(m_batchRunner->isActive());
    QVERIFY(!page->batchBanner()->isVisible());
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_runs->runs(sessionId).size(), 3);
    QCOMPARE(m_server.requestCount(u"/fast/v1/chat/completions"_s), 3);
    QVERIFY(!m_batches->unfinishedBatch(sessionId));
    QVERIFY(!page->batchBanner()->isVisible());
}

void TestBatchRun::datasetRowsAsPromptSet()
{
    FakeHub::install(m_server);
    addEndpoint(u"fast"_s);
    std::unique_ptr<ComparePage> page = makePage();
    page->openBatchDialog();
    auto *dialog = page->findChild<BatchDialog *>();
    QVERIFY(dialog);
    dialog->sourceTabs()->setCurrentIndex(BatchDialog::DatasetTab);
    QTest::keyClicks(dialog->datasetEdit(), u"datasets-org-0/corpus-0"_s);
    dialog->loadDataset();
    // The first config and its train split; rows 0 to 100, the "text" column found by name.
    QTRY_COMPARE(dialog->columnCombo()->count(), 2);
    QCOMPARE(dialog->columnCombo()->currentText(), u"text"_s);
    QCOMPARE(dialog->previewTable()->item(0, 0)->text(), u"row 0"_s);
    QCOMPARE(dialog->previewTable()->item(0, 1)->text(), u"The service was quick and the staff were friendly."_s);
    dialog->columnCombo()->setCurrentText(u"label"_s);
    QCOMPARE(dialog->previewTable()->item(1, 1)->text(), u"1"_s);
    dialog->endpointList()->item(0)->setCheckState(Qt::Checked);
    QVERIFY2(dialog->countLabel()->text().contains(QRegularExpression(u"^100 prompt.* = 100 request"_s)),
        qPrintable(dialog->countLabel()->text()));
    const BatchSpec spec = dialog->spec();
    QCOMPARE(spec.source.value("dataset"_L1).toString(), u"datasets-org-0/corpus-0"_s);
    QCOMPARE(spec.source.value("split"_L1).toString(), u"train"_s);
    QCOMPARE(spec.column, u"label"_s);
    QCOMPARE(dialog->prompts().at(7).source.value("row"_L1).toInteger(), 7);
    dialog->reject();
}

void TestBatchRun::cancelThenResumeAndRerunFailed()
{
    auto healthy = std::make_shared<std::atomic<bool>>(false);
    m_server.route("POST", u"/moody/v1/chat/completions"_s, [healthy](const TestRequest &r) {
        if (!*healthy)
            return TestResponse::json(R"({"error":"Model not loaded"})", 404);
        return echo(r, 5);
    });
    m_server.route("POST", u"/slower/v1/chat/completions"_s, [](const TestRequest &r) { return echo(r, 300); });
    addEndpoint(u"slower"_s);
    addEndpoint(u"moody"_s);
    std::unique_ptr<ComparePage> page = makePage();
    BatchSpec spec;
    spec.concurrency = 2;
    spec.endpoints = {{m_endpoints->byName(u"slower"_s)->id, u"slower"_s, u"m-slower"_s},
        {m_endpoints->byName(u"moody"_s)->id, u"moody"_s, u"m-moody"_s}};
    QList<RenderedPrompt> prompts;
    for (int i = 0; i < 6; ++i)
        prompts.append({u"question %1"_s.arg(i), QJsonObject{{u"kind"_s, u"typed"_s}, {u"index"_s, i + 1}}});
    QVERIFY(page->startBatch(spec, prompts));
    BatchPanel *panel = page->batchPanel();
    QTRY_VERIFY(panel->bar()->value() >= 1);
    QVERIFY(m_batchRunner->isActive());

    // Cancel: the strip says so, the banner offers to resume.
    QSignalSpy finished(m_batchRunner.get(), &BatchRunner::finished);
    QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_batchRunner->isActive());
    QTRY_VERIFY(page->batchBanner()->isVisible());
    QVERIFY(!panel->pauseButton()->isVisible());

    // Resume from the banner; the moody endpoint fails its items.
    Q_EMIT page->batchBanner()->retryRequested();
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY(panel->label()->text().contains(u"6 failed"_s));
    QVERIFY(panel->rerunButton()->isVisible());

    // Re-run failed: only the moody endpoint is asked again.
    *healthy = true;
    m_server.clearRequests();
    QTest::mouseClick(panel->rerunButton(), Qt::LeftButton);
    QVERIFY(m_batchRunner->isActive());
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY(panel->label()->text().startsWith(u"12 of 12 · 12 ok · 0 failed"_s));
    QCOMPARE(m_server.requestCount(u"/moody/v1/chat/completions"_s), 6);
    QCOMPARE(m_server.requestCount(u"/slower/v1/chat/completions"_s), 0);
    QCOMPARE(m_runs->runs(m_runner->sessionId()).size(), 12);
}

QTEST_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
