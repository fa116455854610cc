// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/migrations.h"

#include <iterator>

#include "app/core/logging.h"
#include "app/storage/database.h"
#include "app/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace {

// Notes for writers of later steps:
// * PRAGMA foreign_keys cannot change inside a transaction; a table rebuild needs PRAGMA defer_foreign_keys=ON
//   instead (each step is checked with foreign_key_check before it commits).
// * Times are ISO 8601 text in UTC with milliseconds (Statement::bind(QDateTime)).
const char *const Steps[] = {
    // 0 -> 1: HTTP response cache of the Hub client, candidate list.
    R"sql(
CREATE TABLE response_cache (
    id           INTEGER PRIMARY KEY,
    url          BLOB NOT NULL UNIQUE,  -- cache key: a URL without secrets, byte for byte
    status       INTEGER NOT NULL,
    etag         BLOB,
    content_type BLOB,
    link_header  BLOB,
    fetched_at   TEXT NOT NULL,         -- last confirmed by the server (200 or 304)
    last_access  TEXT NOT NULL,         -- last stored, touched or looked up
    access_seq   INTEGER NOT NULL,      -- strictly increasing with each access: LRU order without clock ties
    size         INTEGER NOT NULL,      -- bytes of url + headers + body, for the size cap
    body         BLOB NOT NULL          -- last, so the small columns stay on the row's first page
);
-- Eviction walks this index newest-first summing sizes; it covers the query, so the bodies are never read.
CREATE INDEX response_cache_lru ON response_cache (access_seq, size);

CREATE TABLE candidates (
    repo_type TEXT NOT NULL,            -- "model", "dataset" or "space"
    repo_id   TEXT NOT NULL,            -- "owner/name"
    added_at  TEXT NOT NULL,
    note      TEXT,
    PRIMARY KEY (repo_type, repo_id)
);
)sql",
    // 1 -> 2: inference endpoints, evaluation sessions, prompts and runs (Compare). Secrets are never stored here.
    R"sql(
CREATE TABLE endpoints (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind          TEXT NOT NULL,        -- "hf-router", "hf-endpoint", "openai", "tgi", "ollama"
    base_url      TEXT NOT NULL,
    default_model TEXT,
    api_key_env   TEXT,                 -- name of an environment variable holding the key (never the key)
    price_input   REAL,                 -- USD per 1M prompt tokens, entered by the user
    price_output  REAL,                 -- USD per 1M completion tokens
    startup_wait_s INTEGER NOT NULL DEFAULT 300,
    idle_timeout_s INTEGER NOT NULL DEFAULT 120,
    created_at    TEXT NOT NULL
);

CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    goal        TEXT,
    created_at  TEXT NOT NULL,
    archived_at TEXT
);

-- One user turn as sent to every column: the same text and system prompt for all of them.
CREATE TABLE prompts (
    id            INTEGER PRIMARY KEY,
    session_id    INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    system_prompt TEXT,
    source        TEXT,                 -- JSON: {"kind":"typed"} or a file line / dataset row
    created_at    TEXT NOT NULL
);
CREATE INDEX prompts_session ON prompts (session_id);

-- One generation: enough to repeat the request exactly (endpoint, model, messages, every parameter) and everything
-- measured about its answer.
CREATE TABLE runs (
    id               INTEGER PRIMARY KEY,
    session_id       INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    prompt_id        INTEGER NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
    parent_run_id    INTEGER REFERENCES runs (id) ON DELETE SET NULL, -- the previous turn of this conversation
    endpoint_id      INTEGER REFERENCES endpoints (id) ON DELETE SET NULL,
    endpoint_name    TEXT NOT NULL,      -- kept when the endpoint is removed
    endpoint_kind    TEXT NOT NULL,
    endpoint_url     TEXT NOT NULL,
    model            TEXT NOT NULL,
    served_model     TEXT,
    revision         TEXT,               -- model revision sha where known
    provider         TEXT,               -- who answered (x-inference-provider)
    params           TEXT NOT NULL,      -- JSON GenerationParams
    messages         TEXT NOT NULL,      -- JSON array of the messages sent
    started_at       TEXT NOT NULL,
    status           TEXT NOT NULL,      -- "ok", "failed", "truncated", "cancelled"
    http_status      INTEGER,
    error_kind       TEXT,
    error            TEXT,
    finish_reason    TEXT,
    first_byte_ms    REAL,
    ttft_ms          REAL,
    total_ms         REAL,
    waited_ms        INTEGER,
    prompt_tokens    INTEGER,
    completion_tokens INTEGER,
    usage_reported   INTEGER NOT NULL DEFAULT 0,
    tokens_per_s     REAL,
    cost_usd         REAL,
    attempts         INTEGER,
    server_metrics   TEXT,               -- JSON as the server sent it
    reasoning        TEXT,
    text             TEXT NOT NULL
);
CREATE INDEX runs_session ON runs (session_id);
CREATE INDEX runs_prompt ON runs (prompt_id);
)sql",
    // 3: human judgment (issue 5). Every session, prompt, run and judgment gets a uid, stable across machines, so
    // that importing another reviewer's bundle of the same session merges instead of duplicating.
    R"sql(
ALTER TABLE sessions ADD COLUMN uid TEXT;
ALTER TABLE sessions ADD COLUMN settings TEXT;      -- JSON: rating scale and anchors, label set, success criteria
ALTER TABLE sessions ADD COLUMN deleted_at TEXT;    -- in the trash since (purged after 30 days)
ALTER TABLE prompts ADD COLUMN uid TEXT;
ALTER TABLE runs ADD COLUMN uid TEXT;
UPDATE sessions SET uid = lower(hex(randomblob(16)));
UPDATE prompts SET uid = lower(hex(randomblob(16)));
UPDATE runs SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX sessions_uid ON sessions (uid);
CREATE UNIQUE INDEX prompts_uid ON prompts (uid);
CREATE UNIQUE INDEX runs_uid ON runs (uid);

-- A reviewer's judgment of one run: rating, labels, note, flag. One per run and reviewer; nobody else's is touched.
CREATE TABLE judgments (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    reviewer    TEXT NOT NULL,
    rating      INTEGER,
    labels      TEXT NOT NULL DEFAULT '[]',   -- JSON array of label names
    note        TEXT,
    flagged     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (run_id, reviewer)
);
CREATE INDEX judgments_session ON judgments (session_id, reviewer);

-- A pairwise outcome between two runs of the same prompt, stored with run_a < run_b ("a" means run_a won).
CREATE TABLE pair_judgments (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    run_a       INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    run_b       INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    reviewer    TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('a', 'b', 'tie', 'both-bad')),
    reason      TEXT,
    blind       INTEGER NOT NULL DEFAULT 1,   -- identities were hidden when it was made
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (run_a < run_b),
    UNIQUE (run_a, run_b, reviewer)
);
CREATE INDEX pair_judgments_session ON pair_judgments (session_id, reviewer);

-- The decision log: what was decided and why, linked to its evidence.
CREATE TABLE decisions (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    author      TEXT NOT NULL,
    text        TEXT NOT NULL,
    evidence    TEXT NOT NULL DEFAULT '[]',   -- JSON: [{"run": uid} | {"chart": name}]
    decided_at  TEXT NOT NULL
);
CREATE INDEX decisions_session ON decisions (session_id);

-- Full-text search over prompts, outputs and notes. rowid = id * 4 + kind (0 prompt, 1 run, 2 judgment note,
-- 3 pairwise reason), so triggers find their row without a scan.
CREATE VIRTUAL TABLE search USING fts5 (session_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO search (rowid, session_id, body)
    SELECT id * 4, session_id, text || char(10) || coalesce(system_prompt, '') FROM prompts;
INSERT INTO search (rowid, session_id, body)
    SELECT id * 4 + 1, session_id, text || char(10) || coalesce(reasoning, '') || char(10) || coalesce(error, '')
    FROM runs;
CREATE TRIGGER prompts_search_insert AFTER INSERT ON prompts BEGIN
    INSERT INTO search (rowid, session_id, body)
        VALUES (new.id * 4, new.session_id, new.text || char(10) || coalesce(new.system_prompt, ''));
END;
CREATE TRIGGER prompts_search_delete AFTER DELETE ON prompts BEGIN
    DELETE FROM search WHERE rowid = old.id * 4;
END;
CREATE TRIGGER runs_search_insert AFTER INSERT ON runs BEGIN
    INSERT INTO search (rowid, session_id, body) VALUES (new.id * 4 + 1, new.session_id,
        new.text || char(10) || coalesce(new.reasoning, '') || char(10) || coalesce(new.error, ''));
END;
CREATE TRIGGER runs_search_delete AFTER DELETE ON runs BEGIN
    DELETE FROM search WHERE rowid = old.id * 4 + 1;
END;
CREATE TRIGGER judgments_search_insert AFTER INSERT ON judgments WHEN new.note IS NOT NULL BEGIN
    INSERT INTO search (rowid, session_id, body) VALUES (new.id * 4 + 2, new.session_id, new.note);
END;
CREATE TRIGGER judgments_search_update AFTER UPDATE OF note ON judgments BEGIN
    DELETE FROM search WHERE rowid = old.id * 4 + 2;
    INSERT INTO search (rowid, session_id, body) SELECT new.id * 4 + 2, new.session_id, new.note
        WHERE new.note IS NOT NULL;
END;
CREATE TRIGGER judgments_search_delete AFTER DELETE ON judgments BEGIN
    DELETE FROM search WHERE rowid = old.id * 4 + 2;
END;
CREATE TRIGGER pair_judgments_search_insert AFTER INSERT ON pair_judgments WHEN new.reason IS NOT NULL BEGIN
    INSERT INTO search (rowid, session_id, body) VALUES (new.id * 4 + 3, new.session_id, new.reason);
END;
CREATE TRIGGER pair_judgments_search_update AFTER UPDATE OF reason ON pair_judgments BEGIN
    DELETE FROM search WHERE rowid = old.id * 4 + 3;
    INSERT INTO search (rowid, session_id, body) SELECT new.id * 4 + 3, new.session_id, new.reason
        WHERE new.reason IS NOT NULL;
END;
CREATE TRIGGER pair_judgments_search_delete AFTER DELETE ON pair_judgments BEGIN
    DELETE FROM search WHERE rowid = old.id * 4 + 3;
END;
)sql",
    // 4: batch evaluation (issue 7). A batch sends every prompt of a set to every one of its endpoints; an item is one
    // (prompt, endpoint) pair. An item becomes 'done' in the same transaction that stores its run, so a killed process
    // never leaves a result without its item marked or the reverse.
    R"sql(
CREATE TABLE batches (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    spec        TEXT NOT NULL,      -- JSON: source, template, system prompt, parameters, concurrency, endpoints
    state       TEXT NOT NULL CHECK (state IN ('running', 'paused', 'cancelled', 'finished')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX batches_session ON batches (session_id, state);

CREATE TABLE batch_items (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    prompt_id   INTEGER NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
    endpoint    INTEGER NOT NULL,   -- index into the spec's endpoints
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    run_id      INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    UNIQUE (batch_id, prompt_id, endpoint)
);
CREATE INDEX batch_items_state ON batch_items (batch_id, state);
CREATE INDEX batch_items_run ON batch_items (run_id);
-- Deleting a prompt (a session to the trash and purged) cascades here: without this, one scan per prompt.
CREATE INDEX batch_items_prompt ON batch_items (prompt_id);
)sql",
};

} // namespace

namespace Migrations {

int latestVersion()
{
    return int(std::size(Steps));
}

QStringList scripts()
{
    QStringList result;
    result.reserve(latestVersion());
    for (const char *step : Steps)
        result.append(QString::fromUtf8(step));
    return result;
}

bool migrate(Database &database, QString *error)
{
    return migrateTo(database, latestVersion(), error);
}

bool migrateTo(Database &database, int version, QString *error)
{
    return apply(database, scripts(), version, error);
}

bool apply(Database &database, const QStringList &steps, int targetVersion, QString *error)
{
    const auto fail = [error](const QString &message) {
        qCWarning(lcStorage).noquote() << "Migration failed:" << message;
        if (error)
            *error = message;
        return false;
    };
    const int known = int(steps.size());
    if (targetVersion < 0 || targetVersion > known)
        return fail(u"Schema version %1 is unknown (this build knows 0 to %2)"_s.arg(targetVersion).arg(known));

    int current = database.userVersion();
    if (current < 0)
        return fail(u"Cannot read the schema version: %1"_s.arg(database.lastError()));
    if (current > known) {
        return fail(u"This database was created by a newer HubLens (schema version %1; this version of HubLens "
                    "supports up to %2). Update HubLens or use another data folder."_s.arg(current)
                        .arg(known));
    }
    if (current > targetVersion)
        return fail(u"Cannot downgrade the schema from version %1 to %2"_s.arg(current).arg(targetVersion));

    const int initial = current;
    while (current < targetVersion) {
        const int next = current + 1;
        Transaction transaction(database);
        if (!transaction.isActive())
            return fail(u"Cannot start migration to schema version %1: %2"_s.arg(next).arg(transaction.error()));
        // Re-read under the write lock: another process may have migrated while we waited.
        const int locked = database.userVersion();
        if (locked != current) {
            if (locked > known || locked < 0)
                return fail(u"The schema version changed to %1 during the migration"_s.arg(locked));
            current = locked;
            continue;
        }
        QString reason;
        if (!database.exec(steps.at(current), &reason))
            return fail(u"Migration to schema version %1 failed: %2"_s.arg(next).arg(reason));
        Statement check = database.prepare(u"PRAGMA foreign_key_check"_s);
        if (check.step())
            return fail(
                u"Migration to schema version %1 broke a foreign key in table %2"_s.arg(next).arg(check.columnText(0)));
        if (check.hasError())
            return fail(u"Migration to schema version %1: %2"_s.arg(next).arg(check.error()));
        check = Statement();
        // PRAGMA cannot take a bound parameter; `next` is our own integer.
        if (!database.exec(u"PRAGMA user_version = %1"_s.arg(next), &reason) || !transaction.commit(&reason))
            return fail(u"Cannot record schema version %1: %2"_s.arg(next).arg(reason));
        // Creating a fresh database is routine; upgrading existing data is worth a line in the log.
        if (initial > 0)
            qCInfo(lcStorage) << "Database schema migrated from version" << current << "to" << next;
        else
            qCDebug(lcStorage) << "Database schema created at version" << next;
        current = next;
    }
    return true;
}

} // namespace Migrations
