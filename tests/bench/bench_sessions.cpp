// SPDX-License-Identifier: GPL-3.0-or-later
// The sessions benchmark (issue 5): a session of 100,000 runs (~500 bytes of text each, over 25,000 prompts and 4
// endpoints) with 100,000 judgments and 50,000 pairwise judgments, built in one transaction in a temporary data folder.
// The measurements run in a child process (this executable with --measure), so they start from a fresh process state
// and its peak RSS is the app's, not the generator's:
//   (a) open the database, list the sessions and load the first page of 50 runs   <= 100 ms;
//       the Review page's pairwise queue for a reviewer, with its first item shown    <= 100 ms
//   (b) a full-text JudgmentStore::search, median over several words                <= 50 ms
//   (c) JSONL export of the whole session                                            <= 2 s
//   (d) peak RSS (VmHWM) of the measuring process                                    <= 200 MB
//   (e) the Dashboard's report on it (with 50,000 pairwise judgments), after (d)     <= 2 s (our own aim)
// Prints each with its target and PASS/FAIL, and exits 1 when a target is missed (2 when it could not run).
//
//   bench_sessions [--runs N] [--keep DIR]
#include <algorithm>
#include <cstdio>
#include <random>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "app/eval/reviewcontroller.h"
#include "app/eval/sessionreport.h"
#include "app/storage/database.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "app/storage/sessionexchange.h"
#include "app/storage/statement.h"
#include "app/storage/transaction.h"

#include <time.h>

using namespace Qt::StringLiterals;

namespace {

constexpr double kTargetOpenMs = 100.0;
constexpr double kTargetSearchMs = 50.0;
constexpr double kTargetExportMs = 2000.0;
// Not an issue target: the Dashboard recomputes off the GUI thread, and a refresh within 2 s keeps it live.
constexpr double kTargetReportMs = 2000.0;
constexpr double kTargetPeakRssMb = 200.0;
const QString kSessionName = u"Benchmark session"_s;

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QRegularExpressionMatch match =
        QRegularExpression(u"^VmHWM:\\s+(\\d+)\\s+kB"_s, QRegularExpression::MultilineOption)
            .match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

// CPU time of this process: on a shared machine, wall time also counts the time other processes held the cores.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A fixed vocabulary: realistic word lengths and a Zipf-like spread, so a search word matches thousands of rows.
QStringList vocabulary()
{
    QStringList words;
    const QString syllables = u"ka lo mi ra ne tu sa vo pe di zu ba fo ge hi ju"_s;
    const QStringList parts = syllables.split(u' ');
    for (const QString &a : parts) {
        for (const QString &b : parts) {
            for (const QString &c : {u"n"_s, u"r"_s, u"s"_s, u"ta"_s, u"le"_s, u"mo"_s, u""_s, u"x"_s})
                words.append(a + b + c);
        }
    }
    return words; // 2048 words
}

QString sentence(std::mt19937 &random, const QStringList &words, int bytes)
{
    std::uniform_int_distribution<qsizetype> pick(0, words.size() - 1);
    QString text;
    text.reserve(bytes + 16);
    while (text.size() < bytes) {
        // Square the draw: low indexes are common, as in real text.
        const qsizetype index = pick(random) * pick(random) / words.size();
        text += words.at(index);
        text += text.size() % 9 == 0 ? u". "_s : u" "_s;
    }
    return text;
}

int build(const QString &path, int runCount)
{
    QString error;
    std::unique_ptr<Database> database = Database::open(path, &error);
    if (!database) {
        print(u"cannot create the database: "_s + error);
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    std::mt19937 random(20261127);
    const QStringList words = vocabulary();
    const int promptCount = std::max(1, runCount / 4);
    Transaction transaction(*database);
    Statement session = database->prepare(
        u"INSERT INTO sessions (name, created_at, uid, settings) VALUES (?1, ?2, lower(hex(randomblob(16))), '{}')"_s);
    session.bind(1, kSessionName);
    session.bind(2, QDateTime::currentDateTimeUtc());
    if (!transaction.isActive() || !session.exec()) {
        print(u"cannot create the session"_s);
        return 2;
    }
    const qint64 sessionId = database->lastInsertId();
    // A second, small session: listing and search must not be fooled by a database of one session.
    database->exec(u"INSERT INTO sessions (name, created_at, uid) VALUES ('Other', '2026-01-01T00:00:00.000Z', "
                   "lower(hex(randomblob(16))))"_s);
    Statement prompt = database->prepare(u"INSERT INTO prompts (session_id, text, source, created_at, uid) VALUES "
                                         "(?1, ?2, '{\"kind\":\"typed\"}', ?3, lower(hex(randomblob(16))))"_s);
    Statement run = database->prepare(RunStore::insertRunSql());
    Statement judgment = database->prepare(
        u"INSERT INTO judgments (uid, session_id, run_id, reviewer, rating, labels, note, flagged, created_at, "
        "updated_at) VALUES (lower(hex(randomblob(16))), ?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?7)"_s);
    Statement pair = database->prepare(
        u"INSERT INTO pair_judgments (uid, session_id, run_a, run_b, reviewer, outcome, blind, created_at, updated_at) "
        "VALUES (lower(hex(randomblob(16))), ?1, ?2, ?3, ?4, ?5, 1, ?6, ?6)"_s);
    QList<qint64> promptRuns;
    std::uniform_int_distribution<int> outcome(0, 9);
    const QStringList endpoints = {u"router"_s, u"openai"_s, u"tgi"_s, u"ollama"_s};
    const QStringList reviewers = {u"Ana"_s, u"Ben"_s, u"Cleo"_s};
    const QDateTime start(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    std::uniform_int_distribution<int> rating(1, 5);
    qint64 promptId = 0;
    QString promptText;
    for (int i = 0; i < runCount; ++i) {
        const int promptIndex = i / 4;
        if (i % 4 == 0 && promptIndex < promptCount) {
            promptText = sentence(random, words, 120);
            prompt.bind(1, sessionId);
            prompt.bind(2, promptText);
            prompt.bind(3, start.addSecs(promptIndex));
            if (!prompt.exec())
                return 2;
            promptId = database->lastInsertId();
        }
        StoredRun stored;
        stored.sessionId = sessionId;
        stored.promptId = promptId;
        stored.endpointName = endpoints.at(i % 4);
        stored.endpointKind = u"openai"_s;
        stored.endpointUrl = u"http://127.0.0.1:8080/v1"_s;
        stored.model = u"org/model-%1"_s.arg(i % 4);
        stored.params.temperature = 0.7;
        stored.params.maxTokens = 512;
        stored.params.seed = i;
        stored.messages = {{u"user"_s, promptText}};
        stored.startedAt = start.addMSecs(qint64(i) * 1500);
        stored.result.status = RunStatus::Succeeded;
        stored.result.text = sentence(random, words, 500);
        stored.result.finishReason = u"stop"_s;
        stored.result.ttftMs = 100 + i % 300;
        stored.result.totalMs = 900 + i % 700;
        stored.result.usage.promptTokens = 40;
        stored.result.completionTokens = 120;
        stored.result.usageReported = true;
        stored.result.tokensPerSecond = 60.5;
        stored.result.attempts = 1;
        RunStore::bindRun(run, stored);
        if (!run.exec())
            return 2;
        const qint64 runId = database->lastInsertId();
        if (i % 4 == 0)
            promptRuns.clear();
        promptRuns.append(runId);
        // Two pairwise judgments per prompt (first against second, third against fourth endpoint), the earlier
        // endpoint winning more often: 50,000 for the Dashboard's ranking.
        if (promptRuns.size() == 4) {
            for (int k = 0; k < 2; ++k) {
                const int draw = outcome(random);
                pair.bind(1, sessionId);
                pair.bind(2, promptRuns.at(2 * k));
                pair.bind(3, promptRuns.at(2 * k + 1));
                pair.bind(4, reviewers.at((i / 4 + k) % 3));
                pair.bind(5, draw < 5 ? u"a"_s : (draw < 8 ? u"b"_s : (draw < 9 ? u"tie"_s : u"both-bad"_s)));
                pair.bind(6, start.addMSecs(qint64(i) * 1500 + 90000 + k));
                if (!pair.exec())
                    return 2;
            }
        }
        // One judgment per run on average: reviewers take turns, one run in ten gets a note.
        judgment.bind(1, sessionId);
        judgment.bind(2, runId);
        judgment.bind(3, reviewers.at(i % 3));
        judgment.bind(4, rating(random));
        judgment.bind(5, i % 7 == 0 ? u"[\"concise\"]"_s : u"[]"_s);
        if (i % 10 == 0)
            judgment.bind(6, sentence(random, words, 80));
        else
            judgment.bind(6, nullptr);
        judgment.bind(7, start.addMSecs(qint64(i) * 1500 + 60000));
        if (!judgment.exec())
            return 2;
    }
    if (!transaction.commit(&error)) {
        print(u"cannot commit: "_s + error);
        return 2;
    }
    database->exec(u"PRAGMA wal_checkpoint(TRUNCATE); ANALYZE"_s);
    print(u"built %1 runs over %2 prompts with %1 judgments in %3 s (%4 MB on disk)"_s.arg(runCount)
              .arg(promptCount)
              .arg(elapsedMs(timer) / 1000.0, 0, 'f', 1)
              .arg(double(QFileInfo(path).size()) / 1048576.0, 0, 'f', 0));
    return 0;
}

// The measuring child: a fresh process, the stores opened as the app opens them.
int measure(const QString &path, const QString &exportPath)
{
    const auto mark = [](bool ok) {
        return ok ? u"PASS"_s : u"FAIL"_s;
    };
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::unique_ptr<RunStore> runs = RunStore::open(path, &error);
    if (!runs) {
        print(u"cannot open the database: "_s + error);
        return 2;
    }
    const QList<SessionInfo> sessions = runs->sessions();
    const auto found = std::find_if(
        sessions.cbegin(), sessions.cend(), [](const SessionInfo &session) { return session.name == kSessionName; });
    if (found == sessions.cend()) {
        print(u"the benchmark session is missing"_s);
        return 2;
    }
    const QList<StoredRun> page = runs->runsPage(found->id, 0, 50);
    const double openMs = elapsedMs(timer);
    if (page.size() != 50) {
        print(u"the first page has %1 runs"_s.arg(page.size()));
        return 2;
    }

    std::unique_ptr<JudgmentStore> judgments = JudgmentStore::open(path, &error);
    if (!judgments) {
        print(u"cannot open the judgments: "_s + error);
        return 2;
    }
    // The Review page opening on the session: a reviewer's pairwise queue over every run, and its first item shown.
    timer.restart();
    ReviewController review(runs.get(), judgments.get());
    review.start(found->id, u"bench reviewer"_s, ReviewMode::Pairwise, true);
    const QList<StoredRun> shown = review.runs();
    const double reviewMs = elapsedMs(timer);
    const int reviewItems = review.queue()->rowCount();
    if (shown.size() != 2) {
        print(u"the review queue's first item has %1 runs"_s.arg(shown.size()));
        return 2;
    }

    const QStringList words = vocabulary();
    // Common, middling and rare words (the vocabulary's draw is skewed to low indexes), and a two-word query.
    const QStringList queries = {words.at(3), words.at(40), words.at(300), words.at(900), words.at(1500),
        words.at(7) + u' ' + words.at(60), words.at(2000).left(4)};
    QList<double> searchMs;
    QList<int> hits;
    for (const QString &query : queries) {
        timer.restart();
        const QList<SearchHit> results = judgments->search(query, 0, 200);
        searchMs.append(elapsedMs(timer));
        hits.append(int(results.size()));
    }
    QList<double> sorted = searchMs;
    std::sort(sorted.begin(), sorted.end());
    const double searchMedian = sorted.at(sorted.size() / 2);

    Database *raw = nullptr;
    std::unique_ptr<Database> database = Database::open(path, &error);
    raw = database.get();
    if (!raw) {
        print(u"cannot open the database: "_s + error);
        return 2;
    }
    SessionExchange exchange(*raw);
    QFile out(exportPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        print(u"cannot write "_s + exportPath);
        return 2;
    }
    timer.restart();
    const double cpuBefore = cpuMs();
    const bool exported = exchange.exportJsonl(found->id, &out);
    out.close();
    const double exportMs = elapsedMs(timer);
    const double exportCpuMs = cpuMs() - cpuBefore;
    if (!exported) {
        print(u"export failed: "_s + exchange.lastError());
        return 2;
    }
    const double rss = peakRssMb();

    // (e) The Dashboard's report, as its worker computes it: every run's measurements, every judgment and pairwise
    // judgment, and a 1,000-replicate bootstrap.
    timer.restart();
    const std::optional<ReportInput> reportInput = SessionReports::load(path, found->id, &error);
    if (!reportInput) {
        print(u"report failed: "_s + error);
        return 2;
    }
    const double reportLoadMs = elapsedMs(timer);
    const SessionReport report = SessionReports::build(*reportInput);
    const double reportMs = elapsedMs(timer);

    const bool openOk = openMs <= kTargetOpenMs;
    const bool reviewOk = reviewMs <= kTargetOpenMs;
    const bool searchOk = searchMedian <= kTargetSearchMs;
    const bool exportOk = exportMs <= kTargetExportMs;
    const bool rssOk = rss >= 0 && rss <= kTargetPeakRssMb;
    QStringList perQuery;
    for (qsizetype i = 0; i < queries.size(); ++i)
        perQuery.append(u"'%1' %2 ms/%3 hits"_s.arg(queries.at(i)).arg(searchMs.at(i), 0, 'f', 1).arg(hits.at(i)));
    print(u"  %1 %2 %3 %4"_s.arg(u"metric"_s, -46).arg(u"value"_s, 12).arg(u"target"_s, 12).arg(u"result"_s));
    print(u"  %1 %2 %3 %4"_s.arg(u"(a) open + list sessions + first 50 runs"_s, -46)
              .arg(u"%1 ms"_s.arg(openMs, 0, 'f', 1), 12)
              .arg(u"<= %1 ms"_s.arg(kTargetOpenMs, 0, 'f', 0), 12)
              .arg(mark(openOk)));
    print(u"  %1 %2 %3 %4"_s.arg(u"(a) Review: pairwise queue (%1 items), 1st item"_s.arg(reviewItems), -46)
              .arg(u"%1 ms"_s.arg(reviewMs, 0, 'f', 1), 12)
              .arg(u"<= %1 ms"_s.arg(kTargetOpenMs, 0, 'f', 0), 12)
              .arg(mark(reviewOk)));
    print(u"  %1 %2 %3 %4"_s.arg(u"(b) full-text search, median of %1"_s.arg(queries.size()), -46)
              .arg(u"%1 ms"_s.arg(searchMedian, 0, 'f', 1), 12)
              .arg(u"<= %1 ms"_s.arg(kTargetSearchMs, 0, 'f', 0), 12)
              .arg(mark(searchOk)));
    print(u"      "_s + perQuery.join(u", "_s));
    print(u"  %1 %2 %3 %4"_s
              .arg(u"(c) JSONL export (%1 MB)"_s.arg(double(QFileInfo(exportPath).size()) / 1048576.0, 0, 'f', 0), -46)
              .arg(u"%1 ms"_s.arg(exportMs, 0, 'f', 0), 12)
              .arg(u"<= %1 ms"_s.arg(kTargetExportMs, 0, 'f', 0), 12)
              .arg(mark(exportOk)));
    print(u"      CPU time %1 ms (wall includes waiting for a shared core)"_s.arg(exportCpuMs, 0, 'f', 0));
    print(u"  %1 %2 %3 %4"_s.arg(u"(d) peak RSS (VmHWM)"_s, -46)
              .arg(u"%1 MB"_s.arg(rss, 0, 'f', 1), 12)
              .arg(u"<= %1 MB"_s.arg(kTargetPeakRssMb, 0, 'f', 0), 12)
              .arg(mark(rssOk)));
    const bool reportOk = reportMs <= kTargetReportMs;
    print(u"  %1 %2 %3 %4"_s.arg(u"(e) Dashboard report (%1 pairwise judgments)"_s.arg(report.pairCount), -46)
              .arg(u"%1 ms"_s.arg(reportMs, 0, 'f', 0), 12)
              .arg(u"<= %1 ms"_s.arg(kTargetReportMs, 0, 'f', 0), 12)
              .arg(mark(reportOk)));
    print(u"      of which reading the session %1 ms; on a worker thread, the window stays responsive"_s.arg(
        reportLoadMs, 0, 'f', 0));
    const bool met = openOk && reviewOk && searchOk && exportOk && rssOk && reportOk;
    print(u"{\"bench\":\"sessions\",\"runs\":%1,\"open_ms\":%2,\"search_median_ms\":%3,\"export_ms\":%4,"
          "\"export_cpu_ms\":%7,\"peak_rss_mb\":%5,\"report_ms\":%8,\"targets_met\":%6}"_s.arg(found->runCount)
              .arg(openMs, 0, 'f', 1)
              .arg(searchMedian, 0, 'f', 1)
              .arg(exportMs, 0, 'f', 0)
              .arg(rss, 0, 'f', 1)
              .arg(met ? u"true"_s : u"false"_s)
              .arg(exportCpuMs, 0, 'f', 0)
              .arg(reportMs, 0, 'f', 0));
    return met ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"runs"_s, u"Runs in the session (default 100000)."_s, u"N"_s, u"100000"_s},
        {u"keep"_s, u"Build in DIR and keep it (reused when it already holds a database)."_s, u"DIR"_s},
        {u"measure"_s, u"Internal: measure the database at PATH."_s, u"PATH"_s},
        {u"export"_s, u"Internal: where --measure exports to."_s, u"PATH"_s}});
    parser.process(app);
    if (parser.isSet(u"measure"_s))
        return measure(parser.value(u"measure"_s), parser.value(u"export"_s));

    const int runCount = parser.value(u"runs"_s).toInt();
    if (runCount < 50) {
        print(u"--runs must be at least 50"_s);
        return 2;
    }
    QTemporaryDir scratch;
    const QString dir = parser.isSet(u"keep"_s) ? parser.value(u"keep"_s) : scratch.path();
    const QString path = dir + u"/hublens.sqlite3"_s;
    if (!QFile::exists(path)) {
        if (const int built = build(path, runCount); built != 0)
            return built;
    }
    print(u"sessions benchmark: %1 runs (measured in a fresh process)"_s.arg(runCount));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(
        QCoreApplication::applicationFilePath(), {u"--measure"_s, path, u"--export"_s, dir + u"/export.jsonl"_s});
    if (!child.waitForFinished(300000) || child.exitStatus() != QProcess::NormalExit) {
        print(u"the measuring process failed"_s);
        return 2;
    }
    return child.exitCode();
}
