// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/database.h"
#include "app/storage/endpointstore.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

class TestEndpointStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }
    void addListUpdateRemove();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void persistsAcrossConnections();
};

namespace {
Endpoint sample(const QString &name = u"ollama"_s)
{
    Endpoint endpoint;
    endpoint.name = name;
    endpoint.kind = EndpointKind::Ollama;
    endpoint.url = QUrl(u"http://127.0.0.1:11434"_s);
    endpoint.defaultModel = u"llama3.2"_s;
    return endpoint;
}
} // namespace

void TestEndpointStore::addListUpdateRemove()
{
    EndpointStore store(Database::openInMemory());
    QSignalSpy changed(&store, &EndpointStore::changed);
    const qint64 id = store.add(sample());
    QVERIFY(id > 0);
    Endpoint router = sample(u"HF"_s);
    router.kind = EndpointKind::HfRouter;
    router.url = QUrl(u"https://router.huggingface.co/v1"_s);
    router.priceInputPerMillion = 0.5;
    router.apiKeyEnv = u"MY_KEY"_s;
    QVERIFY(store.add(router) > 0);
    QCOMPARE(changed.size(), 2);

    const QList<Endpoint> all = store.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().name, u"HF"_s); // by name, case-insensitive
    QCOMPARE(all.first().kind, EndpointKind::HfRouter);
    QCOMPARE(*all.first().priceInputPerMillion, 0.5);
    QVERIFY(!all.first().priceOutputPerMillion);
    QCOMPARE(all.first().apiKeyEnv, u"MY_KEY"_s);
    QVERIFY(all.first().createdAt.isValid());

    QVERIFY(store.byName(u"OLLAMA"_s));
    QCOMPARE(store.add(sample(u"Ollama"_s)), 0); // names are unique case-insensitively
    QVERIFY(store.lastError().contains(u"already exists"_s));

    Endpoint edited = *store.byId(id);
    edited.defaultModel = u"qwen3:8b"_s;
    edited.idleTimeoutSeconds = 30;
    QVERIFY(store.update(edited));
    QCOMPARE(store.byName(u"ollama"_s)->defaultModel, u"qwen3:8b"_s);
    QCOMPARE(store.byName(u"ollama"_s)->idleTimeoutSeconds, 30);
    edited.name = u"hf"_s;
    QVERIFY(!store.update(edited)); // clashes with another

    QVERIFY(store.remove(u"ollama"_s));
    QVERIFY(!store.remove(u"ollama"_s));
    QCOMPARE(store.list().size(), 1);
}

void TestEndpointStore::rejectsBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::newRow("bad name") << u"a b"_s << u"http://x"_s;
    QTest::newRow("no scheme") << u"x"_s << u"localhost:8080"_s;
    QTest::newRow("secret in url") << u"x"_s << u"https://k:secret@host/v1"_s;
}

void TestEndpointStore::rejectsBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    EndpointStore store(Database::openInMemory());
    Endpoint endpoint = sample(name);
    endpoint.url = QUrl(url);
    QCOMPARE(store.add(endpoint), 0);
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(store.list().isEmpty());
}

void TestEndpointStore::persistsAcrossConnections()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hublens.sqlite"_s);
    QString error;
    {
        std::unique_ptr<EndpointStore> store = EndpointStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->add(sample()) > 0);
    }
    std::unique_ptr<EndpointStore> again = EndpointStore::open(path, &error);
    QCOMPARE(again->list().size(), 1);
    QCOMPARE(again->list().first().url, QUrl(u"http://127.0.0.1:11434"_s));
}

QTEST_APPLESS_MAIN(TestEndpointStore)
#include "tst_endpointstore.moc"
