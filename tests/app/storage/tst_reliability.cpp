// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QDeadlineTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/database.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/migrations.h"
#include "app/storage/runstore.h"
#include "tests/support/storagewriter.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

// Issue 5, "Reliability": a HubLens killed with SIGKILL at any moment loses nothing it had saved and leaves no
// partial record; a second HubLens on the same data folder works safely alongside. The writer is a child process
// (tests/support/storagewriter_main.cpp) that reports every committed write on stdout. No timing is asserted: the
// waits are generous deadlines, and a kill "at a random time" is only a random place to stop.
namespace {

constexpr int StartTimeoutMs = 30000;
constexpr int ReportTimeoutMs = 120000;

// One child writer and what it reported.
struct Writer
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray pending; // an incomplete last line
    QStringList reports; // every complete line except "ready"
    bool ready = false;

    void collect()
    {
        pending += process->readAllStandardOutput();
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            if (line == u"ready"_s)
                ready = true;
            else if (!line.isEmpty())
                reports.append(line);
        }
    }

    // Waits until `count` writes were reported, or the writer ended, or the deadline passed.
    bool waitForReports(int count)
    {
        const QDeadlineTimer deadline(ReportTimeoutMs);
        collect();
        while (reports.size() < count && process->state() != QProcess::NotRunning && !deadline.hasExpired()) {
            process->waitForReadyRead(500);
            collect();
        }
        return reports.size() >= count;
    }

    void kill()
    {
        process->kill(); // SIGKILL on Unix: no handler, no destructor, no flush
        process->waitForFinished(StartTimeoutMs);
        collect(); // lines written before the kill are still in the pipe
    }

    QString errors() const
    {
        return QString::fromUtf8(process->readAllStandardError());
    }
};

} // namespace

class TestReliability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void killedMidWrite_data();
    void killedMidWrite();
    void writersSideBySide_data();
    void writersSideBySide();
    void migrationsTakeTheWriteLock();

private:
    std::unique_ptr<Writer> start(const QString &mode, const QString &tag, int count = -1);
    QString databasePath() const;
    void verifyDatabase(const QStringList &reports);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReliability::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(HUBLENS_STORAGE_WRITER)), HUBLENS_STORAGE_WRITER);
}

void TestReliability::init()
{
    TestUtils::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReliability::cleanup()
{
    m_dir.reset();
}

QString TestReliability::databasePath() const
{
    return m_dir->filePath(u"hublens.sqlite3"_s); // Paths::databasePath() under HUBLENS_DATA_DIR
}

std::unique_ptr<Writer> TestReliability::start(const QString &mode, const QString &tag, int count)
{
    auto writer = std::make_unique<Writer>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HUBLENS_DATA_DIR"_s, m_dir->path());
    environment.remove(u"QT_LOGGING_RULES"_s);
    writer->process->setProcessEnvironment(environment);
    QStringList arguments{mode, tag};
    if (count >= 0)
        arguments.append(QString::number(count));
    writer->process->start(QStringLiteral(HUBLENS_STORAGE_WRITER), arguments);
    return writer;
}

// The database opens (finishing a migration the kill interrupted), passes every integrity check, holds every write
// a writer reported, and every record in it is whole.
void TestReliability::verifyDatabase(const QStringList &reports)
{
    QString error;
    std::unique_ptr<Database> database = Database::open(databasePath(), &error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(database->userVersion(), Migrations::latestVersion());
    Statement integrity = database->prepare(u"PRAGMA integrity_check"_s);
    QVERIFY(integrity.step());
    QCOMPARE(integrity.columnText(0), u"ok"_s);
    QVERIFY(!integrity.step()); // a single "ok" row: no problems listed
    Statement foreignKeys = database->prepare(u"PRAGMA foreign_key_check"_s);
    QVERIFY2(!foreignKeys.step(), qPrintable(u"broken foreign key in "_s + foreignKeys.columnText(0)));
    QVERIFY(!foreignKeys.hasError());
    // The full-text index agrees with the tables it mirrors (its triggers ran in the same transactions).
    QVERIFY2(database->exec(u"INSERT INTO search (search) VALUES ('integrity-check')"_s, &error), qPrintable(error));

    std::unique_ptr<RunStore> runStore = RunStore::open(databasePath(), &error);
    QVERIFY2(runStore, qPrintable(error));
    std::unique_ptr<JudgmentStore> judgmentStore = JudgmentStore::open(databasePath(), &error);
    QVERIFY2(judgmentStore, qPrintable(error));

    // Every record, reported or not (the last one may have committed just before the kill), is whole.
    QSet<qint64> runIds;
    QSet<qint64> judgmentIds;
    QSet<qint64> pairIds;
    QSet<qint64> sessionIds;
    QHash<qint64, QString> promptOfRun;
    std::optional<SessionInfo> source = runStore->sessionByName(StorageWriter::sessionName(u"duplicates"_s));
    for (const SessionInfo &session : runStore->sessions()) {
        sessionIds.insert(session.id);
        QHash<qint64, StoredPrompt> prompts;
        for (const StoredPrompt &prompt : runStore->prompts(session.id))
            prompts.insert(prompt.id, prompt);
        const QList<StoredRun> runs = runStore->runs(session.id);
        for (const StoredRun &run : runs) {
            runIds.insert(run.id);
            QVERIFY2(prompts.contains(run.promptId), qPrintable(u"run %1 has no prompt in its session"_s.arg(run.id)));
            const QString prompt = prompts.value(run.promptId).text;
            promptOfRun.insert(run.id, prompt);
            QCOMPARE(run.result.text, StorageWriter::runText(prompt, run.endpointName == u"alpha"_s ? 0 : 1));
            QCOMPARE(run.messages.value(0).content, prompt);
        }
        if (session.name.startsWith(u"Copy "_s)) {
            // A copy is all of its source or nothing.
            QVERIFY(source);
            QCOMPARE(session.promptCount, source->promptCount);
            QCOMPARE(session.runCount, source->runCount);
        }
        for (const Judgment &judgment : judgmentStore->judgments(session.id)) {
            judgmentIds.insert(judgment.id);
            const int number = promptOfRun.value(judgment.runId).section(u' ', -1).toInt();
            QCOMPARE(judgment.rating, std::optional<int>(StorageWriter::rating(number)));
            QCOMPARE(judgment.labels, StorageWriter::labels(judgment.reviewer, number));
            QCOMPARE(judgment.note, StorageWriter::note(judgment.reviewer, number));
            QCOMPARE(judgment.flagged, number % 2 == 1);
            QCOMPARE(judgment.uid.size(), 32);
        }
        for (const PairJudgment &pair : judgmentStore->pairs(session.id)) {
            pairIds.insert(pair.id);
            const int number = promptOfRun.value(pair.runA).section(u' ', -1).toInt();
            QCOMPARE(promptOfRun.value(pair.runB), promptOfRun.value(pair.runA));
            QCOMPARE(pair.outcome, StorageWriter::outcome(number));
            QCOMPARE(pair.reason, StorageWriter::reason(pair.reviewer, number));
        }
    }

    // Nothing a writer reported as saved is missing.
    for (const QString &line : reports) {
        const QStringList fields = line.split(u' ');
        const qint64 id = fields.value(1).toLongLong();
        const QString kind = fields.value(0);
        if (kind == u"run"_s)
            QVERIFY2(runIds.contains(id), qPrintable(u"lost: "_s + line));
        else if (kind == u"judgment"_s)
            QVERIFY2(judgmentIds.contains(id), qPrintable(u"lost: "_s + line));
        else if (kind == u"pair"_s)
            QVERIFY2(pairIds.contains(id), qPrintable(u"lost: "_s + line));
        else if (kind == u"session"_s)
            QVERIFY2(sessionIds.contains(id), qPrintable(u"lost: "_s + line));
        else
            QFAIL(qPrintable(u"unexpected report: "_s + line));
    }
}

void TestReliability::killedMidWrite_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("afterReports"); // kill once this many writes were reported; -1: at a random time
    QTest::addColumn<int>("kills"); // how many writers are killed in turn on the same database

    QTest::newRow("runs: after the first write") << u"runs"_s << 1 << 1;
    QTest::newRow("runs: after 20 writes") << u"runs"_s << 20 << 1;
    QTest::newRow("runs: at random times, 4 kills in a row") << u"runs"_s << -1 << 4;
    QTest::newRow("judgments: after the first write") << u"judgments"_s << 1 << 1;
    QTest::newRow("judgments: after 15 writes") << u"judgments"_s << 15 << 1;
    QTest::newRow("judgments: at random times, 4 kills in a row") << u"judgments"_s << -1 << 4;
    QTest::newRow("session copies: after the first one") << u"duplicates"_s << 1 << 1;
    QTest::newRow("session copies: after 4") << u"duplicates"_s << 4 << 1;
    QTest::newRow("session copies: at random times, 4 kills in a row") << u"duplicates"_s << -1 << 4;
}

void TestReliability::killedMidWrite()
{
    QFETCH(QString, mode);
    QFETCH(int, afterReports);
    QFETCH(int, kills);

    QStringList reports;
    for (int kill = 0; kill < kills; ++kill) {
        const std::unique_ptr<Writer> writer = start(mode, u"w%1"_s.arg(kill));
        QVERIFY2(writer->process->waitForStarted(StartTimeoutMs), qPrintable(writer->process->errorString()));
        if (afterReports > 0) {
            QVERIFY2(writer->waitForReports(afterReports), qPrintable(writer->errors()));
        } else {
            // Anywhere from opening the database (maybe mid-migration) to well into the writes.
            const int delayMs = int(QRandomGenerator::global()->bounded(10, 1500));
            qInfo("kill %d after %d ms", kill + 1, delayMs);
            writer->process->waitForFinished(delayMs); // the writer never finishes by itself: this only waits
        }
        QCOMPARE(writer->process->state(), QProcess::Running); // it was killed, it did not fail
        writer->kill();
        QCOMPARE(writer->process->exitStatus(), QProcess::CrashExit);
        reports += writer->reports;
    }
    verifyDatabase(reports);
    if (QTest::currentTestFailed())
        return;

    // And the next HubLens carries on where the killed one stopped.
    const std::unique_ptr<Writer> next = start(mode, u"after"_s, 2);
    QVERIFY(next->process->waitForFinished(ReportTimeoutMs));
    next->collect();
    QVERIFY2(next->process->exitStatus() == QProcess::NormalExit && next->process->exitCode() == 0,
        qPrintable(next->errors()));
    verifyDatabase(reports + next->reports);
}

void TestReliability::writersSideBySide_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("writers");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("fresh"); // all start on a database that does not exist yet (concurrent migrations)

    QTest::newRow("runs: 2 writers on one database") << u"runs"_s << 2 << 100 << false;
    QTest::newRow("judgments: 2 writers on one database") << u"judgments"_s << 2 << 40 << false;
    QTest::newRow("runs: 4 writers creating the database at once") << u"runs"_s << 4 << 5 << true;
    QTest::newRow("judgments: 4 writers creating the database at once") << u"judgments"_s << 4 << 3 << true;
}

void TestReliability::writersSideBySide()
{
    QFETCH(QString, mode);
    QFETCH(int, writers);
    QFETCH(int, count);
    QFETCH(bool, fresh);

    if (!fresh) {
        // The database and the session exist before the writers race.
        const std::unique_ptr<Writer> setup = start(mode, u"setup"_s, 0);
        QVERIFY(setup->process->waitForFinished(ReportTimeoutMs));
        QCOMPARE(setup->process->exitCode(), 0);
    } else {
        QVERIFY(!QFile::exists(databasePath()));
    }
    std::vector<std::unique_ptr<Writer>> running;
    for (int i = 0; i < writers; ++i)
        running.push_back(start(mode, u"w%1"_s.arg(i), count));
    QStringList reports;
    const int perWrite = mode == u"judgments"_s ? 2 : 1; // a judgment and a pairwise judgment each time
    for (const std::unique_ptr<Writer> &writer : running) {
        QVERIFY2(writer->process->waitForFinished(ReportTimeoutMs), "a writer did not finish in time");
        writer->collect();
        const QString errors = writer->errors();
        QVERIFY2(writer->process->exitStatus() == QProcess::NormalExit && writer->process->exitCode() == 0,
            qPrintable(errors));
        QVERIFY2(!errors.contains(u"error"_s), qPrintable(errors)); // no SQLITE_BUSY, no constraint failure
        QVERIFY(writer->ready);
        QCOMPARE(writer->reports.size(), count * perWrite);
        reports += writer->reports;
    }
    verifyDatabase(reports);

    // They all wrote into the one session they share.
    QString error;
    std::unique_ptr<RunStore> store = RunStore::open(databasePath(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->sessions().size(), 1);
    QCOMPARE(store->sessions().first().runCount, writers * count * perWrite);
}

void TestReliability::migrationsTakeTheWriteLock()
{
    // While another connection holds the write lock, a migration waits for it (busy timeout) instead of reading a
    // version that is about to change: every step runs under BEGIN IMMEDIATE and re-reads user_version inside.
    QString error;
    std::unique_ptr<Database> holder = Database::open(databasePath(), &error, Database::Schema::Untouched);
    QVERIFY2(holder, qPrintable(error));
    QVERIFY(holder->exec(u"BEGIN IMMEDIATE"_s));
    QVERIFY(holder->exec(u"CREATE TABLE probe (x); PRAGMA user_version = 0"_s));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HUBLENS_DATA_DIR"_s, m_dir->path());
    QProcess writer;
    writer.setProcessEnvironment(environment);
    writer.start(QStringLiteral(HUBLENS_STORAGE_WRITER), {u"runs"_s, u"late"_s, u"1"_s});
    QVERIFY(writer.waitForStarted(StartTimeoutMs));
    QVERIFY(!writer.waitForFinished(300)); // blocked on the lock (it would wait up to Database::BusyTimeoutMs)
    QVERIFY(holder->exec(u"COMMIT"_s));
    QVERIFY(writer.waitForFinished(ReportTimeoutMs));
    QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
    QCOMPARE(holder->userVersion(), Migrations::latestVersion());
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
