// SPDX-License-Identifier: GPL-3.0-or-later
// SessionReports::build turns a session's runs and judgments into the Dashboard's and the report's numbers: who the
// candidates are, the pairwise counts and Bradley–Terry ranking with bootstrap intervals, ratings, labels, agreement
// between reviewers, latency percentiles, errors and cost. ReportHtml draws the same numbers.
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "app/eval/reporthtml.h"
#include "app/eval/sessionreport.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

namespace {

StoredRun makeRun(qint64 id, qint64 promptId, const QString &endpoint, const QString &model,
    RunStatus status = RunStatus::Succeeded, double ttft = 100, double total = 1000)
{
    StoredRun run;
    run.id = id;
    run.promptId = promptId;
    run.endpointName = endpoint;
    run.model = model;
    run.result.status = status;
    run.result.ttftMs = ttft;
    run.result.totalMs = total;
    return run;
}

PairJudgment makePair(qint64 a, qint64 b, PairOutcome outcome, const QString &reviewer = u"Ana"_s, int order = 0)
{
    PairJudgment pair;
    pair.runA = a;
    pair.runB = b;
    pair.outcome = outcome;
    pair.reviewer = reviewer;
    pair.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(order);
    return pair;
}

Judgment makeJudgment(qint64 run, const QString &reviewer, std::optional<int> rating, QStringList labels = {})
{
    Judgment judgment;
    judgment.runId = run;
    judgment.reviewer = reviewer;
    judgment.rating = rating;
    judgment.labels = std::move(labels);
    return judgment;
}

// Three candidates (alpha, beta, gamma) answering `prompts` prompts: run ids 3p+1, 3p+2, 3p+3.
ReportInput threeCandidates(int prompts)
{
    ReportInput input;
    input.sessionName = u"Tickets"_s;
    for (int p = 0; p < prompts; ++p) {
        input.runs.append(makeRun(3 * p + 1, p + 1, u"alpha"_s, u"a-model"_s));
        input.runs.append(makeRun(3 * p + 2, p + 1, u"beta"_s, u"b-model"_s));
        input.runs.append(makeRun(3 * p + 3, p + 1, u"gamma"_s, u"c-model"_s));
    }
    return input;
}

const AgreementRow *findAgreement(const SessionReport &report, const QString &measure, const QString &data)
{
    for (const AgreementRow &row : report.agreement) {
        if (row.measure == measure && row.data == data)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestSessionReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }

    void candidatesAreModelsAskedThroughEndpoints()
    {
        ReportInput input;
        input.runs = {makeRun(1, 1, u"router"_s, u"org/m1"_s), makeRun(2, 1, u"router"_s, u"org/m2"_s),
            makeRun(3, 1, u"local"_s, u"org/m1"_s), makeRun(4, 2, u"Router"_s, u"org/m2"_s)};
        const SessionReport report = SessionReports::build(input, 10);
        QCOMPARE(report.candidates.size(), 3); // "Router" is "router": endpoint names ignore case
        QCOMPARE(report.candidates.at(0).label, u"org/m1 @ router"_s); // asked through two endpoints
        QCOMPARE(report.candidates.at(1).label, u"org/m2"_s);
        QCOMPARE(report.candidates.at(2).label, u"org/m1 @ local"_s);
        QCOMPARE(report.latency.at(1).runs, 2);
        QCOMPARE(report.headline(), u"No pairwise judgments yet"_s);
    }

    void pairwiseCountsAndRanking()
    {
        ReportInput input = threeCandidates(6);
        int order = 0;
        // alpha beats beta on 4 prompts, loses 1, ties 1; alpha beats gamma on 5, loses 1; beta beats gamma on 4,
        // loses 2; plus one both-bad between beta and gamma and a second reviewer's tie that counts as well.
        const PairOutcome alphaBeta[] = {
            PairOutcome::A, PairOutcome::A, PairOutcome::A, PairOutcome::A, PairOutcome::B, PairOutcome::Tie};
        const PairOutcome alphaGamma[] = {
            PairOutcome::A, PairOutcome::A, PairOutcome::A, PairOutcome::A, PairOutcome::A, PairOutcome::B};
        const PairOutcome betaGamma[] = {
            PairOutcome::A, PairOutcome::A, PairOutcome::A, PairOutcome::A, PairOutcome::B, PairOutcome::B};
        for (int p = 0; p < 6; ++p) {
            input.pairs.append(makePair(3 * p + 1, 3 * p + 2, alphaBeta[p], u"Ana"_s, ++order));
            input.pairs.append(makePair(3 * p + 1, 3 * p + 3, alphaGamma[p], u"Ana"_s, ++order));
            input.pairs.append(makePair(3 * p + 2, 3 * p + 3, betaGamma[p], u"Ana"_s, ++order));
        }
        input.pairs.append(makePair(2, 3, PairOutcome::BothBad, u"Ben"_s, ++order));
        input.pairs.append(makePair(1, 2, PairOutcome::Tie, u"Ben"_s, ++order));

        const SessionReport report = SessionReports::build(input, 200);
        QCOMPARE(report.pairCount, 20);
        QCOMPARE(report.bothBadCount, 1);
        QCOMPARE(report.promptsCompared, 6);
        const Stats::PairRecord ab = report.winMatrix.at(0).at(1);
        QCOMPARE(ab.wins, 4);
        QCOMPARE(ab.ties, 2);
        QCOMPARE(ab.losses, 1);
        const Stats::PairRecord ba = report.winMatrix.at(1).at(0);
        QCOMPARE(ba.wins, 1);
        QCOMPARE(ba.losses, 4);
        QCOMPARE(*report.winMatrix.at(0).at(2).winRate(), 5.0 / 6.0);
        QCOMPARE(*report.winMatrix.at(1).at(2).winRate(), 4.0 / 6.0);

        QCOMPARE(report.leaderboard.size(), 3);
        QCOMPARE(report.leaderboard.at(0).candidate, 0);
        QCOMPARE(report.leaderboard.at(1).candidate, 1);
        QCOMPARE(report.leaderboard.at(2).candidate, 2);
        const LeaderboardRow &alpha = report.leaderboard.at(0);
        QCOMPARE(alpha.wins, 9);
        QCOMPARE(alpha.ties, 2);
        QCOMPARE(alpha.losses, 2);
        QCOMPARE(report.leaderboard.at(1).bothBad, 1);
        QCOMPARE(report.leaderboard.at(2).bothBad, 1);
        QCOMPARE(*alpha.winRate(), (9 + 1.0) / 13.0);
        for (const LeaderboardRow &row : report.leaderboard) {
            QVERIFY(row.ranked);
            QVERIFY2(row.ciLow <= row.strength && row.strength <= row.ciHigh,
                qPrintable(u"%1 not in %2–%3"_s.arg(row.strength).arg(row.ciLow).arg(row.ciHigh)));
            QVERIFY(row.ciHigh > row.ciLow);
        }
        // The same strengths the statistics give on the same comparisons (both-bad left out).
        QList<Stats::Comparison> comparisons;
        for (const PairJudgment &pair : std::as_const(input.pairs)) {
            if (pair.outcome == PairOutcome::BothBad)
                continue;
            comparisons.append({int((pair.runA - 1) % 3), int((pair.runB - 1) % 3),
                pair.outcome == PairOutcome::A ? 1.0 : (pair.outcome == PairOutcome::B ? 0.0 : 0.5),
                (pair.runA - 1) / 3 + 1});
        }
        const Stats::BradleyTerryFit fit = Stats::fitBradleyTerry(3, comparisons);
        QVERIFY(!fit.regularised);
        for (const LeaderboardRow &row : report.leaderboard)
            QCOMPARE(row.strength, Stats::strengthPoints(fit.theta.at(row.candidate)));
        QCOMPARE(report.leaderboard.at(0).elo, Stats::elo(3, comparisons).at(0));

        // Seeded: the same judgments give the same intervals.
        const SessionReport again = SessionReports::build(input, 200);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(again.leaderboard.at(i).ciLow, report.leaderboard.at(i).ciLow);
            QCOMPARE(again.leaderboard.at(i).ciHigh, report.leaderboard.at(i).ciHigh);
        }
    }

    void headlineSaysWhenTheLeaderIsClear()
    {
        ReportInput input;
        input.sessionName = u"Clear"_s;
        // 40 prompts: alpha wins 34, loses 5, ties 1 against beta: a win rate of 34.5 / 40 = 0.8625.
        for (int p = 0; p < 40; ++p) {
            input.runs.append(makeRun(2 * p + 1, p + 1, u"alpha"_s, u"a-model"_s));
            input.runs.append(makeRun(2 * p + 2, p + 1, u"beta"_s, u"b-model"_s));
            const PairOutcome outcome = p < 34 ? PairOutcome::A : (p < 39 ? PairOutcome::B : PairOutcome::Tie);
            input.pairs.append(makePair(2 * p + 1, 2 * p + 2, outcome, u"Ana"_s, p));
        }
        const SessionReport report = SessionReports::build(input, 300);
        QVERIFY2(report.headline().startsWith(u"a-model leads: 0.86 win rate, "_s), qPrintable(report.headline()));
        QVERIFY(report.leaderboard.at(0).ciLow > report.leaderboard.at(1).ciHigh);

        // Six prompts, three wins each: level.
        input.runs = input.runs.mid(0, 12);
        input.pairs = input.pairs.mid(0, 3);
        for (int p = 3; p < 6; ++p)
            input.pairs.append(makePair(2 * p + 1, 2 * p + 2, PairOutcome::B, u"Ana"_s, p));
        const SessionReport level = SessionReports::build(input, 300);
        QVERIFY2(level.headline().contains(u"are level within their 95 % intervals"_s), qPrintable(level.headline()));

        // One prompt: every resample is the same, so its interval has no width; no leader is named from it.
        input.runs = input.runs.mid(0, 2);
        input.pairs = input.pairs.mid(0, 1);
        const SessionReport one = SessionReports::build(input, 300);
        QVERIFY(!one.canNameALeader());
        QVERIFY2(one.headline().contains(u"but 1 prompts are too few"_s), qPrintable(one.headline()));
        QVERIFY(!SessionReports::build(input, 10).canNameALeader());
    }

    void ratingsAndLabels()
    {
        ReportInput input = threeCandidates(3);
        input.settings.ratingMin = 1;
        input.settings.ratingMax = 5;
        // alpha: 5, 4, 4 by Ana and 5 by Ben; beta: 2, 3; gamma: none.
        input.judgments = {makeJudgment(1, u"Ana"_s, 5, {u"concise"_s}), makeJudgment(4, u"Ana"_s, 4),
            makeJudgment(7, u"Ana"_s, 4, {u"concise"_s}), makeJudgment(1, u"Ben"_s, 5, {u"concise"_s, u"funny"_s}),
            makeJudgment(2, u"Ana"_s, 2, {u"too long"_s}), makeJudgment(5, u"Ana"_s, 3),
            makeJudgment(3, u"Ana"_s, std::nullopt, {u"too long"_s})};
        const SessionReport report = SessionReports::build(input, 10);
        QCOMPARE(report.judgmentCount, 7);
        const LeaderboardRow *alpha = report.row(0);
        QVERIFY(alpha);
        QCOMPARE(alpha->rating.count, 4);
        QCOMPARE(alpha->rating.mean, 4.5);
        QCOMPARE(alpha->rating.median, 4.5);
        // s = sqrt(((0.5² · 2) + (0.5² · 2)) / 3) = 0.57735; t(0.975, 3) = 3.182446; half-width = 0.918693.
        QVERIFY(alpha->rating.hasInterval);
        QVERIFY(qAbs(alpha->rating.ciLow - (4.5 - 0.918693)) < 1e-5);
        QVERIFY(qAbs(alpha->rating.ciHigh - (4.5 + 0.918693)) < 1e-5);
        QCOMPARE(report.row(2)->rating.count, 0);
        QCOMPARE(report.ratingCounts.at(0), (QList<int>{0, 0, 0, 2, 2}));
        QCOMPARE(report.ratingCounts.at(1), (QList<int>{0, 1, 1, 0, 0}));
        QCOMPARE(report.ratingCounts.at(2), (QList<int>{0, 0, 0, 0, 0}));
        // Unranked candidates are ordered by mean rating.
        QCOMPARE(report.leaderboard.at(0).candidate, 0);
        QCOMPARE(report.leaderboard.at(1).candidate, 1);

        QCOMPARE(report.labels, (QStringList{u"concise"_s, u"too long"_s, u"funny"_s}));
        QCOMPARE(report.labelCounts.at(0), (QList<int>{3, 0, 0}));
        QCOMPARE(report.labelCounts.at(1), (QList<int>{0, 1, 1}));
        QCOMPARE(report.labelCounts.at(2), (QList<int>{1, 0, 0}));
    }

    void agreementBetweenReviewers()
    {
        ReportInput input = threeCandidates(4);
        // Two reviewers rate all twelve runs; they disagree on two.
        const int ana[] = {5, 4, 2, 3, 3, 1, 4, 4, 2, 5, 3, 2};
        const int ben[] = {5, 4, 2, 3, 2, 1, 4, 5, 2, 5, 3, 2};
        for (int i = 0; i < 12; ++i) {
            input.judgments.append(makeJudgment(i + 1, u"Ana"_s, ana[i]));
            input.judgments.append(makeJudgment(i + 1, u"Ben"_s, ben[i]));
        }
        SessionReport report = SessionReports::build(input, 10);
        const AgreementRow *cohen = findAgreement(report, u"cohen_kappa"_s, u"ratings"_s);
        const AgreementRow *alpha = findAgreement(report, u"krippendorff_alpha"_s, u"ratings"_s);
        QVERIFY(cohen && alpha);
        QCOMPARE(alpha->level, u"ordinal"_s);
        QCOMPARE(cohen->reviewers, (QStringList{u"Ana"_s, u"Ben"_s}));
        QCOMPARE(cohen->agreement.items, 12);
        QCOMPARE(alpha->agreement.items, 12);
        Stats::Codes first;
        Stats::Codes second;
        QList<Stats::Codes> table;
        for (int i = 0; i < 12; ++i) {
            first.append(double(ana[i]));
            second.append(double(ben[i]));
            table.append({double(ana[i]), double(ben[i])});
        }
        QCOMPARE(*cohen->agreement.value, *Stats::cohensKappa(first, second).value);
        QCOMPARE(*alpha->agreement.value, *Stats::krippendorffAlpha(table, Stats::Level::Ordinal).value);
        QCOMPARE(cohen->band, Stats::kappaBand(*cohen->agreement.value));
        QVERIFY(!findAgreement(report, u"fleiss_kappa"_s, u"ratings"_s));
        QVERIFY(!findAgreement(report, u"cohen_kappa"_s, u"pairwise"_s)); // nobody compared pairs

        // A third reviewer on some runs: Fleiss' kappa instead of Cohen's.
        input.judgments.append(makeJudgment(1, u"Cy"_s, 5));
        input.judgments.append(makeJudgment(2, u"Cy"_s, 3));
        report = SessionReports::build(input, 10);
        QVERIFY(findAgreement(report, u"fleiss_kappa"_s, u"ratings"_s));
        QVERIFY(!findAgreement(report, u"cohen_kappa"_s, u"ratings"_s));

        // One reviewer: nothing to agree on.
        ReportInput alone = threeCandidates(2);
        alone.judgments = {makeJudgment(1, u"Ana"_s, 4), makeJudgment(2, u"Ana"_s, 2)};
        QVERIFY(SessionReports::build(alone, 10).agreement.isEmpty());
    }

    void labelAgreementCountsOnlyReviewersWhoLabel()
    {
        ReportInput input = threeCandidates(2);
        // Ana and Ben label; Cy only rates, which says nothing about labels.
        input.judgments = {makeJudgment(1, u"Ana"_s, 4, {u"concise"_s}), makeJudgment(1, u"Ben"_s, 4, {u"concise"_s}),
            makeJudgment(2, u"Ana"_s, 2, {u"too long"_s}), makeJudgment(2, u"Ben"_s, 3, {u"too long"_s}),
            makeJudgment(3, u"Ana"_s, 3), makeJudgment(3, u"Ben"_s, 3, {u"concise"_s}), makeJudgment(1, u"Cy"_s, 5),
            makeJudgment(2, u"Cy"_s, 1), makeJudgment(3, u"Cy"_s, 2)};
        const SessionReport report = SessionReports::build(input, 10);
        const AgreementRow *labels = findAgreement(report, u"cohen_kappa"_s, u"labels"_s);
        QVERIFY(labels); // two labelling reviewers: Cohen's kappa, not Fleiss'
        QCOMPARE(labels->reviewers, (QStringList{u"Ana"_s, u"Ben"_s}));
        QCOMPARE(labels->agreement.items, 6); // three runs × two labels
        // Codes (Ana, Ben) per run and label: concise (1,1) (0,0) (0,1); too long (0,0) (1,1) (0,0).
        const Stats::Codes ana{1.0, 0.0, 0.0, 0.0, 1.0, 0.0};
        const Stats::Codes ben{1.0, 0.0, 1.0, 0.0, 1.0, 0.0};
        QCOMPARE(*labels->agreement.value, *Stats::cohensKappa(ana, ben).value);
        QVERIFY(findAgreement(report, u"fleiss_kappa"_s, u"ratings"_s)); // all three rate
    }

    void latencyErrorsAndCost()
    {
        ReportInput input;
        for (int i = 1; i <= 10; ++i) {
            StoredRun run = makeRun(i, i, u"alpha"_s, u"a"_s, RunStatus::Succeeded, 100.0 * i, 1000.0 * i);
            run.result.tokensPerSecond = 10.0 * i;
            run.result.completionTokens = 100;
            run.result.costUsd = 0.002;
            input.runs.append(run);
        }
        input.runs.append(makeRun(11, 11, u"alpha"_s, u"a"_s, RunStatus::Failed, -1, -1));
        input.runs.append(makeRun(12, 12, u"alpha"_s, u"a"_s, RunStatus::Truncated, 50, 500));
        input.runs.last().result.completionTokens = 100; // a truncated answer was paid for too
        input.runs.last().result.costUsd = 0.004;
        input.runs.append(makeRun(13, 13, u"alpha"_s, u"a"_s, RunStatus::Cancelled, -1, -1));
        const SessionReport report = SessionReports::build(input, 10);
        const LatencyRow &row = report.latency.at(0);
        QCOMPARE(row.runs, 12); // the cancelled run is not finished
        QCOMPARE(row.succeeded, 10);
        QCOMPARE(row.ttft.count, 10);
        QCOMPARE(row.ttft.median, 550.0);
        QCOMPARE(*row.ttftP90, 900.0); // nearest rank: the ceil(0.9 · 10) = 9th value
        QCOMPARE(*row.ttftP95, 1000.0);
        QCOMPARE(*row.totalP90, 9000.0);
        QCOMPARE(*row.tokensPerSecondMedian, 55.0);
        QCOMPARE(*row.errorRate, 100.0 * 2 / 12);
        QCOMPARE(*row.costPer1kOutputTokens, 1000.0 * (0.02 + 0.004) / 1100);
    }

    void criteriaUseTheSameRuns()
    {
        ReportInput input = threeCandidates(2);
        input.settings.criteria = QJsonArray{QJsonObject{{u"metric"_s, u"error_rate"_s}, {u"value"_s, 5}}};
        input.runs[1].result.status = RunStatus::Failed;
        const SessionReport report = SessionReports::build(input, 10);
        QCOMPARE(report.criteria.size(), 3);
        QCOMPARE(report.criteria.at(0).state, CriterionResult::State::Pass);
        QCOMPARE(report.criteria.at(1).endpoint, u"beta"_s);
        QCOMPARE(report.criteria.at(1).state, CriterionResult::State::Fail);
        QCOMPARE(*report.criteria.at(1).value, 50.0);
    }

    void jsonHasTheDocumentedShape()
    {
        ReportInput input = threeCandidates(3);
        for (int p = 0; p < 3; ++p) {
            input.pairs.append(makePair(3 * p + 1, 3 * p + 2, p == 2 ? PairOutcome::B : PairOutcome::A));
            input.pairs.append(makePair(3 * p + 2, 3 * p + 3, p == 0 ? PairOutcome::B : PairOutcome::A));
        }
        input.judgments = {makeJudgment(1, u"Ana"_s, 4), makeJudgment(1, u"Ben"_s, 5)};
        const SessionReport report = SessionReports::build(input, 50);
        const QJsonObject json = report.toJson();
        for (const QString &key : {u"leaderboard"_s, u"agreement"_s, u"latency"_s, u"criteria"_s, u"win_matrix"_s,
                 u"method"_s, u"decisions"_s})
            QVERIFY2(json.contains(key), qPrintable(key));
        const QJsonArray leaderboard = json.value(u"leaderboard"_s).toArray();
        QCOMPARE(leaderboard.size(), 3);
        const QJsonObject first = leaderboard.at(0).toObject();
        for (const QString &key : {u"endpoint"_s, u"model"_s, u"strength"_s, u"ci_low"_s, u"ci_high"_s, u"wins"_s,
                 u"ties"_s, u"losses"_s, u"mean_rating"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
        const LeaderboardRow &best = report.leaderboard.at(0);
        QCOMPARE(first.value(u"endpoint"_s).toString(), report.candidates.at(best.candidate).endpoint);
        QCOMPARE(first.value(u"strength"_s).toDouble(), best.strength);
        QCOMPARE(first.value(u"ci_low"_s).toDouble(), best.ciLow);
        QCOMPARE(first.value(u"wins"_s).toInt(), best.wins);
        QCOMPARE(json.value(u"method"_s).toObject().value(u"bootstrap_replicates"_s).toInt(), 50);
        QCOMPARE(json.value(u"latency"_s).toArray().size(), 3);
    }

    void htmlCarriesTheNumbersAndCharts()
    {
        ReportInput input = threeCandidates(4);
        input.sessionName = u"<script>alert(1)</script>"_s;
        for (int p = 0; p < 4; ++p) {
            input.pairs.append(makePair(3 * p + 1, 3 * p + 2, p == 3 ? PairOutcome::B : PairOutcome::A));
            input.pairs.append(makePair(3 * p + 1, 3 * p + 3, PairOutcome::A));
            input.pairs.append(makePair(3 * p + 2, 3 * p + 3, p == 0 ? PairOutcome::B : PairOutcome::Tie));
        }
        input.judgments = {makeJudgment(1, u"Ana"_s, 4, {u"concise"_s})};
        Decision decision;
        decision.author = u"Sam"_s;
        decision.text = u"Ship alpha & watch gamma"_s;
        decision.evidence = QJsonArray{QJsonObject{{u"chart"_s, u"leaderboard"_s}}};
        input.decisions = {decision};
        const SessionReport report = SessionReports::build(input, 100);
        const QStringList colours{u"#0072b2"_s, u"#e69f00"_s, u"#009e73"_s};
        const QList<ReportHtml::Chart> charts = ReportHtml::charts(report, colours);
        QStringList names;
        for (const ReportHtml::Chart &chart : charts) {
            names.append(chart.name);
            QVERIFY(chart.svg.startsWith("<svg "));
        }
        QCOMPARE(names,
            (QStringList{u"leaderboard"_s, u"win-rate"_s, u"ttft"_s, u"total-time"_s, u"ratings"_s,
                u"labels"_s})); // no throughput was measured
        const QString html = ReportHtml::render(report, colours);
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"Ship alpha &amp; watch gamma"_s));
        QVERIFY(html.contains(u"chart leaderboard"_s));
        for (const LeaderboardRow &row : report.leaderboard) {
            QVERIFY(html.contains(u">%1</td>"_s.arg(QString::number(row.strength, 'f', 0))));
            QVERIFY(
                html.contains(u"%1–%2"_s.arg(QString::number(row.ciLow, 'f', 0), QString::number(row.ciHigh, 'f', 0))));
        }
        QCOMPARE(html.count(u"<svg "_s), charts.size());
        QVERIFY(html.contains(u"#e69f00"_s));
        // Bars and points stay inside their charts: no negative coordinates.
        for (const ReportHtml::Chart &chart : charts)
            QVERIFY2(!chart.svg.contains("y=\"-") && !chart.svg.contains("cy=\"-"), qPrintable(chart.name));
        const QString forPdf = ReportHtml::render(report, colours, ReportHtml::Images::Resources);
        QCOMPARE(forPdf.count(u"<svg "_s), 0);
        QVERIFY(forPdf.contains(u"<img src=\"chart:win-rate\""_s));
    }

    void heatColours()
    {
        QCOMPARE(ReportHtml::heatColour(0.5), u"#f7f7f7"_s);
        QCOMPARE(ReportHtml::heatColour(1.0), u"#2171b5"_s);
        QCOMPARE(ReportHtml::heatColour(0.0), u"#d6604d"_s);
        QVERIFY(ReportHtml::heatNeedsLightText(0.9));
        QVERIFY(!ReportHtml::heatNeedsLightText(0.6));
    }

    void loadsFromTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hublens.sqlite3"_s);
        QString error;
        std::unique_ptr<RunStore> runs = RunStore::open(path, &error);
        QVERIFY2(runs, qPrintable(error));
        std::unique_ptr<JudgmentStore> judgments = JudgmentStore::open(path, &error);
        QVERIFY2(judgments, qPrintable(error));
        const qint64 session = runs->ensureSession(u"Stored"_s);
        QVERIFY(runs->setSessionGoal(session, u"Pick a summariser"_s));
        StoredPrompt prompt;
        prompt.sessionId = session;
        prompt.text = u"Summarise"_s;
        const qint64 promptId = runs->addPrompt(prompt);
        StoredRun run;
        run.sessionId = session;
        run.promptId = promptId;
        run.endpointKind = u"openai"_s;
        run.endpointUrl = u"http://127.0.0.1:1/v1"_s;
        run.endpointName = u"alpha"_s;
        run.model = u"a-model"_s;
        run.result.status = RunStatus::Succeeded;
        run.result.text = u"A long answer that the report does not need"_s;
        run.result.ttftMs = 80;
        run.result.totalMs = 640;
        run.result.completionTokens = 32;
        run.result.tokensPerSecond = 57.1;
        run.result.costUsd = 0.0004;
        const qint64 a = runs->saveRun(run);
        run.endpointName = u"beta"_s;
        run.model = u"b-model"_s;
        const qint64 b = runs->saveRun(run);
        QVERIFY(a > 0 && b > 0);
        Judgment judgment;
        judgment.runId = a;
        judgment.reviewer = u"Ana"_s;
        judgment.rating = 4;
        QVERIFY(judgments->saveJudgment(judgment) > 0);
        PairJudgment pair;
        pair.runA = a;
        pair.runB = b;
        pair.reviewer = u"Ana"_s;
        pair.outcome = PairOutcome::A;
        QVERIFY(judgments->savePair(pair) > 0);

        const std::optional<ReportInput> input = SessionReports::load(path, session, &error);
        QVERIFY2(input, qPrintable(error));
        QCOMPARE(input->sessionName, u"Stored"_s);
        QCOMPARE(input->goal, u"Pick a summariser"_s);
        QCOMPARE(input->runs.size(), 2);
        QVERIFY(input->runs.at(0).result.text.isEmpty()); // measurements only
        QCOMPARE(input->runs.at(0).result.ttftMs, 80.0);
        QCOMPARE(input->runs.at(0).result.tokensPerSecond, 57.1);
        QCOMPARE(*input->runs.at(0).result.costUsd, 0.0004);
        QCOMPARE(input->runs.at(0).result.completionTokens, 32);
        QCOMPARE(input->judgments.size(), 1);
        QCOMPARE(input->pairs.size(), 1);
        const SessionReport report = SessionReports::build(*input, 20);
        QCOMPARE(report.leaderboard.at(0).wins, 1);
        QCOMPARE(report.candidates.at(report.leaderboard.at(0).candidate).endpoint, u"alpha"_s);

        QVERIFY(!SessionReports::load(path, 999, &error));
        QVERIFY(error.contains(u"999"_s));
    }
};

QTEST_GUILESS_MAIN(TestSessionReport)
#include "tst_sessionreport.moc"
