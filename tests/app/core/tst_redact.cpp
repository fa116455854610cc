// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
#include <QUrl>

#include "app/core/redact.h"

using namespace Qt::StringLiterals;

class TestRedact final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nothing secret") << u"GET /api/models?search=llama&limit=100 -> 200"_s
                                        << u"GET /api/models?search=llama&limit=100 -> 200"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("authorization header")
            << u"Authorization: Bearer hf_AbCdEfGhIjKlMnOpQrStUv"_s << u"Authorization: Bearer ***"_s;
        QTest::newRow("bearer, any case, JWT-ish")
            << u"header: bearer eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl"_s << u"header: bearer ***"_s;
        QTest::newRow("basic credentials") << u"Basic dXNlcjpwYXNzd29yZA=="_s << u"Basic ***"_s;
        QTest::newRow("token scheme") << u"Authorization: token ghp_abcdef123456"_s << u"Authorization: token ***"_s;
        QTest::newRow("bare hf_ token") << u"the key hf_AbCdEfGh1234 was rejected"_s
                                        << u"the key hf_*** was rejected"_s;
        QTest::newRow("hf_ token in a path") << u"/tmp/hf_AbCdEfGh1234/x"_s << u"/tmp/hf_***/x"_s;
        QTest::newRow("two hf_ tokens") << u"hf_AAAAAAAAAA and hf_BBBBBBBBBB"_s << u"hf_*** and hf_***"_s;
        QTest::newRow("short hf_ words stay") << u"hf_hub and hf_xet"_s << u"hf_hub and hf_xet"_s;
        QTest::newRow("hf_ inside a word stays") << u"myhf_AbCdEfGh1234"_s << u"myhf_AbCdEfGh1234"_s;
        QTest::newRow("sk- key") << u"OPENAI sk-proj-AbCdEf123456_xyz failed"_s << u"OPENAI sk-*** failed"_s;
        QTest::newRow("short sk- stays") << u"sk-1234"_s << u"sk-1234"_s;
        QTest::newRow("token= query value")
            << u"https://x.example/p?token=abc123&limit=5"_s << u"https://x.example/p?token=***&limit=5"_s;
        QTest::newRow("access_token= query value") << u"?access_token=abc.def&x=1"_s << u"?access_token=***&x=1"_s;
        QTest::newRow("api_key= query value") << u"?q=1&api_key=secret-value"_s << u"?q=1&api_key=***"_s;
        QTest::newRow("apikey=, upper case") << u"?APIKEY=secret"_s << u"?APIKEY=***"_s;
        QTest::newRow("key= up to whitespace") << u"key=s3cr3t next"_s << u"key=*** next"_s;
        QTest::newRow("all at once") << u"Bearer hf_AbCdEfGh1234 then ?api_key=sk-abcdefghijk&token=t0k"_s
                                     << u"Bearer *** then ?api_key=***&token=***"_s;
    }

    void text()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Redact::text(input), expected);
    }

    void url_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << QUrl(u"https://huggingface.co/api/models?search=llama"_s)
                               << u"https://huggingface.co/api/models?search=llama"_s;
        QTest::newRow("user and password")
            << QUrl(u"https://user:secret@huggingface.co/api/models"_s) << u"https://huggingface.co/api/models"_s;
        QTest::newRow("token as user") << QUrl(u"https://hf_AbCdEfGh1234@huggingface.co/x"_s)
                                       << u"https://huggingface.co/x"_s;
        QTest::newRow("token query value") << QUrl(u"http://127.0.0.1:8080/rows?dataset=a/b&token=abc"_s)
                                           << u"http://127.0.0.1:8080/rows?dataset=a/b&token=***"_s;
        QTest::newRow("hf_ token in the path")
            << QUrl(u"https://proxy.example/hf_AbCdEfGh1234/api"_s) << u"https://proxy.example/hf_***/api"_s;
        QTest::newRow("percent-encoding kept")
            << QUrl(u"https://huggingface.co/api/models/a/b/revision/refs%2Fpr%2F1"_s)
            << u"https://huggingface.co/api/models/a/b/revision/refs%2Fpr%2F1"_s;
    }

    void url()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, expected);
        QCOMPARE(Redact::url(url), expected);
    }

    void isSecretHeader_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("secret");
        for (const QByteArray &name : {QByteArray("Authorization"), QByteArray("authorization"),
                 QByteArray("AUTHORIZATION"), QByteArray("Proxy-Authorization"), QByteArray("Cookie"),
                 QByteArray("X-Api-Key"), QByteArray("api-key")})
            QTest::newRow(name.constData()) << name << true;
        for (const QByteArray &name :
            {QByteArray("Accept"), QByteArray("Content-Type"), QByteArray("User-Agent"), QByteArray("If-None-Match"),
                QByteArray("X-Error-Code"), QByteArray("RateLimit"), QByteArray("Authorization-Hint"), QByteArray()})
            QTest::newRow(QByteArray("not " + name).constData()) << name << false;
    }

    void isSecretHeader()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, secret);
        QCOMPARE(Redact::isSecretHeader(name), secret);
    }
};

QTEST_APPLESS_MAIN(TestRedact)
#include "tst_redact.moc"
