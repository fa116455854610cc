// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/sessionjson.h"

#include <cmath>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue measure(double value)
{
    return value < 0 || !std::isfinite(value) ? QJsonValue() : QJsonValue(std::round(value * 1000.0) / 1000.0);
}

QJsonValue count(qint64 value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

QJsonValue id(qint64 value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue();
}

} // namespace

namespace SessionJson {

QJsonObject session(const SessionInfo &session, const SessionSettings &settings)
{
    return {{u"id"_s, session.id}, {u"uid"_s, session.uid}, {u"name"_s, session.name}, {u"goal"_s, text(session.goal)},
        {u"created_at"_s, time(session.createdAt)}, {u"archived_at"_s, time(session.archivedAt)},
        {u"prompt_count"_s, session.promptCount}, {u"run_count"_s, session.runCount},
        {u"settings"_s, settings.toJson()}};
}

QJsonObject prompt(const StoredPrompt &prompt)
{
    return {{u"id"_s, prompt.id}, {u"uid"_s, prompt.uid}, {u"text"_s, prompt.text},
        {u"system_prompt"_s, text(prompt.systemPrompt)}, {u"source"_s, prompt.source},
        {u"created_at"_s, time(prompt.createdAt)}};
}

QJsonObject run(const StoredRun &run)
{
    const RunResult &r = run.result;
    QJsonArray messages;
    for (const ChatMessage &message : run.messages)
        messages.append(QJsonObject{{u"role"_s, message.role}, {u"content"_s, message.content}});
    QJsonObject usage{{u"prompt_tokens"_s, count(r.usage.promptTokens)},
        {u"completion_tokens"_s, count(r.completionTokens)}, {u"usage_reported"_s, r.usageReported}};
    return {{u"id"_s, run.id}, {u"uid"_s, run.uid}, {u"prompt_id"_s, run.promptId},
        {u"parent_run_id"_s, id(run.parentRunId)},
        {u"endpoint"_s,
            QJsonObject{{u"name"_s, run.endpointName}, {u"kind"_s, run.endpointKind}, {u"url"_s, run.endpointUrl}}},
        {u"model"_s, run.model}, {u"served_model"_s, text(r.servedModel)}, {u"revision"_s, text(run.revision)},
        {u"provider"_s, text(r.provider)}, {u"params"_s, run.params.toJson()}, {u"messages"_s, messages},
        {u"started_at"_s, time(run.startedAt)}, {u"status"_s, runStatusName(r.status)},
        {u"http_status"_s, r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue()},
        {u"error"_s,
            r.errorMessage.isEmpty() && r.errorKind.isEmpty()
                ? QJsonValue()
                : QJsonValue(QJsonObject{{u"kind"_s, text(r.errorKind)}, {u"message"_s, text(r.errorMessage)}})},
        {u"finish_reason"_s, text(r.finishReason)}, {u"ttft_ms"_s, measure(r.ttftMs)},
        {u"total_ms"_s, measure(r.totalMs)}, {u"waited_ms"_s, r.waitedMs}, {u"usage"_s, usage},
        {u"tokens_per_s"_s, measure(r.tokensPerSecond)},
        {u"cost_usd"_s, r.costUsd ? QJsonValue(*r.costUsd) : QJsonValue()}, {u"attempts"_s, r.attempts},
        {u"reasoning"_s, text(r.reasoning)}, {u"text"_s, r.text}};
}

QJsonObject judgment(const Judgment &judgment)
{
    return {{u"id"_s, judgment.id}, {u"uid"_s, judgment.uid}, {u"run_id"_s, judgment.runId},
        {u"reviewer"_s, judgment.reviewer},
        {u"rating"_s, judgment.rating ? QJsonValue(*judgment.rating) : QJsonValue()},
        {u"labels"_s, QJsonArray::fromStringList(judgment.labels)}, {u"note"_s, text(judgment.note)},
        {u"flagged"_s, judgment.flagged}, {u"created_at"_s, time(judgment.createdAt)},
        {u"updated_at"_s, time(judgment.updatedAt)}};
}

QJsonObject pair(const PairJudgment &pair)
{
    return {{u"id"_s, pair.id}, {u"uid"_s, pair.uid}, {u"run_a"_s, pair.runA}, {u"run_b"_s, pair.runB},
        {u"reviewer"_s, pair.reviewer}, {u"outcome"_s, pairOutcomeName(pair.outcome)}, {u"reason"_s, text(pair.reason)},
        {u"blind"_s, pair.blind}, {u"created_at"_s, time(pair.createdAt)}, {u"updated_at"_s, time(pair.updatedAt)}};
}

QJsonObject decision(const Decision &decision)
{
    return {{u"id"_s, decision.id}, {u"uid"_s, decision.uid}, {u"author"_s, decision.author},
        {u"text"_s, decision.text}, {u"evidence"_s, decision.evidence}, {u"decided_at"_s, time(decision.decidedAt)}};
}

} // namespace SessionJson
