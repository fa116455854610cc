// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

class TestJudgmentStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ratingLabelsNoteRoundTrip();
    void reviewersNeverOverwriteEachOther();
    void emptyJudgmentIsRemoved();
    void refusesBadInput();
    void pairsAreNormalised_data();
    void pairsAreNormalised();
    void pairsNeedTheSamePrompt();
    void decisionLog();
    void fullTextSearch_data();
    void fullTextSearch();
    void deletingASessionDeletesItsJudgments();

private:
    qint64 addRun(qint64 promptId, const QString &endpoint, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<JudgmentStore> m_store;
    qint64 m_session = 0;
    qint64 m_prompt = 0;
    qint64 m_otherPrompt = 0;
    qint64 m_runA = 0;
    qint64 m_runB = 0;
    qint64 m_runC = 0; // answers m_otherPrompt
};

void TestJudgmentStore::init()
{
    TestUtils::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    const QString path = m_dir->filePath(u"hublens.sqlite3"_s);
    m_runs = RunStore::open(path, &error);
    QVERIFY2(m_runs, qPrintable(error));
    m_store = JudgmentStore::open(path, &error);
    QVERIFY2(m_store, qPrintable(error));
    m_session = m_runs->ensureSession(u"Summaries"_s);
    StoredPrompt prompt;
    prompt.sessionId = m_session;
    prompt.text = u"Summarise the okapi article"_s;
    m_prompt = m_runs->addPrompt(prompt);
    prompt.text = u"Name a zebra"_s;
    m_otherPrompt = m_runs->addPrompt(prompt);
    m_runA = addRun(m_prompt, u"alpha"_s, u"The okapi is a giraffid."_s);
    m_runB = addRun(m_prompt, u"beta"_s, u"As an OpenAI model, I think okapis are striped."_s);
    m_runC = addRun(m_otherPrompt, u"alpha"_s, u"Zelda"_s);
    QVERIFY(m_runA > 0 && m_runB > 0 && m_runC > 0);
}

void TestJudgmentStore::cleanup()
{
    m_store.reset();
    m_runs.reset();
    m_dir.reset();
}

qint64 TestJudgmentStore::addRun(qint64 promptId, const QString &endpoint, const QString &text)
{
    StoredRun run;
    run.sessionId = m_session;
    run.promptId = promptId;
    run.endpointName = endpoint;
    run.endpointKind = u"openai"_s;
    run.endpointUrl = u"http://127.0.0.1:1/v1"_s;
    run.model = u"m"_s;
    run.result.status = RunStatus::Succeeded;
    run.result.text = text;
    return m_runs->saveRun(run);
}

void TestJudgmentStore::ratingLabelsNoteRoundTrip()
{
    QSignalSpy changed(m_store.get(), &JudgmentStore::judgmentsChanged);
    Judgment judgment;
    judgment.runId = m_runA;
    judgment.reviewer = u"Ana"_s;
    judgment.rating = 4;
    judgment.labels = {u"concise"_s, u"factual ✓"_s};
    judgment.note = u"Good, but cites nothing"_s;
    judgment.flagged = true;
    const qint64 id = m_store->saveJudgment(judgment);
    QVERIFY2(id > 0, qPrintable(m_store->lastError()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), m_session);

    const std::optional<Judgment> stored = m_store->judgment(m_runA, u"Ana"_s);
    QVERIFY(stored);
    QCOMPARE(stored->id, id);
    QCOMPARE(stored->sessionId, m_session);
    QCOMPARE(stored->rating, std::optional<int>(4));
    QCOMPARE(stored->labels, judgment.labels);
    QCOMPARE(stored->note, judgment.note);
    QVERIFY(stored->flagged);
    QCOMPARE(stored->uid.size(), 32);

    // Changing it keeps its identity and creation time.
    Judgment changedJudgment = *stored;
    changedJudgment.rating = 2;
    changedJudgment.labels.clear();
    changedJudgment.updatedAt = QDateTime();
    QCOMPARE(m_store->saveJudgment(changedJudgment), id);
    const std::optional<Judgment> again = m_store->judgment(m_runA, u"Ana"_s);
    QCOMPARE(again->rating, std::optional<int>(2));
    QVERIFY(again->labels.isEmpty());
    QCOMPARE(again->uid, stored->uid);
    QCOMPARE(again->createdAt, stored->createdAt);
    QCOMPARE(m_store->judgments(m_session).size(), 1);
}

void TestJudgmentStore::reviewersNeverOverwriteEachOther()
{
    Judgment ana;
    ana.runId = m_runA;
    ana.reviewer = u"Ana"_s;
    ana.rating = 5;
    QVERIFY(m_store->saveJudgment(ana) > 0);
    Judgment ben = ana;
    ben.reviewer = u"Ben"_s;
    ben.rating = 1;
    QVERIFY(m_store->saveJudgment(ben) > 0);
    QCOMPARE(m_store->judgment(m_runA, u"Ana"_s)->rating, std::optional<int>(5));
    QCOMPARE(m_store->judgment(m_runA, u"Ben"_s)->rating, std::optional<int>(1));
    QCOMPARE(m_store->judgments(m_session).size(), 2);
    QCOMPARE(m_store->judgmentCount(m_session), 2);
    QCOMPARE(m_store->judgments(m_session, u"Ben"_s).size(), 1);
    QVERIFY(m_store->removeJudgment(m_runA, u"Ben"_s));
    QVERIFY(m_store->judgment(m_runA, u"Ana"_s));
    QCOMPARE(m_store->reviewers(m_session), QStringList{u"Ana"_s});
}

void TestJudgmentStore::emptyJudgmentIsRemoved()
{
    Judgment judgment;
    judgment.runId = m_runA;
    judgment.reviewer = u"Ana"_s;
    judgment.note = u"hmm"_s;
    QVERIFY(m_store->saveJudgment(judgment) > 0);
    judgment.note.clear();
    QCOMPARE(m_store->saveJudgment(judgment), 0);
    QVERIFY(!m_store->judgment(m_runA, u"Ana"_s));
}

void TestJudgmentStore::refusesBadInput()
{
    Judgment judgment;
    judgment.runId = m_runA;
    judgment.rating = 3;
    QCOMPARE(m_store->saveJudgment(judgment), -1); // no reviewer
    QVERIFY(!m_store->lastError().isEmpty());
    judgment.reviewer = u"Ana"_s;
    judgment.runId = 999;
    QCOMPARE(m_store->saveJudgment(judgment), -1);
    QVERIFY(m_store->lastError().contains(u"999"_s));
    QVERIFY(m_store->judgments(m_session).isEmpty());
}

void TestJudgmentStore::pairsAreNormalised_data()
{
    QTest::addColumn<bool>("reversed");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("stored"); // as seen from (runA, runB) with runA < runB
    QTest::newRow("in order, a") << false << u"a"_s << u"a"_s;
    QTest::newRow("reversed, a becomes b") << true << u"a"_s << u"b"_s;
    QTest::newRow("reversed, b becomes a") << true << u"b"_s << u"a"_s;
    QTest::newRow("reversed, tie stays") << true << u"tie"_s << u"tie"_s;
    QTest::newRow("reversed, both bad stays") << true << u"both-bad"_s << u"both-bad"_s;
}

void TestJudgmentStore::pairsAreNormalised()
{
    QFETCH(bool, reversed);
    QFETCH(QString, given);
    QFETCH(QString, stored);
    PairJudgment pair;
    pair.runA = reversed ? m_runB : m_runA;
    pair.runB = reversed ? m_runA : m_runB;
    pair.reviewer = u"Ana"_s;
    pair.outcome = *pairOutcomeFromName(given);
    pair.reason = u"clearer"_s;
    const qint64 id = m_store->savePair(pair);
    QVERIFY2(id > 0, qPrintable(m_store->lastError()));
    const std::optional<PairJudgment> found = m_store->pair(m_runB, m_runA, u"Ana"_s); // either order finds it
    QVERIFY(found);
    QCOMPARE(found->runA, std::min(m_runA, m_runB));
    QCOMPARE(pairOutcomeName(found->outcome), stored);
    QCOMPARE(found->reason, u"clearer"_s);
    QVERIFY(found->blind);
    // Judging the same pair again replaces it.
    pair.outcome = PairOutcome::Tie;
    QCOMPARE(m_store->savePair(pair), id);
    QCOMPARE(m_store->pairs(m_session).size(), 1);
    QCOMPARE(m_store->pairs(m_session).first().outcome, PairOutcome::Tie);
    QVERIFY(m_store->removePair(m_runA, m_runB, u"Ana"_s));
    QVERIFY(m_store->pairs(m_session).isEmpty());
}

void TestJudgmentStore::pairsNeedTheSamePrompt()
{
    PairJudgment pair;
    pair.runA = m_runA;
    pair.runB = m_runC;
    pair.reviewer = u"Ana"_s;
    pair.outcome = PairOutcome::A;
    QCOMPARE(m_store->savePair(pair), -1);
    QVERIFY(m_store->lastError().contains(u"different prompts"_s));
    pair.runB = m_runA;
    QCOMPARE(m_store->savePair(pair), -1);
    QVERIFY(m_store->pairs(m_session).isEmpty());
}

void TestJudgmentStore::decisionLog()
{
    Decision decision;
    decision.sessionId = m_session;
    decision.author = u"Ana"_s;
    decision.text = u"Ship alpha: it wins 70% against beta"_s;
    decision.evidence = QJsonArray{QJsonObject{{u"chart"_s, u"leaderboard"_s}}};
    decision.decidedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    QVERIFY(m_store->addDecision(decision) > 0);
    Decision earlier = decision;
    earlier.text = u"Try alpha and beta"_s;
    earlier.decidedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(m_store->addDecision(earlier) > 0);
    decision.text = u"  "_s;
    QCOMPARE(m_store->addDecision(decision), -1);
    const QList<Decision> log = m_store->decisions(m_session);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).text, u"Try alpha and beta"_s);
    QCOMPARE(log.at(1).evidence, decision.evidence);
}

void TestJudgmentStore::fullTextSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // kind:text of each hit, any order
    QTest::newRow("a word in two outputs and a prompt") << u"okapi"_s << QStringList{u"prompt"_s, u"run"_s, u"run"_s};
    QTest::newRow("prefix") << u"zeb"_s << QStringList{u"prompt"_s};
    QTest::newRow("every word must match") << u"okapi striped"_s << QStringList{u"run"_s};
    QTest::newRow("case and accents ignored") << u"ZÉLDA"_s << QStringList{u"run"_s};
    QTest::newRow("a judgment's note") << u"citations"_s << QStringList{u"note"_s};
    QTest::newRow("a pairwise reason") << u"hallucinated"_s << QStringList{u"reason"_s};
    QTest::newRow("FTS5 syntax is just text") << u"\"okapi AND (NEAR"_s << QStringList();
    QTest::newRow("nothing") << u"   "_s << QStringList();
}

void TestJudgmentStore::fullTextSearch()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    Judgment judgment;
    judgment.runId = m_runA;
    judgment.reviewer = u"Ana"_s;
    judgment.note = u"needs citations"_s;
    QVERIFY(m_store->saveJudgment(judgment) > 0);
    PairJudgment pair;
    pair.runA = m_runA;
    pair.runB = m_runB;
    pair.reviewer = u"Ana"_s;
    pair.outcome = PairOutcome::A;
    pair.reason = u"B hallucinated stripes"_s;
    QVERIFY(m_store->savePair(pair) > 0);

    const QList<SearchHit> hits = m_store->search(query, m_session);
    QStringList kinds;
    for (const SearchHit &hit : hits) {
        static const char *const names[] = {"prompt", "run", "note", "reason"};
        kinds.append(QString::fromLatin1(names[int(hit.kind)]));
        QCOMPARE(hit.sessionId, m_session);
        QVERIFY2(hit.snippet.contains(u'['), qPrintable(hit.snippet));
    }
    kinds.sort();
    QCOMPARE(kinds, expected);
    QVERIFY(m_store->search(query, m_session + 1).isEmpty()); // another session
}

void TestJudgmentStore::deletingASessionDeletesItsJudgments()
{
    Judgment judgment;
    judgment.runId = m_runA;
    judgment.reviewer = u"Ana"_s;
    judgment.note = u"needs citations"_s;
    QVERIFY(m_store->saveJudgment(judgment) > 0);
    QVERIFY(m_runs->deleteSession(m_session));
    QVERIFY(m_store->judgments(m_session).isEmpty());
    QVERIFY(m_store->search(u"citations"_s).isEmpty());
    QVERIFY(m_store->search(u"okapi"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestJudgmentStore)
#include "tst_judgmentstore.moc"
