// SPDX-License-Identifier: GPL-3.0-or-later
// The session verbs of the command line: `hublens sessions …` and `hublens judge …` (CommandLine's members).
#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include "app/cli/clitable.h"
#include "app/cli/commandline.h"
#include "app/core/format.h"
#include "app/core/paths.h"
#include "app/eval/criteria.h"
#include "app/storage/database.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"
#include "app/storage/sessionexchange.h"
#include "app/storage/sessionjson.h"

using namespace Qt::StringLiterals;

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString localTime(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"–"_s;
}

QString ratingText(const std::optional<int> &rating)
{
    return rating ? QString::number(*rating) : u"–"_s;
}

QString resultText(const CriterionResult &result)
{
    switch (result.state) {
    case CriterionResult::State::Pass:
        return u"PASS"_s;
    case CriterionResult::State::Fail:
        return u"FAIL"_s;
    case CriterionResult::State::NoData:
        return u"no data"_s;
    case CriterionResult::State::Invalid:
        return u"invalid: "_s + result.error;
    }
    return {};
}

// CRITERION  ENDPOINT  VALUE  EVIDENCE  RESULT, one row per criterion and endpoint.
void writeCriteria(QTextStream &out, const QList<CriterionResult> &results)
{
    CliText::Table table({u"#"_s, u"CRITERION"_s, u"ENDPOINT"_s, u"VALUE"_s, u"EVIDENCE"_s, u"RESULT"_s},
        {true, false, false, true, true, false});
    int previous = -1;
    for (const CriterionResult &result : results) {
        // Number the criteria, not the rows: that number is what --remove takes.
        const bool first = result.index != previous;
        previous = result.index;
        const QString number = QString::number(result.index + 1);
        const bool invalid = result.state == CriterionResult::State::Invalid;
        const QString criterion = invalid
            ? QString::fromUtf8(QJsonDocument(QJsonArray{result.source}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1)
            : result.criterion.text();
        table.add({first ? number : QString(), first ? criterion : QString(),
            result.endpoint.isEmpty() ? u"–"_s : result.endpoint,
            result.value ? Criteria::formatValue(result.criterion.metric, *result.value) : u"–"_s,
            invalid ? QString() : QString::number(result.evidence), resultText(result)});
    }
    table.write(out);
}

QJsonArray criteriaJson(const QList<CriterionResult> &results)
{
    QJsonArray array;
    for (const CriterionResult &result : results)
        array.append(result.toJson());
    return array;
}

} // namespace

bool CommandLine::setUpSessions()
{
    QString error;
    const QString path = Paths::databasePath();
    if (!m_runs)
        m_runs = RunStore::open(path, &error);
    if (m_runs && !m_judgments)
        m_judgments = JudgmentStore::open(path, &error);
    if (!m_runs || !m_judgments) {
        *m_err << u"hublens: cannot open the database %1: %2\n"_s.arg(path, error);
        finish(Failure);
        return false;
    }
    return true;
}

std::optional<SessionInfo> CommandLine::sessionNamed(const QString &name)
{
    std::optional<SessionInfo> session = m_runs->sessionByName(name);
    if (!session || session->deletedAt.isValid()) {
        *m_err << u"hublens: there is no session named '%1' (see 'hublens sessions list')\n"_s.arg(name);
        finish(NotFound);
        return std::nullopt;
    }
    return session;
}

void CommandLine::runSessions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"json"_s, u"JSON output."_s}, {u"format"_s, u"Export format: jsonl, csv or bundle."_s, u"FORMAT"_s},
            {u"out"_s, u"Export to this file ('-': standard output, JSONL and CSV only)."_s, u"PATH"_s},
            {u"set"_s, u"Replace the criteria with a JSON array."_s, u"JSON"_s},
            {u"add"_s, u"Add a criterion: \"METRIC OP VALUE\"."_s, u"CRITERION"_s},
            {u"endpoint"_s, u"The endpoint the added criterion is about (default: every one)."_s, u"NAME"_s},
            {u"baseline"_s, u"The endpoint a win_rate criterion compares with."_s, u"NAME"_s},
            {u"remove"_s, u"Remove criterion N (as numbered by 'sessions criteria NAME')."_s, u"N"_s}});
    if (!parser.parse(QStringList{u"hublens"_s} + arguments))
        return finish(usageError(parser.errorText()));
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const bool json = parser.isSet(u"json"_s);
    if (!(action == u"list"_s && positional.size() == 2)
        && !((action == u"show"_s || action == u"criteria"_s) && positional.size() == 3)
        && !(action == u"export"_s && positional.size() == 3) && !(action == u"import"_s && positional.size() == 3)) {
        return finish(
            usageError(u"use 'sessions list [--json]', 'sessions show NAME [--json]', "
                       "'sessions criteria NAME [--set JSON | --add CRITERION | --remove N]', "
                       "'sessions export NAME --format jsonl|csv|bundle --out PATH' or 'sessions import PATH'"_s));
    }
    const bool editing = parser.isSet(u"set"_s) || parser.isSet(u"add"_s) || parser.isSet(u"remove"_s)
        || parser.isSet(u"endpoint"_s) || parser.isSet(u"baseline"_s);
    if (editing && action != u"criteria"_s)
        return finish(usageError(u"--set, --add, --endpoint, --baseline and --remove belong to 'sessions criteria'"_s));
    if (action == u"export"_s)
        return exportSession(positional.at(2), parser.value(u"format"_s), parser.value(u"out"_s));
    if (action == u"import"_s)
        return importSessions(positional.at(2));
    if (!setUpSessions())
        return;
    if (action == u"criteria"_s)
        return runCriteria(parser, positional.at(2));

    if (action == u"list"_s) {
        const QList<SessionInfo> sessions = m_runs->sessions();
        if (json) {
            for (const SessionInfo &session : sessions) {
                QJsonObject object = SessionJson::session(session, m_runs->sessionSettings(session.id));
                object.insert(u"reviewers"_s, QJsonArray::fromStringList(m_judgments->reviewers(session.id)));
                *m_out << compact(object) << u'\n';
            }
            return finish(Ok);
        }
        if (sessions.isEmpty()) {
            *m_out << u"No sessions yet. 'hublens compare --session NAME …' creates one.\n"_s;
            return finish(Ok);
        }
        CliText::Table table(
            {u"NAME"_s, u"PROMPTS"_s, u"RUNS"_s, u"JUDGMENTS"_s, u"REVIEWERS"_s, u"CREATED"_s, u"STATE"_s},
            {false, true, true, true, false, false, false});
        for (const SessionInfo &session : sessions) {
            const int judged = m_judgments->judgmentCount(session.id);
            table.add({session.name, QString::number(session.promptCount), QString::number(session.runCount),
                QString::number(judged), m_judgments->reviewers(session.id).join(u", "_s), localTime(session.createdAt),
                session.archivedAt.isValid() ? u"archived"_s : u"active"_s});
        }
        table.write(*m_out);
        return finish(Ok);
    }

    const std::optional<SessionInfo> session = sessionNamed(positional.at(2));
    if (!session)
        return;
    const QList<StoredPrompt> prompts = m_runs->prompts(session->id);
    const QList<StoredRun> runs = m_runs->runs(session->id);
    const QList<Judgment> judgments = m_judgments->judgments(session->id);
    const QList<PairJudgment> pairs = m_judgments->pairs(session->id);
    const QList<Decision> decisions = m_judgments->decisions(session->id);
    const QList<CriterionResult> criteria =
        Criteria::evaluateAll(m_runs->sessionSettings(session->id).criteria, CriteriaInput{runs, judgments, pairs});
    if (json) {
        const auto array = [](const auto &items, auto toJson) {
            QJsonArray result;
            for (const auto &item : items)
                result.append(toJson(item));
            return result;
        };
        const QJsonObject object{{u"session"_s, SessionJson::session(*session, m_runs->sessionSettings(session->id))},
            {u"prompts"_s, array(prompts, SessionJson::prompt)}, {u"runs"_s, array(runs, SessionJson::run)},
            {u"judgments"_s, array(judgments, SessionJson::judgment)}, {u"pairwise"_s, array(pairs, SessionJson::pair)},
            {u"decisions"_s, array(decisions, SessionJson::decision)}, {u"criteria"_s, criteriaJson(criteria)}};
        *m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return finish(Ok);
    }
    *m_out << session->name << u'\n';
    if (!session->goal.isEmpty())
        *m_out << u"Goal: "_s << session->goal << u'\n';
    const auto counted = [](qsizetype n, const QString &one, const QString &many) -> QString {
        return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
    };
    *m_out << u"Created %1; %2, %3, %4, %5\n\n"_s.arg(localTime(session->createdAt),
        counted(prompts.size(), u"prompt"_s, u"prompts"_s), counted(runs.size(), u"run"_s, u"runs"_s),
        counted(judgments.size(), u"judgment"_s, u"judgments"_s),
        counted(pairs.size(), u"pairwise judgment"_s, u"pairwise judgments"_s));
    if (!criteria.isEmpty()) {
        *m_out << u"Success criteria:\n"_s;
        writeCriteria(*m_out, criteria);
        *m_out << u'\n';
    }
    CliText::Table table({u"RUN"_s, u"PROMPT"_s, u"ENDPOINT"_s, u"MODEL"_s, u"STATUS"_s, u"TTFT ms"_s, u"TOTAL ms"_s,
                             u"RATINGS"_s, u"TEXT"_s},
        {true, true, false, false, false, true, true, false, false});
    for (const StoredRun &run : runs) {
        QStringList ratings;
        for (const Judgment &judgment : judgments) {
            if (judgment.runId == run.id && judgment.rating)
                ratings.append(u"%1:%2"_s.arg(judgment.reviewer, ratingText(judgment.rating)));
        }
        table.add({QString::number(run.id), QString::number(run.promptId), run.endpointName, run.model,
            runStatusName(run.result.status),
            run.result.ttftMs < 0 ? u"–"_s : QString::number(run.result.ttftMs, 'f', 0),
            run.result.totalMs < 0 ? u"–"_s : QString::number(run.result.totalMs, 'f', 0), ratings.join(u' '),
            CliText::oneLine(run.result.status == RunStatus::Failed ? run.result.errorMessage : run.result.text, 60)});
    }
    table.write(*m_out);
    if (!pairs.isEmpty()) {
        *m_out << u"\nPairwise:\n"_s;
        for (const PairJudgment &pair : pairs) {
            *m_out << u"  %1 vs %2: %3 (%4)%5\n"_s.arg(pair.runA).arg(pair.runB).arg(pairOutcomeName(pair.outcome),
                pair.reviewer, pair.reason.isEmpty() ? QString() : u" — "_s + CliText::oneLine(pair.reason, 60));
        }
    }
    if (!decisions.isEmpty())
        *m_out << u"\nDecision log:\n"_s;
    for (const Decision &decision : decisions) {
        *m_out << u"  %1  %2: %3\n"_s.arg(localTime(decision.decidedAt), decision.author, decision.text);
        QStringList evidence;
        for (const QJsonValue &item : decision.evidence) {
            const QJsonObject object = item.toObject();
            if (object.contains(u"run"_s)) {
                const QString uid = object.value(u"run"_s).toString();
                const auto found =
                    std::find_if(runs.cbegin(), runs.cend(), [&uid](const StoredRun &run) { return run.uid == uid; });
                evidence.append(found != runs.cend() ? u"run %1"_s.arg(found->id) : u"run %1"_s.arg(uid.left(8)));
            } else if (object.contains(u"chart"_s)) {
                evidence.append(u"chart %1"_s.arg(object.value(u"chart"_s).toString()));
            }
        }
        if (!evidence.isEmpty())
            *m_out << u"      evidence: "_s << evidence.join(u", "_s) << u'\n';
    }
    finish(Ok);
}

void CommandLine::runCriteria(const QCommandLineParser &parser, const QString &name)
{
    const std::optional<SessionInfo> session = sessionNamed(name);
    if (!session)
        return;
    SessionSettings settings = m_runs->sessionSettings(session->id);
    const int edits = int(parser.isSet(u"set"_s)) + int(parser.isSet(u"add"_s)) + int(parser.isSet(u"remove"_s));
    if (edits > 1)
        return finish(usageError(u"give one of --set, --add and --remove"_s));
    if ((parser.isSet(u"endpoint"_s) || parser.isSet(u"baseline"_s)) && !parser.isSet(u"add"_s))
        return finish(usageError(u"--endpoint and --baseline go with --add"_s));
    if (parser.isSet(u"set"_s)) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(parser.value(u"set"_s).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isArray())
            return finish(usageError(u"--set takes a JSON array of criteria, e.g. "
                                     "'[{\"metric\":\"mean_rating\",\"op\":\">=\",\"value\":4}]'"_s));
        QString error;
        const std::optional<QList<Criterion>> parsed = Criteria::parseAll(document.array(), &error);
        if (!parsed)
            return finish(usageError(error));
        // Stored in the normal form (with its op spelled out), so what is shown is what is evaluated.
        settings.criteria = QJsonArray();
        for (const Criterion &criterion : *parsed)
            settings.criteria.append(criterion.toJson());
    } else if (parser.isSet(u"add"_s)) {
        QString error;
        const std::optional<Criterion> criterion = Criteria::parseText(
            parser.value(u"add"_s), &error, parser.value(u"endpoint"_s), parser.value(u"baseline"_s));
        if (!criterion)
            return finish(usageError(error));
        settings.criteria.append(criterion->toJson());
    } else if (parser.isSet(u"remove"_s)) {
        bool ok = false;
        const int number = parser.value(u"remove"_s).toInt(&ok);
        if (!ok || number < 1 || number > settings.criteria.size())
            return finish(
                usageError(u"--remove takes a criterion number from 1 to %1"_s.arg(settings.criteria.size())));
        settings.criteria.removeAt(number - 1);
    }
    if (edits > 0 && !m_runs->setSessionSettings(session->id, settings)) {
        *m_err << u"hublens: cannot save the criteria: "_s << m_runs->lastError() << u'\n';
        return finish(Failure);
    }

    const QList<CriterionResult> results = Criteria::evaluateAll(settings.criteria,
        CriteriaInput{m_runs->runs(session->id), m_judgments->judgments(session->id), m_judgments->pairs(session->id)});
    if (parser.isSet(u"json"_s)) {
        *m_out << QString::fromUtf8(QJsonDocument(criteriaJson(results)).toJson(QJsonDocument::Indented));
        return finish(Ok);
    }
    if (results.isEmpty())
        *m_out << u"'%1' has no success criteria. Add one with: hublens sessions criteria \"%1\" --add "
                  "\"mean_rating >= 4\"\n"_s.arg(session->name);
    else
        writeCriteria(*m_out, results);
    finish(Ok);
}

void CommandLine::runDecide(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"author"_s, u"Who decided."_s, u"NAME"_s}, {u"text"_s, u"What was decided and why."_s, u"TEXT"_s},
            {u"evidence"_s, u"run:ID or chart:NAME (repeatable)."_s, u"REF"_s}});
    if (!parser.parse(QStringList{u"hublens"_s} + arguments))
        return finish(usageError(parser.errorText()));
    const QStringList positional = parser.positionalArguments();
    const QString author = parser.value(u"author"_s).trimmed();
    const QString text = parser.value(u"text"_s).trimmed();
    if (positional.size() != 2 || author.isEmpty() || text.isEmpty())
        return finish(usageError(u"use 'decide NAME --author A --text T [--evidence run:ID | chart:NAME]...'"_s));
    if (!setUpSessions())
        return;
    const std::optional<SessionInfo> session = sessionNamed(positional.at(1));
    if (!session)
        return;
    Decision decision;
    decision.sessionId = session->id;
    decision.author = author;
    decision.text = text;
    for (const QString &reference : parser.values(u"evidence"_s)) {
        const QString kind = reference.section(u':', 0, 0).trimmed();
        const QString value = reference.section(u':', 1).trimmed();
        if (kind == u"chart"_s && !value.isEmpty()) {
            decision.evidence.append(QJsonObject{{u"chart"_s, value}});
            continue;
        }
        if (kind != u"run"_s)
            return finish(usageError(u"--evidence takes run:ID or chart:NAME, not '%1'"_s.arg(reference)));
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        const std::optional<StoredRun> run = ok ? m_runs->run(id) : std::nullopt;
        if (!run || run->sessionId != session->id) {
            *m_err << u"hublens: session '%1' has no run %2\n"_s.arg(session->name, value);
            return finish(NotFound);
        }
        // By uid: the link survives export and import into another database.
        decision.evidence.append(QJsonObject{{u"run"_s, run->uid}});
    }
    if (m_judgments->addDecision(decision) < 0) {
        *m_err << u"hublens: "_s << m_judgments->lastError() << u'\n';
        return finish(Failure);
    }
    *m_out << u"Recorded in the decision log of '%1'\n"_s.arg(session->name);
    finish(Ok);
}

void CommandLine::runJudge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"reviewer"_s, u"Who judges."_s, u"NAME"_s}, {u"run"_s, u"The run judged."_s, u"ID"_s},
        {u"rating"_s, u"Rating on the session's scale."_s, u"N"_s},
        {u"label"_s, u"A label to add (repeatable)."_s, u"LABEL"_s}, {u"note"_s, u"A note."_s, u"TEXT"_s},
        {u"flag"_s, u"Flag the run."_s}, {u"pair"_s, u"The first run of a pairwise judgment."_s, u"ID_A"_s},
        {u"outcome"_s, u"a, b, tie or both-bad."_s, u"OUTCOME"_s}, {u"reason"_s, u"Why (pairwise)."_s, u"TEXT"_s}});
    if (!parser.parse(QStringList{u"hublens"_s} + arguments))
        return finish(usageError(parser.errorText()));
    const QStringList positional = parser.positionalArguments();
    const QString reviewer = parser.value(u"reviewer"_s).trimmed();
    const bool pairwise = parser.isSet(u"pair"_s);
    if (positional.size() != (pairwise ? 3 : 2) || reviewer.isEmpty())
        return finish(usageError(u"use 'judge NAME --reviewer R --run ID (--rating N | --label L | --note T | --flag)' "
                                 "or 'judge NAME --reviewer R --pair ID_A ID_B --outcome a|b|tie|both-bad'"_s));
    if (!setUpSessions())
        return;
    const std::optional<SessionInfo> session = sessionNamed(positional.at(1));
    if (!session)
        return;
    const auto runInSession = [this, &session](const QString &text, qint64 *id) {
        bool ok = false;
        *id = text.toLongLong(&ok);
        const std::optional<StoredRun> run = ok ? m_runs->run(*id) : std::nullopt;
        if (!run || run->sessionId != session->id) {
            *m_err << u"hublens: session '%1' has no run %2\n"_s.arg(session->name, text);
            finish(NotFound);
            return false;
        }
        return true;
    };

    if (pairwise) {
        const std::optional<PairOutcome> outcome = pairOutcomeFromName(parser.value(u"outcome"_s));
        if (!outcome)
            return finish(usageError(u"--outcome must be a, b, tie or both-bad"_s));
        PairJudgment pair;
        if (!runInSession(parser.value(u"pair"_s), &pair.runA) || !runInSession(positional.at(2), &pair.runB))
            return;
        pair.reviewer = reviewer;
        pair.outcome = *outcome;
        pair.reason = parser.value(u"reason"_s).trimmed();
        pair.blind = false; // scripted: the caller knew which run was which
        if (m_judgments->savePair(pair) < 0) {
            *m_err << u"hublens: "_s << m_judgments->lastError() << u'\n';
            return finish(Usage);
        }
        *m_out << u"Saved: run %1 vs run %2, %3, by %4\n"_s.arg(
            parser.value(u"pair"_s), positional.at(2), pairOutcomeName(*outcome), reviewer);
        return finish(Ok);
    }

    if (!parser.isSet(u"rating"_s) && !parser.isSet(u"label"_s) && !parser.isSet(u"note"_s) && !parser.isSet(u"flag"_s))
        return finish(usageError(u"give --rating, --label, --note or --flag"_s));
    qint64 runId = 0;
    if (!runInSession(parser.value(u"run"_s), &runId))
        return;
    const SessionSettings settings = m_runs->sessionSettings(session->id);
    // Adds to the reviewer's judgment of the run: what is not given stays as it was.
    Judgment judgment = m_judgments->judgment(runId, reviewer).value_or(Judgment());
    judgment.runId = runId;
    judgment.reviewer = reviewer;
    if (parser.isSet(u"rating"_s)) {
        bool ok = false;
        const int rating = parser.value(u"rating"_s).toInt(&ok);
        if (!ok || rating < settings.ratingMin || rating > settings.ratingMax) {
            return finish(
                usageError(u"--rating must be a whole number from %1 to %2 in this session"_s.arg(settings.ratingMin)
                               .arg(settings.ratingMax)));
        }
        judgment.rating = rating;
    }
    for (const QString &label : parser.values(u"label"_s)) {
        const QString trimmed = label.trimmed();
        if (!settings.labels.isEmpty() && !settings.labels.contains(trimmed)) {
            return finish(usageError(
                u"the label '%1' is not in this session's set: %2"_s.arg(trimmed, settings.labels.join(u", "_s))));
        }
        if (!trimmed.isEmpty() && !judgment.labels.contains(trimmed))
            judgment.labels.append(trimmed);
    }
    if (parser.isSet(u"note"_s))
        judgment.note = parser.value(u"note"_s).trimmed();
    if (parser.isSet(u"flag"_s))
        judgment.flagged = true;
    if (m_judgments->saveJudgment(judgment) < 0) {
        *m_err << u"hublens: "_s << m_judgments->lastError() << u'\n';
        return finish(Failure);
    }
    *m_out << u"Saved: run %1 by %2: rating %3%4%5\n"_s.arg(QString::number(runId), reviewer,
        ratingText(judgment.rating),
        judgment.labels.isEmpty() ? QString() : u", labels "_s + judgment.labels.join(u", "_s),
        judgment.note.isEmpty() ? QString() : u", note"_s);
    finish(Ok);
}

void CommandLine::exportSession(const QString &name, const QString &formatName, const QString &out)
{
    const std::optional<SessionExchange::Format> format = SessionExchange::formatFromName(formatName);
    if (!format)
        return finish(usageError(u"--format must be jsonl, csv or bundle"_s));
    if (out.isEmpty())
        return finish(usageError(u"give --out PATH ('-' for standard output)"_s));
    if (out == u"-"_s && *format == SessionExchange::Format::Bundle)
        return finish(usageError(u"a bundle is an SQLite file: give --out PATH"_s));
    if (!setUpSessions())
        return;
    const std::optional<SessionInfo> session = sessionNamed(name);
    if (!session)
        return;
    QString error;
    const std::unique_ptr<Database> database = Database::open(Paths::databasePath(), &error);
    if (!database) {
        *m_err << u"hublens: cannot open the database: %1\n"_s.arg(error);
        return finish(Failure);
    }
    SessionExchange exchange(*database);
    bool ok = false;
    if (*format == SessionExchange::Format::Bundle) {
        ok = exchange.exportBundle(session->id, out);
    } else {
        // Straight to the device, run by run: a 100k-run session is never held in memory.
        m_out->flush();
        QFile file(out);
        QIODevice *device = m_out->device();
        if (out != u"-"_s) {
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                *m_err << u"hublens: cannot write %1: %2\n"_s.arg(out, file.errorString());
                return finish(Failure);
            }
            device = &file;
        }
        ok = *format == SessionExchange::Format::Csv ? exchange.exportCsv(session->id, device)
                                                     : exchange.exportJsonl(session->id, device);
        if (file.isOpen()) {
            file.close();
            ok = ok && file.error() == QFileDevice::NoError;
            if (!ok)
                file.remove(); // never leave half an export behind
        }
    }
    if (!ok) {
        *m_err << u"hublens: cannot export '%1': %2\n"_s.arg(session->name, exchange.lastError());
        return finish(Failure);
    }
    if (out != u"-"_s) {
        *m_out << u"Exported '%1' (%2, %3) to %4\n"_s.arg(session->name)
                      .arg(session->runCount == 1 ? u"1 run"_s : u"%1 runs"_s.arg(session->runCount), formatName, out);
    }
    finish(Ok);
}

void CommandLine::importSessions(const QString &path)
{
    if (!QFile::exists(path)) {
        *m_err << u"hublens: there is no file %1\n"_s.arg(path);
        return finish(NotFound);
    }
    QString error;
    const std::unique_ptr<Database> database = Database::open(Paths::databasePath(), &error);
    if (!database) {
        *m_err << u"hublens: cannot open the database %1: %2\n"_s.arg(Paths::databasePath(), error);
        return finish(Failure);
    }
    SessionExchange exchange(*database);
    const std::optional<ImportSummary> summary = exchange.importFile(path);
    if (!summary) {
        // Nothing was imported: the file is malformed, not an export, or a CSV export.
        *m_err << u"hublens: nothing imported: %1\n"_s.arg(exchange.lastError());
        return finish(Failure);
    }
    const ImportSummary &s = *summary;
    *m_out << u"Imported %1 into %2 (%3)\n"_s.arg(path,
        s.sessions.isEmpty() ? u"–"_s : u"'"_s + s.sessions.join(u"', '"_s) + u"'"_s,
        s.sessionsAdded > 0 ? u"new session"_s : u"merged into the existing session"_s);
    *m_out << u"  sessions:   %1 added, %2 merged\n"_s.arg(s.sessionsAdded).arg(s.sessionsMerged);
    *m_out << u"  prompts:    %1 added, %2 already here\n"_s.arg(s.promptsAdded).arg(s.promptsReused);
    *m_out << u"  runs:       %1 added, %2 already here\n"_s.arg(s.runsAdded).arg(s.runsReused);
    *m_out << u"  judgments:  %1 added, %2 updated, %3 unchanged\n"_s.arg(s.judgmentsAdded)
                  .arg(s.judgmentsUpdated)
                  .arg(s.judgmentsKept);
    *m_out << u"  pairwise:   %1 added, %2 updated, %3 unchanged\n"_s.arg(s.pairsAdded)
                  .arg(s.pairsUpdated)
                  .arg(s.pairsKept);
    *m_out << u"  decisions:  %1 added, %2 already here\n"_s.arg(s.decisionsAdded).arg(s.decisionsKept);
    if (s.changedNothing())
        *m_out << u"Nothing new: everything in the file was already here.\n"_s;
    finish(Ok);
}
