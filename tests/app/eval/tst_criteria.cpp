// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QJsonDocument>
#include <QTest>

#include "app/eval/criteria.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

namespace {

QJsonValue jsonFrom(const QString &text)
{
    // Wrapped in an array so scalars ("4") parse too.
    return QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8()).array().first();
}

StoredRun run(qint64 id, const QString &endpoint, RunStatus status, double totalMs, double ttftMs = -1,
    qint64 tokens = -1, std::optional<double> cost = std::nullopt)
{
    StoredRun run;
    run.id = id;
    run.endpointName = endpoint;
    run.result.status = status;
    run.result.totalMs = totalMs;
    run.result.ttftMs = ttftMs;
    run.result.completionTokens = tokens;
    run.result.costUsd = cost;
    return run;
}

Judgment rating(qint64 runId, const QString &reviewer, std::optional<int> value)
{
    Judgment judgment;
    judgment.runId = runId;
    judgment.reviewer = reviewer;
    judgment.rating = value;
    if (!value)
        judgment.note = u"no rating, only a note"_s;
    return judgment;
}

PairJudgment pair(qint64 runA, qint64 runB, PairOutcome outcome, const QString &reviewer)
{
    PairJudgment pair;
    pair.runA = runA;
    pair.runB = runB;
    pair.outcome = outcome;
    pair.reviewer = reviewer;
    return pair;
}

// The session every evaluation test reads (values worked out by hand in evaluate_data()):
//   alpha: 1 ok 100 ms (ttft 10, 100 tokens, $0.001), 2 ok 200 ms (ttft 20, 300 tokens, $0.002), 3 failed,
//          4 ok 400 ms (ttft 40, no usage, no cost)
//   beta:  5 ok 1000 ms (ttft 100, 500 tokens, $0.01), 6 truncated, 7 cancelled
//   Gamma: 8 ok 300 ms
CriteriaInput session()
{
    CriteriaInput input;
    input.runs = {run(1, u"alpha"_s, RunStatus::Succeeded, 100, 10, 100, 0.001),
        run(2, u"alpha"_s, RunStatus::Succeeded, 200, 20, 300, 0.002), run(3, u"alpha"_s, RunStatus::Failed, 50),
        run(4, u"alpha"_s, RunStatus::Succeeded, 400, 40),
        run(5, u"beta"_s, RunStatus::Succeeded, 1000, 100, 500, 0.01), run(6, u"beta"_s, RunStatus::Truncated, 900, 90),
        run(7, u"beta"_s, RunStatus::Cancelled, -1), run(8, u"Gamma"_s, RunStatus::Succeeded, 300, 30)};
    input.judgments = {rating(1, u"Ana"_s, 5), rating(1, u"Ben"_s, 4), rating(2, u"Ana"_s, 3),
        rating(3, u"Ana"_s, std::nullopt), rating(5, u"Ana"_s, 2), rating(5, u"Ben"_s, 3)};
    input.pairs = {pair(1, 5, PairOutcome::A, u"Ana"_s), pair(1, 5, PairOutcome::Tie, u"Ben"_s),
        pair(2, 6, PairOutcome::B, u"Ana"_s), pair(4, 5, PairOutcome::BothBad, u"Ana"_s),
        pair(2, 5, PairOutcome::B, u"Ben"_s), pair(1, 2, PairOutcome::A, u"Ana"_s),
        pair(3, 8, PairOutcome::A, u"Ana"_s)};
    return input;
}

// "alpha=4:3:pass; Gamma=-:0:no-data" → one line per result, for readable comparisons.
QStringList describe(const QList<CriterionResult> &results)
{
    QStringList lines;
    for (const CriterionResult &result : results) {
        lines.append(
            u"%1=%2:%3:%4"_s.arg(result.endpoint, result.value ? QString::number(*result.value, 'g', 10) : u"-"_s,
                QString::number(result.evidence), Criteria::stateName(result.state)));
    }
    return lines;
}

} // namespace

class TestCriteria final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }

    void parse_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error"); // a part of the message; empty: valid
        QTest::addColumn<QString>("text"); // Criterion::text() of a valid one

        QTest::newRow("mean rating") << uR"({"metric":"mean_rating","op":">=","value":4})"_s << QString()
                                     << u"mean_rating >= 4"_s;
        QTest::newRow("win rate, op defaults to >=") << uR"({"metric":"win_rate","baseline":"gpt-4o","value":60})"_s
                                                     << QString() << u"win_rate >= 60 vs gpt-4o"_s;
        QTest::newRow("latency, op defaults to <=")
            << uR"({"metric":"p95_latency_ms","value":2000,"endpoint":"alpha"})"_s << QString()
            << u"p95_latency_ms <= 2000 for alpha"_s;
        QTest::newRow("ttft strict") << uR"({"metric":"ttft_p95_ms","op":"<","value":500})"_s << QString()
                                     << u"ttft_p95_ms < 500"_s;
        QTest::newRow("error rate") << uR"({"metric":"error_rate","op":"<=","value":2.5})"_s << QString()
                                    << u"error_rate <= 2.5"_s;
        QTest::newRow("cost") << uR"({"metric":"cost_per_1k_output_tokens","op":"<","value":0.01})"_s << QString()
                              << u"cost_per_1k_output_tokens < 0.01"_s;
        QTest::newRow("not an object") << u"4"_s << u"must be a JSON object"_s << QString();
        QTest::newRow("no metric") << uR"({"op":">=","value":4})"_s << u"has no metric"_s << QString();
        QTest::newRow("unknown metric") << uR"({"metric":"median_rating","op":">=","value":4})"_s
                                        << u"unknown metric 'median_rating'"_s << QString();
        QTest::newRow("bad op") << uR"({"metric":"mean_rating","op":"=>","value":4})"_s << u"bad op '=>'"_s
                                << QString();
        QTest::newRow("equality is no op")
            << uR"({"metric":"mean_rating","op":"==","value":4})"_s << u"bad op '=='"_s << QString();
        QTest::newRow("op not a string") << uR"({"metric":"mean_rating","op":1,"value":4})"_s << u"bad op"_s
                                         << QString();
        QTest::newRow("missing value") << uR"({"metric":"mean_rating","op":">="})"_s << u"mean_rating has no value"_s
                                       << QString();
        QTest::newRow("value is text") << uR"({"metric":"mean_rating","op":">=","value":"4"})"_s
                                       << u"must be a number"_s << QString();
        QTest::newRow("unknown key") << uR"({"metric":"mean_rating","op":">=","threshold":4})"_s
                                     << u"unknown key 'threshold'"_s << QString();
        QTest::newRow("win rate without baseline")
            << uR"({"metric":"win_rate","value":60})"_s << u"needs a baseline"_s << QString();
        QTest::newRow("win rate against itself")
            << uR"({"metric":"win_rate","value":60,"baseline":"A","endpoint":"a"})"_s << u"not with itself"_s
            << QString();
        QTest::newRow("win rate over 100")
            << uR"({"metric":"win_rate","value":160,"baseline":"b"})"_s << u"from 0 to 100"_s << QString();
        QTest::newRow("baseline on another metric") << uR"({"metric":"mean_rating","value":4,"baseline":"b"})"_s
                                                    << u"only win_rate takes a baseline"_s << QString();
        QTest::newRow("empty endpoint") << uR"({"metric":"mean_rating","value":4,"endpoint":" "})"_s
                                        << u"'endpoint' must be an endpoint name"_s << QString();
    }

    void parse()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        QFETCH(QString, text);
        QString reason;
        const std::optional<Criterion> criterion = Criteria::parse(jsonFrom(json), &reason);
        if (!error.isEmpty()) {
            QVERIFY(!criterion);
            QVERIFY2(reason.contains(error), qPrintable(reason));
            return;
        }
        QVERIFY2(criterion, qPrintable(reason));
        QCOMPARE(criterion->text(), text);
        // What toJson() writes reads back the same.
        const std::optional<Criterion> again = Criteria::parse(criterion->toJson(), &reason);
        QVERIFY(again);
        QCOMPARE(again->toJson(), criterion->toJson());
    }

    void parseAllNamesTheBadOne()
    {
        QString error;
        const QJsonArray array =
            jsonFrom(uR"([{"metric":"mean_rating","value":4},{"metric":"speed","value":1}])"_s).toArray();
        QVERIFY(!Criteria::parseAll(array, &error));
        QVERIFY2(error.startsWith(u"criterion 2: unknown metric 'speed'"_s), qPrintable(error));
        const std::optional<QList<Criterion>> one = Criteria::parseAll(QJsonArray{array.first()}, &error);
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
    }

    void parseText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("baseline");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::addColumn<QString>("expected");

        QTest::newRow("spaced") << u"mean_rating >= 4"_s << QString() << QString() << u"mean_rating >= 4"_s;
        QTest::newRow("compact with percent") << u"error_rate<5%"_s << QString() << QString() << u"error_rate < 5"_s;
        QTest::newRow("win rate with its baseline")
            << u"win_rate > 55.5 %"_s << u"beta"_s << QString() << u"win_rate > 55.5 vs beta"_s;
        QTest::newRow("win rate without") << u"win_rate >= 60"_s << QString() << u"needs a baseline"_s << QString();
        QTest::newRow("percent of a rating")
            << u"mean_rating >= 4%"_s << QString() << u"not a percentage"_s << QString();
        QTest::newRow("no comparison") << u"mean_rating 4"_s << QString() << u"has no comparison"_s << QString();
        QTest::newRow("equals") << u"mean_rating == 4"_s << QString() << u"bad op '=='"_s << QString();
        QTest::newRow("no value") << u"mean_rating >="_s << QString() << u"has no value"_s << QString();
        QTest::newRow("value not a number")
            << u"mean_rating >= four"_s << QString() << u"must be a number"_s << QString();
        QTest::newRow("no metric") << u">= 4"_s << QString() << u"not of the form"_s << QString();
    }

    void parseText()
    {
        QFETCH(QString, text);
        QFETCH(QString, baseline);
        QFETCH(QString, error);
        QFETCH(QString, expected);
        QString reason;
        const std::optional<Criterion> criterion = Criteria::parseText(text, &reason, QString(), baseline);
        if (!error.isEmpty()) {
            QVERIFY(!criterion);
            QVERIFY2(reason.contains(error), qPrintable(reason));
            return;
        }
        QVERIFY2(criterion, qPrintable(reason));
        QCOMPARE(criterion->text(), expected);
    }

    void percentile_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected"); // NaN: no value

        const double none = std::nan("");
        QList<double> oneToTwenty;
        QList<double> oneToHundred;
        for (int i = 1; i <= 100; ++i) {
            oneToHundred.append(i);
            if (i <= 20)
                oneToTwenty.append(i);
        }
        // Nearest rank: the ceil(p/100 * n)-th smallest value.
        QTest::newRow("empty") << QList<double>() << 95.0 << none;
        QTest::newRow("one value") << QList<double>{5} << 95.0 << 5.0;
        QTest::newRow("p95 of 1..20: rank 19") << oneToTwenty << 95.0 << 19.0;
        QTest::newRow("p95 of 1..100: rank 95") << oneToHundred << 95.0 << 95.0;
        QTest::newRow("p95 of 10 values: rank 10") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 95.0 << 10.0;
        QTest::newRow("p30 of 5: rank 2") << QList<double>{15, 20, 35, 40, 50} << 30.0 << 20.0;
        QTest::newRow("p40 of 5: rank 2 exactly") << QList<double>{15, 20, 35, 40, 50} << 40.0 << 20.0;
        QTest::newRow("p50 unsorted: rank 3") << QList<double>{50, 15, 40, 20, 35} << 50.0 << 35.0;
        QTest::newRow("p100 is the maximum") << QList<double>{50, 15, 40, 20, 35} << 100.0 << 50.0;
        QTest::newRow("p95 of 3: rank 3") << QList<double>{400, 100, 200} << 95.0 << 400.0;
        QTest::newRow("p0 is undefined") << QList<double>{1, 2} << 0.0 << none;
    }

    void percentile()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p);
        QFETCH(double, expected);
        const std::optional<double> result = Criteria::percentile(values, p);
        if (std::isnan(expected)) {
            QVERIFY(!result);
            return;
        }
        QVERIFY(result);
        QCOMPARE(*result, expected);
    }

    void evaluate_data()
    {
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<QStringList>("expected"); // endpoint=value:evidence:state

        // Ratings: alpha (5 + 4 + 3) / 3 (run 3's judgment has no rating); beta (2 + 3) / 2; Gamma none.
        QTest::newRow("mean rating, every endpoint")
            << uR"({"metric":"mean_rating","op":">=","value":4})"_s
            << QStringList{u"alpha=4:3:pass"_s, u"beta=2.5:2:fail"_s, u"Gamma=-:0:no-data"_s};
        QTest::newRow("mean rating, strictly more")
            << uR"({"metric":"mean_rating","op":">","value":4,"endpoint":"alpha"})"_s
            << QStringList{u"alpha=4:3:fail"_s};
        QTest::newRow("endpoint names ignore case")
            << uR"({"metric":"mean_rating","value":2,"endpoint":"BETA"})"_s << QStringList{u"BETA=2.5:2:pass"_s};
        QTest::newRow("an endpoint without runs")
            << uR"({"metric":"mean_rating","value":2,"endpoint":"delta"})"_s << QStringList{u"delta=-:0:no-data"_s};
        // alpha against beta: (1,5) a → 1, (1,5) tie → ½, (2,6) b → 0, (2,5) b → 0; (4,5) both bad and the
        // alpha-vs-alpha and alpha-vs-Gamma pairs do not count. 1.5 / 4 = 37.5 %.
        QTest::newRow("win rate against beta") << uR"({"metric":"win_rate","baseline":"beta","value":60})"_s
                                               << QStringList{u"alpha=37.5:4:fail"_s, u"Gamma=-:0:no-data"_s};
        QTest::newRow("win rate of beta against alpha")
            << uR"({"metric":"win_rate","baseline":"alpha","value":60,"endpoint":"beta"})"_s
            << QStringList{u"beta=62.5:4:pass"_s};
        QTest::newRow("win rate against Gamma")
            << uR"({"metric":"win_rate","baseline":"gamma","value":50,"endpoint":"alpha"})"_s
            << QStringList{u"alpha=100:1:pass"_s};
        // Successful runs only: alpha [100, 200, 400] → rank ceil(2.85) = 3; beta [1000]; Gamma [300].
        QTest::newRow("p95 latency") << uR"({"metric":"p95_latency_ms","value":500})"_s
                                     << QStringList{
                                            u"alpha=400:3:pass"_s, u"beta=1000:1:fail"_s, u"Gamma=300:1:pass"_s};
        QTest::newRow("p95 ttft") << uR"({"metric":"ttft_p95_ms","op":"<","value":40,"endpoint":"alpha"})"_s
                                  << QStringList{u"alpha=40:3:fail"_s};
        // alpha: 1 failed of 4; beta: 1 truncated of 2 (the cancelled run is left out); Gamma: 0 of 1.
        QTest::newRow("error rate") << uR"({"metric":"error_rate","value":25})"_s
                                    << QStringList{u"alpha=25:4:pass"_s, u"beta=50:2:fail"_s, u"Gamma=0:1:pass"_s};
        // alpha: ($0.001 + $0.002) / (100 + 300) tokens × 1000; beta: $0.01 / 500 × 1000; Gamma has no cost.
        QTest::newRow("cost per 1k output tokens")
            << uR"({"metric":"cost_per_1k_output_tokens","value":0.01})"_s
            << QStringList{u"alpha=0.0075:2:pass"_s, u"beta=0.02:1:fail"_s, u"Gamma=-:0:no-data"_s};
    }

    void evaluate()
    {
        QFETCH(QString, criterion);
        QFETCH(QStringList, expected);
        QString error;
        const std::optional<Criterion> parsed = Criteria::parse(jsonFrom(criterion), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(describe(Criteria::evaluate(*parsed, session())), expected);
    }

    void emptySessionHasOneNoDataRow()
    {
        const std::optional<Criterion> criterion =
            Criteria::parse(jsonFrom(uR"({"metric":"mean_rating","value":4})"_s), nullptr);
        QVERIFY(criterion);
        QCOMPARE(describe(Criteria::evaluate(*criterion, CriteriaInput())), QStringList{u"=-:0:no-data"_s});
    }

    void evaluateAllKeepsGoingPastABadOne()
    {
        const QJsonArray criteria =
            jsonFrom(uR"([{"metric":"speed","value":1},{"metric":"mean_rating","value":4,"endpoint":"alpha"}])"_s)
                .toArray();
        const QList<CriterionResult> results = Criteria::evaluateAll(criteria, session());
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).state, CriterionResult::State::Invalid);
        QVERIFY(results.at(0).error.contains(u"unknown metric 'speed'"_s));
        QCOMPARE(results.at(0).toJson().value("criterion"_L1), criteria.at(0));
        QCOMPARE(results.at(0).toJson().value("state"_L1).toString(), u"invalid"_s);
        QCOMPARE(results.at(1).state, CriterionResult::State::Pass);
        QCOMPARE(results.at(0).index, 0);
        QCOMPARE(results.at(1).index, 1);
        const QJsonObject json = results.at(1).toJson();
        QCOMPARE(json.value("endpoint"_L1).toString(), u"alpha"_s);
        QCOMPARE(json.value("value"_L1).toDouble(), 4.0);
        QCOMPARE(json.value("evidence"_L1).toInt(), 3);
        QCOMPARE(json.value("state"_L1).toString(), u"pass"_s);
        QCOMPARE(json.value("criterion"_L1).toObject().value("op"_L1).toString(), u">="_s);
    }

    void rateAtTheThresholdPasses()
    {
        // 3 wins of 5 is 60 % exactly (computed as 100 * 3 / 5), and 0.1 + 0.2 style sums must not tip it over.
        CriteriaInput input;
        for (int i = 0; i < 10; ++i)
            input.runs.append(run(i + 1, i % 2 ? u"b"_s : u"a"_s, RunStatus::Succeeded, 10));
        for (int i = 0; i < 5; ++i)
            input.pairs.append(pair(2 * i + 1, 2 * i + 2, i < 3 ? PairOutcome::A : PairOutcome::B, u"Ana"_s));
        Criterion criterion;
        criterion.metric = Criterion::Metric::WinRate;
        criterion.baseline = u"b"_s;
        criterion.value = 60;
        QCOMPARE(describe(Criteria::evaluate(criterion, input)), QStringList{u"a=60:5:pass"_s});
    }

    void formatValue_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rating") << u"mean_rating"_s << 4.25 << u"4.25"_s;
        QTest::newRow("win rate") << u"win_rate"_s << 62.5 << u"62.5%"_s;
        QTest::newRow("latency") << u"p95_latency_ms"_s << 1840.4 << u"1840 ms"_s;
        QTest::newRow("cost") << u"cost_per_1k_output_tokens"_s << 0.0075 << u"$0.0075"_s;
    }

    void formatValue()
    {
        QFETCH(QString, metric);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(Criteria::formatValue(*Criteria::metricFromName(metric), value), expected);
    }
};

QTEST_GUILESS_MAIN(TestCriteria)
#include "tst_criteria.moc"
