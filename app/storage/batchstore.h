// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include "app/inference/chattypes.h"
#include "app/storage/runstore.h"

class Statement;

// One endpoint of a batch as it was chosen: found again by id, else by name, when the batch resumes.
struct BatchEndpointSpec
{
    qint64 endpointId = 0;
    QString name;
    QString model; // empty: the endpoint's default model
};

// What a batch sends and how (batches.spec, JSON). The prompts themselves are rows of `prompts`.
struct BatchSpec
{
    QJsonObject source; // {"kind":"file","path":…} / {"kind":"dataset",…} / {"kind":"typed"}
    QString templateText; // empty: the column's value as it is
    QString column;
    QString systemPrompt;
    GenerationParams params;
    int concurrency = 8; // requests in flight over all endpoints
    int endpointConcurrency = 0; // per endpoint; 0: the overall limit
    int maxRetries = 3; // transient failures (5xx, resets, timeouts) per item
    int requestTimeoutSeconds = 300; // one request, from the send to the last byte
    QList<BatchEndpointSpec> endpoints;

    QJsonObject toJson() const;
    static BatchSpec fromJson(const QJsonObject &object);
};

enum class BatchState
{
    Running, // started and not stopped by the user: when no process runs it, it was interrupted
    Paused,
    Cancelled,
    Finished // every item is done or failed
};
QString batchStateName(BatchState state);

enum class BatchItemState
{
    Pending,
    Running,
    Done,
    Failed
};

struct BatchCounts
{
    int total = 0;
    int pending = 0;
    int running = 0;
    int done = 0;
    int failed = 0;
};

struct BatchInfo
{
    qint64 id = 0;
    QString uid;
    qint64 sessionId = 0;
    BatchSpec spec;
    BatchState state = BatchState::Running;
    QDateTime createdAt;
    QDateTime updatedAt;
    BatchCounts counts;

    bool isUnfinished() const
    {
        return state != BatchState::Finished;
    }
};

// An item to send: the prompt's text comes along so the runner needs no further reads.
struct BatchItem
{
    qint64 id = 0;
    qint64 promptId = 0;
    int endpoint = 0; // index into BatchSpec::endpoints
    BatchItemState state = BatchItemState::Pending;
    int attempts = 0;
    qint64 runId = 0;
    QString lastError;
    QString text;
};

// One settled item: its run, and whether it succeeded (see BatchStore::completeItems).
struct BatchCompletion
{
    qint64 itemId = 0;
    StoredRun run;
    bool ok = false;
    QString error;
    qint64 replacedRunId =
        0; // the failed run of an earlier attempt (BatchItem::runId), deleted in the same transaction
};

// Per endpoint of a batch: outcomes and latency over its stored runs (for the summaries).
struct BatchEndpointStats
{
    int endpoint = 0;
    int done = 0;
    int failed = 0;
    int pending = 0; // pending or running
    QList<double> totalMs; // of the successful runs, sorted
    double medianMs() const;
    double p95Ms() const;
};

// Batches and their items, on the RunStore's connection (so a result and its item commit together, and an in-memory
// database works in tests). Every method is one statement or one Transaction: a process killed at any moment leaves
// each write whole or absent. Use from the RunStore's thread; destroy it before the RunStore.
class BatchStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchStore)

public:
    explicit BatchStore(RunStore *runs, QObject *parent = nullptr);
    ~BatchStore() override;

    // The prompts (with their sources) and one pending item per prompt and endpoint, in one transaction.
    // 0 on failure (lastError()).
    qint64 createBatch(
        qint64 sessionId, const BatchSpec &spec, const QList<QString> &texts, const QList<QJsonObject> &sources);
    std::optional<BatchInfo> batch(qint64 id);
    QList<BatchInfo> batches(qint64 sessionId); // newest first
    // The newest batch of the session that is not finished, if any.
    std::optional<BatchInfo> unfinishedBatch(qint64 sessionId);
    BatchCounts counts(qint64 batchId);
    QList<BatchEndpointStats> endpointStats(qint64 batchId);

    bool setState(qint64 batchId, BatchState state);
    // Items left 'running' by a process that died go back to 'pending'. Returns how many (-1 on failure).
    int requeueInterrupted(qint64 batchId);
    // Failed items go back to 'pending' (their failed runs stay until the new result replaces them). -1 on failure.
    int requeueFailed(qint64 batchId);
    // Pending items (with their prompt text), in prompt order then endpoint.
    QList<BatchItem> pendingItems(qint64 batchId);
    QList<BatchItem> items(qint64 batchId); // all of them (without text)

    // attempts + 1 and state 'running'. Written with the next write of this store (a result's transaction usually),
    // not in a commit of its own: an item whose mark was never written is 'pending', which resumes the same way.
    void markRunning(qint64 itemId);
    bool flushRunningMarks();
    bool markPending(qint64 itemId, const QString &lastError); // a retry will follow
    // Stores `run` and settles the item (done, or failed with `error`) in one transaction; `replacedRunId`, the failed
    // run the item had from an earlier attempt (BatchItem::runId), is deleted in it. Returns the run id, 0 on failure.
    qint64 completeItem(qint64 itemId, const StoredRun &run, bool ok, const QString &error, qint64 replacedRunId = 0);
    // Several at once, in one transaction (each run still commits together with its item). The run ids in order; 0
    // for an item that was already done (its run is not kept) and for all of them when the transaction failed.
    QList<qint64> completeItems(const QList<BatchCompletion> &completions);

    QString lastError() const;

Q_SIGNALS:
    void batchesChanged(qint64 sessionId);

private:
    bool fail(const QString &error);
    BatchInfo infoFrom(Statement &row);
    bool writeRunningMarks(); // inside a transaction
    Statement &cached(std::unique_ptr<Statement> &slot, const QString &sql);

    RunStore *m_runs;
    QString m_lastError;
    QList<qint64> m_runningMarks;
    // Prepared once: a batch writes thousands of results. They die with this store, before the RunStore's connection.
    std::unique_ptr<Statement> m_insertRun;
    std::unique_ptr<Statement> m_settleItem;
    std::unique_ptr<Statement> m_deleteRun;
    std::unique_ptr<Statement> m_markRunning;
};
