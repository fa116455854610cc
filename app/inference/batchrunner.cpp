// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inference/batchrunner.h"

#include <algorithm>
#include <utility>

#include <QLockFile>

#include "app/core/logging.h"
#include "app/inference/chatrun.h"
#include "app/net/retrypolicy.h"
#include "app/storage/endpointstore.h"
#include "app/storage/runstore.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ThroughputWindowMs = 10000;

bool isTransient(const RunResult &result)
{
    const int status = result.httpStatus;
    if (status == 408 || status == 500 || status == 502 || status == 503 || status == 504)
        return result.errorKind != u"loading"_s; // ChatRun already waited out a cold start
    // Resets, refused or dropped connections, timeouts, a stream cut in the middle.
    return result.errorKind == u"network"_s || result.errorKind == u"timeout"_s;
}

QString errorLine(const RunResult &result)
{
    QString line = result.errorMessage;
    if (result.httpStatus > 0 && result.httpStatus != 200)
        line = u"HTTP %1: %2"_s.arg(result.httpStatus).arg(line);
    return line;
}

} // namespace

std::optional<QList<Endpoint>> Batches::resolveEndpoints(
    EndpointStore *endpoints, const BatchSpec &spec, QString *missing)
{
    QList<Endpoint> list;
    for (const BatchEndpointSpec &entry : spec.endpoints) {
        std::optional<Endpoint> endpoint = entry.endpointId > 0 ? endpoints->byId(entry.endpointId) : std::nullopt;
        if (!endpoint)
            endpoint = endpoints->byName(entry.name);
        if (!endpoint) {
            *missing = entry.name;
            return std::nullopt;
        }
        list.append(*endpoint);
    }
    return list;
}

BatchRunner::BatchRunner(
    CurlMulti *multi, RunStore *runs, BatchStore *batches, SecretResolver resolver, QObject *parent)
    : QObject(parent)
    , m_multi(multi)
    , m_runs(runs)
    , m_batches(batches)
    , m_resolver(std::move(resolver))
{
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &BatchRunner::schedule);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(0);
    connect(&m_saveTimer, &QTimer::timeout, this, &BatchRunner::saveResults);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { Q_EMIT progressChanged(progress()); });
}

BatchRunner::~BatchRunner()
{
    ++m_generation;
    if (!m_unsaved.isEmpty())
        m_batches->completeItems(m_unsaved);
    // Requests in flight are dropped; their items stay 'running' and are sent again when the batch resumes.
    const QList<ChatRun *> runs = m_inFlight.keys();
    for (ChatRun *run : runs) {
        run->disconnect(this);
        delete run;
    }
}

void BatchRunner::setLimits(const Limits &limits)
{
    m_limits = limits;
}

bool BatchRunner::isActive() const
{
    return m_active;
}

bool BatchRunner::isPaused() const
{
    return m_active && m_paused;
}

int BatchRunner::currentConcurrency(int endpoint) const
{
    return endpoint >= 0 && endpoint < m_endpoints.size() ? m_endpoints.at(endpoint).limit : 0;
}

bool BatchRunner::start(qint64 batchId, const QList<Endpoint> &endpoints)
{
    if (m_active) {
        m_error = tr("A batch is already running");
        return false;
    }
    const std::optional<BatchInfo> info = m_batches->batch(batchId);
    if (!info) {
        m_error = tr("There is no batch %1").arg(batchId);
        return false;
    }
    if (endpoints.size() != info->spec.endpoints.size() || endpoints.isEmpty()) {
        m_error = tr("The batch needs %n endpoint(s)", nullptr, int(info->spec.endpoints.size()));
        return false;
    }
    // One process per batch: a second one would put the first one's requests in flight back to pending and send
    // them again. The lock is a file beside the database; one left by a process that died is taken over.
    m_lock.reset();
    const QString databasePath = m_runs->databasePath();
    if (!databasePath.isEmpty()) {
        auto lock = std::make_unique<QLockFile>(u"%1.batch-%2.lock"_s.arg(databasePath, info->uid));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            m_error = lock->error() == QLockFile::LockFailedError
                ? tr("This batch is running in another HubLens process (pid %1); it can be resumed once that one "
                     "stops")
                      .arg(pid)
                : tr("The batch's lock file could not be created next to the database");
            return false;
        }
        m_lock = std::move(lock);
    }
    m_saveFailedOnce = false;
    if (m_batches->requeueInterrupted(batchId) < 0) {
        m_error = m_batches->lastError();
        return false;
    }
    const QList<BatchItem> items = m_batches->pendingItems(batchId);
    const BatchCounts counts = m_batches->counts(batchId);

    ++m_generation;
    m_batchId = batchId;
    m_sessionId = info->sessionId;
    m_spec = info->spec;
    m_total = counts.total;
    m_done = counts.done;
    m_failed = counts.failed;
    m_retrying = 0;
    m_waiting.clear();
    m_inFlight.clear();
    m_recent.clear();
    m_jobs.clear();
    m_jobs.reserve(items.size());
    m_endpoints = QList<EndpointState>(endpoints.size());
    const int overall = std::max(1, m_spec.concurrency);
    for (int i = 0; i < endpoints.size(); ++i) {
        EndpointState &state = m_endpoints[i];
        state.endpoint = endpoints.at(i);
        state.model =
            m_spec.endpoints.at(i).model.isEmpty() ? state.endpoint.defaultModel : m_spec.endpoints.at(i).model;
        state.maxConcurrency = m_spec.endpointConcurrency > 0 ? std::min(m_spec.endpointConcurrency, overall) : overall;
        state.limit = state.maxConcurrency;
    }
    for (const BatchItem &item : items) {
        if (item.endpoint < 0 || item.endpoint >= m_endpoints.size())
            continue;
        Job job;
        job.itemId = item.id;
        job.promptId = item.promptId;
        job.endpoint = item.endpoint;
        job.text = item.text;
        job.replacedRunId = item.runId;
        m_jobs.append(job);
        m_endpoints[item.endpoint].queue.push_back(int(m_jobs.size() - 1));
    }
    m_active = true;
    m_paused = false;
    m_cancelled = false;
    m_finished = false;
    m_error.clear();
    m_clock.start();
    m_batches->setState(batchId, BatchState::Running);
    qCInfo(lcInference) << "batch" << batchId << ":" << m_jobs.size() << "items to send of" << m_total;

    const quint64 generation = m_generation;
    for (int i = 0; i < m_endpoints.size(); ++i) {
        m_resolver(
            m_endpoints.at(i).endpoint, this, [this, i, generation](const QByteArray &secret, const QString &error) {
                if (generation != m_generation || !m_active || i >= m_endpoints.size())
                    return;
                EndpointState &state = m_endpoints[i];
                state.secretReady = true;
                state.secret = secret;
                state.secretError = error;
                schedule();
            });
    }
    emitProgress(true);
    finishIfDone(); // nothing left to send
    return true;
}

void BatchRunner::pause()
{
    if (!m_active || m_paused)
        return;
    m_paused = true;
    m_wakeTimer.stop();
    m_batches->setState(m_batchId, BatchState::Paused);
    emitProgress(true);
}

void BatchRunner::resume()
{
    if (!m_active || !m_paused)
        return;
    m_paused = false;
    m_batches->setState(m_batchId, BatchState::Running);
    schedule();
    emitProgress(true);
}

void BatchRunner::cancel()
{
    if (!m_active)
        return;
    m_cancelled = true;
    m_wakeTimer.stop();
    // Each stopped run ends through onRunFinished as Cancelled: its item goes back to pending.
    const QList<ChatRun *> runs = m_inFlight.keys();
    for (ChatRun *run : runs)
        run->stop();
    saveResults();
    m_active = false;
    m_batches->setState(m_batchId, BatchState::Cancelled);
    m_lock.reset();
    emitProgress(true);
    Q_EMIT finished();
}

void BatchRunner::schedule()
{
    if (!m_active || m_paused || m_cancelled)
        return;
    const qint64 now = m_clock.elapsed();
    // Retries whose wait is over go to the front of their endpoint's queue.
    for (qsizetype i = 0; i < m_waiting.size();) {
        const int jobIndex = m_waiting.at(i);
        if (m_jobs.at(jobIndex).dueMs <= now) {
            m_endpoints[m_jobs.at(jobIndex).endpoint].queue.push_front(jobIndex);
            m_waiting.removeAt(i);
        } else {
            ++i;
        }
    }
    // Endpoints without a secret fail their items.
    for (int e = 0; e < m_endpoints.size(); ++e) {
        EndpointState &state = m_endpoints[e];
        if (!state.secretReady || state.secretError.isEmpty())
            continue;
        while (!state.queue.empty()) {
            const int jobIndex = state.queue.front();
            state.queue.pop_front();
            RunResult result;
            result.status = RunStatus::Failed;
            result.errorKind = u"auth"_s;
            result.errorMessage = state.secretError;
            settle(jobIndex, result, state.model);
        }
    }
    dispatchReady();
    armTimer();
    finishIfDone();
}

void BatchRunner::dispatchReady()
{
    if (!m_active || m_paused || m_cancelled)
        return;
    const qint64 now = m_clock.elapsed();
    const int overall = std::max(1, m_spec.concurrency);
    bool progressed = true;
    while (progressed && m_inFlight.size() < overall && m_active) {
        progressed = false;
        for (int step = 0; step < m_endpoints.size() && m_inFlight.size() < overall; ++step) {
            const int e = (m_nextEndpoint + step) % int(m_endpoints.size());
            EndpointState &state = m_endpoints[e];
            if (!state.secretReady || state.queue.empty() || state.inFlight >= state.limit || state.pausedUntilMs > now)
                continue;
            const int jobIndex = state.queue.front();
            state.queue.pop_front();
            m_nextEndpoint = (e + 1) % int(m_endpoints.size());
            dispatch(jobIndex);
            progressed = true;
        }
    }
}

void BatchRunner::armTimer()
{
    if (!m_active || m_paused)
        return;
    qint64 next = -1;
    for (const int jobIndex : std::as_const(m_waiting)) {
        const qint64 due = m_jobs.at(jobIndex).dueMs;
        next = next < 0 ? due : std::min(next, due);
    }
    for (const EndpointState &state : std::as_const(m_endpoints)) {
        // Only a pause still to come: one that is over would re-arm a 0 ms timer for as long as the overall limit
        // keeps this endpoint waiting, a busy loop.
        if (!state.queue.empty() && state.pausedUntilMs > m_clock.elapsed() && state.inFlight < state.limit)
            next = next < 0 ? state.pausedUntilMs : std::min(next, state.pausedUntilMs);
    }
    if (next < 0) {
        m_wakeTimer.stop();
        return;
    }
    const qint64 delay = std::max<qint64>(0, next - m_clock.elapsed());
    m_wakeTimer.start(int(std::min<qint64>(delay, 24 * 3600 * 1000)));
}

void BatchRunner::dispatch(int jobIndex)
{
    Job &job = m_jobs[jobIndex];
    EndpointState &state = m_endpoints[job.endpoint];
    if (job.retrying) {
        job.retrying = false;
        --m_retrying;
    }
    ChatRequest request;
    request.model = state.model;
    if (!m_spec.systemPrompt.isEmpty())
        request.messages.append({u"system"_s, m_spec.systemPrompt});
    request.messages.append({u"user"_s, job.text});
    request.params = m_spec.params;
    auto *run = new ChatRun(m_multi, state.endpoint, request, state.secret, this);
    run->setRetryLimits(0, 0); // the batch schedules retries per endpoint
    run->setRequestTimeoutMs(m_spec.requestTimeoutSeconds * 1000);
    job.startedAt = QDateTime::currentDateTimeUtc();
    ++state.inFlight;
    m_inFlight.insert(run, jobIndex);
    connect(run, &ChatRun::finished, this, [this, run, jobIndex] { onRunFinished(run, jobIndex); });
    run->start(); // queues the transfer; nothing is sent before control returns to the event loop
    m_batches->markRunning(job.itemId);
}

void BatchRunner::onRunFinished(ChatRun *run, int jobIndex)
{
    if (!m_inFlight.remove(run))
        return;
    run->disconnect(this);
    run->deleteLater();
    Job &job = m_jobs[jobIndex];
    EndpointState &state = m_endpoints[job.endpoint];
    --state.inFlight;
    const RunResult &result = run->result();
    const QString model = run->request().model;

    if (result.status == RunStatus::Cancelled) {
        m_batches->markPending(job.itemId, QString());
        emitProgress();
        return;
    }
    if (result.status == RunStatus::Failed && result.httpStatus == 429
        && job.rateLimitRetries < m_limits.rateLimitRetries) {
        // Slow the endpoint down, not the batch: wait what the server asked, halve its concurrency.
        ++job.rateLimitRetries;
        ++state.rateLimitStreak;
        state.successStreak = 0;
        state.limit = std::max(1, state.limit / 2);
        qint64 wait = result.retryAfterMs;
        if (wait < 0)
            wait = qint64(m_limits.rateLimitDefaultMs) << std::min(state.rateLimitStreak - 1, 5);
        // "Retry-After: 0" (or a date already past) with a 429 would spend the whole retry budget in milliseconds:
        // a 429 always waits a little, growing with the streak.
        if (wait < MinRateLimitWaitMs)
            wait = qint64(MinRateLimitWaitMs) << std::min(state.rateLimitStreak - 1, 5);
        wait = std::min<qint64>(wait, m_limits.maxServerWaitMs);
        state.pausedUntilMs = std::max(state.pausedUntilMs, m_clock.elapsed() + wait);
        m_batches->markPending(job.itemId, errorLine(result));
        job.retrying = true;
        ++m_retrying;
        state.queue.push_front(jobIndex);
        qCInfo(lcInference).noquote() << "batch: endpoint" << state.endpoint.name << "rate limited; waiting" << wait
                                      << "ms at concurrency" << state.limit;
        Q_EMIT endpointThrottled(job.endpoint, wait);
    } else if (result.status == RunStatus::Failed && isTransient(result) && job.transientRetries < m_spec.maxRetries) {
        ++job.transientRetries;
        const RetryPolicy policy{.maxRetries = m_spec.maxRetries,
            .baseDelayMs = m_limits.backoffBaseMs,
            .maxDelayMs = m_limits.backoffMaxMs,
            .maxServerDelayMs = m_limits.maxServerWaitMs,
            .retryNetworkErrors = true};
        qint64 delay = Retry::backoffDelayMs(policy, job.transientRetries);
        if (result.retryAfterMs >= 0)
            delay = std::max<qint64>(delay, std::min<qint64>(result.retryAfterMs, m_limits.maxServerWaitMs));
        retryLater(jobIndex, delay, errorLine(result));
    } else {
        const bool ok = result.status == RunStatus::Succeeded || result.status == RunStatus::Truncated;
        if (ok && result.retryAfterMs > 0) {
            // The answer said the endpoint's limit is used up: wait for the reset instead of running into 429s.
            const qint64 wait = std::min<qint64>(result.retryAfterMs, m_limits.maxServerWaitMs);
            state.pausedUntilMs = std::max(state.pausedUntilMs, m_clock.elapsed() + wait);
            Q_EMIT endpointThrottled(job.endpoint, wait);
        }
        if (ok) {
            state.rateLimitStreak = 0;
            if (state.limit < state.maxConcurrency && ++state.successStreak >= state.limit) {
                ++state.limit;
                state.successStreak = 0;
            }
        }
        // The freed slot is refilled before the result is written: the next request never waits for the commit.
        dispatchReady();
        settle(jobIndex, result, model);
    }
    schedule();
    emitProgress();
}

void BatchRunner::retryLater(int jobIndex, qint64 delayMs, const QString &reason)
{
    Job &job = m_jobs[jobIndex];
    m_batches->markPending(job.itemId, reason);
    job.dueMs = m_clock.elapsed() + delayMs;
    if (!job.retrying) {
        job.retrying = true;
        ++m_retrying;
    }
    m_waiting.append(jobIndex);
}

void BatchRunner::settle(int jobIndex, RunResult result, const QString &model)
{
    Job &job = m_jobs[jobIndex];
    if (job.retrying) {
        job.retrying = false;
        --m_retrying;
    }
    const EndpointState &state = m_endpoints.at(job.endpoint);
    const bool ok = result.status == RunStatus::Succeeded || result.status == RunStatus::Truncated;
    result.attempts = 1 + job.transientRetries + job.rateLimitRetries;
    StoredRun stored;
    stored.sessionId = m_sessionId;
    stored.promptId = job.promptId;
    stored.endpointId = state.endpoint.id;
    stored.endpointName = state.endpoint.name;
    stored.endpointKind = Endpoints::kindName(state.endpoint.kind);
    stored.endpointUrl = state.endpoint.url.toString(QUrl::RemoveUserInfo);
    stored.model = model;
    stored.params = m_spec.params;
    if (!m_spec.systemPrompt.isEmpty())
        stored.messages.append({u"system"_s, m_spec.systemPrompt});
    stored.messages.append({u"user"_s, job.text});
    stored.startedAt = job.startedAt.isValid() ? job.startedAt : QDateTime::currentDateTimeUtc();
    stored.result = result;
    m_unsaved.append({job.itemId, stored, ok, ok ? QString() : errorLine(result), job.replacedRunId});
    m_unsavedOutcomes.append({job.endpoint, result.status});
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
    if (ok)
        ++m_done;
    else
        ++m_failed;
    job.text = QString(); // sent and settled: the batch holds no answers and drops the prompts it is done with
    noteCompletion();
}

void BatchRunner::saveResults()
{
    m_saveTimer.stop();
    if (m_unsaved.isEmpty())
        return;
    const QList<BatchCompletion> unsaved = std::exchange(m_unsaved, {});
    const QList<QPair<int, RunStatus>> outcomes = std::exchange(m_unsavedOutcomes, {});
    const QList<qint64> ids = m_batches->completeItems(unsaved);
    bool reported = false;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids.at(i) <= 0 && !reported) {
            reported = true;
            // Those items stay 'running' in the database: the batch must not be marked finished, so a resume
            // sends them again.
            m_saveFailedOnce = true;
            Q_EMIT saveFailed(tr("Results could not be saved: %1").arg(m_batches->lastError()));
        }
        Q_EMIT itemFinished(outcomes.at(i).first, outcomes.at(i).second, ids.at(i));
    }
}

void BatchRunner::noteCompletion()
{
    const qint64 now = m_clock.elapsed();
    m_recent.push_back(now);
    while (!m_recent.empty() && m_recent.front() < now - ThroughputWindowMs)
        m_recent.pop_front();
}

BatchProgress BatchRunner::progress() const
{
    BatchProgress progress;
    progress.total = m_total;
    progress.done = m_done;
    progress.failed = m_failed;
    progress.running = int(m_inFlight.size());
    progress.retrying = m_retrying;
    progress.pending = std::max(0, m_total - m_done - m_failed - progress.running - progress.retrying);
    progress.paused = m_active && m_paused;
    progress.finished = m_finished;
    progress.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (!m_recent.empty() && m_clock.isValid()) {
        const qint64 now = m_clock.elapsed();
        qsizetype count = 0;
        for (auto it = m_recent.rbegin(); it != m_recent.rend() && *it >= now - ThroughputWindowMs; ++it)
            ++count;
        const double span = double(std::min<qint64>(now, ThroughputWindowMs)) / 1000.0;
        if (span > 0.2)
            progress.throughputPerSecond = double(count) / span;
    }
    const int remaining = m_total - m_done - m_failed;
    if (remaining == 0)
        progress.etaMs = 0;
    else if (progress.throughputPerSecond > 0 && !progress.paused)
        progress.etaMs = qint64(double(remaining) / progress.throughputPerSecond * 1000.0);
    return progress;
}

void BatchRunner::emitProgress(bool force)
{
    if (force) {
        m_progressTimer.stop();
        Q_EMIT progressChanged(progress());
        return;
    }
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void BatchRunner::finishIfDone()
{
    if (!m_active || !m_inFlight.isEmpty() || !m_waiting.isEmpty())
        return;
    for (const EndpointState &state : std::as_const(m_endpoints)) {
        if (!state.queue.empty())
            return;
    }
    saveResults();
    m_active = false;
    m_finished = true;
    m_wakeTimer.stop();
    // Finished only when the database agrees: results that could not be saved leave their items unfinished, and
    // the batch then stays open to resume.
    const BatchCounts counts = m_batches->counts(m_batchId);
    const bool complete = !m_saveFailedOnce && counts.done + counts.failed == counts.total;
    m_batches->setState(m_batchId, complete ? BatchState::Finished : BatchState::Paused);
    m_lock.reset();
    qCInfo(lcInference) << "batch" << m_batchId << "finished:" << m_done << "done," << m_failed << "failed";
    emitProgress(true);
    Q_EMIT finished();
}
