// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "app/inference/chattypes.h"

class Database;
class Statement;

struct SessionInfo
{
    qint64 id = 0;
    QString name;
    QString goal;
    QDateTime createdAt;
    QDateTime archivedAt; // invalid unless archived
    QDateTime deletedAt; // invalid unless in the trash
    QString uid; // stable across machines (exports, merges)
    int promptCount = 0;
    int runCount = 0;
};

// A session's review settings (sessions.settings, JSON): the rating scale with its anchors, the label set, and the
// success criteria (evaluated by the Dashboard).
struct SessionSettings
{
    int ratingMin = 1;
    int ratingMax = 5;
    QStringList anchors; // one per scale point, from ratingMin up; may be shorter
    QStringList labels; // empty: any label
    QJsonArray criteria; // [{"metric": "mean_rating", "op": ">=", "value": 4}, …]

    QJsonObject toJson() const;
    static SessionSettings fromJson(const QJsonObject &object);
};

struct StoredPrompt
{
    qint64 id = 0;
    qint64 sessionId = 0;
    QString text;
    QString systemPrompt;
    QJsonObject source; // {"kind":"typed"} unless it came from a file or dataset
    QDateTime createdAt;
    QString uid; // empty: a new one is made when saved
};

// One generation as recorded: the request (enough to repeat it) and its measured result.
struct StoredRun
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 promptId = 0;
    qint64 parentRunId = 0; // the previous turn of the same conversation; 0 for a first turn
    qint64 endpointId = 0; // 0 once the endpoint was removed
    QString endpointName;
    QString endpointKind;
    QString endpointUrl;
    QString model;
    QString revision;
    GenerationParams params;
    QList<ChatMessage> messages;
    QDateTime startedAt;
    RunResult result;
    QString uid; // empty: a new one is made when saved
};

// A run as the Review queue needs it: which prompt it answers (runs of one prompt are compared with each other).
struct RunRef
{
    qint64 id = 0;
    qint64 promptId = 0;
};

// Evaluation sessions, their prompts and runs (main database). Runs are written one row at a time as they finish, on
// the calling thread (small writes; style.md §6.7). Every write is one statement (atomic together with its search
// triggers) or one Transaction (duplicateSession), so a process killed at any moment leaves each write whole or
// absent, and another HubLens may write to the same database at the same time (tst_reliability). Use from the
// creating thread only.
class RunStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStore)

public:
    explicit RunStore(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~RunStore() override;
    static std::unique_ptr<RunStore> open(const QString &databasePath, QString *error);

    static QString defaultSessionName(); // "Default session"

    // The session named `name`, created when missing. 0 on failure (lastError()).
    qint64 ensureSession(const QString &name);
    std::optional<SessionInfo> session(qint64 id);
    std::optional<SessionInfo> sessionByName(const QString &name);
    QList<SessionInfo> sessions(); // newest first

    // Session management; false on failure (lastError()). A trashed session keeps its name and everything in it until
    // it is restored, deleted for good, or purged 30 days later (purgeTrash, at start-up).
    bool renameSession(qint64 id, const QString &name);
    bool setSessionGoal(qint64 id, const QString &goal);
    bool setSessionArchived(qint64 id, bool archived);
    SessionSettings sessionSettings(qint64 id);
    bool setSessionSettings(qint64 id, const SessionSettings &settings);
    bool trashSession(qint64 id);
    bool restoreSession(qint64 id);
    bool deleteSession(qint64 id); // for good, with its prompts, runs and judgments
    int purgeTrash(const QDateTime &now = QDateTime::currentDateTimeUtc()); // returns how many were deleted
    QList<SessionInfo> trashedSessions();
    // A copy of the session's prompts and runs (new uids; judgments are not copied) under a new name. 0 on failure.
    qint64 duplicateSession(qint64 id, const QString &name);

    qint64 addPrompt(const StoredPrompt &prompt); // 0 on failure
    std::optional<StoredPrompt> prompt(qint64 id);
    QList<StoredPrompt> prompts(qint64 sessionId); // oldest first

    qint64 saveRun(const StoredRun &run); // 0 on failure; emits runSaved
    std::optional<StoredRun> run(qint64 id);
    QList<StoredRun> runs(qint64 sessionId); // oldest first
    // The runs with an output to judge (ok or truncated), by prompt, then oldest first. Cheap for 100k runs.
    QList<RunRef> reviewableRuns(qint64 sessionId);
    // At most `limit` runs of the session with an id above `afterRunId`, oldest first: keyset pagination (pass the
    // last id of the previous page; 0 for the first page), so every page costs the same however deep it is.
    QList<StoredRun> runsPage(qint64 sessionId, qint64 afterRunId, int limit);
    // Every run of the session with its identity and measurements only (endpoint, model, provider, status, times,
    // tokens, cost, start): texts, messages, parameters and server metrics are left empty. What the statistics need,
    // cheap for 100k runs. Oldest first.
    QList<StoredRun> runMeasurements(qint64 sessionId);

    // The row codecs, for readers on another connection (SessionExchange): "SELECT <runColumns()> FROM runs …" rows
    // decode with runFromRow, "SELECT <promptColumns()> FROM prompts …" rows with promptFromRow.
    static QString runColumns();
    static StoredRun runFromRow(const Statement &row);
    static QString promptColumns();
    static StoredPrompt promptFromRow(const Statement &row);
    // The INSERT behind saveRun, for writers on another connection: prepare insertRunSql() once, then bindRun() and
    // exec() per run (a missing uid gets a new one).
    static QString insertRunSql();
    static void bindRun(Statement &insert, const StoredRun &run);

    QString lastError() const;
    QString databasePath() const; // empty for an in-memory database
    // The connection, for stores that write together with runs in one transaction (BatchStore). Same thread only.
    Database &database();

Q_SIGNALS:
    void sessionsChanged();
    void runSaved(qint64 sessionId, qint64 runId);

private:
    bool fail(const QString &error);
    bool updateSession(qint64 id, const QString &sql, const QVariant &value);
    QList<SessionInfo> querySessions(const QString &where, const QVariant &value);
    QList<StoredRun> queryRuns(const QString &where, qint64 value);

    std::unique_ptr<Database> m_database;
    QString m_lastError;
};
