// SPDX-License-Identifier: GPL-3.0-or-later
// The SSE parser against the 38 WHATWG/wpt/openai-python conformance cases and every recorded inference stream, fed as
// recorded, byte by byte, and at 200 random split points per stream; plus the NDJSON splitter.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include "app/net/sseparser.h"
#include "tests/support/fixtures.h"

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    QList<SseEvent> events;
    int retryMs = -1;
};

Outcome parseChunks(const QList<QByteArray> &chunks)
{
    SseParser parser;
    Outcome outcome;
    for (const QByteArray &chunk : chunks)
        outcome.events.append(parser.feed(chunk));
    parser.finish();
    outcome.retryMs = parser.reconnectionTimeMs();
    return outcome;
}

QList<QByteArray> bytewise(const QByteArray &all)
{
    QList<QByteArray> chunks;
    for (const char c : all)
        chunks.append(QByteArray(1, c));
    return chunks;
}

// `count` cut points drawn at random (with repeats, so empty chunks happen too).
QList<QByteArray> randomSplit(const QByteArray &all, int count, QRandomGenerator &random)
{
    QList<qsizetype> cuts;
    for (int i = 0; i < count; ++i)
        cuts.append(all.isEmpty() ? 0 : qsizetype(random.bounded(int(all.size()) + 1)));
    std::sort(cuts.begin(), cuts.end());
    QList<QByteArray> chunks;
    qsizetype previous = 0;
    for (const qsizetype cut : cuts) {
        chunks.append(all.mid(previous, cut - previous));
        previous = cut;
    }
    chunks.append(all.mid(previous));
    return chunks;
}

QList<SseEvent> expectedEvents(const QJsonArray &array)
{
    QList<SseEvent> events;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        events.append({object.value("type"_L1).toString(), object.value("data"_L1).toString(),
            object.value("lastEventId"_L1).toString()});
    }
    return events;
}

bool sameEvents(const QList<SseEvent> &actual, const QList<SseEvent> &expected, QString *why)
{
    if (actual.size() != expected.size()) {
        *why = u"%1 events, expected %2"_s.arg(actual.size()).arg(expected.size());
        return false;
    }
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const SseEvent &a = actual.at(i);
        const SseEvent &e = expected.at(i);
        if (a.type != e.type || a.data != e.data || a.lastEventId != e.lastEventId) {
            *why = u"event %1: got (%2, %3, %4), expected (%5, %6, %7)"_s.arg(i).arg(
                a.type, a.data.left(120), a.lastEventId, e.type, e.data.left(120), e.lastEventId);
            return false;
        }
    }
    return true;
}

} // namespace

class TestSseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conformance_data();
    void conformance();
    void recordedStreams_data();
    void recordedStreams();
    void crAtChunkEndThenLf();
    void finishReportsDiscardedTail();
    void bomSplitAcrossChunks();
    void ndjson();
};

void TestSseParser::conformance_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QJsonArray>("expected");
    QTest::addColumn<int>("retryMs");
    const QJsonObject root = QJsonDocument::fromJson(Fixtures::read(u"sse/sse_conformance_cases.json"_s)).object();
    const QJsonArray cases = root.value("cases"_L1).toArray();
    QCOMPARE(cases.size(), 38);
    for (const QJsonValue &value : cases) {
        const QJsonObject object = value.toObject();
        QList<QByteArray> chunks;
        for (const QJsonValue &chunk : object.value("chunks_b64"_L1).toArray())
            chunks.append(QByteArray::fromBase64(chunk.toString().toLatin1()));
        const QJsonValue retry = object.value("expected_reconnection_time_ms"_L1);
        QTest::newRow(qPrintable(object.value("name"_L1).toString()))
            << chunks << object.value("expected_events"_L1).toArray() << (retry.isDouble() ? retry.toInt() : -1);
    }
}

void TestSseParser::conformance()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QJsonArray, expected);
    QFETCH(int, retryMs);
    const QList<SseEvent> expectedList = expectedEvents(expected);
    const QByteArray all = chunks.join();

    QString why;
    Outcome asRecorded = parseChunks(chunks);
    QVERIFY2(sameEvents(asRecorded.events, expectedList, &why), qPrintable(u"as recorded: "_s + why));
    QCOMPARE(asRecorded.retryMs, retryMs);
    QVERIFY2(sameEvents(parseChunks(bytewise(all)).events, expectedList, &why), qPrintable(u"bytewise: "_s + why));
    QRandomGenerator random(42);
    for (int round = 0; round < 50; ++round) {
        const Outcome split = parseChunks(randomSplit(all, 1 + round % 7, random));
        QVERIFY2(sameEvents(split.events, expectedList, &why), qPrintable(u"split round %1: "_s.arg(round) + why));
        QCOMPARE(split.retryMs, retryMs);
    }
}

void TestSseParser::recordedStreams_data()
{
    QTest::addColumn<QString>("fixture");
    const QStringList files = Fixtures::list(u"inference"_s, u"*.sse"_s);
    QVERIFY(files.size() >= 25);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestSseParser::recordedStreams()
{
    QFETCH(QString, fixture);
    const QByteArray body = Fixtures::read(fixture);
    QVERIFY(!body.isEmpty());
    const QJsonObject expectation = QJsonDocument::fromJson(Fixtures::read(fixture + u".expected.json"_s)).object();
    const QList<SseEvent> expected = expectedEvents(expectation.value("events"_L1).toArray());
    QCOMPARE(qsizetype(expectation.value("result"_L1).toObject().value("sse_events"_L1).toInt()), expected.size());
    const QString discardedLine = expectation.value("result"_L1)
                                      .toObject()
                                      .value("discarded_trailing"_L1)
                                      .toObject()
                                      .value("discarded_trailing_line"_L1)
                                      .toString();

    QString why;
    SseParser whole;
    QList<SseEvent> events = whole.feed(body);
    QCOMPARE(whole.finish(), !discardedLine.isEmpty());
    QVERIFY2(sameEvents(events, expected, &why), qPrintable(why));
    QVERIFY2(sameEvents(parseChunks(bytewise(body)).events, expected, &why), qPrintable(u"bytewise: "_s + why));
    QRandomGenerator random(7);
    for (int round = 0; round < 200; ++round) {
        QVERIFY2(sameEvents(parseChunks(randomSplit(body, 1 + int(random.bounded(40)), random)).events, expected, &why),
            qPrintable(u"split round %1: "_s.arg(round) + why));
    }
}

void TestSseParser::crAtChunkEndThenLf()
{
    SseParser parser;
    QVERIFY(parser.feed("data: a\r").isEmpty());
    QVERIFY(parser.feed("\n").isEmpty()); // the LF completes the CRLF, it is not an empty line
    const QList<SseEvent> events = parser.feed("\r\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, u"a"_s);
}

void TestSseParser::finishReportsDiscardedTail()
{
    SseParser complete;
    complete.feed("data: x\n\n");
    QVERIFY(!complete.finish());

    SseParser open;
    QCOMPARE(open.feed("data: x\n\ndata: y\n").size(), 1);
    QVERIFY(open.finish());

    SseParser partialLine;
    partialLine.feed("data: {\"a\":");
    QVERIFY(partialLine.finish());
}

void TestSseParser::bomSplitAcrossChunks()
{
    SseParser parser;
    QVERIFY(parser.feed("\xEF").isEmpty());
    QVERIFY(parser.feed("\xBB").isEmpty());
    const QList<SseEvent> events = parser.feed("\xBF"
                                               "data:1\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, u"1"_s);
}

void TestSseParser::ndjson()
{
    const QByteArray body = Fixtures::read(u"inference/docs_ollama_api_generate_stream.ndjson"_s);
    QVERIFY(!body.isEmpty());
    NdjsonSplitter whole;
    QList<QByteArray> expected = whole.feed(body);
    const QByteArray tail = whole.finish();
    if (!tail.isEmpty())
        expected.append(tail);
    QVERIFY(expected.size() >= 2);
    for (const QByteArray &line : expected)
        QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());

    QRandomGenerator random(3);
    for (int round = 0; round < 200; ++round) {
        NdjsonSplitter splitter;
        QList<QByteArray> lines;
        for (const QByteArray &chunk : randomSplit(body, 1 + int(random.bounded(20)), random))
            lines.append(splitter.feed(chunk));
        const QByteArray last = splitter.finish();
        if (!last.isEmpty())
            lines.append(last);
        QCOMPARE(lines, expected);
    }

    NdjsonSplitter crlf;
    QCOMPARE(crlf.feed("{\"a\":1}\r\n\r\n{\"b\":"), QList<QByteArray>{"{\"a\":1}"});
    QCOMPARE(crlf.finish(), QByteArray("{\"b\":"));
}

QTEST_APPLESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
