// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include "app/inference/chattypes.h"

class RunStore;
class Statement;
struct StoredRun;

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
// each write whole or absent. Use from the RunStore's thread.
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

    bool markRunning(qint64 itemId); // attempts + 1
    bool markPending(qint64 itemId, const QString &lastError); // a retry will follow
    // Stores `run` and settles the item (done, or failed with `error`) in one transaction; a failed run the item had
    // before (from an earlier attempt at a failed item) is replaced. Returns the run id, 0 on failure.
    qint64 completeItem(qint64 itemId, const StoredRun &run, bool ok, const QString &error);

    QString lastError() const;

Q_SIGNALS:
    void batchesChanged(qint64 sessionId);

private:
    bool fail(const QString &error);
    BatchInfo infoFrom(Statement &row);

    RunStore *m_runs;
    QString m_lastError;
};
