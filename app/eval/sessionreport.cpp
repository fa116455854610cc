// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/eval/sessionreport.h"

#include <algorithm>
#include <cmath>

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString candidateKey(const QString &endpoint, const QString &model)
{
    return endpoint.toCaseFolded() + QChar(0) + model;
}

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject boxJson(const Stats::BoxSummary &box)
{
    if (box.count == 0)
        return {{u"count"_s, 0}};
    QJsonArray outliers;
    for (double value : box.outliers)
        outliers.append(value);
    return {{u"count"_s, box.count}, {u"min"_s, box.min}, {u"q1"_s, box.lowerQuartile}, {u"median"_s, box.median},
        {u"q3"_s, box.upperQuartile}, {u"max"_s, box.max}, {u"lower_whisker"_s, box.lowerWhisker},
        {u"upper_whisker"_s, box.upperWhisker}, {u"outliers"_s, outliers}};
}

bool finished(RunStatus status)
{
    return status == RunStatus::Succeeded || status == RunStatus::Failed || status == RunStatus::Truncated;
}

// Items × reviewers for one kind of judgment: the rows of Stats' agreement functions.
struct CodeTable
{
    QStringList reviewers;
    QList<Stats::Codes> rows;
};

// Agreement rows for one kind of data: Cohen's kappa with exactly two reviewers, Fleiss' kappa with more, and
// Krippendorff's alpha at the data's level in either case. Nothing when fewer than two reviewers took part.
void addAgreement(QList<AgreementRow> *rows, const CodeTable &table, const QString &data, Stats::Level alphaLevel)
{
    if (table.reviewers.size() < 2)
        return;
    AgreementRow kappa;
    kappa.data = data;
    kappa.level = u"nominal"_s;
    kappa.reviewers = table.reviewers;
    if (table.reviewers.size() == 2) {
        kappa.measure = u"cohen_kappa"_s;
        Stats::Codes first;
        Stats::Codes second;
        for (const Stats::Codes &row : table.rows) {
            first.append(row.value(0));
            second.append(row.value(1));
        }
        kappa.agreement = Stats::cohensKappa(first, second);
    } else {
        kappa.measure = u"fleiss_kappa"_s;
        kappa.agreement = Stats::fleissKappa(table.rows);
    }
    if (kappa.agreement.value)
        kappa.band = Stats::kappaBand(*kappa.agreement.value);
    rows->append(kappa);

    AgreementRow alpha;
    alpha.measure = u"krippendorff_alpha"_s;
    alpha.data = data;
    alpha.level = alphaLevel == Stats::Level::Ordinal ? u"ordinal"_s : u"nominal"_s;
    alpha.reviewers = table.reviewers;
    alpha.agreement = Stats::krippendorffAlpha(table.rows, alphaLevel);
    if (alpha.agreement.value)
        alpha.band = Stats::alphaBand(*alpha.agreement.value);
    rows->append(alpha);
}

QString formatPoints(double points)
{
    return QString::number(std::round(points), 'f', 0);
}

} // namespace

std::optional<double> LeaderboardRow::winRate() const
{
    const int decided = wins + ties + losses;
    if (decided == 0)
        return std::nullopt;
    return (wins + 0.5 * ties) / decided;
}

bool SessionReport::canNameALeader() const
{
    return promptsCompared >= MinPromptsForALeader && bootstrapReplicates >= MinReplicatesForALeader;
}

const LeaderboardRow *SessionReport::row(int candidate) const
{
    for (const LeaderboardRow &row : leaderboard) {
        if (row.candidate == candidate)
            return &row;
    }
    return nullptr;
}

QString SessionReport::headline() const
{
    if (candidates.isEmpty())
        return u"No runs yet"_s;
    QList<const LeaderboardRow *> ranked;
    for (const LeaderboardRow &row : leaderboard) {
        if (row.ranked)
            ranked.append(&row);
    }
    if (ranked.size() < 2)
        return u"No pairwise judgments yet"_s;
    const LeaderboardRow &first = *ranked.at(0);
    const LeaderboardRow &second = *ranked.at(1);
    const QString name = candidates.at(first.candidate).label;
    if (!canNameALeader()) {
        return u"%1 is ahead (%2 vs %3 points), but %4 prompts are too few to say so with confidence"_s.arg(
            name, formatPoints(first.strength), formatPoints(second.strength), QString::number(promptsCompared));
    }
    if (first.ciLow <= second.ciHigh) {
        return u"%1 and %2 are level within their 95 % intervals (%3 vs %4 points)"_s.arg(
            name, candidates.at(second.candidate).label, formatPoints(first.strength), formatPoints(second.strength));
    }
    return u"%1 leads: %2 win rate, %3 points (95 % CI %4–%5)"_s.arg(name,
        QString::number(first.winRate().value_or(0), 'f', 2), formatPoints(first.strength), formatPoints(first.ciLow),
        formatPoints(first.ciHigh));
}

QJsonObject SessionReport::toJson() const
{
    QJsonArray leaderboardJson;
    for (const LeaderboardRow &row : leaderboard) {
        const ReportCandidate &candidate = candidates.at(row.candidate);
        QJsonObject object{{u"endpoint"_s, candidate.endpoint}, {u"model"_s, candidate.model},
            {u"label"_s, candidate.label}, {u"ranked"_s, row.ranked},
            {u"strength"_s, row.ranked ? QJsonValue(row.strength) : QJsonValue(QJsonValue::Null)},
            {u"ci_low"_s, row.ranked ? QJsonValue(row.ciLow) : QJsonValue(QJsonValue::Null)},
            {u"ci_high"_s, row.ranked ? QJsonValue(row.ciHigh) : QJsonValue(QJsonValue::Null)},
            {u"elo"_s, row.ranked ? QJsonValue(row.elo) : QJsonValue(QJsonValue::Null)}, {u"wins"_s, row.wins},
            {u"ties"_s, row.ties}, {u"losses"_s, row.losses}, {u"both_bad"_s, row.bothBad},
            {u"win_rate"_s, optionalJson(row.winRate())}, {u"ratings"_s, row.rating.count},
            {u"mean_rating"_s, row.rating.count > 0 ? QJsonValue(row.rating.mean) : QJsonValue(QJsonValue::Null)},
            {u"median_rating"_s, row.rating.count > 0 ? QJsonValue(row.rating.median) : QJsonValue(QJsonValue::Null)},
            {u"rating_ci_low"_s, row.rating.hasInterval ? QJsonValue(row.rating.ciLow) : QJsonValue(QJsonValue::Null)},
            {u"rating_ci_high"_s,
                row.rating.hasInterval ? QJsonValue(row.rating.ciHigh) : QJsonValue(QJsonValue::Null)}};
        leaderboardJson.append(object);
    }

    QJsonArray matrixJson;
    for (int i = 0; i < winMatrix.size(); ++i) {
        for (int j = 0; j < winMatrix.at(i).size(); ++j) {
            const Stats::PairRecord &record = winMatrix.at(i).at(j);
            if (i == j || record.wins + record.ties + record.losses == 0)
                continue;
            matrixJson.append(QJsonObject{{u"candidate"_s, candidates.at(i).label},
                {u"opponent"_s, candidates.at(j).label}, {u"wins"_s, record.wins}, {u"ties"_s, record.ties},
                {u"losses"_s, record.losses}, {u"win_rate"_s, optionalJson(record.winRate())}});
        }
    }

    QJsonArray ratingsJson;
    for (int i = 0; i < ratingCounts.size(); ++i) {
        QJsonObject counts;
        for (int r = 0; r < ratingCounts.at(i).size(); ++r)
            counts.insert(QString::number(ratingMin + r), ratingCounts.at(i).at(r));
        ratingsJson.append(QJsonObject{{u"candidate"_s, candidates.at(i).label}, {u"counts"_s, counts}});
    }

    QJsonArray labelsJson;
    for (int l = 0; l < labels.size(); ++l) {
        QJsonObject counts;
        for (int i = 0; i < candidates.size(); ++i)
            counts.insert(candidates.at(i).label, labelCounts.at(l).value(i));
        labelsJson.append(QJsonObject{{u"label"_s, labels.at(l)}, {u"counts"_s, counts}});
    }

    QJsonArray agreementJson;
    for (const AgreementRow &row : agreement) {
        agreementJson.append(QJsonObject{{u"measure"_s, row.measure}, {u"data"_s, row.data}, {u"level"_s, row.level},
            {u"reviewers"_s, QJsonArray::fromStringList(row.reviewers)},
            {u"value"_s, optionalJson(row.agreement.value)}, {u"items"_s, row.agreement.items},
            {u"judgments"_s, row.agreement.judgments},
            {u"interpretation"_s, row.band.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.band)}});
    }

    QJsonArray latencyJson;
    for (const LatencyRow &row : latency) {
        const ReportCandidate &candidate = candidates.at(row.candidate);
        latencyJson.append(QJsonObject{{u"endpoint"_s, candidate.endpoint}, {u"model"_s, candidate.model},
            {u"label"_s, candidate.label}, {u"runs"_s, row.runs}, {u"succeeded"_s, row.succeeded},
            {u"ttft_ms"_s,
                QJsonObject{
                    {u"median"_s, row.ttft.count > 0 ? QJsonValue(row.ttft.median) : QJsonValue(QJsonValue::Null)},
                    {u"p90"_s, optionalJson(row.ttftP90)}, {u"p95"_s, optionalJson(row.ttftP95)},
                    {u"box"_s, boxJson(row.ttft)}}},
            {u"total_ms"_s,
                QJsonObject{
                    {u"median"_s, row.total.count > 0 ? QJsonValue(row.total.median) : QJsonValue(QJsonValue::Null)},
                    {u"p90"_s, optionalJson(row.totalP90)}, {u"p95"_s, optionalJson(row.totalP95)},
                    {u"box"_s, boxJson(row.total)}}},
            {u"tokens_per_s_median"_s, optionalJson(row.tokensPerSecondMedian)},
            {u"error_rate"_s, optionalJson(row.errorRate)},
            {u"cost_per_1k_output_tokens"_s, optionalJson(row.costPer1kOutputTokens)}});
    }

    QJsonArray criteriaJson;
    for (const CriterionResult &result : criteria)
        criteriaJson.append(result.toJson());

    QJsonArray decisionsJson;
    for (const Decision &decision : decisions) {
        decisionsJson.append(QJsonObject{{u"author"_s, decision.author}, {u"text"_s, decision.text},
            {u"evidence"_s, decision.evidence}, {u"decided_at"_s, decision.decidedAt.toString(Qt::ISODate)}});
    }

    return QJsonObject{{u"session"_s, sessionName}, {u"goal"_s, goal},
        {u"generated_at"_s, generatedAt.toString(Qt::ISODate)}, {u"headline"_s, headline()}, {u"runs"_s, runCount},
        {u"judgments"_s, judgmentCount}, {u"pairwise_judgments"_s, pairCount}, {u"both_bad"_s, bothBadCount},
        {u"method"_s,
            QJsonObject{{u"ranking"_s, u"bradley-terry"_s}, {u"ties"_s, u"half a win each"_s},
                {u"bootstrap_replicates"_s, bootstrapReplicates}, {u"bootstrap_unit"_s, u"prompt"_s},
                {u"seed"_s, QString::number(bootstrapSeed)}, {u"regularised"_s, regularised},
                {u"prompts"_s, promptsCompared}, {u"text"_s, SessionReports::methodText(*this)}}},
        {u"rating_scale"_s, QJsonArray{ratingMin, ratingMax}}, {u"leaderboard"_s, leaderboardJson},
        {u"win_matrix"_s, matrixJson}, {u"ratings"_s, ratingsJson}, {u"labels"_s, labelsJson},
        {u"agreement"_s, agreementJson}, {u"latency"_s, latencyJson}, {u"criteria"_s, criteriaJson},
        {u"decisions"_s, decisionsJson}};
}

namespace SessionReports {

QString methodText(const SessionReport &report)
{
    QString text = u"Strengths are Bradley–Terry estimates fitted by maximum likelihood to every pairwise judgment "
                   "(a tie counts as half a win for each side; \"both bad\" is left out), shown on an Elo-like scale "
                   "where 1000 is the average and 400 points mean 10:1 odds. The 95 % intervals come from %1 "
                   "bootstrap resamples of the %2 prompts (seed %3), so the same judgments always give the same "
                   "intervals. Elo is the same judgments replayed in the order they were made (K = 32)."_s
                       .arg(report.bootstrapReplicates)
                       .arg(report.promptsCompared)
                       .arg(report.bootstrapSeed);
    if (report.regularised) {
        text += u" Some candidates never lost or never won, so the fit adds one tenth of a tie between every pair "
                "compared to keep the strengths finite."_s;
    }
    text += u" Mean ratings have a 95 % t interval. Agreement counts only the items two or more reviewers judged: "
            "Cohen's kappa for two reviewers, Fleiss' kappa for more, Krippendorff's alpha (ordinal for ratings, "
            "nominal for labels and pairwise outcomes); Cohen's and Fleiss' kappa treat ratings as categories "
            "(unweighted). Label agreement takes each run and label as one item (present or not), among the "
            "reviewers who use labels. A leader is named only from %1 prompts and %2 resamples on. Latency "
            "percentiles are nearest-rank over successful runs; the error rate counts failed and truncated runs "
            "among the finished ones; cost per 1k output tokens counts every run with a known cost."_s.arg(
                QString::number(SessionReport::MinPromptsForALeader),
                QString::number(SessionReport::MinReplicatesForALeader));
    return text;
}

SessionReport build(const ReportInput &input, int replicates, quint64 seed)
{
    SessionReport report;
    report.sessionName = input.sessionName;
    report.goal = input.goal;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.ratingMin = input.settings.ratingMin;
    report.ratingMax = std::max(input.settings.ratingMax, input.settings.ratingMin);
    report.runCount = int(input.runs.size());
    report.decisions = input.decisions;

    // Candidates, in the order of their first run.
    QHash<QString, int> candidateOfKey;
    QHash<qint64, int> candidateOfRun;
    QHash<qint64, qint64> promptOfRun;
    QHash<QString, QSet<QString>> endpointsOfModel;
    for (const StoredRun &run : input.runs) {
        const QString key = candidateKey(run.endpointName, run.model);
        auto found = candidateOfKey.constFind(key);
        if (found == candidateOfKey.constEnd()) {
            found = candidateOfKey.insert(key, int(report.candidates.size()));
            report.candidates.append({run.endpointName, run.model, QString()});
        }
        endpointsOfModel[run.model].insert(run.endpointName.toCaseFolded());
        candidateOfRun.insert(run.id, *found);
        promptOfRun.insert(run.id, run.promptId);
    }
    for (ReportCandidate &candidate : report.candidates) {
        const QString model = candidate.model.isEmpty() ? candidate.endpoint : candidate.model;
        candidate.label = candidate.model.isEmpty()              ? candidate.endpoint
            : endpointsOfModel.value(candidate.model).size() > 1 ? u"%1 @ %2"_s.arg(model, candidate.endpoint)
                                                                 : model;
    }
    const int n = int(report.candidates.size());

    // Pairwise judgments in the order they were made (Elo replays them).
    QList<PairJudgment> pairs = input.pairs;
    std::stable_sort(pairs.begin(), pairs.end(), [](const PairJudgment &a, const PairJudgment &b) {
        return a.createdAt < b.createdAt || (a.createdAt == b.createdAt && a.id < b.id);
    });
    QList<Stats::Comparison> comparisons;
    QList<int> bothBad(n, 0);
    QSet<qint64> prompts;
    for (const PairJudgment &pair : pairs) {
        const auto a = candidateOfRun.constFind(pair.runA);
        const auto b = candidateOfRun.constFind(pair.runB);
        if (a == candidateOfRun.constEnd() || b == candidateOfRun.constEnd() || *a == *b)
            continue; // a run of another session, or two runs of one candidate: says nothing about the ranking
        ++report.pairCount;
        if (pair.outcome == PairOutcome::BothBad) {
            ++report.bothBadCount;
            ++bothBad[*a];
            ++bothBad[*b];
            continue;
        }
        Stats::Comparison comparison;
        comparison.a = *a;
        comparison.b = *b;
        comparison.scoreA = pair.outcome == PairOutcome::A ? 1.0 : (pair.outcome == PairOutcome::B ? 0.0 : 0.5);
        comparison.group = promptOfRun.value(pair.runA);
        prompts.insert(comparison.group);
        comparisons.append(comparison);
    }
    report.promptsCompared = int(prompts.size());
    report.winMatrix = Stats::winMatrix(n, comparisons);
    const Stats::BootstrapRanking ranking = Stats::bootstrapBradleyTerry(n, comparisons, replicates, seed);
    report.bootstrapReplicates = ranking.replicates;
    report.bootstrapSeed = ranking.seed;
    report.regularised = ranking.fit.regularised;
    const QList<double> elo = Stats::elo(n, comparisons);

    // Ratings and labels.
    report.ratingCounts = QList<QList<int>>(n, QList<int>(report.ratingMax - report.ratingMin + 1, 0));
    QList<QList<double>> ratings(n);
    QMap<QString, QList<int>> labelCounts;
    for (const Judgment &judgment : input.judgments) {
        const auto candidate = candidateOfRun.constFind(judgment.runId);
        if (candidate == candidateOfRun.constEnd())
            continue;
        ++report.judgmentCount;
        if (judgment.rating) {
            ratings[*candidate].append(*judgment.rating);
            const int bucket = *judgment.rating - report.ratingMin;
            if (bucket >= 0 && bucket < report.ratingCounts.at(*candidate).size())
                ++report.ratingCounts[*candidate][bucket];
        }
        for (const QString &label : judgment.labels) {
            QList<int> &counts = labelCounts[label];
            if (counts.isEmpty())
                counts = QList<int>(n, 0);
            ++counts[*candidate];
        }
    }
    QList<std::pair<QString, int>> labelTotals;
    for (auto it = labelCounts.cbegin(); it != labelCounts.cend(); ++it) {
        int total = 0;
        for (int count : it.value())
            total += count;
        labelTotals.append({it.key(), total});
    }
    std::stable_sort(
        labelTotals.begin(), labelTotals.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &[label, total] : labelTotals) {
        report.labels.append(label);
        report.labelCounts.append(labelCounts.value(label));
    }

    // The leaderboard.
    for (int i = 0; i < n; ++i) {
        LeaderboardRow row;
        row.candidate = i;
        row.ranked = ranking.fit.compared.value(i, false);
        if (row.ranked) {
            row.strength = ranking.players.at(i).points;
            row.ciLow = ranking.players.at(i).ciLow;
            row.ciHigh = ranking.players.at(i).ciHigh;
            row.elo = elo.value(i, 1000);
        }
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const Stats::PairRecord &record = report.winMatrix.at(i).at(j);
            row.wins += record.wins;
            row.ties += record.ties;
            row.losses += record.losses;
        }
        row.bothBad = bothBad.at(i);
        row.rating = Stats::meanInterval(ratings.at(i));
        report.leaderboard.append(row);
    }
    std::stable_sort(
        report.leaderboard.begin(), report.leaderboard.end(), [](const LeaderboardRow &a, const LeaderboardRow &b) {
            if (a.ranked != b.ranked)
                return a.ranked;
            if (a.ranked && a.strength != b.strength)
                return a.strength > b.strength;
            const double ma = a.rating.count > 0 ? a.rating.mean : -1e300;
            const double mb = b.rating.count > 0 ? b.rating.mean : -1e300;
            return ma > mb;
        });

    // Agreement: ratings (ordinal), labels (nominal, one item per run and label: present or not), pairwise outcomes.
    {
        QStringList raters;
        QMap<qint64, QHash<QString, double>> ratingOfRun;
        QMap<qint64, QHash<QString, QSet<QString>>> labelsOfRun;
        QStringList labelers;
        for (const Judgment &judgment : input.judgments) {
            if (!candidateOfRun.contains(judgment.runId))
                continue;
            if (judgment.rating) {
                if (!raters.contains(judgment.reviewer))
                    raters.append(judgment.reviewer);
                ratingOfRun[judgment.runId].insert(judgment.reviewer, *judgment.rating);
            }
            if (!judgment.labels.isEmpty() && !labelers.contains(judgment.reviewer))
                labelers.append(judgment.reviewer);
        }
        // A labelling reviewer's judgment that rated or labelled a run says which labels apply to it (possibly
        // none); reviewers who never label are left out rather than read as "no label applies".
        for (const Judgment &judgment : input.judgments) {
            if (candidateOfRun.contains(judgment.runId) && labelers.contains(judgment.reviewer)
                && (judgment.rating || !judgment.labels.isEmpty())) {
                labelsOfRun[judgment.runId].insert(
                    judgment.reviewer, QSet<QString>(judgment.labels.cbegin(), judgment.labels.cend()));
            }
        }
        CodeTable ratingTable;
        ratingTable.reviewers = raters;
        for (auto it = ratingOfRun.cbegin(); it != ratingOfRun.cend(); ++it) {
            Stats::Codes codes;
            for (const QString &reviewer : raters) {
                const auto value = it.value().constFind(reviewer);
                codes.append(value == it.value().constEnd() ? std::nullopt : std::optional<double>(*value));
            }
            ratingTable.rows.append(codes);
        }
        addAgreement(&report.agreement, ratingTable, u"ratings"_s, Stats::Level::Ordinal);

        if (!report.labels.isEmpty()) {
            CodeTable labelTable;
            labelTable.reviewers = labelers;
            for (auto it = labelsOfRun.cbegin(); it != labelsOfRun.cend(); ++it) {
                for (const QString &label : std::as_const(report.labels)) {
                    Stats::Codes codes;
                    for (const QString &reviewer : labelers) {
                        const auto set = it.value().constFind(reviewer);
                        codes.append(set == it.value().constEnd()
                                ? std::nullopt
                                : std::optional<double>(set->contains(label) ? 1.0 : 0.0));
                    }
                    labelTable.rows.append(codes);
                }
            }
            addAgreement(&report.agreement, labelTable, u"labels"_s, Stats::Level::Nominal);
        }

        QStringList judges;
        QMap<std::pair<qint64, qint64>, QHash<QString, double>> outcomeOfPair;
        for (const PairJudgment &pair : input.pairs) {
            if (!candidateOfRun.contains(pair.runA) || !candidateOfRun.contains(pair.runB))
                continue;
            if (!judges.contains(pair.reviewer))
                judges.append(pair.reviewer);
            outcomeOfPair[{pair.runA, pair.runB}].insert(pair.reviewer, double(int(pair.outcome)));
        }
        CodeTable pairTable;
        pairTable.reviewers = judges;
        for (auto it = outcomeOfPair.cbegin(); it != outcomeOfPair.cend(); ++it) {
            Stats::Codes codes;
            for (const QString &reviewer : judges) {
                const auto value = it.value().constFind(reviewer);
                codes.append(value == it.value().constEnd() ? std::nullopt : std::optional<double>(*value));
            }
            pairTable.rows.append(codes);
        }
        addAgreement(&report.agreement, pairTable, u"pairwise"_s, Stats::Level::Nominal);
    }

    // Latency, throughput, errors and cost.
    QList<QList<double>> ttft(n);
    QList<QList<double>> total(n);
    QList<double> cost(n, 0);
    QList<qint64> costTokens(n, 0);
    QList<int> costRuns(n, 0);
    for (int i = 0; i < n; ++i) {
        LatencyRow row;
        row.candidate = i;
        report.latency.append(row);
    }
    QList<int> errors(n, 0);
    for (const StoredRun &run : input.runs) {
        const int i = candidateOfRun.value(run.id);
        LatencyRow &row = report.latency[i];
        const RunResult &result = run.result;
        // Cost over every run with a known cost, truncated and failed ones too (they were paid for): the same runs
        // the cost_per_1k_output_tokens criterion counts.
        if (result.costUsd && result.completionTokens >= 0) {
            cost[i] += *result.costUsd;
            costTokens[i] += result.completionTokens;
            ++costRuns[i];
        }
        if (!finished(result.status))
            continue;
        ++row.runs;
        if (result.status != RunStatus::Succeeded) {
            ++errors[i];
            continue;
        }
        ++row.succeeded;
        if (result.ttftMs >= 0)
            ttft[i].append(result.ttftMs);
        if (result.totalMs >= 0)
            total[i].append(result.totalMs);
        if (result.tokensPerSecond > 0)
            row.tokensPerSecond.append(result.tokensPerSecond);
    }
    for (int i = 0; i < n; ++i) {
        LatencyRow &row = report.latency[i];
        row.ttft = Stats::boxSummary(ttft.at(i));
        row.total = Stats::boxSummary(total.at(i));
        row.ttftP90 = Stats::percentile(ttft.at(i), 90);
        row.ttftP95 = Stats::percentile(ttft.at(i), 95);
        row.totalP90 = Stats::percentile(total.at(i), 90);
        row.totalP95 = Stats::percentile(total.at(i), 95);
        row.tokensPerSecondMedian = Stats::median(row.tokensPerSecond);
        if (row.runs > 0)
            row.errorRate = 100.0 * errors.at(i) / row.runs;
        if (costTokens.at(i) > 0)
            row.costPer1kOutputTokens = 1000.0 * cost.at(i) / double(costTokens.at(i));
    }

    CriteriaInput criteriaInput;
    criteriaInput.runs = input.runs;
    criteriaInput.judgments = input.judgments;
    criteriaInput.pairs = input.pairs;
    if (!input.settings.criteria.isEmpty())
        report.criteria = Criteria::evaluateAll(input.settings.criteria, criteriaInput);
    return report;
}

std::optional<ReportInput> load(const QString &databasePath, qint64 sessionId, QString *error)
{
    std::unique_ptr<RunStore> runs = RunStore::open(databasePath, error);
    std::unique_ptr<JudgmentStore> judgments = runs ? JudgmentStore::open(databasePath, error) : nullptr;
    if (!runs || !judgments)
        return std::nullopt;
    const std::optional<SessionInfo> session = runs->session(sessionId);
    if (!session) {
        *error = u"There is no session %1."_s.arg(sessionId);
        return std::nullopt;
    }
    ReportInput input;
    input.sessionName = session->name;
    input.goal = session->goal;
    input.settings = runs->sessionSettings(sessionId);
    input.runs = runs->runMeasurements(sessionId);
    input.judgments = judgments->judgments(sessionId);
    input.pairs = judgments->pairs(sessionId);
    input.decisions = judgments->decisions(sessionId);
    // A read that failed part way (a locked or damaged database) must not pass for a complete session.
    const QString failure = !runs->lastError().isEmpty() ? runs->lastError() : judgments->lastError();
    if (!failure.isEmpty()) {
        *error = failure;
        return std::nullopt;
    }
    return input;
}

} // namespace SessionReports
