// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/storage/judgmentstore.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalBlocker>

#include "app/core/logging.h"
#include "app/storage/database.h"
#include "app/storage/statement.h"
#include "app/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace {

void bindText(Statement &statement, int index, const QString &value)
{
    if (value.isEmpty())
        statement.bind(index, nullptr);
    else
        statement.bind(index, value);
}

QString labelsText(const QStringList &labels)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(labels)).toJson(QJsonDocument::Compact));
}

QStringList labelsFrom(const QString &text)
{
    QStringList labels;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        labels.append(value.toString());
    return labels;
}

const QString JudgmentColumns =
    u"id, uid, session_id, run_id, reviewer, rating, labels, note, flagged, created_at, updated_at"_s;

Judgment judgmentFrom(const Statement &row)
{
    Judgment judgment;
    judgment.id = row.columnInt64(0);
    judgment.uid = row.columnText(1);
    judgment.sessionId = row.columnInt64(2);
    judgment.runId = row.columnInt64(3);
    judgment.reviewer = row.columnText(4);
    if (!row.isNull(5))
        judgment.rating = row.columnInt(5);
    judgment.labels = labelsFrom(row.columnText(6));
    judgment.note = row.columnText(7);
    judgment.flagged = row.columnInt(8) != 0;
    judgment.createdAt = row.columnDateTime(9);
    judgment.updatedAt = row.columnDateTime(10);
    return judgment;
}

const QString PairColumns =
    u"id, uid, session_id, run_a, run_b, reviewer, outcome, reason, blind, created_at, updated_at"_s;

PairJudgment pairFrom(const Statement &row)
{
    PairJudgment pair;
    pair.id = row.columnInt64(0);
    pair.uid = row.columnText(1);
    pair.sessionId = row.columnInt64(2);
    pair.runA = row.columnInt64(3);
    pair.runB = row.columnInt64(4);
    pair.reviewer = row.columnText(5);
    pair.outcome = pairOutcomeFromName(row.columnText(6)).value_or(PairOutcome::Tie);
    pair.reason = row.columnText(7);
    pair.blind = row.columnInt(8) != 0;
    pair.createdAt = row.columnDateTime(9);
    pair.updatedAt = row.columnDateTime(10);
    return pair;
}

// Normalises a pair to runA < runB, flipping a directional outcome with it.
PairJudgment normalised(PairJudgment pair)
{
    if (pair.runA > pair.runB) {
        std::swap(pair.runA, pair.runB);
        if (pair.outcome == PairOutcome::A)
            pair.outcome = PairOutcome::B;
        else if (pair.outcome == PairOutcome::B)
            pair.outcome = PairOutcome::A;
    }
    return pair;
}

// "zeb okapi" → "zeb"* "okapi"*: every word quoted (so FTS5 syntax in user text is just text) and a prefix.
QString ftsQuery(const QString &text)
{
    static const QRegularExpression separators(u"\\s+"_s);
    QStringList terms;
    for (QString word : text.split(separators, Qt::SkipEmptyParts)) {
        word.replace(u'"', u"\"\""_s);
        terms.append(u'"' + word + u"\"*"_s);
    }
    return terms.join(u' ');
}

} // namespace

QString pairOutcomeName(PairOutcome outcome)
{
    switch (outcome) {
    case PairOutcome::A:
        return u"a"_s;
    case PairOutcome::B:
        return u"b"_s;
    case PairOutcome::Tie:
        return u"tie"_s;
    case PairOutcome::BothBad:
        return u"both-bad"_s;
    }
    return u"tie"_s;
}

std::optional<PairOutcome> pairOutcomeFromName(const QString &name)
{
    for (PairOutcome outcome : {PairOutcome::A, PairOutcome::B, PairOutcome::Tie, PairOutcome::BothBad}) {
        if (pairOutcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}

JudgmentStore::JudgmentStore(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

JudgmentStore::~JudgmentStore() = default;

std::unique_ptr<JudgmentStore> JudgmentStore::open(const QString &databasePath, QString *error)
{
    std::unique_ptr<Database> database = Database::open(databasePath, error);
    if (!database)
        return nullptr;
    return std::make_unique<JudgmentStore>(std::move(database));
}

QString JudgmentStore::lastError() const
{
    return m_lastError;
}

QString JudgmentStore::judgmentColumns()
{
    return JudgmentColumns;
}

Judgment JudgmentStore::judgmentFromRow(const Statement &row)
{
    return judgmentFrom(row);
}

QString JudgmentStore::pairColumns()
{
    return PairColumns;
}

PairJudgment JudgmentStore::pairFromRow(const Statement &row)
{
    return pairFrom(row);
}

bool JudgmentStore::fail(const QString &error)
{
    m_lastError = error;
    qCWarning(lcStorage).noquote() << "judgments:" << error;
    return false;
}

qint64 JudgmentStore::sessionOfRun(qint64 runId)
{
    Statement select = m_database->prepare(u"SELECT session_id FROM runs WHERE id = ?1"_s);
    select.bind(1, runId);
    return select.step() ? select.columnInt64(0) : 0;
}

qint64 JudgmentStore::saveJudgment(const Judgment &judgment)
{
    if (judgment.reviewer.trimmed().isEmpty()) {
        m_lastError = tr("A judgment needs a reviewer name");
        return -1;
    }
    const qint64 sessionId = sessionOfRun(judgment.runId);
    if (sessionId <= 0) {
        m_lastError = tr("There is no run %1").arg(judgment.runId);
        return -1;
    }
    if (judgment.isEmpty()) {
        if (!removeJudgment(judgment.runId, judgment.reviewer))
            return -1;
        return 0;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // One statement: an existing row of this reviewer keeps its id, uid and creation time.
    Statement upsert = m_database->prepare(
        u"INSERT INTO judgments (uid, session_id, run_id, reviewer, rating, labels, note, flagged, created_at, "
        "updated_at) VALUES (coalesce(?1, lower(hex(randomblob(16)))), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT (run_id, reviewer) DO UPDATE SET rating = excluded.rating, labels = excluded.labels, "
        "note = excluded.note, flagged = excluded.flagged, updated_at = excluded.updated_at RETURNING id"_s);
    bindText(upsert, 1, judgment.uid);
    upsert.bind(2, sessionId);
    upsert.bind(3, judgment.runId);
    upsert.bind(4, judgment.reviewer.trimmed());
    if (judgment.rating)
        upsert.bind(5, *judgment.rating);
    else
        upsert.bind(5, nullptr);
    upsert.bind(6, labelsText(judgment.labels));
    bindText(upsert, 7, judgment.note);
    upsert.bind(8, judgment.flagged);
    upsert.bind(9, judgment.createdAt.isValid() ? judgment.createdAt : now);
    upsert.bind(10, judgment.updatedAt.isValid() ? judgment.updatedAt : now);
    if (!upsert.step()) {
        fail(upsert.hasError() ? upsert.error() : u"no row written"_s);
        return -1;
    }
    const qint64 id = upsert.columnInt64(0);
    upsert.reset();
    m_lastError.clear();
    Q_EMIT judgmentsChanged(sessionId);
    return id;
}

std::optional<Judgment> JudgmentStore::judgment(qint64 runId, const QString &reviewer)
{
    Statement select =
        m_database->prepare(u"SELECT %1 FROM judgments WHERE run_id = ?1 AND reviewer = ?2"_s.arg(JudgmentColumns));
    select.bind(1, runId);
    select.bind(2, reviewer.trimmed());
    if (!select.step())
        return std::nullopt;
    return judgmentFrom(select);
}

QList<Judgment> JudgmentStore::judgments(qint64 sessionId, const QString &reviewer)
{
    Statement select = m_database->prepare(
        u"SELECT %1 FROM judgments WHERE session_id = ?1 AND (?2 IS NULL OR reviewer = ?2) ORDER BY id"_s.arg(
            JudgmentColumns));
    select.bind(1, sessionId);
    bindText(select, 2, reviewer.trimmed());
    QList<Judgment> result;
    while (select.step())
        result.append(judgmentFrom(select));
    if (select.hasError())
        fail(select.error());
    return result;
}

bool JudgmentStore::removeJudgment(qint64 runId, const QString &reviewer)
{
    const qint64 sessionId = sessionOfRun(runId);
    Statement remove = m_database->prepare(u"DELETE FROM judgments WHERE run_id = ?1 AND reviewer = ?2"_s);
    remove.bind(1, runId);
    remove.bind(2, reviewer.trimmed());
    if (!remove.exec())
        return fail(remove.error());
    m_lastError.clear();
    Q_EMIT judgmentsChanged(sessionId);
    return true;
}

qint64 JudgmentStore::savePair(const PairJudgment &given)
{
    const PairJudgment pair = normalised(given);
    if (pair.reviewer.trimmed().isEmpty()) {
        m_lastError = tr("A judgment needs a reviewer name");
        return -1;
    }
    if (pair.runA == pair.runB) {
        m_lastError = tr("A pairwise judgment needs two different runs");
        return -1;
    }
    Statement check = m_database->prepare(
        u"SELECT a.session_id, a.prompt_id = b.prompt_id FROM runs a, runs b WHERE a.id = ?1 AND b.id = ?2"_s);
    check.bind(1, pair.runA);
    check.bind(2, pair.runB);
    if (!check.step()) {
        m_lastError = tr("There is no run %1 or no run %2").arg(pair.runA).arg(pair.runB);
        return -1;
    }
    const qint64 sessionId = check.columnInt64(0);
    if (check.columnInt(1) == 0) {
        m_lastError = tr("Runs %1 and %2 answer different prompts").arg(pair.runA).arg(pair.runB);
        return -1;
    }
    check.reset();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Statement upsert = m_database->prepare(
        u"INSERT INTO pair_judgments (uid, session_id, run_a, run_b, reviewer, outcome, reason, blind, created_at, "
        "updated_at) VALUES (coalesce(?1, lower(hex(randomblob(16)))), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT (run_a, run_b, reviewer) DO UPDATE SET outcome = excluded.outcome, reason = excluded.reason, "
        "blind = excluded.blind, updated_at = excluded.updated_at RETURNING id"_s);
    bindText(upsert, 1, pair.uid);
    upsert.bind(2, sessionId);
    upsert.bind(3, pair.runA);
    upsert.bind(4, pair.runB);
    upsert.bind(5, pair.reviewer.trimmed());
    upsert.bind(6, pairOutcomeName(pair.outcome));
    bindText(upsert, 7, pair.reason);
    upsert.bind(8, pair.blind);
    upsert.bind(9, pair.createdAt.isValid() ? pair.createdAt : now);
    upsert.bind(10, pair.updatedAt.isValid() ? pair.updatedAt : now);
    if (!upsert.step()) {
        fail(upsert.hasError() ? upsert.error() : u"no row written"_s);
        return -1;
    }
    const qint64 id = upsert.columnInt64(0);
    upsert.reset();
    m_lastError.clear();
    Q_EMIT judgmentsChanged(sessionId);
    return id;
}

bool JudgmentStore::applyPairs(
    const QString &reviewer, const QList<PairJudgment> &save, const QList<std::pair<qint64, qint64>> &remove)
{
    if (save.isEmpty() && remove.isEmpty())
        return true;
    Transaction transaction(*m_database);
    if (!transaction.isActive())
        return fail(transaction.error());
    qint64 sessionId = 0;
    {
        const QSignalBlocker blocker(this);
        for (PairJudgment pair : save) {
            pair.reviewer = reviewer;
            if (savePair(pair) < 0)
                return false; // rolled back; lastError() says why
        }
        Statement removal =
            m_database->prepare(u"DELETE FROM pair_judgments WHERE run_a = ?1 AND run_b = ?2 AND reviewer = ?3"_s);
        for (const auto &[a, b] : remove) {
            removal.bind(1, std::min(a, b));
            removal.bind(2, std::max(a, b));
            removal.bind(3, reviewer.trimmed());
            if (!removal.exec())
                return fail(removal.error());
        }
        sessionId = sessionOfRun(!save.isEmpty() ? save.first().runA : remove.first().first);
    }
    QString error;
    if (!transaction.commit(&error))
        return fail(error);
    m_lastError.clear();
    Q_EMIT judgmentsChanged(sessionId);
    return true;
}

std::optional<PairJudgment> JudgmentStore::pair(qint64 runA, qint64 runB, const QString &reviewer)
{
    Statement select = m_database->prepare(
        u"SELECT %1 FROM pair_judgments WHERE run_a = ?1 AND run_b = ?2 AND reviewer = ?3"_s.arg(PairColumns));
    select.bind(1, std::min(runA, runB));
    select.bind(2, std::max(runA, runB));
    select.bind(3, reviewer.trimmed());
    if (!select.step())
        return std::nullopt;
    return pairFrom(select);
}

QList<PairJudgment> JudgmentStore::pairs(qint64 sessionId, const QString &reviewer)
{
    Statement select = m_database->prepare(
        u"SELECT %1 FROM pair_judgments WHERE session_id = ?1 AND (?2 IS NULL OR reviewer = ?2) ORDER BY id"_s.arg(
            PairColumns));
    select.bind(1, sessionId);
    bindText(select, 2, reviewer.trimmed());
    QList<PairJudgment> result;
    while (select.step())
        result.append(pairFrom(select));
    if (select.hasError())
        fail(select.error());
    return result;
}

bool JudgmentStore::removePair(qint64 runA, qint64 runB, const QString &reviewer)
{
    const qint64 sessionId = sessionOfRun(runA);
    Statement remove =
        m_database->prepare(u"DELETE FROM pair_judgments WHERE run_a = ?1 AND run_b = ?2 AND reviewer = ?3"_s);
    remove.bind(1, std::min(runA, runB));
    remove.bind(2, std::max(runA, runB));
    remove.bind(3, reviewer.trimmed());
    if (!remove.exec())
        return fail(remove.error());
    m_lastError.clear();
    Q_EMIT judgmentsChanged(sessionId);
    return true;
}

qint64 JudgmentStore::addDecision(const Decision &decision)
{
    if (decision.text.trimmed().isEmpty()) {
        m_lastError = tr("A decision needs some text");
        return -1;
    }
    Statement insert =
        m_database->prepare(u"INSERT INTO decisions (uid, session_id, author, text, evidence, decided_at) "
                            "VALUES (coalesce(?1, lower(hex(randomblob(16)))), ?2, ?3, ?4, ?5, ?6)"_s);
    bindText(insert, 1, decision.uid);
    insert.bind(2, decision.sessionId);
    insert.bind(3, decision.author.trimmed());
    insert.bind(4, decision.text.trimmed());
    insert.bind(5, QString::fromUtf8(QJsonDocument(decision.evidence).toJson(QJsonDocument::Compact)));
    insert.bind(6, decision.decidedAt.isValid() ? decision.decidedAt : QDateTime::currentDateTimeUtc());
    if (!insert.exec()) {
        fail(insert.error());
        return -1;
    }
    m_lastError.clear();
    return m_database->lastInsertId();
}

QList<Decision> JudgmentStore::decisions(qint64 sessionId)
{
    Statement select = m_database->prepare(
        u"SELECT id, uid, session_id, author, text, evidence, decided_at FROM decisions WHERE session_id = ?1 "
        "ORDER BY decided_at, id"_s);
    select.bind(1, sessionId);
    QList<Decision> result;
    while (select.step()) {
        Decision decision;
        decision.id = select.columnInt64(0);
        decision.uid = select.columnText(1);
        decision.sessionId = select.columnInt64(2);
        decision.author = select.columnText(3);
        decision.text = select.columnText(4);
        decision.evidence = QJsonDocument::fromJson(select.columnText(5).toUtf8()).array();
        decision.decidedAt = select.columnDateTime(6);
        result.append(decision);
    }
    return result;
}

QStringList JudgmentStore::reviewers(qint64 sessionId)
{
    Statement select = m_database->prepare(
        u"SELECT reviewer FROM judgments WHERE session_id = ?1 UNION SELECT reviewer FROM pair_judgments "
        "WHERE session_id = ?1 ORDER BY 1"_s);
    select.bind(1, sessionId);
    QStringList result;
    while (select.step())
        result.append(select.columnText(0));
    return result;
}

QSet<qint64> JudgmentStore::decidedRuns(qint64 sessionId, const QString &reviewer)
{
    Statement select = m_database->prepare(u"SELECT run_id FROM judgments WHERE session_id = ?1 AND reviewer = ?2 "
                                           "AND (rating IS NOT NULL OR flagged != 0)"_s);
    select.bind(1, sessionId);
    select.bind(2, reviewer.trimmed());
    QSet<qint64> runs;
    while (select.step())
        runs.insert(select.columnInt64(0));
    if (select.hasError())
        fail(select.error());
    return runs;
}

QSet<std::pair<qint64, qint64>> JudgmentStore::decidedPairs(qint64 sessionId, const QString &reviewer)
{
    Statement select =
        m_database->prepare(u"SELECT run_a, run_b FROM pair_judgments WHERE session_id = ?1 AND reviewer = ?2"_s);
    select.bind(1, sessionId);
    select.bind(2, reviewer.trimmed());
    QSet<std::pair<qint64, qint64>> pairs;
    while (select.step())
        pairs.insert({select.columnInt64(0), select.columnInt64(1)});
    if (select.hasError())
        fail(select.error());
    return pairs;
}

int JudgmentStore::judgmentCount(qint64 sessionId)
{
    Statement select = m_database->prepare(u"SELECT (SELECT count(*) FROM judgments WHERE session_id = ?1) + "
                                           "(SELECT count(*) FROM pair_judgments WHERE session_id = ?1)"_s);
    select.bind(1, sessionId);
    return select.step() ? select.columnInt(0) : 0;
}

QList<SearchHit> JudgmentStore::search(const QString &query, qint64 sessionId, int limit)
{
    QList<SearchHit> hits;
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return hits;
    Statement select =
        m_database->prepare(u"SELECT rowid, session_id, snippet(search, 1, '[', ']', '…', 12) FROM search "
                            "WHERE search MATCH ?1 AND (?2 = 0 OR session_id = ?2) ORDER BY rank LIMIT ?3"_s);
    select.bind(1, match);
    select.bind(2, sessionId);
    select.bind(3, limit);
    while (select.step()) {
        const qint64 rowid = select.columnInt64(0);
        SearchHit hit;
        hit.kind = SearchHit::Kind(rowid % 4);
        hit.id = rowid / 4;
        hit.sessionId = select.columnInt64(1);
        hit.snippet = select.columnText(2);
        hits.append(hit);
    }
    if (select.hasError())
        fail(select.error());
    return hits;
}
