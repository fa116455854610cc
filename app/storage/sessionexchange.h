// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

class Database;
class QIODevice;

// What an import did: rows added, rows already here (reused or unchanged) and rows updated (a newer version of the
// same judgment).
struct ImportSummary
{
    QStringList sessions; // the imported sessions' names here (an imported name that clashed got " (imported)")
    int sessionsAdded = 0;
    int sessionsMerged = 0;
    int promptsAdded = 0;
    int promptsReused = 0;
    int runsAdded = 0;
    int runsReused = 0;
    int judgmentsAdded = 0;
    int judgmentsUpdated = 0;
    int judgmentsKept = 0; // already here, the same or newer
    int pairsAdded = 0;
    int pairsUpdated = 0;
    int pairsKept = 0;
    int decisionsAdded = 0;
    int decisionsKept = 0;

    bool changedNothing() const;
};

// Export of one session (JSONL, CSV or a single-session SQLite bundle) and import of JSONL and bundles, merging by uid:
// a session, prompt, run, judgment or decision already here is reused, a judgment of the same run and reviewer is
// merged (the later updated_at wins), and runs are mapped by uid because local ids differ between databases. An
// import is one transaction: a malformed file (the error names the JSONL line) changes nothing.
//
// Formats:
// * JSONL. Line 1 is a header: {"format":"hublens-session","version":1,"exported_at":…,"session":{…, settings},
//   "decisions":[…]}. Every further line is one run, self-describing: {"record":"run","session_uid":…,"prompt":{…},
//   "run":{…, "prompt_uid", "parent_run_uid"},"judgments":[every reviewer's, with "run_uid"],"pairwise":[the pairwise
//   judgments involving the run, with "run_a_uid"/"run_b_uid"]}. A pair appears in both of its runs' lines. Objects
//   are SessionJson's; run lines are written straight from the rows, byte for byte what QJsonDocument makes of those
//   objects (tst_jsonlinewriter holds the two together). Written run by run (flat memory).
// * CSV (RFC 4180, CRLF, header row): one row per run and reviewer judgment (a run nobody judged has one row with
//   empty judgment columns); labels are joined with "; ". For spreadsheets: pairwise judgments and decisions are not
//   in it and it cannot be imported.
// * Bundle: an SQLite file with this schema holding the session alone (runs' endpoint ids are cleared; endpoints,
//   the response cache and the candidate list are never copied). It opens with Database::open.
// Nothing exported can hold a secret: keys live in the keychain, and endpoint URLs lose any user info.
//
// Works on its own connection; use it from one thread.
class SessionExchange final
{
    Q_DISABLE_COPY_MOVE(SessionExchange)

public:
    enum class Format
    {
        Jsonl,
        Csv,
        Bundle
    };
    static std::optional<Format> formatFromName(const QString &name); // "jsonl", "csv", "bundle"

    explicit SessionExchange(Database &database);
    ~SessionExchange();

    // false and lastError() on failure (the session is missing, the device or file cannot be written).
    bool exportJsonl(qint64 sessionId, QIODevice *out);
    bool exportCsv(qint64 sessionId, QIODevice *out);
    // Writes `path` whole or not at all (through "<path>.part"); replaces an existing file.
    bool exportBundle(qint64 sessionId, const QString &path);

    // Any format to a file: whole or not at all (a failed JSONL or CSV export removes what it wrote).
    bool exportFile(qint64 sessionId, Format format, const QString &path);
    // Detects a bundle or JSONL by content; refuses CSV with a message saying why. nullopt and lastError() on failure,
    // in which case nothing was imported.
    std::optional<ImportSummary> importFile(const QString &path);
    // `name` is how messages call the input ("session.jsonl").
    std::optional<ImportSummary> importJsonl(QIODevice *in, const QString &name = QString());
    std::optional<ImportSummary> importBundle(const QString &path);

    QString lastError() const;

private:
    bool fail(const QString &error);
    bool copySession(qint64 sessionId, QString *error); // into the attached "bundle", in one transaction

    Database &m_database;
    QString m_lastError;
};
