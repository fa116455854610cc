// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inference/streamaccumulator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "app/inference/errorenvelope.h"

using namespace Qt::StringLiterals;

namespace {

const QString OpenTag = u"<think>"_s;
const QString CloseTag = u"</think>"_s;

// Length of the longest suffix of `text` that is a proper prefix of `tag` (a tag possibly cut by the chunking).
qsizetype partialTagSuffix(const QString &text, const QString &tag)
{
    for (qsizetype length = std::min(text.size(), tag.size() - 1); length > 0; --length) {
        if (QStringView(text).right(length) == QStringView(tag).left(length))
            return length;
    }
    return 0;
}

qint64 integerOf(const QJsonValue &value)
{
    return value.isDouble() ? value.toInteger(-1) : -1;
}

} // namespace

StreamAccumulator::StreamAccumulator(StreamDialect dialect)
    : m_dialect(dialect)
{
}

StreamAccumulator::Delta StreamAccumulator::addEvent(QByteArrayView data)
{
    ++m_events;
    const QByteArrayView trimmed = data.trimmed();
    if (m_dialect == StreamDialect::OpenAiChat && trimmed.startsWith("[DONE]")) {
        m_doneMarker = true;
        return {};
    }
    if (trimmed.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        ++m_malformed;
        return {};
    }
    const QJsonObject object = document.object();
    if (takeError(object))
        return {};
    switch (m_dialect) {
    case StreamDialect::OpenAiChat:
        return addOpenAi(object);
    case StreamDialect::TgiGenerate:
        return addTgi(object);
    case StreamDialect::OllamaChat:
        return addOllama(object);
    }
    return {};
}

StreamAccumulator::Delta StreamAccumulator::addCompleteResponse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        ++m_malformed;
        m_error = u"The server's answer is not valid JSON (%1)"_s.arg(error.errorString());
        return {};
    }
    ++m_events;
    QJsonObject object = document.object();
    if (document.isArray()) // TGI /generate behind the HF proxy: [{"generated_text":…}]
        object = document.array().first().toObject();
    if (takeError(object))
        return {};
    Delta delta;
    switch (m_dialect) {
    case StreamDialect::OpenAiChat: {
        const QJsonObject choice = object.value("choices"_L1).toArray().first().toObject();
        const QJsonObject message = choice.value("message"_L1).toObject();
        QString reasoning = message.value("reasoning_content"_L1).toString();
        if (reasoning.isEmpty())
            reasoning = message.value("reasoning"_L1).toString();
        addReasoning(reasoning, delta);
        addContent(message.value("content"_L1).toString(), delta);
        if (choice.value("finish_reason"_L1).isString())
            m_finishReason = choice.value("finish_reason"_L1).toString();
        takeUsage(object.value("usage"_L1));
        if (m_model.isEmpty())
            m_model = object.value("model"_L1).toString();
        for (const QString &key : {u"timings"_s, u"time_info"_s, u"stats"_s}) {
            if (object.value(key).isObject())
                m_metrics.insert(key, object.value(key));
        }
        break;
    }
    case StreamDialect::TgiGenerate: {
        addContent(object.value("generated_text"_L1).toString(), delta);
        const QJsonObject details = object.value("details"_L1).toObject();
        m_finishReason = details.value("finish_reason"_L1).toString();
        if (details.contains("generated_tokens"_L1)) {
            m_usage.completionTokens = integerOf(details.value("generated_tokens"_L1));
            if (details.contains("input_length"_L1))
                m_usage.promptTokens = integerOf(details.value("input_length"_L1));
        }
        m_finalEvent = true;
        break;
    }
    case StreamDialect::OllamaChat:
        delta = addOllama(object);
        break;
    }
    const Delta rest = finish();
    delta.content += rest.content;
    delta.reasoning += rest.reasoning;
    return delta;
}

bool StreamAccumulator::takeError(const QJsonObject &object)
{
    const QJsonValue error = object.value("error"_L1);
    const bool flatError = object.value("object"_L1).toString() == u"error"_s;
    const bool hasError = (error.isString() && !error.toString().isEmpty()) || error.isObject() || flatError;
    if (!hasError)
        return false;
    const ErrorEnvelope::Parsed parsed = ErrorEnvelope::fromJson(object);
    m_error = parsed.message.isEmpty() ? u"The server reported an error without a message"_s : parsed.message;
    return true;
}

void StreamAccumulator::takeUsage(const QJsonValue &value)
{
    if (!value.isObject())
        return;
    const QJsonObject usage = value.toObject();
    TokenUsage parsed;
    parsed.promptTokens = integerOf(usage.value("prompt_tokens"_L1));
    parsed.completionTokens = integerOf(usage.value("completion_tokens"_L1));
    parsed.totalTokens = integerOf(usage.value("total_tokens"_L1));
    if (parsed.isValid())
        m_usage = parsed; // the last one wins: cumulative usage on every chunk must not be summed
    // SambaNova puts its timings into usage.
    for (const QString &key : {u"time_to_first_token"_s, u"total_latency"_s, u"completion_tokens_per_sec"_s}) {
        if (usage.contains(key))
            m_metrics.insert(key, usage.value(key));
    }
}

StreamAccumulator::Delta StreamAccumulator::addOpenAi(const QJsonObject &object)
{
    Delta delta;
    if (m_model.isEmpty())
        m_model = object.value("model"_L1).toString();
    const QJsonArray choices = object.value("choices"_L1).toArray();
    for (const QJsonValue &value : choices) {
        const QJsonObject choice = value.toObject();
        if (choice.value("index"_L1).toInt(0) != 0)
            continue;
        const QJsonValue deltaValue = choice.value("delta"_L1);
        if (deltaValue.isObject()) {
            const QJsonObject d = deltaValue.toObject();
            const QJsonValue reasoning =
                d.value("reasoning_content"_L1).isString() ? d.value("reasoning_content"_L1) : d.value("reasoning"_L1);
            if (reasoning.isString())
                addReasoning(reasoning.toString(), delta);
            if (d.value("content"_L1).isString())
                addContent(d.value("content"_L1).toString(), delta);
        } else if (choice.value("text"_L1).isString()) { // legacy completions chunks
            addContent(choice.value("text"_L1).toString(), delta);
        }
        if (choice.value("finish_reason"_L1).isString() && !choice.value("finish_reason"_L1).toString().isEmpty())
            m_finishReason = choice.value("finish_reason"_L1).toString();
    }
    takeUsage(object.value("usage"_L1));
    for (const QString &key : {u"timings"_s, u"time_info"_s}) {
        if (object.value(key).isObject())
            m_metrics.insert(key, object.value(key));
    }
    return delta;
}

StreamAccumulator::Delta StreamAccumulator::addTgi(const QJsonObject &object)
{
    Delta delta;
    const QJsonObject token = object.value("token"_L1).toObject();
    if (!token.value("special"_L1).toBool() && token.value("text"_L1).isString())
        addContent(token.value("text"_L1).toString(), delta);
    if (object.contains("generated_text"_L1) && !object.value("generated_text"_L1).isNull()) {
        m_finalEvent = true;
        const QJsonObject details = object.value("details"_L1).toObject();
        if (details.value("finish_reason"_L1).isString())
            m_finishReason = details.value("finish_reason"_L1).toString();
        if (details.contains("generated_tokens"_L1)) {
            m_usage.completionTokens = integerOf(details.value("generated_tokens"_L1));
            if (details.contains("input_length"_L1))
                m_usage.promptTokens = integerOf(details.value("input_length"_L1));
            if (m_usage.promptTokens >= 0)
                m_usage.totalTokens = m_usage.promptTokens + m_usage.completionTokens;
        }
        if (!details.isEmpty())
            m_metrics.insert("details"_L1, details);
    }
    return delta;
}

StreamAccumulator::Delta StreamAccumulator::addOllama(const QJsonObject &object)
{
    Delta delta;
    if (m_model.isEmpty())
        m_model = object.value("model"_L1).toString();
    const QJsonObject message = object.value("message"_L1).toObject();
    const QString thinking = message.contains("thinking"_L1) ? message.value("thinking"_L1).toString()
                                                             : object.value("thinking"_L1).toString();
    addReasoning(thinking, delta);
    if (message.contains("content"_L1))
        addContent(message.value("content"_L1).toString(), delta);
    else if (object.value("response"_L1).isString()) // /api/generate
        addContent(object.value("response"_L1).toString(), delta);
    if (object.value("done"_L1).toBool()) {
        m_finalEvent = true;
        m_finishReason = object.value("done_reason"_L1).toString(u"stop"_s);
        // Metrics are omitempty: a missing count is 0 (a fully cached prompt).
        m_usage.promptTokens = std::max<qint64>(0, integerOf(object.value("prompt_eval_count"_L1)));
        m_usage.completionTokens = std::max<qint64>(0, integerOf(object.value("eval_count"_L1)));
        m_usage.totalTokens = m_usage.promptTokens + m_usage.completionTokens;
        for (const QString &key : {u"total_duration"_s, u"load_duration"_s, u"prompt_eval_count"_s,
                 u"prompt_eval_duration"_s, u"eval_count"_s, u"eval_duration"_s}) {
            if (object.contains(key))
                m_metrics.insert(key, object.value(key));
        }
    }
    return delta;
}

void StreamAccumulator::addReasoning(const QString &text, Delta &delta)
{
    if (text.isEmpty())
        return;
    m_reasoning += text;
    delta.reasoning += text;
}

void StreamAccumulator::addContent(const QString &text, Delta &delta)
{
    if (text.isEmpty())
        return;
    m_rawContent += text;
    m_pending += text;
    for (;;) {
        if (m_think == ThinkState::Start) {
            qsizetype first = 0;
            while (first < m_pending.size() && m_pending.at(first).isSpace())
                ++first;
            const QStringView rest = QStringView(m_pending).sliced(first);
            if (rest.startsWith(OpenTag)) {
                m_think = ThinkState::InThink;
                m_pending.remove(0, first + OpenTag.size());
                continue;
            }
            if (QStringView(OpenTag).startsWith(rest))
                return; // still could become "<think>": wait for more
            m_think = ThinkState::Content;
            continue;
        }
        if (m_think == ThinkState::InThink) {
            const qsizetype close = m_pending.indexOf(CloseTag);
            if (close >= 0) {
                addReasoning(m_pending.left(close), delta);
                m_pending.remove(0, close + CloseTag.size());
                m_think = ThinkState::Content;
                // The answer after a think block starts after its blank line(s).
                while (!m_pending.isEmpty() && m_content.isEmpty() && m_pending.front().isSpace())
                    m_pending.remove(0, 1);
                continue;
            }
            const qsizetype hold = partialTagSuffix(m_pending, CloseTag);
            addReasoning(m_pending.left(m_pending.size() - hold), delta);
            m_pending = m_pending.right(hold);
            return;
        }
        // Content.
        if (m_content.isEmpty() && !m_reasoning.isEmpty()) {
            while (!m_pending.isEmpty() && m_pending.front().isSpace())
                m_pending.remove(0, 1);
        }
        m_content += m_pending;
        delta.content += m_pending;
        m_pending.clear();
        return;
    }
}

StreamAccumulator::Delta StreamAccumulator::finish()
{
    Delta delta;
    if (m_pending.isEmpty())
        return delta;
    if (m_think == ThinkState::InThink)
        addReasoning(std::exchange(m_pending, {}), delta);
    else {
        m_content += m_pending;
        delta.content += std::exchange(m_pending, {});
    }
    m_think = ThinkState::Content;
    return delta;
}
