// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "app/net/linkheader.h"

using namespace Qt::StringLiterals;

class TestLinkHeader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("rel");
        QTest::addColumn<QByteArray>("expected");
        // The maintainer's example from huggingface_hub PR #1176 (hub-api.md §1.2): the cursor stays encoded.
        QTest::newRow("hub cursor kept verbatim")
            << QByteArray("<http://localhost:5564/api/"
                          "models?limit=10&sort=likes&direction=-1&cursor="
                          "eyIkb3IiOlt7Imxpa2VzIjoyOTQsIl9pZCI6eyIkZ3QiOiI2MjFmZmRjMTM2NDY4ZDcwOWYxNzlhMTIifX0seyJsaWtl"
                          "cyI6eyIkbHQiOjI5NH19XX0%3D>; rel=\"next\"")
            << QByteArray("next")
            << QByteArray("http://localhost:5564/api/"
                          "models?limit=10&sort=likes&direction=-1&cursor="
                          "eyIkb3IiOlt7Imxpa2VzIjoyOTQsIl9pZCI6eyIkZ3QiOiI2MjFmZmRjMTM2NDY4ZDcwOWYxNzlhMTIifX0seyJsaWtl"
                          "cyI6eyIkbHQiOjI5NH19XX0%3D");
        QTest::newRow("no rel=next") << QByteArray("<https://huggingface.co/api/models?cursor=abc>; rel=\"prev\"")
                                     << QByteArray("next") << QByteArray();
        QTest::newRow("empty header") << QByteArray() << QByteArray("next") << QByteArray();
        QTest::newRow("several links, next second")
            << QByteArray("<https://h/a?x=1>; rel=\"prev\", <https://h/b?x=2>; rel=\"next\"") << QByteArray("next")
            << QByteArray("https://h/b?x=2");
        QTest::newRow("unquoted rel and extra params")
            << QByteArray("<https://h/c>; title=\"x, y\"; rel=next") << QByteArray("next") << QByteArray("https://h/c");
        QTest::newRow("multiple relation types")
            << QByteArray("<https://h/d>; rel=\"last next\"") << QByteArray("next") << QByteArray("https://h/d");
        QTest::newRow("relative target resolved")
            << QByteArray("</api/models?cursor=x%2By>; rel=\"next\"") << QByteArray("next")
            << QByteArray("https://huggingface.co/api/models?cursor=x%2By");
        QTest::newRow("garbage") << QByteArray("<<<;;;rel=") << QByteArray("next") << QByteArray();
        QTest::newRow("unterminated") << QByteArray("<https://h/e; rel=\"next\"") << QByteArray("next") << QByteArray();
    }

    void find()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, rel);
        QFETCH(QByteArray, expected);
        const QUrl url = LinkHeader::find(value, rel, QUrl(u"https://huggingface.co/api/models?limit=5"_s));
        QCOMPARE(url.toEncoded(), expected);
    }
};

QTEST_APPLESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"
