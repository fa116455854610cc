// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include <algorithm>
#include <type_traits>

#include <curl/curl.h>
#include <sqlite3.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include "app/cli/clijson.h"
#include "app/cli/clitable.h"
#include "app/core/format.h"
#include "app/core/logging.h"
#include "app/core/paths.h"
#include "app/core/secretstore.h"
#include "app/hub/hubcache.h"
#include "app/hub/hubclient.h"
#include "app/inference/batchrunner.h"
#include "app/inference/comparerunner.h"
#include "app/inference/endpointservice.h"
#include "app/net/curlmulti.h"
#include "app/storage/batchstore.h"
#include "app/storage/endpointstore.h"
#include "app/storage/judgmentstore.h"
#include "app/storage/runstore.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

using CliText::oneLine;
using CliText::Table;

namespace {

const QStringList kVerbs = {u"search"_s, u"info"_s, u"files"_s, u"card"_s, u"rows"_s, u"whoami"_s, u"endpoints"_s,
    u"compare"_s, u"batch"_s, u"sessions"_s, u"judge"_s, u"decide"_s, u"report"_s};

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.contains(u"src"_s)) {
            if (object.contains(u"width"_s))
                return u"[image %1×%2]"_s.arg(object.value(u"width"_s).toInt()).arg(object.value(u"height"_s).toInt());
            return u"[file]"_s;
        }
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (!array.isEmpty() && array.first().isObject() && array.first().toObject().contains(u"src"_s))
            return u"[audio]"_s;
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QString sortKey(const QString &name)
{
    if (name == u"downloads"_s)
        return u"downloads"_s;
    if (name == u"likes"_s)
        return u"likes"_s;
    if (name == u"trending"_s)
        return u"trendingScore"_s;
    if (name == u"modified"_s)
        return u"lastModified"_s;
    if (name == u"created"_s)
        return u"createdAt"_s;
    return {};
}

std::optional<RepoType> repoType(const QString &word, bool plural)
{
    if (word == (plural ? u"models"_s : u"model"_s))
        return RepoType::Model;
    if (word == (plural ? u"datasets"_s : u"dataset"_s))
        return RepoType::Dataset;
    return std::nullopt;
}

QString gatedText(GatedMode mode)
{
    return mode == GatedMode::Off ? QString() : CliJson::gatedName(mode);
}

} // namespace

CommandLine::CommandLine(QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_out(std::make_unique<QTextStream>(out))
    , m_err(std::make_unique<QTextStream>(err))
{
    auto *errFile = qobject_cast<QFile *>(err);
    m_errIsTerminal = errFile && errFile->handle() >= 0 && ::isatty(errFile->handle()) == 1;
}

CommandLine::~CommandLine() = default;

bool CommandLine::isCommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.first();
    // The GUI takes no positional arguments (only Qt's -options), so any leading word is a command; exec() reports
    // an unknown one as a usage error instead of silently opening the window.
    return (!first.isEmpty() && !first.startsWith(u'-')) || first == u"--version"_s || first == u"-v"_s
        || first == u"--help"_s || first == u"-h"_s;
}

int CommandLine::exitCodeFor(const HubError &error)
{
    switch (error.kind) {
    case HubError::Kind::None:
        return Ok;
    case HubError::Kind::NotFound:
    case HubError::Kind::RevisionNotFound:
    case HubError::Kind::EntryNotFound:
        return NotFound;
    case HubError::Kind::Unauthorized:
    case HubError::Kind::Gated:
    case HubError::Kind::Forbidden:
        return AuthOrGated;
    case HubError::Kind::BadRequest:
        return Usage;
    case HubError::Kind::Cancelled:
        return Failure;
    case HubError::Kind::RateLimited:
    case HubError::Kind::Server:
    case HubError::Kind::Offline:
    case HubError::Kind::Network:
    case HubError::Kind::Tls:
    case HubError::Kind::Timeout:
    case HubError::Kind::TooLarge:
    case HubError::Kind::BadResponse:
        return NetworkOrServer;
    }
    return Failure;
}

QString CommandLine::versionText()
{
    return u"hublens %1 (Qt %2, libcurl %3, SQLite %4)"_s.arg(QStringLiteral(HUBLENS_VERSION),
        QString::fromLatin1(qVersion()), QString::fromLatin1(curl_version_info(CURLVERSION_NOW)->version),
        QString::fromLatin1(sqlite3_libversion()));
}

QString CommandLine::usageText()
{
    return uR"(Usage:
  hublens                                   open the desktop application
  hublens search models|datasets [QUERY] [--author A] [--filter TAG]... [--task PIPELINE_TAG]
          [--sort downloads|likes|trending|modified|created] [--limit N] [--json]
  hublens info model|dataset REPO_ID [--revision REV] [--json]
  hublens files model|dataset REPO_ID [--revision REV] [--json]
  hublens card model|dataset REPO_ID [--revision REV]
  hublens rows DATASET_ID [--config C] [--split S] [--offset N] [--length N] [--json]
  hublens whoami [--json]
  hublens endpoints list [--json]
  hublens endpoints add NAME --kind hf-router|hf-endpoint|openai|tgi|ollama [--url URL] [--model MODEL]
          [--api-key-env VAR] [--price-input USD] [--price-output USD]
  hublens endpoints remove NAME
  hublens endpoints test NAME
  hublens endpoints detect [--json]
  hublens compare --endpoint NAME[=MODEL]... --prompt TEXT [--system TEXT] [--temperature F] [--top-p F]
          [--max-tokens N] [--seed N] [--stop S]... [--idle-timeout SECONDS] [--session NAME] [--json]
  hublens batch --session NAME --endpoint NAME[=MODEL]... (--prompts FILE [--column COL] |
          --dataset ID [--config C] [--split S] --column COL [--rows A:B]) [--template T] [--system TEXT]
          [--concurrency N] [--endpoint-concurrency N] [--max-tokens N] [--temperature F] [--seed N]
          [--retries N] [--timeout SECONDS] [--preview] [--json]
  hublens batch --session NAME --resume | --rerun-failed [--json]
  hublens sessions list [--json]
  hublens sessions show NAME [--json]
  hublens sessions export NAME --format jsonl|csv|bundle --out PATH|-
  hublens sessions import PATH              merge a JSONL export or a bundle (by uid; one transaction)
  hublens sessions criteria NAME [--set JSON | --add "METRIC OP VALUE" [--endpoint E] [--baseline B] | --remove N]
          [--json]
  hublens judge NAME --reviewer R --run ID [--rating N] [--label L]... [--note TEXT] [--flag]
  hublens judge NAME --reviewer R --pair ID_A ID_B --outcome a|b|tie|both-bad [--reason TEXT]
  hublens decide NAME --author A --text TEXT [--evidence run:ID|chart:NAME]...
  hublens report NAME [--json] [--html PATH|-] [--pdf PATH] [--replicates N]
          leaderboard with 95 % intervals, reviewer agreement, latency and criteria
  hublens --version

Environment: HF_TOKEN (or the token file in $HF_HOME), HF_ENDPOINT, HUBLENS_DATASETS_SERVER, HF_HUB_OFFLINE=1,
HUBLENS_DATA_DIR.
Exit codes: 0 ok, 2 usage, 3 not found, 4 authentication or gated, 5 network, rate limit or server error,
6 some compared endpoints or batch items failed.
)"_s;
}

int CommandLine::usageError(const QString &message)
{
    *m_err << u"hublens: "_s << message << u"\nTry 'hublens --help'.\n"_s;
    m_err->flush();
    return Usage;
}

bool CommandLine::setUp()
{
    m_network = std::make_unique<CurlMulti>();
    m_network->setUserAgent(QByteArray("HubLens/" HUBLENS_VERSION "; Qt/") + qVersion() + "; libcurl/"
        + curl_version_info(CURLVERSION_NOW)->version);
    QString error;
    m_cache = HubCache::open(Paths::cacheDatabasePath(), &error);
    if (!m_cache)
        qCWarning(lcCli).noquote() << "response cache unavailable:" << error;
    m_client = std::make_unique<HubClient>(m_network.get(), HubConfig::fromEnvironment(), m_cache.get());
    connect(m_client.get(), &HubClient::retrying, this,
        [this](const QUrl &, int retry, int delayMs, const QString &reason) {
            *m_err << u"hublens: %1, retrying in %2 s (attempt %3)\n"_s.arg(reason)
                          .arg(delayMs / 1000.0, 0, 'f', 1)
                          .arg(retry + 1);
            m_err->flush();
        });
    return true;
}

void CommandLine::finish(int code)
{
    if (m_progressShown) {
        *m_err << u"\r\x1b[K"_s;
        m_progressShown = false;
    }
    m_out->flush();
    m_err->flush();
    m_exitCode = code;
    m_done = true;
}

void CommandLine::fail(const HubError &error, const QString &what)
{
    if (m_progressShown) {
        *m_err << u"\r\x1b[K"_s;
        m_progressShown = false;
    }
    QString line = u"hublens: %1: %2"_s.arg(what, error.message);
    if (!error.serverMessage.isEmpty() && !error.message.contains(error.serverMessage))
        line += u" (server said: %1)"_s.arg(oneLine(error.serverMessage, 200));
    *m_err << line << u'\n';
    finish(exitCodeFor(error));
}

void CommandLine::progress(const QString &text)
{
    if (!m_errIsTerminal)
        return;
    *m_err << u"\r\x1b[K"_s << text;
    m_err->flush();
    m_progressShown = true;
}

void CommandLine::warnIfCached(bool fromCache, const QDateTime &fetchedAt, const HubError &error)
{
    if (!fromCache)
        return;
    *m_err << u"hublens: %1; showing the copy cached %2\n"_s.arg(error.message, Format::relativeTime(fetchedAt));
    m_err->flush();
}

int CommandLine::exec(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == u"--help"_s || arguments.first() == u"-h"_s
        || arguments.first() == u"help"_s) {
        *m_out << usageText();
        m_out->flush();
        return Ok;
    }
    if (arguments.first() == u"--version"_s || arguments.first() == u"-v"_s) {
        *m_out << versionText() << u'\n';
        m_out->flush();
        return Ok;
    }
    const QString verb = arguments.first();
    if (!kVerbs.contains(verb))
        return usageError(u"unknown command '%1'"_s.arg(verb));
    setUp();
    m_exitCode = -1;
    m_done = false;
    if (verb == u"search"_s)
        runSearch(arguments);
    else if (verb == u"info"_s)
        runInfo(arguments);
    else if (verb == u"files"_s)
        runFiles(arguments);
    else if (verb == u"card"_s)
        runCard(arguments);
    else if (verb == u"rows"_s)
        runRows(arguments);
    else if (verb == u"whoami"_s)
        runWhoAmI(arguments);
    else if (verb == u"endpoints"_s)
        runEndpoints(arguments);
    else if (verb == u"compare"_s)
        runCompare(arguments);
    else if (verb == u"batch"_s)
        runBatch(arguments);
    else if (verb == u"sessions"_s)
        runSessions(arguments);
    else if (verb == u"judge"_s)
        runJudge(arguments);
    else if (verb == u"decide"_s)
        runDecide(arguments);
    else if (verb == u"report"_s)
        runReport(arguments);
    QEventLoop loop;
    while (!m_done)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    m_compare.reset();
    m_batchRunner.reset();
    m_batches.reset();
    m_client.reset();
    if (m_secrets)
        m_secrets->waitForDone();
    if (m_cache)
        m_cache->waitForDone(); // what was fetched stays cached for the next run
    return m_exitCode;
}

namespace {

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"hublens"_s} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

} // namespace

void CommandLine::runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"author"_s, u"Only repositories of this user or organisation."_s, u"A"_s},
        {u"filter"_s, u"A tag every result must have (repeatable)."_s, u"TAG"_s},
        {u"task"_s, u"Only models with this pipeline tag."_s, u"PIPELINE_TAG"_s},
        {u"sort"_s, u"downloads, likes, trending, modified or created."_s, u"KEY"_s, u"trending"_s},
        {u"limit"_s, u"How many results (follows pagination)."_s, u"N"_s, u"20"_s},
        {u"json"_s, u"One JSON object per line."_s}});
    QString error;
    if (!parseArguments(parser, arguments, &error))
        return finish(usageError(error));
    if (parser.isSet(u"help"_s)) {
        *m_out << usageText();
        return finish(Ok);
    }
    const QStringList positional = parser.positionalArguments();
    const std::optional<RepoType> type = repoType(positional.value(1), true);
    if (!type)
        return finish(usageError(u"search needs 'models' or 'datasets'"_s));
    bool ok = false;
    const int limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0)
        return finish(usageError(u"--limit must be a positive whole number"_s));
    const QString sort = sortKey(parser.value(u"sort"_s));
    if (sort.isEmpty())
        return finish(usageError(u"--sort must be one of downloads, likes, trending, modified, created"_s));
    if (parser.isSet(u"task"_s) && *type != RepoType::Model)
        return finish(usageError(u"--task applies to models only"_s));

    HubListQuery query;
    query.type = *type;
    query.search = positional.mid(2).join(u' ');
    query.author = parser.value(u"author"_s);
    query.filters = parser.values(u"filter"_s);
    query.pipelineTag = parser.value(u"task"_s);
    query.sort = sort;
    query.pageSize = std::min(limit, 100);
    const bool json = parser.isSet(u"json"_s);

    struct State
    {
        int printed = 0;
        Table table{{u"ID"_s, u"TASK"_s, u"DOWNLOADS"_s, u"LIKES"_s, u"MODIFIED"_s, u"GATED"_s},
            {false, false, true, true, false, false}};
    };
    auto state = std::make_shared<State>();
    const auto emitRepo = [this, json, state](const RepoInfo &repo, const QJsonObject &object, const QString &task) {
        if (json) {
            *m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
        } else {
            state->table.add({repo.id, task, Format::compactCount(repo.downloads), Format::compactCount(repo.likes),
                Format::relativeTime(repo.lastModified), gatedText(repo.gated)});
        }
        ++state->printed;
    };
    const auto pageDone = [this, json, state, limit](const QUrl &next, bool cached, const QDateTime &fetchedAt,
                              const HubError &pageError, bool pageHadItems) -> bool {
        warnIfCached(cached, fetchedAt, pageError);
        m_out->flush();
        if (state->printed < limit && next.isValid() && pageHadItems) {
            progress(u"fetched %1 of %2…"_s.arg(state->printed).arg(limit));
            return true; // fetch the next page
        }
        if (!json) {
            if (state->table.isEmpty())
                *m_err << u"hublens: no results\n"_s;
            else
                state->table.write(*m_out);
        }
        finish(Ok);
        return false;
    };

    // One paging loop for both kinds: `first` starts the listing, `next` follows a Link URL, `describe` gives an
    // item's JSON summary and task.
    const auto page = [this, state, limit, emitRepo, pageDone](auto itemType, auto first, auto next, auto describe) {
        using Item = typename decltype(itemType)::type;
        auto onPage = std::make_shared<std::function<void(const HubResult<QList<Item>> &)>>();
        *onPage = [this, state, limit, emitRepo, pageDone, onPage, next, describe](
                      const HubResult<QList<Item>> &result) {
            if (!result.ok()) {
                *onPage = nullptr;
                return fail(result.error, u"search failed"_s);
            }
            for (const Item &item : *result.value) {
                if (state->printed >= limit)
                    break;
                const auto [summary, task] = describe(item);
                emitRepo(item, summary, task);
            }
            if (pageDone(result.nextPage, result.fromCache, result.fetchedAt, result.error, !result.value->isEmpty()))
                next(result.nextPage, *onPage);
            else
                *onPage = nullptr;
        };
        first(*onPage);
    };
    if (*type == RepoType::Model) {
        page(
            std::type_identity<ModelInfo>{},
            [this, query](const auto &done) { m_client->listModels(query, this, done); },
            [this](const QUrl &url, const auto &done) { m_client->listModelsPage(url, this, done); },
            [](const ModelInfo &model) { return std::make_pair(CliJson::modelSummary(model), model.pipelineTag); });
    } else {
        page(
            std::type_identity<DatasetInfo>{},
            [this, query](const auto &done) { m_client->listDatasets(query, this, done); },
            [this](const QUrl &url, const auto &done) { m_client->listDatasetsPage(url, this, done); },
            [](const DatasetInfo &dataset) {
                return std::make_pair(CliJson::datasetSummary(dataset), dataset.taskCategories.value(0));
            });
    }
}

void CommandLine::runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"revision"_s, u"A branch, tag or commit."_s, u"REV"_s}, {u"json"_s, u"One JSON object."_s}});
    QString error;
    if (!parseArguments(parser, arguments, &error))
        return finish(usageError(error));
    const QStringList positional = parser.positionalArguments();
    const std::optional<RepoType> type = repoType(positional.value(1), false);
    const QString repoId = positional.value(2);
    if (!type || repoId.isEmpty() || positional.size() > 3)
        return finish(usageError(u"usage: hublens info model|dataset REPO_ID [--revision REV] [--json]"_s));
    const bool json = parser.isSet(u"json"_s);
    const QString revision = parser.value(u"revision"_s);

    const auto printCommon = [this](const RepoInfo &repo, Table &table) {
        table.add({u"id"_s, repo.id});
        table.add({u"author"_s, repo.author});
        table.add({u"revision"_s, repo.sha});
        table.add({u"license"_s, repo.license});
        table.add({u"gated"_s, CliJson::gatedName(repo.gated)});
        table.add({u"private"_s, repo.isPrivate ? u"yes"_s : u"no"_s});
        table.add({u"downloads (30 days)"_s, repo.downloads < 0 ? u"—"_s : QString::number(repo.downloads)});
        table.add({u"likes"_s, repo.likes < 0 ? u"—"_s : QString::number(repo.likes)});
        table.add({u"languages"_s, repo.languages.join(u", "_s)});
        table.add({u"created"_s, Format::isoDate(repo.createdAt)});
        table.add({u"last modified"_s,
            u"%1 (%2)"_s.arg(Format::isoDate(repo.lastModified), Format::relativeTime(repo.lastModified))});
        table.add({u"files"_s, QString::number(repo.siblings.size())});
    };

    if (*type == RepoType::Model) {
        m_client->modelInfo(repoId, revision, this, [this, json, printCommon](const HubResult<ModelInfo> &result) {
            if (!result.ok())
                return fail(result.error,
                    result.error.kind == HubError::Kind::NotFound ? u"model not found"_s : u"info failed"_s);
            warnIfCached(result.fromCache, result.fetchedAt, result.error);
            const ModelInfo &model = *result.value;
            if (json) {
                *m_out << QString::fromUtf8(QJsonDocument(CliJson::modelDetail(model)).toJson(QJsonDocument::Compact))
                       << u'\n';
                return finish(Ok);
            }
            Table table({u"FIELD"_s, u"VALUE"_s});
            printCommon(model, table);
            table.add({u"task"_s, model.pipelineTag});
            table.add({u"library"_s, model.libraryName});
            table.add({u"parameters"_s, Format::parameters(model.parameters)});
            table.add({u"context length"_s, model.contextLength < 0 ? u"—"_s : QString::number(model.contextLength)});
            table.add({u"architecture"_s, model.architectures.join(u", "_s)});
            table.add({u"base model"_s, model.baseModels.join(u", "_s)});
            table.add({u"datasets"_s, model.datasets.join(u", "_s)});
            QStringList providers;
            for (const InferenceProviderEntry &entry : model.providers)
                providers.append(
                    entry.status.isEmpty() ? entry.provider : u"%1 (%2)"_s.arg(entry.provider, entry.status));
            table.add({u"inference providers"_s, providers.join(u", "_s)});
            table.add({u"eval results"_s, QString::number(model.evalResults.size())});
            table.write(*m_out);
            if (!model.evalResults.isEmpty()) {
                *m_out << u'\n';
                Table evals({u"DATASET"_s, u"METRIC"_s, u"VALUE"_s}, {false, false, true});
                for (const EvalResult &eval : model.evalResults) {
                    evals.add({eval.datasetName.isEmpty() ? eval.datasetType : eval.datasetName,
                        eval.metricName.isEmpty() ? eval.metricType : eval.metricName, cellText(eval.value)});
                }
                evals.write(*m_out);
            }
            finish(Ok);
        });
    } else {
        m_client->datasetInfo(repoId, revision, this, [this, json, printCommon](const HubResult<DatasetInfo> &result) {
            if (!result.ok())
                return fail(result.error,
                    result.error.kind == HubError::Kind::NotFound ? u"dataset not found"_s : u"info failed"_s);
            warnIfCached(result.fromCache, result.fetchedAt, result.error);
            const DatasetInfo &dataset = *result.value;
            if (json) {
                *m_out << QString::fromUtf8(
                    QJsonDocument(CliJson::datasetDetail(dataset)).toJson(QJsonDocument::Compact))
                       << u'\n';
                return finish(Ok);
            }
            Table table({u"FIELD"_s, u"VALUE"_s});
            printCommon(dataset, table);
            table.add({u"name"_s, dataset.prettyName});
            table.add({u"tasks"_s, dataset.taskCategories.join(u", "_s)});
            table.add({u"size category"_s, dataset.sizeCategories.join(u", "_s)});
            table.write(*m_out);
            finish(Ok);
        });
    }
}

void CommandLine::runFiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{u"revision"_s, u"A branch, tag or commit."_s, u"REV"_s}, {u"json"_s, u"One JSON object per line."_s}});
    QString error;
    if (!parseArguments(parser, arguments, &error))
        return finish(usageError(error));
    const QStringList positional = parser.positionalArguments();
    const std::optional<RepoType> type = repoType(positional.value(1), false);
    const QString repoId = positional.value(2);
    if (!type || repoId.isEmpty() || positional.size() > 3)
        return finish(usageError(u"usage: hublens files model|dataset REPO_ID [--revision REV] [--json]"_s));
    const bool json = parser.isSet(u"json"_s);
    progress(u"listing files…"_s);
    m_client->listFiles(
        *type, repoId, parser.value(u"revision"_s), this, [this, json](const HubResult<QList<RepoTreeEntry>> &result) {
            if (!result.ok())
                return fail(result.error, u"listing files failed"_s);
            warnIfCached(result.fromCache, result.fetchedAt, result.error);
            if (m_progressShown) {
                *m_err << u"\r\x1b[K"_s;
                m_progressShown = false;
            }
            qint64 total = 0;
            int files = 0;
            Table table({u"PATH"_s, u"SIZE"_s, u"STORAGE"_s}, {false, true, false});
            for (const RepoTreeEntry &entry : *result.value) {
                if (json) {
                    *m_out << QString::fromUtf8(QJsonDocument(CliJson::treeEntry(entry)).toJson(QJsonDocument::Compact))
                           << u'\n';
                    continue;
                }
                if (entry.isDirectory)
                    continue;
                ++files;
                total += std::max<qint64>(0, entry.size);
                table.add({entry.path, Format::bytes(entry.size),
                    !entry.xetHash.isEmpty() ? u"xet"_s : (!entry.lfsSha256.isEmpty() ? u"lfs"_s : u"git"_s)});
            }
            if (!json) {
                table.write(*m_out);
                *m_out << u"\n%1 files, %2 in total\n"_s.arg(files).arg(Format::bytes(total));
            }
            finish(Ok);
        });
}

void CommandLine::runCard(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"revision"_s, u"A branch, tag or commit."_s, u"REV"_s}});
    QString error;
    if (!parseArguments(parser, arguments, &error))
        return finish(usageError(error));
    const QStringList positional = parser.positionalArguments();
    const std::optional<RepoType> type = repoType(positional.value(1), false);
    const QString repoId = positional.value(2);
    if (!type || repoId.isEmpty() || positional.size() > 3)
        return finish(usageError(u"usage: hublens card model|dataset REPO_ID [--revision REV]"_s));
    m_client->card(*type, repoId, parser.value(u"revision"_s), this, [this](const HubResult<QString> &result) {
        if (!result.ok()) {
            HubError cardError = result.error;
            if (cardError.kind == HubError::Kind::EntryNotFound)
                cardError.message = u"this repository has no README.md"_s;
            return fail(cardError, u"card"_s);
        }
        warnIfCached(result.fromCache, result.fetchedAt, result.error);
        *m_out << *result.value;
        if (!result.value->endsWith(u'\n'))
            *m_out << u'\n';
        finish(Ok);
    });
}

void CommandLine::runRows(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"config"_s, u"The subset (default: the first)."_s, u"C"_s},
        {u"split"_s, u"The split (default: train, else the first)."_s, u"S"_s},
        {u"offset"_s, u"First row."_s, u"N"_s, u"0"_s}, {u"length"_s, u"How many rows (1–100)."_s, u"N"_s, u"20"_s},
        {u"json"_s, u"One JSON object per row."_s}});
    QString error;
    if (!parseArguments(parser, arguments, &error))
        return finish(usageError(error));
    const QStringList positional = parser.positionalArguments();
    const QString dataset = positional.value(1);
    if (dataset.isEmpty() || positional.size() > 2)
        return finish(usageError(
            u"usage: hublens rows DATASET_ID [--config C] [--split S] [--offset N] [--length N] [--json]"_s));
    bool okOffset = false;
    bool okLength = false;
    const qint64 offset = parser.value(u"offset"_s).toLongLong(&okOffset);
    const int length = parser.value(u"length"_s).toInt(&okLength);
    if (!okOffset || offset < 0)
        return finish(usageError(u"--offset must be a whole number >= 0"_s));
    if (!okLength || length < 1 || length > 100)
        return finish(usageError(u"--length must be between 1 and 100 (the dataset viewer's page limit)"_s));
    const bool json = parser.isSet(u"json"_s);

    auto show = [this, json, dataset, offset, length](const QString &config, const QString &split) {
        m_client->datasetRows(dataset, config, split, offset, length, this,
            [this, json, dataset, config, split, offset](const HubResult<DvRows> &result) {
                // (offset is the request's; the rows say where they really start)
                if (!result.ok())
                    return fail(result.error, u"rows of %1 (%2/%3)"_s.arg(dataset, config, split));
                warnIfCached(result.fromCache, result.fetchedAt, result.error);
                const DvRows &rows = *result.value;
                if (json) {
                    for (const DvRow &row : rows.rows)
                        *m_out << QString::fromUtf8(QJsonDocument(CliJson::row(row)).toJson(QJsonDocument::Compact))
                               << u'\n';
                    return finish(Ok);
                }
                QStringList headers{u"ROW"_s};
                QList<bool> right{true};
                for (const DvFeature &feature : rows.features) {
                    headers.append(u"%1 (%2)"_s.arg(feature.name, feature.typeName));
                    right.append(false);
                }
                Table table(headers, right);
                for (const DvRow &row : rows.rows) {
                    QStringList cells{QString::number(row.rowIndex)};
                    for (const DvFeature &feature : rows.features)
                        cells.append(oneLine(cellText(row.cells.value(feature.name)), 60));
                    table.add(cells);
                }
                const qint64 first = rows.rows.isEmpty() ? offset : rows.rows.first().rowIndex;
                const qint64 last = rows.rows.isEmpty() ? offset : rows.rows.last().rowIndex;
                *m_err << u"%1 · %2 · %3: rows %4–%5 of %6\n"_s.arg(dataset, config, split)
                              .arg(first)
                              .arg(last)
                              .arg(rows.numRowsTotal < 0 ? u"?"_s : QString::number(rows.numRowsTotal));
                m_err->flush();
                table.write(*m_out);
                finish(Ok);
            });
    };

    const QString config = parser.value(u"config"_s);
    const QString split = parser.value(u"split"_s);
    if (!config.isEmpty() && !split.isEmpty())
        return show(config, split);
    m_client->datasetSplits(dataset, this, [this, show, config, split, dataset](const HubResult<DvSplits> &result) {
        if (!result.ok())
            return fail(result.error, u"splits of %1"_s.arg(dataset));
        QList<DvSplit> candidates;
        for (const DvSplit &entry : result.value->splits) {
            if ((config.isEmpty() || entry.config == config) && (split.isEmpty() || entry.split == split))
                candidates.append(entry);
        }
        if (candidates.isEmpty()) {
            return fail(
                HubError::make(HubError::Kind::NotFound, u"no such config or split"_s), u"rows of %1"_s.arg(dataset));
        }
        DvSplit chosen = candidates.first();
        if (split.isEmpty()) {
            for (const DvSplit &entry : std::as_const(candidates)) {
                if (entry.config == chosen.config && entry.split == u"train"_s) {
                    chosen = entry;
                    break;
                }
            }
        }
        show(chosen.config, chosen.split);
    });
}

void CommandLine::runWhoAmI(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"json"_s, u"One JSON object."_s}});
    QString error;
    if (!parseArguments(parser, arguments, &error))
        return finish(usageError(error));
    const bool json = parser.isSet(u"json"_s);
    m_client->whoAmI(this, [this, json](const HubResult<WhoAmI> &result) {
        if (!result.ok())
            return fail(result.error, u"whoami"_s);
        const WhoAmI &who = *result.value;
        if (json) {
            *m_out << QString::fromUtf8(QJsonDocument(CliJson::whoAmI(who)).toJson(QJsonDocument::Compact)) << u'\n';
            return finish(Ok);
        }
        *m_out << who.name;
        if (!who.fullname.isEmpty())
            *m_out << u" ("_s << who.fullname << u')';
        *m_out << (who.isPro ? u" · PRO"_s : QString()) << u'\n';
        if (!who.orgs.isEmpty())
            *m_out << u"organisations: "_s << who.orgs.join(u", "_s) << u'\n';
        if (!who.tokenName.isEmpty() || !who.tokenRole.isEmpty())
            *m_out << u"token: "_s << who.tokenName << u" ("_s << who.tokenRole << u")\n"_s;
        *m_out << u"token source: "_s << m_client->config().tokenSource << u'\n';
        finish(Ok);
    });
}
