// SPDX-License-Identifier: GPL-3.0-or-later
// The Review page driven through its real widgets offscreen: a reviewer names themselves on first use, reviews a
// blind pairwise queue by keyboard alone (the stored judgments match the keys pressed and the identities hidden at
// the time), undoes, sees leak warnings, rates single outputs with labels and notes, and a second reviewer gets their
// own queue.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/appsettings.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "tests/support/testutils.h"
#include "ui/review/reviewpage.h"

using namespace Qt::StringLiterals;

class TestReviewPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reviewerNamesThemselvesOnFirstUse();
    void blindPairwiseByKeyboardOnly();
    void leakWarningWhileBlind();
    void singleOutputByKeyboard();
    void secondReviewerGetsTheirOwnQueue();
    void emptySessionSaysWhatToDo();

private:
    void press(Qt::Key key);
    std::unique_ptr<ReviewPage> makePage();
    qint64 addRun(qint64 promptId, const QString &endpoint, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<JudgmentStore> m_judgments;
    std::unique_ptr<AppSettings> m_settings;
    qint64 m_session = 0;
    qint64 m_leakyRun = 0;
    QHash<qint64, QString> m_endpointOf;
};

void TestReviewPage::init()
{
    TestUtils::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"hublens.sqlite3"_s);
    QString error;
    m_runs = RunStore::open(path, &error);
    QVERIFY2(m_runs, qPrintable(error));
    m_judgments = JudgmentStore::open(path, &error);
    QVERIFY2(m_judgments, qPrintable(error));
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"HubLens.ini"_s));
    m_session = m_runs->ensureSession(u"Tickets"_s);
    m_endpointOf.clear();
    for (int i = 0; i < 3; ++i) {
        StoredPrompt prompt;
        prompt.sessionId = m_session;
        prompt.text = u"Summarise ticket %1"_s.arg(i);
        const qint64 promptId = m_runs->addPrompt(prompt);
        for (const QString &endpoint : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
            const bool leaky = i == 1 && endpoint == u"beta"_s;
            const qint64 id = addRun(promptId, endpoint,
                leaky ? u"As an OpenAI model, I would summarise it so."_s
                      : u"**%1** on ticket %2"_s.arg(endpoint).arg(i));
            QVERIFY(id > 0);
            if (leaky)
                m_leakyRun = id;
        }
    }
}

void TestReviewPage::cleanup()
{
    m_settings.reset();
    m_judgments.reset();
    m_runs.reset();
    m_dir.reset();
}

qint64 TestReviewPage::addRun(qint64 promptId, const QString &endpoint, const QString &text)
{
    StoredRun run;
    run.sessionId = m_session;
    run.promptId = promptId;
    run.endpointName = endpoint;
    run.endpointKind = u"openai"_s;
    run.endpointUrl = u"http://127.0.0.1:1/v1"_s;
    run.model = endpoint + u"-model"_s;
    run.result.status = RunStatus::Succeeded;
    run.result.text = text;
    run.result.ttftMs = 120;
    run.result.totalMs = 900;
    const qint64 id = m_runs->saveRun(run);
    m_endpointOf.insert(id, endpoint);
    return id;
}

std::unique_ptr<ReviewPage> TestReviewPage::makePage()
{
    ReviewPage::Services services;
    services.runs = m_runs.get();
    services.judgments = m_judgments.get();
    services.settings = m_settings.get();
    auto page = std::make_unique<ReviewPage>(services);
    page->resize(1100, 700);
    page->show();
    if (!QTest::qWaitForWindowActive(page.get()))
        return nullptr;
    return page;
}

void TestReviewPage::press(Qt::Key key)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key);
}

void TestReviewPage::reviewerNamesThemselvesOnFirstUse()
{
    std::unique_ptr<ReviewPage> page = makePage();
    QVERIFY(page);
    auto *panel = page->findChild<QWidget *>(u"reviewerPanel"_s);
    auto *name = page->findChild<QLineEdit *>(u"reviewerName"_s);
    QVERIFY(panel && name);
    QVERIFY(panel->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QCOMPARE(page->progressText(), u"0 / 0"_s);
    QTest::keyClicks(name, u"  Ana  "_s);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(!panel->isVisible());
    QCOMPARE(m_settings->reviewer(), u"Ana"_s);
    QCOMPARE(page->controller()->reviewer(), u"Ana"_s);
    QCOMPARE(page->progressText(), u"0 / 9"_s); // pairwise by default: 3 pairs × 3 prompts
    QVERIFY(page->controller()->isBlind());

    // The name is remembered: the next page starts straight away.
    page.reset();
    page = makePage();
    QVERIFY(page);
    QVERIFY(!page->findChild<QWidget *>(u"reviewerPanel"_s)->isVisible());
    QCOMPARE(page->controller()->reviewer(), u"Ana"_s);
}

void TestReviewPage::blindPairwiseByKeyboardOnly()
{
    m_settings->setReviewer(u"ana"_s);
    std::unique_ptr<ReviewPage> page = makePage();
    QVERIFY(page);
    ReviewController *controller = page->controller();
    QCOMPARE(controller->mode(), ReviewMode::Pairwise);
    QVERIFY(controller->isBlind());
    QVERIFY(page->isAncestorOf(QApplication::focusWidget()));

    const QList<Qt::Key> keys{
        Qt::Key_A, Qt::Key_B, Qt::Key_T, Qt::Key_X, Qt::Key_A, Qt::Key_A, Qt::Key_B, Qt::Key_T, Qt::Key_B};
    const QHash<Qt::Key, PairOutcome> outcomes{{Qt::Key_A, PairOutcome::A}, {Qt::Key_B, PairOutcome::B},
        {Qt::Key_T, PairOutcome::Tie}, {Qt::Key_X, PairOutcome::BothBad}};
    for (int row = 0; row < keys.size(); ++row) {
        QCOMPARE(controller->current(), row);
        const ReviewItem item = controller->item();
        // Hidden: the titles name positions, never endpoints or models.
        QCOMPARE(page->paneTitle(0), u"Response A"_s);
        QCOMPARE(page->paneTitle(1), u"Response B"_s);
        press(keys[row]);
        QCOMPARE(page->progressText(), u"%1 / 9"_s.arg(row + 1));
        // Revealed after the judgment, each side with its own endpoint.
        QVERIFY(page->paneTitle(0).contains(m_endpointOf.value(item.runIds[0])));
        QVERIFY(page->paneTitle(1).contains(m_endpointOf.value(item.runIds[1])));
        // Stored against the runs that were on each side.
        const std::optional<PairJudgment> stored = m_judgments->pair(item.runIds[0], item.runIds[1], u"ana"_s);
        QVERIFY(stored);
        QVERIFY(stored->blind);
        const PairOutcome pressed = outcomes.value(keys[row]);
        if (pressed == PairOutcome::A || pressed == PairOutcome::B) {
            const qint64 winner = pressed == PairOutcome::A ? item.runIds[0] : item.runIds[1];
            QCOMPARE(stored->outcome == PairOutcome::A ? stored->runA : stored->runB, winner);
        } else {
            QCOMPARE(stored->outcome, pressed);
        }
        press(Qt::Key_J);
    }
    QCOMPARE(m_judgments->pairs(m_session, u"ana"_s).size(), 9);
    auto *confirmation = page->findChild<QLabel *>(u"reviewConfirmation"_s);
    QVERIFY(!confirmation->text().isEmpty());

    // U takes back the last judgment and returns to its item, hidden again.
    press(Qt::Key_K);
    press(Qt::Key_K);
    QCOMPARE(controller->current(), 6);
    press(Qt::Key_U);
    QCOMPARE(controller->current(), 8);
    QCOMPARE(page->progressText(), u"8 / 9"_s);
    QCOMPARE(page->paneTitle(0), u"Response A"_s);
    QCOMPARE(m_judgments->pairs(m_session, u"ana"_s).size(), 8);
    // The mouse does the same as the keys.
    page->findChild<QPushButton *>(u"outcome-tie"_s)->click();
    QCOMPARE(page->progressText(), u"9 / 9"_s);
}

void TestReviewPage::leakWarningWhileBlind()
{
    m_settings->setReviewer(u"ana"_s);
    std::unique_ptr<ReviewPage> page = makePage();
    QVERIFY(page);
    ReviewController *controller = page->controller();
    int row = -1;
    for (int i = 0; i < controller->queue()->rowCount() && row < 0; ++i) {
        if (controller->queue()->item(i).runIds.contains(m_leakyRun))
            row = i;
    }
    QVERIFY(row >= 0);
    controller->setCurrent(row);
    const int position = static_cast<int>(controller->item().runIds.indexOf(m_leakyRun));
    QVERIFY(page->leakWarning(position).contains(u"As an OpenAI model"_s));
    QVERIFY(page->leakWarning(1 - position).isEmpty());
    press(Qt::Key_T);
    QVERIFY(page->leakWarning(position).isEmpty()); // revealed: nothing left to give away
}

void TestReviewPage::singleOutputByKeyboard()
{
    m_settings->setReviewer(u"ana"_s);
    std::unique_ptr<ReviewPage> page = makePage();
    QVERIFY(page);
    page->setMode(ReviewMode::Single);
    ReviewController *controller = page->controller();
    QVERIFY(!controller->isBlind());
    QCOMPARE(page->progressText(), u"0 / 9"_s);
    QVERIFY(page->paneTitle(0).contains(u"alpha"_s)); // not blind: named from the start
    const qint64 run = controller->item().runIds.first();
    press(Qt::Key_4);
    QCOMPARE(m_judgments->judgment(run, u"ana"_s)->rating, 4);
    QCOMPARE(page->progressText(), u"1 / 9"_s);
    press(Qt::Key_L);
    auto *labels = page->findChild<QLineEdit *>(u"reviewLabels"_s);
    QCOMPARE(QApplication::focusWidget(), labels);
    QTest::keyClicks(labels, u"concise, ok"_s); // letters go to the field, not to the shortcuts
    QTest::keyClick(labels, Qt::Key_Return);
    QCOMPARE(m_judgments->judgment(run, u"ana"_s)->labels, QStringList({u"concise"_s, u"ok"_s}));
    QVERIFY(QApplication::focusWidget() != labels);
    press(Qt::Key_N);
    auto *note = page->findChild<QLineEdit *>(u"reviewNote"_s);
    QCOMPARE(QApplication::focusWidget(), note);
    QTest::keyClicks(note, u"jumps to a conclusion"_s);
    QTest::keyClick(note, Qt::Key_Escape);
    QCOMPARE(m_judgments->judgment(run, u"ana"_s)->note, u"jumps to a conclusion"_s);
    QCOMPARE(m_judgments->judgment(run, u"ana"_s)->rating, 4);
    press(Qt::Key_9); // outside the 1–5 scale: refused, nothing changes
    QCOMPARE(m_judgments->judgment(run, u"ana"_s)->rating, 4);
    press(Qt::Key_J);
    QVERIFY(controller->item().runIds.first() != run);
}

void TestReviewPage::secondReviewerGetsTheirOwnQueue()
{
    m_settings->setReviewer(u"ana"_s);
    std::unique_ptr<ReviewPage> page = makePage();
    QVERIFY(page);
    press(Qt::Key_A);
    press(Qt::Key_J);
    press(Qt::Key_B);
    QCOMPARE(page->progressText(), u"2 / 9"_s);
    page->findChild<QPushButton *>(u"reviewerButton"_s)->click();
    auto *name = page->findChild<QLineEdit *>(u"reviewerName"_s);
    QTRY_COMPARE(QApplication::focusWidget(), name);
    name->clear();
    QTest::keyClicks(name, u"ben"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(page->controller()->reviewer(), u"ben"_s);
    QCOMPARE(page->progressText(), u"0 / 9"_s);
    QCOMPARE(page->controller()->current(), 0);
    press(Qt::Key_X);
    QCOMPARE(m_judgments->pairs(m_session, u"ben"_s).size(), 1);
    QCOMPARE(m_judgments->pairs(m_session, u"ana"_s).size(), 2);
    QCOMPARE(m_judgments->reviewers(m_session), QStringList({u"ana"_s, u"ben"_s}));
}

void TestReviewPage::emptySessionSaysWhatToDo()
{
    m_settings->setReviewer(u"ana"_s);
    const qint64 empty = m_runs->ensureSession(u"Empty"_s);
    std::unique_ptr<ReviewPage> page = makePage();
    QVERIFY(page);
    page->openSession(empty);
    QCOMPARE(page->sessionId(), empty);
    QCOMPARE(page->progressText(), u"0 / 0"_s);
    auto *message = page->findChild<QLabel *>(u"reviewEmpty"_s);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"Compare"_s));
    press(Qt::Key_A); // nothing to judge: nothing happens
    QCOMPARE(m_judgments->judgmentCount(empty), 0);
}

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
