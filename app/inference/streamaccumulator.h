// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "app/inference/chattypes.h"

// The wire dialect of a generation's events.
enum class StreamDialect
{
    OpenAiChat, // chat.completion.chunk events (and the non-stream chat.completion object)
    TgiGenerate, // TGI /generate_stream token events (and /generate's object or [object])
    OllamaChat // Ollama /api/chat (and /api/generate) NDJSON objects
};

// Folds the events of one generation into its text, reasoning, finish reason, usage and server metrics, following the
// rules in inference-protocols.md §6–7: the first chunk is often text-less; `[DONE]` is optional; usage may come after
// the finish chunk, on the finish chunk, or cumulatively on every chunk (the last non-null one wins, never a sum);
// reasoning arrives as `reasoning_content`, `reasoning`, Ollama's `thinking`, or a leading `<think>…</think>` block in
// the content, possibly split anywhere between chunks; an `error` object inside a 200 stream ends the generation.
class StreamAccumulator
{
public:
    struct Delta
    {
        QString content;
        QString reasoning;
        bool isEmpty() const
        {
            return content.isEmpty() && reasoning.isEmpty();
        }
    };

    explicit StreamAccumulator(StreamDialect dialect);

    // One SSE event's data, or one NDJSON line. Returns the visible text it added.
    Delta addEvent(QByteArrayView data);
    // A whole non-streamed response body.
    Delta addCompleteResponse(const QByteArray &body);
    // End of input: flushes a half-seen `<think>` tag. Returns what that released.
    Delta finish();

    StreamDialect dialect() const
    {
        return m_dialect;
    }
    QString content() const
    {
        return m_content;
    }
    QString reasoning() const
    {
        return m_reasoning;
    }
    // Every content delta concatenated as sent (think tags included): what a conformant reader of the stream saw.
    QString rawContent() const
    {
        return m_rawContent;
    }
    QString finishReason() const
    {
        return m_finishReason;
    }
    TokenUsage usage() const
    {
        return m_usage;
    }
    bool sawDoneMarker() const
    {
        return m_doneMarker;
    }
    // A finish reason, [DONE], TGI's final event (generated_text) or Ollama's done:true arrived.
    bool isComplete() const
    {
        return m_doneMarker || !m_finishReason.isEmpty() || m_finalEvent;
    }
    bool hasError() const
    {
        return !m_error.isEmpty();
    }
    QString errorMessage() const
    {
        return m_error;
    }
    bool hasText() const
    {
        return !m_rawContent.isEmpty() || !m_reasoning.isEmpty();
    }
    int eventCount() const
    {
        return m_events;
    }
    int malformedEvents() const
    {
        return m_malformed;
    }
    QString servedModel() const
    {
        return m_model;
    }
    QJsonObject serverMetrics() const
    {
        return m_metrics;
    }

private:
    Delta addOpenAi(const QJsonObject &object);
    Delta addTgi(const QJsonObject &object);
    Delta addOllama(const QJsonObject &object);
    bool takeError(const QJsonObject &object);
    void takeUsage(const QJsonValue &value);
    void addContent(const QString &text, Delta &delta);
    void addReasoning(const QString &text, Delta &delta);

    enum class ThinkState
    {
        Start, // nothing visible yet: a <think> tag may open
        InThink,
        Content
    };

    StreamDialect m_dialect;
    QString m_content;
    QString m_reasoning;
    QString m_rawContent;
    QString m_pending; // content held back while it may still be (part of) a think tag
    ThinkState m_think = ThinkState::Start;
    QString m_finishReason;
    TokenUsage m_usage;
    QString m_error;
    QString m_model;
    QJsonObject m_metrics;
    bool m_doneMarker = false;
    bool m_finalEvent = false;
    int m_events = 0;
    int m_malformed = 0;
};
