// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "app/inference/chattypes.h"
#include "app/inference/endpoint.h"
#include "app/inference/inferenceprovider.h"

class ChatRun;
class CurlMulti;
class RunStore;

// Finds the secret an endpoint sends; calls `done` once, possibly later (keychain reads are asynchronous).
using SecretResolver = std::function<void(const Endpoint &endpoint, QObject *context,
    std::function<void(const QByteArray &secret, const QString &error)> done)>;

// Finds the revision of the model a column asks (EndpointService::resolveRevision); calls `done` once, maybe empty.
using RevisionResolver = std::function<void(const Endpoint &endpoint, const QString &model, QObject *context,
    std::function<void(const QString &revision)> done)>;

// One column of a comparison: an endpoint, the model to ask, and parameter overrides over the shared ones.
struct CompareColumn
{
    Endpoint endpoint;
    QString model; // empty: the endpoint's default model
    GenerationParams overrides;
    QList<ProviderOffer> offers; // hf-router prices for the cost, when known
    QString revision; // model revision sha where known
};

// The same prompt to 2–8 columns at once (the GUI's Compare page and `hublens compare` share it). Each column keeps its
// own conversation, so a follow-up continues every column's dialogue with its own earlier answers. Every run is
// saved into the session as it finishes (a default session is created when none is set). Columns are independent: a
// failing column never stops the others.
class CompareRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareRunner)

public:
    static constexpr int MinColumns = 1;
    static constexpr int MaxColumns = 8;

    CompareRunner(CurlMulti *multi, RunStore *store, SecretResolver resolver, QObject *parent = nullptr);
    ~CompareRunner() override;

    // Replaces the columns and forgets the conversations. Refused (false) while running.
    bool setColumns(const QList<CompareColumn> &columns);
    QList<CompareColumn> columns() const
    {
        return m_columns;
    }
    int columnCount() const
    {
        return int(m_columns.size());
    }
    // Optional: each column's model revision is looked up once, in parallel with its first run, and recorded with
    // the runs that finish after it is known.
    void setRevisionResolver(RevisionResolver resolver);
    void setSessionId(qint64 sessionId); // a different session also forgets the conversations
    qint64 sessionId() const
    {
        return m_sessionId;
    }

    // Sends `prompt` to every column. followUp: continue each column's conversation (its system prompt stays the one
    // of the first turn); otherwise start fresh. false (and error()) when running, without columns or prompt, or when
    // the session cannot be written.
    bool run(const QString &prompt, const QString &systemPrompt, const GenerationParams &shared, bool followUp);
    void stop(int column);
    void stopAll();
    bool isRunning() const;
    bool isColumnRunning(int column) const;
    bool hasConversation() const;
    int turnCount() const
    {
        return m_turns;
    }

    ChatRun *chatRun(int column) const; // the column's current or last run, or nullptr
    QList<ChatMessage> conversation(int column) const;
    qint64 lastRunId(int column) const;

Q_SIGNALS:
    void columnStarted(int column);
    void columnStatus(int column, const QString &message);
    void columnText(int column, const QString &content, const QString &reasoning);
    void columnFinished(int column, const RunResult &result, qint64 runId);
    void allFinished();
    void saveFailed(const QString &message);

private:
    struct ColumnState
    {
        QList<ChatMessage> history; // the conversation so far (system, user, assistant, …)
        qint64 lastRunId = 0;
        QPointer<ChatRun> run;
        QList<ChatMessage> sent;
        QDateTime startedAt;
        bool running = false;
        bool waitingForSecret = false;
        bool revisionRequested = false;
    };

    void startColumn(int column, const QByteArray &secret);
    void finishColumn(int column, const RunResult &result);
    void checkAllFinished();

    CurlMulti *m_multi;
    RunStore *m_store;
    SecretResolver m_resolver;
    RevisionResolver m_revisionResolver;
    quint64 m_columnsGeneration = 0; // invalidates revision callbacks of replaced columns
    QList<CompareColumn> m_columns;
    QList<ColumnState> m_state;
    qint64 m_sessionId = 0;
    qint64 m_promptId = 0;
    GenerationParams m_shared;
    int m_turns = 0;
    quint64 m_generation = 0; // invalidates secret callbacks of an earlier run
};
