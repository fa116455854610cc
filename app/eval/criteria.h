// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"

// One success criterion of a session (SessionSettings::criteria holds them as JSON):
//   {"metric": "mean_rating", "op": ">=", "value": 4, "endpoint": "alpha"}
//   {"metric": "win_rate", "baseline": "gpt-4o", "value": 60}
// "op" is optional: ">=" for the metrics where more is better (mean_rating, win_rate), "<=" for the others.
// Without "endpoint" a criterion applies to every endpoint of the session, one result each.
struct Criterion
{
    enum class Metric
    {
        MeanRating, // "mean_rating": mean of every reviewer's ratings of the endpoint's runs
        WinRate, // "win_rate": percent of pairwise judgments against `baseline` won; a tie counts half, both-bad
                 // is left out
        P95LatencyMs, // "p95_latency_ms": 95th percentile of the total time of successful runs
        TtftP95Ms, // "ttft_p95_ms": 95th percentile of the time to first token of successful runs
        ErrorRate, // "error_rate": percent of finished runs that failed or were truncated (cancelled ones left out)
        CostPer1kOutputTokens // "cost_per_1k_output_tokens": USD over the runs with a known cost
    };
    enum class Op
    {
        GreaterOrEqual, // ">="
        LessOrEqual, // "<="
        Greater, // ">"
        Less // "<"
    };

    Metric metric = Metric::MeanRating;
    Op op = Op::GreaterOrEqual;
    double value = 0;
    QString endpoint; // empty: every endpoint
    QString baseline; // win_rate only: the endpoint compared against

    QJsonObject toJson() const; // always with "op"
    QString text() const; // "mean_rating >= 4", "win_rate >= 60 vs gpt-4o", "… for alpha"
};

// A criterion's verdict for one endpoint.
struct CriterionResult
{
    enum class State
    {
        Pass,
        Fail,
        NoData, // nothing to compute it from yet
        Invalid // the stored criterion could not be read (see error)
    };

    Criterion criterion;
    QJsonValue source; // the criterion as stored
    int index = 0; // its position in the stored list (evaluateAll); the verdicts of one criterion share it
    QString endpoint; // the endpoint this verdict is about; empty when the session has no runs, or Invalid
    std::optional<double> value;
    int evidence = 0; // how many ratings, pairwise judgments or runs the value was computed from
    State state = State::NoData;
    QString error; // Invalid only

    QJsonObject toJson() const; // {criterion, endpoint, value, evidence, state[, error]}
};

// What the criteria are computed from: one session's runs and judgments, as the stores return them.
struct CriteriaInput
{
    QList<StoredRun> runs;
    QList<Judgment> judgments;
    QList<PairJudgment> pairs;
};

// Parsing, evaluating and formatting success criteria. Pure functions, no storage access: callers load the data.
namespace Criteria {
QString metricName(Criterion::Metric metric);
std::optional<Criterion::Metric> metricFromName(const QString &name);
QString opName(Criterion::Op op);
std::optional<Criterion::Op> opFromName(const QString &name);
QString stateName(CriterionResult::State state); // "pass", "fail", "no-data", "invalid"

// Validates one criterion object. std::nullopt and *error (one sentence, naming the problem) when it is not usable:
// not an object, an unknown key or metric, a bad op, a missing or non-numeric value, win_rate without a baseline.
std::optional<Criterion> parse(const QJsonValue &value, QString *error);
// All of them, or std::nullopt and *error naming the first bad one ("criterion 2: …").
std::optional<QList<Criterion>> parseAll(const QJsonArray &array, QString *error);
// The short form typed on the command line: "METRIC OP VALUE", e.g. "mean_rating >= 4", "error_rate<5%" (a "%" only
// after a percentage), with the endpoint and baseline given apart (names may contain anything).
std::optional<Criterion> parseText(
    const QString &text, QString *error, const QString &endpoint = QString(), const QString &baseline = QString());

// The nearest-rank percentile: the smallest value with at least p percent of `values` at or below it, i.e. the
// ceil(p / 100 * n)-th smallest (1-based). Always one of the values; std::nullopt for an empty list. 0 < p <= 100.
std::optional<double> percentile(QList<double> values, double p);

// The verdicts of one criterion: one per endpoint it applies to (for every endpoint: each endpoint that has runs,
// in the order of their first run, the baseline excluded; a single NoData result when there is none).
QList<CriterionResult> evaluate(const Criterion &criterion, const CriteriaInput &input);
// Every stored criterion, in order; an unreadable one gives one Invalid result and does not stop the others.
QList<CriterionResult> evaluateAll(const QJsonArray &criteria, const CriteriaInput &input);

// A value in the metric's unit for people: "4.25", "62.5%", "1840 ms", "$0.0123".
QString formatValue(Criterion::Metric metric, double value);
} // namespace Criteria
