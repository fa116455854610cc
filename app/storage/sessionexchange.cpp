// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/sessionexchange.h"

#include <algorithm>
#include <cmath>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

#include "app/core/logging.h"
#include "app/storage/database.h"
#include "app/storage/jsonlinewriter.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "app/storage/sessionjson.h"
#include "app/storage/statement.h"
#include "app/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int FormatVersion = 1;
const QString FormatName = u"hublens-session"_s;
const QByteArray SqliteMagic("SQLite format 3\0", 16);

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

void bindText(Statement &statement, int index, const QString &value)
{
    if (value.isEmpty())
        statement.bind(index, nullptr);
    else
        statement.bind(index, value);
}

// Endpoint URLs are stored without user info; an older row might still carry some, and it never leaves the machine.
QString withoutUserInfo(const QString &url)
{
    return url.contains(u'@') ? QUrl(url).toString(QUrl::RemoveUserInfo) : url;
}

// A read transaction: the export sees one snapshot even while the app keeps writing.
class ReadSnapshot final
{
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

public:
    explicit ReadSnapshot(Database &database)
        : m_database(database)
        , m_active(database.exec(u"BEGIN"_s))
    {
    }
    ~ReadSnapshot()
    {
        if (m_active)
            m_database.exec(u"COMMIT"_s);
    }

private:
    Database &m_database;
    bool m_active = false;
};

struct SessionRow
{
    SessionInfo info;
    SessionSettings settings;
};

std::optional<SessionRow> readSession(Database &database, qint64 id)
{
    Statement select =
        database.prepare(u"SELECT id, name, goal, created_at, archived_at, uid, settings, "
                         "(SELECT count(*) FROM prompts p WHERE p.session_id = s.id), "
                         "(SELECT count(*) FROM runs r WHERE r.session_id = s.id) FROM sessions s WHERE id = ?1"_s);
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    SessionRow row;
    row.info.id = select.columnInt64(0);
    row.info.name = select.columnText(1);
    row.info.goal = select.columnText(2);
    row.info.createdAt = select.columnDateTime(3);
    row.info.archivedAt = select.columnDateTime(4);
    row.info.uid = select.columnText(5);
    row.settings = SessionSettings::fromJson(QJsonDocument::fromJson(select.columnText(6).toUtf8()).object());
    row.info.promptCount = select.columnInt(7);
    row.info.runCount = select.columnInt(8);
    return row;
}

// A run as exported: the run with its prompt, every reviewer's judgment of it and the pairs it is in.
struct PairRow
{
    PairJudgment pair;
    QString uidA;
    QString uidB;
};

struct RunRow
{
    StoredRun run;
    QString promptUid;
    QString parentUid;
    StoredPrompt prompt;
    QList<Judgment> judgments;
    QList<const PairRow *> pairs;
};

// A session's rows in run id order, each table read in one ordered pass with one prepared statement: the runs, the
// prompt of each run (looked up when it changes: runs of one prompt usually follow each other), the judgments of all
// the runs merged with them by run id, and the session's pairwise judgments, held in memory (few, and pair_judgments
// has no index on run_b). Otherwise flat memory: one run at a time.
class SessionRows final
{
    Q_DISABLE_COPY_MOVE(SessionRows)

public:
    SessionRows(Database &database, qint64 sessionId)
        : m_runs(database.prepare(u"SELECT %1, (SELECT p.uid FROM prompts p WHERE p.id = r.prompt_id), "
                                  "(SELECT q.uid FROM runs q WHERE q.id = r.parent_run_id) FROM runs r "
                                  "WHERE session_id = ?1 ORDER BY id"_s.arg(RunStore::runColumns())))
        , m_prompt(database.prepare(u"SELECT %1 FROM prompts WHERE id = ?1"_s.arg(RunStore::promptColumns())))
        // Walks runs_session and each run's (run_id, reviewer) index entries: in order, without a sort.
        , m_judgments(database.prepare(u"SELECT j.%1 FROM runs r JOIN judgments j ON j.run_id = r.id "
                                       "WHERE r.session_id = ?1 ORDER BY r.id, j.reviewer, j.id"_s.arg(
                                           JudgmentStore::judgmentColumns().split(u", "_s).join(u", j."_s))))
    {
        m_runs.bind(1, sessionId);
        m_judgments.bind(1, sessionId);
        Statement pairs = database.prepare(u"SELECT %1, (SELECT uid FROM runs WHERE id = p.run_a), "
                                           "(SELECT uid FROM runs WHERE id = p.run_b) FROM pair_judgments p "
                                           "WHERE session_id = ?1 ORDER BY id"_s.arg(JudgmentStore::pairColumns()));
        pairs.bind(1, sessionId);
        while (pairs.step()) {
            const int extra = pairs.columnCount() - 2;
            m_pairs.append({JudgmentStore::pairFromRow(pairs), pairs.columnText(extra), pairs.columnText(extra + 1)});
        }
        for (const PairRow &pair : std::as_const(m_pairs)) {
            m_pairsByRun.insert(pair.pair.runA, &pair);
            m_pairsByRun.insert(pair.pair.runB, &pair);
        }
        m_error = pairs.error();
    }

    // Moves to the next run: false at the end or on an error (error()).
    bool nextRun()
    {
        if (!m_error.isEmpty() || !m_runs.step()) {
            if (m_runs.hasError())
                m_error = m_runs.error();
            return false;
        }
        m_runId = m_runs.columnInt64(0);
        return true;
    }
    // The run: RunStore::runColumns(), then its prompt's uid and its parent's uid.
    const Statement &run() const
    {
        return m_runs;
    }
    int promptUidColumn() const
    {
        return m_runs.columnCount() - 2;
    }
    int parentUidColumn() const
    {
        return m_runs.columnCount() - 1;
    }

    // Reads a prompt into prompt() (RunStore::promptColumns()); false, with error(), when it is missing.
    bool loadPrompt(qint64 promptId)
    {
        m_prompt.reset();
        m_prompt.bind(1, promptId);
        if (!m_prompt.step()) {
            m_error = m_prompt.hasError() ? m_prompt.error() : u"run %1 has no prompt"_s.arg(m_runId);
            return false;
        }
        return true;
    }
    const Statement &prompt() const
    {
        return m_prompt;
    }

    // Moves to the current run's next judgment (JudgmentStore::judgmentColumns(), by reviewer): false after its
    // last one, or on an error.
    bool nextJudgment()
    {
        while (true) {
            if (!m_judgmentReady) {
                if (m_judgmentsDone)
                    return false;
                if (!m_judgments.step()) {
                    m_judgmentsDone = true;
                    if (m_judgments.hasError())
                        m_error = m_judgments.error();
                    return false;
                }
                m_judgmentReady = true;
            }
            const qint64 runId = m_judgments.columnInt64(3);
            if (runId > m_runId)
                return false; // a later run's
            m_judgmentReady = false;
            if (runId == m_runId)
                return true;
        }
    }
    const Statement &judgment() const
    {
        return m_judgments;
    }

    // The pairwise judgments the current run is in, in id order.
    QList<const PairRow *> pairs() const
    {
        QList<const PairRow *> found = m_pairsByRun.values(m_runId);
        std::sort(
            found.begin(), found.end(), [](const PairRow *a, const PairRow *b) { return a->pair.id < b->pair.id; });
        return found;
    }

    QString error() const
    {
        return m_error;
    }

private:
    Statement m_runs;
    Statement m_prompt;
    Statement m_judgments;
    QList<PairRow> m_pairs;
    QMultiHash<qint64, const PairRow *> m_pairsByRun;
    qint64 m_runId = 0;
    bool m_judgmentReady = false;
    bool m_judgmentsDone = false;
    QString m_error;
};

// The session's runs as value structs (the bundle import).
class RunCursor final
{
    Q_DISABLE_COPY_MOVE(RunCursor)

public:
    RunCursor(Database &database, qint64 sessionId)
        : m_rows(database, sessionId)
    {
    }

    // false at the end or on an error (error()).
    bool next(RunRow *row)
    {
        if (!m_rows.nextRun())
            return false;
        const Statement &run = m_rows.run();
        row->run = RunStore::runFromRow(run);
        row->run.endpointUrl = withoutUserInfo(row->run.endpointUrl);
        row->promptUid = run.columnText(m_rows.promptUidColumn());
        row->parentUid = run.columnText(m_rows.parentUidColumn());
        if (row->prompt.id != row->run.promptId) {
            if (!m_rows.loadPrompt(row->run.promptId))
                return false;
            row->prompt = RunStore::promptFromRow(m_rows.prompt());
        }
        row->judgments.clear();
        while (m_rows.nextJudgment())
            row->judgments.append(JudgmentStore::judgmentFromRow(m_rows.judgment()));
        if (!m_rows.error().isEmpty())
            return false;
        row->pairs = m_rows.pairs();
        return true;
    }

    QString error() const
    {
        return m_rows.error();
    }

private:
    SessionRows m_rows;
};

// What QString::fromUtf8 makes empty: nothing, or a byte order mark alone.
bool decodesEmpty(QByteArrayView utf8)
{
    return utf8.isEmpty() || utf8 == QByteArrayView("\xef\xbb\xbf", 3);
}

QJsonObject objectFromUtf8(QByteArrayView utf8)
{
    return QJsonDocument::fromJson(QString::fromUtf8(utf8).toUtf8()).object();
}

// Our own time format as stored ("2026-03-14T09:05:07.000Z", a valid date and time): SessionJson writes it back
// unchanged, so it is copied through without a QDateTime.
bool isStoredTime(QByteArrayView text)
{
    if (text.size() != 24 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
        || text[19] != '.' || text[23] != 'Z')
        return false;
    bool digits = true;
    const auto number = [&text, &digits](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            digits = digits && text[i] >= '0' && text[i] <= '9';
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const int ms = number(20, 3);
    return digits && year >= 1000 && QDate::isValid(year, month, day) && QTime::isValid(hour, minute, second, ms);
}

// Writes the JSONL record of each run straight from the rows, as compactly serialised SessionJson objects would read
// (sorted keys, the same nulls), without building them: text is copied from SQLite's UTF-8 and stored times as they
// are. Parameters and messages repeated from the previous run (a prompt's runs) are serialised once.
class RunLineWriter final
{
    Q_DISABLE_COPY_MOVE(RunLineWriter)

public:
    explicit RunLineWriter(const QString &sessionUid)
    {
        JsonLineWriter start(&m_recordStart);
        start.beginObject();
        start.key("record"_L1);
        start.string(u"run");
        start.key("session_uid"_L1);
        start.string(sessionUid);
        start.key("prompt"_L1);
    }

    // Appends the line of the current run of `rows` (with its newline) to `out`; false on a read error.
    bool append(SessionRows &rows, QByteArray *out)
    {
        const Statement &run = rows.run();
        const qint64 promptId = run.columnInt64(2);
        if (promptId != m_promptId || m_prompt.isEmpty()) {
            if (!rows.loadPrompt(promptId))
                return false;
            m_prompt.truncate(0); // keeps the capacity, as below
            JsonLineWriter prompt(&m_prompt);
            writePrompt(prompt, rows.prompt());
            m_promptId = promptId;
        }
        out->append(m_recordStart);
        JsonLineWriter json(out);
        json.raw(m_prompt);
        json.key("run"_L1);
        writeRun(json, rows);
        json.key("judgments"_L1);
        json.beginArray();
        const QByteArrayView runUid = run.columnUtf8(33);
        while (rows.nextJudgment())
            writeJudgment(json, rows.judgment(), runUid);
        if (!rows.error().isEmpty())
            return false;
        json.endArray();
        json.key("pairwise"_L1);
        json.beginArray();
        for (const PairRow *pair : rows.pairs())
            writePair(json, *pair);
        json.endArray();
        json.endObject();
        out->append('\n');
        return true;
    }

private:
    static void string(JsonLineWriter &json, const Statement &row, int column)
    {
        json.utf8String(row.columnUtf8(column));
    }
    // SessionJson's optional text: null when empty.
    static void text(JsonLineWriter &json, const Statement &row, int column)
    {
        const QByteArrayView utf8 = row.columnUtf8(column);
        if (decodesEmpty(utf8))
            json.null();
        else
            json.utf8String(utf8);
    }
    static void text(JsonLineWriter &json, const QString &value)
    {
        if (value.isEmpty())
            json.null();
        else
            json.string(value);
    }
    static void time(JsonLineWriter &json, const Statement &row, int column)
    {
        const QByteArrayView stored = row.columnUtf8(column);
        if (isStoredTime(stored))
            json.utf8String(stored);
        else
            json.value(SessionJson::timeValue(row.columnDateTime(column)));
    }
    // A duration in ms, rounded to the microsecond; null when missing.
    static void measure(JsonLineWriter &json, const Statement &row, int column)
    {
        const double value = row.isNull(column) ? -1.0 : row.columnDouble(column);
        if (value < 0 || !std::isfinite(value))
            json.null();
        else
            json.number(std::round(value * 1000.0) / 1000.0);
    }
    static void count(JsonLineWriter &json, const Statement &row, int column)
    {
        const qint64 value = row.isNull(column) ? -1 : row.columnInt64(column);
        if (value < 0)
            json.null();
        else
            json.integer(value);
    }

    static void writePrompt(JsonLineWriter &json, const Statement &prompt)
    {
        json.beginObject();
        json.key("created_at"_L1);
        time(json, prompt, 5);
        json.key("id"_L1);
        json.integer(prompt.columnInt64(0));
        json.key("source"_L1);
        json.object(objectFromUtf8(prompt.columnUtf8(4)));
        json.key("system_prompt"_L1);
        text(json, prompt, 3);
        json.key("text"_L1);
        string(json, prompt, 2);
        json.key("uid"_L1);
        string(json, prompt, 6);
        json.endObject();
    }

    void writeRun(JsonLineWriter &json, const SessionRows &rows)
    {
        const Statement &run = rows.run();
        json.beginObject();
        json.key("attempts"_L1);
        json.integer(run.columnInt(29));
        json.key("cost_usd"_L1);
        if (run.isNull(28))
            json.null();
        else
            json.number(run.columnDouble(28));
        json.key("endpoint"_L1);
        json.beginObject();
        json.key("kind"_L1);
        string(json, run, 6);
        json.key("name"_L1);
        string(json, run, 5);
        json.key("url"_L1);
        const QByteArrayView url = run.columnUtf8(7);
        if (url.contains('@'))
            json.string(withoutUserInfo(QString::fromUtf8(url)));
        else
            json.utf8String(url);
        json.endObject();
        json.key("error"_L1);
        if (decodesEmpty(run.columnUtf8(17)) && decodesEmpty(run.columnUtf8(18))) {
            json.null();
        } else {
            json.beginObject();
            json.key("kind"_L1);
            text(json, run, 17);
            json.key("message"_L1);
            text(json, run, 18);
            json.endObject();
        }
        json.key("finish_reason"_L1);
        text(json, run, 19);
        json.key("first_byte_ms"_L1);
        measure(json, run, 20);
        json.key("http_status"_L1);
        const int httpStatus = run.isNull(16) ? 0 : run.columnInt(16);
        if (httpStatus > 0)
            json.integer(httpStatus);
        else
            json.null();
        json.key("id"_L1);
        json.integer(run.columnInt64(0));
        json.key("messages"_L1);
        writeMessages(json, run.columnUtf8(13));
        json.key("model"_L1);
        string(json, run, 8);
        json.key("params"_L1);
        writeParams(json, run.columnUtf8(12));
        json.key("parent_run_id"_L1);
        const qint64 parentId = run.isNull(3) ? 0 : run.columnInt64(3);
        if (parentId > 0)
            json.integer(parentId);
        else
            json.null();
        json.key("parent_run_uid"_L1);
        text(json, run, rows.parentUidColumn());
        json.key("prompt_id"_L1);
        json.integer(run.columnInt64(2));
        json.key("prompt_uid"_L1);
        string(json, run, rows.promptUidColumn());
        json.key("provider"_L1);
        text(json, run, 11);
        json.key("reasoning"_L1);
        text(json, run, 31);
        json.key("revision"_L1);
        text(json, run, 10);
        json.key("served_model"_L1);
        text(json, run, 9);
        json.key("server_metrics"_L1);
        const QByteArrayView metrics = run.columnUtf8(30);
        const QJsonObject metricsObject = metrics.isEmpty() ? QJsonObject() : objectFromUtf8(metrics);
        if (metricsObject.isEmpty())
            json.null();
        else
            json.object(metricsObject);
        json.key("started_at"_L1);
        time(json, run, 14);
        json.key("status"_L1);
        json.string(runStatusName(runStatusFromName(run.columnText(15)).value_or(RunStatus::Failed)));
        json.key("text"_L1);
        string(json, run, 32);
        json.key("tokens_per_s"_L1);
        measure(json, run, 27);
        json.key("total_ms"_L1);
        measure(json, run, 22);
        json.key("ttft_ms"_L1);
        measure(json, run, 21);
        json.key("uid"_L1);
        string(json, run, 33);
        json.key("usage"_L1);
        json.beginObject();
        json.key("completion_tokens"_L1);
        count(json, run, 25);
        json.key("prompt_tokens"_L1);
        count(json, run, 24);
        json.key("usage_reported"_L1);
        json.boolean(run.columnInt(26) != 0);
        json.endObject();
        json.key("waited_ms"_L1);
        json.integer(run.isNull(23) ? 0 : run.columnInt64(23));
        json.endObject();
    }

    // GenerationParams as stored, then as its toJson() writes it.
    void writeParams(JsonLineWriter &json, QByteArrayView stored)
    {
        if (stored != m_paramsStored || m_params.isEmpty()) {
            m_paramsStored = stored.toByteArray();
            m_params.truncate(0);
            JsonLineWriter params(&m_params);
            const GenerationParams values = GenerationParams::fromJson(objectFromUtf8(stored));
            params.beginObject();
            if (values.maxTokens) {
                params.key("max_tokens"_L1);
                params.integer(*values.maxTokens);
            }
            if (values.seed) {
                params.key("seed"_L1);
                params.integer(*values.seed);
            }
            if (!values.stop.isEmpty()) {
                params.key("stop"_L1);
                params.beginArray();
                for (const QString &stop : values.stop)
                    params.string(stop);
                params.endArray();
            }
            if (values.temperature) {
                params.key("temperature"_L1);
                params.number(*values.temperature);
            }
            if (values.topP) {
                params.key("top_p"_L1);
                params.number(*values.topP);
            }
            params.endObject();
        }
        json.raw(m_params);
    }

    // The stored messages array read as RunStore reads it ({role, content} strings), written as SessionJson does.
    void writeMessages(JsonLineWriter &json, QByteArrayView stored)
    {
        if (stored != m_messagesStored || m_messages.isEmpty()) {
            m_messagesStored = stored.toByteArray();
            m_messages.truncate(0);
            JsonLineWriter messages(&m_messages);
            messages.beginArray();
            const QJsonArray array = QJsonDocument::fromJson(QString::fromUtf8(stored).toUtf8()).array();
            for (const QJsonValue &value : array) {
                const QJsonObject object = value.toObject();
                messages.beginObject();
                messages.key("content"_L1);
                messages.string(object.value("content"_L1).toString());
                messages.key("role"_L1);
                messages.string(object.value("role"_L1).toString());
                messages.endObject();
            }
            messages.endArray();
        }
        json.raw(m_messages);
    }

    static void writeJudgment(JsonLineWriter &json, const Statement &judgment, QByteArrayView runUid)
    {
        json.beginObject();
        json.key("created_at"_L1);
        time(json, judgment, 9);
        json.key("flagged"_L1);
        json.boolean(judgment.columnInt(8) != 0);
        json.key("id"_L1);
        json.integer(judgment.columnInt64(0));
        json.key("labels"_L1);
        const QByteArrayView labels = judgment.columnUtf8(6);
        json.beginArray();
        if (!labels.isEmpty() && labels != "[]") {
            for (const QJsonValue &label : QJsonDocument::fromJson(QString::fromUtf8(labels).toUtf8()).array())
                json.string(label.toString());
        }
        json.endArray();
        json.key("note"_L1);
        text(json, judgment, 7);
        json.key("rating"_L1);
        if (judgment.isNull(5))
            json.null();
        else
            json.integer(judgment.columnInt(5));
        json.key("reviewer"_L1);
        string(json, judgment, 4);
        json.key("run_id"_L1);
        json.integer(judgment.columnInt64(3));
        json.key("run_uid"_L1);
        json.utf8String(runUid);
        json.key("uid"_L1);
        string(json, judgment, 1);
        json.key("updated_at"_L1);
        time(json, judgment, 10);
        json.endObject();
    }

    static void writePair(JsonLineWriter &json, const PairRow &row)
    {
        const PairJudgment &pair = row.pair;
        json.beginObject();
        json.key("blind"_L1);
        json.boolean(pair.blind);
        json.key("created_at"_L1);
        json.value(SessionJson::timeValue(pair.createdAt));
        json.key("id"_L1);
        json.integer(pair.id);
        json.key("outcome"_L1);
        json.string(pairOutcomeName(pair.outcome));
        json.key("reason"_L1);
        text(json, pair.reason);
        json.key("reviewer"_L1);
        json.string(pair.reviewer);
        json.key("run_a"_L1);
        json.integer(pair.runA);
        json.key("run_a_uid"_L1);
        json.string(row.uidA);
        json.key("run_b"_L1);
        json.integer(pair.runB);
        json.key("run_b_uid"_L1);
        json.string(row.uidB);
        json.key("uid"_L1);
        json.string(pair.uid);
        json.key("updated_at"_L1);
        json.value(SessionJson::timeValue(pair.updatedAt));
        json.endObject();
    }

    QByteArray m_recordStart;
    qint64 m_promptId = -1;
    QByteArray m_prompt;
    QByteArray m_paramsStored;
    QByteArray m_params;
    QByteArray m_messagesStored;
    QByteArray m_messages;
};

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

QString csvNumber(double value, int decimals)
{
    return value < 0 ? QString() : QString::number(value, 'f', decimals);
}

QString csvTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

const QStringList CsvColumns = {u"session"_s, u"prompt_uid"_s, u"prompt"_s, u"system_prompt"_s, u"run_uid"_s,
    u"run_id"_s, u"parent_run_uid"_s, u"endpoint"_s, u"endpoint_kind"_s, u"model"_s, u"revision"_s, u"provider"_s,
    u"started_at"_s, u"status"_s, u"finish_reason"_s, u"error"_s, u"ttft_ms"_s, u"total_ms"_s, u"prompt_tokens"_s,
    u"completion_tokens"_s, u"tokens_per_s"_s, u"cost_usd"_s, u"text"_s, u"reasoning"_s, u"reviewer"_s, u"rating"_s,
    u"labels"_s, u"note"_s, u"flagged"_s, u"judged_at"_s};

// Everything written goes through here, so a full disk or a closed pipe stops the export with a message.
class Writer final
{
public:
    explicit Writer(QIODevice *device)
        : m_device(device)
    {
    }
    bool write(const QByteArray &bytes)
    {
        if (m_failed)
            return false;
        m_failed = m_device->write(bytes) != bytes.size();
        return !m_failed;
    }
    QString error() const
    {
        return u"cannot write the export: %1"_s.arg(m_device->errorString());
    }

private:
    QIODevice *m_device;
    bool m_failed = false;
};

// Applies imported rows to the target database inside the caller's transaction, mapping uids to local ids.
class Merger final
{
    Q_DISABLE_COPY_MOVE(Merger)

public:
    Merger(Database &database, ImportSummary &summary)
        : m_database(database)
        , m_summary(summary)
        , m_promptByUid(database.prepare(u"SELECT id, session_id FROM prompts WHERE uid = ?1"_s))
        , m_insertPrompt(database.prepare(u"INSERT INTO prompts (session_id, text, system_prompt, source, created_at, "
                                          "uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s))
        , m_runByUid(database.prepare(u"SELECT id, session_id FROM runs WHERE uid = ?1"_s))
        , m_insertRun(database.prepare(RunStore::insertRunSql()))
        , m_judgmentByUid(
              database.prepare(u"SELECT id, rating, labels, note, flagged, updated_at FROM judgments WHERE uid = ?1"_s))
        , m_judgmentByKey(database.prepare(u"SELECT id, rating, labels, note, flagged, updated_at FROM judgments "
                                           "WHERE run_id = ?1 AND reviewer = ?2"_s))
        , m_insertJudgment(database.prepare(
              u"INSERT INTO judgments (uid, session_id, run_id, reviewer, rating, labels, note, flagged, created_at, "
              "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"_s))
        , m_updateJudgment(database.prepare(u"UPDATE judgments SET rating = ?2, labels = ?3, note = ?4, flagged = ?5, "
                                            "updated_at = ?6 WHERE id = ?1"_s))
        , m_pairByUid(
              database.prepare(u"SELECT id, outcome, reason, blind, updated_at FROM pair_judgments WHERE uid = ?1"_s))
        , m_pairByKey(database.prepare(u"SELECT id, outcome, reason, blind, updated_at FROM pair_judgments "
                                       "WHERE run_a = ?1 AND run_b = ?2 AND reviewer = ?3"_s))
        , m_insertPair(database.prepare(
              u"INSERT INTO pair_judgments (uid, session_id, run_a, run_b, reviewer, outcome, reason, blind, "
              "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"_s))
        , m_updatePair(database.prepare(
              u"UPDATE pair_judgments SET outcome = ?2, reason = ?3, blind = ?4, updated_at = ?5 WHERE id = ?1"_s))
    {
    }

    QString error() const
    {
        return m_error;
    }

    bool session(const SessionInfo &incoming, const SessionSettings &settings)
    {
        Statement byUid = m_database.prepare(u"SELECT id, name FROM sessions WHERE uid = ?1"_s);
        byUid.bind(1, incoming.uid);
        if (byUid.step()) {
            m_sessionId = byUid.columnInt64(0);
            ++m_summary.sessionsMerged;
            m_summary.sessions.append(byUid.columnText(1));
            return true;
        }
        if (byUid.hasError())
            return fail(byUid.error());
        // Another session of that name (and a different uid) is not this one: the import gets a name of its own.
        Statement taken = m_database.prepare(u"SELECT 1 FROM sessions WHERE name = ?1"_s);
        QString name = incoming.name;
        for (int attempt = 1;; ++attempt) {
            taken.bind(1, name);
            const bool clash = taken.step();
            taken.reset();
            if (!clash)
                break;
            name = attempt == 1 ? u"%1 (imported)"_s.arg(incoming.name)
                                : u"%1 (imported %2)"_s.arg(incoming.name).arg(attempt);
        }
        Statement insert = m_database.prepare(u"INSERT INTO sessions (name, goal, created_at, archived_at, uid, "
                                              "settings) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s);
        insert.bind(1, name);
        bindText(insert, 2, incoming.goal);
        insert.bind(3, incoming.createdAt);
        insert.bind(4, incoming.archivedAt);
        insert.bind(5, incoming.uid);
        insert.bind(6, jsonText(settings.toJson()));
        if (!insert.exec())
            return fail(insert.error());
        m_sessionId = m_database.lastInsertId();
        ++m_summary.sessionsAdded;
        m_summary.sessions.append(name);
        return true;
    }

    bool prompt(const StoredPrompt &prompt)
    {
        qint64 existing = 0;
        if (!lookUp(m_promptByUid, prompt.uid, u"prompt"_s, &existing))
            return false;
        if (existing > 0) {
            ++m_summary.promptsReused;
            return true;
        }
        m_insertPrompt.bind(1, m_sessionId);
        m_insertPrompt.bind(2, prompt.text);
        bindText(m_insertPrompt, 3, prompt.systemPrompt);
        m_insertPrompt.bind(
            4, jsonText(prompt.source.isEmpty() ? QJsonObject{{u"kind"_s, u"typed"_s}} : prompt.source));
        m_insertPrompt.bind(5, prompt.createdAt);
        m_insertPrompt.bind(6, prompt.uid);
        if (!m_insertPrompt.exec())
            return fail(m_insertPrompt.error());
        ++m_summary.promptsAdded;
        return true;
    }

    bool run(StoredRun run, const QString &promptUid, const QString &parentUid)
    {
        qint64 existing = 0;
        if (!lookUp(m_runByUid, run.uid, u"run"_s, &existing))
            return false;
        if (existing > 0) {
            ++m_summary.runsReused;
            return true;
        }
        if (!lookUp(m_promptByUid, promptUid, u"prompt"_s, &run.promptId))
            return false;
        if (run.promptId <= 0)
            return fail(u"run %1: its prompt %2 is not in the file"_s.arg(run.uid, promptUid));
        run.parentRunId = 0;
        if (!parentUid.isEmpty() && !lookUp(m_runByUid, parentUid, u"run"_s, &run.parentRunId))
            return false;
        run.sessionId = m_sessionId;
        run.endpointId = 0; // endpoints are per machine; the run keeps the endpoint's name, kind and URL
        run.endpointUrl = withoutUserInfo(run.endpointUrl);
        RunStore::bindRun(m_insertRun, run);
        if (!m_insertRun.exec())
            return fail(m_insertRun.error());
        ++m_summary.runsAdded;
        return true;
    }

    bool judgment(const Judgment &judgment, const QString &runUid)
    {
        qint64 runId = 0;
        if (!lookUp(m_runByUid, runUid, u"run"_s, &runId))
            return false;
        if (runId <= 0)
            return fail(u"judgment %1: its run %2 is not in the file"_s.arg(judgment.uid, runUid));
        Statement *found = &m_judgmentByUid;
        found->bind(1, judgment.uid);
        if (!found->step()) {
            found->reset();
            found = &m_judgmentByKey;
            found->bind(1, runId);
            found->bind(2, judgment.reviewer);
            if (!found->step()) {
                found->reset();
                if (judgment.isEmpty())
                    return true; // an empty judgment is no judgment
                m_insertJudgment.bind(1, judgment.uid);
                m_insertJudgment.bind(2, m_sessionId);
                m_insertJudgment.bind(3, runId);
                m_insertJudgment.bind(4, judgment.reviewer);
                bindRating(m_insertJudgment, 5, judgment.rating);
                m_insertJudgment.bind(6, jsonText(QJsonArray::fromStringList(judgment.labels)));
                bindText(m_insertJudgment, 7, judgment.note);
                m_insertJudgment.bind(8, judgment.flagged);
                m_insertJudgment.bind(9, judgment.createdAt);
                m_insertJudgment.bind(10, judgment.updatedAt);
                if (!m_insertJudgment.exec())
                    return fail(m_insertJudgment.error());
                ++m_summary.judgmentsAdded;
                return true;
            }
        }
        const qint64 id = found->columnInt64(0);
        // (Compared without a temporary std::optional: GCC 12 warns about it as maybe uninitialised.)
        const bool sameRating =
            found->isNull(1) ? !judgment.rating : judgment.rating && *judgment.rating == found->columnInt(1);
        QStringList labels;
        for (const QJsonValue &value : QJsonDocument::fromJson(found->columnText(2).toUtf8()).array())
            labels.append(value.toString());
        const bool same = sameRating && labels == judgment.labels
            && found->columnText(3) == (judgment.note.isEmpty() ? QString() : judgment.note)
            && (found->columnInt(4) != 0) == judgment.flagged;
        const QDateTime updatedAt = found->columnDateTime(5);
        found->reset();
        if (same || judgment.updatedAt <= updatedAt) {
            ++m_summary.judgmentsKept;
            return true;
        }
        m_updateJudgment.bind(1, id);
        bindRating(m_updateJudgment, 2, judgment.rating);
        m_updateJudgment.bind(3, jsonText(QJsonArray::fromStringList(judgment.labels)));
        bindText(m_updateJudgment, 4, judgment.note);
        m_updateJudgment.bind(5, judgment.flagged);
        m_updateJudgment.bind(6, judgment.updatedAt);
        if (!m_updateJudgment.exec())
            return fail(m_updateJudgment.error());
        ++m_summary.judgmentsUpdated;
        return true;
    }

    bool pair(PairJudgment pair, const QString &uidA, const QString &uidB)
    {
        if (!lookUp(m_runByUid, uidA, u"run"_s, &pair.runA) || !lookUp(m_runByUid, uidB, u"run"_s, &pair.runB))
            return false;
        if (pair.runA <= 0 || pair.runB <= 0)
            return fail(
                u"pairwise judgment %1: run %2 is not in the file"_s.arg(pair.uid, pair.runA <= 0 ? uidA : uidB));
        // Stored with run_a < run_b; the runs may have other ids here than where they were judged.
        if (pair.runA > pair.runB) {
            std::swap(pair.runA, pair.runB);
            if (pair.outcome == PairOutcome::A)
                pair.outcome = PairOutcome::B;
            else if (pair.outcome == PairOutcome::B)
                pair.outcome = PairOutcome::A;
        }
        Statement *found = &m_pairByUid;
        found->bind(1, pair.uid);
        if (!found->step()) {
            found->reset();
            found = &m_pairByKey;
            found->bind(1, pair.runA);
            found->bind(2, pair.runB);
            found->bind(3, pair.reviewer);
            if (!found->step()) {
                found->reset();
                m_insertPair.bind(1, pair.uid);
                m_insertPair.bind(2, m_sessionId);
                m_insertPair.bind(3, pair.runA);
                m_insertPair.bind(4, pair.runB);
                m_insertPair.bind(5, pair.reviewer);
                m_insertPair.bind(6, pairOutcomeName(pair.outcome));
                bindText(m_insertPair, 7, pair.reason);
                m_insertPair.bind(8, pair.blind);
                m_insertPair.bind(9, pair.createdAt);
                m_insertPair.bind(10, pair.updatedAt);
                if (!m_insertPair.exec())
                    return fail(m_insertPair.error());
                ++m_summary.pairsAdded;
                return true;
            }
        }
        const qint64 id = found->columnInt64(0);
        const bool same = found->columnText(1) == pairOutcomeName(pair.outcome)
            && found->columnText(2) == (pair.reason.isEmpty() ? QString() : pair.reason)
            && (found->columnInt(3) != 0) == pair.blind;
        const QDateTime updatedAt = found->columnDateTime(4);
        found->reset();
        if (same || pair.updatedAt <= updatedAt) {
            ++m_summary.pairsKept;
            return true;
        }
        m_updatePair.bind(1, id);
        m_updatePair.bind(2, pairOutcomeName(pair.outcome));
        bindText(m_updatePair, 3, pair.reason);
        m_updatePair.bind(4, pair.blind);
        m_updatePair.bind(5, pair.updatedAt);
        if (!m_updatePair.exec())
            return fail(m_updatePair.error());
        ++m_summary.pairsUpdated;
        return true;
    }

    bool decision(const Decision &decision)
    {
        Statement insert = m_database.prepare(
            u"INSERT INTO decisions (uid, session_id, author, text, evidence, decided_at) VALUES (?1, ?2, ?3, ?4, ?5, "
            "?6) ON CONFLICT (uid) DO NOTHING"_s);
        insert.bind(1, decision.uid);
        insert.bind(2, m_sessionId);
        insert.bind(3, decision.author);
        insert.bind(4, decision.text);
        insert.bind(5, jsonText(decision.evidence));
        insert.bind(6, decision.decidedAt);
        if (!insert.exec())
            return fail(insert.error());
        if (m_database.changes() > 0)
            ++m_summary.decisionsAdded;
        else
            ++m_summary.decisionsKept;
        return true;
    }

private:
    static void bindRating(Statement &statement, int index, const std::optional<int> &rating)
    {
        if (rating)
            statement.bind(index, *rating);
        else
            statement.bind(index, nullptr);
    }

    // The local id of the row with that uid (0 when there is none); false when it belongs to another session.
    bool lookUp(Statement &byUid, const QString &uid, const QString &what, qint64 *id)
    {
        *id = 0;
        byUid.bind(1, uid);
        if (byUid.step()) {
            *id = byUid.columnInt64(0);
            const qint64 session = byUid.columnInt64(1);
            byUid.reset();
            if (session != m_sessionId)
                return fail(u"%1 %2 belongs to another session here"_s.arg(what, uid));
            return true;
        }
        if (byUid.hasError())
            return fail(byUid.error());
        byUid.reset();
        return true;
    }

    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    Database &m_database;
    ImportSummary &m_summary;
    qint64 m_sessionId = 0;
    QString m_error;
    Statement m_promptByUid;
    Statement m_insertPrompt;
    Statement m_runByUid;
    Statement m_insertRun;
    Statement m_judgmentByUid;
    Statement m_judgmentByKey;
    Statement m_insertJudgment;
    Statement m_updateJudgment;
    Statement m_pairByUid;
    Statement m_pairByKey;
    Statement m_insertPair;
    Statement m_updatePair;
};

struct PendingPair
{
    PairJudgment pair;
    QString uidA;
    QString uidB;
    qint64 line = 0;
};

} // namespace

bool ImportSummary::changedNothing() const
{
    return sessionsAdded == 0 && promptsAdded == 0 && runsAdded == 0 && judgmentsAdded == 0 && judgmentsUpdated == 0
        && pairsAdded == 0 && pairsUpdated == 0 && decisionsAdded == 0;
}

std::optional<SessionExchange::Format> SessionExchange::formatFromName(const QString &name)
{
    if (name == u"jsonl"_s)
        return Format::Jsonl;
    if (name == u"csv"_s)
        return Format::Csv;
    if (name == u"bundle"_s)
        return Format::Bundle;
    return std::nullopt;
}

SessionExchange::SessionExchange(Database &database)
    : m_database(database)
{
}

SessionExchange::~SessionExchange() = default;

QString SessionExchange::lastError() const
{
    return m_lastError;
}

bool SessionExchange::fail(const QString &error)
{
    m_lastError = error;
    return false;
}

bool SessionExchange::exportJsonl(qint64 sessionId, QIODevice *out)
{
    const ReadSnapshot snapshot(m_database);
    const std::optional<SessionRow> session = readSession(m_database, sessionId);
    if (!session)
        return fail(u"there is no session %1"_s.arg(sessionId));
    Writer writer(out);
    QJsonArray decisions;
    Statement select = m_database.prepare(
        u"SELECT id, uid, author, text, evidence, decided_at FROM decisions WHERE session_id = ?1 ORDER BY decided_at, id"_s);
    select.bind(1, sessionId);
    while (select.step()) {
        Decision decision;
        decision.id = select.columnInt64(0);
        decision.uid = select.columnText(1);
        decision.author = select.columnText(2);
        decision.text = select.columnText(3);
        decision.evidence = QJsonDocument::fromJson(select.columnText(4).toUtf8()).array();
        decision.decidedAt = select.columnDateTime(5);
        decisions.append(SessionJson::decision(decision));
    }
    const QJsonObject header{{u"format"_s, FormatName}, {u"version"_s, FormatVersion},
        {u"exported_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"session"_s, SessionJson::session(session->info, session->settings)}, {u"decisions"_s, decisions}};
    if (!writer.write(compact(header) + '\n'))
        return fail(writer.error());

    // Each run's line is written straight from the rows (RunLineWriter), one run at a time, and the lines go out in
    // chunks of about 256 KB.
    constexpr qsizetype ChunkSize = 256 * 1024;
    SessionRows rows(m_database, sessionId);
    RunLineWriter runLine(session->info.uid);
    QByteArray chunk;
    chunk.reserve(ChunkSize + 64 * 1024);
    while (rows.nextRun()) {
        if (!runLine.append(rows, &chunk))
            break;
        if (chunk.size() >= ChunkSize) {
            if (!writer.write(chunk))
                return fail(writer.error());
            chunk.truncate(0);
        }
    }
    if (!rows.error().isEmpty())
        return fail(rows.error());
    if (!chunk.isEmpty() && !writer.write(chunk))
        return fail(writer.error());
    m_lastError.clear();
    return true;
}

bool SessionExchange::exportCsv(qint64 sessionId, QIODevice *out)
{
    const ReadSnapshot snapshot(m_database);
    const std::optional<SessionRow> session = readSession(m_database, sessionId);
    if (!session)
        return fail(u"there is no session %1"_s.arg(sessionId));
    Writer writer(out);
    QByteArray line;
    const auto writeRow = [&line, &writer](const QStringList &fields) {
        line.clear();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += ',';
            line += csvField(fields.at(i));
        }
        line += "\r\n";
        return writer.write(line);
    };
    if (!writeRow(CsvColumns))
        return fail(writer.error());
    RunCursor cursor(m_database, sessionId);
    RunRow row;
    while (cursor.next(&row)) {
        const StoredRun &run = row.run;
        const RunResult &r = run.result;
        const QStringList runFields = {session->info.name, row.prompt.uid, row.prompt.text, row.prompt.systemPrompt,
            run.uid, QString::number(run.id), row.parentUid, run.endpointName, run.endpointKind, run.model,
            run.revision, r.provider, csvTime(run.startedAt), runStatusName(r.status), r.finishReason, r.errorMessage,
            csvNumber(r.ttftMs, 3), csvNumber(r.totalMs, 3),
            r.usage.promptTokens < 0 ? QString() : QString::number(r.usage.promptTokens),
            r.completionTokens < 0 ? QString() : QString::number(r.completionTokens), csvNumber(r.tokensPerSecond, 3),
            r.costUsd ? QString::number(*r.costUsd, 'g', 12) : QString(), r.text, r.reasoning};
        if (row.judgments.isEmpty()) {
            QStringList fields = runFields;
            for (int i = 0; i < 6; ++i)
                fields.append(QString());
            if (!writeRow(fields))
                return fail(writer.error());
        }
        for (const Judgment &judgment : std::as_const(row.judgments)) {
            QStringList fields = runFields;
            fields << judgment.reviewer << (judgment.rating ? QString::number(*judgment.rating) : QString())
                   << judgment.labels.join(u"; "_s) << judgment.note << (judgment.flagged ? u"yes"_s : QString())
                   << csvTime(judgment.updatedAt);
            if (!writeRow(fields))
                return fail(writer.error());
        }
    }
    if (!cursor.error().isEmpty())
        return fail(cursor.error());
    m_lastError.clear();
    return true;
}

bool SessionExchange::copySession(qint64 sessionId, QString *error)
{
    if (!m_database.exec(u"BEGIN"_s, error))
        return false;
    bool ok = true;
    // Explicit column lists: the same schema, but never rely on column order. Endpoint ids are cleared (the bundle
    // has no endpoints table rows: endpoints are per machine); a parent outside the session is dropped.
    QString runColumns = RunStore::runColumns();
    QString runValues = runColumns;
    runValues.replace(u"endpoint_id"_s, u"NULL"_s);
    runValues.replace(u"parent_run_id"_s,
        u"(SELECT q.id FROM main.runs q WHERE q.id = r.parent_run_id AND q.session_id = r.session_id)"_s);
    const QStringList copies = {
        u"INSERT INTO bundle.sessions (id, name, goal, created_at, archived_at, uid, settings) "
        "SELECT id, name, goal, created_at, archived_at, uid, settings FROM main.sessions WHERE id = ?1"_s,
        u"INSERT INTO bundle.prompts (%1) SELECT %1 FROM main.prompts WHERE session_id = ?1 ORDER BY id"_s.arg(
            RunStore::promptColumns()),
        u"INSERT INTO bundle.runs (%1) SELECT %2 FROM main.runs r WHERE session_id = ?1 ORDER BY id"_s.arg(
            runColumns, runValues),
        u"INSERT INTO bundle.judgments (%1) SELECT %1 FROM main.judgments WHERE session_id = ?1"_s.arg(
            JudgmentStore::judgmentColumns()),
        u"INSERT INTO bundle.pair_judgments (%1) SELECT %1 FROM main.pair_judgments WHERE session_id = ?1"_s.arg(
            JudgmentStore::pairColumns()),
        u"INSERT INTO bundle.decisions (id, uid, session_id, author, text, evidence, decided_at) SELECT id, uid, "
        "session_id, author, text, evidence, decided_at FROM main.decisions WHERE session_id = ?1"_s,
    };
    for (const QString &sql : copies) {
        if (!ok)
            break;
        Statement copy = m_database.prepare(sql);
        copy.bind(1, sessionId);
        ok = copy.exec();
        if (!ok)
            *error = copy.error();
    }
    if (ok) {
        Statement urls =
            m_database.prepare(u"SELECT DISTINCT endpoint_url FROM bundle.runs WHERE endpoint_url LIKE '%@%'"_s);
        QStringList withUser;
        while (urls.step())
            withUser.append(urls.columnText(0));
        Statement clean = m_database.prepare(u"UPDATE bundle.runs SET endpoint_url = ?2 WHERE endpoint_url = ?1"_s);
        for (const QString &url : std::as_const(withUser)) {
            clean.bind(1, url);
            clean.bind(2, withoutUserInfo(url));
            if (!(ok = clean.exec())) {
                *error = clean.error();
                break;
            }
        }
    }
    if (ok)
        ok = m_database.exec(u"COMMIT"_s, error);
    if (!ok)
        m_database.exec(u"ROLLBACK"_s);
    return ok;
}

bool SessionExchange::exportBundle(qint64 sessionId, const QString &path)
{
    if (!readSession(m_database, sessionId))
        return fail(u"there is no session %1"_s.arg(sessionId));
    const QString part = path + u".part"_s;
    const auto removePart = [&part] {
        for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(part + suffix);
    };
    removePart();
    QString error;
    {
        // A fresh file with this build's schema (migrations, search index and triggers), in rollback-journal mode so
        // that it is one self-contained file.
        std::unique_ptr<Database> bundle = Database::open(part, &error);
        if (!bundle || !bundle->exec(u"PRAGMA journal_mode=DELETE"_s, &error)) {
            removePart();
            return fail(u"cannot create %1: %2"_s.arg(path, error));
        }
    }
    {
        Statement attach = m_database.prepare(u"ATTACH DATABASE ?1 AS bundle"_s);
        attach.bind(1, QFileInfo(part).absoluteFilePath());
        if (!attach.exec()) {
            removePart();
            return fail(u"cannot create %1: %2"_s.arg(path, attach.error()));
        }
    }
    // Every statement on the attached file is finished before DETACH (which refuses while one is pending).
    const bool ok = copySession(sessionId, &error);
    m_database.exec(u"DETACH DATABASE bundle"_s);
    if (!ok) {
        removePart();
        return fail(u"cannot write %1: %2"_s.arg(path, error));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        removePart();
        return fail(u"cannot write %1"_s.arg(path));
    }
    m_lastError.clear();
    return true;
}

std::optional<ImportSummary> SessionExchange::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray start = file.peek(4096);
    if (start.startsWith(SqliteMagic)) {
        file.close();
        return importBundle(path);
    }
    const QByteArray trimmed = start.trimmed();
    if (trimmed.startsWith('{'))
        return importJsonl(&file, QFileInfo(path).fileName());
    if (trimmed.startsWith("session,prompt_uid,")) {
        fail(u"%1 is a CSV export: CSV is for spreadsheets and cannot be imported (it leaves out pairwise judgments "
             "and decisions). Import the session's JSONL export or bundle instead."_s.arg(QFileInfo(path).fileName()));
        return std::nullopt;
    }
    fail(u"%1 is not a HubLens session export (neither a JSONL export nor a bundle)"_s.arg(QFileInfo(path).fileName()));
    return std::nullopt;
}

std::optional<ImportSummary> SessionExchange::importJsonl(QIODevice *in, const QString &name)
{
    const QString source = name.isEmpty() ? u"the input"_s : name;
    qint64 lineNumber = 0;
    const auto failAt = [this, &source, &lineNumber](const QString &problem) {
        fail(u"%1, line %2: %3"_s.arg(source).arg(lineNumber).arg(problem));
        return std::nullopt;
    };
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        fail(u"cannot import %1: %2"_s.arg(source, transaction.error()));
        return std::nullopt;
    }
    ImportSummary summary;
    Merger merger(m_database, summary);
    QString sessionUid;
    QHash<QString, PendingPair> pairs;
    QList<QString> pairOrder;
    QString error;
    while (!in->atEnd()) {
        QByteArray line = in->readLine();
        ++lineNumber;
        const bool complete = line.endsWith('\n');
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return failAt(!complete
                    ? u"the line is cut short (%1): the file looks truncated"_s.arg(parseError.errorString())
                    : u"not valid JSON: %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset + 1));
        }
        if (!document.isObject())
            return failAt(u"not a JSON object"_s);
        const QJsonObject record = document.object();
        if (sessionUid.isEmpty()) {
            // The header: format, version, the session and its decision log.
            if (record.value(u"format"_s).toString() != FormatName)
                return failAt(
                    u"not a HubLens session export (the first line has no \"format\": \"%1\")"_s.arg(FormatName));
            const QJsonValue version = record.value(u"version"_s);
            if (!version.isDouble() || version.toInt() < 1)
                return failAt(u"version: missing or not a number"_s);
            if (version.toInt() > FormatVersion)
                return failAt(u"made by a newer HubLens (format version %1; this one reads %2)"_s.arg(version.toInt())
                                  .arg(FormatVersion));
            SessionSettings settings;
            const std::optional<SessionInfo> session =
                SessionJson::sessionFromJson(record.value(u"session"_s).toObject(), &settings, &error);
            if (!session)
                return failAt(error);
            if (!merger.session(*session, settings))
                return failAt(merger.error());
            sessionUid = session->uid;
            if (!record.value(u"decisions"_s).isArray() && !record.value(u"decisions"_s).isUndefined())
                return failAt(u"decisions: not an array"_s);
            for (const QJsonValue &value : record.value(u"decisions"_s).toArray()) {
                const std::optional<Decision> decision = SessionJson::decisionFromJson(value.toObject(), &error);
                if (!decision)
                    return failAt(error);
                if (!merger.decision(*decision))
                    return failAt(merger.error());
            }
            continue;
        }
        if (record.value(u"record"_s).toString() != u"run"_s)
            return failAt(u"record: expected \"run\""_s);
        if (record.value(u"session_uid"_s).toString() != sessionUid)
            return failAt(u"session_uid: not the session of the header"_s);
        const std::optional<StoredPrompt> prompt =
            SessionJson::promptFromJson(record.value(u"prompt"_s).toObject(), &error);
        if (!prompt)
            return failAt(error);
        const QJsonObject runObject = record.value(u"run"_s).toObject();
        const std::optional<StoredRun> run = SessionJson::runFromJson(runObject, &error);
        if (!run)
            return failAt(error);
        if (runObject.value(u"prompt_uid"_s).toString() != prompt->uid)
            return failAt(u"run.prompt_uid: not the uid of the line's prompt"_s);
        const QJsonValue parent = runObject.value(u"parent_run_uid"_s);
        if (!parent.isString() && !parent.isNull() && !parent.isUndefined())
            return failAt(u"run.parent_run_uid: not a string"_s);
        if (!merger.prompt(*prompt) || !merger.run(*run, prompt->uid, parent.toString()))
            return failAt(merger.error());
        const QJsonValue judgments = record.value(u"judgments"_s);
        if (!judgments.isArray() && !judgments.isUndefined())
            return failAt(u"judgments: not an array"_s);
        for (const QJsonValue &value : judgments.toArray()) {
            const std::optional<Judgment> judgment = SessionJson::judgmentFromJson(value.toObject(), &error);
            if (!judgment)
                return failAt(error);
            if (value.toObject().value(u"run_uid"_s).toString() != run->uid)
                return failAt(u"judgment.run_uid: not the uid of the line's run"_s);
            if (!merger.judgment(*judgment, run->uid))
                return failAt(merger.error());
        }
        // A pair is in both of its runs' lines; it is merged once both runs are here, after the last line.
        const QJsonValue pairValues = record.value(u"pairwise"_s);
        if (!pairValues.isArray() && !pairValues.isUndefined())
            return failAt(u"pairwise: not an array"_s);
        for (const QJsonValue &value : pairValues.toArray()) {
            const QJsonObject object = value.toObject();
            const std::optional<PairJudgment> pair = SessionJson::pairFromJson(object, &error);
            if (!pair)
                return failAt(error);
            const QString uidA = object.value(u"run_a_uid"_s).toString();
            const QString uidB = object.value(u"run_b_uid"_s).toString();
            if (uidA.isEmpty() || uidB.isEmpty() || (uidA != run->uid && uidB != run->uid))
                return failAt(u"pairwise.run_a_uid/run_b_uid: missing, or neither is the line's run"_s);
            if (!pairs.contains(pair->uid))
                pairOrder.append(pair->uid);
            pairs.insert(pair->uid, {*pair, uidA, uidB, lineNumber});
        }
    }
    if (sessionUid.isEmpty()) {
        fail(u"%1 is empty: not a HubLens session export"_s.arg(source));
        return std::nullopt;
    }
    for (const QString &uid : std::as_const(pairOrder)) {
        const PendingPair &pending = pairs[uid];
        if (!merger.pair(pending.pair, pending.uidA, pending.uidB)) {
            lineNumber = pending.line;
            return failAt(merger.error());
        }
    }
    if (!transaction.commit(&error)) {
        fail(u"cannot import %1: %2"_s.arg(source, error));
        return std::nullopt;
    }
    m_lastError.clear();
    return summary;
}

std::optional<ImportSummary> SessionExchange::importBundle(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    // Read from a copy: opening the file itself would migrate it and switch it to WAL (a bundle is the user's file,
    // and it may be read-only). A -wal beside it holds committed rows too.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(u"bundle.sqlite3"_s);
    if (!scratch.isValid() || !QFile::copy(path, copy)
        || (QFile::exists(path + u"-wal"_s) && !QFile::copy(path + u"-wal"_s, copy + u"-wal"_s))) {
        fail(u"cannot read %1"_s.arg(path));
        return std::nullopt;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    std::unique_ptr<Database> bundle = Database::open(copy, &error);
    if (!bundle) {
        fail(u"%1 is not a usable HubLens bundle: %2"_s.arg(name, error.replace(copy, name)));
        return std::nullopt;
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        fail(u"cannot import %1: %2"_s.arg(name, transaction.error()));
        return std::nullopt;
    }
    const auto failWith = [this, &name](const QString &problem) {
        fail(u"cannot import %1: %2"_s.arg(name, problem));
        return std::nullopt;
    };
    ImportSummary summary;
    Merger merger(m_database, summary);
    Statement sessions = bundle->prepare(u"SELECT id FROM sessions WHERE deleted_at IS NULL ORDER BY id"_s);
    QList<qint64> sessionIds;
    while (sessions.step())
        sessionIds.append(sessions.columnInt64(0));
    if (sessionIds.isEmpty())
        return failWith(sessions.hasError() ? sessions.error() : u"it holds no session"_s);
    for (const qint64 sessionId : std::as_const(sessionIds)) {
        const std::optional<SessionRow> session = readSession(*bundle, sessionId);
        if (!session || session->info.uid.isEmpty() || !merger.session(session->info, session->settings))
            return failWith(merger.error().isEmpty() ? u"session %1 cannot be read"_s.arg(sessionId) : merger.error());
        Statement prompts = bundle->prepare(
            u"SELECT %1 FROM prompts WHERE session_id = ?1 ORDER BY id"_s.arg(RunStore::promptColumns()));
        prompts.bind(1, sessionId);
        while (prompts.step()) {
            if (!merger.prompt(RunStore::promptFromRow(prompts)))
                return failWith(merger.error());
        }
        RunCursor cursor(*bundle, sessionId);
        RunRow row;
        QList<PairRow> pairs;
        QSet<qint64> seenPairs;
        while (cursor.next(&row)) {
            if (!merger.run(row.run, row.promptUid, row.parentUid))
                return failWith(merger.error());
            for (const Judgment &judgment : std::as_const(row.judgments)) {
                if (!merger.judgment(judgment, row.run.uid))
                    return failWith(merger.error());
            }
            for (const PairRow *pair : std::as_const(row.pairs)) {
                if (!seenPairs.contains(pair->pair.id)) {
                    seenPairs.insert(pair->pair.id);
                    pairs.append(*pair);
                }
            }
        }
        if (!cursor.error().isEmpty())
            return failWith(cursor.error());
        for (const PairRow &pair : std::as_const(pairs)) {
            if (!merger.pair(pair.pair, pair.uidA, pair.uidB))
                return failWith(merger.error());
        }
        Statement decisions = bundle->prepare(u"SELECT uid, author, text, evidence, decided_at FROM decisions "
                                              "WHERE session_id = ?1 ORDER BY decided_at, id"_s);
        decisions.bind(1, sessionId);
        while (decisions.step()) {
            Decision decision;
            decision.uid = decisions.columnText(0);
            decision.author = decisions.columnText(1);
            decision.text = decisions.columnText(2);
            decision.evidence = QJsonDocument::fromJson(decisions.columnText(3).toUtf8()).array();
            decision.decidedAt = decisions.columnDateTime(4);
            if (!merger.decision(decision))
                return failWith(merger.error());
        }
    }
    if (!transaction.commit(&error))
        return failWith(error);
    m_lastError.clear();
    return summary;
}

bool SessionExchange::exportFile(qint64 sessionId, Format format, const QString &path)
{
    if (format == Format::Bundle)
        return exportBundle(sessionId, path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    bool ok = format == Format::Csv ? exportCsv(sessionId, &file) : exportJsonl(sessionId, &file);
    file.close();
    if (ok && file.error() != QFileDevice::NoError)
        ok = fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    if (!ok)
        file.remove(); // never leave half an export behind
    return ok;
}
