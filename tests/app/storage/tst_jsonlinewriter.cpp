// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "app/storage/database.h"
#include "app/storage/jsonlinewriter.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "app/storage/sessionexchange.h"
#include "app/storage/sessionjson.h"
#include "app/storage/statement.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray qtJson(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

// Text that JSON escaping and UTF-8 conversion get wrong easily.
QStringList awkwardTexts()
{
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    controls += QChar(0x7f);
    QString longText;
    for (int i = 0; longText.size() < 200000; ++i)
        longText += u"word %1 \"q\" \\ é ✓ 😀\n\t"_s.arg(i);
    return {QString(), u"plain"_s, u"say \"hi\" \\ back\\slash / and \\\" both"_s, controls,
        u"line one\nline two\r\nthen\ttab\b\f"_s, u"é ✓ 中文 🦓😀 Ω"_s,
        QString(QChar(0xd800)) + u"lone high at the start"_s, u"lone low at the end"_s + QChar(0xdc00),
        u"reversed "_s + QChar(0xdc00) + QChar(0xd800) + u" pair"_s, QString(QChar(0xd83d)) + u"x"_s,
        QString(QChar(0xfeff)) + u"byte order mark first"_s, u"noncharacters "_s + QChar(0xfffe) + QChar(0xffff),
        longText};
}

QString withoutUserInfo(const QString &url)
{
    return url.contains(u'@') ? QUrl(url).toString(QUrl::RemoveUserInfo) : url;
}

// The run lines as the export wrote them before JsonLineWriter: SessionJson objects serialised by QJsonDocument, the
// rows read as the old cursor read them (one judgment query per run).
QList<QByteArray> referenceLines(Database &database, qint64 sessionId, const QString &sessionUid)
{
    QList<QByteArray> lines;
    Statement runs = database.prepare(u"SELECT %1, (SELECT p.uid FROM prompts p WHERE p.id = r.prompt_id), "
                                      "(SELECT q.uid FROM runs q WHERE q.id = r.parent_run_id) FROM runs r "
                                      "WHERE session_id = ?1 ORDER BY id"_s.arg(RunStore::runColumns()));
    runs.bind(1, sessionId);
    Statement prompt = database.prepare(u"SELECT %1 FROM prompts WHERE id = ?1"_s.arg(RunStore::promptColumns()));
    Statement judgments = database.prepare(
        u"SELECT %1 FROM judgments WHERE run_id = ?1 ORDER BY reviewer, id"_s.arg(JudgmentStore::judgmentColumns()));
    Statement pairs = database.prepare(u"SELECT %1, (SELECT uid FROM runs WHERE id = p.run_a), "
                                       "(SELECT uid FROM runs WHERE id = p.run_b) FROM pair_judgments p "
                                       "WHERE session_id = ?1 ORDER BY id"_s.arg(JudgmentStore::pairColumns()));
    pairs.bind(1, sessionId);
    QMultiHash<qint64, QJsonObject> pairsByRun;
    while (pairs.step()) {
        const PairJudgment pair = JudgmentStore::pairFromRow(pairs);
        QJsonObject object = SessionJson::pair(pair);
        object.insert(u"run_a_uid"_s, pairs.columnText(pairs.columnCount() - 2));
        object.insert(u"run_b_uid"_s, pairs.columnText(pairs.columnCount() - 1));
        pairsByRun.insert(pair.runA, object);
        pairsByRun.insert(pair.runB, object);
    }
    const auto compact = [](const auto &json) {
        return QJsonDocument(json).toJson(QJsonDocument::Compact);
    };
    while (runs.step()) {
        StoredRun run = RunStore::runFromRow(runs);
        run.endpointUrl = withoutUserInfo(run.endpointUrl);
        prompt.bind(1, run.promptId);
        if (!prompt.step())
            return {};
        const StoredPrompt storedPrompt = RunStore::promptFromRow(prompt);
        prompt.reset();
        QJsonObject runObject = SessionJson::run(run);
        runObject.insert(u"prompt_uid"_s, runs.columnText(runs.columnCount() - 2));
        const QString parentUid = runs.columnText(runs.columnCount() - 1);
        runObject.insert(u"parent_run_uid"_s, parentUid.isEmpty() ? QJsonValue() : QJsonValue(parentUid));
        QJsonArray judgmentArray;
        judgments.bind(1, run.id);
        while (judgments.step()) {
            QJsonObject object = SessionJson::judgment(JudgmentStore::judgmentFromRow(judgments));
            object.insert(u"run_uid"_s, run.uid);
            judgmentArray.append(object);
        }
        judgments.reset();
        QList<QJsonObject> runPairs = pairsByRun.values(run.id);
        std::sort(runPairs.begin(), runPairs.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"id"_s).toInteger() < b.value(u"id"_s).toInteger();
        });
        QJsonArray pairArray;
        for (const QJsonObject &pair : std::as_const(runPairs))
            pairArray.append(pair);
        lines.append("{\"record\":\"run\",\"session_uid\":" + qtJson(sessionUid).mid(1).chopped(1)
            + ",\"prompt\":" + compact(SessionJson::prompt(storedPrompt)) + ",\"run\":" + compact(runObject)
            + ",\"judgments\":" + compact(judgmentArray) + ",\"pairwise\":" + compact(pairArray) + "}\n");
    }
    return lines;
}

} // namespace

class TestJsonLineWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void strings_data();
    void strings();
    void utf8Strings_data();
    void utf8Strings();
    void numbers_data();
    void numbers();
    void nestedValues();
    void exportMatchesSessionJson();
};

void TestJsonLineWriter::init()
{
    TestUtils::failOnUnexpectedWarnings();
}

void TestJsonLineWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    const QStringList texts = awkwardTexts();
    for (qsizetype i = 0; i < texts.size(); ++i)
        QTest::addRow("text %d", int(i)) << texts.at(i);
}

// Byte for byte what QJsonDocument writes, and it reads back as the same string (lone surrogates included).
void TestJsonLineWriter::strings()
{
    QFETCH(QString, text);
    QByteArray out;
    JsonLineWriter json(&out);
    json.beginArray();
    json.string(text);
    json.endArray();
    QCOMPARE(out, qtJson(text));
    // (QJsonDocument's reader drops a byte order mark at the start of a string.)
    if (!text.startsWith(QChar(0xfeff)))
        QCOMPARE(QJsonDocument::fromJson(out).array().at(0).toString(), text);
}

void TestJsonLineWriter::utf8Strings_data()
{
    QTest::addColumn<QByteArray>("utf8");
    const QStringList texts = awkwardTexts();
    for (qsizetype i = 0; i < texts.size(); ++i)
        QTest::addRow("text %d", int(i)) << texts.at(i).toUtf8();
    QTest::newRow("byte order mark alone") << QByteArray("\xef\xbb\xbf");
    QTest::newRow("byte order mark twice") << QByteArray("\xef\xbb\xbf\xef\xbb\xbfx");
    QTest::newRow("encoded surrogate") << QByteArray("a\xed\xa0\x80z");
    QTest::newRow("overlong") << QByteArray("a\xc0\x80z\xe0\x80\xafy");
    QTest::newRow("beyond U+10FFFF") << QByteArray("a\xf4\x90\x80\x80z");
    QTest::newRow("cut short") << QByteArray("abc\xe2\x9c");
    QTest::newRow("stray continuation") << QByteArray("\x80\xbf ok");
    QTest::newRow("latin-1") << QByteArray("caf\xe9 na\xefve");
    QTest::newRow("noncharacter") << QByteArray("x\xef\xbf\xbe\xef\xb7\x90y");
    QTest::newRow("nul inside") << QByteArray("a\0b", 3);
}

// SQLite's bytes give what the QString SQLite's bytes decode to gives.
void TestJsonLineWriter::utf8Strings()
{
    QFETCH(QByteArray, utf8);
    QByteArray out;
    JsonLineWriter json(&out);
    json.beginArray();
    json.utf8String(utf8);
    json.endArray();
    QCOMPARE(out, qtJson(QString::fromUtf8(utf8)));
}

void TestJsonLineWriter::numbers_data()
{
    QTest::addColumn<double>("value");
    const double values[] = {0.0, -0.0, 1.0, -1.0, 0.7, 0.1 + 0.2, 1e-7, 0.0001, 99999.0, 100000.0, -100000.0,
        123456.789, 1234567.0, 1e15, 1e16, 1e20, 1e21, 1.5e300, -1.5e300, 5e-324, std::numeric_limits<double>::max(),
        std::numeric_limits<double>::lowest(), 9007199254740992.0, -9007199254740992.0, 9007199254740994.0, -1e15, 1e17,
        60.5, 900.125, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
        -std::numeric_limits<double>::infinity()};
    for (const double value : values)
        QTest::addRow("%.17g", value) << value;
}

void TestJsonLineWriter::numbers()
{
    QFETCH(double, value);
    QByteArray out;
    JsonLineWriter json(&out);
    json.beginArray();
    json.number(value);
    json.integer(qint64(std::isfinite(value) && std::fabs(value) < 9e18 ? value : 0));
    json.endArray();
    const qint64 whole = qint64(std::isfinite(value) && std::fabs(value) < 9e18 ? value : 0);
    QCOMPARE(out, QJsonDocument(QJsonArray{value, whole}).toJson(QJsonDocument::Compact));
}

void TestJsonLineWriter::nestedValues()
{
    const QJsonObject object{{u"b"_s, 1e16}, {u"a"_s, qint64(9007199254740993)},
        {u"min"_s, std::numeric_limits<qint64>::min()}, {u"max"_s, std::numeric_limits<qint64>::max()},
        {u"c"_s, QJsonArray{0.1, -0.0, true, false, QJsonValue(), QJsonObject{}, QJsonArray{}}},
        {u"key \"quoted\"\n"_s, QJsonObject{{QString(QChar(0xd800)), u"lone"_s}}}, {u"s"_s, awkwardTexts().at(3)}};
    QByteArray out;
    JsonLineWriter json(&out);
    json.beginArray();
    json.object(object);
    json.array(object.value(u"c"_s).toArray());
    json.value(object);
    json.raw("{\"x\":1}");
    json.null();
    json.endArray();
    QCOMPARE(out,
        QJsonDocument(QJsonArray{object, object.value(u"c"_s), object, QJsonObject{{u"x"_s, 1}}, QJsonValue()})
            .toJson(QJsonDocument::Compact));
}

// Every run line of an export parses to the same object as the line QJsonDocument made from SessionJson's objects,
// and is in fact the same bytes: awkward text, rows the app would not write (bad UTF-8, foreign times, broken JSON),
// missing and extreme numbers.
void TestJsonLineWriter::exportMatchesSessionJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    std::unique_ptr<Database> database = Database::open(dir.filePath(u"hublens.sqlite3"_s), &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY(database->exec(u"INSERT INTO sessions (name, created_at, uid, settings) VALUES ('Awkward', "
                           "'2026-03-14T09:00:00.000Z', 'session\"uid', '{}')"_s));
    const qint64 session = database->lastInsertId();
    const QStringList texts = awkwardTexts();

    Statement addPrompt = database->prepare(
        u"INSERT INTO prompts (session_id, text, system_prompt, source, created_at, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s);
    const auto prompt = [&](const QString &text, const QString &system, const QString &source, const QString &created,
                            const QString &uid) {
        addPrompt.bind(1, session);
        addPrompt.bind(2, text.isNull() ? u""_s : text);
        addPrompt.bind(3, system);
        addPrompt.bind(4, source);
        addPrompt.bind(5, created);
        addPrompt.bind(6, uid);
        return addPrompt.exec() ? database->lastInsertId() : 0;
    };
    const qint64 firstPrompt = prompt(texts.at(2), QString(),
        u"{\"kind\":\"dataset\",\"row\":17,\"nested\":"
        "{\"x\":[1,2.5,\"\\ud800\"]}}"_s,
        u"2026-03-14T09:00:01.000Z"_s, u"prompt-1"_s);
    const qint64 secondPrompt =
        prompt(texts.at(4), texts.at(5), u"not json"_s, u"2026-03-14 09:00:02"_s, u"prompt-2-✓"_s);
    QVERIFY(firstPrompt > 0 && secondPrompt > 0);

    Statement insertRun = database->prepare(RunStore::insertRunSql());
    QList<qint64> runs;
    const auto addRun = [&](const StoredRun &run) {
        RunStore::bindRun(insertRun, run);
        if (insertRun.exec())
            runs.append(database->lastInsertId());
    };
    for (qsizetype i = 0; i < texts.size(); ++i) {
        StoredRun run;
        run.sessionId = session;
        run.promptId = i % 3 == 2 ? secondPrompt : firstPrompt; // the prompt changes back and forth
        run.parentRunId = runs.isEmpty() || i % 2 ? 0 : runs.last();
        run.endpointName = texts.at(i).isNull() ? u""_s : texts.at(i);
        run.endpointKind = u"openai"_s;
        run.endpointUrl = i % 4 == 1 ? u"https://user:secret@example.org/v1"_s : u"http://127.0.0.1:8080/v1"_s;
        run.model = texts.at((i + 1) % texts.size()).isNull() ? u""_s : texts.at((i + 1) % texts.size());
        run.revision = texts.at((i + 2) % texts.size());
        run.params.temperature = i % 2 ? 0.7 : 1e-7;
        if (i % 3 == 0) {
            run.params.topP = 0.95;
            run.params.maxTokens = 512;
            run.params.seed = std::numeric_limits<qint64>::max() - i;
            run.params.stop = {texts.at(i), u"\n\n"_s};
        }
        run.messages = {{u"system"_s, texts.at((i + 3) % texts.size())}, {u"user"_s, texts.at(i)}};
        run.startedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 5, 7, int(i)), Qt::UTC);
        RunResult &r = run.result;
        r.status = i % 2 ? RunStatus::Succeeded : RunStatus::Truncated;
        r.text = texts.at(i);
        r.reasoning = texts.at((i + 4) % texts.size());
        r.finishReason = i % 2 ? u"stop"_s : QString();
        r.errorKind = i % 5 == 0 ? u"http"_s : QString();
        r.errorMessage = i % 3 == 0 ? texts.at(i) : QString();
        r.provider = texts.at((i + 5) % texts.size());
        r.servedModel = texts.at((i + 6) % texts.size());
        r.httpStatus = i % 2 ? 200 : 503;
        r.firstByteMs = i % 4 == 0 ? -1 : 80.5;
        r.ttftMs = 120.2500001 * double(i);
        r.totalMs = i == 3 ? 1e20 : 900.125 + double(i);
        r.waitedMs = i * 1000;
        r.usage.promptTokens = i % 3 == 0 ? -1 : 40;
        r.completionTokens = i * 1000000000LL;
        r.usageReported = i % 2;
        r.tokensPerSecond = 0.1 + 0.2;
        if (i % 2)
            r.costUsd = i == 1 ? 1.5e300 : -0.000125;
        r.attempts = int(i);
        if (i % 3 == 1)
            r.serverMetrics = QJsonObject{{u"big"_s, 1e16}, {u"exact"_s, qint64(9007199254740993)},
                {u"text"_s, texts.at(i)}, {u"list"_s, QJsonArray{0.1, true, QJsonValue()}}};
        run.uid = u"run-%1"_s.arg(i);
        addRun(run);
    }
    QCOMPARE(runs.size(), texts.size());

    // Rows the app would not write itself: foreign or invalid times, broken JSON, bad UTF-8, odd numbers.
    const auto update = [&](qint64 id, const QString &assignment, const auto &value) {
        Statement statement = database->prepare(u"UPDATE runs SET %1 = ?2 WHERE id = ?1"_s.arg(assignment));
        statement.bind(1, id);
        statement.bind(2, value);
        return statement.exec();
    };
    QVERIFY(update(runs[0], u"started_at"_s, u"2026-03-14T11:05:07+02:00"_s));
    QVERIFY(update(runs[1], u"started_at"_s, u"2026-02-30T09:05:07.000Z"_s));
    QVERIFY(update(runs[2], u"started_at"_s, u"0999-03-14T09:05:07.000Z"_s));
    QVERIFY(update(runs[3], u"started_at"_s, u"2026-03-14T23:59:60.000Z"_s));
    QVERIFY(update(runs[0], u"text"_s, QByteArray("bad \xff\xfe utf-8 \xc0\x80")));
    QVERIFY(update(runs[1], u"model"_s, QByteArray("\xef\xbb\xbf")));
    QVERIFY(update(runs[1], u"provider"_s, QByteArray("\xef\xbb\xbf")));
    QVERIFY(update(runs[2], u"error"_s, QByteArray("\xef\xbb\xbf")));
    QVERIFY(update(runs[2], u"error_kind"_s, nullptr));
    QVERIFY(update(runs[0], u"params"_s, u"not json"_s));
    QVERIFY(update(runs[1], u"params"_s, u"{\"temperature\":\"hot\",\"max_tokens\":1e20,\"stop\":[1,\"x\"]}"_s));
    QVERIFY(update(runs[0], u"messages"_s, u"[{\"role\":1,\"content\":\"\\ud800x\"},\"str\",{}]"_s));
    QVERIFY(update(runs[1], u"messages"_s, u"{}"_s));
    QVERIFY(update(runs[0], u"server_metrics"_s, u"[1,2]"_s));
    QVERIFY(update(runs[2], u"server_metrics"_s, u"{\"lone\":\"\\udc00\",\"n\":-0.0,\"e\":1e-7}"_s));
    QVERIFY(update(runs[0], u"status"_s, u"weird"_s));
    QVERIFY(update(runs[0], u"ttft_ms"_s, std::numeric_limits<double>::infinity()));
    QVERIFY(update(runs[1], u"total_ms"_s, -5.0));
    QVERIFY(update(runs[2], u"tokens_per_s"_s, 1e300));
    QVERIFY(update(runs[3], u"cost_usd"_s, -std::numeric_limits<double>::infinity()));
    QVERIFY(update(runs[4], u"cost_usd"_s, -0.0));
    QVERIFY(update(runs[0], u"prompt_tokens"_s, qint64(-3)));
    QVERIFY(update(runs[0], u"usage_reported"_s, qint64(5)));
    QVERIFY(update(runs[0], u"http_status"_s, qint64(-1)));
    QVERIFY(update(runs[0], u"waited_ms"_s, nullptr));
    QVERIFY(update(runs[0], u"attempts"_s, nullptr));

    Statement addJudgment = database->prepare(
        u"INSERT INTO judgments (uid, session_id, run_id, reviewer, rating, labels, note, flagged, created_at, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"_s);
    int judgmentCount = 0;
    const auto judgment = [&](qint64 run, const QString &reviewer, const QVariant &rating, const QString &labels,
                              const QString &note, const QString &created) {
        addJudgment.bind(1, u"judgment-%1"_s.arg(++judgmentCount));
        addJudgment.bind(2, session);
        addJudgment.bind(3, run);
        addJudgment.bind(4, reviewer);
        if (rating.isValid())
            addJudgment.bind(5, rating.toInt());
        else
            addJudgment.bind(5, nullptr);
        addJudgment.bind(6, labels);
        addJudgment.bind(7, note);
        addJudgment.bind(8, judgmentCount % 2 == 0);
        addJudgment.bind(9, created);
        addJudgment.bind(10, u"2026-03-14T10:00:00.000Z"_s);
        return addJudgment.exec();
    };
    // Reviewers out of order and several runs without any: the merged pass must keep each run's own, by reviewer.
    QVERIFY(judgment(runs[0], u"Zoe"_s, 5, u"[]"_s, texts.at(3), u"2026-03-14T10:00:00.000Z"_s));
    QVERIFY(judgment(runs[0], u"Ana"_s, QVariant(), u"[\"a\\u0000b\",3,\"😀\",\"\\ud800\"]"_s, texts.at(6),
        u"2026-03-14T12:00:00+02:00"_s));
    QVERIFY(judgment(runs[2], texts.at(5), -7, u"{}"_s, QString(QChar(0xfeff)), u"2026-02-30T10:00:00.000Z"_s));
    QVERIFY(judgment(runs[5], u"Ben"_s, 3, u"not json"_s, QString(), u"2026-03-14T10:00:00.000Z"_s));
    QVERIFY(judgment(runs.last(), u"Ben"_s, 1, u"[\"concise\"]"_s, texts.last(), u"2026-03-14T10:00:00.000Z"_s));
    Statement addPair = database->prepare(
        u"INSERT INTO pair_judgments (uid, session_id, run_a, run_b, reviewer, outcome, reason, blind, created_at, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '2026-03-14T10:00:00.000Z', ?9)"_s);
    const auto pair = [&](const QString &uid, qint64 a, qint64 b, const QString &outcome, const QString &reason) {
        addPair.bind(1, uid);
        addPair.bind(2, session);
        addPair.bind(3, a);
        addPair.bind(4, b);
        addPair.bind(5, texts.at(2));
        addPair.bind(6, outcome);
        addPair.bind(7, reason);
        addPair.bind(8, uid.size() % 2 == 0);
        addPair.bind(9, u"2026-03-14T12:00:00+02:00"_s);
        return addPair.exec();
    };
    QVERIFY(pair(u"pair-2"_s, runs[0], runs[3], u"both-bad"_s, texts.at(5)));
    QVERIFY(pair(u"pair-1"_s, runs[0], runs[1], u"a"_s, QString()));
    QVERIFY(pair(u"pair-10"_s, runs[1], runs.last(), u"tie"_s, texts.last()));

    const QList<QByteArray> expected = referenceLines(*database, session, u"session\"uid"_s);
    QCOMPARE(expected.size(), runs.size());
    SessionExchange exchange(*database);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY2(exchange.exportJsonl(session, &buffer), qPrintable(exchange.lastError()));
    QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // every line ends in a newline
    QCOMPARE(lines.size(), expected.size() + 1); // the header first
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QByteArray line = lines.at(i + 1) + '\n';
        QJsonParseError parseError;
        const QJsonObject fast = QJsonDocument::fromJson(line, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonObject reference = QJsonDocument::fromJson(expected.at(i)).object();
        QVERIFY(!reference.isEmpty());
        if (fast != reference) {
            for (const QString &key : reference.keys()) {
                if (fast.value(key) != reference.value(key))
                    qInfo().noquote() << "line" << i + 2 << "differs in" << key;
            }
        }
        QCOMPARE(fast, reference);
        QCOMPARE(line, expected.at(i));
    }
}

QTEST_GUILESS_MAIN(TestJsonLineWriter)
#include "tst_jsonlinewriter.moc"
