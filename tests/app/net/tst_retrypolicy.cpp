// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "app/net/retrypolicy.h"

using namespace Qt::StringLiterals;
using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        for (int status : {408, 429, 500, 502, 503, 504})
            QTest::addRow("%d retried", status) << status << true;
        for (int status : {200, 304, 400, 401, 403, 404, 409, 422, 501})
            QTest::addRow("%d final", status) << status << false;
    }

    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(Retry::isRetryableStatus(status), retryable);
    }

    void parseRateLimit()
    {
        // Values from huggingface_hub issue #3553 (hub-api.md §5).
        const RateLimitInfo info = Retry::parseRateLimit("\"api\";r=489;t=189", "\"fixed window\";\"api\";q=500;w=300");
        QVERIFY(info.isValid());
        QCOMPARE(info.resource, u"api"_s);
        QCOMPARE(info.remaining, 489);
        QCOMPARE(info.resetSeconds, 189);
        QCOMPARE(info.quota, 500);
        QCOMPARE(info.windowSeconds, 300);
        QVERIFY(!Retry::parseRateLimit("garbage").isValid());
        QVERIFY(!Retry::parseRateLimit({}).isValid());
    }

    void serverDelay_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("no hint") << Headers{} << qint64(-1);
        QTest::newRow("Retry-After seconds") << Headers{{"retry-after", "7"}} << qint64(7000);
        QTest::newRow("Retry-After HTTP date")
            << Headers{{"retry-after", "Wed, 01 Jan 2025 00:00:30 GMT"}} << qint64(30000);
        QTest::newRow("Retry-After garbage falls back to none") << Headers{{"retry-after", "soon"}} << qint64(-1);
        QTest::newRow("RateLimit exhausted waits t+1") << Headers{{"ratelimit", "\"api\";r=0;t=189"}} << qint64(190000);
        QTest::newRow("RateLimit with quota left is no hint")
            << Headers{{"ratelimit", "\"api\";r=12;t=189"}} << qint64(-1);
        QTest::newRow("Retry-After wins over RateLimit")
            << Headers{{"ratelimit", "\"api\";r=0;t=189"}, {"Retry-After", "2"}} << qint64(2000);
    }

    void serverDelay()
    {
        QFETCH(Headers, headers);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(Retry::serverDelayMs(headers, now), expected);
    }

    void providerDelay_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("no hint") << Headers{} << qint64(-1);
        QTest::newRow("retry-after-ms") << Headers{{"retry-after-ms", "250"}} << qint64(250);
        QTest::newRow("OpenAI: requests exhausted, Go duration") << Headers{{"x-ratelimit-remaining-requests", "0"},
            {"x-ratelimit-reset-requests", "6m0s"}, {"x-ratelimit-remaining-tokens", "1200"},
            {"x-ratelimit-reset-tokens", "20ms"}} << qint64(360000);
        QTest::newRow("Cerebras: tokens exhausted, float seconds") << Headers{{"x-ratelimit-remaining-requests", "10"},
            {"x-ratelimit-reset-requests", "33.2"}, {"x-ratelimit-remaining-tokens", "0"},
            {"x-ratelimit-reset-tokens", "1.5"}} << qint64(1500);
        QTest::newRow("resets without remaining: the shortest")
            << Headers{{"x-ratelimit-reset-requests", "2s"}, {"x-ratelimit-reset-tokens", "1m"}} << qint64(2000);
        QTest::newRow("retry-after-ms wins")
            << Headers{{"x-ratelimit-reset-requests", "2s"}, {"Retry-After-Ms", "40"}} << qint64(40);
        QTest::newRow("garbage") << Headers{{"x-ratelimit-reset-requests", "soon"}} << qint64(-1);
    }

    void providerDelay()
    {
        QFETCH(Headers, headers);
        QFETCH(qint64, expected);
        QCOMPARE(Retry::providerDelayMs(headers), expected);
        QCOMPARE(Retry::parseDurationMs("1h2m3.5s"), qint64(3723500));
        QCOMPARE(Retry::parseDurationMs("2s garbage"), qint64(-1));
        // For a successful answer only an exhausted limit counts.
        QCOMPARE(Retry::providerDelayMs(Headers{{"x-ratelimit-reset-requests", "2s"}}, true), qint64(-1));
        QCOMPARE(Retry::providerDelayMs(
                     Headers{{"x-ratelimit-remaining-requests", "0"}, {"x-ratelimit-reset-requests", "2s"}}, true),
            qint64(2000));
    }

    void backoffGrowsAndIsCapped()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        for (int i = 0; i < 50; ++i) {
            const int first = Retry::backoffDelayMs(policy, 1);
            QVERIFY(first >= 80 && first <= 120);
            const int third = Retry::backoffDelayMs(policy, 3);
            QVERIFY(third >= 320 && third <= 480);
            QVERIFY(Retry::backoffDelayMs(policy, 30) <= 1000);
        }
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
