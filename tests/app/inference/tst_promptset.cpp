// SPDX-License-Identifier: GPL-3.0-or-later
// Prompt sets: CSV (RFC 4180 quoting, CRLF, embedded newlines), JSON Lines, typed lists and dataset rows; templates
// filled from columns; the source of every prompt.
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "app/hub/hubtypes.h"
#include "app/inference/promptset.h"
#include "tests/support/testutils.h"

using namespace Qt::StringLiterals;

class TestPromptSet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        TestUtils::failOnUnexpectedWarnings();
    }

    void csv_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QString>("error");
        QTest::newRow("plain") << QByteArray("id,text\n1,Hello\n2,World\n") << QStringList{u"Hello"_s, u"World"_s}
                               << QList<int>{2, 3} << QString();
        QTest::newRow("CRLF and no final newline")
            << QByteArray("id,text\r\n1,Hello\r\n2,World") << QStringList{u"Hello"_s, u"World"_s} << QList<int>{2, 3}
            << QString();
        QTest::newRow("quotes, commas and a newline inside a field")
            << QByteArray("id,text\n1,\"Say \"\"hi\"\", then\nwave\"\n2,\"a,b\"\n")
            << QStringList{u"Say \"hi\", then\nwave"_s, u"a,b"_s} << QList<int>{2, 4} << QString();
        QTest::newRow("UTF-8 with a BOM, blank lines skipped")
            << QByteArray("\xEF\xBB\xBFtext\n\nZürich 🤗\n\n") << QStringList{u"Zürich 🤗"_s} << QList<int>{3}
            << QString();
        QTest::newRow("wrong field count names the line")
            << QByteArray("id,text\n1,ok\n2,too,many\n") << QStringList() << QList<int>() << u"line 3"_s;
        QTest::newRow("unclosed quote") << QByteArray("text\n\"open\n") << QStringList() << QList<int>()
                                        << u"not closed"_s;
    }

    void csv()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, texts);
        QFETCH(QList<int>, lines);
        QFETCH(QString, error);
        QString why;
        const PromptSet set = PromptSet::fromCsv(data, u"/p.csv"_s, u',', &why);
        if (!error.isEmpty()) {
            QVERIFY2(why.contains(error), qPrintable(why));
            return;
        }
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QString renderError;
        const QList<RenderedPrompt> prompts = set.render({}, u"text"_s, &renderError);
        QVERIFY2(renderError.isEmpty(), qPrintable(renderError));
        QCOMPARE(prompts.size(), texts.size());
        for (int i = 0; i < prompts.size(); ++i) {
            QCOMPARE(prompts.at(i).text, texts.at(i));
            QCOMPARE(prompts.at(i).source.value("line"_L1).toInt(), lines.at(i));
            QCOMPARE(prompts.at(i).source.value("path"_L1).toString(), u"/p.csv"_s);
            QCOMPARE(prompts.at(i).source.value("column"_L1).toString(), u"text"_s);
        }
    }

    void jsonLines_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QString>("error");
        QTest::newRow("objects, the prompt column found by name")
            << QByteArray("{\"id\":1,\"prompt\":\"A\"}\n\n{\"id\":2,\"prompt\":\"B\"}\n") << QString()
            << QStringList{u"A"_s, u"B"_s} << QList<int>{1, 3} << QString();
        QTest::newRow("bare strings") << QByteArray("\"one\"\n\"two\"") << QString() << QStringList{u"one"_s, u"two"_s}
                                      << QList<int>{1, 2} << QString();
        QTest::newRow("a chosen column; numbers as written")
            << QByteArray("{\"q\":12,\"a\":\"x\"}\n{\"q\":1.5,\"a\":\"y\"}") << u"q"_s << QStringList{u"12"_s, u"1.5"_s}
            << QList<int>{1, 2} << QString();
        QTest::newRow("an empty prompt is skipped") << QByteArray("{\"text\":\"\"}\n{\"text\":\"kept\"}") << QString()
                                                    << QStringList{u"kept"_s} << QList<int>{2} << QString();
        QTest::newRow("broken line") << QByteArray("{\"text\":\"a\"}\n{oops\n") << QString() << QStringList()
                                     << QList<int>() << u"line 2"_s;
        QTest::newRow("unknown column") << QByteArray("{\"text\":\"a\"}") << u"nope"_s << QStringList() << QList<int>()
                                        << u"no column nope"_s;
        QTest::newRow("ambiguous columns") << QByteArray("{\"x\":\"a\",\"y\":\"b\"}") << QString() << QStringList()
                                           << QList<int>() << u"choose the column"_s;
    }

    void jsonLines()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, column);
        QFETCH(QStringList, texts);
        QFETCH(QList<int>, lines);
        QFETCH(QString, error);
        QString why;
        const PromptSet set = PromptSet::fromJsonLines(data, u"/p.jsonl"_s, &why);
        QString renderError;
        const QList<RenderedPrompt> prompts = set.render({}, column, &renderError);
        const QString actual = why.isEmpty() ? renderError : why;
        if (!error.isEmpty()) {
            QVERIFY2(actual.contains(error), qPrintable(actual));
            return;
        }
        QVERIFY2(actual.isEmpty(), qPrintable(actual));
        QCOMPARE(prompts.size(), texts.size());
        for (int i = 0; i < prompts.size(); ++i) {
            QCOMPARE(prompts.at(i).text, texts.at(i));
            QCOMPARE(prompts.at(i).source.value("line"_L1).toInt(), lines.at(i));
        }
    }

    void templates_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        QTest::newRow("one variable") << u"Summarise in one sentence: {{text}}"_s
                                      << u"Summarise in one sentence: The cat sat."_s << QString();
        QTest::newRow("spaces inside the braces, repeated, two columns")
            << u"[{{ lang }}] {{text}} / {{text}}"_s << u"[en] The cat sat. / The cat sat."_s << QString();
        QTest::newRow("a number and a list") << u"{{n}} {{tags}}"_s << u"3 [\"a\",\"b\"]"_s << QString();
        QTest::newRow("no variable at all") << u"Fixed prompt"_s << u"Fixed prompt"_s << QString();
        QTest::newRow("unknown variable") << u"{{missing}}"_s << QString() << u"{{missing}}"_s;
    }

    void templates()
    {
        QFETCH(QString, templateText);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        QString why;
        const PromptSet set = PromptSet::fromJsonLines(
            R"({"text":"The cat sat.","lang":"en","n":3,"tags":["a","b"]})", u"/t.jsonl"_s, &why);
        QVERIFY(why.isEmpty());
        const QList<RenderedPrompt> prompts = set.render(templateText, {}, &why);
        if (!error.isEmpty()) {
            QVERIFY2(why.contains(error), qPrintable(why));
            QVERIFY(prompts.isEmpty());
            return;
        }
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(prompts.size(), 1);
        QCOMPARE(prompts.first().text, expected);
        QCOMPARE(prompts.first().source.value("template"_L1).toString(), templateText);
        QCOMPARE(PromptSet::templateVariables(u"{{a}} {{ b }} {{a}}"_s), (QStringList{u"a"_s, u"b"_s}));
    }

    void fromFileByExtension()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"set.csv"_s);
        const QString tsv = dir.filePath(u"set.tsv"_s);
        const QString jsonl = dir.filePath(u"set.jsonl"_s);
        for (const auto &[path, data] : {std::pair{csv, QByteArray("text,n\nhello,1\n")},
                 std::pair{tsv, QByteArray("text\tn\nhello\t1\n")}, std::pair{jsonl, QByteArray("\"hello\"\n")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        }
        for (const QString &path : {csv, tsv, jsonl}) {
            QString error;
            const std::optional<PromptSet> set = PromptSet::fromFile(path, &error);
            QVERIFY2(set, qPrintable(error));
            QCOMPARE(set->size(), 1);
            QCOMPARE(set->defaultColumn(), u"text"_s);
            QCOMPARE(set->records().first().fields.value("text"_L1).toString(), u"hello"_s);
        }
        QString error;
        QVERIFY(!PromptSet::fromFile(dir.filePath(u"missing.jsonl"_s), &error));
        QVERIFY(error.contains(u"cannot read"_s));
    }

    void typedAndDatasetSources()
    {
        const PromptSet typed = PromptSet::fromTyped({u"first"_s, u"  "_s, u"third"_s});
        QString error;
        const QList<RenderedPrompt> prompts = typed.render({}, {}, &error);
        QCOMPARE(prompts.size(), 2);
        QCOMPARE(prompts.at(1).source.value("kind"_L1).toString(), u"typed"_s);
        QCOMPARE(prompts.at(1).source.value("index"_L1).toInt(), 3);

        DvRow row;
        row.rowIndex = 41;
        row.cells = QJsonObject{{u"question"_s, u"Why?"_s}, {u"answer"_s, u"Because."_s}};
        const PromptSet dataset = PromptSet::fromDatasetRows(u"org/qa"_s, u"default"_s, u"test"_s, {row});
        QCOMPARE(dataset.defaultColumn(), u"question"_s);
        const QList<RenderedPrompt> rows = dataset.render(u"Q: {{question}}"_s, {}, &error);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().text, u"Q: Why?"_s);
        const QJsonObject source = rows.first().source;
        QCOMPARE(source.value("kind"_L1).toString(), u"dataset"_s);
        QCOMPARE(source.value("dataset"_L1).toString(), u"org/qa"_s);
        QCOMPARE(source.value("config"_L1).toString(), u"default"_s);
        QCOMPARE(source.value("split"_L1).toString(), u"test"_s);
        QCOMPARE(source.value("row"_L1).toInteger(), 41);
    }
};

QTEST_GUILESS_MAIN(TestPromptSet)
#include "tst_promptset.moc"
