// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTest>

#include "app/storage/database.h"
#include "app/storage/runstore.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

class TestRunStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }
    void sessions();
    void runRoundTrip();
    void missingValuesStayMissing();
    void deletingASessionDeletesItsRuns();
    void manageSessions();
    void duplicateCopiesPromptsAndRuns();
    void runsPage_data();
    void runsPage();
};

void TestRunStore::sessions()
{
    RunStore store(Database::openInMemory());
    QSignalSpy changed(&store, &RunStore::sessionsChanged);
    const qint64 first = store.ensureSession(u"Summaries"_s);
    QVERIFY(first > 0);
    QCOMPARE(store.ensureSession(u"summaries"_s), first); // case-insensitive, no duplicate
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.ensureSession(u"  "_s), 0);
    QVERIFY(store.ensureSession(RunStore::defaultSessionName()) > 0);
    QCOMPARE(store.sessions().size(), 2);
    QCOMPARE(store.sessionByName(u"SUMMARIES"_s)->id, first);
}

void TestRunStore::runRoundTrip()
{
    RunStore store(Database::openInMemory());
    const qint64 session = store.ensureSession(u"s"_s);
    StoredPrompt prompt;
    prompt.sessionId = session;
    prompt.text = u"What is 1+1?"_s;
    prompt.systemPrompt = u"Be brief."_s;
    const qint64 promptId = store.addPrompt(prompt);
    QVERIFY(promptId > 0);
    QCOMPARE(store.prompt(promptId)->source.value("kind"_L1).toString(), u"typed"_s);

    StoredRun run;
    run.sessionId = session;
    run.promptId = promptId;
    run.endpointName = u"router"_s;
    run.endpointKind = u"hf-router"_s;
    run.endpointUrl = u"https://router.huggingface.co/v1"_s;
    run.model = u"meta-llama/Llama-3.1-8B-Instruct:novita"_s;
    run.revision = u"0e9e39f249a16976918f6564b8830bc894c89659"_s;
    run.params.temperature = 0.2;
    run.params.seed = 7;
    run.params.stop = {u"###"_s};
    run.messages = {{u"system"_s, u"Be brief."_s}, {u"user"_s, u"What is 1+1?"_s}};
    run.startedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 0, 123), Qt::UTC);
    RunResult &r = run.result;
    r.status = RunStatus::Succeeded;
    r.text = u"2 — ✓"_s;
    r.reasoning = u"one plus one"_s;
    r.finishReason = u"stop"_s;
    r.usage.promptTokens = 12;
    r.usage.completionTokens = 3;
    r.usageReported = true;
    r.completionTokens = 3;
    r.firstByteMs = 80.5;
    r.ttftMs = 120.25;
    r.totalMs = 300.0;
    r.waitedMs = 1500;
    r.tokensPerSecond = 16.6;
    r.provider = u"novita"_s;
    r.servedModel = u"meta-llama/llama-3.1-8b-instruct"_s;
    r.httpStatus = 200;
    r.attempts = 2;
    r.costUsd = 0.0001;
    r.serverMetrics = QJsonObject{{u"time_info"_s, QJsonObject{{u"total_time"_s, 0.3}}}};
    QSignalSpy saved(&store, &RunStore::runSaved);
    const qint64 id = store.saveRun(run);
    QVERIFY(id > 0);
    QCOMPARE(saved.size(), 1);

    const StoredRun back = *store.run(id);
    QCOMPARE(back.model, run.model);
    QCOMPARE(back.revision, run.revision);
    QCOMPARE(back.params, run.params);
    QCOMPARE(back.messages, run.messages);
    QCOMPARE(back.startedAt, run.startedAt);
    QCOMPARE(back.result.status, RunStatus::Succeeded);
    QCOMPARE(back.result.text, r.text);
    QCOMPARE(back.result.reasoning, r.reasoning);
    QCOMPARE(back.result.usage.promptTokens, 12);
    QCOMPARE(back.result.completionTokens, 3);
    QVERIFY(back.result.usageReported);
    QCOMPARE(back.result.ttftMs, 120.25);
    QCOMPARE(back.result.waitedMs, 1500);
    QCOMPARE(back.result.provider, u"novita"_s);
    QCOMPARE(*back.result.costUsd, 0.0001);
    QCOMPARE(back.result.attempts, 2);
    QCOMPARE(back.result.serverMetrics, r.serverMetrics);
    QCOMPARE(store.session(session)->runCount, 1);
    QCOMPARE(store.session(session)->promptCount, 1);
    QCOMPARE(store.runs(session).size(), 1);
}

void TestRunStore::missingValuesStayMissing()
{
    RunStore store(Database::openInMemory());
    const qint64 session = store.ensureSession(u"s"_s);
    const qint64 promptId = store.addPrompt({0, session, u"p"_s, {}, {}, {}, {}});
    StoredRun run;
    run.sessionId = session;
    run.promptId = promptId;
    run.endpointName = u"e"_s;
    run.endpointKind = u"openai"_s;
    run.endpointUrl = u"http://127.0.0.1:1/v1"_s;
    run.model = u"m"_s;
    run.result.status = RunStatus::Failed;
    run.result.errorKind = u"network"_s;
    run.result.errorMessage = u"Connection refused"_s;
    const StoredRun back = *store.run(store.saveRun(run));
    QCOMPARE(back.result.ttftMs, -1.0);
    QCOMPARE(back.result.tokensPerSecond, -1.0);
    QCOMPARE(back.result.completionTokens, -1);
    QVERIFY(!back.result.costUsd);
    QVERIFY(!back.result.usageReported);
    QCOMPARE(back.result.errorMessage, u"Connection refused"_s);
    QVERIFY(back.result.text.isEmpty());
}

void TestRunStore::deletingASessionDeletesItsRuns()
{
    std::unique_ptr<Database> database = Database::openInMemory();
    Database *raw = database.get();
    RunStore store(std::move(database));
    const qint64 session = store.ensureSession(u"s"_s);
    const qint64 promptId = store.addPrompt({0, session, u"p"_s, {}, {}, {}, {}});
    StoredRun run;
    run.sessionId = session;
    run.promptId = promptId;
    run.endpointName = run.endpointKind = run.endpointUrl = run.model = u"x"_s;
    QVERIFY(store.saveRun(run) > 0);
    QVERIFY(raw->exec(u"DELETE FROM sessions"_s));
    QCOMPARE(store.runs(session).size(), 0);
}

void TestRunStore::manageSessions()
{
    RunStore store(Database::openInMemory());
    const qint64 plans = store.ensureSession(u"Plans"_s);
    const qint64 other = store.ensureSession(u"Other"_s);
    QVERIFY(store.renameSession(plans, u"  Launch plans "_s));
    QCOMPARE(store.session(plans)->name, u"Launch plans"_s);
    QVERIFY(!store.renameSession(plans, u"other"_s)); // taken (names ignore case)
    QVERIFY(store.lastError().contains(u"Other"_s));
    QVERIFY(!store.renameSession(plans, u" "_s));
    QVERIFY(!store.renameSession(999, u"Nope"_s));
    QVERIFY(store.setSessionGoal(plans, u"Pick a summariser"_s));
    QCOMPARE(store.session(plans)->goal, u"Pick a summariser"_s);
    QVERIFY(store.setSessionArchived(plans, true));
    QVERIFY(store.session(plans)->archivedAt.isValid());
    QVERIFY(store.setSessionArchived(plans, false));
    QVERIFY(!store.session(plans)->archivedAt.isValid());

    QVERIFY(store.trashSession(other));
    QCOMPARE(store.sessions().size(), 1); // the trash is not listed
    QCOMPARE(store.trashedSessions().size(), 1);
    QCOMPARE(store.ensureSession(u"Other"_s), 0); // its name is still taken, and it says why
    QVERIFY(store.lastError().contains(u"trash"_s));
    QCOMPARE(store.purgeTrash(QDateTime::currentDateTimeUtc().addDays(29)), 0); // kept 30 days
    QVERIFY(store.restoreSession(other));
    QCOMPARE(store.sessions().size(), 2);
    QVERIFY(store.trashSession(other));
    QCOMPARE(store.purgeTrash(QDateTime::currentDateTimeUtc().addDays(31)), 1);
    QVERIFY(!store.session(other));
    QVERIFY(store.trashedSessions().isEmpty());
}

void TestRunStore::duplicateCopiesPromptsAndRuns()
{
    RunStore store(Database::openInMemory());
    const qint64 session = store.ensureSession(u"Plans"_s);
    const qint64 promptId = store.addPrompt({0, session, u"p"_s, u"sys"_s, {}, {}, {}});
    StoredRun run;
    run.sessionId = session;
    run.promptId = promptId;
    run.endpointName = run.endpointKind = run.endpointUrl = run.model = u"x"_s;
    run.result.text = u"first"_s;
    const qint64 first = store.saveRun(run);
    run.parentRunId = first;
    run.result.text = u"second"_s;
    QVERIFY(store.saveRun(run) > 0);

    const qint64 copy = store.duplicateSession(session, u"Plans (copy)"_s);
    QVERIFY2(copy > 0, qPrintable(store.lastError()));
    QCOMPARE(store.duplicateSession(session, u"plans (COPY)"_s), 0);
    const QList<StoredRun> copied = store.runs(copy);
    const QList<StoredRun> original = store.runs(session);
    QCOMPARE(copied.size(), 2);
    QCOMPARE(copied.at(1).result.text, u"second"_s);
    QCOMPARE(copied.at(1).parentRunId, copied.at(0).id); // the conversation points inside the copy
    QVERIFY(copied.at(0).promptId != promptId);
    QCOMPARE(store.prompt(copied.at(0).promptId)->systemPrompt, u"sys"_s);
    QCOMPARE(store.prompt(copied.at(0).promptId)->sessionId, copy);
    QVERIFY(copied.at(0).uid != original.at(0).uid);
    QCOMPARE(original.size(), 2);
}

QTEST_APPLESS_MAIN(TestRunStore)
#include "tst_runstore.moc"

void TestRunStore::runsPage_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("pages of 1") << 1;
    QTest::newRow("pages of 3 (last page short)") << 3;
    QTest::newRow("pages of 7 (all at once)") << 7;
    QTest::newRow("one page larger than the session") << 50;
}

// Keyset pagination walks every run of the session exactly once, in id order, and never one of another session.
void TestRunStore::runsPage()
{
    QFETCH(int, limit);
    RunStore store(Database::openInMemory());
    const qint64 session = store.ensureSession(u"s"_s);
    const qint64 other = store.ensureSession(u"other"_s);
    const qint64 promptId = store.addPrompt({0, session, u"p"_s, {}, {}, {}, {}});
    const qint64 otherPrompt = store.addPrompt({0, other, u"q"_s, {}, {}, {}, {}});
    QList<qint64> expected;
    for (int i = 0; i < 7; ++i) {
        StoredRun run;
        run.sessionId = i % 2 ? other : session; // interleaved with another session's runs
        run.promptId = i % 2 ? otherPrompt : promptId;
        run.endpointName = run.endpointKind = run.endpointUrl = run.model = u"x"_s;
        run.result.text = u"answer %1"_s.arg(i);
        const qint64 id = store.saveRun(run);
        QVERIFY(id > 0);
        if (run.sessionId == session)
            expected.append(id);
        run.sessionId = session;
        run.promptId = promptId;
        expected.append(store.saveRun(run));
    }
    QList<qint64> seen;
    qint64 after = 0;
    int pages = 0;
    for (;;) {
        const QList<StoredRun> page = store.runsPage(session, after, limit);
        QVERIFY(page.size() <= limit);
        if (page.isEmpty())
            break;
        ++pages;
        for (const StoredRun &run : page) {
            QCOMPARE(run.sessionId, session);
            seen.append(run.id);
        }
        after = page.last().id;
    }
    QCOMPARE(seen, expected);
    QCOMPARE(pages, int((expected.size() + limit - 1) / limit));
    QCOMPARE(store.runsPage(session, 0, 0).size(), 0);
    QCOMPARE(store.runsPage(session, expected.last(), limit).size(), 0);
}
