// SPDX-License-Identifier: GPL-3.0-or-later
// hublens-storage-writer MODE TAG [COUNT]: writes to the database of $HUBLENS_DATA_DIR through RunStore and
// JudgmentStore until killed (or COUNT writes), printing one line on stdout after each committed write. The child
// process of tst_reliability, which kills it with SIGKILL and then checks that nothing it reported is lost.
//   runs        a prompt, then its run                              "run RUN_ID PROMPT_ID NUMBER"
//   judgments   a prompt, two runs, a judgment of the first run and  "judgment ID RUN_ID NUMBER", "pair ID NUMBER"
//               a pairwise judgment of the two
//   duplicates  copies of one session (one transaction each)        "session ID NUMBER"
// "ready" comes first, once the database is open. Errors go to stderr, exit code 1.
#include <cstdio>

#include <QCoreApplication>
#include <QStringList>

#include "app/core/paths.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "tests/support/storagewriter.h"

using namespace Qt::StringLiterals;

namespace {

void report(const QString &line)
{
    // Unbuffered in effect: a line is on the pipe before the next write starts, so a kill loses no report.
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int failure(const QString &what, const QString &error)
{
    std::fputs(qPrintable(u"error: %1: %2\n"_s.arg(what, error)), stderr);
    return 1;
}

StoredRun runFor(qint64 sessionId, qint64 promptId, const QString &prompt, int column)
{
    StoredRun run;
    run.sessionId = sessionId;
    run.promptId = promptId;
    run.endpointName = column == 0 ? u"alpha"_s : u"beta"_s;
    run.endpointKind = u"openai"_s;
    run.endpointUrl = u"http://127.0.0.1:1/v1"_s;
    run.model = u"writer/model"_s;
    run.messages = {{u"user"_s, prompt}};
    run.result.status = RunStatus::Succeeded;
    run.result.text = StorageWriter::runText(prompt, column);
    run.result.totalMs = 100 + column;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString mode = arguments.value(1);
    const QString tag = arguments.value(2);
    const int count = arguments.size() > 3 ? arguments.at(3).toInt() : -1;
    if ((mode != u"runs"_s && mode != u"judgments"_s && mode != u"duplicates"_s) || tag.isEmpty())
        return failure(u"usage"_s, u"hublens-storage-writer runs|judgments|duplicates TAG [COUNT]"_s);

    QString error;
    const QString path = Paths::databasePath();
    std::unique_ptr<RunStore> runs = RunStore::open(path, &error);
    if (!runs)
        return failure(u"open"_s, error);
    std::unique_ptr<JudgmentStore> judgments = JudgmentStore::open(path, &error);
    if (!judgments)
        return failure(u"open"_s, error);
    const qint64 sessionId = runs->ensureSession(StorageWriter::sessionName(mode));
    if (sessionId <= 0)
        return failure(u"session"_s, runs->lastError());

    const auto addPrompt = [&](const QString &text) {
        StoredPrompt prompt;
        prompt.sessionId = sessionId;
        prompt.text = text;
        return runs->addPrompt(prompt);
    };
    if (mode == u"duplicates"_s && runs->prompts(sessionId).isEmpty()) {
        for (int i = 0; i < StorageWriter::SourcePrompts; ++i) {
            const QString text = StorageWriter::promptText(u"source"_s, i);
            const qint64 promptId = addPrompt(text);
            if (promptId <= 0 || runs->saveRun(runFor(sessionId, promptId, text, 0)) <= 0
                || runs->saveRun(runFor(sessionId, promptId, text, 1)) <= 0)
                return failure(u"seed"_s, runs->lastError());
        }
    }
    report(u"ready"_s);

    for (int number = 0; count < 0 || number < count; ++number) {
        if (mode == u"duplicates"_s) {
            const qint64 copy = runs->duplicateSession(sessionId, u"Copy %1 %2"_s.arg(tag).arg(number));
            if (copy <= 0)
                return failure(u"duplicate"_s, runs->lastError());
            report(u"session %1 %2"_s.arg(copy).arg(number));
            continue;
        }
        const QString text = StorageWriter::promptText(tag, number);
        const qint64 promptId = addPrompt(text);
        if (promptId <= 0)
            return failure(u"prompt"_s, runs->lastError());
        const qint64 first = runs->saveRun(runFor(sessionId, promptId, text, 0));
        if (first <= 0)
            return failure(u"run"_s, runs->lastError());
        if (mode == u"runs"_s) {
            report(u"run %1 %2 %3"_s.arg(first).arg(promptId).arg(number));
            continue;
        }
        const qint64 second = runs->saveRun(runFor(sessionId, promptId, text, 1));
        if (second <= 0)
            return failure(u"run"_s, runs->lastError());
        Judgment judgment;
        judgment.runId = first;
        judgment.reviewer = tag;
        judgment.rating = StorageWriter::rating(number);
        judgment.labels = StorageWriter::labels(tag, number);
        judgment.note = StorageWriter::note(tag, number);
        judgment.flagged = number % 2 == 1;
        const qint64 judgmentId = judgments->saveJudgment(judgment);
        if (judgmentId <= 0)
            return failure(u"judgment"_s, judgments->lastError());
        report(u"judgment %1 %2 %3"_s.arg(judgmentId).arg(first).arg(number));
        PairJudgment pair;
        pair.runA = first;
        pair.runB = second;
        pair.reviewer = tag;
        pair.outcome = StorageWriter::outcome(number);
        pair.reason = StorageWriter::reason(tag, number);
        const qint64 pairId = judgments->savePair(pair);
        if (pairId <= 0)
            return failure(u"pair"_s, judgments->lastError());
        report(u"pair %1 %2"_s.arg(pairId).arg(number));
    }
    return 0;
}
