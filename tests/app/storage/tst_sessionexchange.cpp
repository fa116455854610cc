// SPDX-License-Identifier: GPL-3.0-or-later
#include <type_traits>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/database.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "app/storage/sessionexchange.h"
#include "app/storage/statement.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

namespace {

const QString PlantedToken = u"hf_PlantedSecretToken0123456789abcdef"_s;

QDateTime at(int minute, int ms = 0)
{
    return QDateTime(QDate(2026, 3, 14), QTime(9, minute, 7, ms), Qt::UTC);
}

// One data folder's main database, through the same three doors the app and the CLI use.
struct Store
{
    QString path;
    std::unique_ptr<RunStore> runs;
    std::unique_ptr<JudgmentStore> judgments;
    std::unique_ptr<Database> database;
    std::unique_ptr<SessionExchange> exchange;

    explicit Store(const QString &file)
        : path(file)
    {
        QString error;
        runs = RunStore::open(path, &error);
        judgments = JudgmentStore::open(path, &error);
        database = Database::open(path, &error);
        if (database)
            exchange = std::make_unique<SessionExchange>(*database);
    }
    bool isValid() const
    {
        return runs && judgments && exchange;
    }
    // Every row of the session tables, for "nothing changed" checks.
    QString dump()
    {
        QString text;
        for (const QString &table :
            {u"sessions"_s, u"prompts"_s, u"runs"_s, u"judgments"_s, u"pair_judgments"_s, u"decisions"_s}) {
            Statement select = database->prepare(u"SELECT * FROM %1 ORDER BY id"_s.arg(table));
            while (select.step()) {
                for (int column = 0; column < select.columnCount(); ++column)
                    text += select.columnText(column) + u'|';
                text += u'\n';
            }
        }
        return text;
    }
    int count(const QString &table)
    {
        Statement select = database->prepare(u"SELECT count(*) FROM %1"_s.arg(table));
        return select.step() ? select.columnInt(0) : -1;
    }
};

StoredRun makeRun(qint64 session, qint64 prompt, const QString &endpoint, const QString &text, int minute)
{
    StoredRun run;
    run.sessionId = session;
    run.promptId = prompt;
    run.endpointName = endpoint;
    run.endpointKind = u"openai"_s;
    run.endpointUrl = u"http://127.0.0.1:8080/v1"_s;
    run.model = u"org/model-"_s + endpoint;
    run.revision = u"0e9e39f249a16976918f6564b8830bc894c89659"_s;
    run.params.temperature = 0.25;
    run.params.topP = 0.9;
    run.params.maxTokens = 256;
    run.params.seed = 42;
    run.params.stop = {u"###"_s, u"\n\n"_s};
    run.messages = {{u"system"_s, u"Be brief."_s}, {u"user"_s, u"Name a zebra, please"_s}};
    run.startedAt = at(minute, 123);
    RunResult &r = run.result;
    r.status = RunStatus::Succeeded;
    r.text = text;
    r.reasoning = u"thinking about stripes"_s;
    r.finishReason = u"stop"_s;
    r.usage.promptTokens = 12;
    r.completionTokens = 30;
    r.usageReported = true;
    r.firstByteMs = 80.5;
    r.ttftMs = 120.25;
    r.totalMs = 900.125;
    r.waitedMs = 1500;
    r.tokensPerSecond = 38.75;
    r.provider = u"novita"_s;
    r.servedModel = u"org/model-served"_s;
    r.httpStatus = 200;
    r.attempts = 2;
    r.costUsd = 0.000125;
    r.serverMetrics = QJsonObject{{u"queue_ms"_s, 3}, {u"engine"_s, u"vllm"_s}};
    return run;
}

// Compares two stores' copies of a session field by field (ids differ between databases: rows are matched by uid).
void compareSessions(Store &a, qint64 sessionA, Store &b, qint64 sessionB)
{
    const SessionInfo infoA = *a.runs->session(sessionA);
    const SessionInfo infoB = *b.runs->session(sessionB);
    QCOMPARE(infoB.uid, infoA.uid);
    QCOMPARE(infoB.name, infoA.name);
    QCOMPARE(infoB.goal, infoA.goal);
    QCOMPARE(infoB.createdAt, infoA.createdAt);
    QCOMPARE(infoB.archivedAt, infoA.archivedAt);
    QCOMPARE(b.runs->sessionSettings(sessionB).toJson(), a.runs->sessionSettings(sessionA).toJson());

    QHash<qint64, QString> promptUidA;
    QHash<qint64, QString> promptUidB;
    const QList<StoredPrompt> promptsA = a.runs->prompts(sessionA);
    const QList<StoredPrompt> promptsB = b.runs->prompts(sessionB);
    QCOMPARE(promptsB.size(), promptsA.size());
    for (qsizetype i = 0; i < promptsA.size(); ++i) {
        QCOMPARE(promptsB[i].uid, promptsA[i].uid);
        QCOMPARE(promptsB[i].text, promptsA[i].text);
        QCOMPARE(promptsB[i].systemPrompt, promptsA[i].systemPrompt);
        QCOMPARE(promptsB[i].source, promptsA[i].source);
        QCOMPARE(promptsB[i].createdAt, promptsA[i].createdAt);
        promptUidA.insert(promptsA[i].id, promptsA[i].uid);
        promptUidB.insert(promptsB[i].id, promptsB[i].uid);
    }

    QHash<qint64, QString> runUidA;
    QHash<qint64, QString> runUidB;
    const QList<StoredRun> runsA = a.runs->runs(sessionA);
    const QList<StoredRun> runsB = b.runs->runs(sessionB);
    QCOMPARE(runsB.size(), runsA.size());
    for (const StoredRun &run : runsA)
        runUidA.insert(run.id, run.uid);
    for (const StoredRun &run : runsB)
        runUidB.insert(run.id, run.uid);
    runUidA.insert(0, QString());
    runUidB.insert(0, QString());
    for (qsizetype i = 0; i < runsA.size(); ++i) {
        const StoredRun &x = runsA[i];
        const StoredRun &y = runsB[i];
        QCOMPARE(y.uid, x.uid);
        QCOMPARE(promptUidB.value(y.promptId), promptUidA.value(x.promptId));
        QCOMPARE(runUidB.value(y.parentRunId), runUidA.value(x.parentRunId));
        QCOMPARE(y.endpointName, x.endpointName);
        QCOMPARE(y.endpointKind, x.endpointKind);
        QCOMPARE(y.endpointUrl, x.endpointUrl);
        QCOMPARE(y.model, x.model);
        QCOMPARE(y.revision, x.revision);
        QCOMPARE(y.params, x.params);
        QCOMPARE(y.messages, x.messages);
        QCOMPARE(y.startedAt, x.startedAt);
        const RunResult &p = x.result;
        const RunResult &q = y.result;
        QCOMPARE(q.status, p.status);
        QCOMPARE(q.text, p.text);
        QCOMPARE(q.reasoning, p.reasoning);
        QCOMPARE(q.finishReason, p.finishReason);
        QCOMPARE(q.usage.promptTokens, p.usage.promptTokens);
        QCOMPARE(q.usage.completionTokens, p.usage.completionTokens);
        QCOMPARE(q.usage.totalTokens, p.usage.totalTokens);
        QCOMPARE(q.usageReported, p.usageReported);
        QCOMPARE(q.completionTokens, p.completionTokens);
        QCOMPARE(q.firstByteMs, p.firstByteMs);
        QCOMPARE(q.ttftMs, p.ttftMs);
        QCOMPARE(q.totalMs, p.totalMs);
        QCOMPARE(q.tokensPerSecond, p.tokensPerSecond);
        QCOMPARE(q.waitedMs, p.waitedMs);
        QCOMPARE(q.provider, p.provider);
        QCOMPARE(q.servedModel, p.servedModel);
        QCOMPARE(q.httpStatus, p.httpStatus);
        QCOMPARE(q.errorMessage, p.errorMessage);
        QCOMPARE(q.errorKind, p.errorKind);
        QCOMPARE(q.attempts, p.attempts);
        QCOMPARE(q.costUsd, p.costUsd);
        QCOMPARE(q.serverMetrics, p.serverMetrics);
    }

    const auto byUid = [](const auto &list) {
        QMap<QString, std::decay_t<decltype(list.first())>> map;
        for (const auto &item : list)
            map.insert(item.uid, item);
        return map;
    };
    const auto judgmentsA = byUid(a.judgments->judgments(sessionA));
    const auto judgmentsB = byUid(b.judgments->judgments(sessionB));
    QCOMPARE(judgmentsB.keys(), judgmentsA.keys());
    for (const Judgment &x : judgmentsA) {
        const Judgment y = judgmentsB.value(x.uid);
        QCOMPARE(runUidB.value(y.runId), runUidA.value(x.runId));
        QCOMPARE(y.reviewer, x.reviewer);
        QCOMPARE(y.rating, x.rating);
        QCOMPARE(y.labels, x.labels);
        QCOMPARE(y.note, x.note);
        QCOMPARE(y.flagged, x.flagged);
        QCOMPARE(y.createdAt, x.createdAt);
        QCOMPARE(y.updatedAt, x.updatedAt);
    }
    const auto pairsA = byUid(a.judgments->pairs(sessionA));
    const auto pairsB = byUid(b.judgments->pairs(sessionB));
    QCOMPARE(pairsB.keys(), pairsA.keys());
    for (const PairJudgment &x : pairsA) {
        const PairJudgment y = pairsB.value(x.uid);
        // The same winner, whichever way round the ids fell here.
        const QString winnerX = x.outcome == PairOutcome::A ? runUidA.value(x.runA)
            : x.outcome == PairOutcome::B                   ? runUidA.value(x.runB)
                                                            : pairOutcomeName(x.outcome);
        const QString winnerY = y.outcome == PairOutcome::A ? runUidB.value(y.runA)
            : y.outcome == PairOutcome::B                   ? runUidB.value(y.runB)
                                                            : pairOutcomeName(y.outcome);
        QCOMPARE(winnerY, winnerX);
        QCOMPARE(QSet<QString>({runUidB.value(y.runA), runUidB.value(y.runB)}),
            QSet<QString>({runUidA.value(x.runA), runUidA.value(x.runB)}));
        QCOMPARE(y.reviewer, x.reviewer);
        QCOMPARE(y.reason, x.reason);
        QCOMPARE(y.blind, x.blind);
        QCOMPARE(y.createdAt, x.createdAt);
        QCOMPARE(y.updatedAt, x.updatedAt);
    }
    const auto decisionsA = byUid(a.judgments->decisions(sessionA));
    const auto decisionsB = byUid(b.judgments->decisions(sessionB));
    QCOMPARE(decisionsB.keys(), decisionsA.keys());
    for (const Decision &x : decisionsA) {
        const Decision y = decisionsB.value(x.uid);
        QCOMPARE(y.author, x.author);
        QCOMPARE(y.text, x.text);
        QCOMPARE(y.evidence, x.evidence);
        QCOMPARE(y.decidedAt, x.decidedAt);
    }
}

// A minimal RFC 4180 reader for checking the CSV export.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestSessionExchange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void mergeTwoReviewersBundles();
    void importedNameDoesNotClash();
    void malformedJsonl_data();
    void malformedJsonl();
    void csvQuoting();
    void csvIsNotImported();
    void secretsAreNeverExported_data();
    void secretsAreNeverExported();

private:
    QString export_(Store &store, qint64 session, const QString &format);
    void fill(Store &store);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_source;
    qint64 m_session = 0;
    QList<qint64> m_runs;
    int m_exports = 0;
};

void TestSessionExchange::init()
{
    TestUtils::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = std::make_unique<Store>(m_dir->filePath(u"source/hublens.sqlite3"_s));
    QVERIFY(m_source->isValid());
    fill(*m_source);
}

void TestSessionExchange::cleanup()
{
    m_source.reset();
    m_dir.reset();
    m_runs.clear();
}

// A session with everything: settings, a typed and a dataset prompt, a follow-up turn, a failed run, two reviewers'
// judgments, a pairwise judgment, a decision; and a second session that must never leave with it.
void TestSessionExchange::fill(Store &store)
{
    m_session = store.runs->ensureSession(u"Zebra names"_s);
    QVERIFY(store.runs->setSessionGoal(m_session, u"Pick the wittiest model"_s));
    SessionSettings settings;
    settings.ratingMin = 1;
    settings.ratingMax = 7;
    settings.anchors = {u"awful"_s, u"bad"_s};
    settings.labels = {u"funny"_s, u"wrong"_s};
    settings.criteria = QJsonArray{QJsonObject{{u"metric"_s, u"mean_rating"_s}, {u"op"_s, u">="_s}, {u"value"_s, 4}}};
    QVERIFY(store.runs->setSessionSettings(m_session, settings));
    QVERIFY(store.runs->setSessionArchived(m_session, true));

    StoredPrompt typed{0, m_session, u"Name a zebra, please"_s, u"Be brief."_s, {}, at(1), {}};
    const qint64 first = store.runs->addPrompt(typed);
    StoredPrompt dataset{0, m_session, u"Zebra, okapi or both?"_s, {},
        QJsonObject{{u"kind"_s, u"dataset"_s}, {u"dataset"_s, u"org/zoo"_s}, {u"row"_s, 17}}, at(2), {}};
    const qint64 second = store.runs->addPrompt(dataset);
    QVERIFY(first > 0 && second > 0);

    m_runs.append(store.runs->saveRun(makeRun(m_session, first, u"alpha"_s, u"Zelda, \"the striped\""_s, 3)));
    m_runs.append(store.runs->saveRun(makeRun(m_session, first, u"beta"_s, u"Stripes McGee ✓"_s, 4)));
    StoredRun followUp = makeRun(m_session, first, u"alpha"_s, u"Zelda again"_s, 5);
    followUp.parentRunId = m_runs.first();
    m_runs.append(store.runs->saveRun(followUp));
    StoredRun failed = makeRun(m_session, second, u"beta"_s, QString(), 6);
    failed.result.status = RunStatus::Failed;
    failed.result.errorKind = u"http"_s;
    failed.result.errorMessage = u"model is overloaded"_s;
    failed.result.costUsd.reset();
    failed.result.ttftMs = -1;
    failed.result.usageReported = false;
    failed.result.usage.promptTokens = -1;
    failed.result.completionTokens = -1;
    failed.result.serverMetrics = {};
    m_runs.append(store.runs->saveRun(failed));
    for (const qint64 id : std::as_const(m_runs))
        QVERIFY(id > 0);

    Judgment ana;
    ana.runId = m_runs[0];
    ana.reviewer = u"Ana"_s;
    ana.rating = 6;
    ana.labels = {u"funny"_s};
    ana.note = u"Cute, if long"_s;
    ana.createdAt = at(10);
    ana.updatedAt = at(11);
    QVERIFY(store.judgments->saveJudgment(ana) > 0);
    Judgment ben = ana;
    ben.reviewer = u"Ben"_s;
    ben.rating = 2;
    ben.labels = {u"wrong"_s};
    ben.note.clear();
    ben.flagged = true;
    QVERIFY(store.judgments->saveJudgment(ben) > 0);
    ben.runId = m_runs[3];
    ben.rating.reset();
    QVERIFY(store.judgments->saveJudgment(ben) > 0);
    PairJudgment pair;
    pair.runA = m_runs[1];
    pair.runB = m_runs[0];
    pair.reviewer = u"Ana"_s;
    pair.outcome = PairOutcome::A; // run 1 better
    pair.reason = u"funnier, shorter"_s;
    pair.createdAt = at(12);
    pair.updatedAt = at(12);
    QVERIFY(store.judgments->savePair(pair) > 0);
    Decision decision;
    decision.sessionId = m_session;
    decision.author = u"Ana"_s;
    decision.text = u"Ship beta"_s;
    decision.evidence = QJsonArray{QJsonObject{{u"run"_s, store.runs->run(m_runs[1])->uid}}};
    decision.decidedAt = at(20);
    QVERIFY(store.judgments->addDecision(decision) > 0);

    const qint64 other = store.runs->ensureSession(u"Other work"_s);
    const qint64 otherPrompt = store.runs->addPrompt({0, other, u"Unrelated okapi"_s, {}, {}, {}, {}});
    QVERIFY(store.runs->saveRun(makeRun(other, otherPrompt, u"alpha"_s, u"Not for export"_s, 30)) > 0);
}

QString TestSessionExchange::export_(Store &store, qint64 session, const QString &format)
{
    const QString path = m_dir->filePath(u"export-%1.%2"_s.arg(QString::number(++m_exports), format));
    if (format == u"bundle"_s) {
        if (!store.exchange->exportBundle(session, path))
            return QString();
        return path;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    const bool ok =
        format == u"csv"_s ? store.exchange->exportCsv(session, &file) : store.exchange->exportJsonl(session, &file);
    return ok ? path : QString();
}

void TestSessionExchange::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("jsonl") << u"jsonl"_s;
    QTest::newRow("bundle") << u"bundle"_s;
}

void TestSessionExchange::roundTrip()
{
    QFETCH(QString, format);
    const QString path = export_(*m_source, m_session, format);
    QVERIFY2(!path.isEmpty(), qPrintable(m_source->exchange->lastError()));

    Store target(m_dir->filePath(u"target/hublens.sqlite3"_s));
    QVERIFY(target.isValid());
    const std::optional<ImportSummary> summary = target.exchange->importFile(path);
    QVERIFY2(summary, qPrintable(target.exchange->lastError()));
    QCOMPARE(summary->sessionsAdded, 1);
    QCOMPARE(summary->sessions, QStringList{u"Zebra names"_s});
    QCOMPARE(summary->promptsAdded, 2);
    QCOMPARE(summary->runsAdded, 4);
    QCOMPARE(summary->judgmentsAdded, 3);
    QCOMPARE(summary->pairsAdded, 1);
    QCOMPARE(summary->decisionsAdded, 1);
    QCOMPARE(int(target.runs->sessions().size() + target.runs->trashedSessions().size()), 1); // not "Other work"
    const qint64 imported = target.runs->sessionByName(u"Zebra names"_s)->id;
    compareSessions(*m_source, m_session, target, imported);
    QCOMPARE(target.judgments->search(u"mcgee"_s, imported).size(), 1); // the search index is filled

    // Importing the same file again changes nothing.
    const QString before = target.dump();
    const std::optional<ImportSummary> again = target.exchange->importFile(path);
    QVERIFY2(again, qPrintable(target.exchange->lastError()));
    QVERIFY(again->changedNothing());
    QCOMPARE(again->sessionsMerged, 1);
    QCOMPARE(again->runsReused, 4);
    QCOMPARE(again->judgmentsKept, 3);
    QCOMPARE(target.dump(), before);

    // And a bundle opens as an ordinary database with only that session in it.
    if (format == u"bundle"_s) {
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        Store bundle(path);
        QVERIFY(bundle.isValid());
        QCOMPARE(bundle.runs->sessions().size(), 1);
        QCOMPARE(bundle.count(u"runs"_s), 4);
        QCOMPARE(bundle.count(u"endpoints"_s), 0);
        compareSessions(*m_source, m_session, bundle, bundle.runs->sessions().first().id);
    }
}

// Two reviewers each judge their copy of the same session; both bundles merge into a third database without duplicates
// or loss, the newer of two versions of one judgment wins, and importing again is a no-op.
void TestSessionExchange::mergeTwoReviewersBundles()
{
    const QString original = export_(*m_source, m_session, u"bundle"_s);
    QVERIFY(!original.isEmpty());
    Store ana(m_dir->filePath(u"ana/hublens.sqlite3"_s));
    Store ben(m_dir->filePath(u"ben/hublens.sqlite3"_s));
    QVERIFY(ana.isValid() && ben.isValid());
    QVERIFY(ana.exchange->importFile(original));
    QVERIFY(ben.exchange->importFile(original));
    const qint64 anaSession = ana.runs->sessionByName(u"Zebra names"_s)->id;
    const qint64 benSession = ben.runs->sessionByName(u"Zebra names"_s)->id;
    const QList<StoredRun> anaRuns = ana.runs->runs(anaSession);
    const QList<StoredRun> benRuns = ben.runs->runs(benSession);

    // Ana rates two more runs and changes her mind about the first; Ben rates one and (stale) edits Ana's first.
    Judgment judgment;
    judgment.reviewer = u"Ana"_s;
    judgment.runId = anaRuns[1].id;
    judgment.rating = 5;
    QVERIFY(ana.judgments->saveJudgment(judgment) > 0);
    judgment.runId = anaRuns[2].id;
    judgment.rating = 3;
    judgment.note = u"repeats itself"_s;
    QVERIFY(ana.judgments->saveJudgment(judgment) > 0);
    Judgment changed = *ana.judgments->judgment(anaRuns[0].id, u"Ana"_s);
    changed.rating = 7;
    changed.updatedAt = at(50);
    QVERIFY(ana.judgments->saveJudgment(changed) > 0);
    Judgment stale = *ben.judgments->judgment(benRuns[0].id, u"Ana"_s);
    stale.rating = 1;
    stale.updatedAt = at(40);
    QVERIFY(ben.judgments->saveJudgment(stale) > 0);
    Judgment benJudgment;
    benJudgment.reviewer = u"Ben"_s;
    benJudgment.runId = benRuns[1].id;
    benJudgment.rating = 4;
    QVERIFY(ben.judgments->saveJudgment(benJudgment) > 0);
    PairJudgment benPair;
    benPair.runA = benRuns[0].id;
    benPair.runB = benRuns[1].id;
    benPair.reviewer = u"Ben"_s;
    benPair.outcome = PairOutcome::Tie;
    QVERIFY(ben.judgments->savePair(benPair) > 0);

    const QString anaBundle = export_(ana, anaSession, u"bundle"_s);
    const QString benBundle = export_(ben, benSession, u"bundle"_s);
    QVERIFY(!anaBundle.isEmpty() && !benBundle.isEmpty());

    // Merged into the original database, Ben's bundle first: the stale edit must not win later either.
    const std::optional<ImportSummary> fromBen = m_source->exchange->importFile(benBundle);
    QVERIFY2(fromBen, qPrintable(m_source->exchange->lastError()));
    QCOMPARE(fromBen->sessionsMerged, 1);
    QCOMPARE(fromBen->runsAdded, 0);
    QCOMPARE(fromBen->judgmentsAdded, 1);
    QCOMPARE(fromBen->judgmentsUpdated, 1); // the stale edit is newer than the original
    QCOMPARE(fromBen->pairsAdded, 1);
    const std::optional<ImportSummary> fromAna = m_source->exchange->importFile(anaBundle);
    QVERIFY2(fromAna, qPrintable(m_source->exchange->lastError()));
    QCOMPARE(fromAna->judgmentsAdded, 2);
    QCOMPARE(fromAna->judgmentsUpdated, 1); // the newest edit wins

    const QList<Judgment> merged = m_source->judgments->judgments(m_session);
    QCOMPARE(merged.size(), 3 + 2 + 1);
    QSet<QPair<qint64, QString>> keys;
    for (const Judgment &j : merged)
        keys.insert({j.runId, j.reviewer});
    QCOMPARE(keys.size(), merged.size());
    QCOMPARE(m_source->judgments->judgment(m_runs[0], u"Ana"_s)->rating, std::optional<int>(7));
    QCOMPARE(m_source->judgments->judgment(m_runs[2], u"Ana"_s)->note, u"repeats itself"_s);
    QCOMPARE(m_source->judgments->judgment(m_runs[1], u"Ben"_s)->rating, std::optional<int>(4));
    QCOMPARE(m_source->judgments->pairs(m_session).size(), 2);
    QCOMPARE(m_source->runs->runs(m_session).size(), 4);

    const QString before = m_source->dump();
    for (const QString &bundle : {anaBundle, benBundle}) {
        const std::optional<ImportSummary> again = m_source->exchange->importFile(bundle);
        QVERIFY(again && again->changedNothing());
    }
    QCOMPARE(m_source->dump(), before);
}

void TestSessionExchange::importedNameDoesNotClash()
{
    const QString path = export_(*m_source, m_session, u"jsonl"_s);
    Store target(m_dir->filePath(u"target/hublens.sqlite3"_s));
    QVERIFY(target.isValid());
    QVERIFY(target.runs->ensureSession(u"zebra NAMES"_s) > 0); // same name, another session
    const std::optional<ImportSummary> summary = target.exchange->importFile(path);
    QVERIFY2(summary, qPrintable(target.exchange->lastError()));
    QCOMPARE(summary->sessions, QStringList{u"Zebra names (imported)"_s});
    QCOMPARE(target.runs->sessionByName(u"zebra names"_s)->runCount, 0);
    QCOMPARE(target.runs->sessionByName(u"Zebra names (imported)"_s)->runCount, 4);
}

void TestSessionExchange::malformedJsonl_data()
{
    QTest::addColumn<int>("line"); // 1-based line to break
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad JSON on line 3") << 3 << u"badjson"_s << u"line 3: not valid JSON"_s;
    QTest::newRow("missing uid") << 2 << u"nouid"_s << u"line 2: run.uid: missing"_s;
    QTest::newRow("wrong type") << 2 << u"wrongtype"_s << u"line 2: judgment.rating: not a whole number"_s;
    QTest::newRow("invalid UTF-8") << 5 << u"utf8"_s << u"line 5: not valid JSON"_s;
    QTest::newRow("truncated last line") << 5 << u"truncate"_s << u"line 5: the line is cut short"_s;
    QTest::newRow("header not first") << 1 << u"noheader"_s << u"line 1: not a HubLens session export"_s;
    QTest::newRow("unknown status") << 2 << u"status"_s << u"line 2: run.status: unknown status 'done'"_s;
}

// A broken line anywhere stops the import with the line named, and the target database is left exactly as it was
// (rows of earlier lines are rolled back too).
void TestSessionExchange::malformedJsonl()
{
    QFETCH(int, line);
    QFETCH(QString, mode);
    QFETCH(QString, message);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(m_source->exchange->exportJsonl(m_session, &buffer));
    QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 6); // header, four runs, and the empty rest after the last newline
    QByteArray &target = lines[line - 1];
    if (mode == u"badjson"_s) {
        target.replace(",\"run\":", ",\"run\" ");
    } else if (mode == u"nouid"_s) {
        const QJsonObject run = QJsonDocument::fromJson(target).object().value(u"run"_s).toObject();
        const QByteArray uid = "\"uid\":\"" + run.value(u"uid"_s).toString().toUtf8() + '"';
        target.replace(uid, QByteArray("\"uuid\":\"x\""));
    } else if (mode == u"wrongtype"_s) {
        QVERIFY(target.contains("\"rating\":2"));
        target.replace("\"rating\":2", "\"rating\":\"two\"");
    } else if (mode == u"utf8"_s) {
        QVERIFY(target.contains("model is overloaded"));
        target.replace("model is overloaded", "model is \xff\xfe overloaded");
    } else if (mode == u"truncate"_s) {
        lines[line - 1].chop(40); // the last run line, cut mid-record and without its newline
        lines = lines.mid(0, line);
    } else if (mode == u"noheader"_s) {
        std::swap(lines[0], lines[1]);
    } else if (mode == u"status"_s) {
        target.replace("\"status\":\"ok\"", "\"status\":\"done\"");
    }
    const QByteArray broken = lines.join('\n');

    // The target already holds a session (also under that uid for the tail cases, so merges would touch it).
    Store store(m_dir->filePath(u"target/hublens.sqlite3"_s));
    QVERIFY(store.isValid());
    const qint64 existing = store.runs->ensureSession(u"Existing"_s);
    QVERIFY(store.runs->addPrompt({0, existing, u"keep me"_s, {}, {}, {}, {}}) > 0);
    const QString before = store.dump();
    QBuffer input;
    input.setData(broken);
    input.open(QIODevice::ReadOnly);
    const std::optional<ImportSummary> summary = store.exchange->importJsonl(&input, u"broken.jsonl"_s);
    QVERIFY(!summary);
    const QString error = store.exchange->lastError();
    QVERIFY2(error.startsWith(u"broken.jsonl, "_s), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(store.dump(), before);
}

void TestSessionExchange::csvQuoting()
{
    StoredRun run = makeRun(m_session, m_source->runs->prompts(m_session).first().id, u"gamma"_s,
        u"He said \"hi\", then\r\nleft; twice\nagain"_s, 7);
    const qint64 id = m_source->runs->saveRun(run);
    Judgment judgment;
    judgment.runId = id;
    judgment.reviewer = u"Cleo, Jr."_s;
    judgment.labels = {u"funny"_s, u"wrong"_s};
    judgment.note = u"\"quoted\" note"_s;
    QVERIFY(m_source->judgments->saveJudgment(judgment) > 0);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(m_source->exchange->exportCsv(m_session, &buffer));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.contains("\"He said \"\"hi\"\", then\r\nleft; twice\nagain\""));
    QVERIFY(bytes.contains(",\"Cleo, Jr.\","));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    // The header, run 1 by Ana and Ben, runs 2 and 3 unjudged, run 4 by Ben, the new run by Cleo.
    QCOMPARE(rows.size(), 1 + 2 + 1 + 1 + 1 + 1);
    const QStringList header = rows.first();
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    const QStringList last = rows.last();
    QCOMPARE(last.at(header.indexOf(u"text"_s)), run.result.text);
    QCOMPARE(last.at(header.indexOf(u"reviewer"_s)), u"Cleo, Jr."_s);
    QCOMPARE(last.at(header.indexOf(u"labels"_s)), u"funny; wrong"_s);
    QCOMPARE(last.at(header.indexOf(u"note"_s)), u"\"quoted\" note"_s);
    QCOMPARE(rows.at(1).at(header.indexOf(u"reviewer"_s)), u"Ana"_s);
    QCOMPARE(rows.at(1).at(header.indexOf(u"rating"_s)), u"6"_s);
    QCOMPARE(rows.at(1).at(header.indexOf(u"ttft_ms"_s)), u"120.250"_s);
}

void TestSessionExchange::csvIsNotImported()
{
    const QString path = export_(*m_source, m_session, u"csv"_s);
    Store target(m_dir->filePath(u"target/hublens.sqlite3"_s));
    QVERIFY(!target.exchange->importFile(path));
    QVERIFY2(
        target.exchange->lastError().contains(u"CSV is for spreadsheets"_s), qPrintable(target.exchange->lastError()));
}

void TestSessionExchange::secretsAreNeverExported_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("jsonl") << u"jsonl"_s;
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("bundle") << u"bundle"_s;
}

// The endpoints table holds no keys by design, but whatever is planted there (or in a run's URL user info) stays home.
void TestSessionExchange::secretsAreNeverExported()
{
    QFETCH(QString, format);
    Statement plant = m_source->database->prepare(
        u"INSERT INTO endpoints (name, kind, base_url, default_model, api_key_env, created_at) "
        "VALUES ('leaky', 'openai', ?1, 'm', ?2, '2026-01-01T00:00:00.000Z')"_s);
    plant.bind(1, u"https://me:%1@api.example.com/v1"_s.arg(PlantedToken));
    plant.bind(2, PlantedToken);
    QVERIFY(plant.exec());
    StoredRun run = makeRun(m_session, m_source->runs->prompts(m_session).first().id, u"leaky"_s, u"hi"_s, 8);
    run.endpointUrl = u"https://me:%1@api.example.com/v1"_s.arg(PlantedToken); // an old row, before URLs were cleaned
    QVERIFY(m_source->runs->saveRun(run) > 0);
    Statement link = m_source->database->prepare(
        u"UPDATE runs SET endpoint_id = (SELECT id FROM endpoints WHERE name = 'leaky') WHERE endpoint_name = 'leaky'"_s);
    QVERIFY(link.exec());

    const QString path = export_(*m_source, m_session, format);
    QVERIFY2(!path.isEmpty(), qPrintable(m_source->exchange->lastError()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(!bytes.contains(PlantedToken.toUtf8()), qPrintable(format));
    QVERIFY(!bytes.contains("Not for export")); // nor another session's rows
    QVERIFY(bytes.contains("api.example.com") || format != u"jsonl"_s); // the URL itself is kept
}

QTEST_GUILESS_MAIN(TestSessionExchange)
#include "tst_sessionexchange.moc"
