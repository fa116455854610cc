// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include "app/inference/comparerunner.h"
#include "app/storage/batchstore.h"

class QLockFile;
class ChatRun;
class CurlMulti;
class EndpointStore;
class RunStore;

namespace Batches {
// The endpoints a stored batch names, found by id, else by name (renamed or re-added since), in the spec's order.
// std::nullopt with *missing set to the first name that no longer exists.
std::optional<QList<Endpoint>> resolveEndpoints(EndpointStore *endpoints, const BatchSpec &spec, QString *missing);
} // namespace Batches

// Where a running batch stands (BatchRunner::progress()).
struct BatchProgress
{
    int total = 0;
    int done = 0;
    int failed = 0;
    int running = 0; // requests in flight
    int retrying = 0; // waiting for a retry after a transient failure or a rate limit
    int pending = 0; // not started yet (retrying ones excluded)
    double throughputPerSecond = 0; // finished items per second over the last few seconds
    qint64 etaMs = -1; // -1: unknown
    qint64 elapsedMs = 0;
    bool paused = false;
    bool finished = false;

    int completed() const
    {
        return done + failed;
    }
};

// Sends every pending item of a batch (BatchStore) with a concurrency limit overall and per endpoint, and stores
// each result as an ordinary run of the session together with its item, in one transaction. A 429 pauses only its
// endpoint for the Retry-After/RateLimit wait (else a backoff) and halves that endpoint's concurrency (it grows back
// by one after as many successes); 5xx, resets and timeouts are retried with exponential backoff up to the spec's
// maxRetries; other failures fail the item at once. Pause lets the requests in flight finish; cancel aborts them
// (their items stay pending). A batch interrupted by a crash resumes with start() on the same id. Lives on the
// CurlMulti's thread; results settled in one pass of the event loop are written in one transaction at its end.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    struct Limits
    {
        int backoffBaseMs = 1000; // first transient retry; doubles per retry
        int backoffMaxMs = 30000;
        int rateLimitRetries = 12; // 429s an item may see before it fails
        int rateLimitDefaultMs = 2000; // wait after a 429 without Retry-After (doubles while 429s continue)
        int maxServerWaitMs = 600000; // longer Retry-After waits are capped to this
    };

    BatchRunner(
        CurlMulti *multi, RunStore *runs, BatchStore *batches, SecretResolver resolver, QObject *parent = nullptr);
    ~BatchRunner() override;

    void setLimits(const Limits &limits);

    // Starts (or resumes) the batch: `endpoints` are the spec's endpoints resolved, in the same order. Items left
    // 'running' by an interrupted process are sent again; done and failed ones never. false (and error()) when already
    // running, the batch is unknown, or the endpoints do not match the spec.
    bool start(qint64 batchId, const QList<Endpoint> &endpoints);
    void pause();
    void resume();
    void cancel();
    bool isActive() const; // started and not finished or cancelled
    bool isPaused() const;
    qint64 batchId() const
    {
        return m_batchId;
    }
    QString error() const
    {
        return m_error;
    }
    BatchProgress progress() const;
    int currentConcurrency(int endpoint) const; // the endpoint's limit now (lower after 429s)

Q_SIGNALS:
    void progressChanged(const BatchProgress &progress); // at most every ProgressIntervalMs, and at the end
    void itemFinished(int endpoint, RunStatus status, qint64 runId);
    void endpointThrottled(int endpoint, qint64 waitMs); // a 429: the endpoint waits this long
    void saveFailed(const QString &message);
    void finished(); // every item is done or failed (or the batch was cancelled)

public:
    static constexpr int ProgressIntervalMs = 250;
    static constexpr int MinRateLimitWaitMs = 250; // the least a 429 waits, doubled with each one in a row

private:
    struct Job
    {
        qint64 itemId = 0;
        qint64 promptId = 0;
        qint64 replacedRunId = 0; // the failed run of an earlier attempt, replaced by this one's
        int endpoint = 0;
        int transientRetries = 0;
        int rateLimitRetries = 0;
        qint64 dueMs = 0; // a retry waits until then (m_clock time)
        QString text;
        QDateTime startedAt;
        bool retrying = false;
    };
    struct EndpointState
    {
        Endpoint endpoint;
        QString model;
        QByteArray secret;
        bool secretReady = false;
        QString secretError;
        int maxConcurrency = 1;
        int limit = 1; // current, lowered by 429s
        int inFlight = 0;
        int successStreak = 0;
        int rateLimitStreak = 0; // consecutive 429s, for the default backoff
        qint64 pausedUntilMs = 0;
        std::deque<int> queue; // indexes into m_jobs, ready to send
    };

    void schedule();
    void dispatchReady(); // starts what the limits allow, nothing else
    void dispatch(int jobIndex);
    void onRunFinished(ChatRun *run, int jobIndex);
    void settle(int jobIndex, RunResult result, const QString &model);
    void retryLater(int jobIndex, qint64 delayMs, const QString &reason);
    void armTimer();
    void emitProgress(bool force = false);
    void finishIfDone();
    void noteCompletion();
    void saveResults(); // writes the settled items, in one transaction

    CurlMulti *m_multi;
    RunStore *m_runs;
    BatchStore *m_batches;
    SecretResolver m_resolver;
    Limits m_limits;
    qint64 m_batchId = 0;
    qint64 m_sessionId = 0;
    BatchSpec m_spec;
    QList<EndpointState> m_endpoints;
    QList<Job> m_jobs;
    QList<int> m_waiting; // job indexes waiting for their dueMs
    QHash<ChatRun *, int> m_inFlight;
    int m_total = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_nextEndpoint = 0; // round-robin start
    bool m_active = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_finished = false;
    quint64 m_generation = 0;
    QElapsedTimer m_clock;
    QTimer m_wakeTimer;
    QTimer m_progressTimer; // coalesces progress signals
    // Results settled during one pass of the event loop are written together when it ends (a zero timer): every run
    // still commits with its item, and the commit never delays the next request.
    QTimer m_saveTimer;
    QList<BatchCompletion> m_unsaved;
    QList<QPair<int, RunStatus>> m_unsavedOutcomes; // endpoint and status, for itemFinished
    int m_retrying = 0; // jobs queued again for a retry, not yet re-sent
    std::deque<qint64> m_recent; // completion times (m_clock ms) within the throughput window
    QString m_error;
    std::unique_ptr<QLockFile> m_lock; // held while this process runs the batch
    bool m_saveFailedOnce = false;
};
