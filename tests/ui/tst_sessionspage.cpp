// SPDX-License-Identifier: GPL-3.0-or-later
// The Sessions page through its real widgets offscreen: the list and its model, full-text search, create, rename,
// duplicate, archive, delete to the trash with Undo, restore and delete for good, review settings and criteria, and
// the decision log.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/appsettings.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "app/storage/sessionlistmodel.h"
#include "tests/support/testutils.h"
#include "ui/common/banner.h"
#include "ui/sessions/sessionspage.h"

using namespace Qt::StringLiterals;

class TestSessionsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsSessionsWithCounts();
    void createRenameDuplicate();
    void trashWithUndo();
    void archiveAndTrashFilters();
    void searchNarrowsTheList();
    void settingsAndCriteria();
    void decisionLog();
    void openInReviewAndCompare();
    void exportAndImport();

private:
    std::unique_ptr<SessionsPage> makePage();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<JudgmentStore> m_judgments;
    std::unique_ptr<AppSettings> m_settings;
    qint64 m_okapi = 0;
    qint64 m_zebra = 0;
};

void TestSessionsPage::init()
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
    m_settings->setReviewer(u"Pat"_s);
    m_okapi = m_runs->ensureSession(u"Okapi facts"_s);
    m_zebra = m_runs->ensureSession(u"Zebra names"_s);
    for (const auto &[session, text, answer] :
        {std::tuple{m_okapi, u"Describe the okapi"_s, u"The okapi is a giraffid of the Congo."_s},
            std::tuple{m_zebra, u"Name a zebra"_s, u"Zelda"_s}}) {
        StoredPrompt prompt;
        prompt.sessionId = session;
        prompt.text = text;
        const qint64 promptId = m_runs->addPrompt(prompt);
        StoredRun run;
        run.sessionId = session;
        run.promptId = promptId;
        run.endpointName = u"alpha"_s;
        run.endpointKind = u"openai"_s;
        run.endpointUrl = u"http://127.0.0.1:1/v1"_s;
        run.model = u"m"_s;
        run.result.status = RunStatus::Succeeded;
        run.result.text = answer;
        const qint64 runId = m_runs->saveRun(run);
        QVERIFY(runId > 0);
        Judgment judgment;
        judgment.runId = runId;
        judgment.reviewer = u"Pat"_s;
        judgment.rating = 3;
        judgment.note = session == m_zebra ? u"quagga would be funnier"_s : QString();
        QVERIFY(m_judgments->saveJudgment(judgment) > 0);
    }
}

void TestSessionsPage::cleanup()
{
    m_settings.reset();
    m_judgments.reset();
    m_runs.reset();
    m_dir.reset();
}

std::unique_ptr<SessionsPage> TestSessionsPage::makePage()
{
    SessionsPage::Services services;
    services.runs = m_runs.get();
    services.judgments = m_judgments.get();
    services.settings = m_settings.get();
    auto page = std::make_unique<SessionsPage>(services);
    page->resize(1200, 700);
    page->show();
    return page;
}

void TestSessionsPage::listsSessionsWithCounts()
{
    std::unique_ptr<SessionsPage> page = makePage();
    SessionListModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    const int row = model->rowOf(m_okapi);
    QCOMPARE(model->index(row, SessionListModel::NameColumn).data().toString(), u"Okapi facts"_s);
    QCOMPARE(model->index(row, SessionListModel::PromptsColumn).data().toString(), u"1"_s);
    QCOMPARE(model->index(row, SessionListModel::RunsColumn).data().toString(), u"1"_s);
    QCOMPARE(model->index(row, SessionListModel::JudgmentsColumn).data().toString(), u"1"_s);
    QCOMPARE(model->index(row, SessionListModel::StateColumn).data().toString(), u"Active"_s);
    QVERIFY(page->selectedSession() > 0); // the newest is selected
    page->selectSession(m_okapi);
    QCOMPARE(page->findChild<QLabel *>(u"sessionTitle"_s)->text(), u"Okapi facts"_s);
    QVERIFY(page->findChild<QLabel *>(u"sessionSummary"_s)->text().contains(u"Pat"_s));
}

void TestSessionsPage::createRenameDuplicate()
{
    std::unique_ptr<SessionsPage> page = makePage();
    QVERIFY(page->createSession(u"  Fresh  "_s));
    QCOMPARE(m_runs->sessionByName(u"Fresh"_s)->id, page->selectedSession());
    QVERIFY(!page->createSession(u"Fresh"_s)); // names are unique
    QVERIFY(page->findChild<Banner *>()->isVisible());
    QVERIFY(page->findChild<Banner *>()->text().contains(u"already"_s));
    QVERIFY(page->renameSelected(u"Renamed"_s));
    QVERIFY(m_runs->sessionByName(u"Renamed"_s));
    QCOMPARE(page->findChild<QLabel *>(u"sessionTitle"_s)->text(), u"Renamed"_s);
    page->selectSession(m_okapi);
    QVERIFY(page->duplicateSelected(u"Okapi copy"_s));
    const std::optional<SessionInfo> copy = m_runs->sessionByName(u"Okapi copy"_s);
    QVERIFY(copy);
    QCOMPARE(page->selectedSession(), copy->id);
    QCOMPARE(copy->runCount, 1);
    QCOMPARE(page->model()->rowCount(), 4);
}

void TestSessionsPage::trashWithUndo()
{
    std::unique_ptr<SessionsPage> page = makePage();
    page->selectSession(m_okapi);
    QVERIFY(page->trashSelected());
    QCOMPARE(page->model()->rowOf(m_okapi), -1);
    QVERIFY(m_runs->session(m_okapi)->deletedAt.isValid());
    auto *banner = page->findChild<Banner *>();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"Okapi facts"_s));
    QVERIFY(banner->isRetryVisible());
    QPushButton *undo = nullptr;
    for (QPushButton *button : banner->findChildren<QPushButton *>()) {
        if (button->text() == u"Undo"_s)
            undo = button;
    }
    QVERIFY(undo);
    undo->click();
    QVERIFY(!m_runs->session(m_okapi)->deletedAt.isValid());
    QCOMPARE(page->selectedSession(), m_okapi);
    QCOMPARE(m_judgments->judgmentCount(m_okapi), 1); // nothing lost
}

void TestSessionsPage::archiveAndTrashFilters()
{
    std::unique_ptr<SessionsPage> page = makePage();
    auto *filter = page->findChild<QComboBox *>(u"sessionFilter"_s);
    page->selectSession(m_okapi);
    QVERIFY(page->toggleArchivedSelected());
    QCOMPARE(page->model()->filter(), SessionListModel::Filter::All); // still shown, so it can be taken back out
    QCOMPARE(page->model()->index(page->model()->rowOf(m_okapi), SessionListModel::StateColumn).data().toString(),
        u"Archived"_s);
    filter->setCurrentIndex(0);
    Q_EMIT filter->activated(0);
    QCOMPARE(page->model()->rowOf(m_okapi), -1);
    page->selectSession(m_zebra);
    QVERIFY(page->trashSelected());
    filter->setCurrentIndex(2);
    Q_EMIT filter->activated(2);
    QCOMPARE(page->model()->rowCount(), 1);
    page->selectSession(m_zebra);
    QVERIFY(page->findChild<QPushButton *>(u"sessionNew"_s)->isHidden());
    QVERIFY(page->restoreSelected());
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(!m_runs->session(m_zebra)->deletedAt.isValid());
    QVERIFY(m_runs->trashSession(m_zebra));
    page->model()->reload();
    page->selectSession(m_zebra);
    QVERIFY(page->deleteSelectedForGood());
    QVERIFY(!m_runs->session(m_zebra));
}

void TestSessionsPage::searchNarrowsTheList()
{
    std::unique_ptr<SessionsPage> page = makePage();
    auto *search = page->findChild<QLineEdit *>(u"sessionSearch"_s);
    auto *hits = page->findChild<QListWidget *>(u"sessionHits"_s);
    QTest::keyClicks(search, u"quag"_s); // a prefix of a word in a note
    QTRY_VERIFY(hits->isVisible()); // after the debounce
    QCOMPARE(hits->count(), 1);
    QVERIFY(hits->item(0)->text().contains(u"Zebra names"_s));
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->rowOf(m_zebra), 0);
    page->search(u"giraffid"_s);
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->rowOf(m_okapi), 0);
    page->search(u"nothing-like-this"_s);
    QCOMPARE(page->model()->rowCount(), 0);
    QCOMPARE(hits->count(), 1); // the "nothing matches" line
    page->search(QString());
    QVERIFY(!hits->isVisible());
    QCOMPARE(page->model()->rowCount(), 2);
}

void TestSessionsPage::settingsAndCriteria()
{
    std::unique_ptr<SessionsPage> page = makePage();
    page->selectSession(m_okapi);
    auto *criteria = page->findChild<QPlainTextEdit *>(u"sessionCriteria"_s);
    auto *status = page->findChild<QLabel *>(u"criteriaStatus"_s);
    auto *save = page->findChild<QPushButton *>(u"sessionSaveSettings"_s);
    page->findChild<QPlainTextEdit *>(u"sessionGoal"_s)->setPlainText(u"Pick a summariser"_s);
    page->findChild<QLineEdit *>(u"sessionLabels"_s)->setText(u"concise, wrong ,"_s);
    page->findChild<QLineEdit *>(u"sessionAnchors"_s)->setText(u"bad | poor | ok | good | great"_s);
    criteria->setPlainText(u"mean_rating >= 4\nwin_rate >= 60 baseline"_s);
    save->click();
    QVERIFY(status->text().startsWith(u"line 2"_s));
    QVERIFY(m_runs->sessionSettings(m_okapi).criteria.isEmpty()); // nothing saved from a bad form
    criteria->setPlainText(u"mean_rating >= 4\nlatency <= 3"_s); // well-formed, but no such metric
    save->click();
    QVERIFY2(status->text().contains(u"latency"_s), qPrintable(status->text()));
    QVERIFY(m_runs->sessionSettings(m_okapi).criteria.isEmpty());
    criteria->setPlainText(u"mean_rating >= 4\nwin_rate >= 60 baseline=alpha"_s);
    QSignalSpy evaluated(page.get(), &SessionsPage::criteriaEvaluated);
    save->click();
    // Evaluated off the GUI thread: alpha's one rating is 3, so mean_rating >= 4 fails on 1 piece of evidence.
    QTRY_VERIFY(!evaluated.isEmpty() && page->criteriaTable()->rowCount() >= 1);
    QTableWidget *table = page->criteriaTable();
    QVERIFY(table->isVisible());
    QCOMPARE(table->item(0, 0)->text(), u"mean_rating >= 4"_s);
    QVERIFY(table->item(0, 1)->text().contains(u"Fail"_s)); // the verdict right after the criterion
    QCOMPARE(table->item(0, 2)->text(), u"alpha"_s);
    QCOMPARE(table->item(0, 3)->text(), u"3.00"_s);
    QCOMPARE(table->item(0, 4)->text(), u"1"_s);
    const SessionSettings settings = m_runs->sessionSettings(m_okapi);
    QCOMPARE(settings.criteria.size(), 2);
    QCOMPARE(settings.labels, QStringList({u"concise"_s, u"wrong"_s}));
    QCOMPARE(settings.anchors.size(), 5);
    QCOMPARE(m_runs->session(m_okapi)->goal, u"Pick a summariser"_s);
    // Shown again when the session is selected again.
    page->selectSession(m_zebra);
    page->selectSession(m_okapi);
    QCOMPARE(criteria->toPlainText(), u"mean_rating >= 4\nwin_rate >= 60 baseline=alpha"_s);
}

void TestSessionsPage::decisionLog()
{
    std::unique_ptr<SessionsPage> page = makePage();
    page->selectSession(m_okapi);
    auto *text = page->findChild<QLineEdit *>(u"decisionText"_s);
    QTest::keyClicks(text, u"Ship alpha: wins 70% blind"_s);
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(text->text().isEmpty());
    const QList<Decision> decisions = m_judgments->decisions(m_okapi);
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().author, u"Pat"_s);
    QCOMPARE(decisions.first().text, u"Ship alpha: wins 70% blind"_s);
    auto *log = page->findChild<QListWidget *>(u"sessionDecisions"_s);
    QCOMPARE(log->count(), 1);
    QVERIFY(log->item(0)->text().contains(u"Ship alpha"_s));
}

void TestSessionsPage::openInReviewAndCompare()
{
    std::unique_ptr<SessionsPage> page = makePage();
    page->selectSession(m_zebra);
    QSignalSpy review(page.get(), &SessionsPage::reviewRequested);
    QSignalSpy compare(page.get(), &SessionsPage::compareRequested);
    page->findChild<QPushButton *>(u"sessionReview"_s)->click();
    page->findChild<QPushButton *>(u"sessionCompare"_s)->click();
    QCOMPARE(review.size(), 1);
    QCOMPARE(review.first().first().toLongLong(), m_zebra);
    QCOMPARE(compare.first().first().toLongLong(), m_zebra);
}

void TestSessionsPage::exportAndImport()
{
    std::unique_ptr<SessionsPage> page = makePage();
    QSignalSpy finished(page.get(), &SessionsPage::exchangeFinished);
    page->selectSession(m_zebra);
    const QString jsonl = m_dir->filePath(u"zebra.jsonl"_s);
    const QString bundle = m_dir->filePath(u"zebra.hublens"_s);
    page->exportSelected(jsonl, u"jsonl"_s);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QVERIFY(QFileInfo(jsonl).size() > 0);
    page->exportSelected(bundle, u"bundle"_s);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(finished.last().at(0).toBool());

    // Importing what is already here changes nothing.
    page->importFile(jsonl);
    QTRY_COMPARE(finished.size(), 3);
    QVERIFY(finished.last().at(0).toBool());
    QVERIFY2(finished.last().at(1).toString().contains(u"nothing new"_s), qPrintable(finished.last().at(1).toString()));

    // Gone for good, then back from the bundle with its judgment.
    QVERIFY(m_runs->deleteSession(m_zebra));
    page->importFile(bundle);
    QTRY_COMPARE(finished.size(), 4);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    const std::optional<SessionInfo> back = m_runs->sessionByName(u"Zebra names"_s);
    QVERIFY(back);
    QCOMPARE(page->selectedSession(), back->id);
    QCOMPARE(m_judgments->judgmentCount(back->id), 1);
    QVERIFY(page->findChild<Banner *>()->text().startsWith(u"Imported zebra.hublens into Zebra names: 1 run"_s));

    // A broken file: a clear message, nothing imported.
    QFile broken(m_dir->filePath(u"broken.jsonl"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\":\"hublens-session\",\"version\":1}\n{oops\n");
    broken.close();
    const int sessions = static_cast<int>(m_runs->sessions().size());
    page->importFile(broken.fileName());
    QTRY_COMPARE(finished.size(), 5);
    QVERIFY(!finished.last().at(0).toBool());
    QVERIFY(page->findChild<Banner *>()->text().contains(u"broken.jsonl"_s));
    QCOMPARE(m_runs->sessions().size(), sessions);
}

QTEST_MAIN(TestSessionsPage)
#include "tst_sessionspage.moc"
