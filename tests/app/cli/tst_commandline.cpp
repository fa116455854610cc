// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <limits>
#include <memory>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/database.h"
#include "app/storage/runstore.h"
#include "app/storage/statement.h"
#include "tests/support/fakehub.h"
#include "tests/support/fixtures.h"
#include "tests/support/testserver.h"

using namespace Qt::StringLiterals;

// End-to-end: the real `hublens` executable against the loopback fake Hub (which runs on its own thread, so blocking
// on the child process is fine). Every test gets a fresh data dir (response cache) and an empty HF_HOME.
namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const
    {
        return out.split(u'\n', Qt::SkipEmptyParts);
    }
    QStringList errLines() const
    {
        return err.split(u'\n', Qt::SkipEmptyParts);
    }
    // The `hublens:` lines on stderr that are not retry notices.
    QStringList failureLines() const
    {
        QStringList lines;
        for (const QString &line : errLines()) {
            if (line.startsWith(u"hublens:"_s) && !line.contains(u"retrying in"_s))
                lines.append(line);
        }
        return lines;
    }
};

using Environment = QList<QPair<QString, QString>>;

enum class Setup
{
    None,
    Gated,
    RateLimited,
    ServerError,
    Malformed,
    ClosedPort,
};

QByteArray cursorFor(qint64 skip)
{
    return QJsonDocument(QJsonObject{{u"$skip"_s, skip}}).toJson(QJsonDocument::Compact).toBase64();
}

QJsonObject parseLine(const QString &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

} // namespace

Q_DECLARE_METATYPE(Setup)

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(HUBLENS_BINARY)));
        QVERIFY(m_server.start());
    }

    void init()
    {
        m_server.clearRoutes();
        m_server.clearRequests();
        FakeHub::install(m_server);
        m_dataDir = std::make_unique<QTemporaryDir>();
        m_hfHome = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
        QVERIFY(m_hfHome->isValid());
    }

    void cleanup()
    {
        m_dataDir.reset();
        m_hfHome.reset();
    }

    // The issue's acceptance criterion.
    void searchFollowsPaginationToTheLimit()
    {
        const Run run = hublens(
            {u"search"_s, u"models"_s, u"llama"_s, u"--sort"_s, u"downloads"_s, u"--limit"_s, u"250"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.failureLines().isEmpty(), qPrintable(run.err));
        const QStringList lines = run.outLines();
        QCOMPARE(lines.size(), 250);
        const QStringList keys = {u"id"_s, u"author"_s, u"downloads"_s, u"likes"_s, u"trendingScore"_s,
            u"pipeline_tag"_s, u"library_name"_s, u"lastModified"_s, u"createdAt"_s, u"gated"_s, u"private"_s,
            u"tags"_s};
        qint64 previous = std::numeric_limits<qint64>::max();
        QSet<QString> ids;
        for (const QString &line : lines) {
            const QJsonObject object = parseLine(line);
            QVERIFY2(!object.isEmpty(), qPrintable(line));
            for (const QString &key : keys)
                QVERIFY2(object.contains(key), qPrintable(u"%1 lacks %2"_s.arg(line, key)));
            const qint64 downloads = object.value(u"downloads"_s).toInteger(-1);
            QVERIFY(downloads >= 0);
            QVERIFY2(downloads <= previous, qPrintable(line));
            previous = downloads;
            ids.insert(object.value(u"id"_s).toString());
        }
        QCOMPARE(ids.size(), 250);

        const QList<TestRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), 3);
        for (int i = 0; i < requests.size(); ++i) {
            const TestRequest &request = requests.at(i);
            QCOMPARE(request.path, u"/api/models"_s);
            QCOMPARE(request.query.queryItemValue(u"limit"_s), u"100"_s);
            QCOMPARE(request.query.queryItemValue(u"sort"_s), u"downloads"_s);
            QCOMPARE(request.query.queryItemValue(u"search"_s), u"llama"_s);
            if (i == 0) {
                QVERIFY(!request.query.hasQueryItem(u"cursor"_s));
            } else {
                // The cursor the previous page's Link header carried, sent back as written.
                QCOMPARE(request.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded).toLatin1(), cursorFor(i * 100));
            }
        }
    }

    void search_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expectedLines");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<QString>("queryKey"); // every request carries these query values
        QTest::addColumn<QStringList>("queryValues");
        QTest::addColumn<QString>("jsonKey"); // every printed object satisfies this
        QTest::addColumn<QString>("jsonContains");

        QTest::newRow("one page of five")
            << QStringList{u"search"_s, u"models"_s, u"llama"_s, u"--limit"_s, u"5"_s, u"--json"_s} << 5 << 1
            << u"limit"_s << QStringList{u"5"_s} << u"id"_s << u"llama"_s;
        QTest::newRow("limit beyond the end stops at the end")
            << QStringList{u"search"_s, u"datasets"_s, u"--limit"_s, u"1000"_s, u"--json"_s} << 200 << 2 << u"limit"_s
            << QStringList{u"100"_s} << u"id"_s << u"corpus-"_s;
        QTest::newRow("repeated --filter")
            << QStringList{u"search"_s, u"models"_s, u"--filter"_s, u"gguf"_s, u"--filter"_s, u"license:mit"_s,
                   u"--limit"_s, u"30"_s, u"--json"_s}
            << 30 << 1 << u"filter"_s << QStringList{u"gguf"_s, u"license:mit"_s} << u"tags"_s << u"license:mit"_s;
        QTest::newRow("--author") << QStringList{u"search"_s, u"models"_s, u"--author"_s, u"org-3"_s, u"--limit"_s,
            u"100"_s, u"--json"_s} << 27
                                  << 1 << u"author"_s << QStringList{u"org-3"_s} << u"author"_s << u"org-3"_s;
        QTest::newRow("--task") << QStringList{u"search"_s, u"models"_s, u"--task"_s, u"text-classification"_s,
            u"--limit"_s, u"10"_s, u"--json"_s}
                                << 10 << 1 << u"pipeline_tag"_s << QStringList{u"text-classification"_s}
                                << u"pipeline_tag"_s << u"text-classification"_s;
        QTest::newRow("datasets") << QStringList{u"search"_s, u"datasets"_s, u"corpus-1"_s, u"--sort"_s, u"likes"_s,
            u"--limit"_s, u"7"_s, u"--json"_s}
                                  << 7 << 1 << u"sort"_s << QStringList{u"likes"_s} << u"id"_s << u"corpus-1"_s;
    }

    void search()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expectedLines);
        QFETCH(int, expectedRequests);
        QFETCH(QString, queryKey);
        QFETCH(QStringList, queryValues);
        QFETCH(QString, jsonKey);
        QFETCH(QString, jsonContains);

        const Run run = hublens(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.failureLines().isEmpty(), qPrintable(run.err));
        const QStringList lines = run.outLines();
        QCOMPARE(lines.size(), expectedLines);
        for (const QString &line : lines) {
            const QJsonObject object = parseLine(line);
            QVERIFY2(!object.isEmpty(), qPrintable(line));
            const QJsonValue value = object.value(jsonKey);
            const bool matches =
                value.isArray() ? value.toArray().contains(jsonContains) : value.toString().contains(jsonContains);
            QVERIFY2(matches, qPrintable(line));
        }
        const QList<TestRequest> requests = m_server.requests();
        QCOMPARE(requests.size(), expectedRequests);
        for (const TestRequest &request : requests)
            QCOMPARE(request.queryValues(queryKey), queryValues);
    }

    void searchTable()
    {
        const Run run = hublens({u"search"_s, u"models"_s, u"llama"_s, u"--sort"_s, u"likes"_s, u"--limit"_s, u"3"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.outLines();
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.first().startsWith(u"ID "_s), qPrintable(lines.first()));
        for (const QString &header : {u"TASK"_s, u"DOWNLOADS"_s, u"LIKES"_s, u"MODIFIED"_s, u"GATED"_s})
            QVERIFY(lines.first().contains(header));
        for (const QString &line : lines.mid(1)) {
            QVERIFY2(!line.startsWith(u'{'), qPrintable(line));
            QVERIFY2(line.contains(u"-llama-"_s), qPrintable(line));
        }
    }

    void searchWithoutResults_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("table") << false;
        QTest::newRow("json") << true;
    }

    void searchWithoutResults()
    {
        QFETCH(bool, json);
        QStringList arguments{u"search"_s, u"models"_s, u"no-such-model-anywhere"_s};
        if (json)
            arguments.append(u"--json"_s);
        const Run run = hublens(arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
        if (!json)
            QCOMPARE(run.err, u"hublens: no results\n"_s);
        QCOMPARE(m_server.requestCount(u"/api/models"_s), 1);
    }

    void infoModel()
    {
        const Run run = hublens({u"info"_s, u"model"_s, u"google-bert/bert-base-uncased"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outLines().size(), 1);
        const QJsonObject object = parseLine(run.outLines().constFirst());
        QCOMPARE(object.value(u"id"_s).toString(), u"google-bert/bert-base-uncased"_s);
        QCOMPARE(object.value(u"sha"_s).toString(), u"86b5e0934494bd15c9632b12f734a8a67f723594"_s);
        QCOMPARE(object.value(u"pipeline_tag"_s).toString(), u"fill-mask"_s);

        const Run table = hublens({u"info"_s, u"model"_s, u"google-bert/bert-base-uncased"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.outLines().constFirst().startsWith(u"FIELD"_s));
        QVERIFY(table.out.contains(u"fill-mask"_s));
        QVERIFY(table.out.contains(u"86b5e0934494bd15c9632b12f734a8a67f723594"_s));
    }

    void infoDataset()
    {
        const Run run = hublens({u"info"_s, u"dataset"_s, u"datasets-org-1/corpus-1"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = parseLine(run.outLines().value(0));
        QCOMPARE(object.value(u"id"_s).toString(), u"datasets-org-1/corpus-1"_s);
        QCOMPARE(m_server.requests().constLast().path, u"/api/datasets/datasets-org-1/corpus-1"_s);
    }

    void infoRevisionIsOneEncodedSegment()
    {
        const Run run =
            hublens({u"info"_s, u"model"_s, u"org-0/chat-llama-1b-v0"_s, u"--revision"_s, u"refs/pr/1"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QByteArray target = m_server.requests().constLast().target;
        QVERIFY2(target.startsWith("/api/models/org-0/chat-llama-1b-v0/revision/refs%2Fpr%2F1"), target.constData());
    }

    void files()
    {
        const Run table = hublens({u"files"_s, u"model"_s, u"org-0/chat-llama-1b-v0"_s});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.outLines();
        QVERIFY(lines.constFirst().startsWith(u"PATH"_s));
        // 8 files (the tokenizer directory is not listed); the sizes add up to 8,452,625,761 bytes.
        QCOMPARE(lines.constLast(), u"8 files, 8.5 GB in total"_s);
        QCOMPARE(lines.size(), 1 + 8 + 1);
        QVERIFY(table.out.contains(u"model-00001-of-00002.safetensors"_s));

        const Run json = hublens({u"files"_s, u"model"_s, u"org-0/chat-llama-1b-v0"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.outLines().size(), 9); // the directory too
        QStringList paths;
        for (const QString &line : json.outLines()) {
            const QJsonObject object = parseLine(line);
            QVERIFY2(object.contains(u"path"_s), qPrintable(line));
            paths.append(object.value(u"path"_s).toString());
        }
        QVERIFY(paths.contains(u"tokenizer"_s));
        QVERIFY(paths.contains(u"README.md"_s));
    }

    void card()
    {
        const Run run = hublens({u"card"_s, u"model"_s, u"org-0/chat-llama-1b-v0"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"---\n"_s));
        QVERIFY(run.out.contains(u"# chat-llama-1b-v0"_s));
        QVERIFY(run.out.contains(u"org-0/chat-llama-1b-v0"_s));
        QVERIFY(run.out.endsWith(u'\n'));
    }

    void rows_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("asksForSplits");
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("split");

        QTest::newRow("explicit config and split") << QStringList{u"rows"_s, u"stanfordnlp/imdb"_s, u"--config"_s,
            u"plain_text"_s, u"--split"_s, u"train"_s, u"--offset"_s, u"234"_s, u"--length"_s, u"3"_s}
                                                   << false << u"plain_text"_s << u"train"_s;
        QTest::newRow("first config, train split")
            << QStringList{u"rows"_s, u"ibm/duorc"_s, u"--length"_s, u"3"_s} << true << u"ParaphraseRC"_s << u"train"_s;
        QTest::newRow("--config only") << QStringList{u"rows"_s, u"ibm/duorc"_s, u"--config"_s, u"SelfRC"_s} << true
                                       << u"SelfRC"_s << u"train"_s;
        QTest::newRow("--split only") << QStringList{u"rows"_s, u"ibm/duorc"_s, u"--split"_s, u"validation"_s} << true
                                      << u"ParaphraseRC"_s << u"validation"_s;
    }

    void rows()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, asksForSplits);
        QFETCH(QString, config);
        QFETCH(QString, split);

        // The recordings only hold rows of stanfordnlp/imdb; serve that slice for whatever is asked.
        const TestResponse slice = TestResponse::fixture(
            u"datasets-server/rows__200__a-slice-of-a-simple-dataset-stanfordnlp-imdb.meta.json"_s);
        m_server.route("GET", u"/rows"_s, [slice](const TestRequest &) { return slice; });

        for (bool json : {false, true}) {
            m_server.clearRequests();
            const Run run = hublens(json ? arguments + QStringList{u"--json"_s} : arguments);
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(m_server.requestCount(u"/splits"_s), asksForSplits ? 1 : 0);
            QCOMPARE(m_server.requestCount(u"/rows"_s), 1);
            const TestRequest request = m_server.requests().constLast();
            QCOMPARE(request.query.queryItemValue(u"config"_s), config);
            QCOMPARE(request.query.queryItemValue(u"split"_s), split);
            const QStringList lines = run.outLines();
            if (json) {
                QCOMPARE(lines.size(), 3);
                const QJsonObject first = parseLine(lines.constFirst());
                QVERIFY2(!first.isEmpty(), qPrintable(lines.constFirst()));
                QVERIFY2(lines.constFirst().contains(u"234"_s), qPrintable(lines.constFirst()));
            } else {
                QCOMPARE(lines.size(), 4);
                QVERIFY2(lines.constFirst().startsWith(u"ROW"_s), qPrintable(lines.constFirst()));
                QVERIFY(lines.constFirst().contains(u"text (string)"_s));
                QVERIFY(lines.at(1).trimmed().startsWith(u"234 "_s));
                QVERIFY2(run.err.contains(u"rows 234–236 of 25000"_s), qPrintable(run.err));
            }
        }
    }

    void whoami_data()
    {
        QTest::addColumn<QString>("token"); // HF_TOKEN; empty: none
        QTest::addColumn<QByteArray>("tokenFile"); // $HF_HOME/token; empty: none
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // on stdout when 0, else on stderr

        const QString valid = QString::fromLatin1(FakeHub::kValidToken);
        QTest::newRow("no token") << QString() << QByteArray() << 4 << u"not signed in"_s;
        QTest::newRow("HF_TOKEN") << valid << QByteArray() << 0 << u"token source: HF_TOKEN"_s;
        QTest::newRow("token file") << QString() << QByteArray(FakeHub::kValidToken).append('\n') << 0
                                    << u"token source: "_s;
        QTest::newRow("HF_TOKEN wins over the file")
            << valid << QByteArray("hf_someOtherToken1234567890") << 0 << u"token source: HF_TOKEN"_s;
        QTest::newRow("wrong token") << u"hf_wrongTokenForTheLoopback00000"_s << QByteArray() << 4
                                     << u"token was rejected"_s;
        QTest::newRow("wrong token file")
            << QString() << QByteArray("hf_wrongTokenForTheLoopback00000") << 4 << u"token was rejected"_s;
    }

    void whoami()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, tokenFile);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);

        if (!tokenFile.isEmpty()) {
            QFile file(m_hfHome->filePath(u"token"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(tokenFile);
        }
        Environment environment;
        if (!token.isEmpty())
            environment.append({u"HF_TOKEN"_s, token});
        const Run run = hublens({u"whoami"_s}, environment);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 0) {
            QVERIFY(run.out.startsWith(u"loopback-user (Loopback User)\n"_s));
            QVERIFY2(run.out.contains(expected), qPrintable(run.out));
            if (token.isEmpty())
                QVERIFY(run.out.contains(m_hfHome->filePath(u"token"_s)));
            QCOMPARE(run.err, QString());
            QCOMPARE(
                m_server.requests().constLast().header("authorization"), QByteArray("Bearer ") + FakeHub::kValidToken);
        } else {
            QCOMPARE(run.out, QString());
            QCOMPARE(run.failureLines().size(), 1);
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        }
        // Whatever the outcome, no token is ever printed.
        for (const QByteArray &secret : {token.toLatin1(), tokenFile.trimmed()}) {
            if (!secret.isEmpty()) {
                QVERIFY(!run.out.contains(QString::fromLatin1(secret)));
                QVERIFY(!run.err.contains(QString::fromLatin1(secret)));
            }
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // part of the one `hublens:` line on stderr

        const QStringList search{u"search"_s, u"models"_s, u"llama"_s};
        QTest::newRow("unknown verb") << QStringList{u"frobnicate"_s} << Setup::None << 2 << u"unknown command"_s;
        QTest::newRow("search without a type")
            << QStringList{u"search"_s} << Setup::None << 2 << u"'models' or 'datasets'"_s;
        QTest::newRow("search of planets")
            << QStringList{u"search"_s, u"planets"_s} << Setup::None << 2 << u"'models' or 'datasets'"_s;
        QTest::newRow("info without a repo")
            << QStringList{u"info"_s, u"model"_s} << Setup::None << 2 << u"usage: hublens info"_s;
        QTest::newRow("rows without a dataset")
            << QStringList{u"rows"_s} << Setup::None << 2 << u"usage: hublens rows"_s;
        QTest::newRow("unknown option") << QStringList{u"search"_s, u"models"_s, u"--colour"_s} << Setup::None << 2
                                        << u"colour"_s;
        QTest::newRow("--limit 0") << search + QStringList{u"--limit"_s, u"0"_s} << Setup::None << 2 << u"--limit"_s;
        QTest::newRow("--limit abc") << search + QStringList{u"--limit"_s, u"abc"_s} << Setup::None << 2
                                     << u"--limit"_s;
        QTest::newRow("--sort bogus") << search + QStringList{u"--sort"_s, u"bogus"_s} << Setup::None << 2
                                      << u"--sort"_s;
        QTest::newRow("--task on datasets")
            << QStringList{u"search"_s, u"datasets"_s, u"--task"_s, u"x"_s} << Setup::None << 2 << u"--task"_s;
        QTest::newRow("--length 101") << QStringList{u"rows"_s, u"stanfordnlp/imdb"_s, u"--length"_s, u"101"_s}
                                      << Setup::None << 2 << u"--length"_s;
        QTest::newRow("--length 0") << QStringList{u"rows"_s, u"stanfordnlp/imdb"_s, u"--length"_s, u"0"_s}
                                    << Setup::None << 2 << u"--length"_s;
        QTest::newRow("--offset -1") << QStringList{u"rows"_s, u"stanfordnlp/imdb"_s, u"--offset"_s, u"-1"_s}
                                     << Setup::None << 2 << u"--offset"_s;
        QTest::newRow("unknown model (anonymous 401)")
            << QStringList{u"info"_s, u"model"_s, u"nobody/nothing"_s} << Setup::None << 3 << u"model not found"_s;
        QTest::newRow("unknown dataset") << QStringList{u"info"_s, u"dataset"_s, u"nobody/nothing"_s} << Setup::None
                                         << 3 << u"dataset not found"_s;
        QTest::newRow("files of an unknown model") << QStringList{u"files"_s, u"model"_s, u"nobody/nothing"_s}
                                                   << Setup::None << 3 << u"listing files failed"_s;
        QTest::newRow("unknown split") << QStringList{u"rows"_s, u"ibm/duorc"_s, u"--split"_s, u"nope"_s} << Setup::None
                                       << 3 << u"no such config or split"_s;
        QTest::newRow("gated card") << QStringList{u"card"_s, u"model"_s, u"org-x/gated"_s} << Setup::Gated << 4
                                    << u"gated"_s;
        // RateLimit t=189 with r=0: the client waits t + 1 s like huggingface_hub, so that is what it reports.
        QTest::newRow("rate limited") << search << Setup::RateLimited << 5 << u"resets in 190 s"_s;
        QTest::newRow("malformed JSON") << search << Setup::Malformed << 5 << u"search failed"_s;
        QTest::newRow("server error after retries") << search << Setup::ServerError << 5 << u"HTTP 500"_s;
        QTest::newRow("connection refused") << search << Setup::ClosedPort << 5 << u"could not connect"_s;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Setup, setup);
        QFETCH(int, exitCode);
        QFETCH(QString, message);

        Environment environment;
        switch (setup) {
        case Setup::None:
            break;
        case Setup::Gated:
            m_server.route("GET", u"/org-x/gated/resolve/main/README.md"_s, [](const TestRequest &) {
                return TestResponse::json("{\"error\":\"Access to model org-x/gated is restricted.\"}", 403)
                    .withHeader("x-error-code", "GatedRepo")
                    .withHeader("x-error-message", "Access to model org-x/gated is restricted.");
            });
            break;
        case Setup::RateLimited:
            m_server.route("GET", u"/api/models"_s, [](const TestRequest &) {
                return TestResponse::json("{\"error\":\"Too many requests\"}", 429)
                    .withHeader("ratelimit", "\"api\";r=0;t=189")
                    .withHeader("ratelimit-policy", "\"fixed window\";\"api\";q=500;w=300");
            });
            break;
        case Setup::ServerError:
            m_server.route("GET", u"/api/models"_s,
                [](const TestRequest &) { return TestResponse::json("{\"error\":\"Internal Error\"}", 500); });
            break;
        case Setup::Malformed:
            m_server.route("GET", u"/api/models"_s,
                [](const TestRequest &) { return TestResponse::json("[{\"id\": \"org/cut-off\", \"downloads\": 12"); });
            break;
        case Setup::ClosedPort: {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const quint16 port = closed.serverPort();
            closed.close();
            environment.append({u"HF_ENDPOINT"_s, u"http://127.0.0.1:%1"_s.arg(port)});
            break;
        }
        }

        const Run run = hublens(arguments, environment);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.out, QString());
        const QStringList failures = run.failureLines();
        QVERIFY2(failures.size() == 1, qPrintable(run.err));
        QVERIFY2(failures.constFirst().contains(message), qPrintable(run.err));
        if (setup == Setup::ServerError) {
            QCOMPARE(m_server.requestCount(u"/api/models"_s), 4); // the first try and 3 retries
            QVERIFY2(run.err.count(u"retrying in"_s) == 3, qPrintable(run.err));
        }
        if (setup == Setup::RateLimited) // the reset is too far away to wait for
            QCOMPARE(m_server.requestCount(u"/api/models"_s), 1);
    }

    void transientServerErrorIsRetried()
    {
        auto calls = std::make_shared<std::atomic<int>>(0);
        m_server.route("GET", u"/api/models/org-x/flaky"_s, [calls](const TestRequest &) {
            if (calls->fetch_add(1) == 0)
                return TestResponse::json("{\"error\":\"Service Unavailable\"}", 503);
            return TestResponse::json(
                "{\"_id\":\"6500000000000000000000ff\",\"id\":\"org-x/flaky\",\"modelId\":"
                "\"org-x/flaky\",\"author\":\"org-x\",\"sha\":\"0123456789abcdef0123456789abcdef01234567\","
                "\"pipeline_tag\":\"text-generation\",\"downloads\":5,\"likes\":1,\"private\":false,"
                "\"gated\":false,\"tags\":[]}");
        });
        const Run run = hublens({u"info"_s, u"model"_s, u"org-x/flaky"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(calls->load(), 2);
        QCOMPARE(parseLine(run.outLines().value(0)).value(u"id"_s).toString(), u"org-x/flaky"_s);
        QVERIFY2(run.err.contains(u"retrying in"_s), qPrintable(run.err));
        QVERIFY2(run.failureLines().isEmpty(), qPrintable(run.err));
    }

    void offlineAnswersFromTheCache()
    {
        const QStringList arguments{
            u"search"_s, u"models"_s, u"llama"_s, u"--sort"_s, u"downloads"_s, u"--limit"_s, u"150"_s, u"--json"_s};
        const Run online = hublens(arguments);
        QCOMPARE(online.exitCode, 0);
        QCOMPARE(online.outLines().size(), 150);
        QCOMPARE(m_server.requests().size(), 2);

        m_server.clearRequests();
        const Environment offline{{u"HF_HUB_OFFLINE"_s, u"1"_s}};
        const Run cached = hublens(arguments, offline);
        QCOMPARE(cached.exitCode, 0);
        QCOMPARE(cached.out, online.out);
        QVERIFY2(cached.err.contains(u"cached"_s), qPrintable(cached.err));
        QCOMPARE(m_server.requests().size(), 0);

        const Run never = hublens({u"search"_s, u"models"_s, u"mistral"_s, u"--json"_s}, offline);
        QCOMPARE(never.exitCode, 5);
        QCOMPARE(never.out, QString());
        QCOMPARE(never.failureLines().size(), 1);
        QVERIFY2(never.err.contains(u"never fetched"_s), qPrintable(never.err));
        QCOMPARE(m_server.requests().size(), 0);
    }

    void version()
    {
        const Run run = hublens({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        static const QRegularExpression pattern(
            u"^hublens 0\\.1\\.0 \\(Qt 6\\.\\d+\\.\\d+, libcurl \\d+\\.\\d+\\.\\d+\\S*, SQLite \\d+\\.\\d+\\.\\d+\\)\\n$"_s);
        QVERIFY2(pattern.match(run.out).hasMatch(), qPrintable(run.out));
        QCOMPARE(run.err, QString());
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList{u"--help"_s};
        QTest::newRow("-h") << QStringList{u"-h"_s};
        QTest::newRow("help") << QStringList{u"help"_s};
        QTest::newRow("search --help") << QStringList{u"search"_s, u"--help"_s};
    }

    void help()
    {
        QFETCH(QStringList, arguments);
        const Run run = hublens(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"Usage:\n"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"hublens search models|datasets"_s));
        QVERIFY(run.out.contains(u"Exit codes:"_s));
        QCOMPARE(m_server.requests().size(), 0);
    }

    void tokenNeverPrinted()
    {
        // Verbose diagnostics on, signed in, one command that succeeds and some that fail after sending the token.
        const QString token = QString::fromLatin1(FakeHub::kValidToken);
        const Environment environment{{u"HF_TOKEN"_s, token}, {u"QT_LOGGING_RULES"_s, u"hublens.*=true"_s}};
        m_server.route("GET", u"/api/models/org-x/broken"_s,
            [](const TestRequest &) { return TestResponse::json("{\"error\":\"Internal Error\"}", 400); });
        const QList<QStringList> commands = {
            {u"whoami"_s, u"--json"_s},
            {u"search"_s, u"models"_s, u"llama"_s, u"--limit"_s, u"3"_s},
            {u"info"_s, u"model"_s, u"nobody/nothing"_s},
            {u"info"_s, u"model"_s, u"org-x/broken"_s},
        };
        const QList<int> expected = {0, 0, 3, 2};
        for (qsizetype i = 0; i < commands.size(); ++i) {
            const Run run = hublens(commands.at(i), environment);
            QCOMPARE(run.exitCode, expected.at(i));
            QVERIFY2(!run.out.contains(token), qPrintable(run.out));
            QVERIFY2(!run.err.contains(token), qPrintable(run.err));
            QVERIFY(!run.err.contains(u"hf_loopback"_s));
        }
        // The token did go out, to the loopback Hub only.
        int withToken = 0;
        for (const TestRequest &request : m_server.requests())
            withToken += request.header("authorization") == QByteArray("Bearer ") + FakeHub::kValidToken ? 1 : 0;
        QCOMPARE(withToken, m_server.requests().size());
    }

    void endpointsLifecycle()
    {
        const Environment env = {{u"HUBLENS_SECRETS_FILE_ONLY"_s, u"1"_s}};
        QCOMPARE(hublens({u"endpoints"_s, u"list"_s}, env).exitCode, 0);
        Run added =
            hublens({u"endpoints"_s, u"add"_s, u"local"_s, u"--kind"_s, u"openai"_s, u"--url"_s,
                        u"http://127.0.0.1:8080/v1"_s, u"--model"_s, u"qwen"_s, u"--api-key-env"_s, u"MY_KEY"_s},
                env);
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(hublens({u"endpoints"_s, u"add"_s, u"router"_s, u"--kind"_s, u"hf-router"_s}, env).exitCode, 0);
        const Run duplicate = hublens(
            {u"endpoints"_s, u"add"_s, u"LOCAL"_s, u"--kind"_s, u"openai"_s, u"--url"_s, u"http://x/v1"_s}, env);
        QCOMPARE(duplicate.exitCode, 2);
        QVERIFY(duplicate.err.contains(u"already exists"_s));
        QCOMPARE(hublens({u"endpoints"_s, u"add"_s, u"x"_s, u"--kind"_s, u"bogus"_s, u"--url"_s, u"http://x"_s}, env)
                     .exitCode,
            2);
        QCOMPARE(hublens({u"endpoints"_s, u"add"_s, u"y"_s, u"--kind"_s, u"openai"_s}, env).exitCode, 2); // no URL

        const Run listed = hublens({u"endpoints"_s, u"list"_s, u"--json"_s}, env);
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.outLines();
        QCOMPARE(lines.size(), 2);
        const QJsonObject local = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(local.value("name"_L1).toString(), u"local"_s);
        QCOMPARE(local.value("model"_L1).toString(), u"qwen"_s);
        QCOMPARE(local.value("api_key_env"_L1).toString(), u"MY_KEY"_s);
        const QJsonObject router = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(router.value("url"_L1).toString(), u"https://router.huggingface.co/v1"_s);

        QCOMPARE(hublens({u"endpoints"_s, u"remove"_s, u"local"_s}, env).exitCode, 0);
        QCOMPARE(hublens({u"endpoints"_s, u"remove"_s, u"local"_s}, env).exitCode, 3);
        QCOMPARE(hublens({u"endpoints"_s, u"list"_s, u"--json"_s}, env).outLines().size(), 1);
    }

    void endpointsTest()
    {
        const Environment env = {{u"HUBLENS_SECRETS_FILE_ONLY"_s, u"1"_s}, {u"LOCAL_KEY"_s, u"sk-right"_s}};
        m_server.route("GET", u"/srv/v1/models"_s, [](const TestRequest &request) {
            if (request.header("authorization") != "Bearer sk-right")
                return TestResponse::json(
                    R"({"error":{"code":401,"message":"Invalid API Key","type":"authentication_error"}})", 401);
            return TestResponse::json(
                R"({"object":"list","data":[{"id":"qwen2.5","object":"model","owned_by":"llamacpp"}]})");
        });
        const QString url = m_server.url(u"/srv/v1"_s).toString();
        QCOMPARE(hublens({u"endpoints"_s, u"add"_s, u"good"_s, u"--kind"_s, u"openai"_s, u"--url"_s, url,
                             u"--api-key-env"_s, u"LOCAL_KEY"_s},
                     env)
                     .exitCode,
            0);
        QCOMPARE(
            hublens({u"endpoints"_s, u"add"_s, u"nokey"_s, u"--kind"_s, u"openai"_s, u"--url"_s, url}, env).exitCode,
            0);
        const Run good = hublens({u"endpoints"_s, u"test"_s, u"good"_s}, env);
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.contains(u"qwen2.5"_s));
        const Run nokey = hublens({u"endpoints"_s, u"test"_s, u"nokey"_s}, env);
        QCOMPARE(nokey.exitCode, 4);
        QVERIFY(nokey.out.contains(u"Invalid API Key"_s));
        QCOMPARE(hublens({u"endpoints"_s, u"test"_s, u"missing"_s}, env).exitCode, 3);
    }

    void compareTwoEndpointsOneFails()
    {
        const Environment env = {{u"HUBLENS_SECRETS_FILE_ONLY"_s, u"1"_s}};
        const QByteArray stream = Fixtures::read(u"inference/router_together_chat_stream.sse"_s);
        m_server.route("POST", u"/ok/v1/chat/completions"_s, [stream](const TestRequest &) {
            TestResponse response;
            response.withHeader("content-type", "text/event-stream");
            response.withHeader("x-inference-provider", "together");
            response.body = stream;
            return response;
        });
        m_server.route("POST", u"/bad/v1/chat/completions"_s, [](const TestRequest &) {
            return TestResponse::json(Fixtures::read(u"inference/router_error_401_invalid_credentials.json"_s), 401);
        });
        QCOMPARE(hublens({u"endpoints"_s, u"add"_s, u"router"_s, u"--kind"_s, u"hf-router"_s, u"--url"_s,
                             m_server.url(u"/ok/v1"_s).toString(), u"--model"_s, u"meta-llama/Llama-3.1-8B-Instruct"_s},
                     env)
                     .exitCode,
            0);
        QCOMPARE(hublens({u"endpoints"_s, u"add"_s, u"broken"_s, u"--kind"_s, u"openai"_s, u"--url"_s,
                             m_server.url(u"/bad/v1"_s).toString()},
                     env)
                     .exitCode,
            0);

        const Run json = hublens({u"compare"_s, u"--endpoint"_s, u"router"_s, u"--endpoint"_s, u"broken=some/model"_s,
                                     u"--prompt"_s, u"What is deep learning?"_s, u"--max-tokens"_s, u"20"_s,
                                     u"--seed"_s, u"1"_s, u"--session"_s, u"CLI check"_s, u"--json"_s},
            env);
        QCOMPARE(json.exitCode, 6);
        const QStringList lines = json.outLines();
        QCOMPARE(lines.size(), 2);
        QMap<QString, QJsonObject> byEndpoint;
        for (const QString &line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            for (const QString &key : {u"endpoint"_s, u"model"_s, u"provider"_s, u"text"_s, u"reasoning"_s,
                     u"finish_reason"_s, u"ttft_ms"_s, u"total_ms"_s, u"prompt_tokens"_s, u"completion_tokens"_s,
                     u"tokens_per_s"_s, u"usage_reported"_s, u"error"_s})
                QVERIFY2(object.contains(key), qPrintable(key));
            byEndpoint.insert(object.value("endpoint"_L1).toString(), object);
        }
        const QJsonObject ok = byEndpoint.value(u"router"_s);
        QVERIFY(ok.value("text"_L1).toString().startsWith(u"Deep learning is a subfield"_s));
        QCOMPARE(ok.value("provider"_L1).toString(), u"together"_s);
        QCOMPARE(ok.value("completion_tokens"_L1).toInt(), 20);
        QCOMPARE(ok.value("finish_reason"_L1).toString(), u"length"_s);
        QVERIFY(ok.value("error"_L1).isNull());
        const QJsonObject bad = byEndpoint.value(u"broken"_s);
        QCOMPARE(bad.value("model"_L1).toString(), u"some/model"_s);
        QCOMPARE(bad.value("error"_L1).toObject().value("status"_L1).toInt(), 401);
        QCOMPARE(bad.value("error"_L1).toObject().value("message"_L1).toString(), u"Invalid username or password."_s);

        // The request carried the parameters; the runs are in the session.
        const QJsonObject sent = QJsonDocument::fromJson(m_server.requests().last().body).object();
        QCOMPARE(sent.value("max_tokens"_L1).toInt(), 20);
        QCOMPARE(sent.value("seed"_L1).toInt(), 1);
        QString error;
        std::unique_ptr<RunStore> store = RunStore::open(m_dataDir->filePath(u"hublens.sqlite3"_s), &error);
        QVERIFY2(store, qPrintable(error));
        const std::optional<SessionInfo> session = store->sessionByName(u"CLI check"_s);
        QVERIFY(session);
        QCOMPARE(session->runCount, 2);

        // Plain output: text prefixed by the endpoint, then the metrics table.
        const Run text = hublens({u"compare"_s, u"--endpoint"_s, u"router"_s, u"--prompt"_s, u"Hi"_s}, env);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"router | Deep learning is a subfield"_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"TTFT ms"_s));

        QCOMPARE(hublens({u"compare"_s, u"--prompt"_s, u"Hi"_s}, env).exitCode, 2);
        QCOMPARE(hublens({u"compare"_s, u"--endpoint"_s, u"router"_s}, env).exitCode, 2);
        QCOMPARE(hublens({u"compare"_s, u"--endpoint"_s, u"nope"_s, u"--prompt"_s, u"Hi"_s}, env).exitCode, 3);
    }

    // The issue's acceptance criterion: a batch killed with SIGKILL midway, then resumed, ends with exactly one stored
    // result per prompt x endpoint pair; the server saw every pair, and those stored before the kill only once.
    void batchKilledMidwayThenResumed_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("killed after the first results") << 3;
        QTest::newRow("killed a third of the way") << 40;
        QTest::newRow("killed near the end") << 110;
    }

    void batchKilledMidwayThenResumed()
    {
        QFETCH(int, killAfter);
        const Environment env = {{u"HUBLENS_SECRETS_FILE_ONLY"_s, u"1"_s}};
        const auto echo = [](const TestRequest &request) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QString text = body.value("model"_L1).toString() + u": "_s
                + body.value("messages"_L1).toArray().last().toObject().value("content"_L1).toString();
            TestResponse response;
            // Slow enough that the child cannot finish the last items while the test sees the kill count reached,
            // on a loaded machine too.
            response.delayMs = 100;
            response.withHeader("content-type", "text/event-stream");
            response.body = "data: "
                + QJsonDocument(
                    QJsonObject{{u"choices"_s,
                        QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, QJsonObject{{u"content"_s, text}}},
                            {u"finish_reason"_s, u"stop"_s}}}}})
                      .toJson(QJsonDocument::Compact)
                + "\n\ndata: [DONE]\n\n";
            return response;
        };
        m_server.route("POST", u"/one/v1/chat/completions"_s, echo);
        m_server.route("POST", u"/two/v1/chat/completions"_s, echo);
        for (const QString &name : {u"one"_s, u"two"_s}) {
            QCOMPARE(hublens({u"endpoints"_s, u"add"_s, name, u"--kind"_s, u"openai"_s, u"--url"_s,
                                 m_server.url(u"/%1/v1"_s.arg(name)).toString(), u"--model"_s, u"m-"_s + name},
                         env)
                         .exitCode,
                0);
        }
        constexpr int Prompts = 60;
        const QString file = m_dataDir->filePath(u"prompts.jsonl"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            for (int i = 0; i < Prompts; ++i)
                out.write(QJsonDocument(QJsonObject{{u"id"_s, i}, {u"text"_s, u"item %1"_s.arg(i)}})
                              .toJson(QJsonDocument::Compact)
                    + '\n');
        }
        const QStringList arguments = {u"batch"_s, u"--session"_s, u"Kill"_s, u"--endpoint"_s, u"one"_s,
            u"--endpoint"_s, u"two"_s, u"--prompts"_s, file, u"--template"_s, u"Echo {{text}}"_s, u"--concurrency"_s,
            u"4"_s};
        const Run preview = hublens(arguments + QStringList{u"--preview"_s}, env);
        QCOMPARE(preview.exitCode, 0);
        QVERIFY2(preview.out.startsWith(u"60 prompts × 2 endpoints = 120 requests\n  [line 1] Echo item 0\n"_s),
            qPrintable(preview.out));

        // Kill it once `killAfter` results are stored.
        const QString database = m_dataDir->filePath(u"hublens.sqlite3"_s);
        QProcess child;
        child.setProcessEnvironment(environment(env));
        child.start(QStringLiteral(HUBLENS_BINARY), arguments);
        QVERIFY(child.waitForStarted(10000));
        int stored = 0;
        QElapsedTimer clock;
        clock.start();
        while (stored < killAfter && clock.elapsed() < 20000 && child.state() == QProcess::Running) {
            QTest::qWait(5);
            if (QFile::exists(database)
                && countRows(database, u"SELECT count(*) FROM sqlite_schema WHERE name = 'batch_items'"_s) == 1)
                stored = countRows(database, u"SELECT count(*) FROM runs"_s);
        }
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QSet<QString> doneAtKill;
        {
            QString error;
            std::unique_ptr<Database> db = Database::open(database, &error);
            QVERIFY2(db, qPrintable(error));
            Statement done = db->prepare(u"SELECT p.text, r.endpoint_name FROM batch_items i JOIN prompts p ON "
                                         "p.id = i.prompt_id JOIN runs r ON r.id = i.run_id WHERE i.state = 'done'"_s);
            while (done.step())
                doneAtKill.insert(done.columnText(0) + u'|' + done.columnText(1));
            QCOMPARE(countRows(database, u"SELECT count(*) FROM runs"_s), int(doneAtKill.size()));
        }
        QVERIFY2(doneAtKill.size() >= killAfter && doneAtKill.size() < 2 * Prompts,
            qPrintable(QString::number(doneAtKill.size())));

        // A new batch is refused while this one is unfinished; --resume finishes it.
        const Run refused = hublens(arguments, env);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--resume"_s), qPrintable(refused.err));
        const Run resumed = hublens({u"batch"_s, u"--session"_s, u"Kill"_s, u"--resume"_s, u"--json"_s}, env);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const QJsonObject summary = parseLine(resumed.outLines().value(0));
        QCOMPARE(summary.value("ok"_L1).toInt(), 2 * Prompts);
        QCOMPARE(summary.value("failed"_L1).toInt(), 0);
        QCOMPARE(summary.value("state"_L1).toString(), u"finished"_s);
        const QJsonArray endpoints = summary.value("endpoints"_L1).toArray();
        QCOMPARE(endpoints.size(), 2);
        QCOMPARE(endpoints.at(0).toObject().value("ok"_L1).toInt(), Prompts);
        QVERIFY(endpoints.at(0).toObject().value("p95_ms"_L1).toDouble() >= 40);

        // Exactly one result per pair, none missing, none duplicated.
        QCOMPARE(countRows(database, u"SELECT count(*) FROM runs"_s), 2 * Prompts);
        QCOMPARE(
            countRows(database,
                u"SELECT count(*) FROM (SELECT DISTINCT prompt_id, endpoint_name FROM runs WHERE status = 'ok')"_s),
            2 * Prompts);
        QCOMPARE(countRows(database, u"SELECT count(*) FROM batch_items WHERE state = 'done' AND run_id IS NOT NULL"_s),
            2 * Prompts);
        QCOMPARE(countRows(database, u"SELECT count(*) FROM prompts"_s), Prompts);
        // The source of every prompt is its file line.
        QCOMPARE(
            countRows(database, u"SELECT count(*) FROM prompts WHERE json_extract(source, '$.line') = id"_s), Prompts);
        // The server's log: every pair asked, and a pair stored before the kill never asked again.
        QHash<QString, int> asked;
        for (const TestRequest &request : m_server.requests()) {
            if (!request.path.endsWith(u"/chat/completions"_s))
                continue;
            const QString endpoint = request.path.section(u'/', 1, 1);
            const QString text = QJsonDocument::fromJson(request.body)
                                     .object()
                                     .value("messages"_L1)
                                     .toArray()
                                     .last()
                                     .toObject()
                                     .value("content"_L1)
                                     .toString();
            ++asked[text + u'|' + endpoint];
        }
        QCOMPARE(asked.size(), 2 * Prompts);
        int repeated = 0;
        for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
            if (doneAtKill.contains(it.key()))
                QVERIFY2(it.value() == 1, qPrintable(it.key()));
            else if (it.value() > 1)
                ++repeated;
        }
        // At most what was in flight at the kill (4), plus answers received in the event-loop pass the kill cut short
        // (written together at its end).
        QVERIFY2(repeated <= 8, qPrintable(QString::number(repeated)));

        // Nothing left to resume.
        QCOMPARE(hublens({u"batch"_s, u"--session"_s, u"Kill"_s, u"--resume"_s}, env).exitCode, 3);
    }

    // Rows A:B of a Hub dataset through the dataset viewer (two pages), a template over two columns, the row of every
    // prompt recorded; a failing endpoint makes exit code 6 and --rerun-failed sends only its items again.
    void batchFromDatasetRows()
    {
        const Environment env = {{u"HUBLENS_SECRETS_FILE_ONLY"_s, u"1"_s}};
        auto healthy = std::make_shared<std::atomic<bool>>(false);
        const auto answer = [healthy](const TestRequest &request) {
            if (request.path.startsWith(u"/flaky"_s) && !*healthy)
                return TestResponse::json(R"({"error":"Model is overloaded"})", 400);
            TestResponse response;
            response.withHeader("content-type", "application/json");
            response.body = QJsonDocument(
                QJsonObject{{u"choices"_s,
                    QJsonArray{QJsonObject{{u"index"_s, 0},
                        {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u"positive"_s}}},
                        {u"finish_reason"_s, u"stop"_s}}}}})
                                .toJson(QJsonDocument::Compact);
            return response;
        };
        m_server.route("POST", u"/steady/v1/chat/completions"_s, answer);
        m_server.route("POST", u"/flaky/v1/chat/completions"_s, answer);
        for (const QString &name : {u"steady"_s, u"flaky"_s}) {
            QCOMPARE(hublens({u"endpoints"_s, u"add"_s, name, u"--kind"_s, u"openai"_s, u"--url"_s,
                                 m_server.url(u"/%1/v1"_s.arg(name)).toString(), u"--model"_s, u"m"_s},
                         env)
                         .exitCode,
                0);
        }
        const QStringList arguments = {u"batch"_s, u"--session"_s, u"Rows"_s, u"--endpoint"_s, u"steady"_s,
            u"--endpoint"_s, u"flaky=other-model"_s, u"--dataset"_s, u"datasets-org-0/corpus-0"_s, u"--rows"_s,
            u"95:210"_s, u"--template"_s, u"Label {{label}}? {{text}}"_s, u"--json"_s};
        const Run run = hublens(arguments, env);
        QCOMPARE(run.exitCode, 6);
        const QJsonObject summary = parseLine(run.outLines().value(0));
        QCOMPARE(summary.value("total"_L1).toInt(), 230);
        QCOMPARE(summary.value("ok"_L1).toInt(), 115);
        QCOMPARE(summary.value("failed"_L1).toInt(), 115);
        QCOMPARE(
            summary.value("endpoints"_L1).toArray().at(1).toObject().value("model"_L1).toString(), u"other-model"_s);
        QVERIFY2(run.err.contains(u"datasets-org-0/corpus-0 · default · train: 115 rows from row 95"_s),
            qPrintable(run.err));
        QStringList offsets;
        for (const TestRequest &request : m_server.requests()) {
            if (request.path == u"/rows"_s)
                offsets.append(
                    request.query.queryItemValue(u"offset"_s) + u'+' + request.query.queryItemValue(u"length"_s));
        }
        QCOMPARE(offsets, (QStringList{u"95+100"_s, u"195+15"_s}));
        const QString database = m_dataDir->filePath(u"hublens.sqlite3"_s);
        QCOMPARE(
            countRows(database,
                u"SELECT count(*) FROM prompts WHERE json_extract(source, '$.kind') = 'dataset' AND "
                "json_extract(source, '$.dataset') = 'datasets-org-0/corpus-0' AND "
                "json_extract(source, '$.split') = 'train' AND json_extract(source, '$.row') BETWEEN 95 AND 209"_s),
            115);
        QCOMPARE(countRows(database,
                     u"SELECT count(*) FROM prompts WHERE text = 'Label 1? ' || "
                     "'Absolutely loved it — would come back every summer.'"_s),
            11); // rows 103, 113, … 203: the fourth sentence (i % 5 == 3) with label 1 (odd i)

        // Only the failed items go again; their runs are replaced, the steady endpoint is not asked again.
        *healthy = true;
        m_server.clearRequests();
        const Run again = hublens({u"batch"_s, u"--session"_s, u"Rows"_s, u"--rerun-failed"_s, u"--json"_s}, env);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(parseLine(again.outLines().value(0)).value("ok"_L1).toInt(), 230);
        QCOMPARE(m_server.requestCount(u"/flaky/v1/chat/completions"_s), 115);
        QCOMPARE(m_server.requestCount(u"/steady/v1/chat/completions"_s), 0);
        QCOMPARE(countRows(database, u"SELECT count(*) FROM runs"_s), 230);
        QCOMPARE(countRows(database, u"SELECT count(*) FROM runs WHERE status <> 'ok'"_s), 0);

        // Usage errors.
        QCOMPARE(hublens({u"batch"_s, u"--session"_s, u"X"_s, u"--endpoint"_s, u"steady"_s}, env).exitCode, 2);
        QCOMPARE(hublens({u"batch"_s, u"--session"_s, u"X"_s, u"--endpoint"_s, u"steady"_s, u"--dataset"_s,
                             u"datasets-org-0/corpus-0"_s},
                     env)
                     .exitCode,
            2); // no column
        QCOMPARE(hublens({u"batch"_s, u"--session"_s, u"X"_s, u"--endpoint"_s, u"nope"_s, u"--prompts"_s, u"f"_s}, env)
                     .exitCode,
            3);
        QCOMPARE(hublens({u"batch"_s, u"--session"_s, u"X"_s, u"--resume"_s}, env).exitCode, 3);
    }

    void sessionsAndJudge()
    {
        qint64 first = 0;
        qint64 second = 0;
        {
            QString error;
            std::unique_ptr<RunStore> store = RunStore::open(m_dataDir->filePath(u"hublens.sqlite3"_s), &error);
            QVERIFY2(store, qPrintable(error));
            const qint64 session = store->ensureSession(u"Eval A"_s);
            StoredPrompt prompt;
            prompt.sessionId = session;
            prompt.text = u"Name a zebra"_s;
            const qint64 promptId = store->addPrompt(prompt);
            StoredRun run;
            run.sessionId = session;
            run.promptId = promptId;
            run.endpointKind = u"openai"_s;
            run.endpointUrl = u"http://127.0.0.1:1/v1"_s;
            run.model = u"m"_s;
            run.result.status = RunStatus::Succeeded;
            run.endpointName = u"alpha"_s;
            run.result.text = u"Zelda"_s;
            first = store->saveRun(run);
            run.endpointName = u"beta"_s;
            run.result.text = u"Stripes McGee"_s;
            second = store->saveRun(run);
            QVERIFY(first > 0 && second > 0);
        }
        const QString a = QString::number(first);
        const QString b = QString::number(second);

        Run list = hublens({u"sessions"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(u"Eval A"_s), qPrintable(list.out));

        QCOMPARE(hublens({u"judge"_s, u"eval a"_s, u"--reviewer"_s, u"Ana"_s, u"--run"_s, a, u"--rating"_s, u"4"_s,
                             u"--label"_s, u"concise"_s, u"--label"_s, u"funny"_s})
                     .exitCode,
            0);
        QCOMPARE(hublens({u"judge"_s, u"Eval A"_s, u"--reviewer"_s, u"Ana"_s, u"--run"_s, a, u"--note"_s, u"Short."_s})
                     .exitCode,
            0); // adds to the judgment: the rating and labels stay
        QCOMPARE(hublens({u"judge"_s, u"Eval A"_s, u"--reviewer"_s, u"Ben"_s, u"--run"_s, a, u"--rating"_s, u"2"_s})
                     .exitCode,
            0);
        QCOMPARE(hublens({u"judge"_s, u"Eval A"_s, u"--reviewer"_s, u"Ana"_s, u"--pair"_s, b, a, u"--outcome"_s, u"a"_s,
                             u"--reason"_s, u"funnier"_s})
                     .exitCode,
            0);
        // Refused: outside the scale, a run of no such session, a bad outcome, no reviewer, no such session.
        QCOMPARE(hublens({u"judge"_s, u"Eval A"_s, u"--reviewer"_s, u"Ana"_s, u"--run"_s, a, u"--rating"_s, u"9"_s})
                     .exitCode,
            2);
        QCOMPARE(
            hublens({u"judge"_s, u"Eval A"_s, u"--reviewer"_s, u"Ana"_s, u"--run"_s, u"999"_s, u"--rating"_s, u"3"_s})
                .exitCode,
            3);
        QCOMPARE(
            hublens({u"judge"_s, u"Eval A"_s, u"--reviewer"_s, u"Ana"_s, u"--pair"_s, a, b, u"--outcome"_s, u"left"_s})
                .exitCode,
            2);
        QCOMPARE(hublens({u"judge"_s, u"Eval A"_s, u"--run"_s, a, u"--rating"_s, u"3"_s}).exitCode, 2);
        QCOMPARE(hublens({u"sessions"_s, u"show"_s, u"Nope"_s}).exitCode, 3);

        const Run show = hublens({u"sessions"_s, u"show"_s, u"Eval A"_s, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(object.value("session"_L1).toObject().value("name"_L1).toString(), u"Eval A"_s);
        QCOMPARE(object.value("prompts"_L1).toArray().size(), 1);
        const QJsonArray runs = object.value("runs"_L1).toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).toObject().value("id"_L1).toInteger(), first);
        QCOMPARE(runs.at(0).toObject().value("text"_L1).toString(), u"Zelda"_s);
        QCOMPARE(runs.at(0).toObject().value("uid"_L1).toString().size(), 32);
        const QJsonArray judgments = object.value("judgments"_L1).toArray();
        QCOMPARE(judgments.size(), 2);
        QMap<QString, QJsonObject> byReviewer;
        for (const QJsonValue &value : judgments)
            byReviewer.insert(value.toObject().value("reviewer"_L1).toString(), value.toObject());
        QCOMPARE(byReviewer.value(u"Ana"_s).value("rating"_L1).toInt(), 4);
        QCOMPARE(byReviewer.value(u"Ana"_s).value("labels"_L1).toArray(), (QJsonArray{u"concise"_s, u"funny"_s}));
        QCOMPARE(byReviewer.value(u"Ana"_s).value("note"_L1).toString(), u"Short."_s);
        QCOMPARE(byReviewer.value(u"Ben"_s).value("rating"_L1).toInt(), 2);
        const QJsonArray pairs = object.value("pairwise"_L1).toArray();
        QCOMPARE(pairs.size(), 1);
        // Given as (b, a) with "a" winning: stored as (a, b) with "b" winning.
        QCOMPARE(pairs.at(0).toObject().value("run_a"_L1).toInteger(), first);
        QCOMPARE(pairs.at(0).toObject().value("outcome"_L1).toString(), u"b"_s);
        QCOMPARE(pairs.at(0).toObject().value("reason"_L1).toString(), u"funnier"_s);

        list = hublens({u"sessions"_s, u"list"_s, u"--json"_s});
        const QJsonObject listed = parseLine(list.outLines().value(0));
        QCOMPARE(listed.value("run_count"_L1).toInt(), 2);
        QCOMPARE(listed.value("reviewers"_L1).toArray(), (QJsonArray{u"Ana"_s, u"Ben"_s}));
        const Run text = hublens({u"sessions"_s, u"show"_s, u"Eval A"_s});
        QVERIFY2(text.out.contains(u"Ana:4 Ben:2"_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"funnier"_s));
    }

    void criteriaAndDecisions()
    {
        qint64 first = 0;
        {
            QString error;
            std::unique_ptr<RunStore> store = RunStore::open(m_dataDir->filePath(u"hublens.sqlite3"_s), &error);
            QVERIFY2(store, qPrintable(error));
            const qint64 session = store->ensureSession(u"Eval C"_s);
            StoredPrompt prompt;
            prompt.sessionId = session;
            prompt.text = u"Name a zebra"_s;
            StoredRun run;
            run.sessionId = session;
            run.promptId = store->addPrompt(prompt);
            run.endpointKind = u"openai"_s;
            run.endpointUrl = u"http://127.0.0.1:1/v1"_s;
            run.model = u"m"_s;
            run.result.status = RunStatus::Succeeded;
            run.result.totalMs = 120;
            run.endpointName = u"alpha"_s;
            first = store->saveRun(run);
            run.endpointName = u"beta"_s;
            run.result.status = RunStatus::Failed;
            QVERIFY(first > 0 && store->saveRun(run) > 0);
        }
        const QString a = QString::number(first);
        QCOMPARE(hublens({u"judge"_s, u"Eval C"_s, u"--reviewer"_s, u"Ana"_s, u"--run"_s, a, u"--rating"_s, u"4"_s})
                     .exitCode,
            0);

        Run none = hublens({u"sessions"_s, u"criteria"_s, u"Eval C"_s});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.out.contains(u"has no success criteria"_s), qPrintable(none.out));
        QCOMPARE(hublens({u"sessions"_s, u"criteria"_s, u"Eval C"_s, u"--add"_s, u"mean_rating >= 4"_s}).exitCode, 0);
        QCOMPARE(hublens({u"sessions"_s, u"criteria"_s, u"Eval C"_s, u"--add"_s, u"error_rate <= 10%"_s}).exitCode, 0);
        QCOMPARE(hublens({u"sessions"_s, u"criteria"_s, u"Eval C"_s, u"--add"_s, u"win_rate >= 60"_s, u"--baseline"_s,
                             u"beta"_s})
                     .exitCode,
            0);
        // Refused, with the reason: an unknown metric, a bad op, a missing value, JSON that is not an array.
        const Run unknown = hublens({u"sessions"_s, u"criteria"_s, u"Eval C"_s, u"--add"_s, u"speed > 3"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"unknown metric 'speed'"_s), qPrintable(unknown.err));
        const Run badOp = hublens({u"sessions"_s, u"criteria"_s, u"Eval C"_s, u"--set"_s,
            uR"([{"metric":"mean_rating","op":"=>","value":4}])"_s});
        QCOMPARE(badOp.exitCode, 2);
        QVERIFY2(badOp.err.contains(u"criterion 1: bad op '=>'"_s), qPrintable(badOp.err));
        QCOMPARE(hublens({u"sessions"_s, u"criteria"_s, u"Eval C"_s, u"--add"_s, u"mean_rating >="_s}).exitCode, 2);
        QCOMPARE(hublens({u"sessions"_s, u"criteria"_s, u"Eval C"_s, u"--set"_s, u"{}"_s}).exitCode, 2);
        QCOMPARE(hublens({u"sessions"_s, u"show"_s, u"Eval C"_s, u"--add"_s, u"mean_rating >= 4"_s}).exitCode, 2);

        QCOMPARE(hublens({u"decide"_s, u"Eval C"_s, u"--author"_s, u"Ana"_s, u"--text"_s, u"Ship alpha"_s,
                             u"--evidence"_s, u"run:"_s + a, u"--evidence"_s, u"chart:latency"_s})
                     .exitCode,
            0);
        QCOMPARE(hublens({u"decide"_s, u"Eval C"_s, u"--author"_s, u"Ana"_s, u"--text"_s, u"x"_s, u"--evidence"_s,
                             u"run:999"_s})
                     .exitCode,
            3);
        QCOMPARE(hublens({u"decide"_s, u"Eval C"_s, u"--text"_s, u"no author"_s}).exitCode, 2);

        const Run text = hublens({u"sessions"_s, u"show"_s, u"Eval C"_s});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.outLines();
        const auto line = [&lines](const QString &start) {
            for (const QString &candidate : lines) {
                if (candidate.simplified().startsWith(start))
                    return candidate.simplified();
            }
            return QString();
        };
        QCOMPARE(line(u"#"_s), u"# CRITERION ENDPOINT VALUE EVIDENCE RESULT"_s);
        QCOMPARE(line(u"1 mean_rating"_s), u"1 mean_rating >= 4 alpha 4.00 1 PASS"_s);
        QCOMPARE(line(u"beta – 0"_s), u"beta – 0 no data"_s);
        QCOMPARE(line(u"2 error_rate"_s), u"2 error_rate <= 10 alpha 0.0% 1 PASS"_s);
        QCOMPARE(line(u"beta 100.0%"_s), u"beta 100.0% 1 FAIL"_s);
        QCOMPARE(line(u"3 win_rate"_s), u"3 win_rate >= 60 vs beta alpha – 0 no data"_s);
        QCOMPARE(line(u"Decision log:"_s), u"Decision log:"_s);
        QVERIFY2(line(u"evidence:"_s) == u"evidence: run %1, chart latency"_s.arg(a), qPrintable(text.out));

        const Run json = hublens({u"sessions"_s, u"show"_s, u"Eval C"_s, u"--json"_s});
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray criteria = object.value("criteria"_L1).toArray();
        QCOMPARE(criteria.size(), 5);
        const QJsonObject rating = criteria.at(0).toObject();
        QCOMPARE(rating.value("criterion"_L1).toObject(),
            (QJsonObject{{u"metric"_s, u"mean_rating"_s}, {u"op"_s, u">="_s}, {u"value"_s, 4}}));
        QCOMPARE(rating.value("endpoint"_L1).toString(), u"alpha"_s);
        QCOMPARE(rating.value("value"_L1).toDouble(), 4.0);
        QCOMPARE(rating.value("evidence"_L1).toInt(), 1);
        QCOMPARE(rating.value("state"_L1).toString(), u"pass"_s);
        QVERIFY(criteria.at(1).toObject().value("value"_L1).isNull());
        QCOMPARE(criteria.at(1).toObject().value("state"_L1).toString(), u"no-data"_s);
        const QJsonArray decisions = object.value("decisions"_L1).toArray();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.at(0).toObject().value("text"_L1).toString(), u"Ship alpha"_s);

        QCOMPARE(hublens({u"sessions"_s, u"criteria"_s, u"Eval C"_s, u"--remove"_s, u"4"_s}).exitCode, 2);
        QCOMPARE(hublens({u"sessions"_s, u"criteria"_s, u"Eval C"_s, u"--remove"_s, u"1"_s}).exitCode, 0);
        const Run left = hublens({u"sessions"_s, u"criteria"_s, u"Eval C"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(left.out.toUtf8())
                     .array()
                     .at(0)
                     .toObject()
                     .value("criterion"_L1)
                     .toObject()
                     .value("metric"_L1)
                     .toString(),
            u"error_rate"_s);
    }

    // Export, then import into another data folder (HUBLENS_DATA_DIR); importing again is a no-op, and a broken file
    // imports nothing and names the line.
    void sessionsExportImport()
    {
        {
            QString error;
            std::unique_ptr<RunStore> store = RunStore::open(m_dataDir->filePath(u"hublens.sqlite3"_s), &error);
            QVERIFY2(store, qPrintable(error));
            const qint64 session = store->ensureSession(u"Eval B"_s);
            StoredPrompt prompt;
            prompt.sessionId = session;
            prompt.text = u"Name a zebra"_s;
            StoredRun run;
            run.sessionId = session;
            run.promptId = store->addPrompt(prompt);
            run.endpointName = u"alpha"_s;
            run.endpointKind = u"openai"_s;
            run.endpointUrl = u"http://127.0.0.1:1/v1"_s;
            run.model = u"m"_s;
            run.result.status = RunStatus::Succeeded;
            run.result.text = u"Zelda, \"the\" zebra"_s;
            QVERIFY(store->saveRun(run) > 0);
        }
        const QString runId = u"1"_s;
        QCOMPARE(hublens({u"judge"_s, u"Eval B"_s, u"--reviewer"_s, u"Ana"_s, u"--run"_s, runId, u"--rating"_s, u"4"_s})
                     .exitCode,
            0);
        QTemporaryDir exports;
        const QString jsonl = exports.filePath(u"eval.jsonl"_s);
        const QString bundle = exports.filePath(u"eval.hublens"_s);
        Run run = hublens({u"sessions"_s, u"export"_s, u"Eval B"_s, u"--format"_s, u"jsonl"_s, u"--out"_s, jsonl});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QFile::exists(jsonl), qPrintable(run.err));
        QCOMPARE(
            hublens({u"sessions"_s, u"export"_s, u"Eval B"_s, u"--format"_s, u"bundle"_s, u"--out"_s, bundle}).exitCode,
            0);
        const Run csv = hublens({u"sessions"_s, u"export"_s, u"Eval B"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"-"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.startsWith(u"session,prompt_uid,"_s), qPrintable(csv.out));
        QVERIFY(csv.out.contains(u"\"Zelda, \"\"the\"\" zebra\""_s));
        const Run stdoutJsonl =
            hublens({u"sessions"_s, u"export"_s, u"Eval B"_s, u"--format"_s, u"jsonl"_s, u"--out"_s, u"-"_s});
        QCOMPARE(stdoutJsonl.outLines().size(), 2);
        QCOMPARE(parseLine(stdoutJsonl.outLines().first()).value("format"_L1).toString(), u"hublens-session"_s);
        // Refused: an unknown format, no --out, a bundle to stdout, no such session.
        QCOMPARE(
            hublens({u"sessions"_s, u"export"_s, u"Eval B"_s, u"--format"_s, u"xml"_s, u"--out"_s, jsonl}).exitCode, 2);
        QCOMPARE(hublens({u"sessions"_s, u"export"_s, u"Eval B"_s, u"--format"_s, u"jsonl"_s}).exitCode, 2);
        QCOMPARE(
            hublens({u"sessions"_s, u"export"_s, u"Eval B"_s, u"--format"_s, u"bundle"_s, u"--out"_s, u"-"_s}).exitCode,
            2);
        QCOMPARE(
            hublens({u"sessions"_s, u"export"_s, u"Nope"_s, u"--format"_s, u"jsonl"_s, u"--out"_s, jsonl}).exitCode, 3);

        // Another machine: an empty data folder.
        m_dataDir = std::make_unique<QTemporaryDir>();
        run = hublens({u"sessions"_s, u"import"_s, jsonl});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"'Eval B' (new session)"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"runs:       1 added"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"judgments:  1 added"_s), qPrintable(run.out));
        run = hublens({u"sessions"_s, u"import"_s, bundle});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Nothing new"_s), qPrintable(run.out));
        const Run show = hublens({u"sessions"_s, u"show"_s, u"Eval B"_s, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(object.value("runs"_L1).toArray().size(), 1);
        QCOMPARE(object.value("judgments"_L1).toArray().at(0).toObject().value("rating"_L1).toInt(), 4);

        QFile broken(exports.filePath(u"broken.jsonl"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        QFile original(jsonl);
        QVERIFY(original.open(QIODevice::ReadOnly));
        broken.write(original.readLine());
        broken.write("{\"record\": \"run\", oops}\n");
        broken.close();
        run = hublens({u"sessions"_s, u"import"_s, broken.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"broken.jsonl, line 2: not valid JSON"_s), qPrintable(run.err));
        QCOMPARE(hublens({u"sessions"_s, u"import"_s, exports.filePath(u"missing.jsonl"_s)}).exitCode, 3);
        const Run csvImport = hublens({u"sessions"_s, u"import"_s, [&] {
                                           QFile file(exports.filePath(u"eval.csv"_s));
                                           file.open(QIODevice::WriteOnly);
                                           file.write(csv.out.toUtf8());
                                           return file.fileName();
                                       }()});
        QCOMPARE(csvImport.exitCode, 1);
        QVERIFY2(csvImport.err.contains(u"CSV is for spreadsheets"_s), qPrintable(csvImport.err));
    }

    void report()
    {
        QList<qint64> alpha;
        QList<qint64> beta;
        {
            QString error;
            std::unique_ptr<RunStore> store = RunStore::open(m_dataDir->filePath(u"hublens.sqlite3"_s), &error);
            QVERIFY2(store, qPrintable(error));
            const qint64 session = store->ensureSession(u"Eval R"_s);
            for (int p = 0; p < 6; ++p) {
                StoredPrompt prompt;
                prompt.sessionId = session;
                prompt.text = u"Prompt %1"_s.arg(p);
                const qint64 promptId = store->addPrompt(prompt);
                StoredRun run;
                run.sessionId = session;
                run.promptId = promptId;
                run.endpointKind = u"openai"_s;
                run.endpointUrl = u"http://127.0.0.1:1/v1"_s;
                run.result.status = RunStatus::Succeeded;
                run.result.ttftMs = 100 + p;
                run.result.totalMs = 1000 + p;
                run.endpointName = u"alpha"_s;
                run.model = u"a-model"_s;
                alpha.append(store->saveRun(run));
                run.endpointName = u"beta"_s;
                run.model = u"b-model"_s;
                beta.append(store->saveRun(run));
            }
        }
        for (int p = 0; p < 6; ++p) {
            QCOMPARE(
                hublens({u"judge"_s, u"Eval R"_s, u"--reviewer"_s, u"Ana"_s, u"--pair"_s, QString::number(alpha.at(p)),
                            QString::number(beta.at(p)), u"--outcome"_s, p < 5 ? u"a"_s : u"b"_s})
                    .exitCode,
                0);
        }
        QCOMPARE(hublens({u"judge"_s, u"Eval R"_s, u"--reviewer"_s, u"Ana"_s, u"--run"_s, QString::number(alpha.at(0)),
                             u"--rating"_s, u"5"_s})
                     .exitCode,
            0);

        const Run text = hublens({u"report"_s, u"Eval R"_s, u"--replicates"_s, u"200"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"Leaderboard (Bradley–Terry strength"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"a-model"_s) && text.out.contains(u"Latency"_s), qPrintable(text.out));

        const Run json = hublens({u"report"_s, u"Eval R"_s, u"--json"_s, u"--replicates"_s, u"200"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray leaderboard = object.value("leaderboard"_L1).toArray();
        QCOMPARE(leaderboard.size(), 2);
        const QJsonObject first = leaderboard.at(0).toObject();
        QCOMPARE(first.value("endpoint"_L1).toString(), u"alpha"_s);
        QCOMPARE(first.value("model"_L1).toString(), u"a-model"_s);
        QCOMPARE(first.value("wins"_L1).toInt(), 5);
        QCOMPARE(first.value("losses"_L1).toInt(), 1);
        QCOMPARE(first.value("mean_rating"_L1).toDouble(), 5.0);
        QVERIFY(first.value("ci_low"_L1).toDouble() <= first.value("strength"_L1).toDouble());
        QVERIFY(first.value("strength"_L1).toDouble() <= first.value("ci_high"_L1).toDouble());
        QCOMPARE(object.value("latency"_L1).toArray().size(), 2);
        QVERIFY(object.contains("agreement"_L1) && object.contains("criteria"_L1));
        // Seeded bootstrap: a second run prints the same intervals.
        const Run again = hublens({u"report"_s, u"Eval R"_s, u"--json"_s, u"--replicates"_s, u"200"_s});
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value("leaderboard"_L1), leaderboard);

        QTemporaryDir out;
        const QString html = out.filePath(u"r.html"_s);
        const QString pdf = out.filePath(u"r.pdf"_s);
        const Run files = hublens({u"report"_s, u"Eval R"_s, u"--html"_s, html, u"--pdf"_s, pdf});
        QCOMPARE(files.exitCode, 0);
        QVERIFY2(files.err.contains(u"Wrote "_s), qPrintable(files.err));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray page = htmlFile.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("<svg "));
        QVERIFY(page.contains(QString::number(first.value("strength"_L1).toDouble(), 'f', 0).toUtf8()));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF-"));

        QCOMPARE(hublens({u"report"_s, u"Nope"_s}).exitCode, 3);
        QCOMPARE(hublens({u"report"_s}).exitCode, 2);
        QCOMPARE(hublens({u"report"_s, u"Eval R"_s, u"--replicates"_s, u"many"_s}).exitCode, 2);
        QCOMPARE(hublens({u"report"_s, u"Eval R"_s, u"--replicates"_s, u"5"_s}).exitCode, 2); // too few to mean much
        QCOMPARE(hublens({u"report"_s, u"Eval R"_s, u"--html"_s, u"-"_s, u"--json"_s}).exitCode, 2);
        QCOMPARE(hublens({u"report"_s, u"Eval R"_s, u"--html"_s, out.filePath(u"no/such/dir/r.html"_s)}).exitCode, 1);
    }

private:
    static int countRows(const QString &path, const QString &sql)
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(path, &error, Database::Schema::Untouched);
        if (!db)
            return -1;
        Statement count = db->prepare(sql);
        return count.step() ? count.columnInt(0) : -1;
    }

    QProcessEnvironment environment(const Environment &extra)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"HF_TOKEN"_s, u"HUGGING_FACE_HUB_TOKEN"_s, u"HF_TOKEN_PATH"_s, u"HF_HUB_OFFLINE"_s,
                 u"TRANSFORMERS_OFFLINE"_s, u"HF_HUB_DISABLE_IMPLICIT_TOKEN"_s, u"QT_LOGGING_RULES"_s,
                 u"XDG_CACHE_HOME"_s})
            environment.remove(name);
        const QString url = m_server.url().toString();
        environment.insert(u"HF_ENDPOINT"_s, url);
        environment.insert(u"HUBLENS_DATASETS_SERVER"_s, url);
        environment.insert(u"HUBLENS_DATA_DIR"_s, m_dataDir->path());
        environment.insert(u"HF_HOME"_s, m_hfHome->path());
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        for (const auto &[name, value] : extra)
            environment.insert(name, value);
        return environment;
    }

    Run hublens(const QStringList &arguments, const Environment &extra = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(extra));
        process.start(QStringLiteral(HUBLENS_BINARY), arguments);
        Run run;
        if (!process.waitForStarted(10000)) {
            run.err = process.errorString();
            return run;
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            run.err = u"timed out: "_s + QString::fromUtf8(process.readAllStandardError());
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QTemporaryDir> m_hfHome;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
