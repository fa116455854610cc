// SPDX-License-Identifier: GPL-3.0-or-later
// `hublens batch …`: a prompt set (file or Hub dataset) against several endpoints, resumable (CommandLine's members).
#include <cmath>
#include <limits>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "app/cli/commandline.h"
#include "app/core/secretstore.h"
#include "app/hub/hubclient.h"
#include "app/hub/hubconfig.h"
#include "app/inference/batchrunner.h"
#include "app/inference/endpointservice.h"
#include "app/inference/promptset.h"
#include "app/net/curlmulti.h"
#include "app/storage/batchstore.h"
#include "app/storage/endpointstore.h"
#include "app/storage/runstore.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int PreviewPrompts = 5;
constexpr qint64 PlainProgressIntervalMs = 5000;

QString oneLinePreview(const QString &text, int width)
{
    QString line = text.simplified();
    if (line.size() > width)
        line = line.left(width - 1) + u'…';
    return line;
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return u"?"_s;
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return u"%1 s"_s.arg(seconds);
    if (seconds < 3600)
        return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return u"%1:%2:%3"_s.arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QChar(u'0'))
        .arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString progressText(const BatchProgress &p, bool bar)
{
    QString text;
    if (bar) {
        constexpr int Width = 24;
        const int filled = p.total > 0 ? int(double(p.completed()) / p.total * Width) : 0;
        text = u"["_s + QString(filled, u'#') + QString(Width - filled, u'.') + u"] "_s;
    }
    text += u"%1/%2 · ok %3 · failed %4 · retrying %5 · %6/s · ETA %7"_s.arg(p.completed())
                .arg(p.total)
                .arg(p.done)
                .arg(p.failed)
                .arg(p.retrying)
                .arg(p.throughputPerSecond, 0, 'f', 1)
                .arg(duration(p.etaMs));
    if (p.paused)
        text += u" · paused"_s;
    return text;
}

QJsonValue msOrNull(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(std::round(value * 10) / 10);
}

} // namespace

void CommandLine::runBatch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"session"_s, u"The session the runs go into (created if needed)."_s, u"NAME"_s},
        {u"endpoint"_s, u"An endpoint, optionally with the model to ask (repeatable)."_s, u"NAME[=MODEL]"_s},
        {u"prompts"_s, u"A JSONL, CSV or TSV file of prompts."_s, u"FILE"_s},
        {u"column"_s, u"The column with the prompts."_s, u"COL"_s},
        {u"dataset"_s, u"A Hub dataset, read through the dataset viewer."_s, u"ID"_s},
        {u"config"_s, u"The dataset's subset."_s, u"C"_s}, {u"split"_s, u"The dataset's split."_s, u"S"_s},
        {u"rows"_s, u"Rows A (included) to B (excluded)."_s, u"A:B"_s},
        {u"template"_s, u"Builds each prompt from columns: 'Summarise: {{text}}'."_s, u"T"_s},
        {u"system"_s, u"A system prompt."_s, u"TEXT"_s},
        {u"concurrency"_s, u"Requests in flight over all endpoints."_s, u"N"_s, u"8"_s},
        {u"endpoint-concurrency"_s, u"Requests in flight per endpoint."_s, u"N"_s},
        {u"max-tokens"_s, u"Most tokens to generate."_s, u"N"_s},
        {u"temperature"_s, u"Sampling temperature."_s, u"F"_s}, {u"seed"_s, u"Sampling seed."_s, u"N"_s},
        {u"retries"_s, u"Retries of a transient failure per item."_s, u"N"_s, u"3"_s},
        {u"timeout"_s, u"Limit of one request."_s, u"SECONDS"_s, u"300"_s},
        {u"resume"_s, u"Continue the session's interrupted batch."_s},
        {u"rerun-failed"_s, u"Send the failed items of the session's last batch again."_s},
        {u"preview"_s, u"Show the first prompts and the number of requests; send nothing."_s},
        {u"json"_s, u"The summary as one JSON object."_s}});
    if (!parser.parse(QStringList{u"hublens"_s} + arguments))
        return finish(usageError(parser.errorText()));
    if (parser.positionalArguments().size() > 1)
        return finish(usageError(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().at(1))));
    const QString sessionName = parser.value(u"session"_s);
    if (sessionName.trimmed().isEmpty())
        return finish(usageError(u"batch needs --session NAME"_s));
    const bool json = parser.isSet(u"json"_s);
    const bool resume = parser.isSet(u"resume"_s);
    const bool rerunFailed = parser.isSet(u"rerun-failed"_s);

    if (!setUpInference())
        return;
    m_batches = std::make_unique<BatchStore>(m_runs.get());

    if (resume || rerunFailed) {
        if (resume && rerunFailed)
            return finish(usageError(u"use either --resume or --rerun-failed"_s));
        const std::optional<SessionInfo> session = m_runs->sessionByName(sessionName);
        if (!session) {
            *m_err << u"hublens: there is no session %1\n"_s.arg(sessionName);
            return finish(NotFound);
        }
        std::optional<BatchInfo> batch;
        if (resume) {
            batch = m_batches->unfinishedBatch(session->id);
        } else {
            const QList<BatchInfo> all = m_batches->batches(session->id);
            if (!all.isEmpty())
                batch = all.first();
        }
        if (!batch) {
            *m_err << (resume ? u"hublens: session %1 has no unfinished batch\n"_s
                              : u"hublens: session %1 has no batch\n"_s)
                          .arg(sessionName);
            return finish(NotFound);
        }
        if (rerunFailed) {
            const int requeued = m_batches->requeueFailed(batch->id);
            *m_err << u"hublens: sending %1 failed item(s) again\n"_s.arg(requeued);
        }
        QString missing;
        const std::optional<QList<Endpoint>> endpoints =
            Batches::resolveEndpoints(m_endpoints.get(), batch->spec, &missing);
        if (!endpoints) {
            *m_err << u"hublens: the batch's endpoint %1 no longer exists\n"_s.arg(missing);
            return finish(NotFound);
        }
        return startBatch(batch->id, *endpoints, json);
    }

    const QStringList specs = parser.values(u"endpoint"_s);
    if (specs.isEmpty())
        return finish(usageError(u"batch needs at least one --endpoint NAME[=MODEL]"_s));
    const bool fromFile = parser.isSet(u"prompts"_s);
    const bool fromDataset = parser.isSet(u"dataset"_s);
    if (fromFile == fromDataset)
        return finish(usageError(u"batch needs either --prompts FILE or --dataset ID"_s));
    const QString column = parser.value(u"column"_s);
    const QString templateText = parser.value(u"template"_s);
    if (fromDataset && column.isEmpty() && templateText.isEmpty())
        return finish(usageError(u"--dataset needs --column COL (or a --template naming columns)"_s));

    BatchSpec spec;
    spec.templateText = templateText;
    spec.column = column;
    spec.systemPrompt = parser.value(u"system"_s);
    bool ok = true;
    const auto integer = [&parser, &ok](const QString &name, int minimum) -> std::optional<int> {
        if (!parser.isSet(name) && parser.value(name).isEmpty())
            return std::nullopt;
        bool valid = false;
        const int value = parser.value(name).toInt(&valid);
        ok = ok && valid && value >= minimum;
        return valid ? std::optional<int>(value) : std::nullopt;
    };
    spec.concurrency = integer(u"concurrency"_s, 1).value_or(8);
    spec.endpointConcurrency = integer(u"endpoint-concurrency"_s, 1).value_or(0);
    spec.maxRetries = integer(u"retries"_s, 0).value_or(3);
    spec.requestTimeoutSeconds = integer(u"timeout"_s, 1).value_or(300);
    spec.params.maxTokens = integer(u"max-tokens"_s, 1);
    if (const std::optional<int> seed = integer(u"seed"_s, std::numeric_limits<int>::min()))
        spec.params.seed = *seed;
    if (parser.isSet(u"temperature"_s)) {
        bool valid = false;
        spec.params.temperature = parser.value(u"temperature"_s).toDouble(&valid);
        ok = ok && valid;
    }
    if (!ok)
        return finish(
            usageError(u"numeric options need valid numbers (--concurrency, --max-tokens, --timeout >= 1)"_s));

    QList<Endpoint> endpoints;
    for (const QString &entry : specs) {
        const qsizetype equals = entry.indexOf(u'=');
        const QString name = equals < 0 ? entry : entry.left(equals);
        const std::optional<Endpoint> endpoint = m_endpoints->byName(name);
        if (!endpoint) {
            *m_err << u"hublens: no endpoint named %1 (see 'hublens endpoints list')\n"_s.arg(name);
            return finish(NotFound);
        }
        const QString model = equals < 0 ? endpoint->defaultModel : entry.mid(equals + 1);
        if (model.isEmpty() && endpoint->kind != EndpointKind::Tgi) {
            *m_err << u"hublens: endpoint %1 has no default model; use --endpoint %1=MODEL\n"_s.arg(name);
            return finish(Usage);
        }
        endpoints.append(*endpoint);
        spec.endpoints.append({endpoint->id, endpoint->name, model});
    }

    const bool preview = parser.isSet(u"preview"_s);
    qint64 sessionId = 0;
    if (!preview) {
        if (const std::optional<SessionInfo> existing = m_runs->sessionByName(sessionName)) {
            if (const std::optional<BatchInfo> unfinished = m_batches->unfinishedBatch(existing->id)) {
                *m_err << u"hublens: session %1 has an unfinished batch (%2 of %3 items done); continue it with "
                          "--resume\n"_s.arg(sessionName)
                              .arg(unfinished->counts.done + unfinished->counts.failed)
                              .arg(unfinished->counts.total);
                return finish(Usage);
            }
        }
        sessionId = m_runs->ensureSession(sessionName);
        if (sessionId <= 0) {
            *m_err << u"hublens: cannot open session %1: %2\n"_s.arg(sessionName, m_runs->lastError());
            return finish(Failure);
        }
    }

    // Renders the set, previews it or stores the batch, and starts it.
    auto launch = [this, spec, endpoints, sessionId, preview, json](const PromptSet &set) mutable {
        QString error;
        int skipped = 0;
        const QList<RenderedPrompt> prompts = set.render(spec.templateText, spec.column, &error, &skipped);
        if (!error.isEmpty())
            return finish(usageError(error));
        if (prompts.isEmpty()) {
            *m_err << u"hublens: the prompt set has no prompts\n"_s;
            return finish(Failure);
        }
        if (skipped > 0)
            *m_err << u"hublens: skipped %1 record(s) with an empty prompt\n"_s.arg(skipped);
        const qsizetype requests = prompts.size() * spec.endpoints.size();
        if (preview) {
            *m_out << u"%1 prompts × %2 endpoints = %3 requests\n"_s.arg(prompts.size())
                          .arg(spec.endpoints.size())
                          .arg(requests);
            for (qsizetype i = 0; i < std::min<qsizetype>(PreviewPrompts, prompts.size()); ++i) {
                const QJsonObject source = prompts.at(i).source;
                const QString where = source.value("kind"_L1).toString() == u"dataset"_s
                    ? u"row %1"_s.arg(source.value("row"_L1).toInteger())
                    : source.contains("line"_L1) ? u"line %1"_s.arg(source.value("line"_L1).toInt())
                                                 : u"#%1"_s.arg(source.value("index"_L1).toInt());
                *m_out << u"  ["_s << where << u"] "_s << oneLinePreview(prompts.at(i).text, 100) << u'\n';
            }
            return finish(Ok);
        }
        QList<QString> texts;
        QList<QJsonObject> sources;
        texts.reserve(prompts.size());
        sources.reserve(prompts.size());
        for (const RenderedPrompt &prompt : prompts) {
            texts.append(prompt.text);
            sources.append(prompt.source);
        }
        const qint64 batchId = m_batches->createBatch(sessionId, spec, texts, sources);
        if (batchId <= 0) {
            *m_err << u"hublens: cannot store the batch: %1\n"_s.arg(m_batches->lastError());
            return finish(Failure);
        }
        *m_err << u"hublens: batch of %1 prompts × %2 endpoints = %3 requests\n"_s.arg(prompts.size())
                      .arg(spec.endpoints.size())
                      .arg(requests);
        m_err->flush();
        startBatch(batchId, endpoints, json);
    };

    if (fromFile) {
        QString error;
        std::optional<PromptSet> set = PromptSet::fromFile(parser.value(u"prompts"_s), &error);
        if (!set) {
            *m_err << u"hublens: "_s << error << u'\n';
            return finish(Failure);
        }
        spec.source = QJsonObject{{u"kind"_s, u"file"_s}, {u"path"_s, parser.value(u"prompts"_s)}};
        return launch(*set);
    }

    DatasetSlice slice;
    slice.dataset = parser.value(u"dataset"_s);
    slice.config = parser.value(u"config"_s);
    slice.split = parser.value(u"split"_s);
    if (parser.isSet(u"rows"_s)) {
        const QStringList range = parser.value(u"rows"_s).split(u':');
        bool okFirst = true;
        bool okLast = true;
        slice.first = range.value(0).isEmpty() ? 0 : range.value(0).toLongLong(&okFirst);
        slice.last = range.value(1).isEmpty() ? -1 : range.value(1).toLongLong(&okLast);
        if (range.size() != 2 || !okFirst || !okLast || slice.first < 0
            || (slice.last >= 0 && slice.last <= slice.first))
            return finish(usageError(u"--rows takes A:B with 0 <= A < B (B excluded; either may be left out)"_s));
    } else {
        slice.last = 100;
    }
    spec.source = QJsonObject{{u"kind"_s, u"dataset"_s}, {u"dataset"_s, slice.dataset}};
    loadDatasetPrompts(m_client.get(), slice, this,
        [this, launch, spec](
            const std::optional<PromptSet> &set, const DatasetSlice &resolved, const QString &error) mutable {
            if (!set) {
                *m_err << u"hublens: rows of %1: %2\n"_s.arg(resolved.dataset, error);
                return finish(NetworkOrServer);
            }
            *m_err << u"hublens: %1 · %2 · %3: %4 rows from row %5\n"_s
                          .arg(resolved.dataset, resolved.config, resolved.split)
                          .arg(set->size())
                          .arg(resolved.first);
            launch(*set);
        });
}

void CommandLine::startBatch(qint64 batchId, const QList<Endpoint> &endpoints, bool json)
{
    // The token saved in Settings, when the environment gave none (as the GUI does).
    m_secrets->read(SecretStore::hubTokenKey(), this,
        [this, batchId, endpoints, json](const std::optional<QByteArray> &saved, const QString &) {
            HubConfig hub = HubConfig::fromEnvironment();
            if (saved)
                HubConfig::applySavedToken(hub, *saved);
            m_endpointService->setHubConfig(hub);
            EndpointService *service = m_endpointService.get();
            m_batchRunner = std::make_unique<BatchRunner>(m_network.get(), m_runs.get(), m_batches.get(),
                [service](const Endpoint &endpoint, QObject *context,
                    std::function<void(const QByteArray &, const QString &)> done) {
                    service->resolveSecret(endpoint, context, std::move(done));
                });
            auto lastLine = std::make_shared<QElapsedTimer>();
            connect(m_batchRunner.get(), &BatchRunner::progressChanged, this,
                [this, lastLine](const BatchProgress &progress) {
                    if (m_errIsTerminal) {
                        this->progress(progressText(progress, true));
                        return;
                    }
                    if (lastLine->isValid() && lastLine->elapsed() < PlainProgressIntervalMs && !progress.finished)
                        return;
                    lastLine->start();
                    *m_err << u"hublens: batch "_s << progressText(progress, false) << u'\n';
                    m_err->flush();
                });
            connect(m_batchRunner.get(), &BatchRunner::endpointThrottled, this,
                [this, endpoints](int endpoint, qint64 waitMs) {
                    if (m_errIsTerminal)
                        return; // the bar shows it as retrying
                    *m_err << u"hublens: %1 is rate limited; waiting %2 s\n"_s.arg(endpoints.at(endpoint).name)
                                  .arg(double(waitMs) / 1000.0, 0, 'f', 1);
                    m_err->flush();
                });
            connect(m_batchRunner.get(), &BatchRunner::saveFailed, this, [this](const QString &message) {
                *m_err << u"hublens: "_s << message << u'\n';
                m_err->flush();
            });
            connect(m_batchRunner.get(), &BatchRunner::finished, this,
                [this, batchId, json] { printBatchSummary(batchId, json); });
            if (!m_batchRunner->start(batchId, endpoints)) {
                *m_err << u"hublens: the batch could not start: %1\n"_s.arg(m_batchRunner->error());
                finish(Failure);
            }
        });
}

void CommandLine::printBatchSummary(qint64 batchId, bool json)
{
    if (m_progressShown) {
        *m_err << u"\r\x1b[K"_s;
        m_err->flush(); // before the summary on stdout, which may be the same terminal
        m_progressShown = false;
    }
    const std::optional<BatchInfo> info = m_batches->batch(batchId);
    if (!info)
        return finish(Failure);
    const QList<BatchEndpointStats> stats = m_batches->endpointStats(batchId);
    const BatchProgress progress = m_batchRunner->progress();
    const BatchCounts &counts = info->counts;
    if (json) {
        QJsonArray perEndpoint;
        for (const BatchEndpointStats &entry : stats) {
            const BatchEndpointSpec &spec = info->spec.endpoints.at(entry.endpoint);
            perEndpoint.append(QJsonObject{{u"endpoint"_s, spec.name}, {u"model"_s, spec.model}, {u"ok"_s, entry.done},
                {u"failed"_s, entry.failed}, {u"pending"_s, entry.pending},
                {u"median_ms"_s, msOrNull(entry.medianMs())}, {u"p95_ms"_s, msOrNull(entry.p95Ms())}});
        }
        const QJsonObject object{{u"batch"_s, info->uid}, {u"state"_s, batchStateName(info->state)},
            {u"total"_s, counts.total}, {u"ok"_s, counts.done}, {u"failed"_s, counts.failed},
            {u"pending"_s, counts.pending + counts.running}, {u"wall_s"_s, double(progress.elapsedMs) / 1000.0},
            {u"endpoints"_s, perEndpoint}};
        *m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
    } else {
        *m_out << u"batch %1: %2 requests, %3 ok, %4 failed"_s.arg(info->uid.left(8))
                      .arg(counts.total)
                      .arg(counts.done)
                      .arg(counts.failed);
        if (counts.pending + counts.running > 0)
            *m_out << u", %1 not sent"_s.arg(counts.pending + counts.running);
        *m_out << u" in %1\n"_s.arg(duration(progress.elapsedMs));
        int width = 10;
        for (const BatchEndpointSpec &spec : std::as_const(info->spec.endpoints))
            width = std::max(width, int(spec.name.size()) + 2);
        *m_out << u"ENDPOINT"_s.leftJustified(width) << u"MODEL"_s.leftJustified(32) << u"OK"_s.rightJustified(7)
               << u"FAILED"_s.rightJustified(8) << u"MEDIAN ms"_s.rightJustified(11) << u"P95 ms"_s.rightJustified(9)
               << u'\n';
        for (const BatchEndpointStats &entry : stats) {
            const BatchEndpointSpec &spec = info->spec.endpoints.at(entry.endpoint);
            const auto ms = [](double value) {
                return value < 0 ? u"–"_s : QString::number(value, 'f', 0);
            };
            *m_out << spec.name.leftJustified(width) << spec.model.leftJustified(31, u' ', true) << u' '
                   << QString::number(entry.done).rightJustified(6) << QString::number(entry.failed).rightJustified(8)
                   << ms(entry.medianMs()).rightJustified(11) << ms(entry.p95Ms()).rightJustified(9) << u'\n';
        }
        if (counts.failed > 0) {
            const QString session =
                m_runs->session(info->sessionId) ? m_runs->session(info->sessionId)->name : QString();
            *m_out << u"Send the failed items again with: hublens batch --session '%1' --rerun-failed\n"_s.arg(session);
        }
    }
    const bool complete = counts.pending + counts.running == 0;
    finish(counts.failed == 0 && complete ? Ok : SomeFailed);
}
