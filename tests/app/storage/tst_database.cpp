// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

#include <sqlite3.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/database.h"
#include "app/storage/migrations.h"
#include "app/storage/statement.h"
#include "app/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace {

// A fresh table for each value: a statement returned earlier may still hold a read on the previous one.
QString nextTableName()
{
    static int number = 0;
    return u"t%1"_s.arg(++number);
}

// Inserts `value` through Statement::bind into an untyped column (no affinity: what is bound is what is stored) and
// returns a statement positioned on the row: column 0 is the value, column 1 its SQLite type name.
template <typename T>
Statement insertAndSelect(Database &database, const T &value)
{
    const QString table = nextTableName();
    database.exec(u"CREATE TABLE %1 (v)"_s.arg(table));
    Statement insert = database.prepare(u"INSERT INTO %1 (v) VALUES (?)"_s.arg(table));
    insert.bind(1, value);
    insert.exec();
    Statement select = database.prepare(u"SELECT v, typeof(v) FROM %1"_s.arg(table));
    select.step();
    return select;
}

QString pragma(Database &database, const QString &name)
{
    Statement statement = database.prepare(u"PRAGMA "_s + name);
    return statement.step() ? statement.columnText(0) : QString();
}

qint64 countRows(Database &database, const QString &table)
{
    Statement statement = database.prepare(u"SELECT COUNT(*) FROM "_s + table);
    return statement.step() ? statement.columnInt64(0) : -1;
}

void expectWarning(const char *pattern)
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QString::fromUtf8(pattern)));
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void pragmasOnFile();
    void createsParentFolders();
    void inMemoryIsMigrated();
    void openGarbageFileFails();
    void foreignKeysEnforced();

    void text_data();
    void text();
    void blob_data();
    void blob();
    void integers_data();
    void integers();
    void doubles_data();
    void doubles();
    void boolsAndNull();
    void dateTime_data();
    void dateTime();
    void dateTimeStoredAsUtcIsoText();
    void namedParameters();
    void lastInsertIdAndChanges();
    void statementIsReusableAndMovable();

    void syntaxErrorIsReported();
    void constraintErrorIsReported();
    void bindErrorsStopExecution();
    void multipleStatementsRefused();
    void execReportsErrors();
    void boundValuesNeverLogged();

    void transactionRollsBackOnScopeExit();
    void transactionCommits();
    void transactionCommitTwiceFails();

    void walReaderSeesSnapshotWhileWriterWrites();
    void walWriterCommitsWhileReaderReads();
    void walConcurrentThreads();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::init()
{
    QVERIFY(m_dir.isValid());
    // Any unexpected warning (an SQL error we did not provoke) fails the test.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestDatabase::pragmasOnFile()
{
    QString error;
    auto database = Database::open(m_dir.filePath(u"pragmas.sqlite3"_s), &error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(pragma(*database, u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(*database, u"foreign_keys"_s), u"1"_s);
    QCOMPARE(pragma(*database, u"busy_timeout"_s), QString::number(Database::BusyTimeoutMs));
    QCOMPARE(pragma(*database, u"synchronous"_s), u"1"_s); // NORMAL
    QCOMPARE(database->userVersion(), Migrations::latestVersion());
    QCOMPARE(database->path(), m_dir.filePath(u"pragmas.sqlite3"_s));
}

void TestDatabase::createsParentFolders()
{
    const QString path = m_dir.filePath(u"a/b/c/nested.sqlite3"_s);
    QString error;
    QVERIFY2(Database::open(path, &error), qPrintable(error));
    QVERIFY(QFile::exists(path));
}

void TestDatabase::inMemoryIsMigrated()
{
    auto database = Database::openInMemory();
    QVERIFY(database);
    QCOMPARE(database->userVersion(), Migrations::latestVersion());
    QCOMPARE(pragma(*database, u"foreign_keys"_s), u"1"_s);
    auto untouched = Database::openInMemory(nullptr, Database::Schema::Untouched);
    QVERIFY(untouched);
    QCOMPARE(untouched->userVersion(), 0);
}

void TestDatabase::openGarbageFileFails()
{
    const QString path = m_dir.filePath(u"garbage.sqlite3"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    expectWarning("not a database");
    QString error;
    QVERIFY(!Database::open(path, &error));
    QVERIFY2(error.contains(u"not a database"_s), qPrintable(error));

    // A parent "folder" that is a file.
    QString error2;
    expectWarning("Cannot create the database folder");
    QVERIFY(!Database::open(path + u"/inside.sqlite3"_s, &error2));
    QVERIFY(!error2.isEmpty());
}

void TestDatabase::foreignKeysEnforced()
{
    auto database = Database::openInMemory();
    QVERIFY(database->exec(u"CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                           "CREATE TABLE child (parent_id INTEGER REFERENCES parent (id))"_s));
    Statement insert = database->prepare(u"INSERT INTO child (parent_id) VALUES (?)"_s);
    QVERIFY(insert.bind(1, 42));
    expectWarning("FOREIGN KEY constraint failed");
    QVERIFY(!insert.exec());
    QCOMPARE(insert.errorCode(), SQLITE_CONSTRAINT);
}

void TestDatabase::text_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("type");
    QTest::newRow("null QString is NULL") << QString() << u"null"_s;
    QTest::newRow("empty") << u""_s << u"text"_s;
    QTest::newRow("ascii") << u"hello world"_s << u"text"_s;
    QTest::newRow("accents and CJK") << u"Grüße, 日本語, Ελληνικά"_s << u"text"_s;
    QTest::newRow("emoji (surrogate pairs)") << u"🤗 hugging 🚀"_s << u"text"_s;
    QTest::newRow("combining marks") << u"e\u0301 n\u0303"_s << u"text"_s;
    QTest::newRow("embedded NUL") << (u"before"_s + QChar(u'\0') + u"after"_s) << u"text"_s;
    QTest::newRow("quotes and SQL") << u"'; DROP TABLE t; --"_s << u"text"_s;
    QTest::newRow("1 MiB") << QString(1024 * 1024, u'z') << u"text"_s;
}

void TestDatabase::text()
{
    QFETCH(QString, value);
    QFETCH(QString, type);
    auto database = Database::openInMemory();
    Statement select = insertAndSelect(*database, value);
    QVERIFY2(!select.hasError(), qPrintable(select.error()));
    QCOMPARE(select.columnText(1), type);
    QCOMPARE(select.isNull(0), value.isNull());
    QCOMPARE(select.columnText(0).isNull(), value.isNull());
    QCOMPARE(select.columnText(0), value);
    QCOMPARE(select.columnText(0).size(), value.size());
}

void TestDatabase::blob_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("type");
    QByteArray allBytes;
    for (int i = 0; i < 256; ++i)
        allBytes.append(char(i));
    QTest::newRow("null QByteArray is NULL") << QByteArray() << u"null"_s;
    QTest::newRow("empty is a zero-length blob") << QByteArray("", 0) << u"blob"_s;
    QTest::newRow("NUL bytes") << QByteArray("\0a\0b\0\0", 6) << u"blob"_s;
    QTest::newRow("all 256 byte values") << allBytes << u"blob"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe\xc3") << u"blob"_s;
    QTest::newRow("4 MiB") << QByteArray(4 * 1024 * 1024, '\0') << u"blob"_s;
}

void TestDatabase::blob()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, type);
    auto database = Database::openInMemory();
    Statement select = insertAndSelect(*database, value);
    QVERIFY2(!select.hasError(), qPrintable(select.error()));
    QCOMPARE(select.columnText(1), type);
    QCOMPARE(select.isNull(0), value.isNull());
    QCOMPARE(select.columnBlob(0).isNull(), value.isNull());
    QCOMPARE(select.columnBlob(0).size(), value.size());
    QCOMPARE(select.columnBlob(0), value);
}

void TestDatabase::integers_data()
{
    QTest::addColumn<qint64>("value");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("minus one") << qint64(-1);
    QTest::newRow("beyond 32 bits") << (qint64(1) << 40);
    QTest::newRow("max") << std::numeric_limits<qint64>::max();
    QTest::newRow("min") << std::numeric_limits<qint64>::min();
}

void TestDatabase::integers()
{
    QFETCH(qint64, value);
    auto database = Database::openInMemory();
    Statement select = insertAndSelect(*database, value);
    QCOMPARE(select.columnText(1), u"integer"_s);
    QCOMPARE(select.columnInt64(0), value);
    if (value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max()) {
        Statement selectInt = insertAndSelect(*database, int(value));
        QCOMPARE(selectInt.columnInt(0), int(value));
    }
}

void TestDatabase::doubles_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("zero") << 0.0;
    QTest::newRow("negative fraction") << -0.5;
    QTest::newRow("pi") << 3.141592653589793;
    QTest::newRow("huge") << 1e300;
    QTest::newRow("tiny") << 5e-324;
}

void TestDatabase::doubles()
{
    QFETCH(double, value);
    auto database = Database::openInMemory();
    Statement select = insertAndSelect(*database, value);
    QCOMPARE(select.columnText(1), u"real"_s);
    QCOMPARE(select.columnDouble(0), value);
}

void TestDatabase::boolsAndNull()
{
    auto database = Database::openInMemory();
    Statement yes = insertAndSelect(*database, true);
    QCOMPARE(yes.columnText(1), u"integer"_s);
    QCOMPARE(yes.columnInt64(0), 1);
    Statement no = insertAndSelect(*database, false);
    QCOMPARE(no.columnInt64(0), 0);
    Statement null = insertAndSelect(*database, nullptr);
    QCOMPARE(null.columnText(1), u"null"_s);
    QVERIFY(null.isNull(0));
    QVERIFY(null.columnText(0).isNull());
    QVERIFY(null.columnBlob(0).isNull());
    QVERIFY(!null.columnDateTime(0).isValid());
    QCOMPARE(null.columnInt64(0), 0);
}

void TestDatabase::dateTime_data()
{
    QTest::addColumn<QDateTime>("value");
    QTest::newRow("UTC with ms") << QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30, 456), Qt::UTC);
    QTest::newRow("offset +02:00") << QDateTime(QDate(2024, 5, 1), QTime(12, 20, 30, 456), Qt::OffsetFromUTC, 7200);
    QTest::newRow("local time") << QDateTime(QDate(2023, 12, 31), QTime(23, 59, 59, 999), Qt::LocalTime);
    QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QTest::newRow("now") << QDateTime::currentDateTimeUtc();
}

void TestDatabase::dateTime()
{
    QFETCH(QDateTime, value);
    auto database = Database::openInMemory();
    Statement select = insertAndSelect(*database, value);
    QCOMPARE(select.columnText(1), u"text"_s);
    const QDateTime back = select.columnDateTime(0);
    QCOMPARE(back, value);
    QCOMPARE(back.toMSecsSinceEpoch(), value.toMSecsSinceEpoch());
    QCOMPARE(back.timeSpec(), Qt::UTC);

    Statement invalid = insertAndSelect(*database, QDateTime());
    QVERIFY(invalid.isNull(0));
}

void TestDatabase::dateTimeStoredAsUtcIsoText()
{
    auto database = Database::openInMemory();
    const QDateTime local(QDate(2024, 5, 1), QTime(12, 20, 30, 7), Qt::OffsetFromUTC, 7200);
    Statement select = insertAndSelect(*database, local);
    QCOMPARE(select.columnText(0), u"2024-05-01T10:20:30.007Z"_s);
}

void TestDatabase::namedParameters()
{
    auto database = Database::openInMemory();
    QVERIFY(database->exec(u"CREATE TABLE n (a, b, c)"_s));
    Statement insert = database->prepare(u"INSERT INTO n (a, b, c) VALUES (:alpha, @beta, $gamma)"_s);
    QVERIFY(insert.isValid());
    QCOMPARE(insert.parameterIndex(u":alpha"_s), 1);
    QCOMPARE(insert.parameterIndex(u"alpha"_s), 1); // bare name means ":name"
    QCOMPARE(insert.parameterIndex(u"@beta"_s), 2);
    QCOMPARE(insert.parameterIndex(u"$gamma"_s), 3);
    QVERIFY(insert.bind(u"alpha"_s, u"α"_s));
    QVERIFY(insert.bind(u"@beta"_s, QByteArray("\0b", 2)));
    QVERIFY(insert.bind(u"$gamma"_s, qint64(7)));
    QVERIFY(insert.exec());
    Statement select = database->prepare(u"SELECT a, b, c FROM n"_s);
    QVERIFY(select.step());
    QCOMPARE(select.columnText(0), u"α"_s);
    QCOMPARE(select.columnBlob(1), QByteArray("\0b", 2));
    QCOMPARE(select.columnInt64(2), 7);
    QVERIFY(!select.step());
    QVERIFY(!select.hasError());
}

void TestDatabase::lastInsertIdAndChanges()
{
    auto database = Database::openInMemory();
    QVERIFY(database->exec(u"CREATE TABLE r (id INTEGER PRIMARY KEY, v)"_s));
    Statement insert = database->prepare(u"INSERT INTO r (v) VALUES (?)"_s);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(insert.bind(1, i));
        QVERIFY(insert.exec());
        QCOMPARE(database->lastInsertId(), qint64(i + 1));
        QCOMPARE(database->changes(), 1);
    }
    QVERIFY(database->exec(u"UPDATE r SET v = 0"_s));
    QCOMPARE(database->changes(), 3);
}

void TestDatabase::statementIsReusableAndMovable()
{
    auto database = Database::openInMemory();
    QVERIFY(database->exec(u"CREATE TABLE r (v)"_s));
    Statement insert = database->prepare(u"INSERT INTO r (v) VALUES (?)"_s);
    Statement moved = std::move(insert);
    QVERIFY(!insert.isValid()); // NOLINT(bugprone-use-after-move): checking the moved-from state is the point
    QVERIFY(moved.isValid());
    for (int i = 0; i < 5; ++i) {
        QVERIFY(moved.bind(1, i));
        QVERIFY(moved.exec());
    }
    QCOMPARE(countRows(*database, u"r"_s), 5);

    Statement select = database->prepare(u"SELECT v FROM r ORDER BY v"_s);
    QVERIFY(select.step());
    QCOMPARE(select.columnInt(0), 0);
    select.reset();
    int rows = 0;
    while (select.step())
        ++rows;
    QCOMPARE(rows, 5);
    QCOMPARE(select.columnCount(), 1);
}

void TestDatabase::syntaxErrorIsReported()
{
    auto database = Database::openInMemory();
    expectWarning("syntax error");
    Statement broken = database->prepare(u"SELEC nonsense FROM"_s);
    QVERIFY(!broken.isValid());
    QVERIFY(broken.hasError());
    QVERIFY2(broken.error().contains(u"syntax error"_s), qPrintable(broken.error()));
    QCOMPARE(broken.errorCode(), SQLITE_ERROR);
    QVERIFY(database->lastError().contains(u"syntax error"_s));
    // Everything on an invalid statement fails quietly, without crashing.
    QVERIFY(!broken.bind(1, 1));
    QVERIFY(!broken.step());
    QVERIFY(!broken.exec());
    QVERIFY(broken.isNull(0));
    QVERIFY(broken.columnText(0).isNull());
    QCOMPARE(broken.columnInt64(0), 0);

    expectWarning("no such table");
    Statement missing = database->prepare(u"SELECT * FROM no_such_table"_s);
    QVERIFY(!missing.isValid());
    QVERIFY(missing.error().contains(u"no such table: no_such_table"_s));
}

void TestDatabase::constraintErrorIsReported()
{
    auto database = Database::openInMemory();
    QVERIFY(database->exec(u"CREATE TABLE u (k TEXT PRIMARY KEY NOT NULL)"_s));
    Statement insert = database->prepare(u"INSERT INTO u (k) VALUES (?)"_s);
    QVERIFY(insert.bind(1, u"one"_s));
    QVERIFY(insert.exec());
    expectWarning("UNIQUE constraint failed");
    QVERIFY(!insert.exec());
    QCOMPARE(insert.errorCode(), SQLITE_CONSTRAINT);
    QVERIFY(insert.error().contains(u"UNIQUE constraint failed: u.k"_s));
    QCOMPARE(database->lastErrorCode(), SQLITE_CONSTRAINT);
    // The statement recovers: a new value goes in.
    QVERIFY(insert.bind(1, u"two"_s));
    QVERIFY(insert.exec());
    QVERIFY(!insert.hasError());
    QCOMPARE(countRows(*database, u"u"_s), 2);
}

void TestDatabase::bindErrorsStopExecution()
{
    auto database = Database::openInMemory();
    QVERIFY(database->exec(u"CREATE TABLE b (v)"_s));
    Statement insert = database->prepare(u"INSERT INTO b (v) VALUES (:v)"_s);
    expectWarning("cannot bind parameter 2");
    QVERIFY(!insert.bind(2, 1));
    QCOMPARE(insert.errorCode(), SQLITE_RANGE);
    expectWarning("not running a statement with a failed bind");
    QVERIFY(!insert.exec());
    QCOMPARE(countRows(*database, u"b"_s), 0);

    Statement named = database->prepare(u"INSERT INTO b (v) VALUES (:v)"_s);
    expectWarning("no parameter named :nope");
    QVERIFY(!named.bind(u":nope"_s, 1));
    expectWarning("not running a statement with a failed bind");
    QVERIFY(!named.exec());
    named.clearBindings();
    QVERIFY(named.bind(u":v"_s, 1));
    QVERIFY(named.exec());
    QCOMPARE(countRows(*database, u"b"_s), 1);
}

void TestDatabase::multipleStatementsRefused()
{
    auto database = Database::openInMemory();
    QVERIFY(database->exec(u"CREATE TABLE m (v)"_s));
    expectWarning("more than one SQL statement");
    Statement two = database->prepare(u"INSERT INTO m VALUES (1); INSERT INTO m VALUES (2)"_s);
    QVERIFY(!two.isValid());
    QCOMPARE(countRows(*database, u"m"_s), 0);
    // Trailing whitespace and comments are fine.
    Statement one = database->prepare(u"INSERT INTO m VALUES (1);  -- a comment\n"_s);
    QVERIFY(one.isValid());
    QVERIFY(one.exec());
}

void TestDatabase::execReportsErrors()
{
    auto database = Database::openInMemory();
    QString error;
    expectWarning("no such table");
    QVERIFY(!database->exec(u"DELETE FROM nowhere"_s, &error));
    QVERIFY2(error.contains(u"no such table: nowhere"_s), qPrintable(error));
    QCOMPARE(database->lastError(), error);
    QCOMPARE(database->lastErrorCode(), SQLITE_ERROR);
}

namespace {
QStringList g_messages;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}
} // namespace

void TestDatabase::boundValuesNeverLogged()
{
    auto database = Database::openInMemory();
    QVERIFY(database->exec(u"CREATE TABLE s (token TEXT UNIQUE)"_s));
    const QString secret = u"hf_SECRETsecretSECRET"_s;
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    Statement insert = database->prepare(u"INSERT INTO s (token) VALUES (?)"_s);
    insert.bind(1, secret);
    insert.exec();
    insert.exec(); // UNIQUE violation, logged
    insert.bind(5, secret); // bind error, logged
    qInstallMessageHandler(previous);
    QVERIFY(g_messages.size() >= 2);
    for (const QString &message : std::as_const(g_messages)) {
        QVERIFY2(!message.contains(secret), qPrintable(message));
        QVERIFY2(message.contains(u"INSERT INTO s"_s) || message.contains(u"bind"_s), qPrintable(message));
    }
}

void TestDatabase::transactionRollsBackOnScopeExit()
{
    auto database = Database::openInMemory();
    QVERIFY(database->exec(u"CREATE TABLE t (v)"_s));
    {
        Transaction transaction(*database);
        QVERIFY(transaction.isActive());
        QVERIFY(database->exec(u"INSERT INTO t VALUES (1)"_s));
        QCOMPARE(countRows(*database, u"t"_s), 1);
    }
    QCOMPARE(countRows(*database, u"t"_s), 0);
    {
        Transaction transaction(*database);
        QVERIFY(database->exec(u"INSERT INTO t VALUES (1)"_s));
        QVERIFY(transaction.rollback());
        QVERIFY(!transaction.isActive());
    }
    QCOMPARE(countRows(*database, u"t"_s), 0);
}

void TestDatabase::transactionCommits()
{
    const QString path = m_dir.filePath(u"commit.sqlite3"_s);
    {
        auto database = Database::open(path, nullptr);
        QVERIFY(database);
        QVERIFY(database->exec(u"CREATE TABLE t (v)"_s));
        Transaction transaction(*database);
        QVERIFY(database->exec(u"INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)"_s));
        QString error;
        QVERIFY2(transaction.commit(&error), qPrintable(error));
        QVERIFY(!transaction.isActive());
    }
    auto reopened = Database::open(path, nullptr);
    QVERIFY(reopened);
    QCOMPARE(countRows(*reopened, u"t"_s), 2);
}

void TestDatabase::transactionCommitTwiceFails()
{
    auto database = Database::openInMemory();
    Transaction transaction(*database);
    QVERIFY(transaction.commit());
    QString error;
    QVERIFY(!transaction.commit(&error));
    QVERIFY(!error.isEmpty());

    // A nested BEGIN is refused with a clear error; the outer transaction is unaffected.
    Transaction outer(*database);
    QVERIFY(outer.isActive());
    expectWarning("cannot start a transaction within a transaction");
    Transaction inner(*database);
    QVERIFY(!inner.isActive());
    QVERIFY(inner.error().contains(u"within a transaction"_s));
    QVERIFY(outer.commit());
}

void TestDatabase::walReaderSeesSnapshotWhileWriterWrites()
{
    const QString path = m_dir.filePath(u"wal-read.sqlite3"_s);
    auto writer = Database::open(path, nullptr);
    auto reader = Database::open(path, nullptr);
    QVERIFY(writer && reader);
    QVERIFY(writer->exec(u"CREATE TABLE t (v); INSERT INTO t VALUES (1)"_s));

    Transaction transaction(*writer);
    QVERIFY(transaction.isActive());
    QVERIFY(writer->exec(u"INSERT INTO t VALUES (2)"_s));
    // The reader is not blocked by the open write transaction and sees the committed state.
    QCOMPARE(countRows(*reader, u"t"_s), 1);
    QVERIFY(transaction.commit());
    QCOMPARE(countRows(*reader, u"t"_s), 2);
}

void TestDatabase::walWriterCommitsWhileReaderReads()
{
    const QString path = m_dir.filePath(u"wal-write.sqlite3"_s);
    auto writer = Database::open(path, nullptr);
    auto reader = Database::open(path, nullptr);
    QVERIFY(writer && reader);
    QVERIFY(writer->exec(u"CREATE TABLE t (v); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)"_s));

    // A read transaction stays open while the statement is mid-way; in rollback-journal mode the writer's COMMIT
    // would now fail with SQLITE_BUSY.
    Statement scan = reader->prepare(u"SELECT v FROM t ORDER BY v"_s);
    QVERIFY(scan.step());
    sqlite3_busy_timeout(writer->handle(), 0); // fail fast instead of waiting if this were not WAL
    QVERIFY(writer->exec(u"INSERT INTO t VALUES (3)"_s));
    int seen = 1;
    while (scan.step())
        ++seen;
    QVERIFY(!scan.hasError());
    QCOMPARE(seen, 2); // the reader's snapshot predates the insert
    QCOMPARE(countRows(*reader, u"t"_s), 3);
}

void TestDatabase::walConcurrentThreads()
{
    const QString path = m_dir.filePath(u"wal-threads.sqlite3"_s);
    {
        auto setup = Database::open(path, nullptr);
        QVERIFY(setup);
        QVERIFY(setup->exec(u"CREATE TABLE t (v)"_s));
    }
    constexpr int Rows = 200;
    std::atomic<bool> writerDone = false;
    std::atomic<int> writerFailures = 0;
    std::atomic<int> readerFailures = 0;
    std::atomic<int> reads = 0;

    // One connection per thread, as the class comment demands.
    std::thread writerThread([&] {
        auto database = Database::open(path, nullptr);
        if (!database) {
            ++writerFailures;
            writerDone = true;
            return;
        }
        for (int i = 0; i < Rows; ++i) {
            Transaction transaction(*database);
            Statement insert = database->prepare(u"INSERT INTO t (v) VALUES (?)"_s);
            insert.bind(1, i);
            if (!transaction.isActive() || !insert.exec() || !transaction.commit())
                ++writerFailures;
        }
        writerDone = true;
    });
    std::thread readerThread([&] {
        auto database = Database::open(path, nullptr);
        if (!database) {
            ++readerFailures;
            return;
        }
        qint64 last = 0;
        while (!writerDone) {
            const qint64 count = countRows(*database, u"t"_s);
            if (count < last)
                ++readerFailures;
            last = count;
            ++reads;
        }
    });
    writerThread.join();
    readerThread.join();
    QCOMPARE(writerFailures.load(), 0);
    QCOMPARE(readerFailures.load(), 0);
    QVERIFY(reads.load() > 0);
    auto check = Database::open(path, nullptr);
    QCOMPARE(countRows(*check, u"t"_s), Rows);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
