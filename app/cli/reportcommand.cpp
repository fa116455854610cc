// SPDX-License-Identifier: GPL-3.0-or-later
// `hublens report`: the Dashboard's numbers on the command line, as text, JSON, HTML or PDF.
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include "app/cli/clitable.h"
#include "app/cli/commandline.h"
#include "app/core/appsettings.h"
#include "app/eval/reporthtml.h"
#include "app/eval/sessionreport.h"

using namespace Qt::StringLiterals;

namespace {

CommandLine::PdfWriter &pdfWriterSlot()
{
    static CommandLine::PdfWriter writer;
    return writer;
}

QString number(const std::optional<double> &value, int decimals, const QString &suffix = QString())
{
    return value ? QString::number(*value, 'f', decimals) + suffix : u"–"_s;
}

void writeText(QTextStream &out, const SessionReport &report)
{
    out << report.sessionName << u'\n';
    if (!report.goal.isEmpty())
        out << report.goal << u'\n';
    out << u"%1 runs, %2 judgments, %3 pairwise judgments (%4 both bad)\n"_s.arg(QString::number(report.runCount),
        QString::number(report.judgmentCount), QString::number(report.pairCount), QString::number(report.bothBadCount));
    out << report.headline() << u"\n\n"_s;

    out << u"Leaderboard (Bradley–Terry strength, 95 % bootstrap CI over %1 prompts, %2 resamples)\n"_s.arg(
        QString::number(report.promptsCompared), QString::number(report.bootstrapReplicates));
    CliText::Table leaderboard({u"#"_s, u"CANDIDATE"_s, u"ENDPOINT"_s, u"STRENGTH"_s, u"95% CI"_s, u"ELO"_s, u"W"_s,
                                   u"T"_s, u"L"_s, u"BOTH BAD"_s, u"WIN RATE"_s, u"MEAN RATING"_s, u"95% CI"_s, u"N"_s},
        {true, false, false, true, true, true, true, true, true, true, true, true, true, true});
    int rank = 0;
    for (const LeaderboardRow &row : report.leaderboard) {
        const ReportCandidate &candidate = report.candidates.at(row.candidate);
        leaderboard.add({row.ranked ? QString::number(++rank) : u"–"_s, candidate.label, candidate.endpoint,
            row.ranked ? QString::number(row.strength, 'f', 0) : u"–"_s,
            row.ranked ? u"%1–%2"_s.arg(QString::number(row.ciLow, 'f', 0), QString::number(row.ciHigh, 'f', 0))
                       : u"–"_s,
            row.ranked ? QString::number(row.elo, 'f', 0) : u"–"_s, QString::number(row.wins),
            QString::number(row.ties), QString::number(row.losses), QString::number(row.bothBad),
            number(row.winRate(), 2), row.rating.count > 0 ? QString::number(row.rating.mean, 'f', 2) : u"–"_s,
            row.rating.hasInterval
                ? u"%1–%2"_s.arg(QString::number(row.rating.ciLow, 'f', 2), QString::number(row.rating.ciHigh, 'f', 2))
                : u"–"_s,
            QString::number(row.rating.count)});
    }
    if (leaderboard.isEmpty())
        out << u"  no runs yet\n"_s;
    else
        leaderboard.write(out);

    out << u"\nAgreement between reviewers\n"_s;
    if (report.agreement.isEmpty()) {
        out << u"  needs two or more reviewers judging the same items\n"_s;
    } else {
        CliText::Table agreement(
            {u"DATA"_s, u"MEASURE"_s, u"LEVEL"_s, u"VALUE"_s, u"READING"_s, u"ITEMS"_s, u"REVIEWERS"_s},
            {false, false, false, true, false, true, false});
        for (const AgreementRow &row : report.agreement) {
            agreement.add({row.data, row.measure, row.level, number(row.agreement.value, 3),
                row.band.isEmpty() ? u"–"_s : row.band, QString::number(row.agreement.items),
                row.reviewers.join(u", "_s)});
        }
        agreement.write(out);
    }

    out << u"\nLatency (successful runs; nearest-rank percentiles)\n"_s;
    CliText::Table latency({u"CANDIDATE"_s, u"RUNS"_s, u"TTFT MED"_s, u"P90"_s, u"P95"_s, u"TOTAL MED"_s, u"P90"_s,
                               u"P95"_s, u"TOK/S"_s, u"ERRORS"_s, u"$/1K OUT"_s},
        {false, true, true, true, true, true, true, true, true, true, true});
    for (const LatencyRow &row : report.latency) {
        latency.add({report.candidates.at(row.candidate).label, QString::number(row.runs),
            row.ttft.count > 0 ? QString::number(row.ttft.median, 'f', 0) : u"–"_s, number(row.ttftP90, 0),
            number(row.ttftP95, 0), row.total.count > 0 ? QString::number(row.total.median, 'f', 0) : u"–"_s,
            number(row.totalP90, 0), number(row.totalP95, 0), number(row.tokensPerSecondMedian, 1),
            number(row.errorRate, 1, u"%"_s), number(row.costPer1kOutputTokens, 4)});
    }
    if (latency.isEmpty())
        out << u"  no runs yet\n"_s;
    else
        latency.write(out);

    out << u"\nSuccess criteria\n"_s;
    if (report.criteria.isEmpty()) {
        out << u"  none set ('hublens sessions criteria NAME --add …')\n"_s;
    } else {
        CliText::Table criteria(
            {u"CRITERION"_s, u"ENDPOINT"_s, u"VALUE"_s, u"EVIDENCE"_s, u"RESULT"_s}, {false, false, true, true, false});
        for (const CriterionResult &result : report.criteria) {
            criteria.add({result.state == CriterionResult::State::Invalid ? result.error : result.criterion.text(),
                result.endpoint.isEmpty() ? u"–"_s : result.endpoint,
                result.value ? Criteria::formatValue(result.criterion.metric, *result.value) : u"–"_s,
                QString::number(result.evidence), Criteria::stateName(result.state)});
        }
        criteria.write(out);
    }
}

} // namespace

void CommandLine::setPdfWriter(PdfWriter writer)
{
    pdfWriterSlot() = std::move(writer);
}

bool CommandLine::wantsPdf(const QStringList &arguments)
{
    if (arguments.value(0) != u"report"_s)
        return false;
    for (const QString &argument : arguments) {
        if (argument == u"--pdf"_s || argument.startsWith(u"--pdf="_s))
            return true;
    }
    return false;
}

void CommandLine::runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"json"_s, u"The numbers as one JSON object."_s},
        {u"html"_s, u"Write the report as a self-contained HTML page ('-': standard output)."_s, u"PATH"_s},
        {u"pdf"_s, u"Write the report as a PDF."_s, u"PATH"_s},
        {u"replicates"_s, u"Bootstrap resamples for the intervals (default 1000)."_s, u"N"_s}});
    if (!parser.parse(QStringList{u"hublens"_s} + arguments))
        return finish(usageError(parser.errorText()));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return finish(usageError(u"use 'report NAME [--json] [--html PATH] [--pdf PATH]'"_s));
    int replicates = 1000;
    if (parser.isSet(u"replicates"_s)) {
        bool ok = false;
        replicates = parser.value(u"replicates"_s).toInt(&ok);
        if (!ok || replicates < SessionReport::MinReplicatesForALeader || replicates > 100000) {
            return finish(usageError(
                u"--replicates must be a number from %1 to 100000"_s.arg(SessionReport::MinReplicatesForALeader)));
        }
    }
    if (parser.value(u"html"_s) == u"-"_s && parser.isSet(u"json"_s))
        return finish(usageError(u"--html - and --json both write to standard output: choose one"_s));
    if (parser.isSet(u"pdf"_s) && !pdfWriterSlot())
        return finish(usageError(u"PDF output is not available in this build"_s));
    if (!setUpSessions())
        return;
    const std::optional<SessionInfo> session = sessionNamed(positional.at(1));
    if (!session)
        return;
    QString error;
    const std::optional<ReportInput> input = SessionReports::load(m_runs->databasePath(), session->id, &error);
    if (!input) {
        *m_err << u"hublens: "_s << error << u'\n';
        return finish(Failure);
    }
    const SessionReport report = SessionReports::build(*input, replicates);
    QStringList labels;
    for (const ReportCandidate &candidate : report.candidates)
        labels.append(candidate.label);
    AppSettings settings;
    const QStringList colours = settings.seriesColours(labels, false); // reads the GUI's colours, saves nothing

    bool wroteFile = false;
    if (parser.isSet(u"html"_s)) {
        const QString path = parser.value(u"html"_s);
        const QByteArray html = ReportHtml::render(report, colours).toUtf8();
        if (path == u"-"_s) {
            m_out->flush();
            *m_out << QString::fromUtf8(html);
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
                *m_err << u"hublens: cannot write %1: %2\n"_s.arg(path, file.errorString());
                return finish(Failure);
            }
            *m_err << u"Wrote %1\n"_s.arg(path);
        }
        wroteFile = true;
    }
    if (parser.isSet(u"pdf"_s)) {
        const QString path = parser.value(u"pdf"_s);
        if (!pdfWriterSlot()(report, colours, path, &error)) {
            *m_err << u"hublens: cannot write %1: %2\n"_s.arg(path, error);
            return finish(Failure);
        }
        *m_err << u"Wrote %1\n"_s.arg(path);
        wroteFile = true;
    }
    if (parser.isSet(u"json"_s))
        *m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else if (!wroteFile)
        writeText(*m_out, report);
    return finish(Ok);
}
