// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inference/comparerunner.h"

#include "app/core/logging.h"
#include "app/inference/chatrun.h"
#include "app/storage/runstore.h"

using namespace Qt::StringLiterals;

CompareRunner::CompareRunner(CurlMulti *multi, RunStore *store, SecretResolver resolver, QObject *parent)
    : QObject(parent)
    , m_multi(multi)
    , m_store(store)
    , m_resolver(std::move(resolver))
{
}

CompareRunner::~CompareRunner()
{
    ++m_generation;
    for (ColumnState &state : m_state) {
        if (state.run)
            state.run->disconnect(this);
        delete state.run;
    }
}

bool CompareRunner::setColumns(const QList<CompareColumn> &columns)
{
    if (isRunning() || columns.size() > MaxColumns)
        return false;
    for (ColumnState &state : m_state)
        delete state.run;
    // A revision already found for the same endpoint and model is kept: no new lookup for every fresh run.
    QList<CompareColumn> next = columns;
    for (CompareColumn &column : next) {
        for (const CompareColumn &previous : std::as_const(m_columns)) {
            if (column.revision.isEmpty() && !previous.revision.isEmpty()
                && previous.endpoint.url == column.endpoint.url && previous.endpoint.kind == column.endpoint.kind
                && previous.model == column.model)
                column.revision = previous.revision;
        }
    }
    m_columns = next;
    m_state = QList<ColumnState>(columns.size());
    m_turns = 0;
    ++m_columnsGeneration;
    return true;
}

void CompareRunner::setRevisionResolver(RevisionResolver resolver)
{
    m_revisionResolver = std::move(resolver);
}

void CompareRunner::setSessionId(qint64 sessionId)
{
    if (sessionId != m_sessionId && !isRunning()) {
        // A conversation belongs to one session: a follow-up never links runs across sessions.
        for (ColumnState &state : m_state) {
            state.history.clear();
            state.lastRunId = 0;
        }
        m_turns = 0;
    }
    m_sessionId = sessionId;
}

bool CompareRunner::isRunning() const
{
    for (const ColumnState &state : m_state) {
        if (state.running)
            return true;
    }
    return false;
}

bool CompareRunner::isColumnRunning(int column) const
{
    return column >= 0 && column < m_state.size() && m_state.at(column).running;
}

bool CompareRunner::hasConversation() const
{
    return m_turns > 0;
}

ChatRun *CompareRunner::chatRun(int column) const
{
    return column >= 0 && column < m_state.size() ? m_state.at(column).run.data() : nullptr;
}

QList<ChatMessage> CompareRunner::conversation(int column) const
{
    return column >= 0 && column < m_state.size() ? m_state.at(column).history : QList<ChatMessage>();
}

qint64 CompareRunner::lastRunId(int column) const
{
    return column >= 0 && column < m_state.size() ? m_state.at(column).lastRunId : 0;
}

bool CompareRunner::run(
    const QString &prompt, const QString &systemPrompt, const GenerationParams &shared, bool followUp)
{
    if (isRunning() || m_columns.isEmpty() || prompt.trimmed().isEmpty())
        return false;
    if (m_sessionId <= 0 || !m_store->session(m_sessionId)) {
        m_sessionId = m_store->ensureSession(RunStore::defaultSessionName());
        if (m_sessionId <= 0) {
            Q_EMIT saveFailed(m_store->lastError());
            return false;
        }
    }
    const bool continuing = followUp && m_turns > 0;
    StoredPrompt stored;
    stored.sessionId = m_sessionId;
    stored.text = prompt;
    stored.systemPrompt = continuing ? QString() : systemPrompt;
    if (continuing)
        stored.source = QJsonObject{{u"kind"_s, u"follow-up"_s}};
    m_promptId = m_store->addPrompt(stored);
    if (m_promptId <= 0) {
        Q_EMIT saveFailed(m_store->lastError());
        return false;
    }
    m_shared = shared;
    ++m_generation;
    ++m_turns;
    if (!continuing)
        m_turns = 1;

    for (int column = 0; column < m_columns.size(); ++column) {
        ColumnState &state = m_state[column];
        if (!continuing) {
            state.history.clear();
            state.lastRunId = 0;
            if (!systemPrompt.trimmed().isEmpty())
                state.history.append({u"system"_s, systemPrompt});
        }
        state.sent = state.history;
        state.sent.append({u"user"_s, prompt});
        state.startedAt = QDateTime::currentDateTimeUtc();
        state.running = true;
        state.waitingForSecret = true;
        if (state.run) {
            state.run->disconnect(this);
            state.run->deleteLater();
            state.run = nullptr;
        }
    }
    for (int column = 0; column < m_columns.size(); ++column) {
        if (m_revisionResolver && m_columns.at(column).revision.isEmpty() && !m_state.at(column).revisionRequested) {
            m_state[column].revisionRequested = true;
            const CompareColumn &spec = m_columns.at(column);
            const quint64 columns = m_columnsGeneration;
            m_revisionResolver(spec.endpoint, spec.model.isEmpty() ? spec.endpoint.defaultModel : spec.model, this,
                [this, column, columns](const QString &revision) {
                    if (columns == m_columnsGeneration && column < m_columns.size())
                        m_columns[column].revision = revision;
                });
        }
    }
    for (int column = 0; column < m_columns.size(); ++column) {
        Q_EMIT columnStarted(column);
        const quint64 generation = m_generation;
        m_resolver(m_columns.at(column).endpoint, this,
            [this, column, generation](const QByteArray &secret, const QString &error) {
                if (generation != m_generation || column >= m_state.size() || !m_state.at(column).waitingForSecret)
                    return;
                m_state[column].waitingForSecret = false;
                if (!error.isEmpty()) {
                    RunResult failed;
                    failed.status = RunStatus::Failed;
                    failed.errorKind = u"auth"_s;
                    failed.errorMessage = error;
                    finishColumn(column, failed);
                    return;
                }
                startColumn(column, secret);
            });
    }
    return true;
}

void CompareRunner::startColumn(int column, const QByteArray &secret)
{
    const CompareColumn &spec = m_columns.at(column);
    ChatRequest request;
    request.model = spec.model.isEmpty() ? spec.endpoint.defaultModel : spec.model;
    request.messages = m_state.at(column).sent;
    request.params = m_shared.overriddenBy(spec.overrides);
    auto *run = new ChatRun(m_multi, spec.endpoint, request, secret, this);
    run->setProviderOffers(spec.offers);
    m_state[column].run = run;
    connect(run, &ChatRun::statusMessage, this,
        [this, column](const QString &message) { Q_EMIT columnStatus(column, message); });
    connect(run, &ChatRun::textReceived, this, [this, column](const QString &content, const QString &reasoning) {
        Q_EMIT columnText(column, content, reasoning);
    });
    connect(run, &ChatRun::finished, this, [this, column, run] {
        if (column < m_state.size() && m_state.at(column).run == run)
            finishColumn(column, run->result());
    });
    run->start();
}

void CompareRunner::finishColumn(int column, const RunResult &result)
{
    ColumnState &state = m_state[column];
    if (!state.running)
        return;
    state.running = false;
    const CompareColumn &spec = m_columns.at(column);

    StoredRun stored;
    stored.sessionId = m_sessionId;
    stored.promptId = m_promptId;
    stored.parentRunId = state.lastRunId;
    stored.endpointId = spec.endpoint.id;
    stored.endpointName = spec.endpoint.name;
    stored.endpointKind = Endpoints::kindName(spec.endpoint.kind);
    stored.endpointUrl = spec.endpoint.url.toString(QUrl::RemoveUserInfo);
    stored.model =
        state.run ? state.run->request().model : (spec.model.isEmpty() ? spec.endpoint.defaultModel : spec.model);
    stored.revision = spec.revision;
    stored.params = m_shared.overriddenBy(spec.overrides);
    stored.messages = state.sent;
    stored.startedAt = state.startedAt;
    stored.result = result;
    const qint64 runId = m_store->saveRun(stored);
    if (runId <= 0)
        Q_EMIT saveFailed(tr("The run of %1 could not be saved: %2").arg(spec.endpoint.name, m_store->lastError()));

    if (result.status == RunStatus::Succeeded || result.status == RunStatus::Truncated) {
        state.history = state.sent;
        state.history.append({u"assistant"_s, result.text});
        state.lastRunId = runId;
    }
    Q_EMIT columnFinished(column, result, runId);
    checkAllFinished();
}

void CompareRunner::stop(int column)
{
    if (column < 0 || column >= m_state.size() || !m_state.at(column).running)
        return;
    ColumnState &state = m_state[column];
    if (state.run) {
        state.run->stop(); // finishes through its finished() signal
        return;
    }
    state.waitingForSecret = false;
    RunResult cancelled;
    cancelled.status = RunStatus::Cancelled;
    cancelled.errorMessage = tr("Stopped");
    finishColumn(column, cancelled);
}

void CompareRunner::stopAll()
{
    for (int column = 0; column < m_state.size(); ++column)
        stop(column);
}

void CompareRunner::checkAllFinished()
{
    if (!isRunning())
        Q_EMIT allFinished();
}
