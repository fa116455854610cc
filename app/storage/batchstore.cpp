// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/batchstore.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>

#include "app/core/logging.h"
#include "app/storage/database.h"
#include "app/storage/runstore.h"
#include "app/storage/statement.h"
#include "app/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<BatchState> stateFromName(const QString &name)
{
    for (BatchState state : {BatchState::Running, BatchState::Paused, BatchState::Cancelled, BatchState::Finished}) {
        if (batchStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

BatchItemState itemStateFromName(const QString &name)
{
    if (name == u"running"_s)
        return BatchItemState::Running;
    if (name == u"done"_s)
        return BatchItemState::Done;
    if (name == u"failed"_s)
        return BatchItemState::Failed;
    return BatchItemState::Pending;
}

double percentile(const QList<double> &sorted, double fraction)
{
    if (sorted.isEmpty())
        return -1;
    // Nearest rank: the smallest value with at least `fraction` of the values at or below it.
    const qsizetype rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace

QString batchStateName(BatchState state)
{
    switch (state) {
    case BatchState::Running:
        return u"running"_s;
    case BatchState::Paused:
        return u"paused"_s;
    case BatchState::Cancelled:
        return u"cancelled"_s;
    case BatchState::Finished:
        return u"finished"_s;
    }
    return u"running"_s;
}

QJsonObject BatchSpec::toJson() const
{
    QJsonArray list;
    for (const BatchEndpointSpec &endpoint : endpoints) {
        list.append(
            QJsonObject{{u"id"_s, endpoint.endpointId}, {u"name"_s, endpoint.name}, {u"model"_s, endpoint.model}});
    }
    return QJsonObject{{u"source"_s, source}, {u"template"_s, templateText}, {u"column"_s, column},
        {u"system"_s, systemPrompt}, {u"params"_s, params.toJson()}, {u"concurrency"_s, concurrency},
        {u"endpoint_concurrency"_s, endpointConcurrency}, {u"max_retries"_s, maxRetries},
        {u"request_timeout_s"_s, requestTimeoutSeconds}, {u"endpoints"_s, list}};
}

BatchSpec BatchSpec::fromJson(const QJsonObject &object)
{
    BatchSpec spec;
    spec.source = object.value("source"_L1).toObject();
    spec.templateText = object.value("template"_L1).toString();
    spec.column = object.value("column"_L1).toString();
    spec.systemPrompt = object.value("system"_L1).toString();
    spec.params = GenerationParams::fromJson(object.value("params"_L1).toObject());
    spec.concurrency = std::max(1, object.value("concurrency"_L1).toInt(8));
    spec.endpointConcurrency = std::max(0, object.value("endpoint_concurrency"_L1).toInt(0));
    spec.maxRetries = std::max(0, object.value("max_retries"_L1).toInt(3));
    spec.requestTimeoutSeconds = std::max(1, object.value("request_timeout_s"_L1).toInt(300));
    for (const QJsonValue &value : object.value("endpoints"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        spec.endpoints.append(
            {entry.value("id"_L1).toInteger(), entry.value("name"_L1).toString(), entry.value("model"_L1).toString()});
    }
    return spec;
}

double BatchEndpointStats::medianMs() const
{
    return percentile(totalMs, 0.5);
}

double BatchEndpointStats::p95Ms() const
{
    return percentile(totalMs, 0.95);
}

BatchStore::BatchStore(RunStore *runs, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
{
}

BatchStore::~BatchStore()
{
    flushRunningMarks();
}

Statement &BatchStore::cached(std::unique_ptr<Statement> &slot, const QString &sql)
{
    if (!slot)
        slot = std::make_unique<Statement>(m_runs->database().prepare(sql));
    slot->reset();
    return *slot;
}

bool BatchStore::writeRunningMarks()
{
    if (m_runningMarks.isEmpty())
        return true;
    Statement &mark = cached(m_markRunning,
        u"UPDATE batch_items SET state = 'running', attempts = attempts + 1 WHERE id = ?1 AND state = 'pending'"_s);
    for (const qint64 id : std::as_const(m_runningMarks)) {
        mark.bind(1, id);
        if (!mark.exec())
            return fail(mark.error());
    }
    m_runningMarks.clear();
    return true;
}

bool BatchStore::flushRunningMarks()
{
    if (m_runningMarks.isEmpty())
        return true;
    Transaction transaction(m_runs->database());
    if (!transaction.isActive())
        return fail(transaction.error());
    QString error;
    if (!writeRunningMarks() || !transaction.commit(&error))
        return fail(error.isEmpty() ? m_lastError : error);
    return true;
}

QString BatchStore::lastError() const
{
    return m_lastError;
}

bool BatchStore::fail(const QString &error)
{
    m_lastError = error;
    qCWarning(lcStorage).noquote() << "batches:" << error;
    return false;
}

qint64 BatchStore::createBatch(
    qint64 sessionId, const BatchSpec &spec, const QList<QString> &texts, const QList<QJsonObject> &sources)
{
    Database &database = m_runs->database();
    Transaction transaction(database);
    if (!transaction.isActive()) {
        fail(transaction.error());
        return 0;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Statement batch = database.prepare(u"INSERT INTO batches (uid, session_id, spec, state, created_at, updated_at) "
                                       "VALUES (lower(hex(randomblob(16))), ?1, ?2, 'running', ?3, ?3)"_s);
    batch.bind(1, sessionId);
    batch.bind(2, jsonText(spec.toJson()));
    batch.bind(3, now);
    if (!batch.exec()) {
        fail(batch.error());
        return 0;
    }
    const qint64 batchId = database.lastInsertId();
    Statement prompt =
        database.prepare(u"INSERT INTO prompts (session_id, text, system_prompt, source, created_at, uid) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, lower(hex(randomblob(16))))"_s);
    Statement item = database.prepare(u"INSERT INTO batch_items (batch_id, prompt_id, endpoint) VALUES (?1, ?2, ?3)"_s);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QJsonObject source = sources.value(i);
        source.insert(u"batch"_s, batchId);
        prompt.bind(1, sessionId);
        prompt.bind(2, texts.at(i));
        if (spec.systemPrompt.isEmpty())
            prompt.bind(3, nullptr);
        else
            prompt.bind(3, spec.systemPrompt);
        prompt.bind(4, jsonText(source));
        prompt.bind(5, now);
        if (!prompt.exec()) {
            fail(prompt.error());
            return 0;
        }
        const qint64 promptId = database.lastInsertId();
        for (int endpoint = 0; endpoint < spec.endpoints.size(); ++endpoint) {
            item.bind(1, batchId);
            item.bind(2, promptId);
            item.bind(3, endpoint);
            if (!item.exec()) {
                fail(item.error());
                return 0;
            }
        }
    }
    QString error;
    if (!transaction.commit(&error)) {
        fail(error);
        return 0;
    }
    m_lastError.clear();
    Q_EMIT batchesChanged(sessionId);
    Q_EMIT m_runs->sessionsChanged(); // the prompt counts changed
    return batchId;
}

BatchInfo BatchStore::infoFrom(Statement &row)
{
    BatchInfo info;
    info.id = row.columnInt64(0);
    info.uid = row.columnText(1);
    info.sessionId = row.columnInt64(2);
    info.spec = BatchSpec::fromJson(QJsonDocument::fromJson(row.columnText(3).toUtf8()).object());
    info.state = stateFromName(row.columnText(4)).value_or(BatchState::Paused);
    info.createdAt = row.columnDateTime(5);
    info.updatedAt = row.columnDateTime(6);
    return info;
}

std::optional<BatchInfo> BatchStore::batch(qint64 id)
{
    Statement select = m_runs->database().prepare(
        u"SELECT id, uid, session_id, spec, state, created_at, updated_at FROM batches WHERE id = ?1"_s);
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    BatchInfo info = infoFrom(select);
    info.counts = counts(id);
    return info;
}

QList<BatchInfo> BatchStore::batches(qint64 sessionId)
{
    Statement select =
        m_runs->database().prepare(u"SELECT id, uid, session_id, spec, state, created_at, updated_at FROM batches "
                                   "WHERE session_id = ?1 ORDER BY id DESC"_s);
    select.bind(1, sessionId);
    QList<BatchInfo> list;
    while (select.step())
        list.append(infoFrom(select));
    for (BatchInfo &info : list)
        info.counts = counts(info.id);
    return list;
}

std::optional<BatchInfo> BatchStore::unfinishedBatch(qint64 sessionId)
{
    Statement select = m_runs->database().prepare(u"SELECT id FROM batches WHERE session_id = ?1 AND "
                                                  "state <> 'finished' ORDER BY id DESC LIMIT 1"_s);
    select.bind(1, sessionId);
    if (!select.step())
        return std::nullopt;
    return batch(select.columnInt64(0));
}

BatchCounts BatchStore::counts(qint64 batchId)
{
    flushRunningMarks();
    Statement select =
        m_runs->database().prepare(u"SELECT state, count(*) FROM batch_items WHERE batch_id = ?1 GROUP BY state"_s);
    select.bind(1, batchId);
    BatchCounts counts;
    while (select.step()) {
        const int n = select.columnInt(1);
        counts.total += n;
        switch (itemStateFromName(select.columnText(0))) {
        case BatchItemState::Pending:
            counts.pending += n;
            break;
        case BatchItemState::Running:
            counts.running += n;
            break;
        case BatchItemState::Done:
            counts.done += n;
            break;
        case BatchItemState::Failed:
            counts.failed += n;
            break;
        }
    }
    return counts;
}

QList<BatchEndpointStats> BatchStore::endpointStats(qint64 batchId)
{
    const std::optional<BatchInfo> info = batch(batchId);
    QList<BatchEndpointStats> stats(info ? info->spec.endpoints.size() : 0);
    for (int i = 0; i < stats.size(); ++i)
        stats[i].endpoint = i;
    Statement select = m_runs->database().prepare(u"SELECT i.endpoint, i.state, r.total_ms FROM batch_items i "
                                                  "LEFT JOIN runs r ON r.id = i.run_id WHERE i.batch_id = ?1"_s);
    select.bind(1, batchId);
    while (select.step()) {
        const int endpoint = select.columnInt(0);
        if (endpoint < 0 || endpoint >= stats.size())
            continue;
        BatchEndpointStats &entry = stats[endpoint];
        switch (itemStateFromName(select.columnText(1))) {
        case BatchItemState::Done:
            ++entry.done;
            if (!select.isNull(2))
                entry.totalMs.append(select.columnDouble(2));
            break;
        case BatchItemState::Failed:
            ++entry.failed;
            break;
        case BatchItemState::Pending:
        case BatchItemState::Running:
            ++entry.pending;
            break;
        }
    }
    for (BatchEndpointStats &entry : stats)
        std::sort(entry.totalMs.begin(), entry.totalMs.end());
    return stats;
}

bool BatchStore::setState(qint64 batchId, BatchState state)
{
    flushRunningMarks();
    Statement update = m_runs->database().prepare(u"UPDATE batches SET state = ?2, updated_at = ?3 WHERE id = ?1"_s);
    update.bind(1, batchId);
    update.bind(2, batchStateName(state));
    update.bind(3, QDateTime::currentDateTimeUtc());
    if (!update.exec())
        return fail(update.error());
    Statement session = m_runs->database().prepare(u"SELECT session_id FROM batches WHERE id = ?1"_s);
    session.bind(1, batchId);
    if (session.step())
        Q_EMIT batchesChanged(session.columnInt64(0));
    return true;
}

int BatchStore::requeueInterrupted(qint64 batchId)
{
    flushRunningMarks();
    Statement update = m_runs->database().prepare(
        u"UPDATE batch_items SET state = 'pending' WHERE batch_id = ?1 AND state = 'running'"_s);
    update.bind(1, batchId);
    if (!update.exec())
        return fail(update.error()) ? 0 : -1;
    return m_runs->database().changes();
}

int BatchStore::requeueFailed(qint64 batchId)
{
    Statement update = m_runs->database().prepare(
        u"UPDATE batch_items SET state = 'pending', attempts = 0 WHERE batch_id = ?1 AND state = 'failed'"_s);
    update.bind(1, batchId);
    if (!update.exec())
        return fail(update.error()) ? 0 : -1;
    return m_runs->database().changes();
}

QList<BatchItem> BatchStore::pendingItems(qint64 batchId)
{
    Statement select = m_runs->database().prepare(
        u"SELECT i.id, i.prompt_id, i.endpoint, i.attempts, i.run_id, i.last_error, p.text FROM batch_items i "
        "JOIN prompts p ON p.id = i.prompt_id WHERE i.batch_id = ?1 AND i.state = 'pending' "
        "ORDER BY i.prompt_id, i.endpoint"_s);
    select.bind(1, batchId);
    QList<BatchItem> list;
    while (select.step()) {
        BatchItem item;
        item.id = select.columnInt64(0);
        item.promptId = select.columnInt64(1);
        item.endpoint = select.columnInt(2);
        item.attempts = select.columnInt(3);
        item.runId = select.isNull(4) ? 0 : select.columnInt64(4);
        item.lastError = select.columnText(5);
        item.text = select.columnText(6);
        list.append(item);
    }
    if (select.hasError())
        fail(select.error());
    return list;
}

QList<BatchItem> BatchStore::items(qint64 batchId)
{
    Statement select = m_runs->database().prepare(
        u"SELECT id, prompt_id, endpoint, attempts, run_id, last_error, state FROM batch_items WHERE batch_id = ?1 "
        "ORDER BY prompt_id, endpoint"_s);
    select.bind(1, batchId);
    QList<BatchItem> list;
    while (select.step()) {
        BatchItem item;
        item.id = select.columnInt64(0);
        item.promptId = select.columnInt64(1);
        item.endpoint = select.columnInt(2);
        item.attempts = select.columnInt(3);
        item.runId = select.isNull(4) ? 0 : select.columnInt64(4);
        item.lastError = select.columnText(5);
        item.state = itemStateFromName(select.columnText(6));
        list.append(item);
    }
    return list;
}

void BatchStore::markRunning(qint64 itemId)
{
    m_runningMarks.append(itemId);
}

bool BatchStore::markPending(qint64 itemId, const QString &lastError)
{
    if (!flushRunningMarks())
        return false;
    Statement update =
        m_runs->database().prepare(u"UPDATE batch_items SET state = 'pending', last_error = ?2 WHERE id = ?1"_s);
    update.bind(1, itemId);
    if (lastError.isEmpty())
        update.bind(2, nullptr);
    else
        update.bind(2, lastError);
    return update.exec() || fail(update.error());
}

qint64 BatchStore::completeItem(
    qint64 itemId, const StoredRun &run, bool ok, const QString &error, qint64 replacedRunId)
{
    const QList<qint64> ids = completeItems({BatchCompletion{itemId, run, ok, error, replacedRunId}});
    return ids.value(0);
}

QList<qint64> BatchStore::completeItems(const QList<BatchCompletion> &completions)
{
    QList<qint64> ids(completions.size(), 0);
    if (completions.isEmpty())
        return ids;
    Database &database = m_runs->database();
    Transaction transaction(database);
    if (!transaction.isActive()) {
        fail(transaction.error());
        return ids;
    }
    if (!writeRunningMarks())
        return ids;
    Statement &insert = cached(m_insertRun, RunStore::insertRunSql());
    Statement &update = cached(m_settleItem,
        u"UPDATE batch_items SET state = ?2, run_id = ?3, last_error = ?4 WHERE id = ?1 AND state <> 'done'"_s);
    Statement &remove = cached(m_deleteRun, u"DELETE FROM runs WHERE id = ?1 AND (?2 OR status <> 'ok')"_s);
    QStringList skipped;
    for (qsizetype i = 0; i < completions.size(); ++i) {
        const BatchCompletion &completion = completions.at(i);
        insert.reset();
        RunStore::bindRun(insert, completion.run);
        if (!insert.exec()) {
            fail(insert.error());
            return QList<qint64>(completions.size(), 0);
        }
        const qint64 runId = database.lastInsertId();
        update.reset();
        update.bind(1, completion.itemId);
        update.bind(2, completion.ok ? u"done"_s : u"failed"_s);
        update.bind(3, runId);
        if (completion.error.isEmpty())
            update.bind(4, nullptr);
        else
            update.bind(4, completion.error);
        if (!update.exec()) {
            fail(update.error());
            return QList<qint64>(completions.size(), 0);
        }
        const bool settled = database.changes() == 1;
        // Already done (another process finished it): keep the first result, never two. Else the failed run of an
        // earlier attempt gives way to this one.
        const qint64 obsolete = settled ? completion.replacedRunId : runId;
        if (obsolete > 0) {
            remove.reset();
            remove.bind(1, obsolete);
            remove.bind(2, !settled);
            if (!remove.exec()) {
                fail(remove.error());
                return QList<qint64>(completions.size(), 0);
            }
        }
        if (settled)
            ids[i] = runId;
        else
            skipped.append(QString::number(completion.itemId));
    }
    QString commitError;
    if (!transaction.commit(&commitError)) {
        fail(commitError);
        return QList<qint64>(completions.size(), 0);
    }
    if (!skipped.isEmpty())
        fail(u"batch items %1 were already done; their new results were dropped"_s.arg(skipped.join(u", "_s)));
    else
        m_lastError.clear();
    for (qsizetype i = 0; i < completions.size(); ++i) {
        if (ids.at(i) > 0)
            Q_EMIT m_runs->runSaved(completions.at(i).run.sessionId, ids.at(i)); // Review and Dashboard follow it
    }
    return ids;
}
