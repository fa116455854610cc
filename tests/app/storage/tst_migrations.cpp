// SPDX-License-Identifier: GPL-3.0-or-later
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/database.h"
#include "app/storage/migrations.h"
#include "app/storage/statement.h"

using namespace Qt::StringLiterals;

namespace {

qint64 countRows(Database &database, const QString &table)
{
    Statement statement = database.prepare(u"SELECT COUNT(*) FROM "_s + table);
    return statement.step() ? statement.columnInt64(0) : -1;
}

bool tableExists(Database &database, const QString &table)
{
    Statement statement = database.prepare(u"SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"_s);
    statement.bind(1, table);
    return statement.step();
}

// Rows that a database at `version` can hold; they must all survive migration to the latest version.
// Extend this when adding a step: insert what that version's schema allows, check it in verifyRows().
bool insertRows(Database &database, int version)
{
    // Version 0 is an empty file as far as HubLens is concerned, but a user's own table must survive.
    if (version == 0)
        return database.exec(u"CREATE TABLE user_notes (text TEXT); INSERT INTO user_notes VALUES ('keep me')"_s);
    bool ok = true;
    if (version >= 1) {
        Statement cache = database.prepare(
            u"INSERT INTO response_cache (url, status, etag, content_type, link_header, fetched_at, last_access, "
            "access_seq, size, body) VALUES (?, 200, ?, 'application/json', NULL, ?, ?, 1, 10, ?)"_s);
        cache.bind(1, QByteArray("https://huggingface.co/api/models?limit=1"));
        cache.bind(2, QByteArray("W/\"etag\""));
        cache.bind(3, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));
        cache.bind(4, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));
        cache.bind(5, QByteArray("[{\"id\":1}]"));
        ok = ok && cache.exec();
        Statement candidate =
            database.prepare(u"INSERT INTO candidates (repo_type, repo_id, added_at, note) VALUES (?, ?, ?, ?)"_s);
        candidate.bind(1, u"model"_s);
        candidate.bind(2, u"owner/näme"_s);
        candidate.bind(3, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));
        candidate.bind(4, u"note 🤗"_s);
        ok = ok && candidate.exec();
    }
    if (version >= 2) {
        ok = ok
            && database.exec(
                u"INSERT INTO endpoints (name, kind, base_url, created_at) VALUES ('local', 'ollama', "
                "'http://127.0.0.1:11434', '2024-01-02T03:04:05Z');"
                "INSERT INTO sessions (name, created_at) VALUES ('Plans', '2024-01-02T03:04:05Z');"
                "INSERT INTO prompts (session_id, text, created_at) VALUES (1, 'Name a zebra', '2024-01-02T03:04:05Z');"
                "INSERT INTO runs (session_id, prompt_id, endpoint_id, endpoint_name, endpoint_kind, endpoint_url, "
                "model, params, messages, started_at, status, text) VALUES (1, 1, 1, 'local', 'ollama', "
                "'http://127.0.0.1:11434', 'qwen3', '{}', '[]', '2024-01-02T03:04:05Z', 'ok', 'Zelda the okapi')"_s);
    }
    if (version >= 3) {
        // Rows written by a version-3 HubLens carry uids (version 3 gave them to the rows it found).
        ok = ok
            && database.exec(u"UPDATE sessions SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;"
                             "UPDATE prompts SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;"
                             "UPDATE runs SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL"_s);
    }
    if (version >= 4) {
        ok = ok
            && database.exec(
                u"INSERT INTO batches (uid, session_id, spec, state, created_at, updated_at) VALUES ('b1', 1, "
                "'{\"endpoints\":[]}', 'paused', '2024-01-02T03:04:05Z', '2024-01-02T03:04:05Z');"
                "INSERT INTO batch_items (batch_id, prompt_id, endpoint, state, attempts, run_id) "
                "VALUES (1, 1, 0, 'done', 1, 1)"_s);
    }
    return ok;
}

void verifyRows(Database &database, int version)
{
    if (version == 0) {
        QCOMPARE(countRows(database, u"user_notes"_s), 1);
        return;
    }
    Statement cache = database.prepare(u"SELECT url, etag, body, fetched_at FROM response_cache"_s);
    QVERIFY(cache.step());
    QCOMPARE(cache.columnBlob(0), QByteArray("https://huggingface.co/api/models?limit=1"));
    QCOMPARE(cache.columnBlob(1), QByteArray("W/\"etag\""));
    QCOMPARE(cache.columnBlob(2), QByteArray("[{\"id\":1}]"));
    QCOMPARE(cache.columnDateTime(3), QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));
    QVERIFY(!cache.step());
    Statement candidate = database.prepare(u"SELECT repo_type, repo_id, note FROM candidates"_s);
    QVERIFY(candidate.step());
    QCOMPARE(candidate.columnText(0), u"model"_s);
    QCOMPARE(candidate.columnText(1), u"owner/näme"_s);
    QCOMPARE(candidate.columnText(2), u"note 🤗"_s);
    if (version < 2)
        return;
    Statement run = database.prepare(u"SELECT r.text, r.uid, s.uid, p.uid FROM runs r JOIN sessions s ON "
                                     "s.id = r.session_id JOIN prompts p ON p.id = r.prompt_id"_s);
    QVERIFY(run.step());
    QCOMPARE(run.columnText(0), u"Zelda the okapi"_s);
    for (int column = 1; column <= 3; ++column)
        QCOMPARE(run.columnText(column).size(), 32); // version 3 gave every row a uid
    // ...and indexed what was there for full-text search.
    Statement search = database.prepare(u"SELECT rowid FROM search WHERE search MATCH ?1"_s);
    search.bind(1, u"okapi"_s);
    QVERIFY(search.step());
    QCOMPARE(search.columnInt64(0), 1 * 4 + 1);
    search.reset();
    search.bind(1, u"zebra"_s);
    QVERIFY(search.step());
    QCOMPARE(search.columnInt64(0), 1 * 4);
    // Version 4: batches and their items (none before it).
    Statement items = database.prepare(u"SELECT b.state, i.state, i.run_id FROM batch_items i JOIN batches b ON "
                                       "b.id = i.batch_id"_s);
    if (version >= 4) {
        QVERIFY(items.step());
        QCOMPARE(items.columnText(0), u"paused"_s);
        QCOMPARE(items.columnText(1), u"done"_s);
        QCOMPARE(items.columnInt64(2), 1);
    }
    QVERIFY(!items.step());
}

// Three steps for testing the engine itself, independent of the real schema.
QStringList fakeSteps()
{
    return {
        u"CREATE TABLE a (v INTEGER)"_s,
        u"ALTER TABLE a ADD COLUMN w TEXT; CREATE TABLE b (v)"_s,
        u"CREATE INDEX a_w ON a (w)"_s,
    };
}

void expectWarning(const char *pattern)
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QString::fromUtf8(pattern)));
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void latestVersionMatchesScripts();
    void freshDatabaseReachesLatest();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void rerunIsNoOp();
    void newerDatabaseRefused();
    void newerDatabaseRefusedByOpen();
    void failingStepRollsBack();
    void engineFromEveryVersion_data();
    void engineFromEveryVersion();
    void downgradeAndUnknownTargetRefused();
    void version1Schema();

private:
    QTemporaryDir m_dir;
};

void TestMigrations::init()
{
    QVERIFY(m_dir.isValid());
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestMigrations::latestVersionMatchesScripts()
{
    QVERIFY(Migrations::latestVersion() >= 1);
    QCOMPARE(Migrations::scripts().size(), Migrations::latestVersion());
}

void TestMigrations::freshDatabaseReachesLatest()
{
    QString error;
    auto database = Database::open(m_dir.filePath(u"fresh.sqlite3"_s), &error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(database->userVersion(), Migrations::latestVersion());
}

void TestMigrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < Migrations::latestVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestMigrations::fromEveryEarlierVersion()
{
    QFETCH(int, version);
    const QString path = m_dir.filePath(u"from-%1.sqlite3"_s.arg(version));
    {
        QString error;
        auto database = Database::open(path, &error, Database::Schema::Untouched);
        QVERIFY2(database, qPrintable(error));
        QVERIFY2(Migrations::migrateTo(*database, version, &error), qPrintable(error));
        QCOMPARE(database->userVersion(), version);
        QVERIFY2(insertRows(*database, version), qPrintable(database->lastError()));
    }
    // The normal open path does the rest.
    QString error;
    auto database = Database::open(path, &error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(database->userVersion(), Migrations::latestVersion());
    verifyRows(*database, version);
}

void TestMigrations::rerunIsNoOp()
{
    auto database = Database::openInMemory();
    QVERIFY(database);
    QVERIFY(insertRows(*database, 1));
    QString error;
    QVERIFY2(Migrations::migrate(*database, &error), qPrintable(error));
    QVERIFY2(Migrations::migrate(*database, &error), qPrintable(error));
    QCOMPARE(database->userVersion(), Migrations::latestVersion());
    QCOMPARE(countRows(*database, u"response_cache"_s), 1);
    QCOMPARE(countRows(*database, u"candidates"_s), 1);
}

void TestMigrations::newerDatabaseRefused()
{
    auto database = Database::openInMemory();
    const int newer = Migrations::latestVersion() + 1;
    QVERIFY(database->exec(u"PRAGMA user_version = %1"_s.arg(newer)));
    QString error;
    expectWarning("newer HubLens");
    QVERIFY(!Migrations::migrate(*database, &error));
    QVERIFY2(error.contains(u"created by a newer HubLens"_s), qPrintable(error));
    QVERIFY(error.contains(QString::number(newer)));
    QCOMPARE(database->userVersion(), newer);
}

void TestMigrations::newerDatabaseRefusedByOpen()
{
    const QString path = m_dir.filePath(u"newer.sqlite3"_s);
    {
        auto database = Database::open(path, nullptr);
        QVERIFY(database);
        QVERIFY(database->exec(u"PRAGMA user_version = 999"_s));
    }
    QString error;
    expectWarning("newer HubLens");
    QVERIFY(!Database::open(path, &error));
    QVERIFY2(error.contains(u"created by a newer HubLens"_s), qPrintable(error));
    // Nothing was changed.
    auto untouched = Database::open(path, nullptr, Database::Schema::Untouched);
    QCOMPARE(untouched->userVersion(), 999);
}

void TestMigrations::failingStepRollsBack()
{
    auto database = Database::openInMemory(nullptr, Database::Schema::Untouched);
    QStringList steps = fakeSteps();
    // Step 2 does some work, then fails: none of it may remain.
    steps[1] = u"CREATE TABLE b (v); INSERT INTO a (v) VALUES (1); INSERT INTO no_such_table VALUES (1)"_s;
    QString error;
    expectWarning("no such table");
    expectWarning("Migration failed");
    QVERIFY(!Migrations::apply(*database, steps, 3, &error));
    QVERIFY2(error.contains(u"version 2"_s) && error.contains(u"no such table"_s), qPrintable(error));
    QCOMPARE(database->userVersion(), 1); // step 1 committed, step 2 rolled back
    QVERIFY(tableExists(*database, u"a"_s));
    QVERIFY(!tableExists(*database, u"b"_s));
    QCOMPARE(countRows(*database, u"a"_s), 0);

    // Fixed, the migration continues from version 1.
    QVERIFY2(Migrations::apply(*database, fakeSteps(), 3, &error), qPrintable(error));
    QCOMPARE(database->userVersion(), 3);
}

void TestMigrations::engineFromEveryVersion_data()
{
    QTest::addColumn<int>("from");
    for (int from = 0; from < int(fakeSteps().size()); ++from)
        QTest::addRow("from %d", from) << from;
}

void TestMigrations::engineFromEveryVersion()
{
    QFETCH(int, from);
    auto database = Database::openInMemory(nullptr, Database::Schema::Untouched);
    QString error;
    QVERIFY2(Migrations::apply(*database, fakeSteps(), from, &error), qPrintable(error));
    QCOMPARE(database->userVersion(), from);
    if (from >= 1)
        QVERIFY(database->exec(u"INSERT INTO a (v) VALUES (42)"_s));
    QVERIFY2(Migrations::apply(*database, fakeSteps(), int(fakeSteps().size()), &error), qPrintable(error));
    QCOMPARE(database->userVersion(), 3);
    QCOMPARE(countRows(*database, u"a"_s), from >= 1 ? 1 : 0);
    QVERIFY(tableExists(*database, u"b"_s));
}

void TestMigrations::downgradeAndUnknownTargetRefused()
{
    auto database = Database::openInMemory(nullptr, Database::Schema::Untouched);
    QString error;
    QVERIFY(Migrations::apply(*database, fakeSteps(), 2, &error));
    expectWarning("Migration failed");
    QVERIFY(!Migrations::apply(*database, fakeSteps(), 1, &error));
    QVERIFY2(error.contains(u"downgrade"_s), qPrintable(error));
    expectWarning("Migration failed");
    QVERIFY(!Migrations::migrateTo(*database, Migrations::latestVersion() + 1, &error));
    QCOMPARE(database->userVersion(), 2);
}

void TestMigrations::version1Schema()
{
    auto database = Database::openInMemory(nullptr, Database::Schema::Untouched);
    QString error;
    QVERIFY2(Migrations::migrateTo(*database, 1, &error), qPrintable(error));
    QVERIFY(tableExists(*database, u"response_cache"_s));
    QVERIFY(tableExists(*database, u"candidates"_s));
    // The candidates key is (repo_type, repo_id).
    Statement insert =
        database->prepare(u"INSERT INTO candidates (repo_type, repo_id, added_at) VALUES ('model', 'a/b', 'x')"_s);
    QVERIFY(insert.exec());
    expectWarning("UNIQUE constraint failed");
    QVERIFY(!insert.exec());
    Statement dataset =
        database->prepare(u"INSERT INTO candidates (repo_type, repo_id, added_at) VALUES ('dataset', 'a/b', 'x')"_s);
    QVERIFY(dataset.exec());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
