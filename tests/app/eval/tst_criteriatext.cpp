// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonObject>
#include <QTest>

#include "app/eval/criteriatext.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

class TestCriteriaText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }
    void parses();
    void roundTrip();
    void errorsNameTheLine_data();
    void errorsNameTheLine();
};

void TestCriteriaText::parses()
{
    QString error;
    const QJsonArray criteria = CriteriaText::fromText(
        u"# keep it fast\nmean_rating >= 4\n\n  win_rate>=60% baseline=gpt-4o\np95_latency_ms <= 2000 "
        "endpoint=\"local llama\"\ncost_per_1k_output_tokens < 0.25"_s,
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(criteria.size(), 4);
    QCOMPARE(
        criteria[0].toObject(), QJsonObject({{u"metric"_s, u"mean_rating"_s}, {u"op"_s, u">="_s}, {u"value"_s, 4}}));
    QCOMPARE(criteria[1].toObject().value(u"baseline"_s).toString(), u"gpt-4o"_s);
    QCOMPARE(criteria[1].toObject().value(u"value"_s).toDouble(), 60.0);
    QCOMPARE(criteria[2].toObject().value(u"endpoint"_s).toString(), u"local llama"_s);
    QCOMPARE(criteria[3].toObject().value(u"op"_s).toString(), u"<"_s);
    QCOMPARE(criteria[3].toObject().value(u"value"_s).toDouble(), 0.25);
}

void TestCriteriaText::roundTrip()
{
    const QJsonArray criteria{
        QJsonObject{{u"metric"_s, u"win_rate"_s}, {u"op"_s, u">="_s}, {u"value"_s, 55.5},
            {u"baseline"_s, u"a \"quoted\" name"_s}},
        QJsonObject{{u"metric"_s, u"error_rate"_s}, {u"op"_s, u"<="_s}, {u"value"_s, 2}},
    };
    QString error;
    QCOMPARE(CriteriaText::fromText(CriteriaText::toText(criteria), &error), criteria);
    QVERIFY(error.isEmpty());
}

void TestCriteriaText::errorsNameTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("line");
    QTest::newRow("no operator") << u"mean_rating 4"_s << u"line 1:"_s;
    QTest::newRow("not a number") << u"mean_rating >= 4\nerror_rate <= few"_s << u"line 2:"_s;
    QTest::newRow("bad option") << u"\n\nwin_rate >= 60 baseline"_s << u"line 3:"_s;
    QTest::newRow("equals is not an operator") << u"mean_rating = 4"_s << u"line 1:"_s;
}

void TestCriteriaText::errorsNameTheLine()
{
    QFETCH(QString, text);
    QFETCH(QString, line);
    QString error;
    QVERIFY(CriteriaText::fromText(text, &error).isEmpty());
    QVERIFY2(error.startsWith(line), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCriteriaText)
#include "tst_criteriatext.moc"
