// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/eval/criteria.h"

#include <algorithm>
#include <cmath>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include "app/eval/stats.h"

using namespace Qt::StringLiterals;

namespace {

constexpr Criterion::Metric AllMetrics[] = {Criterion::Metric::MeanRating, Criterion::Metric::WinRate,
    Criterion::Metric::P95LatencyMs, Criterion::Metric::TtftP95Ms, Criterion::Metric::ErrorRate,
    Criterion::Metric::CostPer1kOutputTokens};
constexpr Criterion::Op AllOps[] = {
    Criterion::Op::GreaterOrEqual, Criterion::Op::LessOrEqual, Criterion::Op::Greater, Criterion::Op::Less};

bool higherIsBetter(Criterion::Metric metric)
{
    return metric == Criterion::Metric::MeanRating || metric == Criterion::Metric::WinRate;
}

QString metricList()
{
    QStringList names;
    for (Criterion::Metric metric : AllMetrics)
        names.append(Criteria::metricName(metric));
    return names.join(u", "_s);
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Values computed from sums (a mean of 4, a win rate of 60 %) can land a rounding error away from the threshold;
// that must not flip the verdict.
bool compare(double value, Criterion::Op op, double threshold)
{
    const double epsilon = 1e-9 * std::max(1.0, std::abs(threshold));
    switch (op) {
    case Criterion::Op::GreaterOrEqual:
        return value >= threshold - epsilon;
    case Criterion::Op::LessOrEqual:
        return value <= threshold + epsilon;
    case Criterion::Op::Greater:
        return value > threshold + epsilon;
    case Criterion::Op::Less:
        return value < threshold - epsilon;
    }
    return false;
}

struct Measure
{
    std::optional<double> value;
    int evidence = 0;
};

bool finished(RunStatus status)
{
    return status == RunStatus::Succeeded || status == RunStatus::Failed || status == RunStatus::Truncated;
}

Measure measure(const Criterion &criterion, const QString &endpoint, const CriteriaInput &input,
    const QHash<qint64, QString> &endpointOfRun)
{
    Measure result;
    const auto ofEndpoint = [&](qint64 runId) {
        const auto found = endpointOfRun.constFind(runId);
        return found != endpointOfRun.constEnd() && sameName(*found, endpoint);
    };
    switch (criterion.metric) {
    case Criterion::Metric::MeanRating: {
        double sum = 0;
        for (const Judgment &judgment : input.judgments) {
            if (judgment.rating && ofEndpoint(judgment.runId)) {
                sum += *judgment.rating;
                ++result.evidence;
            }
        }
        if (result.evidence > 0)
            result.value = sum / result.evidence;
        return result;
    }
    case Criterion::Metric::WinRate: {
        const auto ofBaseline = [&](qint64 runId) {
            const auto found = endpointOfRun.constFind(runId);
            return found != endpointOfRun.constEnd() && sameName(*found, criterion.baseline);
        };
        double points = 0;
        for (const PairJudgment &pair : input.pairs) {
            // Only pairs of this endpoint against the baseline, in either position.
            bool endpointIsA = false;
            if (ofEndpoint(pair.runA) && ofBaseline(pair.runB))
                endpointIsA = true;
            else if (!(ofBaseline(pair.runA) && ofEndpoint(pair.runB)))
                continue;
            switch (pair.outcome) {
            case PairOutcome::A:
                points += endpointIsA ? 1.0 : 0.0;
                break;
            case PairOutcome::B:
                points += endpointIsA ? 0.0 : 1.0;
                break;
            case PairOutcome::Tie:
                points += 0.5;
                break;
            case PairOutcome::BothBad:
                continue; // says nothing about which is better
            }
            ++result.evidence;
        }
        if (result.evidence > 0)
            result.value = 100.0 * points / result.evidence;
        return result;
    }
    case Criterion::Metric::P95LatencyMs:
    case Criterion::Metric::TtftP95Ms: {
        const bool ttft = criterion.metric == Criterion::Metric::TtftP95Ms;
        QList<double> times;
        for (const StoredRun &run : input.runs) {
            const double ms = ttft ? run.result.ttftMs : run.result.totalMs;
            if (run.result.status == RunStatus::Succeeded && ms >= 0 && sameName(run.endpointName, endpoint))
                times.append(ms);
        }
        result.evidence = int(times.size());
        result.value = Criteria::percentile(times, 95);
        return result;
    }
    case Criterion::Metric::ErrorRate: {
        int errors = 0;
        for (const StoredRun &run : input.runs) {
            if (!finished(run.result.status) || !sameName(run.endpointName, endpoint))
                continue;
            ++result.evidence;
            if (run.result.status != RunStatus::Succeeded)
                ++errors;
        }
        if (result.evidence > 0)
            result.value = 100.0 * errors / result.evidence;
        return result;
    }
    case Criterion::Metric::CostPer1kOutputTokens: {
        double cost = 0;
        qint64 tokens = 0;
        for (const StoredRun &run : input.runs) {
            if (run.result.costUsd && run.result.completionTokens >= 0 && sameName(run.endpointName, endpoint)) {
                cost += *run.result.costUsd;
                tokens += run.result.completionTokens;
                ++result.evidence;
            }
        }
        if (tokens > 0)
            result.value = 1000.0 * cost / double(tokens);
        return result;
    }
    }
    return result;
}

} // namespace

QJsonObject Criterion::toJson() const
{
    QJsonObject object{
        {u"metric"_s, Criteria::metricName(metric)}, {u"op"_s, Criteria::opName(op)}, {u"value"_s, value}};
    if (!endpoint.isEmpty())
        object.insert(u"endpoint"_s, endpoint);
    if (!baseline.isEmpty())
        object.insert(u"baseline"_s, baseline);
    return object;
}

QString Criterion::text() const
{
    QString result = u"%1 %2 %3"_s.arg(Criteria::metricName(metric), Criteria::opName(op), QString::number(value));
    if (!baseline.isEmpty())
        result += u" vs "_s + baseline;
    if (!endpoint.isEmpty())
        result += u" for "_s + endpoint;
    return result;
}

QJsonObject CriterionResult::toJson() const
{
    QJsonObject object{{u"criterion"_s, state == State::Invalid ? source : QJsonValue(criterion.toJson())},
        {u"endpoint"_s, endpoint.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(endpoint)},
        {u"value"_s, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null)}, {u"evidence"_s, evidence},
        {u"state"_s, Criteria::stateName(state)}};
    if (state == State::Invalid)
        object.insert(u"error"_s, error);
    return object;
}

namespace Criteria {

QString metricName(Criterion::Metric metric)
{
    switch (metric) {
    case Criterion::Metric::MeanRating:
        return u"mean_rating"_s;
    case Criterion::Metric::WinRate:
        return u"win_rate"_s;
    case Criterion::Metric::P95LatencyMs:
        return u"p95_latency_ms"_s;
    case Criterion::Metric::TtftP95Ms:
        return u"ttft_p95_ms"_s;
    case Criterion::Metric::ErrorRate:
        return u"error_rate"_s;
    case Criterion::Metric::CostPer1kOutputTokens:
        return u"cost_per_1k_output_tokens"_s;
    }
    return {};
}

std::optional<Criterion::Metric> metricFromName(const QString &name)
{
    for (Criterion::Metric metric : AllMetrics) {
        if (metricName(metric) == name)
            return metric;
    }
    return std::nullopt;
}

QString opName(Criterion::Op op)
{
    switch (op) {
    case Criterion::Op::GreaterOrEqual:
        return u">="_s;
    case Criterion::Op::LessOrEqual:
        return u"<="_s;
    case Criterion::Op::Greater:
        return u">"_s;
    case Criterion::Op::Less:
        return u"<"_s;
    }
    return {};
}

std::optional<Criterion::Op> opFromName(const QString &name)
{
    for (Criterion::Op op : AllOps) {
        if (opName(op) == name)
            return op;
    }
    return std::nullopt;
}

QString stateName(CriterionResult::State state)
{
    switch (state) {
    case CriterionResult::State::Pass:
        return u"pass"_s;
    case CriterionResult::State::Fail:
        return u"fail"_s;
    case CriterionResult::State::NoData:
        return u"no-data"_s;
    case CriterionResult::State::Invalid:
        return u"invalid"_s;
    }
    return {};
}

std::optional<Criterion> parse(const QJsonValue &value, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Criterion> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!value.isObject())
        return fail(u"a criterion must be a JSON object like {\"metric\": \"mean_rating\", \"op\": \">=\", "
                    "\"value\": 4}"_s);
    const QJsonObject object = value.toObject();
    static const QSet<QString> known = {u"metric"_s, u"op"_s, u"value"_s, u"endpoint"_s, u"baseline"_s};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return fail(u"unknown key '%1' (use metric, op, value, endpoint, baseline)"_s.arg(it.key()));
    }

    Criterion criterion;
    const QJsonValue metric = object.value(u"metric"_s);
    if (!metric.isString())
        return fail(u"the criterion has no metric (one of %1)"_s.arg(metricList()));
    const std::optional<Criterion::Metric> parsedMetric = metricFromName(metric.toString());
    if (!parsedMetric)
        return fail(u"unknown metric '%1' (use one of %2)"_s.arg(metric.toString(), metricList()));
    criterion.metric = *parsedMetric;

    const QJsonValue op = object.value(u"op"_s);
    if (op.isUndefined()) {
        criterion.op = higherIsBetter(criterion.metric) ? Criterion::Op::GreaterOrEqual : Criterion::Op::LessOrEqual;
    } else {
        const std::optional<Criterion::Op> parsed = op.isString() ? opFromName(op.toString()) : std::nullopt;
        if (!parsed)
            return fail(u"bad op %1 (use >=, <=, > or <)"_s.arg(
                op.isString() ? u"'%1'"_s.arg(op.toString()) : u"(not a string)"_s));
        criterion.op = *parsed;
    }

    const QJsonValue threshold = object.value(u"value"_s);
    if (threshold.isUndefined())
        return fail(u"%1 has no value to compare with"_s.arg(metric.toString()));
    if (!threshold.isDouble() || !std::isfinite(threshold.toDouble()))
        return fail(u"the value of %1 must be a number"_s.arg(metric.toString()));
    criterion.value = threshold.toDouble();

    for (const auto &[key, target] :
        {std::pair{u"endpoint"_s, &criterion.endpoint}, std::pair{u"baseline"_s, &criterion.baseline}}) {
        const QJsonValue name = object.value(key);
        if (name.isUndefined())
            continue;
        if (!name.isString() || name.toString().trimmed().isEmpty())
            return fail(u"'%1' must be an endpoint name"_s.arg(key));
        *target = name.toString().trimmed();
    }
    if (criterion.metric == Criterion::Metric::WinRate) {
        if (criterion.baseline.isEmpty())
            return fail(u"win_rate needs a baseline endpoint (\"baseline\": \"name\")"_s);
        if (sameName(criterion.baseline, criterion.endpoint))
            return fail(u"win_rate compares an endpoint with another one, not with itself"_s);
        if (criterion.value < 0 || criterion.value > 100)
            return fail(u"win_rate is a percentage: the value must be from 0 to 100"_s);
    } else if (!criterion.baseline.isEmpty()) {
        return fail(u"only win_rate takes a baseline"_s);
    }
    if (criterion.metric == Criterion::Metric::ErrorRate && (criterion.value < 0 || criterion.value > 100))
        return fail(u"error_rate is a percentage: the value must be from 0 to 100"_s);
    return criterion;
}

std::optional<QList<Criterion>> parseAll(const QJsonArray &array, QString *error)
{
    QList<Criterion> criteria;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString reason;
        const std::optional<Criterion> criterion = parse(array.at(i), &reason);
        if (!criterion) {
            if (error)
                *error = u"criterion %1: %2"_s.arg(i + 1).arg(reason);
            return std::nullopt;
        }
        criteria.append(*criterion);
    }
    return criteria;
}

std::optional<Criterion> parseText(
    const QString &text, QString *error, const QString &endpoint, const QString &baseline)
{
    static const QRegularExpression form(u"^\\s*([A-Za-z0-9_]+)\\s*([<>=!]*)\\s*([^\\s%]*)\\s*(%?)\\s*$"_s);
    const QRegularExpressionMatch match = form.match(text);
    const auto fail = [error](const QString &message) -> std::optional<Criterion> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!match.hasMatch())
        return fail(u"'%1' is not of the form METRIC OP VALUE, e.g. 'mean_rating >= 4'"_s.arg(text.trimmed()));
    if (match.capturedLength(2) == 0)
        return fail(u"'%1' has no comparison (use >=, <=, > or <)"_s.arg(text.trimmed()));
    QJsonObject object{{u"metric"_s, match.captured(1)}, {u"op"_s, match.captured(2)}};
    if (match.capturedLength(3) > 0) {
        bool ok = false;
        const double number = match.captured(3).toDouble(&ok);
        object.insert(u"value"_s, ok ? QJsonValue(number) : QJsonValue(match.captured(3)));
    }
    if (!endpoint.trimmed().isEmpty())
        object.insert(u"endpoint"_s, endpoint.trimmed());
    if (!baseline.trimmed().isEmpty())
        object.insert(u"baseline"_s, baseline.trimmed());
    std::optional<Criterion> criterion = parse(object, error);
    if (criterion && match.capturedLength(4) > 0 && criterion->metric != Criterion::Metric::WinRate
        && criterion->metric != Criterion::Metric::ErrorRate)
        return fail(u"%1 is not a percentage"_s.arg(match.captured(1)));
    return criterion;
}

std::optional<double> percentile(QList<double> values, double p)
{
    return Stats::percentile(std::move(values), p); // one nearest-rank rule for criteria and the Dashboard
}

QList<CriterionResult> evaluate(const Criterion &criterion, const CriteriaInput &input)
{
    QHash<qint64, QString> endpointOfRun;
    QStringList endpoints; // in order of their first run; case-insensitively distinct
    for (const StoredRun &run : input.runs) {
        endpointOfRun.insert(run.id, run.endpointName);
        const bool seen = std::any_of(endpoints.cbegin(), endpoints.cend(),
            [&run](const QString &name) { return sameName(name, run.endpointName); });
        if (!seen)
            endpoints.append(run.endpointName);
    }
    QStringList targets;
    if (!criterion.endpoint.isEmpty()) {
        targets.append(criterion.endpoint);
    } else {
        for (const QString &endpoint : std::as_const(endpoints)) {
            if (criterion.metric != Criterion::Metric::WinRate || !sameName(endpoint, criterion.baseline))
                targets.append(endpoint);
        }
    }

    QList<CriterionResult> results;
    const auto verdict = [&criterion](const QString &endpoint, const Measure &measured) {
        CriterionResult result;
        result.criterion = criterion;
        result.source = criterion.toJson();
        result.endpoint = endpoint;
        result.value = measured.value;
        result.evidence = measured.evidence;
        if (!measured.value)
            result.state = CriterionResult::State::NoData;
        else
            result.state = compare(*measured.value, criterion.op, criterion.value) ? CriterionResult::State::Pass
                                                                                   : CriterionResult::State::Fail;
        return result;
    };
    if (targets.isEmpty()) {
        results.append(verdict(QString(), Measure()));
        return results;
    }
    for (const QString &endpoint : std::as_const(targets))
        results.append(verdict(endpoint, measure(criterion, endpoint, input, endpointOfRun)));
    return results;
}

QList<CriterionResult> evaluateAll(const QJsonArray &criteria, const CriteriaInput &input)
{
    QList<CriterionResult> results;
    for (int index = 0; index < criteria.size(); ++index) {
        const QJsonValue value = criteria.at(index);
        QString error;
        const std::optional<Criterion> criterion = parse(value, &error);
        if (!criterion) {
            CriterionResult invalid;
            invalid.source = value;
            invalid.index = index;
            invalid.state = CriterionResult::State::Invalid;
            invalid.error = error;
            results.append(invalid);
            continue;
        }
        QList<CriterionResult> verdicts = evaluate(*criterion, input);
        for (CriterionResult &verdict : verdicts) {
            verdict.source = value;
            verdict.index = index;
        }
        results.append(verdicts);
    }
    return results;
}

QString formatValue(Criterion::Metric metric, double value)
{
    switch (metric) {
    case Criterion::Metric::MeanRating:
        return QString::number(value, 'f', 2);
    case Criterion::Metric::WinRate:
    case Criterion::Metric::ErrorRate:
        return QString::number(value, 'f', 1) + u'%';
    case Criterion::Metric::P95LatencyMs:
    case Criterion::Metric::TtftP95Ms:
        return QString::number(value, 'f', 0) + u" ms"_s;
    case Criterion::Metric::CostPer1kOutputTokens:
        return u"$"_s + QString::number(value, 'g', 3);
    }
    return QString::number(value);
}

} // namespace Criteria
