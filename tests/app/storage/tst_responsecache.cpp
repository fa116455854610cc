// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <thread>
#include <vector>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/responsecache.h"

using namespace Qt::StringLiterals;

namespace {

CachedResponse makeResponse(const QByteArray &url, const QByteArray &body)
{
    CachedResponse response;
    response.url = url;
    response.status = 200;
    response.etag = "\"" + url.right(8) + "\"";
    response.contentType = "application/json; charset=utf-8";
    response.linkHeader = "<https://huggingface.co/api/models?cursor=abc%3D%3D>; rel=\"next\"";
    response.body = body;
    response.fetchedAt = QDateTime(QDate(2024, 6, 1), QTime(8, 30, 15, 250), Qt::UTC);
    return response;
}

qint64 entrySize(const CachedResponse &r)
{
    return r.url.size() + r.etag.size() + r.contentType.size() + r.linkHeader.size() + r.body.size();
}

} // namespace

class TestResponseCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void missIsNullopt();
    void replace();
    void touchUpdatesFetchedAt();
    void touchUnknownUrl();
    void totalsAndClear();
    void evictsLeastRecentlyAccessed();
    void lookupCountsAsAccess();
    void entryLargerThanCapNotKept();
    void setMaxBytesEvictsNow();
    void persistsAcrossReopen();
    void concurrentUse();
    void twoCachesOnOneFile();
    void openFailureReported();

private:
    std::unique_ptr<ResponseCache> openCache(const QString &name = u"cache.sqlite3"_s);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestResponseCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestResponseCache::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<ResponseCache> TestResponseCache::openCache(const QString &name)
{
    QString error;
    auto cache = ResponseCache::open(m_dir->filePath(name), &error);
    if (!cache)
        qWarning("cannot open the cache: %s", qPrintable(error));
    return cache;
}

void TestResponseCache::roundTrip_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("linkHeader");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("typical JSON page") << QByteArray("https://huggingface.co/api/models?search=bert&limit=50") << 200
                                       << QByteArray("W/\"1a2b\"") << QByteArray("application/json")
                                       << QByteArray("<https://huggingface.co/api/models?cursor=x>; rel=\"next\"")
                                       << QByteArray("[{\"id\":\"bert-base-uncased\"}]");
    QTest::newRow("no etag, no link, empty body") << QByteArray("https://huggingface.co/api/models/x") << 204
                                                  << QByteArray() << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("binary body with NULs")
        << QByteArray("https://huggingface.co/x/resolve/main/model.bin") << 200 << QByteArray("\"sha\"")
        << QByteArray("application/octet-stream") << QByteArray() << QByteArray("\0\1\2\0\xff", 5);
    QTest::newRow("404 and unicode URL bytes")
        << QByteArray("https://huggingface.co/api/models/\xc3\xa9t\xc3\xa9") << 404 << QByteArray()
        << QByteArray("text/plain") << QByteArray() << QByteArray("Not Found");
    QTest::newRow("1 MiB body") << QByteArray("https://huggingface.co/big") << 200 << QByteArray("\"big\"")
                                << QByteArray("application/json") << QByteArray() << QByteArray(1 << 20, 'j');
}

void TestResponseCache::roundTrip()
{
    QFETCH(QByteArray, url);
    QFETCH(int, status);
    QFETCH(QByteArray, etag);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, linkHeader);
    QFETCH(QByteArray, body);
    auto cache = openCache();
    QVERIFY(cache);
    CachedResponse response;
    response.url = url;
    response.status = status;
    response.etag = etag;
    response.contentType = contentType;
    response.linkHeader = linkHeader;
    response.body = body;
    response.fetchedAt = QDateTime(QDate(2024, 6, 1), QTime(8, 30, 15, 250), Qt::OffsetFromUTC, 3600);
    QVERIFY(cache->store(response));

    const std::optional<CachedResponse> back = cache->lookup(url);
    QVERIFY(back);
    QCOMPARE(back->url, url);
    QCOMPARE(back->status, status);
    QCOMPARE(back->etag, etag);
    QCOMPARE(back->contentType, contentType);
    QCOMPARE(back->linkHeader, linkHeader);
    QCOMPARE(back->body, body);
    QCOMPARE(back->body.size(), body.size());
    QCOMPARE(back->fetchedAt, response.fetchedAt);
    QCOMPARE(back->fetchedAt.timeSpec(), Qt::UTC);
    QCOMPARE(cache->entryCount(), 1);
    QCOMPARE(cache->totalBytes(), entrySize(response));
}

void TestResponseCache::missIsNullopt()
{
    auto cache = openCache();
    QVERIFY(!cache->lookup("https://huggingface.co/none"));
    QVERIFY(cache->store(makeResponse("https://huggingface.co/a", "A")));
    QVERIFY(!cache->lookup("https://huggingface.co/a?")); // the key is verbatim
    QVERIFY(!cache->lookup("https://huggingface.co/A"));
}

void TestResponseCache::replace()
{
    auto cache = openCache();
    const QByteArray url = "https://huggingface.co/api/models/gpt2";
    QVERIFY(cache->store(makeResponse(url, "old body")));
    CachedResponse newer = makeResponse(url, "a newer and longer body");
    newer.etag = "\"v2\"";
    newer.linkHeader.clear();
    newer.fetchedAt = newer.fetchedAt.addSecs(3600);
    QVERIFY(cache->store(newer));
    QCOMPARE(cache->entryCount(), 1);
    QCOMPARE(cache->totalBytes(), entrySize(newer));
    const auto back = cache->lookup(url);
    QVERIFY(back);
    QCOMPARE(back->body, newer.body);
    QCOMPARE(back->etag, QByteArray("\"v2\""));
    QVERIFY(back->linkHeader.isEmpty());
    QCOMPARE(back->fetchedAt, newer.fetchedAt);
}

void TestResponseCache::touchUpdatesFetchedAt()
{
    auto cache = openCache();
    const CachedResponse response = makeResponse("https://huggingface.co/api/datasets/squad", "{}");
    QVERIFY(cache->store(response));
    const QDateTime later = QDateTime::currentDateTimeUtc();
    QVERIFY(cache->touch(response.url, later));
    const auto back = cache->lookup(response.url);
    QVERIFY(back);
    QCOMPARE(back->fetchedAt, later);
    QCOMPARE(back->body, response.body); // only the time changes
    QCOMPARE(back->etag, response.etag);
}

void TestResponseCache::touchUnknownUrl()
{
    auto cache = openCache();
    QVERIFY(!cache->touch("https://huggingface.co/unknown", QDateTime::currentDateTimeUtc()));
    QCOMPARE(cache->entryCount(), 0);
}

void TestResponseCache::totalsAndClear()
{
    auto cache = openCache();
    QCOMPARE(cache->totalBytes(), 0);
    QCOMPARE(cache->entryCount(), 0);
    qint64 expected = 0;
    for (int i = 0; i < 10; ++i) {
        const CachedResponse response =
            makeResponse("https://huggingface.co/" + QByteArray::number(i), QByteArray(100 * i, 'b'));
        expected += entrySize(response);
        QVERIFY(cache->store(response));
    }
    QCOMPARE(cache->entryCount(), 10);
    QCOMPARE(cache->totalBytes(), expected);
    QVERIFY(cache->clear());
    QCOMPARE(cache->entryCount(), 0);
    QCOMPARE(cache->totalBytes(), 0);
    QVERIFY(!cache->lookup("https://huggingface.co/1"));
}

void TestResponseCache::evictsLeastRecentlyAccessed()
{
    auto cache = openCache();
    QCOMPARE(cache->maxBytes(), ResponseCache::DefaultMaxBytes);
    const CachedResponse a = makeResponse("https://huggingface.co/a", QByteArray(1000, 'a'));
    const CachedResponse b = makeResponse("https://huggingface.co/b", QByteArray(1000, 'b'));
    const CachedResponse c = makeResponse("https://huggingface.co/c", QByteArray(1000, 'c'));
    const CachedResponse d = makeResponse("https://huggingface.co/d", QByteArray(1000, 'd'));
    // Room for exactly three entries.
    cache->setMaxBytes(entrySize(a) * 3 + 10);
    QVERIFY(cache->store(a));
    QVERIFY(cache->store(b));
    QVERIFY(cache->store(c));
    QCOMPARE(cache->entryCount(), 3);
    QVERIFY(cache->touch(a.url, QDateTime::currentDateTimeUtc())); // a is now more recent than b and c
    QVERIFY(cache->store(d));
    QCOMPARE(cache->entryCount(), 3);
    QVERIFY(!cache->lookup(b.url)); // the least recently accessed
    QVERIFY(cache->lookup(a.url));
    QVERIFY(cache->lookup(c.url));
    QVERIFY(cache->lookup(d.url));
    QVERIFY(cache->totalBytes() <= cache->maxBytes());
}

void TestResponseCache::lookupCountsAsAccess()
{
    auto cache = openCache();
    const CachedResponse a = makeResponse("https://huggingface.co/a", QByteArray(1000, 'a'));
    const CachedResponse b = makeResponse("https://huggingface.co/b", QByteArray(1000, 'b'));
    const CachedResponse c = makeResponse("https://huggingface.co/c", QByteArray(1000, 'c'));
    cache->setMaxBytes(entrySize(a) * 2 + 10);
    QVERIFY(cache->store(a));
    QVERIFY(cache->store(b));
    QVERIFY(cache->lookup(a.url)); // b becomes the oldest
    QVERIFY(cache->store(c));
    QVERIFY(cache->lookup(a.url));
    QVERIFY(!cache->lookup(b.url));
    QVERIFY(cache->lookup(c.url));
}

void TestResponseCache::entryLargerThanCapNotKept()
{
    auto cache = openCache();
    cache->setMaxBytes(500);
    const CachedResponse small = makeResponse("https://huggingface.co/small", "s");
    QVERIFY(cache->store(small));
    QVERIFY(cache->store(makeResponse("https://huggingface.co/huge", QByteArray(1000, 'h'))));
    QVERIFY(!cache->lookup("https://huggingface.co/huge"));
    QVERIFY(cache->lookup(small.url)); // the others stay
    QCOMPARE(cache->totalBytes(), entrySize(small));
}

void TestResponseCache::setMaxBytesEvictsNow()
{
    auto cache = openCache();
    for (int i = 0; i < 5; ++i)
        QVERIFY(cache->store(makeResponse("https://huggingface.co/" + QByteArray::number(i), QByteArray(1000, 'x'))));
    const qint64 one = entrySize(makeResponse("https://huggingface.co/4", QByteArray(1000, 'x')));
    cache->setMaxBytes(one * 2);
    QCOMPARE(cache->entryCount(), 2);
    QVERIFY(cache->lookup("https://huggingface.co/4"));
    QVERIFY(cache->lookup("https://huggingface.co/3"));
    cache->setMaxBytes(0);
    QCOMPARE(cache->entryCount(), 0);
}

void TestResponseCache::persistsAcrossReopen()
{
    const CachedResponse response = makeResponse("https://huggingface.co/api/spaces", "[1,2,3]");
    {
        auto cache = openCache();
        QVERIFY(cache->store(response));
    }
    auto reopened = openCache();
    QVERIFY(reopened);
    const auto back = reopened->lookup(response.url);
    QVERIFY(back);
    QCOMPARE(back->body, response.body);
    QCOMPARE(back->etag, response.etag);
    QCOMPARE(back->linkHeader, response.linkHeader);
    QCOMPARE(back->fetchedAt, response.fetchedAt);
    QCOMPARE(reopened->entryCount(), 1);
}

void TestResponseCache::concurrentUse()
{
    auto cache = openCache();
    cache->setMaxBytes(200 * 1024); // small enough that eviction runs concurrently too
    constexpr int Threads = 4;
    constexpr int PerThread = 100;
    std::atomic<int> failures = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&cache, &failures, t] {
            for (int i = 0; i < PerThread; ++i) {
                const QByteArray url =
                    "https://huggingface.co/t" + QByteArray::number(t) + "/" + QByteArray::number(i % 20);
                const QByteArray body = QByteArray(1024 + i, char('a' + t));
                if (!cache->store(makeResponse(url, body)))
                    ++failures;
                // Another thread may evict it in between, but what comes back must be intact.
                const auto back = cache->lookup(url);
                if (back && back->url != url)
                    ++failures;
                if (back && (back->body.isEmpty() || back->body.front() != char('a' + t)))
                    ++failures;
                if (i % 10 == 0 && !cache->touch(url, QDateTime::currentDateTimeUtc()) && cache->lookup(url))
                    ++failures;
                if (cache->entryCount() < 0 || cache->totalBytes() < 0)
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QVERIFY(cache->totalBytes() <= 200 * 1024);
    QVERIFY(cache->entryCount() > 0);
}

void TestResponseCache::twoCachesOnOneFile()
{
    // The GUI and the CLI may share the data folder: two connections on one file must agree.
    auto first = openCache();
    auto second = openCache();
    QVERIFY(first && second);
    const CachedResponse response = makeResponse("https://huggingface.co/shared", "shared");
    QVERIFY(first->store(response));
    const auto back = second->lookup(response.url);
    QVERIFY(back);
    QCOMPARE(back->body, response.body);
    QVERIFY(second->clear());
    QCOMPARE(first->entryCount(), 0);
}

void TestResponseCache::openFailureReported()
{
    const QString blocker = m_dir->filePath(u"file"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot create the database folder"_s));
    QVERIFY(!ResponseCache::open(blocker + u"/cache.sqlite3"_s, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
