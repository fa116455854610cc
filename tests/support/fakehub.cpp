// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/fakehub.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include "tests/support/fixtures.h"
#include "tests/support/testserver.h"

using namespace Qt::StringLiterals;

namespace FakeHub {

namespace {

struct Recording
{
    QString path;
    QUrlQuery query;
    QString metaPath;
};

QList<Recording> recordings()
{
    QList<Recording> out;
    for (const QString &folder : {u"hub"_s, u"datasets-server"_s, u"hub-js-tests"_s}) {
        for (const QString &meta : Fixtures::list(folder, u"*.meta.json"_s)) {
            const QJsonObject object = QJsonDocument::fromJson(Fixtures::read(meta)).object();
            const QString url = object.value(u"request"_s).toObject().value(u"url"_s).toString();
            if (url.isEmpty())
                continue;
            const QUrl parsed(url);
            out.append({parsed.path(QUrl::FullyDecoded), QUrlQuery(parsed.query(QUrl::FullyEncoded)), meta});
        }
    }
    return out;
}

// How well a recording fits a request: -1 no match; otherwise higher the more recorded query items agree.
int score(const Recording &recording, const TestRequest &request)
{
    if (recording.path != request.path)
        return -1;
    int agree = 0;
    const auto items = recording.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        const QString actual = request.query.queryItemValue(key, QUrl::FullyDecoded);
        if (actual == value)
            agree += 2;
        else if (key == u"dataset"_s || key == u"config"_s || key == u"split"_s)
            return -1; // the identity of a dataset slice must match; offset/length need not
        else
            --agree;
    }
    return agree + 1000; // any path match beats no match
}

QString cardFor(const QJsonObject &repo)
{
    const QString id = repo.value(u"id"_s).toString();
    QString text = u"---\nlicense: apache-2.0\nlanguage:\n- en\npipeline_tag: %1\n---\n\n# %2\n\n"_s.arg(
        repo.value(u"pipeline_tag"_s).toString(u"text-generation"_s), id.section(u'/', 1));
    text += u"A model card served by the HubLens loopback test server for `%1`.\n\n"_s.arg(id);
    text +=
        u"## Usage\n\n```python\nfrom transformers import pipeline\npipe = pipeline(\"text-generation\", model=\"%1\")\n```\n\n"_s
            .arg(id);
    text += u"## Evaluation\n\n| benchmark | score |\n|---|---|\n| MMLU | 61.2 |\n| GSM8K | 48.9 |\n\n"_s;
    text += u"See the [config](config.json) and the [paper](https://arxiv.org/abs/2310.16944).\n"_s;
    return text;
}

QByteArray treeFor(const QString &id, bool gguf)
{
    QJsonArray entries;
    const auto file = [&entries](const QString &path, qint64 size, bool lfs) {
        QJsonObject entry{{u"type"_s, u"file"_s}, {u"path"_s, path}, {u"size"_s, size},
            {u"oid"_s, QString::number(qHash(path), 16).rightJustified(40, u'0')}};
        if (lfs) {
            entry[u"lfs"_s] = QJsonObject{{u"oid"_s, QString::number(qHash(path) * 31, 16).rightJustified(64, u'a')},
                {u"size"_s, size}, {u"pointerSize"_s, 134}};
        }
        entries.append(entry);
    };
    file(u".gitattributes"_s, 1519, false);
    file(u"README.md"_s, 4210, false);
    file(u"config.json"_s, 688, false);
    if (gguf) {
        for (const auto &[quant, size] : QList<QPair<QString, qint64>>{
                 {u"Q4_K_M"_s, 4920733888}, {u"Q5_K_M"_s, 5732987072}, {u"Q8_0"_s, 8540770496}})
            file(u"%1.%2.gguf"_s.arg(id.section(u'/', 1), quant), size, true);
    } else {
        file(u"model-00001-of-00002.safetensors"_s, 4943162336, true);
        file(u"model-00002-of-00002.safetensors"_s, 3500296424, true);
        file(u"model.safetensors.index.json"_s, 23950, false);
    }
    entries.append(QJsonObject{{u"type"_s, u"directory"_s}, {u"path"_s, u"tokenizer"_s}, {u"size"_s, 0},
        {u"oid"_s, u"0000000000000000000000000000000000000000"_s}});
    file(u"tokenizer/tokenizer.json"_s, 9085657, true);
    file(u"tokenizer/tokenizer_config.json"_s, 50977, false);
    return QJsonDocument(entries).toJson(QJsonDocument::Compact);
}

// The dataset viewer for generated datasets: one config, train/test splits, text and label columns.
TestResponse generatedViewer(const QHash<QString, QJsonObject> &repos, const TestRequest &request)
{
    const QString dataset = request.query.queryItemValue(u"dataset"_s, QUrl::FullyDecoded);
    if (!repos.contains(dataset) || !dataset.startsWith(u"datasets-org"_s))
        return TestResponse::json(
            R"({"error":"The dataset does not exist, or is not accessible without authentication (private or gated)."})",
            401)
            .withHeader("x-error-code", "ExternalUnauthenticatedError");
    if (request.path == u"/splits"_s) {
        QJsonArray splits;
        for (const QString &split : {u"train"_s, u"test"_s})
            splits.append(QJsonObject{{u"dataset"_s, dataset}, {u"config"_s, u"default"_s}, {u"split"_s, split}});
        return TestResponse::json(
            QJsonDocument(QJsonObject{{u"splits"_s, splits}, {u"pending"_s, QJsonArray{}}, {u"failed"_s, QJsonArray{}}})
                .toJson(QJsonDocument::Compact));
    }
    const qint64 total = 2500;
    const qint64 offset = request.query.queryItemValue(u"offset"_s).toLongLong();
    const qint64 length =
        request.query.hasQueryItem(u"length"_s) ? request.query.queryItemValue(u"length"_s).toLongLong() : 100;
    static const QStringList sentences = {u"The service was quick and the staff were friendly."_s,
        u"I waited forty minutes and nobody apologised."_s,
        u"Decent value, though the room was smaller than the photos suggested."_s,
        u"Absolutely loved it — would come back every summer."_s,
        u"The update broke my workflow; support never answered."_s};
    QJsonArray rows;
    for (qint64 i = offset; i < std::min(total, offset + length); ++i) {
        rows.append(QJsonObject{{u"row_idx"_s, i},
            {u"row"_s, QJsonObject{{u"text"_s, sentences.at(i % sentences.size())}, {u"label"_s, int(i % 2)}}},
            {u"truncated_cells"_s, QJsonArray{}}});
    }
    const QJsonArray features{QJsonObject{{u"feature_idx"_s, 0}, {u"name"_s, u"text"_s},
                                  {u"type"_s, QJsonObject{{u"dtype"_s, u"string"_s}, {u"_type"_s, u"Value"_s}}}},
        QJsonObject{{u"feature_idx"_s, 1}, {u"name"_s, u"label"_s},
            {u"type"_s,
                QJsonObject{{u"names"_s, QJsonArray{u"negative"_s, u"positive"_s}}, {u"_type"_s, u"ClassLabel"_s}}}}};
    return TestResponse::json(
        QJsonDocument(QJsonObject{{u"features"_s, features}, {u"rows"_s, rows}, {u"num_rows_total"_s, total},
                          {u"num_rows_per_page"_s, 100}, {u"partial"_s, false}})
            .toJson(QJsonDocument::Compact));
}

} // namespace

void install(TestServer &server, int modelCount, int datasetCount)
{
    const QList<QByteArray> models = TestData::modelListItems(modelCount);
    const QList<QByteArray> datasets = TestData::datasetListItems(datasetCount);
    auto byId = std::make_shared<QHash<QString, QJsonObject>>();
    for (const QList<QByteArray> *list : {&models, &datasets}) {
        for (const QByteArray &item : *list) {
            const QJsonObject object = QJsonDocument::fromJson(item).object();
            byId->insert(object.value(u"id"_s).toString(), object);
        }
    }
    const QList<Recording> recorded = recordings();

    // Generated repos first; recordings are added after, so they win for their own URLs.
    const auto repoRoute = [byId](const TestRequest &request) {
        // /api/{models|datasets}/{owner}/{name}[/revision/{rev}][/tree/{rev}…]
        const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
        if (parts.size() < 4)
            return TestResponse::json(R"({"error":"Repository not found"})", 404)
                .withHeader("x-error-code", "RepoNotFound");
        const QString id = parts.at(2) + u'/' + parts.at(3);
        const auto it = byId->constFind(id);
        if (it == byId->cend()) {
            // The Hub answers 401 to anonymous requests for missing or private repos.
            const bool authenticated = !request.header("authorization").isEmpty();
            return TestResponse::json(R"({"error":"Repository not found"})", authenticated ? 404 : 401)
                .withHeader("x-error-code", "RepoNotFound")
                .withHeader("x-error-message", "Repository not found");
        }
        if (parts.size() >= 5 && parts.at(4) == u"tree"_s)
            return TestResponse::json(treeFor(id, id.contains(u"gguf"_s) || it->value(u"library_name"_s) == u"gguf"_s));
        QJsonObject detail = *it;
        detail[u"modelId"_s] = id;
        detail[u"cardData"_s] = QJsonObject{{u"license"_s, u"apache-2.0"_s}, {u"language"_s, QJsonArray{u"en"_s}},
            {u"base_model"_s, u"meta-llama/Llama-3.1-8B"_s}};
        detail[u"config"_s] = QJsonObject{{u"architectures"_s, QJsonArray{u"LlamaForCausalLM"_s}},
            {u"model_type"_s, u"llama"_s}, {u"max_position_embeddings"_s, 131072}};
        detail[u"siblings"_s] = QJsonArray{QJsonObject{{u"rfilename"_s, u"README.md"_s}},
            QJsonObject{{u"rfilename"_s, u"config.json"_s}}, QJsonObject{{u"rfilename"_s, u"model.safetensors"_s}}};
        return TestResponse::json(QJsonDocument(detail).toJson(QJsonDocument::Compact))
            .withHeader("etag", "W/\"" + QByteArray::number(qHash(id), 16) + "\"");
    };
    server.route("GET", u"/api/models/*"_s, repoRoute);
    server.route("GET", u"/api/datasets/*"_s, repoRoute);
    server.servePaginated(u"/api/models"_s, models, 100);
    server.servePaginated(u"/api/datasets"_s, datasets, 100);

    // Cards: /{owner}/{name}/resolve/{rev}/README.md and /datasets/{owner}/{name}/resolve/{rev}/README.md
    server.setFallback([byId](const TestRequest &request) {
        QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
        if (!parts.isEmpty() && (parts.first() == u"datasets"_s || parts.first() == u"spaces"_s))
            parts.removeFirst();
        if (parts.size() >= 5 && parts.at(2) == u"resolve"_s && parts.last() == u"README.md"_s) {
            const QString id = parts.at(0) + u'/' + parts.at(1);
            const auto it = byId->constFind(id);
            QJsonObject repo = it != byId->cend() ? *it : QJsonObject{{u"id"_s, id}};
            TestResponse response = TestResponse::text(cardFor(repo).toUtf8(), 200);
            response.headers = {{"content-type", "text/markdown; charset=utf-8"},
                {"etag", "\"card-" + QByteArray::number(qHash(id), 16) + "\""}};
            return response;
        }
        return TestResponse::json(R"({"error":"Entry not found"})", 404).withHeader("x-error-code", "EntryNotFound");
    });

    // The real recordings, at the URLs they were recorded from.
    QHash<QString, QList<Recording>> byPath;
    for (const Recording &recording : recorded)
        byPath[recording.path].append(recording);
    for (auto it = byPath.cbegin(); it != byPath.cend(); ++it) {
        const QList<Recording> candidates = it.value();
        TestHandler fallback = it.key().startsWith(u"/api/models/"_s) ? TestHandler(repoRoute) : TestHandler();
        if (it.key() == u"/splits"_s || it.key() == u"/rows"_s || it.key() == u"/first-rows"_s)
            fallback = [byId](const TestRequest &request) {
                return generatedViewer(*byId, request);
            };
        server.route("GET", it.key(), [candidates, fallback](const TestRequest &request) {
            const Recording *best = nullptr;
            int bestScore = -1;
            for (const Recording &recording : candidates) {
                const int value = score(recording, request);
                if (value > bestScore) {
                    bestScore = value;
                    best = &recording;
                }
            }
            if (!best)
                return fallback ? fallback(request)
                                : TestResponse::json(R"({"error":"Not found"})", 404)
                                      .withHeader("x-error-code", "ResponseNotFound");
            return TestResponse::fixture(best->metaPath);
        });
    }
    // The bert tree was recorded at a commit; serve it for main too.
    const TestResponse bertTree = TestResponse::fixture(u"hub-js-tests/tree-bert-base-uncased-rev-dd4bc8b.meta.json"_s);
    server.route("GET", u"/api/models/google-bert/bert-base-uncased/tree/main"_s,
        [bertTree](const TestRequest &) { return bertTree; });

    server.route("GET", u"/api/whoami-v2"_s, [](const TestRequest &request) {
        if (request.header("authorization") != QByteArray("Bearer ") + kValidToken) {
            return TestResponse::json(R"({"error":"Invalid credentials in Authorization header"})", 401)
                .withHeader("x-error-message", "Invalid credentials in Authorization header");
        }
        return TestResponse::json(R"({"type":"user","id":"6400000000000000000000aa","name":"loopback-user",)"
                                  R"("fullname":"Loopback User","email":null,"emailVerified":true,"isPro":false,)"
                                  R"("canPay":false,"avatarUrl":"/avatars/x.svg","periodEnd":null,)"
                                  R"("orgs":[{"type":"org","id":"64000000000000000000bb00","name":"hublens-org",)"
                                  R"("fullname":"HubLens Org","roleInOrg":"read"}],)"
                                  R"("auth":{"type":"access_token","accessToken":{"displayName":"ci","role":"read",)"
                                  R"("createdAt":"2025-01-01T00:00:00.000Z"}}})");
    });
}

} // namespace FakeHub
