// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/runstore.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include "app/core/logging.h"
#include "app/storage/database.h"
#include "app/storage/statement.h"
#include "app/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString messagesText(const QList<ChatMessage> &messages)
{
    QJsonArray array;
    for (const ChatMessage &message : messages)
        array.append(QJsonObject{{u"role"_s, message.role}, {u"content"_s, message.content}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ChatMessage> messagesFrom(const QString &text)
{
    QList<ChatMessage> messages;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        messages.append({object.value("role"_L1).toString(), object.value("content"_L1).toString()});
    }
    return messages;
}

void bindText(Statement &statement, int index, const QString &value)
{
    if (value.isNull())
        statement.bind(index, nullptr);
    else
        statement.bind(index, value);
}

void bindId(Statement &statement, int index, qint64 id)
{
    if (id > 0)
        statement.bind(index, id);
    else
        statement.bind(index, nullptr);
}

void bindMs(Statement &statement, int index, double ms)
{
    if (ms >= 0)
        statement.bind(index, ms);
    else
        statement.bind(index, nullptr);
}

void bindCount(Statement &statement, int index, qint64 count)
{
    if (count >= 0)
        statement.bind(index, count);
    else
        statement.bind(index, nullptr);
}

double msOrMissing(const Statement &row, int column)
{
    return row.isNull(column) ? -1.0 : row.columnDouble(column);
}

qint64 countOrMissing(const Statement &row, int column)
{
    return row.isNull(column) ? -1 : row.columnInt64(column);
}

const QString RunColumns = u"id, session_id, prompt_id, parent_run_id, endpoint_id, endpoint_name, endpoint_kind, "
                           "endpoint_url, model, served_model, revision, provider, params, messages, started_at, "
                           "status, http_status, error_kind, error, finish_reason, first_byte_ms, ttft_ms, total_ms, "
                           "waited_ms, prompt_tokens, completion_tokens, usage_reported, tokens_per_s, cost_usd, "
                           "attempts, server_metrics, reasoning, text, uid"_s;

StoredRun runFrom(const Statement &row)
{
    StoredRun run;
    run.id = row.columnInt64(0);
    run.sessionId = row.columnInt64(1);
    run.promptId = row.columnInt64(2);
    run.parentRunId = row.isNull(3) ? 0 : row.columnInt64(3);
    run.endpointId = row.isNull(4) ? 0 : row.columnInt64(4);
    run.endpointName = row.columnText(5);
    run.endpointKind = row.columnText(6);
    run.endpointUrl = row.columnText(7);
    run.model = row.columnText(8);
    RunResult &result = run.result;
    result.servedModel = row.columnText(9);
    run.revision = row.columnText(10);
    result.provider = row.columnText(11);
    run.params = GenerationParams::fromJson(objectFrom(row.columnText(12)));
    run.messages = messagesFrom(row.columnText(13));
    run.startedAt = row.columnDateTime(14);
    result.status = runStatusFromName(row.columnText(15)).value_or(RunStatus::Failed);
    result.httpStatus = row.isNull(16) ? 0 : row.columnInt(16);
    result.errorKind = row.columnText(17);
    result.errorMessage = row.columnText(18);
    result.finishReason = row.columnText(19);
    result.firstByteMs = msOrMissing(row, 20);
    result.ttftMs = msOrMissing(row, 21);
    result.totalMs = msOrMissing(row, 22);
    result.waitedMs = row.isNull(23) ? 0 : row.columnInt64(23);
    result.usage.promptTokens = countOrMissing(row, 24);
    result.completionTokens = countOrMissing(row, 25);
    result.usageReported = row.columnInt(26) != 0;
    if (result.usageReported)
        result.usage.completionTokens = result.completionTokens;
    if (result.usage.promptTokens >= 0 && result.usage.completionTokens >= 0)
        result.usage.totalTokens = result.usage.promptTokens + result.usage.completionTokens;
    result.tokensPerSecond = msOrMissing(row, 27);
    if (!row.isNull(28))
        result.costUsd = row.columnDouble(28);
    result.attempts = row.columnInt(29);
    result.serverMetrics = objectFrom(row.columnText(30));
    result.reasoning = row.columnText(31);
    result.text = row.columnText(32);
    run.uid = row.columnText(33);
    return run;
}

} // namespace

RunStore::RunStore(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

RunStore::~RunStore() = default;

std::unique_ptr<RunStore> RunStore::open(const QString &databasePath, QString *error)
{
    std::unique_ptr<Database> database = Database::open(databasePath, error);
    if (!database)
        return nullptr;
    return std::make_unique<RunStore>(std::move(database));
}

QString RunStore::defaultSessionName()
{
    return tr("Default session");
}

QString RunStore::lastError() const
{
    return m_lastError;
}

Database &RunStore::database()
{
    return *m_database;
}

bool RunStore::fail(const QString &error)
{
    m_lastError = error;
    qCWarning(lcStorage).noquote() << "sessions:" << error;
    return false;
}

QList<SessionInfo> RunStore::querySessions(const QString &where, const QVariant &value)
{
    Statement select = m_database->prepare(
        u"SELECT s.id, s.name, s.goal, s.created_at, s.archived_at, "
        "(SELECT count(*) FROM prompts p WHERE p.session_id = s.id), "
        "(SELECT count(*) FROM runs r WHERE r.session_id = s.id), s.uid, s.deleted_at FROM sessions s "
        "WHERE %1 ORDER BY s.created_at DESC, s.id DESC"_s.arg(where.isEmpty() ? u"s.deleted_at IS NULL"_s : where));
    if (value.typeId() == QMetaType::QString)
        select.bind(1, value.toString());
    else if (value.isValid())
        select.bind(1, value.toLongLong());
    QList<SessionInfo> sessions;
    while (select.step()) {
        SessionInfo session;
        session.id = select.columnInt64(0);
        session.name = select.columnText(1);
        session.goal = select.columnText(2);
        session.createdAt = select.columnDateTime(3);
        session.archivedAt = select.columnDateTime(4);
        session.promptCount = select.columnInt(5);
        session.runCount = select.columnInt(6);
        session.uid = select.columnText(7);
        session.deletedAt = select.columnDateTime(8);
        sessions.append(session);
    }
    if (select.hasError())
        fail(select.error());
    return sessions;
}

qint64 RunStore::ensureSession(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_lastError = tr("A session needs a name");
        return 0;
    }
    if (const std::optional<SessionInfo> existing = sessionByName(trimmed)) {
        if (existing->deletedAt.isValid()) {
            m_lastError = tr("“%1” is in the trash: restore it or choose another name").arg(existing->name);
            return 0;
        }
        return existing->id;
    }
    // Another HubLens on the same database may create the same session between the lookup above and this insert:
    // then the insert does nothing and its session is the answer.
    Statement insert =
        m_database->prepare(u"INSERT INTO sessions (name, created_at, uid) VALUES (?1, ?2, lower(hex(randomblob(16)))) "
                            "ON CONFLICT (name) DO NOTHING"_s);
    insert.bind(1, trimmed);
    insert.bind(2, QDateTime::currentDateTimeUtc());
    if (!insert.exec()) {
        fail(insert.error());
        return 0;
    }
    if (m_database->changes() == 0) {
        const std::optional<SessionInfo> other = sessionByName(trimmed);
        if (!other || other->deletedAt.isValid()) {
            m_lastError = other ? tr("“%1” is in the trash: restore it or choose another name").arg(other->name)
                                : tr("The session “%1” could not be created").arg(trimmed);
            return 0;
        }
        m_lastError.clear();
        return other->id;
    }
    m_lastError.clear();
    Q_EMIT sessionsChanged();
    return m_database->lastInsertId();
}

std::optional<SessionInfo> RunStore::session(qint64 id)
{
    const QList<SessionInfo> found = querySessions(u"s.id = ?1"_s, QVariant(id));
    return found.isEmpty() ? std::nullopt : std::optional<SessionInfo>(found.first());
}

std::optional<SessionInfo> RunStore::sessionByName(const QString &name)
{
    const QList<SessionInfo> found = querySessions(u"s.name = ?1"_s, QVariant(name.trimmed()));
    return found.isEmpty() ? std::nullopt : std::optional<SessionInfo>(found.first());
}

QList<SessionInfo> RunStore::sessions()
{
    return querySessions(QString(), QVariant());
}

bool RunStore::updateSession(qint64 id, const QString &sql, const QVariant &value)
{
    Statement update = m_database->prepare(u"UPDATE sessions SET %1 WHERE id = ?1"_s.arg(sql));
    update.bind(1, id);
    if (value.typeId() == QMetaType::QString)
        update.bind(2, value.toString());
    else if (value.typeId() == QMetaType::QDateTime)
        update.bind(2, value.toDateTime());
    if (!update.exec())
        return fail(update.error());
    if (m_database->changes() == 0) {
        m_lastError = tr("There is no session %1").arg(id);
        return false;
    }
    m_lastError.clear();
    Q_EMIT sessionsChanged();
    return true;
}

QJsonObject SessionSettings::toJson() const
{
    return {{u"rating_min"_s, ratingMin}, {u"rating_max"_s, ratingMax},
        {u"anchors"_s, QJsonArray::fromStringList(anchors)}, {u"labels"_s, QJsonArray::fromStringList(labels)},
        {u"criteria"_s, criteria}};
}

SessionSettings SessionSettings::fromJson(const QJsonObject &object)
{
    SessionSettings settings;
    settings.ratingMin = object.value(u"rating_min"_s).toInt(1);
    settings.ratingMax = object.value(u"rating_max"_s).toInt(5);
    if (settings.ratingMin < 0 || settings.ratingMax > 9 || settings.ratingMin >= settings.ratingMax) {
        settings.ratingMin = 1; // keys 1–9 rate: a broken scale falls back to the default
        settings.ratingMax = 5;
    }
    for (const QJsonValue &value : object.value(u"anchors"_s).toArray())
        settings.anchors.append(value.toString());
    for (const QJsonValue &value : object.value(u"labels"_s).toArray())
        settings.labels.append(value.toString());
    settings.criteria = object.value(u"criteria"_s).toArray();
    return settings;
}

SessionSettings RunStore::sessionSettings(qint64 id)
{
    Statement select = m_database->prepare(u"SELECT settings FROM sessions WHERE id = ?1"_s);
    select.bind(1, id);
    return SessionSettings::fromJson(select.step() ? objectFrom(select.columnText(0)) : QJsonObject());
}

bool RunStore::setSessionSettings(qint64 id, const SessionSettings &settings)
{
    return updateSession(id, u"settings = ?2"_s, jsonText(settings.toJson()));
}

bool RunStore::renameSession(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_lastError = tr("A session needs a name");
        return false;
    }
    if (const std::optional<SessionInfo> other = sessionByName(trimmed); other && other->id != id) {
        m_lastError = tr("There is already a session named “%1”").arg(other->name);
        return false;
    }
    return updateSession(id, u"name = ?2"_s, trimmed);
}

bool RunStore::setSessionGoal(qint64 id, const QString &goal)
{
    return updateSession(id, u"goal = nullif(?2, '')"_s, goal.trimmed());
}

bool RunStore::setSessionArchived(qint64 id, bool archived)
{
    return archived ? updateSession(id, u"archived_at = ?2"_s, QDateTime::currentDateTimeUtc())
                    : updateSession(id, u"archived_at = NULL"_s, QVariant());
}

bool RunStore::trashSession(qint64 id)
{
    return updateSession(id, u"deleted_at = ?2"_s, QDateTime::currentDateTimeUtc());
}

bool RunStore::restoreSession(qint64 id)
{
    return updateSession(id, u"deleted_at = NULL"_s, QVariant());
}

bool RunStore::deleteSession(qint64 id)
{
    Statement remove = m_database->prepare(u"DELETE FROM sessions WHERE id = ?1"_s);
    remove.bind(1, id);
    if (!remove.exec())
        return fail(remove.error());
    m_lastError.clear();
    Q_EMIT sessionsChanged();
    return true;
}

int RunStore::purgeTrash(const QDateTime &now)
{
    Statement remove = m_database->prepare(u"DELETE FROM sessions WHERE deleted_at IS NOT NULL AND deleted_at < ?1"_s);
    remove.bind(1, now.addDays(-30));
    if (!remove.exec()) {
        fail(remove.error());
        return 0;
    }
    const int purged = m_database->changes();
    if (purged > 0)
        Q_EMIT sessionsChanged();
    return purged;
}

QList<SessionInfo> RunStore::trashedSessions()
{
    return querySessions(u"s.deleted_at IS NOT NULL"_s, QVariant());
}

qint64 RunStore::duplicateSession(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || sessionByName(trimmed)) {
        m_lastError =
            trimmed.isEmpty() ? tr("A session needs a name") : tr("There is already a session named “%1”").arg(trimmed);
        return 0;
    }
    Transaction transaction(*m_database);
    QString error;
    // Old → new prompt and run ids go through a temporary map, so prompts and parents point inside the copy.
    if (!transaction.isActive()) {
        fail(transaction.error());
        return 0;
    }
    Statement session =
        m_database->prepare(u"INSERT INTO sessions (name, goal, created_at, uid, settings) SELECT ?2, goal, ?3, "
                            "lower(hex(randomblob(16))), settings FROM sessions WHERE id = ?1"_s);
    session.bind(1, id);
    session.bind(2, trimmed);
    session.bind(3, QDateTime::currentDateTimeUtc());
    if (!session.exec() || m_database->changes() != 1) {
        fail(session.hasError() ? session.error() : tr("There is no session %1").arg(id));
        return 0;
    }
    const qint64 copy = m_database->lastInsertId();
    if (!m_database->exec(u"CREATE TEMP TABLE IF NOT EXISTS copy_map (kind INTEGER, old INTEGER, new INTEGER, "
                          "PRIMARY KEY (kind, old)); DELETE FROM temp.copy_map"_s,
            &error)) {
        fail(error);
        return 0;
    }
    // Prompts, in id order, then runs in id order (a run's parent is always an earlier run).
    Statement prompts = m_database->prepare(u"SELECT id FROM prompts WHERE session_id = ?1 ORDER BY id"_s);
    prompts.bind(1, id);
    QList<qint64> promptIds;
    while (prompts.step())
        promptIds.append(prompts.columnInt64(0));
    Statement copyPrompt = m_database->prepare(
        u"INSERT INTO prompts (session_id, text, system_prompt, source, created_at, uid) SELECT ?2, text, "
        "system_prompt, source, created_at, lower(hex(randomblob(16))) FROM prompts WHERE id = ?1"_s);
    Statement map = m_database->prepare(u"INSERT INTO temp.copy_map VALUES (?1, ?2, ?3)"_s);
    for (const qint64 promptId : promptIds) {
        copyPrompt.bind(1, promptId);
        copyPrompt.bind(2, copy);
        if (!copyPrompt.exec()) {
            fail(copyPrompt.error());
            return 0;
        }
        map.bind(1, 0);
        map.bind(2, promptId);
        map.bind(3, m_database->lastInsertId());
        if (!map.exec()) {
            fail(map.error());
            return 0;
        }
    }
    Statement runs = m_database->prepare(u"SELECT id FROM runs WHERE session_id = ?1 ORDER BY id"_s);
    runs.bind(1, id);
    QList<qint64> runIds;
    while (runs.step())
        runIds.append(runs.columnInt64(0));
    const QString columns = RunColumns.section(u", "_s, 3, 32); // endpoint_id … text
    Statement copyRun = m_database->prepare(
        u"INSERT INTO runs (session_id, prompt_id, parent_run_id, %1, uid) SELECT ?2, "
        "(SELECT new FROM temp.copy_map WHERE kind = 0 AND old = r.prompt_id), "
        "(SELECT new FROM temp.copy_map WHERE kind = 1 AND old = r.parent_run_id), %1, lower(hex(randomblob(16))) "
        "FROM runs r WHERE r.id = ?1"_s.arg(columns));
    for (const qint64 runId : runIds) {
        copyRun.bind(1, runId);
        copyRun.bind(2, copy);
        if (!copyRun.exec()) {
            fail(copyRun.error());
            return 0;
        }
        map.bind(1, 1);
        map.bind(2, runId);
        map.bind(3, m_database->lastInsertId());
        if (!map.exec()) {
            fail(map.error());
            return 0;
        }
    }
    m_database->exec(u"DELETE FROM temp.copy_map"_s);
    if (!transaction.commit(&error)) {
        fail(error);
        return 0;
    }
    m_lastError.clear();
    Q_EMIT sessionsChanged();
    return copy;
}

qint64 RunStore::addPrompt(const StoredPrompt &prompt)
{
    Statement insert =
        m_database->prepare(u"INSERT INTO prompts (session_id, text, system_prompt, source, created_at, uid) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, coalesce(?6, lower(hex(randomblob(16)))))"_s);
    insert.bind(1, prompt.sessionId);
    insert.bind(2, prompt.text);
    bindText(insert, 3, prompt.systemPrompt.isEmpty() ? QString() : prompt.systemPrompt);
    insert.bind(4, jsonText(prompt.source.isEmpty() ? QJsonObject{{u"kind"_s, u"typed"_s}} : prompt.source));
    insert.bind(5, prompt.createdAt.isValid() ? prompt.createdAt : QDateTime::currentDateTimeUtc());
    bindText(insert, 6, prompt.uid.isEmpty() ? QString() : prompt.uid);
    if (!insert.exec()) {
        fail(insert.error());
        return 0;
    }
    m_lastError.clear();
    return m_database->lastInsertId();
}

QString RunStore::promptColumns()
{
    return u"id, session_id, text, system_prompt, source, created_at, uid"_s;
}

StoredPrompt RunStore::promptFromRow(const Statement &row)
{
    StoredPrompt prompt;
    prompt.id = row.columnInt64(0);
    prompt.sessionId = row.columnInt64(1);
    prompt.text = row.columnText(2);
    prompt.systemPrompt = row.columnText(3);
    prompt.source = objectFrom(row.columnText(4));
    prompt.createdAt = row.columnDateTime(5);
    prompt.uid = row.columnText(6);
    return prompt;
}

std::optional<StoredPrompt> RunStore::prompt(qint64 id)
{
    Statement select = m_database->prepare(u"SELECT %1 FROM prompts WHERE id = ?1"_s.arg(promptColumns()));
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return promptFromRow(select);
}

QList<StoredPrompt> RunStore::prompts(qint64 sessionId)
{
    Statement select = m_database->prepare(u"SELECT id FROM prompts WHERE session_id = ?1 ORDER BY id"_s);
    select.bind(1, sessionId);
    QList<qint64> ids;
    while (select.step())
        ids.append(select.columnInt64(0));
    QList<StoredPrompt> prompts;
    for (const qint64 id : ids) {
        if (std::optional<StoredPrompt> found = prompt(id))
            prompts.append(*found);
    }
    return prompts;
}

QString RunStore::insertRunSql()
{
    return u"INSERT INTO runs (session_id, prompt_id, parent_run_id, endpoint_id, endpoint_name, endpoint_kind, "
           "endpoint_url, model, served_model, revision, provider, params, messages, started_at, status, http_status, "
           "error_kind, error, finish_reason, first_byte_ms, ttft_ms, total_ms, waited_ms, prompt_tokens, "
           "completion_tokens, usage_reported, tokens_per_s, cost_usd, attempts, server_metrics, reasoning, text, uid) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
           "?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, coalesce(?33, lower(hex(randomblob(16)))))"_s;
}

void RunStore::bindRun(Statement &insert, const StoredRun &run)
{
    const RunResult &r = run.result;
    insert.bind(1, run.sessionId);
    insert.bind(2, run.promptId);
    bindId(insert, 3, run.parentRunId);
    bindId(insert, 4, run.endpointId);
    insert.bind(5, run.endpointName);
    insert.bind(6, run.endpointKind);
    insert.bind(7, run.endpointUrl);
    insert.bind(8, run.model);
    bindText(insert, 9, r.servedModel.isEmpty() ? QString() : r.servedModel);
    bindText(insert, 10, run.revision.isEmpty() ? QString() : run.revision);
    bindText(insert, 11, r.provider.isEmpty() ? QString() : r.provider);
    insert.bind(12, jsonText(run.params.toJson()));
    insert.bind(13, messagesText(run.messages));
    insert.bind(14, run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc());
    insert.bind(15, runStatusName(r.status));
    if (r.httpStatus > 0)
        insert.bind(16, r.httpStatus);
    else
        insert.bind(16, nullptr);
    bindText(insert, 17, r.errorKind.isEmpty() ? QString() : r.errorKind);
    bindText(insert, 18, r.errorMessage.isEmpty() ? QString() : r.errorMessage);
    bindText(insert, 19, r.finishReason.isEmpty() ? QString() : r.finishReason);
    bindMs(insert, 20, r.firstByteMs);
    bindMs(insert, 21, r.ttftMs);
    bindMs(insert, 22, r.totalMs);
    insert.bind(23, r.waitedMs);
    bindCount(insert, 24, r.usage.promptTokens);
    bindCount(insert, 25, r.completionTokens);
    insert.bind(26, r.usageReported);
    bindMs(insert, 27, r.tokensPerSecond);
    if (r.costUsd)
        insert.bind(28, *r.costUsd);
    else
        insert.bind(28, nullptr);
    insert.bind(29, r.attempts);
    bindText(insert, 30, r.serverMetrics.isEmpty() ? QString() : jsonText(r.serverMetrics));
    bindText(insert, 31, r.reasoning.isEmpty() ? QString() : r.reasoning);
    insert.bind(32, r.text.isNull() ? u""_s : r.text);
    bindText(insert, 33, run.uid.isEmpty() ? QString() : run.uid);
}

qint64 RunStore::saveRun(const StoredRun &run)
{
    Statement insert = m_database->prepare(insertRunSql());
    bindRun(insert, run);
    if (!insert.exec()) {
        fail(insert.error());
        return 0;
    }
    const qint64 id = m_database->lastInsertId();
    m_lastError.clear();
    Q_EMIT runSaved(run.sessionId, id);
    return id;
}

QList<StoredRun> RunStore::queryRuns(const QString &where, qint64 value)
{
    Statement select = m_database->prepare(u"SELECT %1 FROM runs %2 ORDER BY id"_s.arg(RunColumns, where));
    select.bind(1, value);
    QList<StoredRun> runs;
    while (select.step())
        runs.append(runFrom(select));
    if (select.hasError())
        fail(select.error());
    return runs;
}

std::optional<StoredRun> RunStore::run(qint64 id)
{
    const QList<StoredRun> found = queryRuns(u"WHERE id = ?1"_s, id);
    return found.isEmpty() ? std::nullopt : std::optional<StoredRun>(found.first());
}

QList<StoredRun> RunStore::runs(qint64 sessionId)
{
    return queryRuns(u"WHERE session_id = ?1"_s, sessionId);
}

QList<RunRef> RunStore::reviewableRuns(qint64 sessionId)
{
    Statement select = m_database->prepare(u"SELECT id, prompt_id FROM runs WHERE session_id = ?1 "
                                           "AND status IN ('ok', 'truncated') ORDER BY prompt_id, id"_s);
    select.bind(1, sessionId);
    QList<RunRef> refs;
    while (select.step())
        refs.append({select.columnInt64(0), select.columnInt64(1)});
    if (select.hasError())
        fail(select.error());
    return refs;
}

QList<StoredRun> RunStore::runsPage(qint64 sessionId, qint64 afterRunId, int limit)
{
    // The primary key walks in id order and runs_session (session_id, implicitly id) finds the start: no sort, no
    // OFFSET scan.
    Statement select = m_database->prepare(
        u"SELECT %1 FROM runs WHERE session_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3"_s.arg(RunColumns));
    select.bind(1, sessionId);
    select.bind(2, afterRunId);
    select.bind(3, std::max(limit, 0));
    QList<StoredRun> runs;
    runs.reserve(std::clamp(limit, 0, 1000));
    while (select.step())
        runs.append(runFrom(select));
    if (select.hasError())
        fail(select.error());
    return runs;
}

QList<StoredRun> RunStore::runMeasurements(qint64 sessionId)
{
    Statement select = m_database->prepare(
        u"SELECT id, prompt_id, endpoint_name, model, provider, status, ttft_ms, total_ms, completion_tokens, "
        "tokens_per_s, cost_usd, started_at, uid, endpoint_kind, usage_reported FROM runs WHERE session_id = ?1 "
        "ORDER BY id"_s);
    select.bind(1, sessionId);
    QList<StoredRun> runs;
    while (select.step()) {
        StoredRun run;
        run.id = select.columnInt64(0);
        run.sessionId = sessionId;
        run.promptId = select.columnInt64(1);
        run.endpointName = select.columnText(2);
        run.model = select.columnText(3);
        RunResult &result = run.result;
        result.provider = select.columnText(4);
        result.status = runStatusFromName(select.columnText(5)).value_or(RunStatus::Failed);
        result.ttftMs = msOrMissing(select, 6);
        result.totalMs = msOrMissing(select, 7);
        result.completionTokens = countOrMissing(select, 8);
        result.tokensPerSecond = msOrMissing(select, 9);
        if (!select.isNull(10))
            result.costUsd = select.columnDouble(10);
        run.startedAt = select.columnDateTime(11);
        run.uid = select.columnText(12);
        run.endpointKind = select.columnText(13);
        result.usageReported = select.columnInt(14) != 0;
        runs.append(run);
    }
    if (select.hasError())
        fail(select.error());
    return runs;
}

QString RunStore::runColumns()
{
    return RunColumns;
}

StoredRun RunStore::runFromRow(const Statement &row)
{
    return runFrom(row);
}

QString RunStore::databasePath() const
{
    return m_database->path();
}
