// SPDX-License-Identifier: GPL-3.0-or-later
// Endpoint rules (URL normalisation, names, which hosts may get the Hugging Face token), the secret each endpoint
// sends, the model lists and "test" action of every kind against the loopback server, and local-server detection.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/secretstore.h"
#include "app/inference/endpointservice.h"
#include "app/net/curlmulti.h"
#include "tests/support/fixtures.h"
#include "tests/support/testserver.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

class TestEndpoints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void chatUrl_data();
    void chatUrl();
    void names_data();
    void names();
    void urls();
    void huggingFaceHosts_data();
    void huggingFaceHosts();
    void kindNamesRoundTrip();
    void secretPolicy();
    void routerModelsWithProviders();
    void checkReportsAuthAndModels();
    void ollamaModels();
    void detectLocal();
    void resolveRevision_data();
    void resolveRevision();

private:
    struct Secret
    {
        bool done = false;
        QByteArray value;
        QString error;
    };
    Secret resolve(EndpointService &service, const Endpoint &endpoint);

    TestServer m_server;
    CurlMulti m_multi;
};

void TestEndpoints::init()
{
    TestUtils::failOnUnexpectedWarnings();
    if (!m_server.port())
        QVERIFY(m_server.start());
    m_server.clearRoutes();
    m_server.clearRequests();
}

void TestEndpoints::chatUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("chat");
    QTest::newRow("router /v1") << u"https://router.huggingface.co/v1"_s
                                << u"https://router.huggingface.co/v1/chat/completions"_s;
    QTest::newRow("trailing slash") << u"http://localhost:1234/v1/"_s << u"http://localhost:1234/v1/chat/completions"_s;
    QTest::newRow("bare host") << u"http://localhost:8000"_s << u"http://localhost:8000/v1/chat/completions"_s;
    QTest::newRow("full path") << u"http://h/x/v1/chat/completions"_s << u"http://h/x/v1/chat/completions"_s;
    QTest::newRow("endpoint") << u"https://abc.us-east-1.aws.endpoints.huggingface.cloud"_s
                              << u"https://abc.us-east-1.aws.endpoints.huggingface.cloud/v1/chat/completions"_s;
    QTest::newRow("other path") << u"http://h/openai"_s << u"http://h/openai/v1/chat/completions"_s;
}

void TestEndpoints::chatUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, chat);
    QCOMPARE(Endpoints::chatCompletionsUrl(QUrl(base)).toString(), chat);
    QVERIFY(Endpoints::appendPath(Endpoints::openAiBase(QUrl(base)), u"models"_s).toString().endsWith(u"/v1/models"_s));
}

void TestEndpoints::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"ollama"_s << true;
    QTest::newRow("dots and dashes") << u"llama.cpp-8080_b"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("equals") << u"a=b"_s << false;
    QTest::newRow("space") << u"my endpoint"_s << false;
    QTest::newRow("leading dash") << u"-x"_s << false;
    QTest::newRow("too long") << QString(65, u'a') << false;
}

void TestEndpoints::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(Endpoints::isValidName(name), valid);
}

void TestEndpoints::urls()
{
    QVERIFY(Endpoints::isValidUrl(QUrl(u"http://127.0.0.1:11434"_s)));
    QVERIFY(!Endpoints::isValidUrl(QUrl(u"ftp://x"_s)));
    QVERIFY(!Endpoints::isValidUrl(QUrl(u"localhost:8080"_s)));
    QString why;
    QVERIFY(!Endpoints::isValidUrl(QUrl(u"https://user:sk-secret@example.com/v1"_s), &why));
    QVERIFY(why.contains(u"key"_s));
}

void TestEndpoints::huggingFaceHosts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("hf");
    QTest::newRow("router") << u"https://router.huggingface.co/v1"_s << true;
    QTest::newRow("endpoint") << u"https://x.us-east-1.aws.endpoints.huggingface.cloud"_s << true;
    QTest::newRow("hf.co") << u"https://hf.co/api"_s << true;
    QTest::newRow("plain http to router") << u"http://router.huggingface.co/v1"_s << false;
    QTest::newRow("lookalike") << u"https://huggingface.co.evil.com/v1"_s << false;
    QTest::newRow("suffix lookalike") << u"https://evilhuggingface.co/v1"_s << false;
    QTest::newRow("openai") << u"https://api.openai.com/v1"_s << false;
    QTest::newRow("configured hub") << u"http://127.0.0.1:9999/v1"_s << true;
    QTest::newRow("other port") << u"http://127.0.0.1:9998/v1"_s << false;
}

void TestEndpoints::huggingFaceHosts()
{
    QFETCH(QString, url);
    QFETCH(bool, hf);
    QCOMPARE(Endpoints::isHuggingFaceHost(QUrl(url), QUrl(u"http://127.0.0.1:9999"_s)), hf);
}

void TestEndpoints::kindNamesRoundTrip()
{
    for (const QString &name : Endpoints::kindNames()) {
        const std::optional<EndpointKind> kind = Endpoints::kindFromName(name);
        QVERIFY(kind);
        QCOMPARE(Endpoints::kindName(*kind), name);
        QVERIFY(!Endpoints::kindLabel(*kind).isEmpty());
    }
    QVERIFY(!Endpoints::kindFromName(u"bogus"_s));
}

TestEndpoints::Secret TestEndpoints::resolve(EndpointService &service, const Endpoint &endpoint)
{
    Secret secret;
    service.resolveSecret(endpoint, this, [&secret](const QByteArray &value, const QString &error) {
        secret.done = true;
        secret.value = value;
        secret.error = error;
    });
    if (!QTest::qWaitFor([&secret] { return secret.done; }, 5000))
        qWarning("secret not resolved");
    return secret;
}

void TestEndpoints::secretPolicy()
{
    QTemporaryDir dir;
    SecretStore::Options options;
    options.fileOnly = true;
    options.filePath = dir.filePath(u"secrets.json"_s);
    SecretStore store(options);
    HubConfig hub;
    hub.endpoint = m_server.url();
    hub.token = "hf_testtoken";
    EndpointService service(&m_multi, hub, &store);

    Endpoint router;
    router.name = u"router"_s;
    router.kind = EndpointKind::HfRouter;
    router.url = QUrl(u"https://router.huggingface.co/v1"_s);
    QCOMPARE(resolve(service, router).value, QByteArray("hf_testtoken"));
    router.url = m_server.url(u"/v1"_s); // the configured Hub (tests, private hubs)
    QCOMPARE(resolve(service, router).value, QByteArray("hf_testtoken"));
    router.url = QUrl(u"https://proxy.example.com/v1"_s); // hf-router kind pointed elsewhere: no token
    QVERIFY(resolve(service, router).value.isEmpty());

    Endpoint local;
    local.name = u"Local"_s;
    local.kind = EndpointKind::OpenAi;
    local.url = QUrl(u"http://127.0.0.1:1234/v1"_s);
    QVERIFY(resolve(service, local).value.isEmpty()); // never the HF token
    bool written = false;
    store.write(local.secretKey(), "sk-local", this, [&written](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY(written);
    QCOMPARE(resolve(service, local).value, QByteArray("sk-local"));

    local.apiKeyEnv = u"HUBLENS_TEST_ENDPOINT_KEY"_s;
    qputenv("HUBLENS_TEST_ENDPOINT_KEY", "sk-from-env");
    QCOMPARE(resolve(service, local).value, QByteArray("sk-from-env"));
    qunsetenv("HUBLENS_TEST_ENDPOINT_KEY");
    const Secret missing = resolve(service, local);
    QVERIFY(missing.value.isEmpty());
    QVERIFY(missing.error.contains(u"HUBLENS_TEST_ENDPOINT_KEY"_s));
}

void TestEndpoints::routerModelsWithProviders()
{
    const QByteArray entry = Fixtures::read(u"inference/docs_hf_router_v1_models_one_entry.json"_s);
    QVERIFY(!entry.isEmpty());
    m_server.route("GET", u"/v1/models"_s,
        [entry](const TestRequest &) { return TestResponse::json("{\"object\":\"list\",\"data\":[" + entry + "]}"); });
    EndpointService service(&m_multi, HubConfig(), nullptr);
    Endpoint router;
    router.name = u"router"_s;
    router.kind = EndpointKind::HfRouter;
    router.url = m_server.url(u"/v1"_s);
    QList<EndpointModel> models;
    bool done = false;
    service.listModels(router, this, [&](const QList<EndpointModel> &list, const QString &error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        models = list;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(models.size(), 1);
    QVERIFY(!models.first().providers.isEmpty());
    const ProviderOffer &offer = models.first().providers.first();
    QVERIFY(!offer.provider.isEmpty());
    QVERIFY(offer.priceOutputPerMillion.has_value());
    QVERIFY(models.first().contextLength > 0);
}

void TestEndpoints::checkReportsAuthAndModels()
{
    m_server.route("GET", u"/v1/models"_s, [](const TestRequest &request) {
        if (request.header("authorization") != "Bearer sk-good")
            return TestResponse::json(Fixtures::read(u"inference/docs_llamacpp_error_401_invalid_api_key.json"_s), 401);
        return TestResponse::json(
            R"({"object":"list","data":[{"id":"qwen2.5-7b","object":"model","owned_by":"llamacpp","meta":{"n_ctx_train":32768}}]})");
    });
    QTemporaryDir dir;
    SecretStore::Options options;
    options.fileOnly = true;
    options.filePath = dir.filePath(u"secrets.json"_s);
    SecretStore store(options);
    EndpointService service(&m_multi, HubConfig(), &store);
    Endpoint endpoint;
    endpoint.name = u"llama"_s;
    endpoint.url = m_server.url(u"/v1"_s);

    EndpointCheck check;
    bool done = false;
    service.check(endpoint, this, [&](const EndpointCheck &result) {
        check = result;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(check.reachable);
    QVERIFY(!check.authenticated);
    QCOMPARE(check.httpStatus, 401);
    QVERIFY2(check.message.contains(u"Invalid API Key"_s), qPrintable(check.message));

    bool written = false;
    store.write(endpoint.secretKey(), "sk-good", this, [&written](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY(written);
    done = false;
    service.check(endpoint, this, [&](const EndpointCheck &result) {
        check = result;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(check.authenticated);
    QCOMPARE(check.models.size(), 1);
    QCOMPARE(check.models.first().contextLength, 32768);

    endpoint.url = QUrl(u"http://127.0.0.1:1/v1"_s); // nothing listens on port 1
    done = false;
    service.check(endpoint, this, [&](const EndpointCheck &result) {
        check = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!check.reachable);
    QVERIFY(!check.message.isEmpty());
}

void TestEndpoints::ollamaModels()
{
    m_server.route("GET", u"/api/tags"_s, [](const TestRequest &) {
        return TestResponse::json(
            R"({"models":[{"name":"llama3.2:latest","model":"llama3.2:latest"},{"name":"qwen3:8b"}]})");
    });
    EndpointService service(&m_multi, HubConfig(), nullptr);
    Endpoint ollama;
    ollama.name = u"ollama"_s;
    ollama.kind = EndpointKind::Ollama;
    ollama.url = m_server.url();
    QList<EndpointModel> models;
    bool done = false;
    service.listModels(ollama, this, [&](const QList<EndpointModel> &list, const QString &) {
        models = list;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(1).id, u"qwen3:8b"_s);
}

void TestEndpoints::detectLocal()
{
    m_server.route("GET", u"/api/tags"_s,
        [](const TestRequest &) { return TestResponse::json(R"({"models":[{"name":"llama3.2:latest"}]})"); });
    m_server.route("GET", u"/v1/models"_s, [](const TestRequest &) {
        return TestResponse::json(R"({"object":"list","data":[{"id":"m","object":"model","owned_by":"vllm"}]})");
    });
    EndpointService service(&m_multi, HubConfig(), nullptr);
    const QList<EndpointService::Probe> probes = {
        {EndpointKind::Ollama, u"Ollama"_s, u"127.0.0.1"_s, m_server.port()},
        {EndpointKind::OpenAi, u"OpenAI-compatible server"_s, u"127.0.0.1"_s, m_server.port()},
        {EndpointKind::OpenAi, u"nothing"_s, u"127.0.0.1"_s, 1},
    };
    QList<DetectedServer> servers;
    bool done = false;
    service.detectLocal(probes, this, [&](const QList<DetectedServer> &found) {
        servers = found;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(servers.size(), 2);
    QStringList products;
    for (const DetectedServer &server : servers)
        products.append(server.product);
    products.sort();
    QCOMPARE(products, (QStringList{u"Ollama"_s, u"vLLM"_s}));
    QVERIFY(EndpointService::defaultProbes().size() >= 6);
}

void TestEndpoints::resolveRevision_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("path"); // the endpoint's URL path
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("requested"); // the path the lookup asks, or empty for none
    QTest::newRow("router: the Hub's sha, policy suffix dropped")
        << int(EndpointKind::HfRouter) << u"/v1"_s << u"org/model:fastest"_s << u"0123abcd"_s
        << u"/api/models/org/model"_s;
    QTest::newRow("router: not a repo id")
        << int(EndpointKind::HfRouter) << u"/v1"_s << u"gpt-4o"_s << QString() << QString();
    QTest::newRow("tgi messages API: /info model_sha")
        << int(EndpointKind::Tgi) << u"/v1"_s << u"tgi"_s << u"feedbeef"_s << u"/info"_s;
    QTest::newRow("tgi generate_stream URL")
        << int(EndpointKind::Tgi) << u"/generate_stream"_s << u"tgi"_s << u"feedbeef"_s << u"/info"_s;
    QTest::newRow("dedicated endpoint") << int(EndpointKind::HfEndpoint) << u"/"_s << u"tgi"_s << u"feedbeef"_s
                                        << u"/info"_s;
    QTest::newRow("ollama: the model's digest")
        << int(EndpointKind::Ollama) << u"/api/chat"_s << u"qwen3:8b"_s << u"d1g3st"_s << u"/api/tags"_s;
    QTest::newRow("ollama: unknown model")
        << int(EndpointKind::Ollama) << QString() << u"nope"_s << QString() << u"/api/tags"_s;
    QTest::newRow("openai: unknown") << int(EndpointKind::OpenAi) << u"/v1"_s << u"m"_s << QString() << QString();
}

void TestEndpoints::resolveRevision()
{
    QFETCH(int, kind);
    QFETCH(QString, path);
    QFETCH(QString, model);
    QFETCH(QString, expected);
    QFETCH(QString, requested);
    m_server.route("GET", u"/api/models/org/model"_s, [](const TestRequest &request) {
        if (request.queryValues(u"expand[]"_s) != QStringList{u"sha"_s})
            return TestResponse::json(R"({"error":"expected expand[]=sha"})", 400);
        return TestResponse::json(R"({"_id":"x","id":"org/model","sha":"0123abcd"})");
    });
    m_server.route("GET", u"/info"_s, [](const TestRequest &) {
        return TestResponse::json(R"({"model_id":"org/model","model_sha":"feedbeef","max_total_tokens":4096})");
    });
    m_server.route("GET", u"/api/tags"_s, [](const TestRequest &) {
        return TestResponse::json(
            R"({"models":[{"name":"llama3.2:latest","digest":"aaa"},{"name":"qwen3:8b","model":"qwen3:8b","digest":"d1g3st"}]})");
    });
    HubConfig hub;
    hub.endpoint = m_server.url();
    EndpointService service(&m_multi, hub, nullptr);
    Endpoint endpoint;
    endpoint.name = u"e"_s;
    endpoint.kind = EndpointKind(kind);
    endpoint.url = m_server.url(path);
    QString revision = u"unset"_s;
    service.resolveRevision(endpoint, model, this, [&revision](const QString &found) { revision = found; });
    QTRY_VERIFY(revision != u"unset"_s);
    QCOMPARE(revision, expected);
    const QList<TestRequest> requests = m_server.requests();
    if (requested.isEmpty()) {
        QVERIFY(requests.isEmpty());
    } else {
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().path, requested);
    }
}

QTEST_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
