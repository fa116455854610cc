// SPDX-License-Identifier: GPL-3.0-or-later
// The candidate grid's loader and table model against the loopback server: four models, two that load (with GGUF
// files and router prices on one of them), one missing (404) and one rate-limited (429); then the same offline from
// the cache.
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/hub/candidategrid.h"
#include "app/hub/candidategridmodel.h"
#include "app/hub/hubcache.h"
#include "app/hub/hubclient.h"
#include "app/inference/endpoint.h"
#include "app/net/curlmulti.h"
#include "tests/support/fixtures.h"
#include "tests/support/testserver.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;
using Attribute = CandidateGridModel::Attribute;

namespace {

const QStringList kModels = {u"org/alpha"_s, u"org/beta"_s, u"org/missing"_s, u"org/limited"_s};

QByteArray infoOf(const QString &id)
{
    const bool alpha = id == u"org/alpha"_s;
    QJsonObject info{{u"_id"_s, alpha ? u"6698d8a0653e4babe21e1e7d"_s : u"6698d8a0653e4babe21e1e7e"_s}, {u"id"_s, id},
        {u"author"_s, u"org"_s},
        {u"sha"_s,
            alpha ? u"0e9e39f249a16976918f6564b8830bc894c89659"_s : u"5a8abf6f2a1cb7e0d6d3b6f7e0d1f6f0d2c3b4a5"_s},
        {u"lastModified"_s, alpha ? u"2025-01-10T08:00:00.000Z"_s : u"2025-01-20T08:00:00.000Z"_s},
        {u"private"_s, false}, {u"gated"_s, alpha ? QJsonValue(false) : QJsonValue(u"manual"_s)},
        {u"downloads"_s, alpha ? 1234567 : 1234000}, {u"likes"_s, alpha ? 321 : 45},
        {u"pipeline_tag"_s, u"text-generation"_s}, {u"library_name"_s, u"transformers"_s},
        {u"cardData"_s, QJsonObject{{u"license"_s, alpha ? u"apache-2.0"_s : u"mit"_s}}},
        {u"config"_s,
            QJsonObject{{u"architectures"_s, QJsonArray{u"LlamaForCausalLM"_s}}, {u"model_type"_s, u"llama"_s},
                {u"max_position_embeddings"_s, alpha ? 131072 : 32768}}},
        {u"safetensors"_s,
            QJsonObject{{u"parameters"_s, QJsonObject{{u"BF16"_s, qint64(alpha ? 8030261248LL : 7615616512LL)}}},
                {u"total"_s, qint64(alpha ? 8030261248LL : 7615616512LL)}}}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

QByteArray treeOf(const QString &id)
{
    QJsonArray entries;
    const auto file = [&entries](const QString &path, qint64 size) {
        entries.append(QJsonObject{{u"type"_s, u"file"_s}, {u"path"_s, path}, {u"size"_s, size},
            {u"oid"_s, u"0000000000000000000000000000000000000001"_s}});
    };
    file(u"README.md"_s, 4210);
    if (id == u"org/alpha"_s) {
        file(u"alpha.Q4_K_M.gguf"_s, 4920733888);
        file(u"alpha.Q8_0.gguf"_s, 8540770496);
    } else {
        file(u"model-00001-of-00002.safetensors"_s, 4943162336);
        file(u"model-00002-of-00002.safetensors"_s, 3500296424);
    }
    return QJsonDocument(entries).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCandidateGrid final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cells_data();
    void cells();
    void failuresStayInTheirColumn();
    void providersComeFromTheRouterAndTheHub();
    void offlineShowsCachedValuesWithTheirAge();
    void refreshAndReload();
    void routerBaseFollowsTheEndpoints();

private:
    void installRoutes();
    bool loadAll(const QStringList &ids = kModels);

    TestServer m_server;
    CurlMulti m_multi;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HubCache> m_cache;
    std::unique_ptr<HubClient> m_hub;
    std::unique_ptr<CandidateGrid> m_grid;
    std::unique_ptr<CandidateGridModel> m_model;
};

void TestCandidateGrid::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_server.start());
}

void TestCandidateGrid::installRoutes()
{
    m_server.clearRoutes();
    for (const QString &id : {u"org/alpha"_s, u"org/beta"_s}) {
        m_server.route("GET", u"/api/models/"_s + id, [id](const TestRequest &request) {
            if (request.queryValues(u"expand"_s) == QStringList{u"inferenceProviderMapping"_s}) {
                const QByteArray mapping = id == u"org/alpha"_s
                    ? R"({"novita":{"status":"live","providerId":"org/alpha","task":"conversational"},)"
                      R"("sambanova":{"status":"staging","providerId":"Alpha","task":"conversational"}})"
                    : "{}";
                return TestResponse::json(
                    R"({"_id":"x","id":")" + id.toUtf8() + R"(","inferenceProviderMapping":)" + mapping + "}");
            }
            return TestResponse::json(infoOf(id)).withHeader("etag", "\"info-" + id.toUtf8() + "\"");
        });
        m_server.route("GET", u"/api/models/%1/tree/main"_s.arg(id),
            [id](const TestRequest &) { return TestResponse::json(treeOf(id)); });
    }
    m_server.route("GET", u"/v1/models/org/alpha"_s, [](const TestRequest &) {
        return TestResponse::json(Fixtures::read(u"inference/docs_hf_router_v1_models_one_entry.json"_s));
    });
    m_server.route("GET", u"/v1/models/org/beta"_s,
        [](const TestRequest &) { return TestResponse::json(R"({"error":"Model not found"})", 404); });
    m_server.route("GET", u"/api/models/org/missing*"_s, [](const TestRequest &) {
        return TestResponse::json(R"({"error":"Repository not found"})", 404)
            .withHeader("x-error-code", "RepoNotFound")
            .withHeader("x-error-message", "Repository not found");
    });
    m_server.route("GET", u"/api/models/org/limited*"_s, [](const TestRequest &) {
        return TestResponse::json(R"({"error":"rate limited"})", 429).withHeader("retry-after", "30");
    });
}

void TestCandidateGrid::init()
{
    TestUtils::failOnUnexpectedWarnings();
    installRoutes();
    m_server.clearRequests();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_cache = HubCache::open(m_dir->filePath(u"cache.sqlite3"_s), &error);
    QVERIFY2(m_cache, qPrintable(error));
    HubConfig config;
    config.endpoint = m_server.url();
    m_hub = std::make_unique<HubClient>(&m_multi, config, m_cache.get());
    m_hub->setRetryPolicy({0, 10, 100, 100, false});
    m_grid = std::make_unique<CandidateGrid>(m_hub.get());
    m_grid->setRouterBase(m_server.url(u"/v1"_s));
    m_model = std::make_unique<CandidateGridModel>(m_grid.get());
    m_model->setNow(QDateTime(QDate(2025, 1, 23), QTime(8, 0), Qt::UTC));
}

void TestCandidateGrid::cleanup()
{
    m_model.reset();
    m_grid.reset();
    m_hub.reset();
    m_cache.reset();
}

bool TestCandidateGrid::loadAll(const QStringList &ids)
{
    QSignalSpy finished(m_grid.get(), &CandidateGrid::finished);
    m_grid->load(ids);
    return finished.wait(10000) && !m_grid->isLoading();
}

void TestCandidateGrid::cells_data()
{
    QTest::addColumn<Attribute>("attribute");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("alpha");
    QTest::addColumn<QString>("beta");
    QTest::addColumn<QString>("alphaToolTip"); // a part of it
    QTest::addColumn<bool>("differs");
    QTest::addColumn<bool>("rightAligned");

    QTest::newRow("the status says both loaded fresh")
        << Attribute::Status << QString() << u"Loaded"_s << u"Loaded"_s << QString() << false << false;
    QTest::newRow("licenses differ") << Attribute::License << QString() << u"apache-2.0"_s << u"mit"_s << QString()
                                     << true << false;
    QTest::newRow("gated mode differs") << Attribute::Gated << QString() << u"No"_s << u"Yes (manual approval)"_s
                                        << QString() << true << false;
    QTest::newRow("parameters compact, exact in the tooltip")
        << Attribute::Parameters << QString() << u"8.03B"_s << u"7.62B"_s << u"8,030,261,248"_s << true << true;
    QTest::newRow("context length from the config")
        << Attribute::ContextLength << QString() << u"131,072"_s << u"32,768"_s << u"131,072 tokens"_s << true << true;
    QTest::newRow("the same architecture does not differ")
        << Attribute::Architecture << QString() << u"LlamaForCausalLM"_s << u"LlamaForCausalLM"_s
        << u"Model type: llama"_s << false << false;
    QTest::newRow("GGUF quantisations with sizes, else the weights")
        << Attribute::Quantisations << QString() << u"Q4_K_M  4.9 GB\nQ8_0  8.5 GB"_s << u"BF16  8.4 GB"_s
        << u"Q4_K_M: 4,920,733,888 bytes in alpha.Q4_K_M.gguf"_s << true << true;
    QTest::newRow("providers counted from the router and the mapping")
        << Attribute::Providers << QString() << u"5 live of 6"_s << u"None"_s << u"novita, together"_s << true << false;
    QTest::newRow("a provider's price per 1M input / output tokens")
        << Attribute::Provider << u"novita"_s << u"$1.69 / $3.38"_s << u"—"_s << u"Input: $1.69 per 1M tokens"_s << true
        << true;
    QTest::newRow("a provider the router lists without a price")
        << Attribute::Provider << u"featherless-ai"_s << u"live, no price"_s << u"—"_s << QString() << true << true;
    QTest::newRow("a provider only the Hub's mapping names")
        << Attribute::Provider << u"sambanova"_s << u"staging"_s << u"—"_s << u"the router gives no price"_s << true
        << true;
    QTest::newRow("downloads that round alike do not differ")
        << Attribute::Downloads << QString() << u"1.2M"_s << u"1.2M"_s << u"1,234,567 downloads"_s << false << true;
    QTest::newRow("likes differ") << Attribute::Likes << QString() << u"321"_s << u"45"_s << u"321 likes"_s << true
                                  << true;
    QTest::newRow("last modified is relative, absolute in the tooltip")
        << Attribute::LastModified << QString() << u"13 days ago"_s << u"3 days ago"_s << u"2025-01-10T08:00:00Z"_s
        << true << true;
    QTest::newRow("revisions are shown short and never differ")
        << Attribute::Revision << QString() << u"0e9e39f2"_s << u"5a8abf6f"_s
        << u"0e9e39f249a16976918f6564b8830bc894c89659"_s << false << false;
}

void TestCandidateGrid::cells()
{
    QFETCH(Attribute, attribute);
    QFETCH(QString, provider);
    QFETCH(QString, alpha);
    QFETCH(QString, beta);
    QFETCH(QString, alphaToolTip);
    QFETCH(bool, differs);
    QFETCH(bool, rightAligned);

    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll());
    QCOMPARE(m_model->columnCount(), 4);
    const int row = m_model->rowOf(attribute, provider);
    QVERIFY2(row >= 0, qPrintable(m_model->providers().join(u", "_s)));
    const QModelIndex first = m_model->index(row, 0);
    const QModelIndex second = m_model->index(row, 1);
    QCOMPARE(first.data().toString(), alpha);
    QCOMPARE(second.data().toString(), beta);
    QVERIFY2(first.data(Qt::ToolTipRole).toString().contains(alphaToolTip),
        qPrintable(first.data(Qt::ToolTipRole).toString()));
    QCOMPARE(first.data(CandidateGridModel::DiffersRole).toBool(), differs);
    QCOMPARE(m_model->headerData(row, Qt::Vertical, CandidateGridModel::DiffersRole).toBool(), differs);
    const auto alignment = first.data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QCOMPARE(bool(alignment & Qt::AlignRight), rightAligned);
}

void TestCandidateGrid::failuresStayInTheirColumn()
{
    QVERIFY(loadAll());
    const int status = m_model->rowOf(Attribute::Status);
    const int license = m_model->rowOf(Attribute::License);
    QCOMPARE(m_model->index(status, 2).data().toString(), u"Not found (or private)"_s);
    QVERIFY(m_model->index(status, 2).data(Qt::ToolTipRole).toString().contains(u"HTTP 404"_s));
    QCOMPARE(m_model->index(status, 3).data().toString(), u"Rate-limited: retry in 30 s"_s);
    QCOMPARE(
        m_model->index(status, 3).data(CandidateGridModel::StateRole).toInt(), int(CandidateGridEntry::State::Failed));
    QCOMPARE(m_model->headerData(3, Qt::Horizontal, CandidateGridModel::StateRole).toInt(),
        int(CandidateGridEntry::State::Failed));
    QVERIFY(m_model->index(license, 2).data().toString().isEmpty());
    // The failed columns take no part in the comparison: alpha and beta alone decide.
    QVERIFY(m_model->rowDiffers(license));
    QVERIFY(!m_model->rowDiffers(m_model->rowOf(Attribute::Architecture)));
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"org/alpha"_s);
}

void TestCandidateGrid::providersComeFromTheRouterAndTheHub()
{
    QVERIFY(loadAll({u"org/alpha"_s, u"org/beta"_s}));
    // Router: novita, together, fireworks-ai, featherless-ai, deepinfra; Hub mapping adds sambanova.
    QCOMPARE(m_model->providers(),
        QStringList(
            {u"deepinfra"_s, u"featherless-ai"_s, u"fireworks-ai"_s, u"novita"_s, u"sambanova"_s, u"together"_s}));
    const QModelIndex together = m_model->index(m_model->rowOf(Attribute::Provider, u"together"_s), 0);
    QCOMPARE(together.data().toString(), u"$2.10 / $4.40"_s);
    QVERIFY(together.data(Qt::ToolTipRole).toString().contains(u"Context: 512,000 tokens"_s));
    // The router was asked at /v1/models/{org}/{model}, and without the Hub token.
    QCOMPARE(m_server.requestCount(u"/v1/models/org/alpha"_s), 1);
    QCOMPARE(m_server.requestCount(u"/v1/models/org/beta"_s), 1);
}

void TestCandidateGrid::offlineShowsCachedValuesWithTheirAge()
{
    QVERIFY(loadAll({u"org/alpha"_s, u"org/never"_s}));
    HubConfig offline = m_hub->config();
    offline.offline = true;
    m_hub->setConfig(offline);
    m_server.clearRequests();
    m_model->setNow(QDateTime::currentDateTimeUtc().addSecs(3 * 3600 + 60));
    QVERIFY(loadAll({u"org/alpha"_s, u"org/never"_s}));
    QCOMPARE(m_server.requests().size(), 0);
    const int status = m_model->rowOf(Attribute::Status);
    QCOMPARE(m_model->index(status, 0).data().toString(), u"Offline · cached 3 hours ago"_s);
    QVERIFY(m_grid->entry(0).isOffline());
    QCOMPARE(m_model->index(m_model->rowOf(Attribute::License), 0).data().toString(), u"apache-2.0"_s);
    QCOMPARE(m_model->index(m_model->rowOf(Attribute::Provider, u"novita"_s), 0).data().toString(), u"$1.69 / $3.38"_s);
    // Never fetched (it failed online, so nothing was cached): says so.
    QCOMPARE(m_model->index(status, 1).data().toString(), u"Offline: never fetched"_s);
}

void TestCandidateGrid::refreshAndReload()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_grid->load({u"org/alpha"_s, u"org/alpha"_s, u"org/beta"_s});
    QCOMPARE(m_grid->repoIds(), QStringList({u"org/alpha"_s, u"org/beta"_s})); // duplicates dropped
    QCOMPARE(m_model->index(0, 0).data().toString(), u"Loading…"_s);
    QVERIFY(m_grid->isLoading());
    // A new list while the first is loading: the old answers are dropped.
    QVERIFY(loadAll({u"org/beta"_s}));
    QCOMPARE(m_model->columnCount(), 1);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"org/beta"_s);
    QCOMPARE(m_model->differingRowCount(), 0); // one model differs from nothing
    QSignalSpy finished(m_grid.get(), &CandidateGrid::finished);
    m_grid->refresh();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->index(m_model->rowOf(Attribute::License), 0).data().toString(), u"mit"_s);
    QVERIFY(loadAll({}));
    QCOMPARE(m_model->columnCount(), 0);
}

void TestCandidateGrid::routerBaseFollowsTheEndpoints()
{
    QCOMPARE(CandidateGrid::routerBaseFor({}), QUrl(u"https://router.huggingface.co/v1"_s));
    Endpoint local;
    local.kind = EndpointKind::OpenAi;
    local.url = QUrl(u"http://127.0.0.1:8080/v1"_s);
    Endpoint router;
    router.kind = EndpointKind::HfRouter;
    router.url = QUrl(u"http://127.0.0.1:9999/v1/chat/completions"_s);
    QCOMPARE(CandidateGrid::routerBaseFor({local, router}), QUrl(u"http://127.0.0.1:9999/v1"_s));
}

QTEST_GUILESS_MAIN(TestCandidateGrid)
#include "tst_candidategrid.moc"
