// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "app/eval/criteria.h"
#include "app/eval/stats.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"

// What a session's report is computed from, as the stores return it (runs may be RunStore::runMeasurements).
struct ReportInput
{
    QString sessionName;
    QString goal;
    SessionSettings settings;
    QList<StoredRun> runs;
    QList<Judgment> judgments;
    QList<PairJudgment> pairs;
    QList<Decision> decisions;
};

// A candidate is one model asked through one endpoint: the same router endpoint can serve several models, and the
// same model can be asked through several endpoints.
struct ReportCandidate
{
    QString endpoint;
    QString model;
    QString label; // the model alone, or "model @ endpoint" when the model is asked through several endpoints
};

struct LeaderboardRow
{
    int candidate = 0; // index into SessionReport::candidates
    bool ranked = false; // took part in at least one pairwise judgment (ties count, both-bad does not)
    double strength = 1000; // Bradley–Terry strength in points (Stats::strengthPoints)
    double ciLow = 1000; // 95 % bootstrap interval over prompts
    double ciHigh = 1000;
    double elo = 1000;
    int wins = 0;
    int ties = 0;
    int losses = 0;
    int bothBad = 0;
    std::optional<double> winRate() const; // (wins + ties / 2) / (wins + ties + losses)
    Stats::MeanInterval rating; // every reviewer's ratings of the candidate's runs
};

struct AgreementRow
{
    QString measure; // "cohen_kappa", "fleiss_kappa", "krippendorff_alpha"
    QString data; // "ratings", "labels", "pairwise"
    QString level; // "nominal" or "ordinal"
    QStringList reviewers;
    Stats::Agreement agreement;
    QString band; // Stats::kappaBand / alphaBand; empty without a value
};

struct LatencyRow
{
    int candidate = 0;
    int runs = 0; // finished runs (cancelled ones left out)
    int succeeded = 0;
    Stats::BoxSummary ttft; // successful runs with a time to first token, ms
    Stats::BoxSummary total; // successful runs, ms
    std::optional<double> ttftP90;
    std::optional<double> ttftP95;
    std::optional<double> totalP90;
    std::optional<double> totalP95;
    QList<double> tokensPerSecond; // per successful run that measured it
    std::optional<double> tokensPerSecondMedian;
    std::optional<double> errorRate; // percent of finished runs that failed or were truncated
    std::optional<double> costPer1kOutputTokens; // USD, over the runs with a known cost
};

// Everything the Dashboard shows and `hublens report` prints: one computation, so their numbers are the same.
struct SessionReport
{
    QString sessionName;
    QString goal;
    QDateTime generatedAt;
    int ratingMin = 1;
    int ratingMax = 5;
    int runCount = 0;
    int judgmentCount = 0;
    int pairCount = 0; // pairwise judgments, both-bad included
    int bothBadCount = 0;
    int promptsCompared = 0; // prompts with at least one pairwise judgment in the fit
    QList<ReportCandidate> candidates; // in the order of their first run
    QList<LeaderboardRow> leaderboard; // best first: ranked by strength, then the unranked by mean rating
    QList<QList<Stats::PairRecord>> winMatrix; // [candidate][candidate]: how the row did against the column
    int bootstrapReplicates = 0;
    quint64 bootstrapSeed = 0;
    bool regularised = false; // the Bradley–Terry fit needed its weak prior (see Stats::fitBradleyTerry)
    QList<QList<int>> ratingCounts; // [candidate][rating - ratingMin]
    QStringList labels; // every label used, most used first
    QList<QList<int>> labelCounts; // [label][candidate]
    QList<AgreementRow> agreement;
    QList<LatencyRow> latency; // one per candidate, in candidate order
    QList<CriterionResult> criteria;
    QList<Decision> decisions;

    // With fewer prompts the bootstrap has too few distinct resamples for its interval to mean much (with one prompt
    // every resample is the same): the headline then says so instead of naming a leader.
    static constexpr int MinPromptsForALeader = 5;
    static constexpr int MinReplicatesForALeader = 100;
    bool canNameALeader() const;

    const LeaderboardRow *row(int candidate) const;
    // The finding in one sentence, for the leaderboard chart's title: "gpt-oss-20b leads: 0.62 win rate, 1087 points
    // (95 % CI 1041–1130)", or that the top two are level within their intervals, or what is missing.
    QString headline() const;
    // {session, goal, generated_at, runs, judgments, pairwise_judgments, both_bad, method{…}, leaderboard[{endpoint,
    // model, label, strength, ci_low, ci_high, elo, wins, ties, losses, both_bad, win_rate, mean_rating, …}],
    // win_matrix[…], ratings[…], labels[…], agreement[…], latency[…], criteria[…], decisions[…]}
    QJsonObject toJson() const;
};

namespace SessionReports {
// How the numbers are computed, in a few sentences (the report's "Method" section and --help).
QString methodText(const SessionReport &report);
SessionReport build(const ReportInput &input, int replicates = 1000, quint64 seed = 20240601);
// The session's data, read on a connection of its own (safe on a worker thread). std::nullopt and *error when the
// database cannot be opened or the session does not exist.
std::optional<ReportInput> load(const QString &databasePath, qint64 sessionId, QString *error);
} // namespace SessionReports
