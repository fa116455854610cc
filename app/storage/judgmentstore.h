// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class Database;
class Statement;

// A reviewer's judgment of one run. A judgment with nothing in it (no rating, labels, note or flag) is not kept.
struct Judgment
{
    qint64 id = 0;
    QString uid; // empty: a new one is made when first saved
    qint64 sessionId = 0;
    qint64 runId = 0;
    QString reviewer;
    std::optional<int> rating;
    QStringList labels;
    QString note;
    bool flagged = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isEmpty() const
    {
        return !rating && labels.isEmpty() && note.isEmpty() && !flagged;
    }
};

enum class PairOutcome
{
    A, // the first run is better
    B,
    Tie,
    BothBad
};
QString pairOutcomeName(PairOutcome outcome); // "a", "b", "tie", "both-bad"
std::optional<PairOutcome> pairOutcomeFromName(const QString &name);

// A pairwise outcome between two runs of the same prompt. Stored with runA < runB; the store swaps a pair given the
// other way round and flips its outcome, so (7, 3, A) and (3, 7, B) are the same judgment.
struct PairJudgment
{
    qint64 id = 0;
    QString uid;
    qint64 sessionId = 0;
    qint64 runA = 0;
    qint64 runB = 0;
    QString reviewer;
    PairOutcome outcome = PairOutcome::Tie;
    QString reason;
    bool blind = true; // identities were hidden when it was made
    QDateTime createdAt;
    QDateTime updatedAt;
};

// An entry of a session's decision log, linked to its evidence (runs by uid, charts by name).
struct Decision
{
    qint64 id = 0;
    QString uid;
    qint64 sessionId = 0;
    QString author;
    QString text;
    QJsonArray evidence;
    QDateTime decidedAt;
};

// A full-text search hit: a prompt, a run's output, a judgment's note or a pairwise reason.
struct SearchHit
{
    enum class Kind
    {
        Prompt,
        Run,
        Note,
        Reason
    };
    Kind kind = Kind::Run;
    qint64 id = 0; // of the prompt, run, judgment or pair judgment
    qint64 sessionId = 0;
    QString snippet; // with the matches between [ and ]
};

// Judgments, pairwise outcomes, decisions and search (main database, schema v3). Every write is one statement or one
// transaction, so a process killed at any moment leaves each judgment either saved whole or not at all. A reviewer's
// writes only ever touch that reviewer's rows. Use from the creating thread only.
class JudgmentStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JudgmentStore)

public:
    explicit JudgmentStore(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~JudgmentStore() override;
    static std::unique_ptr<JudgmentStore> open(const QString &databasePath, QString *error);

    // Inserts or replaces the reviewer's judgment of the run (its session is the run's); an empty judgment removes
    // it. Returns the row id (0 for a removal), or -1 on failure (lastError()).
    qint64 saveJudgment(const Judgment &judgment);
    std::optional<Judgment> judgment(qint64 runId, const QString &reviewer);
    QList<Judgment> judgments(qint64 sessionId, const QString &reviewer = QString()); // all reviewers when empty
    bool removeJudgment(qint64 runId, const QString &reviewer);

    // Both runs must belong to the same prompt. -1 on failure.
    qint64 savePair(const PairJudgment &pair);
    std::optional<PairJudgment> pair(qint64 runA, qint64 runB, const QString &reviewer); // either order
    QList<PairJudgment> pairs(qint64 sessionId, const QString &reviewer = QString());
    bool removePair(qint64 runA, qint64 runB, const QString &reviewer);
    // Saves `save` and removes the reviewer's judgments of the pairs in `remove`, all in one transaction (a ranking of
    // several outputs, or undoing one): either every change is made or none. false on failure.
    bool applyPairs(
        const QString &reviewer, const QList<PairJudgment> &save, const QList<std::pair<qint64, qint64>> &remove = {});

    qint64 addDecision(const Decision &decision); // -1 on failure
    QList<Decision> decisions(qint64 sessionId); // oldest first

    // What a reviewer has already decided in a session (the Review queue): the runs they rated or flagged, and the
    // pairs they judged (normalised, first < second).
    QSet<qint64> decidedRuns(qint64 sessionId, const QString &reviewer);
    QSet<std::pair<qint64, qint64>> decidedPairs(qint64 sessionId, const QString &reviewer);

    QStringList reviewers(qint64 sessionId); // everyone who judged something in the session, sorted
    int judgmentCount(qint64 sessionId); // judgments plus pairwise judgments, by everyone

    // Full-text search over prompts, outputs and notes: every word must match, as a prefix ("zeb" finds "zebra");
    // case and accents are ignored. sessionId 0: every session. Best matches first.
    QList<SearchHit> search(const QString &query, qint64 sessionId = 0, int limit = 200);

    QString lastError() const;

    // The row codecs, for readers on another connection (SessionExchange): "SELECT <judgmentColumns()> FROM
    // judgments …" rows decode with judgmentFromRow, "SELECT <pairColumns()> FROM pair_judgments …" with pairFromRow.
    static QString judgmentColumns();
    static Judgment judgmentFromRow(const Statement &row);
    static QString pairColumns();
    static PairJudgment pairFromRow(const Statement &row);

Q_SIGNALS:
    void judgmentsChanged(qint64 sessionId);

private:
    bool fail(const QString &error);
    qint64 sessionOfRun(qint64 runId);

    std::unique_ptr<Database> m_database;
    QString m_lastError;
};
