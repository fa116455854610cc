// SPDX-License-Identifier: GPL-3.0-or-later
// The inference verbs of the command line: `hublens endpoints …` and `hublens compare …` (CommandLine's members).
#include <cmath>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "app/cli/commandline.h"
#include "app/core/logging.h"
#include "app/core/paths.h"
#include "app/core/secretstore.h"
#include "app/hub/hubconfig.h"
#include "app/inference/chatrun.h"
#include "app/inference/comparerunner.h"
#include "app/inference/endpointservice.h"
#include "app/net/curlmulti.h"
#include "app/storage/endpointstore.h"
#include "app/storage/runstore.h"

using namespace Qt::StringLiterals;

namespace {

bool parse(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"hublens"_s} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

QString keySource(const Endpoint &endpoint)
{
    if (!endpoint.apiKeyEnv.isEmpty())
        return u"$"_s + endpoint.apiKeyEnv;
    if (Endpoints::usesHfToken(endpoint.kind))
        return u"HF token"_s;
    return u"keychain or none"_s;
}

QJsonValue orNull(double value, int decimals = 1)
{
    if (value < 0 || !std::isfinite(value))
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString formatMs(double value, int decimals = 0)
{
    return value < 0 ? u"–"_s : QString::number(value, 'f', decimals);
}

QString padded(const QString &text, int width)
{
    return text.size() >= width ? text.left(width) : text + QString(width - text.size(), u' ');
}

std::optional<double> parseDouble(const QString &text, bool *ok)
{
    if (text.isEmpty()) {
        *ok = true;
        return std::nullopt;
    }
    const double value = text.toDouble(ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

bool CommandLine::setUpInference()
{
    QString error;
    const QString path = Paths::databasePath();
    m_endpoints = EndpointStore::open(path, &error);
    if (m_endpoints)
        m_runs = RunStore::open(path, &error);
    if (!m_endpoints || !m_runs) {
        *m_err << u"hublens: cannot open the database %1: %2\n"_s.arg(path, error);
        finish(Failure);
        return false;
    }
    m_secrets = std::make_unique<SecretStore>();
    m_endpointService =
        std::make_unique<EndpointService>(m_network.get(), HubConfig::fromEnvironment(), m_secrets.get());
    return true;
}

void CommandLine::runEndpoints(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"kind"_s, u"hf-router, hf-endpoint, openai, tgi or ollama."_s, u"KIND"_s},
        {u"url"_s, u"Base URL (default for hf-router: the Hugging Face router)."_s, u"URL"_s},
        {u"model"_s, u"Default model."_s, u"MODEL"_s},
        {u"api-key-env"_s, u"Environment variable holding the API key."_s, u"VAR"_s},
        {u"price-input"_s, u"USD per 1M prompt tokens."_s, u"USD"_s},
        {u"price-output"_s, u"USD per 1M completion tokens."_s, u"USD"_s}, {u"json"_s, u"JSON output."_s}});
    QString error;
    if (!parse(parser, arguments, &error))
        return finish(usageError(error));
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (!setUpInference())
        return;
    if (action == u"list"_s && positional.size() == 2)
        return endpointsList(parser.isSet(u"json"_s));
    if (action == u"detect"_s && positional.size() == 2)
        return endpointsDetect(parser.isSet(u"json"_s));
    if (action == u"test"_s && positional.size() == 3)
        return endpointsTest(positional.at(2));
    if (action == u"remove"_s && positional.size() == 3) {
        if (!m_endpoints->remove(positional.at(2))) {
            *m_err << u"hublens: %1\n"_s.arg(m_endpoints->lastError());
            return finish(NotFound);
        }
        *m_out << u"Removed endpoint %1\n"_s.arg(positional.at(2));
        return finish(Ok);
    }
    if (action == u"add"_s && positional.size() == 3) {
        const std::optional<EndpointKind> kind = Endpoints::kindFromName(parser.value(u"kind"_s));
        if (!kind)
            return finish(usageError(u"--kind must be one of %1"_s.arg(Endpoints::kindNames().join(u", "_s))));
        Endpoint endpoint;
        endpoint.name = positional.at(2);
        endpoint.kind = *kind;
        endpoint.url = parser.isSet(u"url"_s) ? QUrl(parser.value(u"url"_s)) : Endpoints::defaultUrl(*kind);
        if (endpoint.url.isEmpty())
            return finish(usageError(u"--url is required for kind %1"_s.arg(Endpoints::kindName(*kind))));
        endpoint.defaultModel = parser.value(u"model"_s);
        endpoint.apiKeyEnv = parser.value(u"api-key-env"_s);
        bool okIn = false;
        bool okOut = false;
        endpoint.priceInputPerMillion = parseDouble(parser.value(u"price-input"_s), &okIn);
        endpoint.priceOutputPerMillion = parseDouble(parser.value(u"price-output"_s), &okOut);
        if (!okIn || !okOut)
            return finish(usageError(u"prices must be numbers (USD per 1M tokens)"_s));
        if (!m_endpoints->add(endpoint))
            return finish(usageError(m_endpoints->lastError()));
        *m_out << u"Added endpoint %1 (%2, %3)\n"_s.arg(
            endpoint.name, Endpoints::kindName(endpoint.kind), endpoint.url.toDisplayString());
        return finish(Ok);
    }
    return finish(usageError(u"endpoints needs list, add NAME, remove NAME, test NAME or detect"_s));
}

void CommandLine::endpointsList(bool json)
{
    const QList<Endpoint> endpoints = m_endpoints->list();
    if (json) {
        for (const Endpoint &endpoint : endpoints) {
            QJsonObject object{{u"name"_s, endpoint.name}, {u"kind"_s, Endpoints::kindName(endpoint.kind)},
                {u"url"_s, endpoint.url.toString()},
                {u"model"_s, endpoint.defaultModel.isEmpty() ? QJsonValue() : QJsonValue(endpoint.defaultModel)},
                {u"api_key_env"_s, endpoint.apiKeyEnv.isEmpty() ? QJsonValue() : QJsonValue(endpoint.apiKeyEnv)},
                {u"price_input"_s,
                    endpoint.priceInputPerMillion ? QJsonValue(*endpoint.priceInputPerMillion) : QJsonValue()},
                {u"price_output"_s,
                    endpoint.priceOutputPerMillion ? QJsonValue(*endpoint.priceOutputPerMillion) : QJsonValue()}};
            *m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
        }
        return finish(Ok);
    }
    if (endpoints.isEmpty()) {
        *m_out << u"No endpoints yet. Add one with 'hublens endpoints add NAME --kind KIND --url URL', or find local "
                  "servers with 'hublens endpoints detect'.\n"_s;
        return finish(Ok);
    }
    *m_out << padded(u"NAME"_s, 18) << padded(u"KIND"_s, 12) << padded(u"URL"_s, 42) << padded(u"MODEL"_s, 30)
           << u"KEY\n"_s;
    for (const Endpoint &endpoint : endpoints) {
        *m_out << padded(endpoint.name, 17) << u' ' << padded(Endpoints::kindName(endpoint.kind), 11) << u' '
               << padded(endpoint.url.toDisplayString(), 41) << u' ' << padded(endpoint.defaultModel, 29) << u' '
               << keySource(endpoint) << u'\n';
    }
    finish(Ok);
}

void CommandLine::endpointsTest(const QString &name)
{
    const std::optional<Endpoint> endpoint = m_endpoints->byName(name);
    if (!endpoint) {
        *m_err << u"hublens: no endpoint named %1\n"_s.arg(name);
        return finish(NotFound);
    }
    m_endpointService->check(*endpoint, this, [this, endpoint](const EndpointCheck &check) {
        *m_out << endpoint->name << u": "_s << check.message << u'\n';
        *m_out << u"  reachable: %1, authenticated: %2\n"_s.arg(check.reachable ? u"yes"_s : u"no"_s,
            check.reachable ? (check.authenticated ? u"yes"_s : u"no"_s) : u"unknown"_s);
        for (const EndpointModel &model : check.models.mid(0, 20)) {
            *m_out << u"  "_s << model.id;
            if (model.contextLength > 0)
                *m_out << u"  (context %1)"_s.arg(model.contextLength);
            *m_out << u'\n';
        }
        if (check.models.size() > 20)
            *m_out << u"  … and %1 more\n"_s.arg(check.models.size() - 20);
        finish(!check.reachable               ? NetworkOrServer
                : !check.authenticated        ? AuthOrGated
                : check.httpStatus / 100 == 2 ? Ok
                                              : NetworkOrServer);
    });
}

void CommandLine::endpointsDetect(bool json)
{
    m_endpointService->detectLocal(
        EndpointService::defaultProbes(), this, [this, json](const QList<DetectedServer> &servers) {
            for (const DetectedServer &server : servers) {
                if (json) {
                    QJsonArray models;
                    for (const EndpointModel &model : server.models)
                        models.append(model.id);
                    const QJsonObject object{{u"product"_s, server.product},
                        {u"kind"_s, Endpoints::kindName(server.kind)}, {u"url"_s, server.url.toString()},
                        {u"name"_s, server.suggestedName}, {u"models"_s, models}};
                    *m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
                    continue;
                }
                const qsizetype count = server.models.size();
                *m_out << u"%1 at %2: %3 %4\n"_s.arg(server.product, server.url.toDisplayString(),
                    QString::number(count), count == 1 ? u"model"_s : u"models"_s);
                *m_out << u"  add it: hublens endpoints add %1 --kind %2 --url %3%4\n"_s.arg(server.suggestedName,
                    Endpoints::kindName(server.kind), server.url.toString(),
                    server.models.isEmpty() ? QString() : u" --model "_s + server.models.first().id);
            }
            if (servers.isEmpty() && !json)
                *m_out
                    << u"No local inference server answered on 127.0.0.1 (ports 11434, 8080, 9931, 1234, 8000, 3000).\n"_s;
            finish(Ok);
        });
}

void CommandLine::runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{u"endpoint"_s, u"An endpoint, optionally with the model to ask (repeatable)."_s, u"NAME[=MODEL]"_s},
            {u"prompt"_s, u"The user prompt."_s, u"TEXT"_s}, {u"system"_s, u"A system prompt."_s, u"TEXT"_s},
            {u"temperature"_s, u"Sampling temperature."_s, u"F"_s}, {u"top-p"_s, u"Nucleus sampling."_s, u"F"_s},
            {u"max-tokens"_s, u"Most tokens to generate."_s, u"N"_s}, {u"seed"_s, u"Sampling seed."_s, u"N"_s},
            {u"stop"_s, u"A stop sequence (repeatable)."_s, u"S"_s},
            {u"idle-timeout"_s, u"End a stream after this many seconds without data."_s, u"SECONDS"_s},
            {u"session"_s, u"Save the runs into this session (created if needed)."_s, u"NAME"_s},
            {u"json"_s, u"One JSON object per endpoint as it finishes."_s}});
    QString error;
    if (!parse(parser, arguments, &error))
        return finish(usageError(error));
    if (parser.positionalArguments().size() > 1)
        return finish(usageError(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().at(1))));
    const QStringList specs = parser.values(u"endpoint"_s);
    const QString prompt = parser.value(u"prompt"_s);
    if (specs.isEmpty())
        return finish(usageError(u"compare needs at least one --endpoint NAME[=MODEL]"_s));
    if (specs.size() > CompareRunner::MaxColumns)
        return finish(usageError(u"compare takes at most %1 endpoints"_s.arg(CompareRunner::MaxColumns)));
    if (prompt.trimmed().isEmpty())
        return finish(usageError(u"compare needs --prompt TEXT"_s));

    GenerationParams params;
    bool ok = true;
    const auto number = [&parser, &ok](const QString &name) -> std::optional<double> {
        if (!parser.isSet(name))
            return std::nullopt;
        bool valid = false;
        const double value = parser.value(name).toDouble(&valid);
        ok = ok && valid;
        return valid ? std::optional<double>(value) : std::nullopt;
    };
    params.temperature = number(u"temperature"_s);
    params.topP = number(u"top-p"_s);
    if (const std::optional<double> maxTokens = number(u"max-tokens"_s))
        params.maxTokens = int(*maxTokens);
    if (const std::optional<double> seed = number(u"seed"_s))
        params.seed = qint64(*seed);
    const std::optional<double> idle = number(u"idle-timeout"_s);
    params.stop = parser.values(u"stop"_s);
    if (!ok || (params.maxTokens && *params.maxTokens < 1) || (idle && *idle < 1))
        return finish(usageError(u"numeric options need valid numbers (--max-tokens and --idle-timeout >= 1)"_s));

    if (!setUpInference())
        return;
    QList<CompareColumn> columns;
    for (const QString &spec : specs) {
        const qsizetype equals = spec.indexOf(u'=');
        const QString name = equals < 0 ? spec : spec.left(equals);
        const std::optional<Endpoint> endpoint = m_endpoints->byName(name);
        if (!endpoint) {
            *m_err << u"hublens: no endpoint named %1 (see 'hublens endpoints list')\n"_s.arg(name);
            return finish(NotFound);
        }
        CompareColumn column;
        column.endpoint = *endpoint;
        if (idle)
            column.endpoint.idleTimeoutSeconds = int(*idle);
        column.model = equals < 0 ? endpoint->defaultModel : spec.mid(equals + 1);
        if (column.model.isEmpty() && endpoint->kind != EndpointKind::Tgi) {
            *m_err << u"hublens: endpoint %1 has no default model; use --endpoint %1=MODEL\n"_s.arg(name);
            return finish(Usage);
        }
        columns.append(column);
    }
    const QString sessionName =
        parser.isSet(u"session"_s) ? parser.value(u"session"_s) : RunStore::defaultSessionName();
    const qint64 sessionId = m_runs->ensureSession(sessionName);
    if (sessionId <= 0) {
        *m_err << u"hublens: cannot open session %1: %2\n"_s.arg(sessionName, m_runs->lastError());
        return finish(Failure);
    }
    const bool json = parser.isSet(u"json"_s);
    const QString system = parser.value(u"system"_s);

    // The token saved in Settings, when the environment gave none (as the GUI does).
    m_secrets->read(SecretStore::hubTokenKey(), this,
        [this, columns, sessionId, json, prompt, system, params](
            const std::optional<QByteArray> &saved, const QString &) {
            HubConfig hub = HubConfig::fromEnvironment();
            if (saved)
                HubConfig::applySavedToken(hub, *saved);
            m_endpointService->setHubConfig(hub);
            EndpointService *service = m_endpointService.get();
            m_compare = std::make_unique<CompareRunner>(m_network.get(), m_runs.get(),
                [service](const Endpoint &endpoint, QObject *context,
                    std::function<void(const QByteArray &, const QString &)> done) {
                    service->resolveSecret(endpoint, context, std::move(done));
                });
            m_compare->setRevisionResolver([service](const Endpoint &endpoint, const QString &model, QObject *context,
                                               std::function<void(const QString &)> done) {
                service->resolveRevision(endpoint, model, context, std::move(done));
            });
            m_compare->setColumns(columns);
            m_compare->setSessionId(sessionId);

            auto lines = std::make_shared<QList<QString>>(columns.size());
            auto results = std::make_shared<QList<std::pair<int, RunResult>>>();
            auto anyFailed = std::make_shared<bool>(false);
            int width = 0;
            for (const CompareColumn &column : columns)
                width = std::max(width, int(column.endpoint.name.size()));
            const auto label = [columns, width](int column) -> QString {
                return padded(columns.at(column).endpoint.name, width) + u" | "_s;
            };
            connect(m_compare.get(), &CompareRunner::columnText, this,
                [this, json, lines, label](int column, const QString &content, const QString &) {
                    if (json)
                        return;
                    QString &line = (*lines)[column];
                    line += content;
                    qsizetype newline;
                    while ((newline = line.indexOf(u'\n')) >= 0) {
                        *m_out << label(column) << line.left(newline) << u'\n';
                        line.remove(0, newline + 1);
                    }
                    m_out->flush();
                });
            connect(m_compare.get(), &CompareRunner::columnStatus, this,
                [this, columns](int column, const QString &message) {
                    *m_err << u"hublens: %1: %2\n"_s.arg(columns.at(column).endpoint.name, message);
                    m_err->flush();
                });
            connect(m_compare.get(), &CompareRunner::saveFailed, this,
                [this](const QString &message) { *m_err << u"hublens: "_s << message << u'\n'; });
            connect(m_compare.get(), &CompareRunner::columnFinished, this,
                [this, json, lines, label, results, anyFailed, columns](int column, const RunResult &result, qint64) {
                    const bool success = result.status == RunStatus::Succeeded;
                    if (!success)
                        *anyFailed = true;
                    results->append({column, result});
                    if (json) {
                        const CompareColumn &spec = columns.at(column);
                        QJsonValue failure = QJsonValue::Null;
                        if (!success)
                            failure = QJsonObject{
                                {u"status"_s, result.httpStatus ? QJsonValue(result.httpStatus) : QJsonValue()},
                                {u"message"_s, result.errorMessage}, {u"kind"_s, result.errorKind}};
                        const QJsonObject object{{u"endpoint"_s, spec.endpoint.name},
                            {u"model"_s,
                                m_compare->chatRun(column) ? m_compare->chatRun(column)->request().model : spec.model},
                            {u"provider"_s, result.provider.isEmpty() ? QJsonValue() : QJsonValue(result.provider)},
                            {u"status"_s, runStatusName(result.status)}, {u"text"_s, result.text},
                            {u"reasoning"_s, result.reasoning.isEmpty() ? QJsonValue() : QJsonValue(result.reasoning)},
                            {u"finish_reason"_s,
                                result.finishReason.isEmpty() ? QJsonValue() : QJsonValue(result.finishReason)},
                            {u"ttft_ms"_s, orNull(result.ttftMs)}, {u"total_ms"_s, orNull(result.totalMs)},
                            {u"prompt_tokens"_s,
                                result.usage.promptTokens >= 0 ? QJsonValue(result.usage.promptTokens) : QJsonValue()},
                            {u"completion_tokens"_s,
                                result.completionTokens >= 0 ? QJsonValue(result.completionTokens) : QJsonValue()},
                            {u"tokens_per_s"_s, orNull(result.tokensPerSecond)},
                            {u"usage_reported"_s, result.usageReported},
                            {u"cost_usd"_s, result.costUsd ? QJsonValue(*result.costUsd) : QJsonValue()},
                            {u"error"_s, failure}};
                        *m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
                        m_out->flush();
                        return;
                    }
                    QString &line = (*lines)[column];
                    if (!line.isEmpty())
                        *m_out << label(column) << line << u'\n';
                    line.clear();
                    if (!success)
                        *m_out << label(column)
                               << u"[%1%2: %3]\n"_s.arg(runStatusName(result.status),
                                      result.httpStatus > 0 && result.httpStatus != 200
                                          ? u" HTTP "_s + QString::number(result.httpStatus)
                                          : QString(),
                                      result.errorMessage);
                    m_out->flush();
                });
            connect(m_compare.get(), &CompareRunner::allFinished, this, [this, json, results, anyFailed, columns] {
                if (!json) {
                    std::sort(results->begin(), results->end(),
                        [](const auto &a, const auto &b) { return a.first < b.first; });
                    *m_out << u'\n' << padded(u"ENDPOINT"_s, 18) << padded(u"MODEL"_s, 28) << padded(u"PROVIDER"_s, 12)
                           << padded(u"STATUS"_s, 10) << padded(u"TTFT ms"_s, 9) << padded(u"TOTAL ms"_s, 10)
                           << padded(u"TOKENS"_s, 8) << padded(u"TOK/S"_s, 8) << padded(u"FINISH"_s, 10) << u"COST\n"_s;
                    for (const auto &[column, result] : *results) {
                        const CompareColumn &spec = columns.at(column);
                        const QString tokens =
                            result.completionTokens < 0 || (result.completionTokens == 0 && !result.usageReported)
                            ? u"–"_s
                            : QString::number(result.completionTokens) + (result.usageReported ? QString() : u"*"_s);
                        *m_out << padded(spec.endpoint.name, 17) << u' '
                               << padded(m_compare->chatRun(column) ? m_compare->chatRun(column)->request().model
                                                                    : spec.model,
                                      27)
                               << u' ' << padded(result.provider, 11) << u' ' << padded(runStatusName(result.status), 9)
                               << u' ' << padded(formatMs(result.ttftMs), 8) << u' '
                               << padded(formatMs(result.totalMs), 9) << u' ' << padded(tokens, 7) << u' '
                               << padded(formatMs(result.tokensPerSecond, 1), 7) << u' '
                               << padded(result.finishReason, 9) << u' '
                               << (result.costUsd ? u"$%1"_s.arg(*result.costUsd, 0, 'f', 6) : u"–"_s) << u'\n';
                    }
                    bool estimated = false;
                    for (const auto &entry : *results)
                        estimated = estimated || (!entry.second.usageReported && entry.second.completionTokens > 0);
                    if (estimated)
                        *m_out << u"* estimated: the server reported no token usage\n"_s;
                }
                finish(*anyFailed ? SomeFailed : Ok);
            });
            if (!m_compare->run(prompt, system, params, false)) {
                *m_err << u"hublens: the comparison could not start\n"_s;
                finish(Failure);
            }
        });
}
