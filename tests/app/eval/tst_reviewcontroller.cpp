// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/eval/reviewcontroller.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

// The Review page's logic: queues per reviewer and mode, blind shuffling, judgments stored against the runs shown,
// ranking, undo and progress.
class TestReviewController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void queueSizes_data();
    void queueSizes();
    void queueModelIsValid();
    void singleRatingLabelsNoteFlag();
    void ratingOutsideTheScaleIsRefused();
    void pairwiseStoresTheRunsShown();
    void blindShufflesStablyPerReviewer();
    void revealAfterJudgment();
    void rankingStoresEveryImpliedPair();
    void undoRestoresThePreviousState();
    void reviewersHaveTheirOwnQueues();
    void undoFindsItsItemAfterAReload();
    void failedRunsAreNotQueued();

private:
    qint64 addRun(qint64 promptId, const QString &endpoint, RunStatus status = RunStatus::Succeeded);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<JudgmentStore> m_judgments;
    qint64 m_session = 0;
    QList<qint64> m_prompts; // 3 prompts, each answered by alpha, beta and gamma
};

void TestReviewController::init()
{
    TestUtils::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"hublens.sqlite3"_s);
    QString error;
    m_runs = RunStore::open(path, &error);
    QVERIFY2(m_runs, qPrintable(error));
    m_judgments = JudgmentStore::open(path, &error);
    QVERIFY2(m_judgments, qPrintable(error));
    m_session = m_runs->ensureSession(u"Review"_s);
    m_prompts.clear();
    for (int i = 0; i < 3; ++i) {
        StoredPrompt prompt;
        prompt.sessionId = m_session;
        prompt.text = u"Prompt %1"_s.arg(i);
        m_prompts.append(m_runs->addPrompt(prompt));
        for (const QString &endpoint : {u"alpha"_s, u"beta"_s, u"gamma"_s})
            QVERIFY(addRun(m_prompts.last(), endpoint) > 0);
    }
}

void TestReviewController::cleanup()
{
    m_judgments.reset();
    m_runs.reset();
    m_dir.reset();
}

qint64 TestReviewController::addRun(qint64 promptId, const QString &endpoint, RunStatus status)
{
    StoredRun run;
    run.sessionId = m_session;
    run.promptId = promptId;
    run.endpointName = endpoint;
    run.endpointKind = u"openai"_s;
    run.endpointUrl = u"http://127.0.0.1:1/v1"_s;
    run.model = endpoint + u"-model"_s;
    run.result.status = status;
    run.result.text = u"%1 answers prompt %2"_s.arg(endpoint).arg(promptId);
    return m_runs->saveRun(run);
}

void TestReviewController::queueSizes_data()
{
    QTest::addColumn<ReviewMode>("mode");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("runsPerItem");
    QTest::newRow("single: one item per run") << ReviewMode::Single << 9 << 1;
    QTest::newRow("pairwise: 3 pairs per prompt") << ReviewMode::Pairwise << 9 << 2;
    QTest::newRow("ranking: one item per prompt") << ReviewMode::Ranking << 3 << 3;
}

void TestReviewController::queueSizes()
{
    QFETCH(ReviewMode, mode);
    QFETCH(int, items);
    QFETCH(int, runsPerItem);
    ReviewController controller(m_runs.get(), m_judgments.get());
    QSignalSpy progress(controller.queue(), &ReviewQueue::progressChanged);
    controller.start(m_session, u"ana"_s, mode, true);
    QCOMPARE(controller.queue()->rowCount(), items);
    QCOMPARE(progress.last(), QVariantList({0, items}));
    QCOMPARE(controller.current(), 0);
    for (int row = 0; row < items; ++row) {
        const ReviewItem item = controller.queue()->item(row);
        QCOMPARE(item.runIds.size(), runsPerItem);
        for (qint64 id : item.runIds)
            QCOMPARE(m_runs->run(id)->promptId, item.promptId);
    }
}

void TestReviewController::queueModelIsValid()
{
    ReviewController controller(m_runs.get(), m_judgments.get());
    QAbstractItemModelTester tester(controller.queue(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    controller.start(m_session, u"ana"_s, ReviewMode::Pairwise, true);
    QCOMPARE(controller.queue()->index(0).data().toString(), u"1. Prompt 0"_s);
    QCOMPARE(controller.queue()->index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(controller.choose(PairOutcome::Tie));
    QCOMPARE(controller.queue()->index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(controller.queue()->index(0).data(ReviewQueue::RunIdsRole).toList().size(), 2);
    controller.start(m_session, u"ana"_s, ReviewMode::Ranking, false);
    controller.start(0, QString(), ReviewMode::Single, false);
    QCOMPARE(controller.queue()->rowCount(), 0);
}

void TestReviewController::singleRatingLabelsNoteFlag()
{
    ReviewController controller(m_runs.get(), m_judgments.get());
    QSignalSpy saved(&controller, &ReviewController::saved);
    controller.start(m_session, u"ana"_s, ReviewMode::Single, false);
    const qint64 run = controller.item().runIds.first();
    QVERIFY(controller.rate(4));
    QCOMPARE(saved.size(), 1);
    QVERIFY(controller.setLabels({u" concise "_s, u"concise"_s, u"factual"_s}));
    QVERIFY(controller.setNote(u" cites nothing "_s));
    QVERIFY(controller.toggleFlag());
    const std::optional<Judgment> stored = m_judgments->judgment(run, u"ana"_s);
    QVERIFY(stored);
    QCOMPARE(stored->rating, 4);
    QCOMPARE(stored->labels, QStringList({u"concise"_s, u"factual"_s}));
    QCOMPARE(stored->note, u"cites nothing"_s);
    QVERIFY(stored->flagged);
    QCOMPARE(controller.queue()->decidedCount(), 1);
    QCOMPARE(saved.size(), 4);

    // A label set restricts the labels.
    SessionSettings settings = m_runs->sessionSettings(m_session);
    settings.labels = {u"good"_s, u"bad"_s};
    QVERIFY(m_runs->setSessionSettings(m_session, settings));
    controller.reload();
    QVERIFY(!controller.setLabels({u"ugly"_s}));
    QVERIFY(controller.lastError().contains(u"ugly"_s));
    QVERIFY(controller.setLabels({u"good"_s}));
}

void TestReviewController::ratingOutsideTheScaleIsRefused()
{
    SessionSettings settings;
    settings.ratingMin = 1;
    settings.ratingMax = 3;
    QVERIFY(m_runs->setSessionSettings(m_session, settings));
    ReviewController controller(m_runs.get(), m_judgments.get());
    QSignalSpy failed(&controller, &ReviewController::failed);
    controller.start(m_session, u"ana"_s, ReviewMode::Single, false);
    QVERIFY(!controller.rate(4));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!m_judgments->judgment(controller.item().runIds.first(), u"ana"_s));
    QVERIFY(controller.rate(3));
}

void TestReviewController::pairwiseStoresTheRunsShown()
{
    ReviewController controller(m_runs.get(), m_judgments.get());
    controller.start(m_session, u"ana"_s, ReviewMode::Pairwise, true);
    for (int row = 0; row < controller.queue()->rowCount(); ++row) {
        controller.setCurrent(row);
        const ReviewItem item = controller.item();
        const PairOutcome chosen = row % 2 ? PairOutcome::A : PairOutcome::B;
        QVERIFY(controller.choose(chosen, u"reason %1"_s.arg(row)));
        const std::optional<PairJudgment> stored = m_judgments->pair(item.runIds[0], item.runIds[1], u"ana"_s);
        QVERIFY(stored);
        // Whatever the order shown, the winner stored is the run that was on the chosen side.
        const qint64 winner = chosen == PairOutcome::A ? item.runIds[0] : item.runIds[1];
        const qint64 storedWinner = stored->outcome == PairOutcome::A ? stored->runA : stored->runB;
        QCOMPARE(storedWinner, winner);
        QVERIFY(stored->blind);
        QCOMPARE(stored->reason, u"reason %1"_s.arg(row));
        QCOMPARE(controller.outcome(), chosen);
    }
    QCOMPARE(controller.queue()->decidedCount(), 9);
    QCOMPARE(controller.queue()->nextUndecided(0), -1);
}

void TestReviewController::blindShufflesStablyPerReviewer()
{
    auto orders = [this](const QString &reviewer, bool blind) {
        ReviewController controller(m_runs.get(), m_judgments.get());
        controller.start(m_session, reviewer, ReviewMode::Pairwise, blind);
        QList<QList<qint64>> result;
        for (int row = 0; row < controller.queue()->rowCount(); ++row)
            result.append(controller.queue()->item(row).runIds);
        return result;
    };
    const QList<QList<qint64>> ana = orders(u"ana"_s, true);
    QCOMPARE(orders(u"ana"_s, true), ana); // stable across reloads
    int swapped = 0;
    for (const QList<qint64> &pair : ana)
        swapped += pair[0] > pair[1] ? 1 : 0;
    QVERIFY2(swapped > 0 && swapped < ana.size(), "positions are shuffled, not all one way");
    for (const QList<qint64> &pair : orders(u"ana"_s, false))
        QVERIFY(pair[0] < pair[1]); // not blind: in run order
    QVERIFY(orders(u"ben"_s, true) != ana || orders(u"cy"_s, true) != ana);
}

void TestReviewController::revealAfterJudgment()
{
    ReviewController controller(m_runs.get(), m_judgments.get());
    controller.start(m_session, u"ana"_s, ReviewMode::Pairwise, true);
    QVERIFY(!controller.isRevealed());
    QSignalSpy changed(&controller, &ReviewController::itemChanged);
    QVERIFY(controller.choose(PairOutcome::BothBad));
    QVERIFY(controller.isRevealed());
    QVERIFY(changed.size() >= 1);
    controller.next();
    QVERIFY(!controller.isRevealed());
    controller.start(m_session, u"ana"_s, ReviewMode::Pairwise, false);
    QVERIFY(controller.isRevealed());
}

void TestReviewController::rankingStoresEveryImpliedPair()
{
    ReviewController controller(m_runs.get(), m_judgments.get());
    controller.start(m_session, u"ana"_s, ReviewMode::Ranking, true);
    const ReviewItem item = controller.item();
    QCOMPARE(item.runIds.size(), 3);
    QVERIFY(controller.rankNext(2)); // C best
    QVERIFY(!controller.rankNext(2)); // already ranked
    QCOMPARE(m_judgments->pairs(m_session).size(), 0); // nothing saved until the ranking is complete
    QVERIFY(!controller.isDecided());
    QVERIFY(controller.rankNext(0)); // then A; B is last
    QCOMPARE(controller.ranked(), QList<int>({2, 0, 1}));
    QVERIFY(controller.isDecided());
    const QList<PairJudgment> pairs = m_judgments->pairs(m_session, u"ana"_s);
    QCOMPARE(pairs.size(), 3);
    auto winner = [&](qint64 x, qint64 y) {
        const std::optional<PairJudgment> pair = m_judgments->pair(x, y, u"ana"_s);
        return pair->outcome == PairOutcome::A ? pair->runA : pair->runB;
    };
    QCOMPARE(winner(item.runIds[2], item.runIds[0]), item.runIds[2]);
    QCOMPARE(winner(item.runIds[2], item.runIds[1]), item.runIds[2]);
    QCOMPARE(winner(item.runIds[0], item.runIds[1]), item.runIds[0]);
    // Coming back to it shows the stored order.
    controller.next();
    controller.previous();
    QCOMPARE(controller.rankingShown(), QList<int>({2, 0, 1}));
    // Undo takes back the whole ranking in one step.
    QVERIFY(controller.undo());
    QCOMPARE(m_judgments->pairs(m_session).size(), 0);
    QVERIFY(!controller.isDecided());
}

void TestReviewController::undoRestoresThePreviousState()
{
    ReviewController controller(m_runs.get(), m_judgments.get());
    controller.start(m_session, u"ana"_s, ReviewMode::Pairwise, true);
    QVERIFY(!controller.canUndo());
    QVERIFY(!controller.undo());
    const ReviewItem first = controller.item();
    QVERIFY(controller.choose(PairOutcome::A));
    QVERIFY(controller.choose(PairOutcome::Tie, u"changed my mind"_s)); // overwrites
    controller.next();
    QVERIFY(controller.choose(PairOutcome::B));
    QCOMPARE(controller.queue()->decidedCount(), 2);
    QVERIFY(controller.undo()); // the second item's judgment
    QCOMPARE(controller.queue()->decidedCount(), 1);
    QCOMPARE(controller.current(), 1);
    controller.next();
    QVERIFY(controller.undo()); // back to the first item, and to its first outcome
    QCOMPARE(controller.current(), 0);
    QCOMPARE(controller.outcome(), PairOutcome::A);
    QCOMPARE(controller.reason(), QString());
    QVERIFY(controller.undo());
    QVERIFY(!m_judgments->pair(first.runIds[0], first.runIds[1], u"ana"_s));
    QCOMPARE(controller.queue()->decidedCount(), 0);
    QVERIFY(!controller.canUndo());

    // Single mode: undoing a rating restores the labels that were there before.
    controller.start(m_session, u"ana"_s, ReviewMode::Single, false);
    QVERIFY(controller.setLabels({u"x"_s}));
    QVERIFY(controller.rate(2));
    QVERIFY(controller.undo());
    const std::optional<Judgment> stored = m_judgments->judgment(controller.item().runIds.first(), u"ana"_s);
    QVERIFY(stored);
    QVERIFY(!stored->rating);
    QCOMPARE(stored->labels, QStringList({u"x"_s}));
    QVERIFY(controller.undo());
    QVERIFY(!m_judgments->judgment(controller.item().runIds.first(), u"ana"_s));
}

void TestReviewController::reviewersHaveTheirOwnQueues()
{
    ReviewController ana(m_runs.get(), m_judgments.get());
    ana.start(m_session, u"ana"_s, ReviewMode::Pairwise, true);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(ana.choose(PairOutcome::A));
        ana.nextUndecided();
    }
    QCOMPARE(ana.queue()->decidedCount(), 4);
    ReviewController ben(m_runs.get(), m_judgments.get());
    ben.start(m_session, u"ben"_s, ReviewMode::Pairwise, true);
    QCOMPARE(ben.queue()->decidedCount(), 0);
    QCOMPARE(ben.current(), 0);
    QVERIFY(ben.choose(PairOutcome::B));
    // Ana's judgments are untouched; reopening her queue starts at her first undecided item.
    QCOMPARE(m_judgments->pairs(m_session, u"ana"_s).size(), 4);
    QCOMPARE(m_judgments->pairs(m_session, u"ben"_s).size(), 1);
    ana.start(m_session, u"ana"_s, ReviewMode::Pairwise, true);
    QCOMPARE(ana.queue()->decidedCount(), 4);
    QVERIFY(!ana.isDecided());
}

void TestReviewController::undoFindsItsItemAfterAReload()
{
    ReviewController controller(m_runs.get(), m_judgments.get());
    controller.start(m_session, u"ana"_s, ReviewMode::Single, false);
    controller.setCurrent(4); // the second prompt's second run
    const ReviewItem judged = controller.item();
    QVERIFY(controller.rate(5));
    // A new answer to the first prompt arrives (from Compare): every later item moves down one row.
    QVERIFY(addRun(m_prompts.first(), u"delta"_s) > 0);
    controller.reload();
    QCOMPARE(controller.queue()->rowOf(judged.runIds), 5);
    controller.setCurrent(0);
    QVERIFY(controller.undo());
    QCOMPARE(controller.current(), 5);
    QCOMPARE(controller.item().runIds, judged.runIds);
    QVERIFY(!m_judgments->judgment(judged.runIds.first(), u"ana"_s));
    QCOMPARE(controller.queue()->decidedCount(), 0);
}

void TestReviewController::failedRunsAreNotQueued()
{
    QVERIFY(addRun(m_prompts.first(), u"delta"_s, RunStatus::Failed) > 0);
    QVERIFY(addRun(m_prompts.first(), u"eps"_s, RunStatus::Truncated) > 0);
    ReviewController controller(m_runs.get(), m_judgments.get());
    controller.start(m_session, u"ana"_s, ReviewMode::Single, false);
    QCOMPARE(controller.queue()->rowCount(), 10); // 9 + the truncated one
    controller.start(m_session, u"ana"_s, ReviewMode::Pairwise, false);
    QCOMPARE(controller.queue()->rowCount(), 6 + 3 + 3); // 4 outputs of the first prompt: 6 pairs
}

QTEST_GUILESS_MAIN(TestReviewController)
#include "tst_reviewcontroller.moc"
